/**
 * The SSL certificate operations. Paths are the spec's v1 paths under "/api"; certificate login
 * moves them under "/private" itself, so nothing here knows the strategy.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type {
  AwaitOptions,
  CollectFormat,
  EnrollRequest,
  RenewRequest,
  RevokeRequest
} from "../SslCertificates.js"
import type * as ScmError from "../ScmError.js"
import * as ScmHttpClient from "../ScmHttpClient.js"
import type { OrganizationId } from "../Organizations.js"
import { listOperations } from "./pagination.js"
import { bytes, decoder, getJson, noContent, postJson } from "./request.js"
import * as schemas from "./schemas/sslCertificates.js"

type SslId = typeof schemas.SslId.Type

const base = "/api/ssl/v1"

/**
 * `awaitIssued` gave up while SCM still answered "not issued yet".
 *
 * @internal
 */
export class NotIssuedError extends Schema.TaggedError<NotIssuedError>("@scm-effect/core/NotIssuedError")(
  "NotIssuedError",
  {
    sslId: schemas.SslId,
    /** Collect calls made. */
    attempts: Schema.Number,
    /** Time from the first call until giving up. */
    elapsed: Schema.DurationFromSelf,
    /** Why it gave up: the deadline passed, or the schedule ended first. */
    reason: Schema.Literal("deadline", "schedule"),
    /** SCM's last answer: -183 (not collectable yet) or -1400 (being processed). */
    code: Schema.optional(Schema.Number),
    description: Schema.optional(Schema.String)
  }
) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    const seconds = Math.round(Duration.toMillis(this.elapsed) / 1000)
    const why = this.reason === "deadline" ? "the deadline passed" : "the poll schedule ended"
    const last = this.code === undefined
      ? ""
      : ` (SCM code ${this.code}${this.description === undefined ? "" : `: ${this.description}`})`
    return `SSL certificate ${this.sslId} was still not issued when ${why}, after ${this.attempts} attempt(s) over ${seconds} s${last}`
  }
}

const decodeProfiles = decoder(Schema.Array(schemas.Profile))
const decodeCustomFields = decoder(Schema.Array(schemas.CustomField))
const decodeCertificate = decoder(schemas.Certificate)
const decodeEnrolled = decoder(schemas.Enrolled)
const decodeRenewed = decoder(schemas.Renewed)

/** @internal */
export const types = Effect.fn("SslCertificates.types")(function*(options?: {
  readonly organizationId?: OrganizationId | undefined
}) {
  const organizationId = options?.organizationId
  if (organizationId !== undefined) yield* Effect.annotateCurrentSpan("scm.org_id", organizationId)
  return yield* getJson(
    `${base}/types`,
    decodeProfiles,
    organizationId === undefined ? undefined : { organizationId }
  )
})

/** @internal */
export const customFields = Effect.fn("SslCertificates.customFields")(function*() {
  return yield* getJson(`${base}/customFields`, decodeCustomFields)
})

/** @internal */
export const { count, list, page } = listOperations("SslCertificates", base, schemas.Identity)

/** @internal */
export const get = Effect.fn("SslCertificates.get")(function*(sslId: SslId) {
  yield* Effect.annotateCurrentSpan("scm.ssl_id", sslId)
  return yield* getJson(`${base}/${sslId}`, decodeCertificate)
})

const joined = (value: string | ReadonlyArray<string> | undefined): string | undefined =>
  value === undefined || typeof value === "string" ? value : value.join(",")

/**
 * The spec's EnrollRequest. Unset options are left out rather than sent as null.
 *
 * @internal
 */
export const enrollBody = (request: EnrollRequest) => ({
  orgId: request.orgId,
  certType: request.certType,
  term: request.term,
  csr: request.csr,
  ...(request.subjAltNames === undefined ? {} : { subjAltNames: joined(request.subjAltNames) }),
  ...(request.customFields === undefined ? {} : { customFields: request.customFields }),
  ...(request.comments === undefined ? {} : { comments: request.comments }),
  ...(request.externalRequester === undefined ? {} : { externalRequester: joined(request.externalRequester) }),
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
  const enrolled = yield* postJson(`${base}/enroll`, enrollBody(request), decodeEnrolled)
  yield* Effect.annotateCurrentSpan("scm.ssl_id", enrolled.sslId)
  return enrolled
})

/** @internal */
export const collect = Effect.fn("SslCertificates.collect")(function*(sslId: SslId, format: CollectFormat) {
  yield* Effect.annotateCurrentSpan({ "scm.ssl_id": sslId, "scm.format": format })
  const client = yield* ScmHttpClient.ScmHttpClient
  const response = yield* client.get(`${base}/collect/${sslId}`, { urlParams: { format } })
  // PKCS#7 DER is the one binary format; the others are PEM text.
  return format === "bin" ? yield* bytes(response) : yield* ScmHttpClient.text(response)
})

const pendingCodes: ReadonlySet<number> = new Set([-183, -1400])

/**
 * SCM's "not issued yet" answers: -183 (certificate not collectable) and -1400 (request being
 * processed), on a 4xx.
 *
 * @internal
 */
