/**
 * Replaying the reference's examples against a mock server: each request as the example sends it,
 * with the example's ids, organization ids, emails and domain names replaced by the mock's own
 * (read from the mock's lists before each example, never assumed from its seed), logged in with
 * the mock's credentials, over a real socket; then compared with the answer SCM gave.
 *
 * The mock is reset before each example. Where the reference's server held something the example
 * needed (a certificate awaiting approval, a started validation to submit), the example's ids come
 * from the items in that state, or the step that makes the state is taken first.
 */
import type { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import {
  compareAnswer,
  compareExample,
  type Difference,
  type Example,
  isParameter,
  type Observed,
  type Template,
  templateFor
} from "../../src/internal/spec/referenceExamples.js"
import { idValuesOf, isRecord, type Item, itemsOf, namesSomething, type Value, valuesOf } from "../../src/internal/verify/ids.js"
import { type RawResponse, send } from "./raw.js"

// ---------------------------------------------------------------------------------------------
// Talking to the mock
// ---------------------------------------------------------------------------------------------

const passwordHeaders = (mock: MockScmServer.Service): Record<string, string> => ({
  login: mock.credentials.login,
  password: Redacted.value(mock.credentials.password),
  customerUri: mock.credentials.customerUri
})

/** The code signing developer's login (the reference's "Developer Login"). */
const developerHeaders = (mock: MockScmServer.Service): Record<string, string> => ({
  email: mock.credentials.developerEmail,
  password: Redacted.value(mock.credentials.developerPassword),
  customerUri: mock.credentials.customerUri
})

/** The login an example's scheme names: the developer's for the developer's requests, else the admin's password headers. */
const loginHeaders = (mock: MockScmServer.Service, example: Example): Record<string, string> =>
  example.request.scheme === "developer" ? developerHeaders(mock) : passwordHeaders(mock)

/** A request with the password scheme, read as JSON (`undefined` for an answer that is not a 2xx with JSON). */
const callJson = (mock: MockScmServer.Service, method: string, pathAndQuery: string, body?: unknown): Effect.Effect<unknown> =>
  send(`${mock.httpUrl}${pathAndQuery}`, {
    method,
    headers: { ...passwordHeaders(mock), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  }).pipe(
    Effect.map((response) => {
      if (response.status < 200 || response.status > 299) return undefined
      try {
        return JSON.parse(response.text) as unknown
      } catch {
        return undefined
      }
    }),
    Effect.orElseSucceed(() => undefined)
  )

// ---------------------------------------------------------------------------------------------
// The mock's own values for an example's ids
// ---------------------------------------------------------------------------------------------

/** A kind of thing an example names (an organization, an SSL profile, an item of a list): where the mock lists them. */
interface Kind {
  /** Says what it is in a report line, and keys the example's mapping. */
  readonly name: string
  readonly candidates: (lookup: Lookup) => Effect.Effect<ReadonlyArray<Value>>
}

/**
 * The lists fetched for one example (the mock is reset before each) and the example's mapping: the
 * same id of the example becomes the same id of the mock wherever it appears (path, query, body),
 * and two ids of the example become two of the mock.
 */
interface Lookup {
  readonly mock: MockScmServer.Service
  readonly lists: Map<string, ReadonlyArray<Item>>
  readonly mapping: Map<string, Map<string, Value>>
  readonly substitutions: Array<string>
  readonly problems: Array<string>
}

const listOf = (lookup: Lookup, pathAndQuery: string) =>
  Effect.gen(function* () {
    const known = lookup.lists.get(pathAndQuery)
    if (known !== undefined) return known
    const items = itemsOf(yield* callJson(lookup.mock, "GET", pathAndQuery))
    lookup.lists.set(pathAndQuery, items)
    return items
  })

/** The values of the first of `fields` that the items of the list at `pathAndQuery` have, of the items `keep` keeps. */
const listKind = (pathAndQuery: string, fields: ReadonlyArray<string>, keep: (item: Item) => boolean = () => true): Kind => ({
  name: `${fields[0]} of ${pathAndQuery}`,
  candidates: (lookup) =>
    Effect.map(listOf(lookup, pathAndQuery), (all) => {
      const items = all.filter(keep)
      for (const field of fields) {
        const values = valuesOf(items, field)
        if (values.length > 0) return values
      }
      return []
    })
})

/** The field of a list's items that a path parameter names (`idValuesOf`). */
const idFieldKind = (pathAndQuery: string, parameter: string, original: Value): Kind => ({
  name: `${parameter} of ${pathAndQuery}`,
  candidates: (lookup) => Effect.map(listOf(lookup, pathAndQuery), (items) => idValuesOf(items, parameter, original))
})

/** A field of the details of a list's items (`renewId` of `/api/ssl/v1/{sslId}`). */
const detailsKind = (listPath: string, idField: string, field: string): Kind => ({
  name: `${field} of ${listPath}/{${idField}}`,
  candidates: (lookup) =>
    Effect.gen(function* () {
      const values: Array<Value> = []
      for (const id of valuesOf(yield* listOf(lookup, listPath), idField).slice(0, 5)) {
        const details = yield* callJson(lookup.mock, "GET", `${listPath.split("?")[0]}/${id}`)
        const value = isRecord(details) ? details[field] : undefined
        if (typeof value === "number" || typeof value === "string") values.push(value)
      }
      return values
    })
})

/** The mock's value for the example's `original` of `kind`: the one it stood for before, or the next one not taken. */
const substitute = (lookup: Lookup, kind: Kind, original: Value, where: string) =>
  Effect.gen(function* () {
    const mapped = lookup.mapping.get(kind.name) ?? new Map<string, Value>()
    lookup.mapping.set(kind.name, mapped)
    const known = mapped.get(String(original))
    if (known !== undefined) return known
    const candidates = yield* kind.candidates(lookup)
    const taken = new Set([...mapped.values()].map(String))
    const free = candidates.find((candidate) => !taken.has(String(candidate)))
    if (free === undefined) {
      lookup.problems.push(`${where}: no ${kind.name} left for ${original} (${candidates.length} listed)`)
      return original
    }
    // An id keeps its JSON type: a number stays a number where the mock's is one.
    const value = typeof original === "number" && typeof free === "string" && /^\d+$/.test(free)
      ? Number(free)
      : typeof original === "string"
      ? String(free)
      : free
    mapped.set(String(original), value)
    lookup.substitutions.push(`${where} ${original} -> ${value}`)
    return value
  })

/** Names of the domain list that no other listed name is a parent of: the registrable domains, not their hosts or wildcards. */
const isTopDomain = (item: Item, _index: number, items: ReadonlyArray<Item>) =>
  typeof item["name"] === "string" && !item["name"].startsWith("*.") &&
  !items.some((other) => typeof other["name"] === "string" && item["name"] !== other["name"] && (item["name"] as string).endsWith(`.${other["name"]}`))

const kinds = {
  organization: listKind("/api/organization/v1", ["id"]),
  organizationName: listKind("/api/organization/v1", ["name"]),
  person: listKind("/api/person/v1", ["id"]),
  personEmail: listKind("/api/person/v1", ["email"]),
  admin: listKind("/api/admin/v1", ["id"]),
  domain: listKind("/api/domain/v1", ["id"]),
  domainName: {
    name: "registrable domain of /api/domain/v1",
    candidates: (lookup) =>
      Effect.map(listOf(lookup, "/api/domain/v1?size=200"), (items) => valuesOf(items.filter(isTopDomain), "name"))
  } satisfies Kind,
  identityProvider: listKind("/api/admin/v1/idp", ["id"]),
  azureAccount: listKind("/api/azure/v1/accounts", ["id"]),
  caBackend: listKind("/api/ca-backend/v1", ["id"]),
  acmeServer: listKind("/api/acme/v1/server", ["name"]),
  privateProfile: listKind("/api/ssl/v1/types", ["name"], (item) => /private/i.test(String(item["name"])))
} as const

/** The certificate profiles of an area (`ssl`, `smime`, `device`): what a `certType` names there. */
const profileKind = (area: string): Kind => listKind(`/api/${area === "smime" || area === "device" ? area : "ssl"}/v1/types`, ["id"])

/** What an id-valued key of a query or body names, wherever it appears. */
const kindOfKey = (key: string, area: string): Kind | undefined => {
  switch (key) {
    case "orgId":
    case "orgID":
    case "orgIds":
    case "organizationId":
    case "organizationIds":
    case "orgDelegations":
    case "defaultEnrollmentOrgId":
      return kinds.organization
    case "certType":
    case "certTypeId":
    case "sslTypeId":
      return profileKind(area)
    case "personId":
      return kinds.person
    case "adminId":
    case "replacingRequesterId":
      return kinds.admin
    case "domainIds":
      return kinds.domain
    case "identityProviderId":
      return kinds.identityProvider
    case "azureAccountId":
      return kinds.azureAccount
    case "caBackendId":
    case "backendId":
      return kinds.caBackend
    default:
      return undefined
  }
}

const isIdValue = (value: unknown): value is Value => typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value))

