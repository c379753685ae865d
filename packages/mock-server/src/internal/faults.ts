/**
 * Fault injection: queued faults answer the next matching requests with a canned response, a delay
 * before the real answer, or a dropped connection. The canned response is built when the fault is
 * added, so a bad header or body is refused then, never while a client waits.
 */
import { HttpServerResponse } from "@effect/platform"
import { Effect, Either, ParseResult, Ref, Schema } from "effect"
import type { FaultSpec } from "../MockScmServer.js"

/** RFC 9110 `token`, the syntax of header names and methods. */
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
/** Visible ASCII, space, tab and obs-text: no CR or LF, so no header injection. */
const fieldValue = /^[\t\x20-\x7e\x80-\xff]*$/

/** Headers that describe the framing of the message: the server sets them, a fault may not. */
const framingHeaders: ReadonlySet<string> = new Set(["content-length", "transfer-encoding"])

/** The longest delay a fault may ask for, ten minutes. */
const maxDelayMs = 600_000

/** An optional field that is absent rather than `undefined` when not given. */
const optional = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true })

const FaultSpecSchema = Schema.Struct({
  method: optional(Schema.String.pipe(Schema.pattern(token, { message: () => "must be an HTTP method name" }))),
  path: Schema.String.pipe(Schema.startsWith("/", { message: () => "must start with /" })),
  match: optional(Schema.Literal("exact", "prefix")),
  times: optional(Schema.Int.pipe(Schema.positive({ message: () => "must be a positive integer" }))),
  status: optional(Schema.Int.pipe(Schema.between(200, 599, { message: () => "must be an integer from 200 to 599" }))),
  headers: optional(
    Schema.Record({
      key: Schema.String,
      value: Schema.String.pipe(Schema.pattern(fieldValue, { message: () => "must not contain CR, LF or control characters" }))
    })
  ),
  body: optional(Schema.Unknown),
  delayMs: optional(Schema.Int.pipe(Schema.between(0, maxDelayMs, { message: () => `must be an integer from 0 to ${maxDelayMs}` }))),
  drop: optional(Schema.Boolean)
}).pipe(
  Schema.filter((spec) => {
    const responds = spec.status !== undefined
    if (!responds && spec.delayMs === undefined && spec.drop !== true) return "a fault needs status, delayMs or drop"
    if (!responds && (spec.headers !== undefined || spec.body !== undefined)) return "headers and body need a status"
    if (responds && spec.drop === true) return "a fault either answers (status) or drops the connection, not both"
    for (const name of Object.keys(spec.headers ?? {})) {
      if (!token.test(name)) return `header name ${JSON.stringify(name)} is not an HTTP token`
      if (framingHeaders.has(name.toLowerCase())) return `header ${name} is set by the server`
    }
    return true
  })
)

type DecodedFault = Schema.Schema.Type<typeof FaultSpecSchema>

/** A queued fault: what was asked, how many more requests it takes, and its answer if it gives one. */
export interface PendingFault {
  readonly spec: FaultSpec
  readonly remaining: number
  readonly method: string | undefined
  readonly response: HttpServerResponse.HttpServerResponse | undefined
}

/** A fault's answer, built once. A string body is sent as is (text/plain unless a header says otherwise), anything else as JSON. */
const cannedResponse = (spec: DecodedFault, status: number): Either.Either<HttpServerResponse.HttpServerResponse, string> => {
  const headers: Record<string, string> = {}
  let contentType: string | undefined
  for (const [name, value] of Object.entries(spec.headers ?? {})) {
    if (name.toLowerCase() === "content-type") contentType = value
    else headers[name] = value
  }
  if (spec.body === undefined) {
    return Either.right(HttpServerResponse.empty({ status, headers: contentType === undefined ? headers : { ...headers, "content-type": contentType } }))
  }
  if (typeof spec.body === "string") {
    return Either.right(HttpServerResponse.text(spec.body, { status, headers, contentType: contentType ?? "text/plain; charset=utf-8" }))
  }
  return Either.try({
    try: () => {
      const json = JSON.stringify(spec.body)
      if (json === undefined) throw new Error("not JSON")
      return HttpServerResponse.text(json, { status, headers, contentType: contentType ?? "application/json" })
    },
    catch: () => "body must be a string or a JSON value"
  })
}

/**
 * Checks a fault as received from a client or from code; `Left` carries a message for a 400.
 * Unknown fields are refused: a misspelt `delayMS` must not quietly become a fault that does nothing.
 */
export const decodeFault = (input: unknown): Either.Either<PendingFault, string> =>
  Either.flatMap(
    Either.mapLeft(Schema.decodeUnknownEither(FaultSpecSchema, { onExcessProperty: "error" })(input), (error) =>
      ParseResult.ArrayFormatter.formatErrorSync(error)
        .map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join(".")}: ${issue.message}`))
        .join("; ")),
    (spec) => {
      const pending = (response: HttpServerResponse.HttpServerResponse | undefined): PendingFault => ({
        spec: { ...spec, ...(spec.headers === undefined ? {} : { headers: { ...spec.headers } }) },
        remaining: spec.times ?? 1,
        method: spec.method?.toUpperCase(),
        response
      })
      return spec.status === undefined ? Either.right(pending(undefined)) : Either.map(cannedResponse(spec, spec.status), pending)
    }
  )

const matches = (fault: PendingFault, method: string, path: string): boolean =>
  (fault.method === undefined || fault.method === method) &&
  (fault.spec.match === "prefix" ? path.startsWith(fault.spec.path) : path === fault.spec.path)

/** The queue of pending faults, first added first used. */
export interface FaultQueue {
  readonly add: (fault: PendingFault) => Effect.Effect<void>
  /** The first fault matching the request, counted as used; `undefined` when none does. */
  readonly take: (method: string, path: string) => Effect.Effect<PendingFault | undefined>
  readonly pending: Effect.Effect<ReadonlyArray<FaultSpec>>
  readonly clear: Effect.Effect<void>
}

/** An empty fault queue. */
export const makeFaultQueue: Effect.Effect<FaultQueue> = Effect.map(
  Ref.make<ReadonlyArray<PendingFault>>([]),
  (ref) => ({
    add: (fault) => Ref.update(ref, (faults) => [...faults, fault]),
    take: (method, path) =>
      Ref.modify(ref, (faults): [PendingFault | undefined, ReadonlyArray<PendingFault>] => {
        if (faults.length === 0) return [undefined, faults]
        const index = faults.findIndex((fault) => matches(fault, method, path))
        const fault = faults[index]
        if (fault === undefined) return [undefined, faults]
        const rest = fault.remaining > 1
          ? faults.map((other, i) => (i === index ? { ...other, remaining: other.remaining - 1 } : other))
          : faults.filter((_, i) => i !== index)
        return [fault, rest]
      }),
    pending: Effect.map(Ref.get(ref), (faults) => faults.map((fault) => ({ ...fault.spec, times: fault.remaining }))),
    clear: Ref.set(ref, [])
  })
)

/**
 * Stands for "the connection was dropped" where a response is expected: it is never written (the
 * socket is gone) and the journal records it as status 0.
 */
export const dropped: HttpServerResponse.HttpServerResponse = HttpServerResponse.empty({ status: 500 })

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
    : proceed
  const delayMs = fault.spec.delayMs ?? 0
  return delayMs === 0 ? answer : Effect.zipRight(Effect.interruptible(Effect.sleep(delayMs)), answer)
}