export const isNotIssuedYet = (error: ScmError.ScmError): error is ScmError.ScmApiError =>
  error._tag === "ScmApiError" && error.status >= 400 && error.status < 500 && error.code !== undefined &&
  pendingCodes.has(error.code)

/** @internal */
export const defaultAwaitFormat = "pemia" as const

/** @internal */
export const defaultDeadline: Duration.Duration = Duration.minutes(10)

/** @internal */
export const defaultPollSchedule: Schedule.Schedule<Duration.Duration> = Schedule.exponential(Duration.seconds(2), 1.5)
  .pipe(Schedule.modifyDelay((_, delay) => Duration.min(delay, Duration.seconds(30))))

/** @internal */
export const awaitIssued = Effect.fn("SslCertificates.awaitIssued")(function*(
  sslId: SslId,
  options?: AwaitOptions<CollectFormat>
) {
  const format = options?.format ?? defaultAwaitFormat
  const schedule: Schedule.Schedule<unknown, ScmError.ScmApiError> = options?.schedule ?? defaultPollSchedule
  const deadline = Duration.decode(options?.deadline ?? defaultDeadline)
  yield* Effect.annotateCurrentSpan({
    "scm.ssl_id": sslId,
    "scm.format": format,
    "scm.deadline_ms": Duration.toMillis(deadline)
  })
  const start = yield* Effect.clockWith((clock) => clock.currentTimeMillis)
  let attempts = 0
  let last: ScmError.ScmApiError | undefined
  const notIssued = (reason: "deadline" | "schedule", elapsed: Duration.Duration) =>
    new NotIssuedError({
      sslId,
      attempts,
      elapsed,
      reason,
      ...(last?.code === undefined ? {} : { code: last.code }),
      ...(last?.description === undefined ? {} : { description: last.description })
    })

  // "Not issued yet" is the only failure the schedule sees; any other answer ends the wait at once.
  const poll = Effect.suspend(() => {
    attempts++
    return collect(sslId, format)
  }).pipe(
    Effect.map(Either.right),
    Effect.catchAll((error) => {
      if (!isNotIssuedYet(error)) return Effect.succeed(Either.left(error))
      last = error
      return Effect.zipRight(
        Effect.logDebug("SSL certificate not issued yet, polling again").pipe(
          Effect.annotateLogs({ "scm.ssl_id": sslId, "scm.code": error.code ?? 0, "scm.attempt": attempts })
        ),
        Effect.fail(error)
      )
    })
  )

  const outcome = yield* poll.pipe(
    Effect.retry(schedule),
    Effect.catchAll(() =>
      Effect.flatMap(
        Effect.clockWith((clock) => clock.currentTimeMillis),
        (now) => Effect.fail(notIssued("schedule", Duration.millis(now - start)))
      )
    ),
    Effect.timeoutFail({ duration: deadline, onTimeout: () => notIssued("deadline", deadline) })
  )
  yield* Effect.annotateCurrentSpan("scm.attempts", attempts)
  return Either.isRight(outcome) ? outcome.right : yield* Effect.fail(outcome.left)
})

/** @internal */
export const revoke = Effect.fn("SslCertificates.revoke")(function*(sslId: SslId, request: RevokeRequest) {
  yield* Effect.annotateCurrentSpan({ "scm.ssl_id": sslId, "scm.reason_code": request.reasonCode })
  return yield* postJson(`${base}/revoke/${sslId}`, revokeBody(request), noContent)
})

/** @internal */
export const revokeBySerial = Effect.fn("SslCertificates.revokeBySerial")(function*(
  serialNumber: string,
  request: RevokeRequest
) {
  yield* Effect.annotateCurrentSpan({ "scm.serial_number": serialNumber, "scm.reason_code": request.reasonCode })
  // Colons may stay: SCM's own example sends "A9:3E:C0:...".
  const segment = encodeURIComponent(serialNumber).replace(/%3A/gi, ":")
  return yield* postJson(`${base}/revoke/serial/${segment}`, revokeBody(request), noContent)
})

/**
 * The spec's RevokeRequest: the reason code travels as a string ("0", "1", ...).
 *
 * @internal
 */
export const revokeBody = (request: RevokeRequest) => ({
  reasonCode: String(request.reasonCode),
  reason: request.reason
})

/** @internal */
export const renew = Effect.fn("SslCertificates.renew")(function*(sslId: SslId, request?: RenewRequest) {
  yield* Effect.annotateCurrentSpan("scm.ssl_id", sslId)
  // The spec requires a body, even an empty one: every RenewInfo field is optional.
  const renewed = yield* postJson(`${base}/renewById/${sslId}`, {
    ...(request?.csr === undefined ? {} : { csr: request.csr }),
    ...(request?.dcvMode === undefined ? {} : { dcvMode: request.dcvMode }),
    ...(request?.dcvEmail === undefined ? {} : { dcvEmail: request.dcvEmail })
  }, decodeRenewed)
  yield* Effect.annotateCurrentSpan("scm.new_ssl_id", renewed.sslId)
  return renewed
})
