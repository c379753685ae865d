/**
 * Domain control validation over the generated `/api/dcv/v2/validation` operations: start,
 * submit, status, sync, clear, delete, the paged list, and the wait for a validated domain.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Generated from "../generated/Client.js"
import type { AwaitOptions, DnsMethod, FileMethod, ListFilters } from "../DomainValidation.js"
import * as Spec from "../generated/Schemas.js"
import type * as ScmError from "../ScmError.js"
import { listOperations } from "./pagination.js"
import { gaveUpMessage, giveUpFields, pollWhilePending } from "./polling.js"
import { apiOf, decodeError, view } from "./request.js"
import * as schemas from "./schemas/dcv.js"

// The generated operations this module calls.
const api = apiOf({
  clearDomainDcv: Generated.clearDomainDcv,
  deleteDcv: Generated.deleteDcv,
  getDcvStatus: Generated.getDcvStatus,
  listAllDcv: Generated.listAllDcv,
  startCnameDcv: Generated.startCnameDcv,
  startEmailDcv: Generated.startEmailDcv,
  startHttpDcv: Generated.startHttpDcv,
  startHttpsDcv: Generated.startHttpsDcv,
  submitCnameDcv: Generated.submitCnameDcv,
  submitEmailDcv: Generated.submitEmailDcv,
  submitHttpDcv: Generated.submitHttpDcv,
  submitHttpsDcv: Generated.submitHttpsDcv,
  submitTxtDcv: Generated.submitTxtDcv,
  syncDcv: Generated.syncDcv
})

type Status = typeof schemas.Status.Type

/**
 * `awaitValidated` gave up while the domain was still not validated.
 *
 * @internal
 */
export class NotValidatedError extends Schema.TaggedError<NotValidatedError>("@scm-effect/core/NotValidatedError")(
  "NotValidatedError",
  {
    domain: Schema.String,
    /** Status calls made, the time waited, and why it gave up. */
    ...giveUpFields,
    /** SCM's last answer: the validation status and the order status. */
    status: Schema.optional(Schema.String),
    orderStatus: Schema.optional(Schema.String)
  }
) {
  /**
   * @since 1.0.0
   */
  override get message(): string {
    const last = this.status === undefined ? "" : ` (status ${this.status}${this.orderStatus === undefined ? "" : `, order ${this.orderStatus}`})`
    return gaveUpMessage(`Domain ${this.domain} was still not validated`, this, last)
  }
}

const asFile = view(Spec.StartHttpDcv200, schemas.FileInstructions)
const asHttpsFile = view(Spec.StartHttpsDcv200, schemas.FileInstructions)
const asCname = view(Spec.StartCnameDcv200, schemas.DnsInstructions)
const asEmails = view(Spec.StartEmailDcv200, schemas.EmailChoices)
const asHttpSubmitted = view(Spec.SubmitHttpDcv200, schemas.Submitted)
const asHttpsSubmitted = view(Spec.SubmitHttpsDcv200, schemas.Submitted)
const asCnameSubmitted = view(Spec.SubmitCnameDcv200, schemas.Submitted)
const asTxtSubmitted = view(Spec.SubmitTxtDcv200, schemas.Submitted)
const asEmailSubmitted = view(Spec.SubmitEmailDcv200, schemas.Submitted)
const asStatus = view(Spec.GetDcvStatus200, schemas.Status)
const asSynced = view(Spec.SyncDcv200, schemas.Status)
const asCleared = view(Spec.ClearDomainDcv200, schemas.Cleared)
const asValidations = view(Spec.ListAllDcv200, Schema.Array(schemas.Validation))

/** @internal */
export const startFile = Effect.fn("DomainValidation.start")(function*(domain: string, method: FileMethod) {
  yield* Effect.annotateCurrentSpan({ "scm.domain": domain, "scm.dcv_method": method })
  const client = yield* api
  const payload = { payload: { domain } }
  return method === "HTTP" ? asFile(yield* client.startHttpDcv(payload)) : asHttpsFile(yield* client.startHttpsDcv(payload))
})

/**
 * CNAME has a start; TXT has none at SCM ("Use submit directly", REST 25.5 reference): its first
 * submit answers the record to publish, and every later one asks for a check.
 *
 * @internal
 */
export const startDns = Effect.fn("DomainValidation.start")(function*(domain: string, method: DnsMethod) {
  yield* Effect.annotateCurrentSpan({ "scm.domain": domain, "scm.dcv_method": method })
  const client = yield* api
  if (method === "CNAME") return asCname(yield* client.startCnameDcv({ payload: { domain } }))
  const [answer, response] = yield* client.submitTxtDcv({ payload: { domain }, config: { includeResponse: true } })
  const { host, point } = asTxtSubmitted(answer)
  if (host === undefined || point === undefined) return yield* Effect.fail(decodeError(response, "the TXT submit answered no host and point to publish"))
  return { host, point }
})

/** @internal */
export const emailChoices = Effect.fn("DomainValidation.start")(function*(domain: string) {
  yield* Effect.annotateCurrentSpan("scm.domain", domain)
  return asEmails(yield* (yield* api).startEmailDcv({ payload: { domain } }))
})

