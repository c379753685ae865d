/**
 * Domain control validation on the spec's `/dcv/v2/validation/...` and the REST 25.5 reference's
 * `/dcv/v1/validation/...`: start (what to publish), submit (checked at once, then again every
 * `recheckSeconds` until it passes), status, sync, clear, delete and the list with expiry.
 * Both answer SCM's constants ("VALIDATED", "SUBMITTED") and dates as days (`2025-05-22`), as
 * the reference's v1 and v2 examples show (spec patches 09 and 22 take both spellings); filters
 * take either spelling.
 */
import { HttpServerResponse } from "effect/http"
import { Effect, Result } from "effect"
import {
  challengeFor,
  domainRefusal,
  Domains,
  type DomainStore,
  emailChallenge,
  emailsFor,
  fileUrl,
  offeredEmails,
  newBackendId
} from "../domains/index.js"
import { pagedResponse, pageOf } from "../../http/paging.js"
import { integerParam, literalParam, maxInt32, type QueryParams, stringParam } from "../../http/query.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { answer, type Answer, bodyFields, present } from "../../http/routeHelpers.js"
import { badRequest, invalidField, jsonResponse, missingField } from "../../http/scmErrors.js"

type Version = "v1" | "v2"

/** A date as SCM's validations answer it, `yyyy-MM-dd` (the REST reference's v1 and v2 examples alike). */
const asDay = (time: number | undefined) => (time === undefined ? undefined : Domains.isoDay(time))

/** A moment of checking, an ISO date-time (the reference's `lastCheck`, `nextCheck`). */
const moment = (time: number | undefined) => (time === undefined ? undefined : new Date(time).toISOString())

const word = Domains.constantOf

/** Enum values compared as either spelling writes them ("Not validated", "NOT_VALIDATED"). */
const sameWord = (a: string, b: string) => a.toUpperCase().replaceAll(" ", "_") === b.toUpperCase().replaceAll(" ", "_")

/** What the order asks to publish, in DcvStatusResponseV2's fields. */
const instructionsOf = (record: Domains.DomainRecord): Readonly<Record<string, unknown>> => {
  const challenge = record.order?.challenge
  if (challenge === undefined) return {}
  switch (challenge.mode) {
    case "HTTP":
    case "HTTPS":
      return { url: fileUrl(challenge, record.name), firstLine: challenge.firstLine, secondLine: challenge.secondLine }
    case "CNAME":
    case "TXT":
      return { host: challenge.host, point: challenge.point }
    case "EMAIL":
      return { validationEmail: challenge.email, emailValidationReferenceNumber: challenge.reference }
  }
}

/** DcvStatusResponseV2 (and, as the reference shows, what sync and v1 status answer). */
const statusOf = (record: Domains.DomainRecord, now: number) => {
  const order = record.order
  return present({
    status: word(Domains.statusAt(record, now)),
    validationDate: asDay(record.validated),
    expirationDate: asDay(record.expires),
    orderStatus: word(Domains.orderStatusOf(record)),
    orderMode: order?.challenge.mode,
    ...instructionsOf(record),
    orderBackendId: order?.backendId,
    submittedDate: asDay(order?.submitted),
    lastCheck: moment(order?.lastCheck),
    nextCheck: moment(order?.nextCheck)
  })
}

/** DcvSearchResult: the order's method, or, once it passed, the method that proved control. */
const searchResultOf = (record: Domains.DomainRecord, now: number) =>
  present({
    domain: record.name,
    dcvStatus: word(Domains.statusAt(record, now)),
    dcvMethod: record.validationMethod,
    dcvOrderStatus: word(Domains.orderStatusOf(record)),
    dcvOrderMethod: record.order?.challenge.mode ?? Domains.orderModeOf(record.validationMethod),
    expirationDate: asDay(record.expires)
  })

/** A DomainRequest's `domain`: 3 to 255 characters. */
const domainField = (fields: Fields.Fields, name = "domain"): Result.Result<string, Answer> =>
  Result.flatMap(Fields.requiredString(fields, name, 255), (domain) => (domain.trim().length < 3 ? Result.fail(invalidField(name)) : Result.succeed(domain.trim())))

interface ListFilters {
  readonly domain: string | undefined
  readonly expiresIn: number | undefined
  readonly org: number | undefined
  readonly department: number | undefined
  readonly dcvStatus: string | undefined
  readonly orderStatus: string | undefined
}

