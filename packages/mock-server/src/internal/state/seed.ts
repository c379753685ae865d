/**
 * The mock's data. A seed gives records in the vendor's shapes (ApiCertType, the SSL certificate
 * fields the mock models, OrganizationResp, ApiCustomField, DomainInfo); records keep whatever
 * vendor fields they carry. The default data set is a plausible customer: a few organizations with
 * departments, eight certificate profiles, two custom fields, a few dozen domains and more SSL
 * certificates than fit on two pages.
 */
import type { AcmeAccountSeed, AcmeServerSeed, AdminSeed, CustomFieldSeed, DomainSeed, OrganizationSeed, PersonSeed, Seed, SmimeCertificateSeed, SslCertificateSeed, SslTypeSeed } from "../../MockScmServer.js"
import { defaultAcmeAccounts, defaultAcmeServers } from "../areas/acme/seed.js"
import { defaultAdmins } from "../areas/admins/seed.js"
import { defaultPersons } from "../areas/persons/seed.js"
import { defaultSmimeCertificates, defaultSmimeCustomFields, defaultSmimeTypes } from "../areas/smime/seed.js"

/** SSL certificate statuses as the list filter spells them. */
export const sslStatuses = [
  "Invalid",
  "Requested",
  "Approved",
  "Declined",
  "Applied",
  "Issued",
  "Revoked",
  "Expired",
  "Replaced",
  "Rejected",
  "SA Approved",
  "Init"
] as const

/** The data the server starts with (and returns to on reset). */
export interface SeedData {
  readonly sslTypes: ReadonlyArray<SslTypeSeed>
  readonly sslCertificates: ReadonlyArray<SslCertificateSeed>
  readonly organizations: ReadonlyArray<OrganizationSeed>
  readonly customFields: ReadonlyArray<CustomFieldSeed>
  readonly domains: ReadonlyArray<DomainSeed>
  readonly acmeServers: ReadonlyArray<AcmeServerSeed>
  readonly acmeAccounts: ReadonlyArray<AcmeAccountSeed>
  readonly admins: ReadonlyArray<AdminSeed>
  readonly persons: ReadonlyArray<PersonSeed>
  readonly smime: {
    readonly types: ReadonlyArray<SslTypeSeed>
    readonly customFields: ReadonlyArray<CustomFieldSeed>
    readonly certificates: ReadonlyArray<SmimeCertificateSeed>
  }
}

const publicKeyTypes = { RSA: ["2048", "3072", "4096"], EC: ["P-256", "P-384"] }

/** Publicly trusted TLS certificates are limited to 200 days from March 2026 (CA/B Forum SC-081). */
const publicTerms = [200]

const profile = (id: number, name: string, description: string, extra: Partial<Record<string, unknown>> = {}): SslTypeSeed => ({
  id,
  name,
  description,
  terms: publicTerms,
  keyTypes: publicKeyTypes,
  useSecondaryOrgName: false,
  ...extra
})

const defaultSslTypes: ReadonlyArray<SslTypeSeed> = [
  profile(1101, "Sectigo OV SSL", "Organization validated, single domain"),
  profile(1102, "Sectigo OV Multi-Domain", "Organization validated, up to 250 SANs"),
  profile(1103, "Sectigo OV Wildcard SSL", "Organization validated, one wildcard level"),
  profile(1104, "Sectigo EV SSL", "Extended validation, single domain", { useSecondaryOrgName: true }),
  profile(1105, "Sectigo EV Multi-Domain", "Extended validation, up to 250 SANs", { useSecondaryOrgName: true }),
  profile(1106, "Sectigo DV SSL", "Domain validated, single domain", { terms: [90, 200] }),
  profile(1107, "Sectigo Private SSL", "Private CA, internal names allowed", {
    terms: [365, 730],
    keyTypes: { RSA: ["2048", "4096"], EC: ["P-256"] },
    organizationIds: [1001, 1002, 1003]
  }),
  profile(1108, "Sectigo OV SSL (EU)", "Organization validated, issued from the EU instance", { organizationIds: [1010, 1011] })
]

/** What every default organization says about itself beyond its name (OrganizationResp). */
const organizationDetails = (city: string, country: string, postalCode: string) => ({
  certTypes: ["SSL", "SMIME", "CodeSign"],
  address1: "1 Example Street",
  city,
  stateOrProvince: city,
  postalCode,
  country,
  contactEmails: "pki@example.com",
  validationStatus: "Validated",
  sslCertsApiEnabled: true,
  clientCertsApiEnabled: true
})

const defaultOrganizations: ReadonlyArray<OrganizationSeed> = [
  {
    id: 1001,
    name: "Example Corp",
    alias: "example",
    departments: [
      { id: 1002, parentName: "Example Corp", name: "IT Operations" },
      { id: 1003, parentName: "Example Corp", name: "Web Platform" }
    ],
    ...organizationDetails("Roseland", "US", "07068")
  },
  {
    id: 1010,
    name: "Example Corp Europe",
    alias: "example-eu",
    departments: [{ id: 1011, parentName: "Example Corp Europe", name: "EU Infrastructure" }],
    ...organizationDetails("Amsterdam", "NL", "1012 AB")
  },
  { id: 1020, name: "Example Research Lab", alias: "example-lab", departments: [], ...organizationDetails("Cambridge", "GB", "CB2 1TN") }
]

/** A department as an organization seed lists it (DepartmentBasicInfo). */
export interface Department {
  readonly id: number
  readonly [field: string]: unknown
}

const isDepartment = (value: unknown): value is Department =>
  typeof value === "object" && value !== null && "id" in value && typeof value.id === "number"

