/**
 * Request bodies, read with a hard limit. The limit is the platform's `MaxBodySize`, set once for
 * the whole server; a body over it fails the read without destroying the socket (the Node adapter
 * drains the rest), so the connection can still carry a 413 to a client that is still sending.
 */
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import { Data, Effect, Result } from "effect"
import type { HttpServerError, HttpServerRequest, HttpServerResponse } from "effect/http"
import { header, type RawHeaders, rawHeaders } from "./requestHeaders.js"
import { badRequest, maxBodyBytes, payloadTooLarge, unsupportedMediaType } from "./scmErrors.js"

/** The body is over the limit. */
export class BodyTooLarge extends Data.TaggedError("BodyTooLarge") {}

/** The body could not be read (the client went away mid-body). */
export class BodyUnreadable extends Data.TaggedError("BodyUnreadable") {}

/** Whether request headers declare a body longer than the limit (checked before reading a byte). */
export const declaresTooLargeBodyIn = (headers: RawHeaders): boolean => {
  const length = headers["content-length"]
  return typeof length === "string" && Number(length) > maxBodyBytes
}

/** Whether the request declares a body longer than the limit. */
export const declaresTooLargeBody = (request: HttpServerRequest.HttpServerRequest): boolean => declaresTooLargeBodyIn(rawHeaders(request))

const tooLarge: Effect.Effect<never, BodyTooLarge | BodyUnreadable> = Effect.fail(new BodyTooLarge())
const unreadable: Effect.Effect<never, BodyTooLarge | BodyUnreadable> = Effect.fail(new BodyUnreadable())

/**
 * The bodies read so far, by node's request (which every view of a request shares), for the
 * journal: it records a body only if the mock read one. A weak map, so a body lives no longer
 * than its request.
 */
const bodiesRead = new WeakMap<object, string>()

/** The body the mock read of this request (node's `IncomingMessage`), if it read one. */
export const bodyRead = (message: object): string | undefined => bodiesRead.get(message)

/** A failed read as what it means here: over the limit, or unreadable. */
const readFailure = (error: HttpServerError.HttpServerError): Effect.Effect<never, BodyTooLarge | BodyUnreadable> =>
  error.reason._tag === "RequestParseError" && error.reason.reason === "BodyTooLarge" ? tooLarge : unreadable

/** The body as UTF-8 text, at most `maxBodyBytes` long (the server sets `MaxBodySize` to that). */
export const readText = (request: HttpServerRequest.HttpServerRequest): Effect.Effect<string, BodyTooLarge | BodyUnreadable> => {
  if (declaresTooLargeBody(request)) return tooLarge
  return Effect.catch(
    Effect.map(request.text, (text) => {
      bodiesRead.set(NodeHttpServerRequest.toIncomingMessage(request), text)
      return text
    }),
    readFailure
  )
}

/** The body's bytes, at most `maxBodyBytes`; the text read afterwards comes from the same read. */
export const readBytes = (request: HttpServerRequest.HttpServerRequest): Effect.Effect<Uint8Array, BodyTooLarge | BodyUnreadable> => {
  if (declaresTooLargeBody(request)) return tooLarge
  return Effect.catch(
    Effect.map(request.arrayBuffer, (buffer) => {
      const bytes = new Uint8Array(buffer)
      bodiesRead.set(NodeHttpServerRequest.toIncomingMessage(request), Buffer.from(bytes).toString("utf8"))
      return bytes
    }),
    readFailure
  )
}

/** Whether the Content-Type's media type (parameters aside) is `mediaType`. */
export const hasMediaType = (request: HttpServerRequest.HttpServerRequest, mediaType: string): boolean => {
  const contentType = header(request, "content-type")
  if (contentType === undefined) return false
  const end = contentType.indexOf(";")
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase() === mediaType
}

const parseJson = (text: string): Result.Result<unknown, HttpServerResponse.HttpServerResponse> => {
  try {
    return Result.succeed(JSON.parse(text))
  } catch {
    return Result.fail(badRequest("The body is not valid JSON"))
  }
}

/**
 * The request's JSON body, or the 4xx that says why there is none (not JSON, too large, unreadable,
 * another content type).
 */
export const jsonBody = (
  request: HttpServerRequest.HttpServerRequest
): Effect.Effect<Result.Result<unknown, HttpServerResponse.HttpServerResponse>> => {
  if (!hasMediaType(request, "application/json")) return Effect.succeed(Result.fail(unsupportedMediaType("application/json")))
  return readText(request).pipe(
    Effect.map(parseJson),
    Effect.catchTags({
      BodyTooLarge: () => Effect.succeed(Result.fail(payloadTooLarge)),
      BodyUnreadable: () => Effect.succeed(Result.fail(badRequest("The request body could not be read")))
    })
  )
}