const listFilters = (params: QueryParams): Result.Result<ListFilters, string> =>
  Result.gen(function* () {
    return {
      domain: yield* stringParam(params, "domain", 255),
      expiresIn: yield* integerParam(params, "expiresIn", 1, maxInt32),
      org: yield* integerParam(params, "org", 1, maxInt32),
      department: yield* integerParam(params, "department", 1, maxInt32),
      dcvStatus: yield* stringParam(params, "dcvStatus", 64),
      orderStatus: yield* stringParam(params, "orderStatus", 64)
    }
  })

const day = 24 * 60 * 60 * 1000

/** Domain: a case-insensitive substring; `expiresIn`: validated and expiring within that many days; statuses in either version's words. */
const matching = (filters: ListFilters, now: number) => (record: Domains.DomainRecord): boolean =>
  !record.name.startsWith("*.") &&
  (filters.domain === undefined || record.name.toLowerCase().includes(filters.domain.toLowerCase())) &&
  (filters.expiresIn === undefined ||
    (Domains.statusAt(record, now) === "Validated" && record.expires !== undefined && record.expires <= now + filters.expiresIn * day)) &&
  [filters.org, filters.department].every((orgId) => orgId === undefined || record.delegations.some((delegation) => delegation.orgId === orgId)) &&
  (filters.dcvStatus === undefined || sameWord(Domains.statusAt(record, now), filters.dcvStatus)) &&
  (filters.orderStatus === undefined || sameWord(Domains.orderStatusOf(record), filters.orderStatus))

const submitted = "Submitted successfully"