/** The public suffixes of two labels the reference's domains use. */
const twoLabelSuffixes = new Set(["com.ua", "co.uk", "com.au"])

/** A DNS name split into its host part and its registrable domain: `sub.domain.ccmqa.com` is `sub.domain` and `ccmqa.com`. */
const splitDomain = (name: string): readonly [host: string, registrable: string] => {
  const labels = name.split(".")
  const take = labels.length > 2 && twoLabelSuffixes.has(labels.slice(-2).join(".")) ? 3 : 2
  return [labels.slice(0, -take).join("."), labels.slice(-take).join(".")]
}

/** A DNS name of the example moved under the mock's domain that stands for the example's registrable domain. */
const substituteDomainName = (lookup: Lookup, name: string, where: string) =>
  Effect.gen(function* () {
    const wildcard = name.startsWith("*.")
    const [host, registrable] = splitDomain(wildcard ? name.slice(2) : name)
    const mapped = String(yield* substitute(lookup, kinds.domainName, registrable, where))
    return `${wildcard ? "*." : ""}${host === "" ? "" : `${host}.`}${mapped}`
  })

/** The domains the example's were replaced by, in order. */
const domainsOf = (lookup: Lookup): ReadonlyArray<Value> =>
  [...(lookup.mapping.get(kinds.domainName.name)?.values() ?? []), ...(lookup.mapping.get(expiredDomain.name)?.values() ?? [])]

