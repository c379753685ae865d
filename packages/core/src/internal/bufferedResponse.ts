/**
 * A response whose body was read within the attempt that got it.
 *
 * SCM's answers are small JSON documents. When an answer declares a small `content-length`, the
 * attempt reads its body before it ends, under the same deadline and in the same child fiber as
 * the headers: the body then needs no deadline of its own (a second fiber and timer per request),
 * and every reader of it is a synchronous step. A body cut off or late fails the attempt, which the
 * retry policy may then send again. Larger or undeclared bodies stay streamed (`TimedResponse`).
 */
import * as Effect from "effect/Effect"
import type * as Headers from "effect/http/Headers"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as UrlParams from "effect/http/UrlParams"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { ResponseWrapper } from "./responseWrapper.js"

/**
 * The largest declared body an attempt reads itself: the library's own limit for error bodies, so
 * a body read early is never one the library would have refused to hold.
 *
 * @internal
 */
export const maxBufferedBytes = 64 * 1024

/**
 * Whether an answer with `headers` says it carries a body of at most `maxBufferedBytes`.
 *
 * @internal
 */
export const declaresSmallBody = (headers: Headers.Headers): boolean => {
  const declared = headers["content-length"]
  if (declared === undefined) return false
  const length = Number(declared)
  return length >= 0 && length <= maxBufferedBytes
}

/**
 * `response` with its body read into memory; a failed read is the platform's error. `headers` are
 * the response's, read once.
 *
 * @internal
 */
export const buffer = (
  response: HttpClientResponse.HttpClientResponse,
  headers: Headers.Headers
): Effect.Effect<BufferedResponse, HttpClientError.HttpClientError> =>
  Effect.map(response.arrayBuffer, (body) => new BufferedResponse(response, headers, new Uint8Array(body)))

const decoder = new TextDecoder("utf-8", { ignoreBOM: true })

// The statuses a Web `Response` refuses a body for.
const nullBodyStatuses = new Set([204, 205, 304])

/** @internal */
export class BufferedResponse extends ResponseWrapper {
  private decoded: string | undefined

  constructor(
    original: HttpClientResponse.HttpClientResponse,
    private readonly headersRead: Headers.Headers,
    /** The whole body. */
    readonly bytes: Uint8Array
  ) {
    super(original)
  }

  override get headers(): Headers.Headers {
    return this.headersRead
  }

  /** The body as text, decoded once. */
  get bodyText(): string {
    return this.decoded ??= decoder.decode(this.bytes)
  }

  private decodeFailure(cause: unknown): HttpClientError.HttpClientError {
    return new HttpClientError.HttpClientError({
      reason: new HttpClientError.DecodeError({ request: this.request, response: this, cause })
    })
  }

  get json(): Effect.Effect<Schema.Json, HttpClientError.HttpClientError> {
    // As the platform's readers: an empty body is `null`.
    return Effect.try({
      try: () => {
        const text = this.bodyText
        return text === "" ? null : JSON.parse(text)
      },
      catch: (cause) => this.decodeFailure(cause)
    })
  }
  get text(): Effect.Effect<string, HttpClientError.HttpClientError> {
    return Effect.sync(() => this.bodyText)
  }
  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError> {
    // A copy each time: a reader may write into the buffer it gets.
    return Effect.sync(() => this.bytes.slice().buffer)
  }
  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.HttpClientError> {
    return Effect.try({
      // A leading "?" is form data; URLSearchParams would drop it as a query prefix.
      try: () => UrlParams.fromInput(new URLSearchParams(this.bodyText.replace(/^\?/, "%3F"))),
      catch: (cause) => this.decodeFailure(cause)
    })
  }
  get formData(): Effect.Effect<FormData, HttpClientError.HttpClientError> {
    return Effect.tryPromise({
      try: () => this.toWebResponse().formData(),
      catch: (cause) => this.decodeFailure(cause)
    })
  }
  get stream(): Stream.Stream<Uint8Array, HttpClientError.HttpClientError> {
    return this.bytes.length === 0 ? Stream.empty : Stream.succeed(this.bytes.slice())
  }

  private toWebResponse(): globalThis.Response {
    const headers = new globalThis.Headers()
    for (const [name, value] of Object.entries(this.headers)) headers.append(name, value)
    const body = nullBodyStatuses.has(this.status) || this.request.method === "HEAD" ? null : this.bytes.slice()
    return new globalThis.Response(body, { status: this.status, headers })
  }

  // Whatever the transport, the body is here: `HttpClientResponse.toWeb` gets a Web Response of it.
  ["~effect/http/HttpClientResponse/WebSource"](): globalThis.Response | undefined {
    return this.toWebResponse()
  }
}
