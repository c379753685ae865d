/**
 * Fault injection: queued faults answer the next matching requests with a canned response, a delay
 * before the real answer, or a dropped connection. The canned response is built when the fault is
 * added, so a bad header or body is refused then, never while a client waits.
 */
import { Effect, Result, Schema } from "effect"
import { HttpServerResponse } from "effect/http"
import { problemsOf } from "../http/issues.js"

/**
 * A queued fault: the next `times` matching requests get its answer, a delay before the real one, or a dropped connection.
 *
 * @since 0.1.0
 * @category models
 */
export interface FaultSpec {
  /** Any method when absent. */
  readonly method?: string
  /** Compared with the request's path, query aside. */
  readonly path: string
  /** `"exact"` (default) or `"prefix"`. */
  readonly match?: "exact" | "prefix"
  /** How many requests it applies to, default 1. */
  readonly times?: number
  /** Answer with this status (200..599) instead of the server. */
  readonly status?: number
  readonly headers?: Record<string, string>
  /** A string is sent as is, anything else as JSON. */
  readonly body?: unknown
  /** Wait this long (on `Clock`) before answering. */
  readonly delayMs?: number
  /** Close the connection without an answer. */
  readonly drop?: boolean
  /**
   * Answer a collect that would be refused as not issued yet (-183, -1400) with an empty 200, as
   * real SCM has been seen to do; any other answer passes through. Not with `status` or `drop`.
   */
  readonly emptyOk?: boolean
}

/** RFC 9110 `token`, the syntax of header names and methods. */
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
/** Visible ASCII, space, tab and obs-text: no CR or LF, so no header injection. */
const fieldValue = /^[\t\x20-\x7e\x80-\xff]*$/

/** Headers that describe the framing of the message: the server sets them, a fault may not. */
const framingHeaders: ReadonlySet<string> = new Set(["content-length", "transfer-encoding"])

/** The longest delay a fault may ask for, ten minutes. */
const maxDelayMs = 600_000

const FaultSpecSchema = Schema.Struct({
  method: Schema.optionalKey(Schema.String.check(Schema.isPattern(token, { message: "must be an HTTP method name" }))),
  path: Schema.String.check(Schema.isPattern(/^\//, { message: "must start with /" })),
  match: Schema.optionalKey(Schema.Literals(["exact", "prefix"])),
  times: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThan(0, { message: "must be a positive integer" }))),
  status: Schema.optionalKey(
    Schema.Int.check(Schema.isBetween({ minimum: 200, maximum: 599 }, { message: "must be an integer from 200 to 599" }))
  ),
  headers: Schema.optionalKey(
    Schema.Record(
      Schema.String,
      Schema.String.check(Schema.isPattern(fieldValue, { message: "must not contain CR, LF or control characters" }))
    )
  ),
  body: Schema.optionalKey(Schema.Unknown),
  delayMs: Schema.optionalKey(
    Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: maxDelayMs }, { message: `must be an integer from 0 to ${maxDelayMs}` }))
  ),
  drop: Schema.optionalKey(Schema.Boolean),
  emptyOk: Schema.optionalKey(Schema.Boolean)
}).check(
  Schema.makeFilter((spec) => {
    const responds = spec.status !== undefined
    if (!responds && spec.delayMs === undefined && spec.drop !== true && spec.emptyOk !== true) {
      return "a fault needs status, delayMs, drop or emptyOk"
    }
    if (spec.emptyOk === true && (responds || spec.drop === true)) return "emptyOk answers in place of the mock's own answer: not with status or drop"
    if (!responds && (spec.headers !== undefined || spec.body !== undefined)) return "headers and body need a status"
    if (responds && spec.drop === true) return "a fault either answers (status) or drops the connection, not both"
    for (const name of Object.keys(spec.headers ?? {})) {
      if (!token.test(name)) return `header name ${JSON.stringify(name)} is not an HTTP token`
      if (framingHeaders.has(name.toLowerCase())) return `header ${name} is set by the server`
    }
    return true
  })
)

type DecodedFault = typeof FaultSpecSchema.Type

/** A queued fault: what was asked, how many more requests it takes, and its answer if it gives one. */
export interface PendingFault {
  readonly spec: FaultSpec
  readonly remaining: number
  readonly method: string | undefined
  readonly response: HttpServerResponse.HttpServerResponse | undefined
  /** A collect that would refuse because the certificate is pending answers an empty 200 instead. */
  readonly emptyOk: boolean
}

/** A fault's answer, built once. A string body is sent as is (text/plain unless a header says otherwise), anything else as JSON. */
const cannedResponse = (spec: DecodedFault, status: number): Result.Result<HttpServerResponse.HttpServerResponse, string> => {
  const headers: Record<string, string> = {}
  let contentType: string | undefined
  for (const [name, value] of Object.entries(spec.headers ?? {})) {
    if (name.toLowerCase() === "content-type") contentType = value
    else headers[name] = value
  }
  if (spec.body === undefined) {
    return Result.succeed(HttpServerResponse.empty({ status, headers: contentType === undefined ? headers : { ...headers, "content-type": contentType } }))
  }
  if (typeof spec.body === "string") {
    return Result.succeed(HttpServerResponse.text(spec.body, { status, headers, contentType: contentType ?? "text/plain; charset=utf-8" }))
  }
  let json: string | undefined
  try {
    json = JSON.stringify(spec.body)
  } catch {
    json = undefined
  }
  return json === undefined
    ? Result.fail("body must be a string or a JSON value")
    : Result.succeed(HttpServerResponse.text(json, { status, headers, contentType: contentType ?? "application/json" }))
}