/** The email addresses the mock's domain control validation offers for all of the example's domains. */
const dcvEmailKind: Kind = {
  name: "DCV email of the domains",
  candidates: (lookup) =>
    Effect.gen(function* () {
      const domains = domainsOf(lookup)
      if (domains.length === 0) return []
      const answer = yield* callJson(lookup.mock, "POST", "/api/dcv/v1/validation/start/domain/email", domains.length === 1 ? { domain: domains[0] } : { domains })
      const emails = isRecord(answer) && Array.isArray(answer["emails"]) ? answer["emails"] : []
      return emails.filter((email): email is string => typeof email === "string")
    })
}

/** A domain whose validation expired, as the reference's v2 status shows one. */
const expiredDomain = listKind("/api/dcv/v1/validation?size=200&dcvStatus=EXPIRED", ["domain"])

/** The terms the profile offers that the example's `certType` became (the first listed profile's, when it names none). */
const termKind = (area: string): Kind => {
  const profiles = profileKind(area)
  return {
    name: `term of ${profiles.name}`,
    candidates: (lookup) =>
      Effect.gen(function* () {
        const [profileId] = [...(lookup.mapping.get(profiles.name)?.values() ?? [])]
        const items = yield* listOf(lookup, profiles.name.replace(/^id of /, ""))
        const profile = items.find((item) => profileId === undefined || item["id"] === profileId)
        const terms = profile?.["terms"]
        return Array.isArray(terms) ? terms.filter((term): term is number => typeof term === "number") : []
      })
  }
}

/** How a body or query is read: the example's area, and what its emails name, where they name the mock's (elsewhere they are the example's own). */
interface Context {
  readonly area: string
  readonly emails: "dcv" | "person" | undefined
  /** Where a `domain` comes from when the operation needs one in a particular state. */
  readonly domains: Kind | undefined
}

