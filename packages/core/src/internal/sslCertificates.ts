/**
 * The SSL certificate operations, over the generated `v1` operations (the paths header-login
 * clients use; certificate login moves them under "/private" itself, so nothing here knows the
 * strategy). What is left here is what makes them ergonomic: branded ids, paging, the wait.
 */
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as HttpBody from "effect/http/HttpBody"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type {
  AwaitOptions,
  CollectFormat,
  EnrollRequest,
  ExpiringCertificate,
  ExpiringOptions,
  ListFilters,
  RenewRequest,
  RevokeRequest
} from "../SslCertificates.js"
import * as Generated from "../generated/Client.js"
import * as Spec from "../generated/Schemas.js"
import type * as ScmError from "../ScmError.js"
import * as ScmHttpClient from "../ScmHttpClient.js"
import type { OrganizationId } from "../Organizations.js"
import { drain } from "./body.js"
import { listOperations } from "./pagination.js"
import { giveUpFields, lastAnswerOf, notIssuedMessage, pollUntilIssued } from "./polling.js"
import * as Reports from "./reports.js"
import { apiOf, view } from "./request.js"
import * as schemas from "./schemas/sslCertificates.js"

// The generated operations this module calls.
const api = apiOf({
  collectSslCertificate1: Generated.collectSslCertificate1,
  enrollSslCertificate1: Generated.enrollSslCertificate1,
  getSslCertTypes1: Generated.getSslCertTypes1,
  getSslCertificateDetails1: Generated.getSslCertificateDetails1,
  getSslCertificatesList1: Generated.getSslCertificatesList1,
  getSslCustomFields1: Generated.getSslCustomFields1,
  renewSslCertificateById1: Generated.renewSslCertificateById1,
  revokeSslCertificateById1: Generated.revokeSslCertificateById1
})

type SslId = typeof schemas.SslId.Type

/**
 * `awaitIssued` gave up while SCM still answered "not issued yet".
 *
 * @internal
 */
export class NotIssuedError extends Schema.TaggedError<NotIssuedError>("@scm-effect/core/NotIssuedError")(
  "NotIssuedError",
  {
    sslId: schemas.SslId,
    /** Collect calls made, the time waited, and why it gave up. */
    ...giveUpFields,
    /** SCM's last answer: -183 (not collectable yet) or -1400 (being processed). */
    code: Schema.optional(Schema.Number),
    description: Schema.optional(Schema.String)
  }
) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return notIssuedMessage(`SSL certificate ${this.sslId}`, this)
  }
}

const asProfiles = view(Spec.GetSslCertTypes1200, Schema.Array(schemas.Profile))
const asCustomFields = view(Spec.GetSslCustomFields1200, Schema.Array(schemas.CustomField))
const asIdentities = view(Spec.GetSslCertificatesList1200, Schema.Array(schemas.Identity))
const asCertificate = view(Spec.GetSslCertificateDetails1200, schemas.Certificate)
const asEnrolled = view(Spec.EnrollSslCertificate1200, schemas.Enrolled)
const asRenewed = view(Spec.RenewSslCertificateById1200, schemas.Renewed)

/** @internal */
export const types = Effect.fn("SslCertificates.types")(function*(options?: {
  readonly organizationId?: OrganizationId | undefined
}) {
  const organizationId = options?.organizationId
  if (organizationId !== undefined) yield* Effect.annotateCurrentSpan("scm.org_id", organizationId)
  const client = yield* api
  return asProfiles(
    yield* client.getSslCertTypes1(organizationId === undefined ? undefined : { params: { organizationId } })
  )
})

/** @internal */
export const customFields = Effect.fn("SslCertificates.customFields")(function*() {
  return asCustomFields(yield* (yield* api).getSslCustomFields1())
})

// The public filters allow `undefined` and open-enum values; the spec's params are the same names.
const params = (filters: ListFilters | undefined) => filters as Spec.GetSslCertificatesList1Params