/** The departments an organization seed lists (entries without a numeric id are not departments). */
export const departmentsOf = (organization: OrganizationSeed): ReadonlyArray<Department> => {
  const departments = organization["departments"]
  return Array.isArray(departments) ? departments.filter(isDepartment) : []
}

/** The ids of the organizations and of their departments (what enroll's `orgId` may name). */
export const organizationIdsOf = (organizations: ReadonlyArray<OrganizationSeed>): ReadonlySet<number> =>
  new Set(organizations.flatMap((organization) => [organization.id, ...departmentsOf(organization).map((department) => department.id)]))

const defaultCustomFields: ReadonlyArray<CustomFieldSeed> = [
  { id: 201, name: "Cost center", mandatory: false },
  { id: 202, name: "Change ticket", mandatory: false }
]

const hosts = ["www", "api", "portal", "mail", "vpn", "intranet", "shop", "cdn", "auth", "status"]
const domains = ["example.com", "example.net", "example.org"]
const statusCycle = ["Issued", "Issued", "Issued", "Issued", "Issued", "Issued", "Expired", "Revoked", "Requested", "Applied"]
const orgCycle = [1001, 1002, 1003, 1010, 1011, 1020]
const requesters = ["admin_ops", "admin_web", "api-client"]

/** How many certificates the default seed holds: more than one page of 200. */
export const defaultCertificateCount = 450

const at = <A>(items: ReadonlyArray<A>, i: number): A => items[i % items.length] as A

/** The certificate profile a default certificate of `orgId` uses: one its organization is offered. */
const sslTypeFor = (orgId: number, i: number): number =>
  orgId === 1020 ? 1106 : orgId >= 1010 ? 1108 : at([1101, 1102, 1103, 1104, 1107], i)

/** A term the certificate's profile offers, so the seed agrees with what enroll would accept. */
const termFor = (sslTypeId: number): number => {
  const terms = defaultSslTypes.find((profile) => profile.id === sslTypeId)?.["terms"]
  return Array.isArray(terms) && typeof terms[0] === "number" ? terms[0] : 200
}

const defaultCertificates = (): ReadonlyArray<SslCertificateSeed> =>
  Array.from({ length: defaultCertificateCount }, (_, i): SslCertificateSeed => {
    const sslId = 20001 + i
    const domain = at(domains, Math.floor(i / hosts.length))
    const host = at(hosts, i)
    const commonName = i < hosts.length * domains.length ? `${host}.${domain}` : `${host}-${String(i).padStart(3, "0")}.${domain}`
    const orgId = at(orgCycle, i)
    const sslTypeId = sslTypeFor(orgId, i)
    return {
      sslId,
      commonName,
      subjectAlternativeNames: i % 3 === 0 ? [commonName, domain] : [commonName],
      status: at(statusCycle, i),
      sslTypeId,
      term: termFor(sslTypeId),
      orgId,
      requester: at(requesters, i)
    }
  })

const registrable = [
  "example.com",
  "example.net",
  "example.org",
  "example.io",
  "example.dev",
  "example.cloud",
  "example.eu",
  "example.nl",
  "example.co.uk",
  "example-lab.org",
  "example-shop.com",
  "example-status.net"
]

/** The organization a default domain is delegated to: the company's, Europe's or the lab's. */
const domainOwner = (name: string): number =>
  name.endsWith(".eu") || name.endsWith(".nl") ? 1010 : name.startsWith("example-lab") ? 1020 : 1001

/** Three entries per registrable domain (the domain, its wildcard, a host), some not yet validated or approved. */
const defaultDomains = (): ReadonlyArray<DomainSeed> =>
  registrable.flatMap((base, i) =>
    [base, `*.${base}`, `www.${base}`].map((name, j): DomainSeed => {
      const id = 5001 + i * 3 + j
      const requested = id % 11 === 0
      const validated = id % 7 !== 0
      return {
        id,
        name,
        delegationStatus: requested ? "REQUESTED" : "ACTIVE",
        state: id % 13 === 0 ? "SUSPENDED" : "ACTIVE",
        validationStatus: validated ? "Validated" : "Not validated",
        // Dates are laid out from the start time, so that the seed means the same on any day.
        ...(validated ? { validationMethod: "DNSTXT_RANDOM_VALUE" } : {}),
        delegations: [
          {
            orgId: domainOwner(base),
            certTypes: ["SSL", "SMIME"],
            domainCertificateRequestPrivileges: ["DOMAIN", "SUBDOMAIN"],
            status: requested ? "REQUESTED" : "ACTIVE"
          }
        ],
        ctLogMonitoring: { enabled: false, includeSubdomains: false }
      }
    })
  )

/** The seed with defaults for what it leaves out. */
export const resolveSeed = (seed: Seed | undefined): SeedData => ({
  sslTypes: seed?.sslTypes ?? defaultSslTypes,
  sslCertificates: seed?.sslCertificates ?? defaultCertificates(),
  organizations: seed?.organizations ?? defaultOrganizations,
  customFields: seed?.customFields ?? defaultCustomFields,
  domains: seed?.domains ?? defaultDomains(),
  acmeServers: seed?.acmeServers ?? defaultAcmeServers,
  acmeAccounts: seed?.acmeAccounts ?? defaultAcmeAccounts(),
  admins: seed?.admins ?? defaultAdmins,
  persons: seed?.persons ?? defaultPersons(),
  smime: {
    types: seed?.smime?.types ?? defaultSmimeTypes,
    customFields: seed?.smime?.customFields ?? defaultSmimeCustomFields,
    certificates: seed?.smime?.certificates ?? defaultSmimeCertificates(seed?.persons ?? defaultPersons())
  }
})
