/**
 * The baselines a subject is compared with: plain node servers (the physical limit of the socket
 * and HTTP parser) and a one-route @effect/platform app (what Effect itself costs).
 */
import { HttpMiddleware, HttpRouter, HttpServer, HttpServerResponse } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Context, Effect, Layer, type Scope } from "effect"
import type * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { loopback, tokenBody, tokenPath, typesBody, typesPath } from "./Fixtures.js"

/** A fixed answer, headers computed once so the baseline does no per-request work of its own. */
export interface FixedAnswer {
  readonly body: Uint8Array
  readonly contentType: string
}

const headersOf = (answer: FixedAnswer): Http.OutgoingHttpHeaders => ({
  "content-type": answer.contentType,
  "content-length": answer.body.byteLength
})

/** A listener that sends `answer` to every request, whatever its method, path or headers. */
export const fixedListener = (answer: FixedAnswer): Http.RequestListener => {
  const headers = headersOf(answer)
  return (_request, response) => {
    response.writeHead(200, headers)
    response.end(answer.body)
  }
}

/**
 * The listener of the client-overhead server: a token endpoint with a long-lived token for the
 * OAuth2 client, and the SCM-sized types body for everything else.
 */
export const scmLikeListener = (): Http.RequestListener => {
  const types = fixedListener({ body: typesBody, contentType: "application/json" })
  const token = fixedListener({ body: tokenBody, contentType: "application/json" })
  return (request, response) => {
    if (request.method === "POST" && request.url === tokenPath) {
      // Read the form body first, as a real token endpoint does, so the connection stays reusable.
      request.resume()
      request.once("end", () => token(request, response))
      return
    }
    types(request, response)
  }
}

/** Starts listening on loopback, port 0, and returns the port the kernel chose. */
export const listen = (server: Http.Server): Effect.Effect<number> =>
  Effect.async<number>((resume) => {
    server.listen(0, loopback, () => resume(Effect.succeed((server.address() as AddressInfo).port)))
  })

/** Stops accepting and drops idle keep-alive sockets, so the process can exit. */
export const close = (server: Http.Server): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    server.close(() => resume(Effect.void))
    server.closeAllConnections()
  })

/** Options of the one-route Effect app. */
export interface EffectAppOptions {
  /** Run the app with the server tracer middleware switched off (the span per request skipped). */
  readonly tracing: boolean
}

/**
 * A bare @effect/platform HttpServer app with one route, `GET /api/ssl/v1/types`, answering
 * `answer` (a response value built once). Returns the port it listens on; closes with the scope.
 */
export const effectApp = (
  create: () => Http.Server,
  answer: FixedAnswer,
  options: EffectAppOptions
): Effect.Effect<number, never, Scope.Scope> =>
  Effect.gen(function* () {
    const response = HttpServerResponse.uint8Array(answer.body, { contentType: answer.contentType })
    const app = HttpRouter.empty.pipe(HttpRouter.get(typesPath, Effect.succeed(response)))
    const served = HttpServer.serve(app)
    const layer = Layer.provideMerge(
      options.tracing ? served : HttpMiddleware.withTracerDisabledWhen(served, () => true),
      NodeHttpServer.layer(create, { port: 0, host: loopback })
    )
    const context = yield* Layer.build(layer).pipe(Effect.orDie)
    const address = Context.get(context, HttpServer.HttpServer).address
    if (address._tag !== "TcpAddress") return yield* Effect.dieMessage("the Effect app did not bind a TCP port")
    return address.port
  })
