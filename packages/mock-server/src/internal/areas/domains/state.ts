/**
 * The domains the mock holds, with their delegations and their domain control validation (DCV):
 * pure transitions over an immutable state, dated in milliseconds on the server's `Clock`.
 * `store.ts` runs them in a `Ref`; the routes (`routes.ts`, and the DCV area's) turn refusals into
 * SCM's answers. Validation belongs to a domain, so the DCV order lives in the domain's record.
 */
import type { DomainSeed } from "../../state/seed.js"
import { present } from "../../http/routeHelpers.js"

/** How a DCV order proves control: the spec's `orderMode` values the mock checks. */
export type DcvMode = "HTTP" | "HTTPS" | "CNAME" | "TXT" | "EMAIL"

/** What the applicant publishes (or, for email, who answers). */
export type Challenge =
  | { readonly mode: "HTTP" | "HTTPS"; readonly fileName: string; readonly firstLine: string; readonly secondLine: string }
  | { readonly mode: "CNAME" | "TXT"; readonly host: string; readonly point: string }
  | { readonly mode: "EMAIL"; readonly email: string; readonly reference: string }

/** A DCV order: started ("Awaiting submission") or submitted and checked on a schedule until it passes. */
export interface DcvOrder {
  readonly challenge: Challenge
  readonly status: "Awaiting submission" | "Submitted"
  readonly backendId: string
  readonly submitted: number | undefined
  readonly lastCheck: number | undefined
  /** When a submitted order that has not passed is checked again; absent once it passed. */
  readonly nextCheck: number | undefined
}

/** DomainInfo's `validationMethod` for each order mode. */
export const validationMethodOf: Readonly<Record<DcvMode, string>> = {
  HTTP: "HTTP_CSR_HASH",
  HTTPS: "HTTPS_CSR_HASH",
  CNAME: "CNAME_CSR_HASH",
  TXT: "DNSTXT_RANDOM_VALUE",
  EMAIL: "EMAIL"
}

/** A delegation of a domain to an organization or department. */
export interface Delegation {
  readonly orgId: number
  readonly certTypes: ReadonlyArray<string>
  readonly domainCertificateRequestPrivileges: ReadonlyArray<string>
  readonly status: "ACTIVE" | "REQUESTED"
}

/** One domain. */
export interface DomainRecord {
  readonly id: number
  readonly name: string
  readonly description: string | undefined
  readonly active: boolean
  readonly delegations: ReadonlyArray<Delegation>
  readonly ctLogMonitoring: Readonly<Record<string, unknown>> | undefined
  /** When control was last proven, and until when that proof counts. */
  readonly validated: number | undefined
  readonly expires: number | undefined
  readonly validationMethod: string | undefined
  readonly order: DcvOrder | undefined
  /** When the domain was requested (added to the account). */
  readonly requested: number
  /** The domain's registrant addresses (WHOIS), which SCM also offers for email validation. */
  readonly whoisEmails: ReadonlyArray<string>
  /** Further DomainInfo fields a seed gave, sent as given. */
  readonly extra: Readonly<Record<string, unknown>>
}

/** The domains in ascending id order, and the next id to give. */
export interface DomainsState {
  readonly records: ReadonlyArray<DomainRecord>
  readonly nextId: number
}

/** Why an operation on a domain was refused. */
export type DomainRefusal =
  | { readonly _tag: "UnknownDomain"; readonly domain: string }
  | { readonly _tag: "DomainExists" }
  | { readonly _tag: "NotRequested" }
  | { readonly _tag: "NoSuchDelegation" }
  | { readonly _tag: "Inactive"; readonly domain: string }
  | { readonly _tag: "NotHighLevel"; readonly domain: string }
  | { readonly _tag: "OrderNotStarted"; readonly domain: string; readonly orderStatus: string }
  | { readonly _tag: "UnknownEmail" }
  | { readonly _tag: "CertificatesEnrolled" }

/** DcvStatus at `now`. */
export type DcvStatus = "Not validated" | "Validated" | "Expired"

const day = 24 * 60 * 60 * 1000

/** How long a proof of control counts, a year (the reference's examples: validated 2024-05-22, expiring 2025-05-22). */
export const validityMillis = 365 * day

/** The validation status at `now`. */
export const statusAt = (record: DomainRecord, now: number): DcvStatus =>
  record.validated === undefined ? "Not validated" : record.expires !== undefined && record.expires <= now ? "Expired" : "Validated"

