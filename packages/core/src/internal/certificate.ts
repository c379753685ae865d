/**
 * SCM certificate login: a client TLS certificate plus `login` and `customerUri` headers, on the
 * `/private` paths. Brings its own undici transport, since the certificate belongs to the
 * connection, not to the request.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Effect from "effect/Effect"
import * as Headers from "effect/http/Headers"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Tls from "node:tls"
import type { Options, Pem } from "../CertificateAuth.js"
import * as ScmError from "../ScmError.js"
import type { Service } from "../ScmHttpClient.js"
import * as Client from "./client.js"
import { timeoutMillis } from "./deadline.js"
import { checkHeaderValues, defaultBaseUrl } from "./password.js"
import { baseUrlUnsafe } from "./url.js"

const toBuffer = (pem: Pem): string | Buffer => typeof pem === "string" ? pem : Buffer.from(pem)

/**
 * Parses the TLS material once, up front: a wrong key or passphrase is an error when the layer
 * is built, not on the first request.
 *
 * @internal
 */
export const secureContext = (options: Options, baseUrl: string): Effect.Effect<Tls.SecureContext, ScmError.ScmTransportError> =>
  Effect.try({
    try: () =>
      Tls.createSecureContext({
        ...(options.pfx === undefined
          ? { cert: toBuffer(options.cert), key: toBuffer(Redacted.value(options.key)) }
          : { pfx: Buffer.from(Redacted.value(options.pfx)) }),
        ...(options.passphrase === undefined ? {} : { passphrase: Redacted.value(options.passphrase) }),
        ...(options.ca === undefined
          ? {}
          : { ca: Array.isArray(options.ca) ? options.ca.map(toBuffer) : toBuffer(options.ca as Pem) })
      }),
    catch: (cause) =>
      new ScmError.ScmTransportError({
        reason: "Tls",
        method: "",
        url: baseUrl,
        // OpenSSL's messages name the problem ("bad decrypt", "key values mismatch"), not the key.
        detail: `the client certificate, key or CA cannot be used (${cause instanceof Error ? cause.message : "unknown error"})`
      })
  })

const privatePrefix = "/private"

/**
 * "/api/..." becomes "/private/api/...": user code names the same paths for every strategy.
 *
 * @internal
 */
export const toPrivatePath = (path: string): string =>
  path.startsWith("/api/") || path === "/api" ? privatePrefix + path : path

/** @internal */
export const make = (options: Options): Effect.Effect<Service, ScmError.ScmTransportError, Scope.Scope> =>
  Effect.gen(function*() {
    const baseUrl = baseUrlUnsafe(options.baseUrl ?? defaultBaseUrl, "CertificateAuth baseUrl")
    const timeout = timeoutMillis(options.timeout)
    yield* checkHeaderValues("CertificateAuth", baseUrl.prefix, [
      ["login", options.login],
      ["customerUri", options.customerUri]
    ])
    const context = yield* secureContext(options, baseUrl.prefix)
    // The platform's undici, so the application does not need a second copy; destroyed with the scope.
    const agent = yield* NodeHttpClient.makeDispatcherOptions({ connect: { secureContext: context } })
    const httpClient = yield* Effect.provideService(NodeHttpClient.makeUndici, NodeHttpClient.Dispatcher, agent)
    const headers = { login: options.login, customeruri: options.customerUri }
    return Client.make({
      httpClient,
      baseUrl,
      retry: options.retry,
      timeoutMillis: timeout,
      authenticator: {
        scheme: "certificate",
        rewritePath: toPrivatePath,
        send: (request, url, transport, onResponse) =>
          transport(Client.sendTo(request, url, Headers.setAll(request.headers, headers)), onResponse)
      }
    })
  })
