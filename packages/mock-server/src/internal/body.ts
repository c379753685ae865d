/**
 * Request bodies, read with a hard limit. The platform's own reader destroys the socket when a
 * limit is passed, which a client sees as a reset; this one stops keeping bytes and lets the rest
 * drain, so the connection can carry a 413 to a client that is still sending.
 */
import { HttpServerRequest, type HttpServerResponse } from "@effect/platform"
import { NodeHttpServerRequest } from "@effect/platform-node"
import { Data, Effect, Either } from "effect"
import { badRequest, maxBodyBytes, payloadTooLarge, unsupportedMediaType } from "./scmErrors.js"

/** The body is over the limit. */
export class BodyTooLarge extends Data.TaggedError("BodyTooLarge") {}

/** The body could not be read (the client went away mid-body). */
export class BodyUnreadable extends Data.TaggedError("BodyUnreadable") {}

/** Whether the request declares a body longer than the limit (checked before reading a byte). */
export const declaresTooLargeBody = (request: HttpServerRequest.HttpServerRequest): boolean => {
  const length = request.headers["content-length"]
  return length !== undefined && Number(length) > maxBodyBytes
}

/** The body as UTF-8 text, at most `maxBodyBytes` long. */
export const readText = (request: HttpServerRequest.HttpServerRequest): Effect.Effect<string, BodyTooLarge | BodyUnreadable> => {
  if (declaresTooLargeBody(request)) return Effect.fail(new BodyTooLarge())
  const message = NodeHttpServerRequest.toIncomingMessage(request)
  return Effect.async<string, BodyTooLarge | BodyUnreadable>((resume) => {
    const chunks: Array<Buffer> = []
    let size = 0
    const cleanup = () => {
      message.off("data", onData)
      message.off("end", onEnd)
      message.off("error", onError)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) {
        chunks.push(chunk)
        return
      }
      cleanup()
      message.resume()
      resume(Effect.fail(new BodyTooLarge()))
    }
    const onEnd = () => {
      cleanup()
      resume(Effect.succeed(Buffer.concat(chunks).toString("utf8")))
    }
    const onError = () => {
      cleanup()
      resume(Effect.fail(new BodyUnreadable()))
    }
    if (message.readableEnded) {
      resume(Effect.succeed(""))
      return
    }
    message.on("data", onData)
    message.once("end", onEnd)
    message.once("error", onError)
    return Effect.sync(cleanup)
  })
}

/** Whether the Content-Type's media type (parameters aside) is `mediaType`. */
export const hasMediaType = (request: HttpServerRequest.HttpServerRequest, mediaType: string): boolean => {
  const contentType = request.headers["content-type"]
  if (contentType === undefined) return false
  const end = contentType.indexOf(";")
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase() === mediaType
}

/**
 * The request's JSON body, or the 4xx that says why there is none (not JSON, too large, unreadable,
 * another content type).
 */
export const jsonBody: Effect.Effect<Either.Either<unknown, HttpServerResponse.HttpServerResponse>, never, HttpServerRequest.HttpServerRequest> =
  Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
    if (!hasMediaType(request, "application/json")) return Effect.succeed(Either.left(unsupportedMediaType("application/json")))
    return readText(request).pipe(
      Effect.map((text) =>
        Either.try({ try: (): unknown => JSON.parse(text), catch: () => badRequest("The body is not valid JSON") })
      ),
      Effect.catchTags({
        BodyTooLarge: () => Effect.succeed(Either.left(payloadTooLarge)),
        BodyUnreadable: () => Effect.succeed(Either.left(badRequest("The request body could not be read")))
      })
    )
  })