/** The constants SCM answers for the statuses (the REST reference's DCV and domain examples); others keep their words. */
const constants: Readonly<Record<string, string>> = {
  "Not validated": "NOT_VALIDATED",
  Validated: "VALIDATED",
  Expired: "EXPIRED",
  "Not initiated": "NOT_INITIATED",
  Submitted: "SUBMITTED"
}

/** A status as SCM answers it: `"VALIDATED"` for "Validated", `"NOT_INITIATED"` for "Not initiated". */
export const constantOf = (word: string): string => constants[word] ?? word

/** The order method a validation method was proven by (`EMAIL` for `EMAIL`, `TXT` for `DNSTXT_RANDOM_VALUE`). */
export const orderModeOf = (validationMethod: string | undefined): DcvMode | undefined =>
  (Object.entries(validationMethodOf) as ReadonlyArray<readonly [DcvMode, string]>).find(([, method]) => method === validationMethod)?.[0]

/** The order status the spec names, "Not initiated" without an order. */
export const orderStatusOf = (record: DomainRecord): string => record.order?.status ?? "Not initiated"

const lower = (name: string) => name.toLowerCase().replace(/\.$/, "")

/** Finds a domain by its name, case aside. */
export const findByName = (state: DomainsState, name: string): DomainRecord | undefined => {
  const wanted = lower(name)
  return state.records.find((record) => lower(record.name) === wanted)
}

/** Finds a domain by id. */
export const findById = (state: DomainsState, id: number): DomainRecord | undefined => state.records.find((record) => record.id === id)

/** Whether a name is the domain itself or one of its subdomains (`*.` of a certificate name aside). */
export const covers = (domain: string, name: string): boolean => {
  const d = lower(domain)
  const n = lower(name).replace(/^\*\./, "")
  return n === d || n.endsWith(`.${d}`)
}

/**
 * The domain whose validation decides for a certificate name: the closest registered one that
 * covers it. Wildcard entries are delegation scopes, never validated themselves (SCM validates
 * high-level domains), so they decide nothing.
 */
export const decidingDomain = (state: DomainsState, name: string): DomainRecord | undefined => {
  let best: DomainRecord | undefined
  for (const record of state.records) {
    if (record.name.startsWith("*.") || !covers(record.name, name)) continue
    if (best === undefined || record.name.length > best.name.length) best = record
  }
  return best
}

/** `yyyy-MM-dd` of a time, as DomainInfo dates are written. */
export const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10)

const dayOf = (value: unknown): number | undefined => {
  if (typeof value !== "string") return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : time
}

const stringsOf = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []

const delegationOf = (value: unknown): Delegation | undefined => {
  if (typeof value !== "object" || value === null) return undefined
  const fields = value as Readonly<Record<string, unknown>>
  if (typeof fields["orgId"] !== "number") return undefined
  return {
    orgId: fields["orgId"],
    certTypes: stringsOf(fields["certTypes"]),
    domainCertificateRequestPrivileges: stringsOf(fields["domainCertificateRequestPrivileges"]),
    status: fields["status"] === "REQUESTED" ? "REQUESTED" : "ACTIVE"
  }
}

const modelled = new Set([
  "id", "name", "description", "state", "delegationStatus", "delegations", "ctLogMonitoring",
  "validationStatus", "validationMethod", "dcvValidation", "dcvExpiration", "requested", "whoisEmails"
])

/**
 * A seeded domain. A "Validated" or "Expired" one without dates is laid out from the start time
 * (validated a month before, or expired a month before), so that the seed means the same on any day.
 */
export const seededRecord = (seed: DomainSeed, start: number): DomainRecord => {
  // Either spelling: the spec's words ("Validated") or SCM's constants ("VALIDATED").
  const status = typeof seed["validationStatus"] === "string" ? seed["validationStatus"].toLowerCase().replaceAll("_", " ") : undefined
  const given = dayOf(seed["dcvValidation"])
  const validated = status === "validated"
    ? given ?? start - 30 * day
    : status === "expired"
    ? given ?? start - validityMillis - 30 * day
    : undefined
  const expires = validated === undefined ? undefined : dayOf(seed["dcvExpiration"]) ?? validated + validityMillis
  const monitoring = seed["ctLogMonitoring"]
  return {
    id: seed.id,
    name: seed.name,
    description: typeof seed["description"] === "string" ? seed["description"] : undefined,
    active: seed["state"] !== "SUSPENDED",
    delegations: Array.isArray(seed["delegations"])
      ? seed["delegations"].flatMap((item: unknown) => {
        const delegation = delegationOf(item)
        return delegation === undefined ? [] : [delegation]
      })
      : [],
    ctLogMonitoring: typeof monitoring === "object" && monitoring !== null ? monitoring as Readonly<Record<string, unknown>> : undefined,
    validated,
    expires,
    validationMethod: validated === undefined ? undefined : typeof seed["validationMethod"] === "string" ? seed["validationMethod"] : "DNSTXT_RANDOM_VALUE",
    order: undefined,
    requested: dayOf(seed["requested"]) ?? start - (400 + (seed.id % 300)) * day,
    whoisEmails: Array.isArray(seed["whoisEmails"]) ? seed["whoisEmails"].filter((email): email is string => typeof email === "string") : [],
    extra: Object.fromEntries(Object.entries(seed).filter(([name]) => !modelled.has(name)))
  }
}

