/**
 * The baselines a subject is compared with: plain node servers (the physical limit of the socket
 * and HTTP parser) and a one-route Effect 4 HttpServer app (what Effect itself costs).
 */
import { NodeHttpServer } from "@effect/platform-node"
import { Context, Duration, Effect, Layer, type Scope } from "effect"
import { HttpRouter, HttpServer, HttpServerResponse } from "effect/http"
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

/** Asks the mock once for the answer the baselines will then repeat byte for byte. */
export const mockAnswer = (url: string, headers: Record<string, string>): Effect.Effect<FixedAnswer> =>
  Effect.promise(async () => {
    const response = await fetch(`${url}${typesPath}`, { headers })
    if (response.status !== 200) throw new Error(`the mock answered ${response.status} to the password login`)
    const body = new Uint8Array(await response.arrayBuffer())
    return { body, contentType: response.headers.get("content-type") ?? "application/json" }
  })

/** Starts listening on loopback, port 0, and returns the port the kernel chose. */
export const listen = (server: Http.Server): Effect.Effect<number> =>
  Effect.callback<number>((resume) => {
    server.listen(0, loopback, () => resume(Effect.succeed((server.address() as AddressInfo).port)))
  })

/** Stops accepting and drops idle keep-alive sockets, so the process can exit. */
export const close = (server: Http.Server): Effect.Effect<void> =>
  Effect.callback<void>((resume) => {
    server.close(() => resume(Effect.void))
    server.closeAllConnections()
  })

/**
 * A one-route Effect 4 HttpServer app, as its guide writes one: `HttpRouter.add("GET",
 * "/api/ssl/v1/types", response)` served by `HttpRouter.serve` on `NodeHttpServer.layer`, the
 * response value built once. The per-request logger `HttpRouter.serve` adds by default is off:
 * the mock logs nothing per request either (its journal is its record), and a console line per
 * request would measure the terminal. Returns the port it listens on; closes with the scope.
 */
export const effectApp = (create: () => Http.Server, answer: FixedAnswer): Effect.Effect<number, never, Scope.Scope> =>
  Effect.gen(function* () {
    const response = HttpServerResponse.uint8Array(answer.body, { contentType: answer.contentType })
    const app = HttpRouter.serve(HttpRouter.add("GET", typesPath, response), { disableLogger: true, disableListenLog: true })
    const layer = Layer.provideMerge(app, NodeHttpServer.layer(create, { port: 0, host: loopback, gracefulShutdownTimeout: Duration.seconds(1) }))
    const context = yield* Layer.build(layer).pipe(Effect.orDie)
    const address = Context.get(context, HttpServer.HttpServer).address
    if (address._tag === "UnixPathAddress") return yield* Effect.die(new Error("the Effect app did not bind a TCP port"))
    return address.port
  })