/** A JSON value with the ids, emails and domain names it names replaced by the mock's. */
const substituteJson = (lookup: Lookup, value: unknown, context: Context, key: string, where: string): Effect.Effect<unknown> =>
  Effect.gen(function* () {
    if (Array.isArray(value)) {
      const items: Array<unknown> = []
      for (const item of value) items.push(yield* substituteJson(lookup, item, context, key, where))
      return items
    }
    if (isRecord(value)) {
      const entries: Array<readonly [string, unknown]> = []
      // A `term` is one its profile offers: it follows the `certType` beside it, wherever that is.
      for (const [name, item] of Object.entries(value).sort(([a], [b]) => Number(a === "term") - Number(b === "term"))) {
        // The names in a list of `domains` (`{"domains": [{"name": ...}]}`) are domain names, in `customFields` custom fields'.
        const itemKey = name === "name" && (key === "domains" || key === "customFields") ? key : name
        entries.push([name, yield* substituteJson(lookup, item, context, itemKey, `${where}.${name}`)])
      }
      return Object.fromEntries(Object.keys(value).map((name) => entries.find(([entry]) => entry === name) ?? [name, value[name]]))
    }
    if ((key === "from" || key === "to") && context.area === "report" && typeof value === "string") {
      // A report's window is the example's data, as its ids are: the replay asks for the years around the mock's data.
      const window = key === "from" ? -2 : 2
      const moved = new Date(Date.UTC(new Date().getUTCFullYear() + window, 0, 1)).toISOString()
      lookup.substitutions.push(`${where} ${value} -> ${moved}`)
      return moved
    }
    if (key === "term" && typeof value === "number" && ["ssl", "smime", "device"].includes(context.area)) {
      return yield* substitute(lookup, termKind(context.area), value, where)
    }
    const idKind = kindOfKey(key, context.area)
    if (idKind !== undefined && isIdValue(value)) return yield* substitute(lookup, idKind, value, where)
    if (typeof value !== "string" || value === "") return value
    if (key === "domain" && context.domains !== undefined) return yield* substitute(lookup, context.domains, value, where)
    if (key === "domain" || key === "domainName" || key === "domains") return yield* substituteDomainName(lookup, value, where)
    if (key === "customFields") return yield* substitute(lookup, listKind(`/api/${context.area === "smime" || context.area === "device" ? context.area : "ssl"}/v1/customFields`, ["name"]), value, where)
    if (key === "parentOrgName") return yield* substitute(lookup, kinds.organizationName, value, where)
    if (key === "acmeServer") return yield* substitute(lookup, kinds.acmeServer, value, where)
    if (key === "profileName") return yield* substitute(lookup, kinds.privateProfile, value, where)
    // An email names something of the mock's in a validation (the domain's) and a revocation by email (a person's).
    if (key === "email" && context.emails !== undefined) {
      return yield* substitute(lookup, context.emails === "dcv" ? dcvEmailKind : kinds.personEmail, value, where)
    }
    return value
  })

/** Path parameters named the same whatever the path: what they name. */
const kindOfParameter: Readonly<Record<string, Kind>> = {
  pid: kinds.person,
  personId: kinds.person,
  email: kinds.personEmail,
  orgId: kinds.organization
}

/** A domain of the mock under which no SSL certificate is enrolled: what a domain deletion needs. */
const domainWithoutCertificates: Kind = {
  name: "domain without SSL certificates of /api/domain/v1",
  candidates: (lookup) =>
    Effect.gen(function* () {
      const domains = (yield* listOf(lookup, "/api/domain/v1?size=200")).filter(isTopDomain)
      const free: Array<Value> = []
      for (const domain of domains) {
        const name = String(domain["name"])
        const byName = yield* listOf(lookup, `/api/ssl/v1?size=1&commonName=${encodeURIComponent(name)}`)
        const byAltName = yield* listOf(lookup, `/api/ssl/v1?size=1&subjectAlternativeName=${encodeURIComponent(name)}`)
        if (byName.length === 0 && byAltName.length === 0 && typeof domain["id"] === "number") free.push(domain["id"])
      }
      return free
    })
}

/** What an operation needs that the generic look-up does not give. */
interface Preparation {
  /** Where a path parameter's values come from: a list filtered to the items the operation acts on. */
  readonly parameters?: Readonly<Record<string, Kind>>
  /** Where the body's `domain` comes from: a domain in the state the example's was in. */
  readonly domains?: Kind
  /** Requests to make first, with the example's request as prepared: the steps that made the state the example acted on. */
  readonly setup?: (lookup: Lookup, prepared: Prepared) => Effect.Effect<ReadonlyArray<Step>>
}

