/**
 * The mock's data. A seed gives records in the vendor's shapes (ApiCertType, SSLIdentity plus the
 * fields the list filters read, OrganizationBasicResp); records keep whatever vendor fields they
 * carry and are served as given. The default data set is a plausible customer: a few
 * organizations, eight certificate profiles and more SSL certificates than fit on one page.
 */
import { createHash } from "node:crypto"
import type { OrganizationSeed, Seed, SslCertificateSeed, SslTypeSeed } from "../MockScmServer.js"

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

const defaultOrganizations: ReadonlyArray<OrganizationSeed> = [
  {
    id: 1001,
    name: "Example Corp",
    departments: [
      { id: 1002, parentName: "Example Corp", name: "IT Operations" },
      { id: 1003, parentName: "Example Corp", name: "Web Platform" }
    ]
  },
  {
    id: 1010,
    name: "Example Corp Europe",
    departments: [{ id: 1011, parentName: "Example Corp Europe", name: "EU Infrastructure" }]
  },
  { id: 1020, name: "Example Research Lab", departments: [] }
]

const hosts = ["www", "api", "portal", "mail", "vpn", "intranet", "shop", "cdn", "auth", "status"]
const domains = ["example.com", "example.net", "example.org"]
const statusCycle = ["Issued", "Issued", "Issued", "Issued", "Issued", "Issued", "Expired", "Revoked", "Requested", "Applied"]
const orgCycle = [1001, 1002, 1003, 1010, 1011, 1020]
const requesters = ["admin_ops", "admin_web", "api-client"]

/** How many certificates the default seed holds: more than one page of 200. */
export const defaultCertificateCount = 250

const at = <A>(items: ReadonlyArray<A>, i: number): A => items[i % items.length] as A

/** The certificate profile a default certificate of `orgId` uses: one its organization is offered. */
const sslTypeFor = (orgId: number, i: number): number =>
  orgId === 1020 ? 1106 : orgId >= 1010 ? 1108 : at([1101, 1102, 1103, 1104, 1107], i)

const defaultCertificates = (): ReadonlyArray<SslCertificateSeed> =>
  Array.from({ length: defaultCertificateCount }, (_, i): SslCertificateSeed => {
    const sslId = 20001 + i
    const domain = at(domains, Math.floor(i / hosts.length))
    const host = at(hosts, i)
    const commonName = i < hosts.length * domains.length ? `${host}.${domain}` : `${host}-${String(i).padStart(3, "0")}.${domain}`
    const orgId = at(orgCycle, i)
    return {
      sslId,
      commonName,
      subjectAlternativeNames: i % 3 === 0 ? [commonName, domain] : [commonName],
      serialNumber: createHash("sha256").update(`scm-mock-ssl-${sslId}`).digest("hex").slice(0, 32).toUpperCase(),
      status: at(statusCycle, i),
      sslTypeId: sslTypeFor(orgId, i),
      orgId,
      requester: at(requesters, i)
    }
  })

/** The seed with defaults for what it leaves out. */
export const resolveSeed = (seed: Seed | undefined): SeedData => ({
  sslTypes: seed?.sslTypes ?? defaultSslTypes,
  sslCertificates: seed?.sslCertificates ?? defaultCertificates(),
  organizations: seed?.organizations ?? defaultOrganizations
})
