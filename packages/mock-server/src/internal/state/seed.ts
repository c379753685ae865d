/**
 * What a seed is: the records a server starts with, in the vendor's shapes (ApiCertType, the SSL
 * certificate fields the mock models, OrganizationResp, ApiCustomField, DomainInfo, PersonInfo,
 * ...); records keep whatever vendor fields they carry. `MockScmServer` re-exports the shapes. Each
 * area keeps its own default data in its `seed.ts`; the areas' assembly fills in what a seed
 * leaves out.
 */

/**
 * An SSL certificate profile (ApiCertType), served as given. An `organizationIds` array (mock only, never sent) offers it to those organizations only; a `validationType` (mock only, never sent) is what its certificates' details name ("Organization Validation (OV)"), a `subType` a client certificate profile's ("Private").
 *
 * @since 0.1.0
 * @category models
 */
export interface SslTypeSeed {
  readonly id: number
  readonly name: string
  readonly [field: string]: unknown
}

/**
 * An SSL certificate: `sslId`, `commonName` and, optionally, `subjectAlternativeNames`, `serialNumber` (hex), `status` ("Issued" when absent), `sslTypeId`, `orgId`, `requester` (an admin's login: the details name the admin as owner), `term`, `renewId`, `comments`, `customFields` (`[{name, value}]`) and the dates `requested`, `approved`, `issued`, `expires`, `revoked` (ISO strings; laid out from the start time when absent). Other fields are sent with the details as given.
 *
 * @since 0.1.0
 * @category models
 */
export interface SslCertificateSeed {
  readonly sslId: number
  readonly commonName: string
  readonly [field: string]: unknown
}

/**
 * An organization with its departments, in OrganizationResp's shape: `GET /organization/v1/{id}` sends it as given, the list its OrganizationBasicResp fields (`id`, `name`, `parentName`, `departments`).
 *
 * @since 0.1.0
 * @category models
 */
export interface OrganizationSeed {
  readonly id: number
  readonly name: string
  readonly [field: string]: unknown
}

/**
 * An SSL custom field (ApiCustomField), served as given; enroll requires the `mandatory` ones.
 *
 * @since 0.1.0
 * @category models
 */
export interface CustomFieldSeed {
  readonly id: number
  readonly name: string
  readonly mandatory?: boolean
  readonly [field: string]: unknown
}

/**
 * A domain (DomainInfo): `GET /domain/v1/{id}` sends it with its DCV state at the `Clock`'s time (a "Validated" or "Expired" `validationStatus` without `dcvValidation`/`dcvExpiration` dates is laid out from the start time); the list sends `id` and `name`, and filters on `state`, `delegationStatus` and the `delegations`' `orgId`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DomainSeed {
  readonly id: number
  readonly name: string
  readonly [field: string]: unknown
}

/**
 * A person (PersonInfo): `id`, `email` and, optionally, `firstName`, `middleName`, `lastName`, `organizationId`, `validationType`, `phone`, `secondaryEmails`, `commonName`, `eppn`, `upn`, `created` (ISO string; laid out from the start time when absent).
 *
 * @since 1.0.0
 * @category models
 */
export interface PersonSeed {
  readonly id: number
  readonly email: string
  readonly [field: string]: unknown
}

/**
 * A client (S/MIME) certificate: `id`, `personId` (a seeded person's, whose email it certifies) and, optionally, `backendCertId`, `state` ("issued" when absent), `certTypeId`, `orgId`, `term`, `serialNumber`, `comments`, `keyVault` (`true`: SCM keeps its key, for the list's `keyVault` filter) and the dates `requested`, `issued`, `expires`, `revoked` (ISO strings; laid out from the start time when absent).
 *
 * @since 1.0.0
 * @category models
 */
export interface SmimeCertificateSeed {
  readonly id: number
  readonly personId: number
  readonly [field: string]: unknown
}

/**
 * The S/MIME data: client certificate profiles (ApiCertType, `organizationIds` and `subType` as for SSL), custom fields and certificates.
 *
 * @since 1.0.0
 * @category models
 */
export interface SmimeSeed {
  readonly types?: ReadonlyArray<SslTypeSeed>
  readonly customFields?: ReadonlyArray<CustomFieldSeed>
  readonly certificates?: ReadonlyArray<SmimeCertificateSeed>
}