/** A request a preparation makes. */
interface Step {
  readonly method: string
  readonly pathAndQuery: string
  readonly body?: string
}

/** A DCV submission follows its start: the same domain, started with the same method (TXT is submitted directly). */
const startFirst = (_lookup: Lookup, prepared: Prepared) =>
  Effect.succeed([{
    method: "POST",
    pathAndQuery: prepared.pathAndQuery.replace("/submit-bulk/", "/start/").replace("/submit/", "/start/"),
    ...(prepared.body === undefined ? {} : { body: prepared.body })
  }])

/** The example's domain, as prepared, with an order of `mode` submitted: what a status or sync example answered about. */
const orderSubmitted = (mode: "http" | "email") => (lookup: Lookup, prepared: Prepared) =>
  Effect.gen(function* () {
    const [domain] = domainsOf(lookup)
    if (domain === undefined) return []
    const base = "/api/dcv/v1/validation"
    const body = JSON.stringify({ domain })
    if (mode === "http") return [{ method: "POST", pathAndQuery: `${base}/start/domain/http`, body }, { method: "POST", pathAndQuery: `${base}/submit/domain/http`, body }]
    const [email] = yield* dcvEmailKind.candidates(lookup)
    return [{ method: "POST", pathAndQuery: `${base}/submit/domain/email`, body: JSON.stringify({ domain, email }) }]
  }).pipe(Effect.map((steps) => (prepared.body === undefined ? [] : steps)))

/**
 * The operations whose examples acted on something in a particular state (a certificate awaiting
 * approval, a delegation awaiting approval, a validation started): their ids come from the items
 * in that state, or the state is made first.
 */
const preparations: Readonly<Record<string, Preparation>> = {
  "POST /api/ssl/v1/approve/{id}": { parameters: { id: listKind("/api/ssl/v1?status=Requested", ["sslId"]) } },
  "POST /api/ssl/v1/decline/{id}": { parameters: { id: listKind("/api/ssl/v1?status=Requested", ["sslId"]) } },
  "POST /api/ssl/v1/renew/{renewId}": { parameters: { renewId: detailsKind("/api/ssl/v1?status=Issued", "sslId", "renewId") } },
  "DELETE /api/domain/v1/{id}": { parameters: { id: domainWithoutCertificates } },
  // The operations of a discovery task are under its type (`net_task`), the tasks under their version.
  "GET /api/discovery/v1/{type}/{taskId}/operation": { parameters: { taskId: listKind("/api/discovery/v3/net_task", ["taskId"]) } },
  "POST /api/discovery/v1/{type}/{taskId}/operation/{opId}/stop": { parameters: { taskId: listKind("/api/discovery/v3/net_task", ["taskId"]) } },
  "GET /api/discovery/v1/{type}/{taskId}/operation/{opId}/result": { parameters: { taskId: listKind("/api/discovery/v3/net_task", ["taskId"]) } },
  "POST /api/domain/v1/{id}/delegation/approve": { parameters: { id: listKind("/api/domain/v1?status=requested", ["id"]) } },
  "POST /api/domain/v1/{id}/delegation/reject": { parameters: { id: listKind("/api/domain/v1?status=requested", ["id"]) } },
  "POST /api/dcv/v1/validation/submit/domain/http": { setup: startFirst },
  "POST /api/dcv/v1/validation/submit/domain/https": { setup: startFirst },
  "POST /api/dcv/v1/validation/submit/domain/cname": { setup: startFirst },

  "POST /api/dcv/v1/validation/submit/domain/email": { setup: startFirst },
  "POST /api/dcv/v1/validation/submit-bulk/domain/email": { setup: startFirst },
  // The reference's v2 status is of an expired validation with an HTTP order out; its sync of an email order out.
  "POST /api/dcv/v2/validation/status": { domains: expiredDomain, setup: orderSubmitted("http") },
  "POST /api/dcv/v1/validation/sync": { setup: orderSubmitted("email") }
}

const preparationOf = (template: Template | undefined, method: string): Preparation | undefined =>
  template === undefined ? undefined : preparations[`${method === "HEAD" ? "GET" : method} ${template.template}`]

