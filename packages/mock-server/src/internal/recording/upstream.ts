/**
 * Sending a caller's request on to the upstream SCM and reading its answer whole, with a bound: an
 * answer over 32 MiB is a failure, not a heap (the caller's timeout bounds the time). Each request
 * goes on a fresh connection (no keep-alive): a pooled socket the upstream has closed would fail
 * a POST that cannot safely be sent twice.
 */
import { Data, Duration, Effect } from "effect"
import * as Http from "node:http"
import * as Https from "node:https"
import * as Zlib from "node:zlib"
import type { RawHeaders } from "../http/requestHeaders.js"

/** The largest answer the proxy reads from upstream. */
export const maxAnswerBytes = 32 * 1024 * 1024

/** The upstream gave no answer: unreachable, too slow, too large, or not HTTP. */
export class UpstreamFailure extends Data.TaggedError("UpstreamFailure")<{
  readonly timedOut: boolean
  readonly message: string
}> {}

/** The upstream's answer, its body decoded if it came compressed. */
export interface UpstreamAnswer {
  readonly status: number
  readonly headers: Http.IncomingHttpHeaders
  readonly body: Uint8Array
}

/**
 * Headers that belong to one connection (RFC 9110 section 7.6.1) or that the proxy sets itself:
 * `host` (the upstream's), `content-length` (of the body as sent), `accept-encoding` (identity,
 * so that the recording is readable), `expect` (the body is sent whole).
 */
const connectionHeaders: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "content-encoding",
  "accept-encoding",
  "expect",
  "http2-settings"
])

/** The headers of one hop, and those its `Connection` header names. */
const hopHeaders = (headers: Readonly<Record<string, unknown>>): ReadonlySet<string> => {
  const named = typeof headers["connection"] === "string" ? headers["connection"].split(",").map((name) => name.trim().toLowerCase()) : []
  return new Set([...connectionHeaders, ...named])
}

/** Headers as they go on to the next hop: every one but the connection's own. */
export const endToEndHeaders = (headers: RawHeaders): Record<string, string | ReadonlyArray<string>> => {
  const hop = hopHeaders(headers)
  const out: Record<string, string | ReadonlyArray<string>> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !hop.has(name)) out[name] = value
  }
  return out
}

/** A compressed answer's body, decoded (the proxy asks for none, but an upstream may send it anyway). */
const decoded = (encoding: string | undefined, body: Buffer): Buffer => {
  const options = { maxOutputLength: maxAnswerBytes }
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return Zlib.gunzipSync(body, options)
    case "deflate":
      return Zlib.inflateSync(body, options)
    case "br":
      return Zlib.brotliDecompressSync(body, options)
    default:
      return body
  }
}

/** What to send upstream. */
export interface UpstreamRequest {
  readonly url: URL
  readonly method: string
  /** The caller's end-to-end headers: the proxy sets `accept-encoding` and `content-length` itself. */
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string>>>
  readonly body: Uint8Array
}

const describe = (error: NodeJS.ErrnoException): string => (error.code !== undefined && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message)

/** Sends the request and reads the whole answer; interrupted, it destroys the connection. */
const sendOnce = (request: UpstreamRequest): Effect.Effect<UpstreamAnswer, UpstreamFailure> =>
  Effect.callback<UpstreamAnswer, UpstreamFailure>((resume) => {
    let settled = false
    const settle = (result: Effect.Effect<UpstreamAnswer, UpstreamFailure>) => {
      if (settled) return
      settled = true
      resume(result)
    }
    const fail = (message: string) => {
      settle(Effect.fail(new UpstreamFailure({ message, timedOut: false })))
      outgoing.destroy()
    }
    const options: Https.RequestOptions = {
      method: request.method,
      headers: { ...request.headers, "accept-encoding": "identity", "content-length": String(request.body.length) },
      agent: false
    }
    const onAnswer = (incoming: Http.IncomingMessage) => {
      const chunks: Array<Buffer> = []
      let size = 0
      incoming.on("data", (chunk: Buffer) => {
        size += chunk.length
        if (size > maxAnswerBytes) return fail(`its answer is larger than ${maxAnswerBytes / 1024 / 1024} MiB`)
        chunks.push(chunk)
      })
      incoming.on("error", (error: NodeJS.ErrnoException) => fail(describe(error)))
      incoming.on("end", () => {
        try {
          const body = decoded(incoming.headers["content-encoding"], Buffer.concat(chunks))
          const { "content-encoding": _encoding, ...headers } = incoming.headers
          settle(Effect.succeed({ status: incoming.statusCode ?? 0, headers, body }))
        } catch (error) {
          fail(`its answer could not be decoded: ${describe(error as NodeJS.ErrnoException)}`)
        }
      })
    }
    const outgoing = request.url.protocol === "https:"
      ? Https.request(request.url, options, onAnswer)
      : Http.request(request.url, options, onAnswer)
    outgoing.on("error", (error: NodeJS.ErrnoException) => fail(describe(error)))
    outgoing.end(request.body)
    return Effect.sync(() => outgoing.destroy())
  })

/**
 * Sends the request and reads the whole answer within `timeoutMs` of the Clock (the server's: a
 * TestClock drives it); later, the connection is destroyed and the failure says so.
 */
export const send = (request: UpstreamRequest, timeoutMs: number): Effect.Effect<UpstreamAnswer, UpstreamFailure> =>
  Effect.timeoutOrElse(sendOnce(request), {
    duration: Duration.millis(timeoutMs),
    orElse: () => Effect.fail(new UpstreamFailure({ message: `no answer within ${timeoutMs / 1000} s`, timedOut: true }))
  })