/**
 * A public ACME server (AcmeServerInfo), listed by `GET /acme/v1/server`; accounts name it by `name`.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeServerSeed {
  readonly name: string
  readonly url: string
  readonly caId: number
  readonly certValidationType: "DV" | "OV" | "EV"
  readonly singleProductId?: number
  readonly multiProductId?: number
  readonly wcProductId?: number
}

/**
 * A public ACME account (PublicAcmeAccountInfoV2) with its domains and clients: `id`, `name`, `organizationId`, `acmeServer` (a seeded server's name) and, optionally, `accountId`, `macId`, `macKey` (derived from the id when absent), `certValidationType` (the server's when absent), `status`, `contacts`, `domains` (`validUntil`/`stickyUntil` ISO strings, a year from the start time when absent) and `clients`.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeAccountSeed {
  readonly id: number
  readonly name: string
  readonly organizationId: number
  readonly acmeServer: string
  readonly accountId?: string
  readonly macId?: string
  readonly macKey?: string
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly status?: string
  readonly contacts?: string
  readonly domains?: ReadonlyArray<{ readonly name: string; readonly validUntil?: string; readonly stickyUntil?: string }>
  readonly clients?: ReadonlyArray<{
    readonly accountId: string
    readonly ipAddress?: string
    readonly userAgent?: string
    readonly status?: string
    readonly lastActivity?: string
    readonly contacts?: string
  }>
}

/**
 * A client admin (ClientAdminDetailsResponse's fields): `id`, `login`, `email`, `type` and, optionally, `forename`, `surname`, `credentials` (`{role, orgId?}`), `privileges`, `activeState` and any other field of the details, sent as given.
 *
 * @since 1.0.0
 * @category models
 */
export interface AdminSeed {
  readonly id: number
  readonly login: string
  readonly email: string
  readonly type: "STANDARD" | "API" | "SAS" | "IDP"
  readonly credentials?: ReadonlyArray<{ readonly role: string; readonly orgId?: number }>
  readonly privileges?: ReadonlyArray<string>
  readonly [field: string]: unknown
}

/**
 * The data to serve; each list left out gets the default data set.
 *
 * @since 0.1.0
 * @category models
 */
export interface Seed {
  readonly sslTypes?: ReadonlyArray<SslTypeSeed>
  readonly sslCertificates?: ReadonlyArray<SslCertificateSeed>
  readonly organizations?: ReadonlyArray<OrganizationSeed>
  readonly customFields?: ReadonlyArray<CustomFieldSeed>
  readonly domains?: ReadonlyArray<DomainSeed>
  readonly acmeServers?: ReadonlyArray<AcmeServerSeed>
  readonly acmeAccounts?: ReadonlyArray<AcmeAccountSeed>
  readonly admins?: ReadonlyArray<AdminSeed>
  readonly persons?: ReadonlyArray<PersonSeed>
  readonly smime?: SmimeSeed
}

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

/** A profile as the seed summary shows it: enough to pick `certType` and `term` for an enroll. */
const profileSummary = (profile: SslTypeSeed) => ({
  id: profile.id,
  name: profile.name,
  terms: Array.isArray(profile["terms"]) ? profile["terms"] : null,
  ...(Array.isArray(profile["organizationIds"]) ? { organizationIds: profile["organizationIds"] } : {})
})

/**
 * What `GET /__admin/seed` answers: the organizations (with their departments: either id is an
 * `orgId`), the SSL and S/MIME profiles with their terms (`organizationIds`: offered to those only)
 * and the custom fields (`mandatory` ones an enroll must fill), and the ACME servers.
 */
export const seedSummary = (seed: SeedData) => ({
  organizations: seed.organizations.map((organization) => ({
    id: organization.id,
    name: organization.name,
    departments: departmentsOf(organization).map((department) => ({ id: department.id, name: department["name"] ?? null }))
  })),
  sslProfiles: seed.sslTypes.map(profileSummary),
  sslCustomFields: seed.customFields.map(({ id, mandatory, name }) => ({ id, name, mandatory: mandatory ?? false })),
  smimeProfiles: seed.smime.types.map(profileSummary),
  acmeServers: seed.acmeServers.map(({ caId, name, url }) => ({ name, url, caId })),
  domains: seed.domains.length,
  sslCertificates: seed.sslCertificates.length
})