/**
 * What path parameter `index` of `template` names: the items of the list its path leads to
 * (`/api/ssl/v1/{sslId}/location/{locationId}` takes the location from the certificate's list of
 * locations, the certificate from `/api/ssl/v1`), of the nearest list up the path when the path's
 * own prefix is none (`/api/ssl/v1/revoke/{id}` takes it from `/api/ssl/v1`).
 */
const kindOfPathParameter = (lookup: Lookup, template: Template, index: number, concrete: ReadonlyArray<string>, original: Value, method: string) =>
  Effect.gen(function* () {
    const parameter = (template.segments[index] ?? "").slice(1, -1)
    const named = preparationOf(template, method)?.parameters?.[parameter] ?? kindOfParameter[parameter]
    if (named !== undefined) return named
    for (let end = index; end > 2; end--) {
      if (end < index && isParameter(template.segments[end] ?? "")) break
      const kind = idFieldKind(concrete.slice(0, end).join("/"), parameter, original)
      if ((yield* kind.candidates(lookup)).length > 0) return kind
    }
    return undefined
  })

/** Query filters on data (a name, an address), as opposed to paging, ids and states, which keep the example's words. */
const dataFilters = new Set([
  "name",
  "acmeServer",
  "commonName",
  "email",
  "secondaryEmail",
  "phone",
  "url",
  "caId",
  "userAgent",
  "ipAddress",
  "contacts",
  "uriExtension",
  "serialNumber",
  "backendCertId",
  "alias",
  "address",
  "description"
])

/** The `E=` of a certificate's subject (`certificateDetails.subject`): the mailbox a client certificate is for. */
const subjectEmail = (item: Item): string | undefined => {
  const details = item["certificateDetails"]
  const subject = isRecord(details) && typeof details["subject"] === "string" ? details["subject"] : ""
  return /(?:^|,\s*)E=([^,]+)/.exec(subject)?.[1]
}

/**
 * What an item says for a filter: its field of that name, the first of a list of it
 * (`secondaryEmails`), a person's common name for `name`, a client certificate's subject's mailbox for `email`.
 */
const itemValue = (item: Item, key: string): Value | undefined => {
  const candidates = [
    item[key],
    Array.isArray(item[`${key}s`]) ? (item[`${key}s`] as ReadonlyArray<unknown>)[0] : undefined,
    key === "name" ? item["commonName"] : undefined,
    key === "email" ? subjectEmail(item) : undefined
  ]
  return candidates.find((value): value is Value => typeof value === "string" || typeof value === "number")
}

/**
 * A list's filters on data, filled from the first item the mock lists under the example's other
 * filters (its ids, as substituted, and its states, as the example spells them): the example listed
 * what its own data held, so the replay lists what the mock's holds.
 */
const fillDataFilters = (lookup: Lookup, example: Example, path: string, query: URLSearchParams) =>
  Effect.gen(function* () {
    const filters = [...query.keys()].filter((key) => dataFilters.has(key))
    if (filters.length === 0) return
    const others = new URLSearchParams([...query].filter(([key]) => !dataFilters.has(key) && key !== "position" && key !== "size" && key !== "countOnly"))
    const items = (yield* listOf(lookup, `${path}${others.size === 0 ? "" : `?${others}`}`)).slice(0, likestTries)
    // The item most like the reference's (an OV account where the example lists OV accounts), the first of equals.
    const scored = items.map((candidate) => ({
      candidate,
      score: compareAnswer({ ...example.response, headers: [] }, { status: example.response.status, headers: {}, text: JSON.stringify([candidate]) }).length
    }))
    const item = scored.reduce<(typeof scored)[number] | undefined>((best, next) => (best === undefined || next.score < best.score ? next : best), undefined)?.candidate
    if (item === undefined) return
    for (const key of new Set(filters)) {
      const value = itemValue(item, key)
      if (value === undefined) continue
      lookup.substitutions.push(`?${key} ${query.get(key)} -> ${value}`)
      query.set(key, String(value))
    }
  })