/** The DCV resources for one version. */
const forVersion = (version: Version, store: DomainStore): ReadonlyArray<Resource> => {
  const base = `/dcv/${version}/validation`

  /** The domain the body names, known and open to DCV, as it is now. */
  const domainOf = (fields: Fields.Fields) =>
    Effect.gen(function* () {
      const name = yield* Effect.fromResult(domainField(fields))
      const [state, now] = yield* store.current
      const record = Domains.findByName(state, name)
      if (record === undefined) return yield* Effect.fail(domainRefusal({ _tag: "UnknownDomain", domain: name }))
      const refused = Domains.dcvRefusal(record)
      if (refused !== undefined) return yield* Effect.fail(domainRefusal(refused))
      return [record, now] as const
    })

  /** The record after a check, for the answer. */
  const reread = (id: number) =>
    Effect.map(store.current, ([state, now]) => {
      const record = Domains.findById(state, id)
      return [record, now] as const
    })

  const onBody = (f: (fields: Fields.Fields, call: ApiCall) => Effect.Effect<Answer, Answer>) => (call: ApiCall) =>
    answer(Effect.flatMap(bodyFields(call), (fields) => f(fields, call)))

  /** Runs `f` on the record as it is in the state now. */
  const onRecord = <A>(record: Domains.DomainRecord, f: (state: Domains.DomainsState, record: Domains.DomainRecord, now: number) => readonly [A, Domains.DomainsState]) =>
    store.modify((state, now) => f(state, Domains.findById(state, record.id) ?? record, now))

  const start = (mode: "HTTP" | "HTTPS" | "CNAME"): Resource => ({
    method: "POST",
    path: `${base}/start/domain/${mode.toLowerCase()}`,
    handle: onBody((fields) =>
      Effect.gen(function* () {
        const [record] = yield* domainOf(fields)
        const order = yield* onRecord(record, (state, current) => Domains.startOrder(state, current, challengeFor(mode, current.name), newBackendId()))
        return jsonResponse(200, instructionsOf({ ...record, order }))
      }))
  })

  /** Submits the domain's order and checks it now; `orderFor` gives the order to submit, or the refusal. */
  const submitChecked = (
    record: Domains.DomainRecord,
    orderFor: (record: Domains.DomainRecord) => Result.Result<Domains.DcvOrder, Domains.DomainRefusal>,
    extra: (order: Domains.DcvOrder) => Readonly<Record<string, unknown>>
  ) =>
    Effect.gen(function* () {
      const order = yield* onRecord(record, (state, current, now): readonly [Result.Result<Domains.DcvOrder, Domains.DomainRefusal>, Domains.DomainsState] => {
        const wanted = orderFor(current)
        if (Result.isFailure(wanted)) return [wanted, state]
        const [next, updated] = Domains.submitOrder(state, current, wanted.success, now)
        return [Result.succeed(next), updated]
      }).pipe(Effect.flatMap((result) => Effect.fromResult(Result.mapError(result, domainRefusal))))
      yield* store.checkNow(record.id)
      const [after, now] = yield* reread(record.id)
      return jsonResponse(200, present({
        status: word(after === undefined ? "Not validated" : Domains.statusAt(after, now)),
        orderStatus: word("Submitted"),
        message: submitted,
        orderBackendId: order.backendId,
        ...extra(order)
      }))
    })

  const submit = (mode: "HTTP" | "HTTPS" | "CNAME"): Resource => ({
    method: "POST",
    path: `${base}/submit/domain/${mode.toLowerCase()}`,
    handle: onBody((fields) =>
      Effect.gen(function* () {
        if (mode === "CNAME") {
          yield* Effect.fromResult(Fields.optionalString(fields, "dnsAgentUUID", 64))
          yield* Effect.fromResult(Fields.optionalString(fields, "dnsProviderName", 128))
        }
        const [record] = yield* domainOf(fields)
        return yield* submitChecked(
          record,
          (current) =>
            current.order !== undefined && current.order.challenge.mode === mode
              ? Result.succeed(current.order)
              : Result.fail({ _tag: "OrderNotStarted", domain: current.name, orderStatus: Domains.orderStatusOf(current) }),
          () => ({})
        )
      }))
  })

  const emailsAnswer = (records: ReadonlyArray<Domains.DomainRecord>) => {
    const offered = records.map((record) => ({ domainName: record.name, whoisEmails: record.whoisEmails, adminEmails: emailsFor(record.name), dnsTxtEmails: [] }))
    // What every domain offers: its registrant's address where they share one.
    const common = records.map(offeredEmails).reduce<ReadonlyArray<string>>(
      (shared, each, i) => (i === 0 ? each : shared.filter((email) => each.includes(email))),
      []
    )
    return jsonResponse(200, { emails: common, dcvEmails: offered })
  }

  /** Submits an email order for each domain (the address must be offered for all), checked at the next check. */
  const submitEmail = (records: ReadonlyArray<Domains.DomainRecord>, email: string) =>
    Effect.gen(function* () {
      if (!records.every((record) => offeredEmails(record).includes(email.toLowerCase()))) {
        return yield* Effect.fail(domainRefusal({ _tag: "UnknownEmail" }))
      }
      const backendId = newBackendId()
      const challenge = emailChallenge(email.toLowerCase())
      yield* store.modify((state, now) => {
        let next = state
        for (const record of records) {
          const current = Domains.findById(next, record.id) ?? record
          const [order, started] = Domains.startOrder(next, current, challenge, backendId)
          next = Domains.replace(started, { ...(Domains.findById(started, record.id) ?? current), order: { ...order, status: "Submitted", submitted: now, nextCheck: now + store.recheckMillis } })
        }
        return [undefined, next]
      })
      return { backendId, reference: challenge.mode === "EMAIL" ? challenge.reference : "" }
    })

  return [
    {
      method: "GET",
      path: base,
      handle: (call) =>
        Result.match(Result.all([pageOf(call.query), listFilters(call.query)]), {
          onFailure: (description) => Effect.succeed(badRequest(description)),
          onSuccess: ([page, filters]) =>
            Effect.map(store.current, ([state, now]) =>
              pagedResponse(state.records.filter(matching(filters, now)), page, call.head, (record) => searchResultOf(record, now)))
        })
    },
    {
      method: "POST",
      path: `${base}/status`,
      handle: onBody((fields) => Effect.map(domainOf(fields), ([record, now]) => jsonResponse(200, statusOf(record, now))))
    },
    {
      method: "POST",
      path: `${base}/sync`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const force = yield* Effect.fromResult(Result.mapError(literalParam(call.query, "force", ["true", "false"]), badRequest))
          const [record] = yield* domainOf(yield* bodyFields(call))
          if (force === "true") yield* store.checkNow(record.id)
          const [after, now] = yield* reread(record.id)
          return jsonResponse(200, statusOf(after ?? record, now))
        }))
    },
    {
      method: "POST",
      path: `${base}/clear`,
      handle: onBody((fields) =>
        Effect.gen(function* () {
          const [record] = yield* domainOf(fields)
          const [cleared, now] = yield* onRecord(record, (state, current, at) => {
            const [after, next] = Domains.clearOrder(state, current)
            return [[after, at] as const, next]
          })
          const status = word(Domains.statusAt(cleared, now))
          const orderStatus = word(Domains.orderStatusOf(cleared))
          return jsonResponse(200, { status, orderStatus, message: `DCV status: ${status}; DCV order status: ${orderStatus}` })
        }))
    },
    {
      method: "POST",
      path: `${base}/delete`,
      handle: onBody((fields) =>
        Effect.gen(function* () {
          const [record] = yield* domainOf(fields)
          yield* onRecord(record, (state, current) => [undefined, Domains.deleteValidation(state, current)])
          return HttpServerResponse.empty({ status: 200 })
        }))
    },
    start("HTTP"),
    start("HTTPS"),
    start("CNAME"),
    submit("HTTP"),
    submit("HTTPS"),
    submit("CNAME"),
    {
      // "Start request is not supported by the API. Use submit directly." (REST 25.5 reference)
      method: "POST",
      path: `${base}/start/domain/txt`,
      handle: onBody((fields) =>
        Effect.map(Effect.fromResult(domainField(fields)), () =>
          jsonResponse(200, { message: "Start request is not supported by the API. Use submit directly." })))
    },
    {
      // TXT is started by its submit: the first gives the value to publish, each one checks.
      method: "POST",
      path: `${base}/submit/domain/txt`,
      handle: onBody((fields) =>
        Effect.gen(function* () {
          const [record] = yield* domainOf(fields)
          return yield* submitChecked(
            record,
            (current) =>
              Result.succeed(
                current.order !== undefined && current.order.challenge.mode === "TXT"
                  ? current.order
                  : { challenge: challengeFor("TXT", current.name), status: "Awaiting submission", backendId: newBackendId(), submitted: undefined, lastCheck: undefined, nextCheck: undefined }
              ),
            (order) => (order.challenge.mode === "TXT" ? { host: order.challenge.host, point: order.challenge.point } : {})
          )
        }))
    },
    {
      method: "POST",
      path: `${base}/start/domain/email`,
      handle: onBody((fields) =>
        Effect.gen(function* () {
          if (fields["domain"] === undefined && Array.isArray(fields["domains"])) {
            return emailsAnswer(yield* Effect.forEach(fields["domains"], (name: unknown) => Effect.map(domainOf({ domain: name }), ([record]) => record)))
          }
          const [record] = yield* domainOf(fields)
          return emailsAnswer([record])
        }))
    },
    {
      method: "POST",
      path: `${base}/submit/domain/email`,
      handle: onBody((fields) =>
        Effect.gen(function* () {
          const [record] = yield* domainOf(fields)
          const email = yield* Effect.fromResult(Fields.requiredString(fields, "email", 255))
          const order = yield* submitEmail([record], email.trim())
          return jsonResponse(200, {
            status: word(Domains.statusAt(record, (yield* store.current)[1])),
            orderStatus: word("Submitted"),
            message: submitted,
            orderBackendId: order.backendId,
            emailValidationReferenceNumber: order.reference
          })
        }))
    },
    {
      method: "POST",
      path: `${base}/submit-bulk/domain/email`,
      handle: onBody((fields) =>
        Effect.gen(function* () {
          const domains = fields["domains"]
          if (domains === undefined || domains === null) return yield* Effect.fail(missingField("domains"))
          if (!Array.isArray(domains) || domains.length === 0) return yield* Effect.fail(invalidField("domains"))
          const email = yield* Effect.fromResult(Fields.requiredString(fields, "email", 255))
          const records = yield* Effect.forEach(domains, (name: unknown) => Effect.map(domainOf({ domain: name }), ([record]) => record))
          const order = yield* submitEmail(records, email.trim())
          return jsonResponse(200, { orderStatus: word("Submitted"), message: submitted, orderBackendId: order.backendId })
        }))
    }
  ]
}

/** The DCV resources on v1 and v2. */
export const dcvResources = (store: DomainStore): ReadonlyArray<Resource> => [...forVersion("v1", store), ...forVersion("v2", store)]