/** @internal */
export const { count, list, page } = listOperations(
  "SslCertificates",
  "/api/ssl/v1",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.getSslCertificatesList1({
          params: { ...params(filters), position, size },
          config: { includeResponse: true }
        }),
        ([items, response]) => [asIdentities(items), response] as const
      ))
)

/** @internal */
export const get = Effect.fn("SslCertificates.get")(function*(sslId: SslId) {
  yield* Effect.annotateCurrentSpan("scm.ssl_id", sslId)
  return asCertificate(yield* (yield* api).getSslCertificateDetails1(String(sslId)))
})

const joined = (value: string | ReadonlyArray<string> | undefined): string | undefined =>
  value === undefined || typeof value === "string" ? value : value.join(",")

/**
 * The spec's EnrollRequest. Unset options are left out rather than sent as null.
 *
 * @internal
 */
export const enrollBody = (request: EnrollRequest): Spec.EnrollRequest => ({
  orgId: request.orgId,
  certType: request.certType,
  term: request.term,
  csr: request.csr,
  ...(request.subjAltNames === undefined ? {} : { subjAltNames: joined(request.subjAltNames)! }),
  ...(request.customFields === undefined ? {} : { customFields: request.customFields }),
  ...(request.comments === undefined ? {} : { comments: request.comments }),
  ...(request.externalRequester === undefined ? {} : { externalRequester: joined(request.externalRequester)! }),
  ...(request.dcvMode === undefined ? {} : { dcvMode: request.dcvMode }),
  ...(request.dcvEmail === undefined ? {} : { dcvEmail: request.dcvEmail })
})

/** @internal */
export const enroll = Effect.fn("SslCertificates.enroll")(function*(request: EnrollRequest) {
  // Ids and counts only: the CSR and the names it carries stay out of traces.
  yield* Effect.annotateCurrentSpan({
    "scm.org_id": request.orgId,
    "scm.profile_id": request.certType,
    "scm.term": request.term
  })
  const enrolled = asEnrolled(yield* (yield* api).enrollSslCertificate1({ payload: enrollBody(request) }))
  yield* Effect.annotateCurrentSpan("scm.ssl_id", enrolled.sslId)
  return enrolled
})

const decoder = new TextDecoder()

/** @internal */
export const collect = Effect.fn("SslCertificates.collect")(function*(sslId: SslId, format: CollectFormat) {
  yield* Effect.annotateCurrentSpan({ "scm.ssl_id": sslId, "scm.format": format })
  const body = yield* (yield* api).collectSslCertificate1(String(sslId), { params: { format } })
  // PKCS#7 DER is the one binary format; the others are PEM text.
  return format === "bin" ? body : decoder.decode(body)
})

/** @internal */
export { isNotIssuedYet } from "./polling.js"

/** @internal */
export const defaultAwaitFormat = "pemia" as const

/** @internal */
export const defaultDeadline: Duration.Duration = Duration.minutes(10)

/** @internal */
export const defaultPollSchedule: Schedule.Schedule<Duration.Duration> = Schedule.exponential(Duration.seconds(2), 1.5)
  .pipe(Schedule.modifyDelay(({ duration }) => Effect.succeed(Duration.min(duration, Duration.seconds(30)))))

/** @internal */
export const awaitIssued = Effect.fn("SslCertificates.awaitIssued")(function*(
  sslId: SslId,
  options?: AwaitOptions<CollectFormat>
) {
  const format = options?.format ?? defaultAwaitFormat
  const schedule: Schedule.Schedule<unknown, ScmError.ScmApiError> = options?.schedule ?? defaultPollSchedule
  const deadline = Duration.fromInputUnsafe(options?.deadline ?? defaultDeadline)
  yield* Effect.annotateCurrentSpan({
    "scm.ssl_id": sslId,
    "scm.format": format,
    "scm.deadline_ms": Duration.toMillis(deadline)
  })
  return yield* pollUntilIssued(collect(sslId, format), {
    schedule,
    deadline,
    message: "SSL certificate not issued yet, polling again",
    annotations: { "scm.ssl_id": sslId },
    giveUp: ({ attempts, elapsed, last, reason }) =>
      new NotIssuedError({ sslId, attempts, elapsed, reason, ...lastAnswerOf(last) })
  })
})