/** How many of the example's top-level constants (`"type": "IDP"`, `"status": "ACTIVE"`) the answer has otherwise. */
const otherConstants = (example: Example, observed: Observed): number => {
  const documented = example.response.body?.kind === "json" ? example.response.body.value : undefined
  let answered: unknown
  try {
    answered = JSON.parse(observed.text)
  } catch {
    return 0
  }
  if (!isRecord(documented) || !isRecord(answered)) return 0
  return Object.entries(documented).filter(([key, value]) => typeof value === "string" && /^[A-Z][A-Z0-9_]+$/.test(value) && answered[key] !== value).length
}

/** How many of the mock's items a details example is tried with, to find the one most like the reference's. */
const likestTries = 25

/**
 * For an example that reads one thing (`GET /api/admin/v1/{id}`), the mock's item most like the
 * reference's: the first of the listed ones (up to `likestTries`) whose answer differs least from
 * the example's (the reference showed an IdP-linked DRAO; the mock's first admin is its MRAO).
 */
const likest = (lookup: Lookup, example: Example, kind: Kind, original: Value, where: string, segments: ReadonlyArray<string>, index: number) =>
  Effect.gen(function* () {
    const candidates = (yield* kind.candidates(lookup)).slice(0, likestTries)
    let best: { readonly value: Value; readonly score: number } | undefined
    for (const candidate of candidates) {
      const path = segments.map((segment, i) => (i === index ? encodeURIComponent(String(candidate)) : segment)).join("/")
      const response = yield* send(`${lookup.mock.httpUrl}${path}`, { headers: loginHeaders(lookup.mock, example) }).pipe(Effect.option)
      if (response._tag === "None") continue
      const observed = observedOf(response.value)
      const differences = compareExample(example, observed)
      // Of items alike in shape, the one in the same state: the reference's IDP admin by an IDP admin.
      const score = (differences.some((difference) => difference.kind === "status") ? 1_000 : 0) + differences.length +
        otherConstants(example, observed) / 100
      if (best === undefined || score < best.score) best = { value: candidate, score }
      if (score === 0) break
    }
    if (best === undefined) return yield* substitute(lookup, kind, original, where)
    const chosen: Kind = { name: kind.name, candidates: () => Effect.succeed([best.value]) }
    return yield* substitute(lookup, chosen, original, where)
  })

// ---------------------------------------------------------------------------------------------
// The request an example sends, with the mock's values
// ---------------------------------------------------------------------------------------------

/** An example's request as sent to the mock, and what was put in it. */
export interface Prepared {
  readonly method: string
  readonly pathAndQuery: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
  readonly substitutions: ReadonlyArray<string>
}

const prepare = (lookup: Lookup, example: Example, template: Template | undefined) =>
  Effect.gen(function* () {
    const { request } = example
    const context: Context = {
      area: example.area,
      emails: example.area === "dcv" ? "dcv" : /\/revoke$/.test(request.path) ? "person" : undefined,
      domains: preparationOf(template, request.method)?.domains
    }
    const segments = [...request.path.split("/")]
    if (template !== undefined) {
      for (let i = 0; i < template.segments.length; i++) {
        const segment = template.segments[i] ?? ""
        const value = decodeURIComponent(segments[i] ?? "")
        if (!isParameter(segment) || !namesSomething(segment.slice(1, -1), value)) continue
        const kind = yield* kindOfPathParameter(lookup, template, i, segments, value, request.method)
        // What a read names last (`/account/{id}`, `/account/{id}/domain`) is the mock's item most like the reference's.
        const lastParameter = template.segments.reduce((last, candidate, at) => (isParameter(candidate) ? at : last), -1)
        const details = (request.method === "GET" || request.method === "HEAD") && i === lastParameter
        if (kind === undefined) lookup.problems.push(`${segment}: no list of the mock's names it`)
        else if (details) segments[i] = encodeURIComponent(String(yield* likest(lookup, example, kind, value, segment, segments, i)))
        else segments[i] = encodeURIComponent(String(yield* substitute(lookup, kind, value, segment)))
      }
    }
    // The body first: a domain named there is the one the query's names follow.
    const body = request.body?.kind === "json"
      ? JSON.stringify(yield* substituteJson(lookup, request.body.value, context, "", "body"))
      : request.body?.kind === "text"
      ? request.body.text
      : undefined
    const query = new URLSearchParams()
    for (const [name, value] of request.query) {
      // A comma-separated list of ids (`orgIds=1,1952`) is a list of ids.
      const values = kindOfKey(name, context.area) !== undefined && value.includes(",") ? value.split(",") : [value]
      const substituted: Array<unknown> = []
      // A filter on data is filled from what the mock lists (below).
      for (const item of values) substituted.push(dataFilters.has(name) ? item : yield* substituteJson(lookup, item, context, name, `?${name}`))
      query.append(name, substituted.join(","))
    }
    const path = segments.join("/")
    if (request.method === "GET" || request.method === "HEAD") yield* fillDataFilters(lookup, example, path, query)
    const search = query.toString()
    const headers: Record<string, string> = Object.fromEntries(request.headers.map(([name, value]) => [name.toLowerCase(), value]))
    return {
      method: request.method,
      pathAndQuery: `${path}${search === "" ? "" : `?${search}`}`,
      headers: { ...headers, ...loginHeaders(lookup.mock, example) },
      body,
      substitutions: lookup.substitutions
    } satisfies Prepared
  })