/** @internal */
export const submit = Effect.fn("DomainValidation.submit")(function*(domain: string, method: FileMethod | DnsMethod) {
  yield* Effect.annotateCurrentSpan({ "scm.domain": domain, "scm.dcv_method": method })
  const client = yield* api
  const payload = { payload: { domain } }
  switch (method) {
    case "HTTP":
      return asHttpSubmitted(yield* client.submitHttpDcv(payload))
    case "HTTPS":
      return asHttpsSubmitted(yield* client.submitHttpsDcv(payload))
    case "CNAME":
      return asCnameSubmitted(yield* client.submitCnameDcv(payload))
    case "TXT":
      return asTxtSubmitted(yield* client.submitTxtDcv(payload))
  }
})

/** @internal */
export const submitEmail = Effect.fn("DomainValidation.submit")(function*(domain: string, email: string) {
  // The address is the domain's admin contact, not a secret, but it is personal data: not on the span.
  yield* Effect.annotateCurrentSpan({ "scm.domain": domain, "scm.dcv_method": "EMAIL" })
  return asEmailSubmitted(yield* (yield* api).submitEmailDcv({ payload: { domain, email } }))
})

/** @internal */
export const status = Effect.fn("DomainValidation.status")(function*(domain: string) {
  yield* Effect.annotateCurrentSpan("scm.domain", domain)
  return asStatus(yield* (yield* api).getDcvStatus({ payload: { domain } }))
})

/** @internal */
export const sync = Effect.fn("DomainValidation.sync")(function*(domain: string, options?: { readonly force?: boolean | undefined }) {
  yield* Effect.annotateCurrentSpan("scm.domain", domain)
  const force = options?.force
  return asSynced(yield* (yield* api).syncDcv({ payload: { domain }, ...(force === undefined ? {} : { params: { force } }) }))
})

/** @internal */
export const clear = Effect.fn("DomainValidation.clear")(function*(domain: string) {
  yield* Effect.annotateCurrentSpan("scm.domain", domain)
  return asCleared(yield* (yield* api).clearDomainDcv({ payload: { domain } }))
})

/** @internal */
export const remove = Effect.fn("DomainValidation.remove")(function*(domain: string) {
  yield* Effect.annotateCurrentSpan("scm.domain", domain)
  return yield* (yield* api).deleteDcv({ payload: { domain } })
})

// The public filters allow `undefined` and branded ids; the spec's params are the same names.
const params = (filters: ListFilters | undefined) => filters as Spec.ListAllDcvParams

/** @internal */
export const { count, list, page } = listOperations(
  "DomainValidation",
  "/api/dcv/v2/validation",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.listAllDcv({ params: { ...params(filters), position, size }, config: { includeResponse: true } }),
        ([items, response]) => [asValidations(items), response] as const
      ))
)

/**
 * Whether a status says validated: SCM writes the spec's word or the reference's constant.
 *
 * @internal
 */
export const isValidated = (status: string | undefined): boolean => status === "Validated" || status === "VALIDATED"

/** @internal */
export const defaultDeadline: Duration.Duration = Duration.hours(1)

/** Every 10 s at first, then less often, at most every 5 minutes: SCM checks a submitted order on its own schedule. @internal */
export const defaultPollSchedule: Schedule.Schedule<Duration.Duration> = Schedule.exponential(Duration.seconds(10), 1.5)
  .pipe(Schedule.modifyDelay(({ duration }) => Effect.succeed(Duration.min(duration, Duration.minutes(5)))))

/** @internal */
export const awaitValidated = Effect.fn("DomainValidation.awaitValidated")(function*(domain: string, options?: AwaitOptions) {
  const schedule: Schedule.Schedule<unknown, Status> = options?.schedule ?? defaultPollSchedule
  const deadline = Duration.fromInputUnsafe(options?.deadline ?? defaultDeadline)
  yield* Effect.annotateCurrentSpan({ "scm.domain": domain, "scm.deadline_ms": Duration.toMillis(deadline) })
  // "Not validated yet" is the only failure the schedule sees; an error ends the wait at once.
  return yield* pollWhilePending(
    status(domain).pipe(
      Effect.matchEffect({
        onFailure: (error: ScmError.ScmError) => Effect.succeed(Result.fail(error)),
        onSuccess: (current) => isValidated(current.status) ? Effect.succeed(Result.succeed(current)) : Effect.fail(current)
      })
    ),
    {
      schedule,
      deadline,
      onPending: (current, attempts) =>
        Effect.logDebug("domain not validated yet, polling again").pipe(
          Effect.annotateLogs({ "scm.domain": domain, "scm.dcv_status": current.status ?? "", "scm.attempt": attempts })
        ),
      giveUp: ({ attempts, elapsed, last, reason }) =>
        new NotValidatedError({
          domain,
          attempts,
          elapsed,
          reason,
          ...(last?.status === undefined ? {} : { status: last.status }),
          ...(last?.orderStatus === undefined ? {} : { orderStatus: last.orderStatus })
        })
    }
  )
})
