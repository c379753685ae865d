/**
 * Bodies the library reads itself (token responses, error bodies, bodies it only drains): read as
 * a stream with a byte limit. Past the limit the reading stops and the platform aborts the
 * request, which closes the connection: a hostile or broken server cannot make the client hold
 * (or download) more than the limit, whatever it sends.
 */
import * as Effect from "effect/Effect"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Stream from "effect/Stream"
import type * as ScmError from "../ScmError.js"
import { BufferedResponse, maxBufferedBytes } from "./bufferedResponse.js"
import { TimedResponse, timeoutOf } from "./deadline.js"

/**
 * The most the library reads of an error body (SCM's are a few hundred bytes), which is also the
 * largest body an attempt reads before it ends.
 *
 * @internal
 */
export const maxErrorBodyBytes = maxBufferedBytes

/**
 * The most the library reads of a token response (Keycloak's JWTs are a few KiB).
 *
 * @internal
 */
export const maxTokenResponseBytes = 1024 * 1024

/** @internal */
export const formatBytes = (bytes: number): string =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`

/**
 * What a capped read gives: the bytes, or that there were more than the limit.
 *
 * @internal
 */
export type Capped = { readonly _tag: "Complete"; readonly bytes: Uint8Array } | { readonly _tag: "TooLarge" }

const tooLarge: Capped = { _tag: "TooLarge" }

const collect = (
  stream: Stream.Stream<Uint8Array, HttpClientError.HttpClientError>,
  maxBytes: number
): Effect.Effect<Capped, HttpClientError.HttpClientError> =>
  Effect.suspend(() => {
    const chunks: Array<Uint8Array> = []
    let total = 0
    return Effect.map(
      Stream.runForEachWhile(stream, (chunk) =>
        Effect.sync(() => {
          total += chunk.length
          if (total > maxBytes) return false
          chunks.push(chunk)
          return true
        })),
      (): Capped => {
        if (total > maxBytes) return tooLarge
        if (chunks.length === 1) return { _tag: "Complete", bytes: chunks[0]! }
        const bytes = new Uint8Array(total)
        let offset = 0
        for (const chunk of chunks) {
          bytes.set(chunk, offset)
          offset += chunk.length
        }
        return { _tag: "Complete", bytes }
      }
    )
  })

/**
 * Reads at most `maxBytes` of the body, within what is left of the attempt's deadline. A missed
 * deadline is the attempt's ScmTransportError; any other read failure is the platform's error.
 *
 * @internal
 */
export const readCapped = (
  response: HttpClientResponse.HttpClientResponse,
  maxBytes: number
): Effect.Effect<Capped, HttpClientError.HttpClientError | ScmError.ScmTransportError> => {
  if (response instanceof BufferedResponse) {
    return Effect.succeed(response.bytes.length > maxBytes ? tooLarge : { _tag: "Complete", bytes: response.bytes })
  }
  // Said too large up front: stop at the first chunk, which releases the connection at once.
  const declaredTooLarge = Number(response.headers["content-length"]) > maxBytes
  const limit = declaredTooLarge ? 0 : maxBytes
  const read = response instanceof TimedResponse
    ? response.bounded<Capped, HttpClientError.HttpClientError | ScmError.ScmTransportError>(
      collect(response.original.stream, limit),
      () => response.expired()
    )
    : collect(response.stream, limit)
  return declaredTooLarge ? Effect.as(read, tooLarge) : read
}

const decoder = new TextDecoder()

/**
 * A capped body as text ("" when unreadable or too large, which the caller tells apart with
 * `readCapped` when it matters). A missed deadline still fails.
 *
 * @internal
 */
export const textCapped = (
  response: HttpClientResponse.HttpClientResponse,
  maxBytes: number
): Effect.Effect<Capped | undefined, ScmError.ScmTransportError> =>
  Effect.catch(readCapped(response, maxBytes), (error) => {
    if (error._tag === "ScmTransportError") return Effect.fail(error)
    const timeout = timeoutOf(error)
    return timeout === undefined ? Effect.succeed(undefined) : Effect.fail(timeout)
  })

/** @internal */
export const decodeText = (bytes: Uint8Array): string => decoder.decode(bytes)

/**
 * Reads and discards a body we do not use (so the connection can go back to the pool), up to the
 * error-body limit; past it the connection is closed instead. Never fails.
 *
 * @internal
 */
export const drain = (response: HttpClientResponse.HttpClientResponse): Effect.Effect<void> =>
  Effect.ignore(readCapped(response, maxErrorBodyBytes))
