/**
 * How the mock's state is sent in the reports, in the spec's shapes: SSLReportResponseRow from an
 * SSL record, ReportRowDomain from a domain, ReportRowActivity from what the SSL records say
 * happened to them (requested, approved, issued, revoked, renewed: the events SCM logs).
 */
import { createHash } from "node:crypto"
import type { AdminSeed, DomainSeed, OrganizationSeed } from "../../state/seed.js"
import { keyTypeLabel } from "../../pki/csr.js"
import { signatureAlgorithm } from "../../pki/pki.js"
import { backendCertIdOf, type Profile, type SslRecord, wasIssued } from "../ssl/index.js"
import { departmentsOf } from "../../state/seed.js"
import { isoTime, present } from "../../http/routeHelpers.js"

/** What a row says about its organization (or department): name and address. */
export interface OrganizationFacts {
  readonly name: string
  readonly city: string | undefined
  readonly state: string | undefined
  readonly country: string | undefined
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

/** Every organization and department by id; a department has its organization's address. */
export const organizationFacts = (organizations: ReadonlyArray<OrganizationSeed>): ReadonlyMap<number, OrganizationFacts> =>
  new Map(organizations.flatMap((organization) => {
    const address = {
      city: text(organization["city"]),
      state: text(organization["stateOrProvince"]),
      country: text(organization["country"])
    }
    return [
      [organization.id, { name: organization.name, ...address }] as const,
      ...departmentsOf(organization).map((department) => [department.id, { name: text(department["name"]) ?? organization.name, ...address }] as const)
    ]
  }))

/** What a row says about an admin: the name and email its details carry. */
export interface AdminFacts {
  readonly fullName: string
  readonly email: string | undefined
}

/** Every seeded admin by login: the activity log names the admin who acted. */
export const adminFacts = (admins: ReadonlyArray<AdminSeed>): ReadonlyMap<string, AdminFacts> =>
  new Map(admins.map((admin) => [
    admin.login,
    { fullName: [text(admin["forename"]), text(admin["surname"])].filter((part) => part !== undefined).join(" ") || admin.login, email: admin.email }
  ]))

/** What the SSL rows need besides the record. */
export interface SslRowContext {
  readonly organizations: ReadonlyMap<number, OrganizationFacts>
  readonly admins: ReadonlyMap<string, AdminFacts>
  readonly profiles: ReadonlyMap<number, Profile>
  /** The subject of the issuing CA's certificate. */
  readonly issuer: string
}

const profileName = (context: SslRowContext, record: SslRecord): string | undefined => {
  const name = record.sslTypeId === undefined ? undefined : context.profiles.get(record.sslTypeId)?.sent["name"]
  return typeof name === "string" ? name : undefined
}

/** SSLReportResponseRow. */
export const sslRowOf = (context: SslRowContext) => (record: SslRecord): Readonly<Record<string, unknown>> => {
  const organization = record.orgId === undefined ? undefined : context.organizations.get(record.orgId)
  const orderNumber = backendCertIdOf(record)
  const issued = wasIssued(record)
  return present({
    id: record.sslId,
    type: profileName(context, record),
    typeId: record.sslTypeId,
    orgId: record.orgId,
    commonName: record.commonName,
    subjAltNames: record.subjectAlternativeNames.join("; "),
    status: record.status,
    requester: record.requester,
    organizationName: organization?.name,
    orderNumber,
    backendCertId: orderNumber === undefined ? undefined : String(orderNumber),
    // The store's own words ("Enrollment Form", "REST API"), values of the row's enum.
    requestedVia: record.requestedVia,
    term: record.term,
    comments: record.comments,
    requested: isoTime(record.requested),
    approved: isoTime(record.approved),
    issued: isoTime(record.issued),
    expires: isoTime(record.expires),
    revoked: isoTime(record.revoked),
    issuer: issued ? context.issuer : undefined,
    externalRequester: record.externalRequester,
    serialNumber: record.serialNumber,
    city: organization?.city,
    state: organization?.state,
    country: organization?.country,
    signatureAlg: issued ? signatureAlgorithm : undefined,
    publicKeyType: record.keyType === undefined ? undefined : keyTypeLabel(record.keyType),
    customFields: record.customFields
  })
}

// ---- domains ----

const day = 24 * 60 * 60 * 1000

/** A domain's DCV status as the report words it, at `now`: a validation past its expiry is "Expired". */
const dcvStatusOf = (domain: DomainSeed, now: number): string => {
  // Display words ("Not validated") or constants ("NOT_VALIDATED"), as DomainInfo may carry either.
  const status = text(domain["validationStatus"])?.toLowerCase().replaceAll("_", " ")
  if (status === undefined || status.startsWith("not")) return "Not Initiated"
  if (status === "expired") return "Expired"
  if (status !== "validated") return "Action Required"
  const expiration = text(domain["dcvExpiration"])
  const expires = expiration === undefined ? Number.NaN : Date.parse(expiration)
  // A DCV expiration date is valid through the whole day.
  return !Number.isNaN(expires) && expires + day <= now ? "Expired" : "Validated"
}

const dateTimeOf = (value: unknown): string | undefined => {
  const parsed = typeof value === "string" ? Date.parse(value) : Number.NaN
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString()
}

/** ReportRowDomain. */
export const domainRowOf = (now: number) => (domain: DomainSeed): Readonly<Record<string, unknown>> =>
  present({
    id: domain.id,
    name: domain.name,
    status: domain["state"] === "SUSPENDED" ? "Suspended" : "Active",
    requested: dateTimeOf(domain["requested"]),
    dcvStatus: dcvStatusOf(domain, now),
    stickyUntil: dateTimeOf(domain["dcvExpiration"])
  })

// ---- activity ----

/** One SSL event the activity log shows. */
interface SslEvent {
  readonly record: SslRecord
  readonly kind: "requested" | "approved" | "issued" | "revoked" | "renewed"
  readonly at: number
}

/** SCM's action ids and names for the SSL events (WSAction). */
const actions: Readonly<Record<SslEvent["kind"], { readonly id: number; readonly actionName: string; readonly description: string }>> = {
  requested: { id: 101, actionName: "SSL: certificate requested", description: "SSL certificate requested" },
  approved: { id: 102, actionName: "SSL: certificate approved", description: "SSL certificate request approved" },
  issued: { id: 103, actionName: "SSL: certificate issued", description: "SSL certificate issued" },
  revoked: { id: 104, actionName: "SSL: certificate revoked", description: "SSL certificate revoked" },
  renewed: { id: 105, actionName: "SSL: certificate renewed", description: "SSL certificate renewal requested" }
}

const eventsOf = (record: SslRecord, now: number): ReadonlyArray<SslEvent> => {
  const event = (kind: SslEvent["kind"], at: number | undefined): ReadonlyArray<SslEvent> =>
    at === undefined || at > now ? [] : [{ record, kind, at }]
  return [
    ...event("requested", record.requested),
    // Approval at the moment of request is automatic: SCM logs no separate action for it.
    ...event("approved", record.approved === record.requested ? undefined : record.approved),
    ...event("issued", record.issued),
    ...event("revoked", record.revoked),
    ...event("renewed", record.renewedDate)
  ]
}

/** A stable GUID-like id for an event, the same from run to run. */
const guidOf = (event: SslEvent): string => createHash("sha256").update(`scm-mock-activity-${event.record.sslId}-${event.kind}`).digest("hex").slice(0, 32)

/** ReportRowActivity for every SSL event up to `now`, oldest first, numbered in that order. */
export const activityRowsOf = (
  records: ReadonlyArray<SslRecord>,
  now: number,
  context: SslRowContext
): ReadonlyArray<{ readonly at: number; readonly row: Readonly<Record<string, unknown>> }> =>
  records
    .flatMap((record) => eventsOf(record, now))
    .sort((a, b) => a.at - b.at || a.record.sslId - b.record.sslId)
    .map((event, index) => {
      const { record } = event
      const organization = record.orgId === undefined ? undefined : context.organizations.get(record.orgId)
      const action = actions[event.kind]
      const orderNumber = backendCertIdOf(record)
      return {
        at: event.at,
        row: present({
          id: index + 1,
          guid: guidOf(event),
          action: { id: action.id, actionName: action.actionName },
          admin: record.requester === undefined ? undefined : present({ login: record.requester, ...context.admins.get(record.requester) }),
          org: record.orgId === undefined ? undefined : present({ id: String(record.orgId), name: organization?.name }),
          ssl: present({
            orderNumber,
            backendCertId: orderNumber === undefined ? undefined : String(orderNumber),
            commonName: record.commonName,
            sslType: profileName(context, record),
            term: record.term
          }),
          description: `${action.description}: ${record.commonName}`,
          accessMethod: record.requestedVia === "REST API" ? "REST API" : "UI access",
          address: "127.0.0.1",
          date: new Date(event.at).toISOString()
        })
      }
    })