/** The state over `seeds`, dated from `start`. */
export const seededState = (seeds: ReadonlyArray<DomainSeed>, start: number): DomainsState => {
  const records = [...seeds].sort((a, b) => a.id - b.id).map((seed) => seededRecord(seed, start))
  return { records, nextId: Math.max(0, ...records.map((record) => record.id)) + 1 }
}

/** DomainInfo at `now`. */
export const domainInfoOf = (record: DomainRecord, now: number): Readonly<Record<string, unknown>> =>
  present({
    ...record.extra,
    id: record.id,
    name: record.name,
    delegationStatus: record.delegations.some((delegation) => delegation.status === "REQUESTED") ? "REQUESTED" : "ACTIVE",
    state: record.active ? "ACTIVE" : "SUSPENDED",
    validationStatus: constantOf(statusAt(record, now)),
    validationMethod: record.validationMethod,
    dcvValidation: record.validated === undefined ? undefined : isoDay(record.validated),
    dcvExpiration: record.expires === undefined ? undefined : isoDay(record.expires),
    delegations: record.delegations,
    ctLogMonitoring: record.ctLogMonitoring
  })

/** What a create request carries once read. */
export interface NewDomain {
  readonly name: string
  readonly description: string | undefined
  readonly active: boolean
  readonly delegations: ReadonlyArray<Omit<Delegation, "status">>
  readonly ctLogMonitoring: Readonly<Record<string, unknown>> | undefined
}

type Outcome = readonly [DomainRefusal, undefined] | readonly [undefined, DomainsState]

const refused = (refusal: DomainRefusal): Outcome => [refusal, undefined]

/** Replaces a record. */
export const replace = (state: DomainsState, record: DomainRecord): DomainsState => ({
  ...state,
  records: state.records.map((candidate) => (candidate.id === record.id ? record : candidate))
})

const updated = (state: DomainsState, record: DomainRecord): Outcome => [undefined, replace(state, record)]

/** Creates a domain: delegations made by the admin are active at once; it is not validated. */
export const create = (
  state: DomainsState,
  request: NewDomain,
  now: number
): readonly [DomainRefusal, undefined] | readonly [undefined, [DomainRecord, DomainsState]] => {
  if (findByName(state, request.name) !== undefined) return [{ _tag: "DomainExists" }, undefined]
  const record: DomainRecord = {
    id: state.nextId,
    name: request.name,
    description: request.description,
    active: request.active,
    delegations: request.delegations.map((delegation) => ({ ...delegation, status: "ACTIVE" })),
    ctLogMonitoring: request.ctLogMonitoring,
    validated: undefined,
    expires: undefined,
    validationMethod: undefined,
    order: undefined,
    requested: now,
    whoisEmails: [],
    extra: {}
  }
  return [undefined, [record, { records: [...state.records, record], nextId: state.nextId + 1 }]]
}

/** Removes a domain. */
export const remove = (state: DomainsState, record: DomainRecord): DomainsState => ({
  ...state,
  records: state.records.filter((candidate) => candidate.id !== record.id)
})

/** Activates or suspends. */
export const setActive = (state: DomainsState, record: DomainRecord, active: boolean): DomainsState =>
  replace(state, { ...record, active })

/** Sets the CT log monitoring settings. */
export const setMonitoring = (state: DomainsState, record: DomainRecord, monitoring: Readonly<Record<string, unknown>>): DomainsState =>
  replace(state, { ...record, ctLogMonitoring: monitoring })

/**
 * Delegates to an organization: a new delegation waits for approval ("REQUESTED"), as one made
 * after the domain exists does in SCM; re-delegating to the same organization replaces its scope.
 */