// ---------------------------------------------------------------------------------------------
// Replaying
// ---------------------------------------------------------------------------------------------

/** What replaying one example gave. */
export type Outcome =
  | { readonly _tag: "Skipped"; readonly example: Example; readonly reason: string }
  | {
    readonly _tag: "Replayed"
    readonly example: Example
    readonly prepared: Prepared
    readonly observed: Observed
    readonly differences: ReadonlyArray<Difference>
    /** Ids the mock's lists could not give (the example went with its own). */
    readonly unresolved: ReadonlyArray<string>
  }

const observedOf = (response: RawResponse): Observed => ({
  status: response.status,
  headers: response.headers as Observed["headers"],
  text: response.text
})

/** Why an example cannot be replayed against the mock, or `undefined` when it can. */
export const unreplayable = (example: Example): string | undefined =>
  example.request.scheme === "none"
    ? `its URL is not SCM's (${example.request.url ?? example.request.path}): the code signing agent's own`
    : example.request.body?.kind === "multipart"
    ? "a multipart upload of a file the reference does not give"
    : undefined

/** A created thing (the `Location` of a 201) can be read back where the API has a GET for it. */
const readBack = (mock: MockScmServer.Service, observed: Observed): Effect.Effect<ReadonlyArray<Difference>, unknown> =>
  Effect.gen(function* () {
    const location = observed.headers["location"]
    if (observed.status !== 201 || typeof location !== "string") return []
    const path = new URL(location, mock.httpUrl).pathname
    if (templateFor("GET", path.replace(/^\/private\//, "/")) === undefined) return []
    const response = yield* send(`${mock.httpUrl}${path}`, { headers: passwordHeaders(mock) })
    return response.status === 404
      ? [{ kind: "header", at: "Location", message: `GET ${path} answers 404: what was created cannot be read back` } satisfies Difference]
      : []
  })

/** Replays one example against a freshly reset mock. */
export const replay = (mock: MockScmServer.Service, example: Example): Effect.Effect<Outcome, unknown> =>
  Effect.gen(function* () {
    const reason = unreplayable(example)
    if (reason !== undefined) return { _tag: "Skipped", example, reason } as const
    yield* mock.reset
    const lookup: Lookup = { mock, lists: new Map(), mapping: new Map(), substitutions: [], problems: [] }
    const template = templateFor(example.request.method, example.request.path)
    const prepared = yield* prepare(lookup, example, template)
    const setup = preparationOf(template, example.request.method)?.setup
    for (const step of setup === undefined ? [] : yield* setup(lookup, prepared)) {
      yield* send(`${mock.httpUrl}${step.pathAndQuery}`, {
        method: step.method,
        headers: { ...prepared.headers, "content-type": "application/json" },
        ...(step.body === undefined ? {} : { body: step.body })
      })
    }
    const response = yield* send(`${mock.httpUrl}${prepared.pathAndQuery}`, {
      method: prepared.method,
      headers: prepared.headers,
      ...(prepared.body === undefined ? {} : { body: prepared.body })
    })
    const observed = observedOf(response)
    const differences = compareExample(example, observed)
    const unreadable = differences.length === 0 ? yield* readBack(mock, observed) : []
    return { _tag: "Replayed", example, prepared, observed, differences: [...differences, ...unreadable], unresolved: lookup.problems } as const
  })