/** @internal */
export const revoke = Effect.fn("SslCertificates.revoke")(function*(sslId: SslId, request: RevokeRequest) {
  yield* Effect.annotateCurrentSpan({ "scm.ssl_id": sslId, "scm.reason_code": request.reasonCode })
  return yield* (yield* api).revokeSslCertificateById1(String(sslId), { payload: revokeBody(request) })
})

/** @internal */
export const revokeBySerial = Effect.fn("SslCertificates.revokeBySerial")(function*(
  serialNumber: string,
  request: RevokeRequest
) {
  yield* Effect.annotateCurrentSpan({ "scm.serial_number": serialNumber, "scm.reason_code": request.reasonCode })
  // Not the generated `revokeSslCertificateBySerialNumber1`: it percent-encodes the colons, and
  // SCM's own example sends "A9:3E:C0:...", so they stay.
  const segment = encodeURIComponent(serialNumber).replace(/%3A/gi, ":")
  const client = yield* ScmHttpClient.ScmHttpClient
  const body = HttpBody.jsonUnsafe(revokeBody(request))
  return yield* Effect.flatMap(client.post(`/api/ssl/v1/revoke/serial/${segment}`, { body }), drain)
})

/**
 * The spec's RevokeRequest: the reason code travels as a string ("0", "1", ...), as the spec
 * documents it.
 *
 * @internal
 */
export const revokeBody = (request: RevokeRequest): Spec.RevokeRequest => ({
  reasonCode: `${request.reasonCode}`,
  reason: request.reason
})

/** @internal */
export const renew = Effect.fn("SslCertificates.renew")(function*(sslId: SslId, request?: RenewRequest) {
  yield* Effect.annotateCurrentSpan("scm.ssl_id", sslId)
  // The spec requires a body, even an empty one: every RenewInfo field is optional.
  const renewed = asRenewed(
    yield* (yield* api).renewSslCertificateById1(String(sslId), {
      payload: {
        ...(request?.csr === undefined ? {} : { csr: request.csr }),
        ...(request?.dcvMode === undefined ? {} : { dcvMode: request.dcvMode }),
        ...(request?.dcvEmail === undefined ? {} : { dcvEmail: request.dcvEmail })
      }
    })
  )
  yield* Effect.annotateCurrentSpan("scm.new_ssl_id", renewed.sslId)
  return renewed
})

/**
 * The SSL report on the expiry date: issued certificates that expire between now (the `Clock`'s)
 * and `within` from now, soonest first. One request, whatever the number of certificates.
 *
 * @internal
 */
export const expiring = Effect.fn("SslCertificates.expiring")(function*(options: ExpiringOptions) {
  const within = Duration.fromInputUnsafe(options.within)
  const organizationId = options.organizationId
  yield* Effect.annotateCurrentSpan({
    "scm.within_ms": Duration.toMillis(within),
    ...(organizationId === undefined ? {} : { "scm.org_id": organizationId })
  })
  const now = yield* DateTime.now
  const until = DateTime.addDuration(now, within)
  const rows = yield* Reports.sslCertificates({
    from: now,
    to: until,
    dateAttribute: "expiration",
    status: "issued",
    ...(organizationId === undefined ? {} : { organizationIds: [organizationId] })
  })
  // SCM's window is on dates it may round to the day: the exact window is applied here too.
  const found = rows
    .filter((row): row is ExpiringCertificate =>
      row.expires !== undefined && !DateTime.isLessThan(row.expires, now) && !DateTime.isGreaterThan(row.expires, until)
    )
    .sort((a, b) => DateTime.toEpochMillis(a.expires) - DateTime.toEpochMillis(b.expires) || a.id - b.id)
  yield* Effect.annotateCurrentSpan("scm.found", found.length)
  return found
})