const decodeSpec = Schema.decodeUnknownResult(FaultSpecSchema, { onExcessProperty: "error", errors: "all" })

/**
 * Checks a fault as received from a client or from code; a failure carries a message for a 400.
 * Unknown fields are refused: a misspelt `delayMS` must not quietly become a fault that does nothing.
 */
export const decodeFault = (input: unknown): Result.Result<PendingFault, string> =>
  Result.flatMap(
    Result.mapError(decodeSpec(input), (error) =>
      problemsOf(error.issue)
        .map((problem) => (problem.path.length === 0 ? problem.message : `${problem.path.join(".")}: ${problem.message}`))
        .join("; ")),
    (spec) => {
      const pending = (response: HttpServerResponse.HttpServerResponse | undefined): PendingFault => ({
        spec: { ...spec, ...(spec.headers === undefined ? {} : { headers: { ...spec.headers } }) },
        remaining: spec.times ?? 1,
        method: spec.method?.toUpperCase(),
        response,
        emptyOk: spec.emptyOk === true
      })
      return spec.status === undefined ? Result.succeed(pending(undefined)) : Result.map(cannedResponse(spec, spec.status), pending)
    }
  )

const matches = (fault: PendingFault, method: string, path: string): boolean =>
  (fault.method === undefined || fault.method === method) &&
  (fault.spec.match === "prefix" ? path.startsWith(fault.spec.path) : path === fault.spec.path)

/** The queue of pending faults, first added first used. */
export interface FaultQueue {
  readonly add: (fault: PendingFault) => Effect.Effect<void>
  /**
   * The first fault matching the request, counted as used; `undefined` when none does. Synchronous:
   * every request asks, and almost always finds the queue empty.
   */
  readonly take: (method: string, path: string) => PendingFault | undefined
  readonly pending: Effect.Effect<ReadonlyArray<FaultSpec>>
  /** Removes the fault at `index` of `pending`; false when there is none there. */
  readonly remove: (index: number) => Effect.Effect<boolean>
  readonly clear: Effect.Effect<void>
}

/**
 * An empty fault queue. The array is replaced, never mutated, and only ever touched from the one
 * JS thread, in a synchronous step: no lock is needed.
 */
export const makeFaultQueue: Effect.Effect<FaultQueue> = Effect.sync(() => {
  let faults: ReadonlyArray<PendingFault> = []
  return {
    add: (fault) =>
      Effect.sync(() => {
        faults = [...faults, fault]
      }),
    take: (method, path) => {
      if (faults.length === 0) return undefined
      const index = faults.findIndex((fault) => matches(fault, method, path))
      const fault = faults[index]
      if (fault === undefined) return undefined
      faults = fault.remaining > 1
        ? faults.map((other, i) => (i === index ? { ...other, remaining: other.remaining - 1 } : other))
        : faults.filter((_, i) => i !== index)
      return fault
    },
    pending: Effect.sync(() => faults.map((fault) => ({ ...fault.spec, times: fault.remaining }))),
    remove: (index) =>
      Effect.sync(() => {
        if (index < 0 || index >= faults.length) return false
        faults = faults.filter((_, i) => i !== index)
        return true
      }),
    clear: Effect.sync(() => {
      faults = []
    })
  }
})

/**
 * Stands for "the connection was dropped" where a response is expected: it is never written (the
 * socket is gone) and the journal records it as status 0.
 */
export const dropped: HttpServerResponse.HttpServerResponse = HttpServerResponse.empty({ status: 500 })

/** SCM's refusals of a collect while the certificate waits: -183 not collectable, -1400 being processed. */
const pendingCodes: ReadonlySet<number> = new Set([-183, -1400])

const decoder = new TextDecoder()

/** Whether the mock's own answer is a collect's "not yet" refusal. */
const isPendingRefusal = (answer: HttpServerResponse.HttpServerResponse): boolean => {
  if (answer.status !== 400 || answer.body._tag !== "Uint8Array") return false
  try {
    const body: unknown = JSON.parse(decoder.decode(answer.body.body))
    return typeof body === "object" && body !== null && "code" in body && typeof body.code === "number" && pendingCodes.has(body.code)
  } catch {
    return false
  }
}

/** What real SCM is reported to answer some pending collects with: 200 and no body. */
const emptyOk = HttpServerResponse.empty({ status: 200 })

/**
 * Plays a fault: waits `delayMs` (on `Clock`, interruptible so a client that gives up frees the
 * fiber), then answers with the canned response, drops the connection, or lets `proceed` answer.
 */
export const playFault = <E, R>(
  fault: PendingFault,
  proceed: Effect.Effect<HttpServerResponse.HttpServerResponse, E, R>,
  dropConnection: Effect.Effect<void>
): Effect.Effect<HttpServerResponse.HttpServerResponse, E, R> => {
  const answer = fault.response !== undefined
    ? Effect.succeed(fault.response)
    : fault.spec.drop === true
    ? Effect.as(dropConnection, dropped)
    : fault.emptyOk
    ? Effect.map(proceed, (answer) => (isPendingRefusal(answer) ? emptyOk : answer))
    : proceed
  const delayMs = fault.spec.delayMs ?? 0
  return delayMs === 0 ? answer : Effect.andThen(Effect.interruptible(Effect.sleep(delayMs)), answer)
}