export const delegate = (state: DomainsState, record: DomainRecord, delegation: Omit<Delegation, "status">): DomainsState => {
  const existing = record.delegations.find((candidate) => candidate.orgId === delegation.orgId)
  const next: Delegation = { ...delegation, status: existing?.status ?? "REQUESTED" }
  return replace(state, {
    ...record,
    delegations: existing === undefined
      ? [...record.delegations, next]
      : record.delegations.map((candidate) => (candidate.orgId === delegation.orgId ? next : candidate))
  })
}

/** Removes the delegation to an organization. */
export const removeDelegation = (state: DomainsState, record: DomainRecord, orgId: number): Outcome =>
  record.delegations.some((delegation) => delegation.orgId === orgId)
    ? updated(state, { ...record, delegations: record.delegations.filter((delegation) => delegation.orgId !== orgId) })
    : refused({ _tag: "NoSuchDelegation" })

/** Approves (it becomes "ACTIVE") or rejects (it is dropped) a requested delegation. */
export const decideDelegation = (state: DomainsState, record: DomainRecord, orgId: number, approve: boolean): Outcome => {
  const delegation = record.delegations.find((candidate) => candidate.orgId === orgId)
  if (delegation === undefined) return refused({ _tag: "NoSuchDelegation" })
  if (delegation.status !== "REQUESTED") return refused({ _tag: "NotRequested" })
  return updated(state, {
    ...record,
    delegations: approve
      ? record.delegations.map((candidate) => (candidate.orgId === orgId ? { ...candidate, status: "ACTIVE" } : candidate))
      : record.delegations.filter((candidate) => candidate.orgId !== orgId)
  })
}

// ---- domain control validation ----

/** Whether DCV can run on this domain: it must be active and a high-level (not a wildcard) one. */
export const dcvRefusal = (record: DomainRecord): DomainRefusal | undefined =>
  record.name.startsWith("*.")
    ? { _tag: "NotHighLevel", domain: record.name }
    : !record.active
    ? { _tag: "Inactive", domain: record.name }
    : undefined

/** Starts an order: any earlier one is replaced; the validation already proven stays until it expires. */
export const startOrder = (state: DomainsState, record: DomainRecord, challenge: Challenge, backendId: string): [DcvOrder, DomainsState] => {
  const order: DcvOrder = { challenge, status: "Awaiting submission", backendId, submitted: undefined, lastCheck: undefined, nextCheck: undefined }
  return [order, replace(state, { ...record, order })]
}

/** Marks an order submitted, before its first check. */
export const submitOrder = (state: DomainsState, record: DomainRecord, order: DcvOrder, now: number): [DcvOrder, DomainsState] => {
  const submitted: DcvOrder = { ...order, status: "Submitted", submitted: now }
  return [submitted, replace(state, { ...record, order: submitted })]
}

/**
 * Records a check of the domain's order (if it is still the one checked): passed, the domain is
 * validated from `now` for a year; failed, it is checked again after `recheckMillis`.
 */
export const recordCheck = (
  state: DomainsState,
  domainId: number,
  backendId: string,
  passed: boolean,
  now: number,
  recheckMillis: number
): DomainsState => {
  const record = findById(state, domainId)
  const order = record?.order
  if (record === undefined || order === undefined || order.backendId !== backendId || order.status !== "Submitted") return state
  const checked: DcvOrder = { ...order, lastCheck: now, nextCheck: passed ? undefined : now + recheckMillis }
  return replace(state, passed
    ? { ...record, order: checked, validated: now, expires: now + validityMillis, validationMethod: validationMethodOf[order.challenge.mode] }
    : { ...record, order: checked })
}

/** Clear: the order back to "Not initiated"; the validation proven stays (as the reference's example shows). */
export const clearOrder = (state: DomainsState, record: DomainRecord): [DomainRecord, DomainsState] => {
  const cleared = { ...record, order: undefined }
  return [cleared, replace(state, cleared)]
}

/** Delete: the validation and the order gone. */
export const deleteValidation = (state: DomainsState, record: DomainRecord): DomainsState =>
  replace(state, { ...record, order: undefined, validated: undefined, expires: undefined, validationMethod: undefined })

/** Submitted orders whose next check has come. */
export const dueOrders = (state: DomainsState, now: number): ReadonlyArray<DomainRecord> =>
  state.records.filter((record) => record.order?.nextCheck !== undefined && record.order.nextCheck <= now)
