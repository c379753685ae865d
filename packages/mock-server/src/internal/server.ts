/**
 * Puts the server together: options resolved, state made, one app served on both listeners: a
 * front step that normalises, faults, routes the API (a FindMyWay table), authenticates and
 * journals, with the admin API on a router of its own.
 */
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import { ByteSize, Cause, Clock, Context, Effect, Exit, Logger, Redacted, Result, Schema, type Scope } from "effect"
import { constTrue } from "effect/Function"
import {
  FindMyWay,
  type HttpMethod,
  HttpIncomingMessage,
  HttpMiddleware,
  HttpRouter,
  type HttpServer,
  HttpServerError,
  HttpServerRequest,
  type HttpServerResponse
} from "effect/http"
import type { NetAddress } from "effect/net"
import { adminRoutes, isAdminPath, makeAdminGuard, type Operations } from "./admin/routes.js"
import type { Service } from "./admin/service.js"
import type { CredentialOptions, Credentials } from "./auth/credentials.js"
import { apiSchemeOf, type Authenticate, isRefusal, makeAuthenticators } from "./auth/schemes.js"
import { bodyRead, declaresTooLargeBodyIn, jsonBody } from "./http/body.js"
import { decodeFault, dropped, type FaultQueue, makeFaultQueue, playFault } from "./admin/faults.js"
import { type Journal, journalPath, makeJournal, type Scheme, type Source } from "./admin/journal.js"
import {
  defaultIssuanceSettings,
  type IssuanceSettings,
  isValidIssuanceDelay,
  maxIssuanceDelaySeconds,
  type PendingCollect,
  pendingCollects
} from "./areas/ssl/index.js"
import type { DcvOptions } from "./areas/domains/index.js"
import { createHttpServer, createHttpsServer, defaultTlsHandshakeTimeoutMs, isLoopback } from "./http/listeners.js"
import { headerOf, type RawHeaders } from "./http/requestHeaders.js"
import { pathOf } from "./http/query.js"
import type { Pki } from "./pki/model.js"
import { generate } from "./pki/pki.js"
import { makeRecordingFront, type RecordingOptions, type Route } from "./recording/front.js"
import { makeSpecFallback } from "./spec/specFallback.js"
import { type RouteMatch, type SpecRoute, specRoutes } from "./spec/specRoutes.js"
import { makeResources, resolveSeed } from "./areas/index.js"
import type { ApiCall, Principal, Resource } from "./http/resource.js"
import { badRequest, internalError, maxBodyBytes, methodNotAllowed, notFound, payloadTooLarge } from "./http/scmErrors.js"
import { expectSecret, randomToken } from "./auth/secrets.js"
import { type Seed, seedSummary } from "./state/seed.js"
import { canonicalTarget } from "./http/target.js"
import { makeTokenEndpoint, tokenPath } from "./auth/tokenEndpoint.js"
import { defaultMaxTokens, isValidMaxTokens, isValidTokenTtl, makeTokenStore, maxMaxTokens, maxTokenTtlSeconds } from "./auth/tokens.js"

/**
 * How to start the server. Everything is optional.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends RecordingOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string
  /** Default 0: a port chosen by the system. */
  readonly httpPort?: number
  /** Default 0: a port chosen by the system. */
  readonly httpsPort?: number
  /** Lifetime of issued tokens in seconds, default 300. */
  readonly tokenTtlSeconds?: number
  /** Credentials to seed instead of the defaults. */
  readonly credentials?: CredentialOptions
  /**
   * Client certificates that log in as an admin whatever their subject CN: admin login to SHA-256
   * fingerprints (as `MockPki.fingerprint256` gives them; case and colons do not matter).
   */
  readonly certificateFingerprints?: Readonly<Record<string, ReadonlyArray<string>>>
  /** Bring your own PKI; generated (with `credentials.certLogin` as client CN) if absent. */
  readonly pki?: Pki
  /** Entries the journal keeps, default 1000 (0 keeps none). */
  readonly journalLimit?: number
  /**
   * Tokens the server keeps, default 10000 (1 to 1000000): issuing one more forgets the oldest,
   * which then answers 401 "Unknown access token".
   */
  readonly maxTokens?: number
  /** Milliseconds a client has to finish its TLS handshake on HTTPS before the socket is closed, default 10000. */
  readonly tlsHandshakeTimeoutMs?: number
  /**
   * More `Host` names the admin API answers to besides the listening address, `localhost`,
   * `127.0.0.1` and `[::1]`: `name` (with either listener's port) or `name:port`, for a server
   * reached by another name (a container's, a port mapping's).
   */
  readonly adminHosts?: ReadonlyArray<string>
  /** Data to start with; defaults fill what is missing. */
  readonly seed?: Seed
  /** Seconds from enrollment to issuance on the `Clock`, default 0 (issued at the next request). */
  readonly issuanceDelaySeconds?: number
  /** Issue enrolled certificates only when told to, default false. */
  readonly manualIssuance?: boolean
  /** Enrollments wait for approval, default false. */
  readonly requireApproval?: boolean
  /** Default `"notCollectable"` (-183). */
  readonly pendingCollect?: PendingCollect
  /** Where domain control validation checks look: HTTP(S) hosts, DNS, the recheck interval. */
  readonly dcv?: DcvOptions
}

/**
 * The server could not start: invalid options, a port in use, a PKI that could not be made.
 *
 * @since 0.1.0
 * @category errors
 */
export class MockServerError extends Schema.TaggedError<MockServerError>()("MockServerError", {
  message: Schema.String
}) {}

const apiRoot = "/api" as const
const privateApiRoot = "/private/api" as const

/** Options with defaults applied and checked. */
interface Resolved {
  readonly host: string
  readonly httpPort: number
  readonly httpsPort: number
  readonly tokenTtlSeconds: number
  readonly journalLimit: number
  readonly maxTokens: number
  readonly tlsHandshakeTimeoutMs: number
  readonly adminHosts: ReadonlyArray<string>
  readonly credentials: Credentials
  readonly issuance: IssuanceSettings
}

const isPort = (port: number): boolean => Number.isInteger(port) && port >= 0 && port <= 65535

/** A handshake may be given at most node's own default, two minutes. */
const maxHandshakeTimeoutMs = 120_000

const resolveOptions = (options: Options): Effect.Effect<Resolved, MockServerError> =>
  Effect.suspend(() => {
    const given = options.credentials ?? {}
    const resolved: Resolved = {
      host: options.host ?? "127.0.0.1",
      httpPort: options.httpPort ?? 0,
      httpsPort: options.httpsPort ?? 0,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 300,
      journalLimit: options.journalLimit ?? 1000,
      maxTokens: options.maxTokens ?? defaultMaxTokens,
      tlsHandshakeTimeoutMs: options.tlsHandshakeTimeoutMs ?? defaultTlsHandshakeTimeoutMs,
      adminHosts: options.adminHosts ?? [],
      // Secrets are Redacted from here on; unless given, they are random for each server.
      credentials: {
        clientId: given.clientId ?? "scm-mock-client",
        clientSecret: Redacted.make(given.clientSecret ?? randomToken(24)),
        login: given.login ?? "scm_admin",
        password: Redacted.make(given.password ?? randomToken(18)),
        customerUri: given.customerUri ?? "mock-customer",
        certLogin: given.certLogin ?? "scm_cert_admin",
        developerEmail: given.developerEmail ?? "developer@example.com",
        developerPassword: Redacted.make(given.developerPassword ?? randomToken(18))
      },
      issuance: {
        delaySeconds: options.issuanceDelaySeconds ?? defaultIssuanceSettings.delaySeconds,
        manual: options.manualIssuance ?? defaultIssuanceSettings.manual,
        requireApproval: options.requireApproval ?? defaultIssuanceSettings.requireApproval,
        pendingCollect: options.pendingCollect ?? defaultIssuanceSettings.pendingCollect
      }
    }
    const { clientSecret, developerPassword, password, ...names } = resolved.credentials
    const problem = resolved.host === ""
      ? "host must not be empty"
      : !isPort(resolved.httpPort) || !isPort(resolved.httpsPort)
      ? "ports must be integers from 0 to 65535"
      : !isValidTokenTtl(resolved.tokenTtlSeconds)
      ? `tokenTtlSeconds must be an integer from 0 to ${maxTokenTtlSeconds}`
      : !Number.isInteger(resolved.journalLimit) || resolved.journalLimit < 0 || resolved.journalLimit > 1_000_000
      ? "journalLimit must be an integer from 0 to 1000000"
      : !isValidMaxTokens(resolved.maxTokens)
      ? `maxTokens must be an integer from 1 to ${maxMaxTokens}`
      : !Number.isInteger(resolved.tlsHandshakeTimeoutMs) || resolved.tlsHandshakeTimeoutMs < 1 ||
          resolved.tlsHandshakeTimeoutMs > maxHandshakeTimeoutMs
      ? `tlsHandshakeTimeoutMs must be an integer from 1 to ${maxHandshakeTimeoutMs}`
      : resolved.adminHosts.some((entry) => entry.trim() === "" || /[\s/@?#]/.test(entry.trim()))
      ? "adminHosts must be host names or host:port, without spaces, /, @, ? or #"
      : [...Object.values(names), ...[clientSecret, password, developerPassword].map(Redacted.value)].some((value) => value === "")
      ? "credentials must not be empty strings"
      : !isValidIssuanceDelay(resolved.issuance.delaySeconds)
      ? `issuanceDelaySeconds must be an integer from 0 to ${maxIssuanceDelaySeconds}`
      : !pendingCollects.some((known) => known === resolved.issuance.pendingCollect)
      ? `pendingCollect must be one of: ${pendingCollects.join(", ")}`
      : undefined
    return problem === undefined ? Effect.succeed(resolved) : Effect.fail(new MockServerError({ message: `Invalid options: ${problem}` }))
  })

const baseUrl = (scheme: "http" | "https", host: string, address: NetAddress.SocketAddress): string =>
  address._tag === "UnixPathAddress"
    ? `${scheme}+unix://${address.path}`
    : `${scheme}://${host.includes(":") ? `[${host}]` : host}:${address.port}`

type Answer = HttpServerResponse.HttpServerResponse

/** What a GET resource gets if it asks for a body (none do). */
const noBody = Effect.succeed(Result.fail(badRequest("This request has no body")))

/** What an API route answers to a request, given where the table found it. */
type ApiRoute = (request: HttpServerRequest.HttpServerRequest, match: RouteMatch) => Effect.Effect<Answer>

/** What a resource answers to an authenticated request. */
type Handle = (principal: Principal, request: HttpServerRequest.HttpServerRequest, match: RouteMatch) => Effect.Effect<Answer>

/**
 * A route that answers with the authenticator's refusal, or runs `handle` for the principal: a
 * plain call in the request's own step, no effect of its own. `clock` is the server's (see `make`).
 */
const behind = (authenticate: Authenticate, handle: Handle, clock: Clock.Clock): ApiRoute => (request, match) => {
  const verdict = authenticate(request, clock)
  return isRefusal(verdict) ? Effect.succeed(verdict) : handle(verdict, request, match)
}

const serveResource = (resource: Resource, root: ApiCall["root"]): Handle => (principal, request, match) =>
  resource.handle({
    principal,
    query: match.searchParams,
    pathParams: match.params,
    head: request.method === "HEAD",
    root,
    // A GET, the hot path, builds nothing for a body; SCM's DELETEs may carry one (ACME domains).
    body: resource.method === "GET" ? noBody : jsonBody(request)
  } satisfies ApiCall)

/** A GET resource answers HEAD too (SCM counts with `HEAD /api/ssl/v1`); the `*` fallbacks would take it otherwise. */
const methodsOf = (resource: Resource): ReadonlyArray<HttpMethod.HttpMethod> => (resource.method === "GET" ? ["GET", "HEAD"] : [resource.method])

/** Whether a route path (with `:name` segments) matches a request path. */
const routeMatches = (route: string, path: string): boolean => {
  const routeSegments = route.split("/")
  const pathSegments = path.split("/")
  return routeSegments.length === pathSegments.length &&
    routeSegments.every((segment, i) => (segment.startsWith(":") ? pathSegments[i] !== "" : segment === pathSegments[i]))
}

/** The methods the resources and the spec fallback answer at a path, for a 405's `Allow`; none: the path is unknown. */
const allowedMethods = (
  resources: ReadonlyArray<Resource>,
  spec: ReadonlyArray<SpecRoute>,
  path: string
): ReadonlyArray<HttpMethod.HttpMethod> => {
  const matching = [
    ...resources.filter((resource) => routeMatches(resource.path, path)).flatMap((resource) => methodsOf(resource).map((method) => ({ method, path: resource.path }))),
    ...spec.filter((route) => routeMatches(route.path, path))
  ]
  // The path names the resource whose route matches it most literally: `/ssl/v1/types` is the
  // profiles, not a certificate whose id is "types", though `DELETE /ssl/v1/:sslId` matches it too.
  const literal = (route: string) => route.split("/").filter((segment) => !segment.startsWith(":")).length
  const best = Math.max(0, ...matching.map((route) => literal(route.path)))
  return [...new Set(matching.filter((route) => literal(route.path) === best).map((route) => route.method))]
}

/** The journal's scheme for a request: decided by path and headers alone, whatever the outcome. */
const schemeOf = (path: string, headers: RawHeaders): Scheme =>
  path === tokenPath
    ? "token"
    : path.startsWith(`${privateApiRoot}/`)
    ? "certificate"
    : path.startsWith(`${apiRoot}/`)
    ? apiSchemeOf(headers)
    : null

/** Status recorded for a request whose client went away before the answer (nginx's convention). */
const clientGone = 499

/** What the routes need to reach. */
interface RouteDeps {
  readonly auth: { readonly api: Authenticate; readonly certificate: Authenticate }
  readonly tokenEndpoint: (request: HttpServerRequest.HttpServerRequest) => Effect.Effect<Answer>
  readonly resources: ReadonlyArray<Resource>
  /** The spec fallback's routes: every operation of the spec no resource serves. */
  readonly spec: ReadonlyArray<SpecRoute>
  /** The server's clock, which tokens expire by. */
  readonly clock: Clock.Clock
}

/** Strict like SCM: no case folding, no doubled slashes (the router forgives both by default); a trailing slash is gone before routing (http/target.ts). */
const routerConfig = { caseSensitive: true, ignoreTrailingSlash: false, ignoreDuplicateSlashes: false } as const

/**
 * The API table: token endpoint, each resource under `/api` (Bearer or password) and
 * `/private/api` (certificate), and fallbacks that authenticate before answering 404 or 405, as
 * SCM authenticates before it routes. It is the engine `HttpRouter` is built on, used directly:
 * a request is looked up and answered within the front step, where `HttpRouter` would add a step
 * and two context copies per request, and each route a step of its own to authenticate.
 */
const apiTable = ({ auth, clock, resources, spec, tokenEndpoint }: RouteDeps): FindMyWay.Router<ApiRoute> => {
  const table = FindMyWay.make<ApiRoute>(routerConfig)
  const unrouted = (root: string): Handle => (_principal, request) => {
    const path = pathOf(request.url)
    const allow = allowedMethods(resources, spec, path.slice(root.length))
    return Effect.succeed(allow.length === 0 ? notFound(request.method, path) : methodNotAllowed(allow.join(", ")))
  }
  /** `<root>/*` also matches `<root>` itself, which is no resource: 404 before authentication, as for any unknown path. */
  const fallback = (root: string, authenticate: Authenticate): ApiRoute => {
    const authenticated = behind(authenticate, unrouted(root), clock)
    return (request, match) => (pathOf(request.url) === root ? Effect.succeed(notFound(request.method, root)) : authenticated(request, match))
  }
  table.all(tokenPath, tokenEndpoint)
  for (const resource of resources) {
    table.on(methodsOf(resource), `${apiRoot}${resource.path}`, behind(auth.api, serveResource(resource, apiRoot), clock))
    table.on(methodsOf(resource), `${privateApiRoot}${resource.path}`, behind(auth.certificate, serveResource(resource, privateApiRoot), clock))
  }
  for (const route of spec) {
    const handle: Handle = (_principal, request, match) => route.handle(request, match)
    table.on(route.method, `${apiRoot}${route.path}`, behind(auth.api, handle, clock))
    table.on(route.method, `${privateApiRoot}${route.path}`, behind(auth.certificate, handle, clock))
  }
  table.all(`${apiRoot}/*`, fallback(apiRoot, auth.api))
  table.all(`${privateApiRoot}/*`, fallback(privateApiRoot, auth.certificate))
  return table
}

/** The answer to a request the API table has no route for: outside `/api`, `/private/api` and the token endpoint. */
const unknownPath = (request: HttpServerRequest.HttpServerRequest): Answer => notFound(request.method, pathOf(request.url))

/**
 * What a handler's failure becomes: a client gone stays interrupted (there is no one to answer),
 * a defect a logged 500. Handlers fail with nothing else.
 */
const recover = (cause: Cause.Cause<unknown>): Effect.Effect<Answer> =>
  Cause.hasInterruptsOnly(cause) ? Effect.interrupt : Effect.as(Effect.logWarning("scm-mock: a request handler failed", cause), internalError)

const isRouteNotFound = (error: unknown): boolean =>
  HttpServerError.isHttpServerError(error) && error.reason._tag === "RouteNotFound"

/** The admin API on its own router: it is not on the hot path, and its handlers read the router's context. */
const adminRouter = Effect.fnUntraced(function*(operations: Operations) {
  const router = yield* Effect.provideService(HttpRouter.make, HttpRouter.RouterConfig, routerConfig)
  yield* router.addAll(adminRoutes(operations))
  return Effect.catchCause(router.asHttpEffect(), (cause) => {
    const failure = Cause.findErrorOption(cause)
    return failure._tag === "Some" && isRouteNotFound(failure.value) ? HttpServerRequest.HttpServerRequest.use((request) => Effect.succeed(unknownPath(request))) : recover(cause)
  })
})

const succeedPayloadTooLarge = Effect.succeed(payloadTooLarge)

/** The admin check: the refusal to send, or `undefined` to serve the admin request. */
type AdminGuard = (request: HttpServerRequest.HttpServerRequest) => Answer | undefined

/** Looks the request up in the API table and answers it; a handler that throws is a defect like any other (a logged 500). */
const routeIn = (table: FindMyWay.Router<ApiRoute>, request: HttpServerRequest.HttpServerRequest, method: string, url: string): Effect.Effect<Answer> => {
  try {
    const found = table.find(method, url)
    return found === undefined ? Effect.succeed(unknownPath(request)) : found.handler(request, found)
  } catch (defect) {
    return Effect.die(defect)
  }
}

/** Milliseconds since `start` (the clock's monotonic nanoseconds), to the microsecond. */
const elapsedMs = (clock: Clock.Clock, start: bigint): number => Math.round(Number(clock.monotonicTimeNanosUnsafe() - start) / 1000) / 1000

/** The status the journal records for an outcome. */
const journalStatus = (exit: Exit.Exit<Answer | typeof dropped, unknown>): number =>
  Exit.isFailure(exit) ? clientGone : exit.value === dropped ? 0 : exit.value.status

/**
 * The one step every request takes: normalises the request target (so that routing, the faults,
 * the journal and the admin check see the same path), refuses declared oversized bodies, plays
 * the first matching fault, answers the request (the replay and the proxy first, on a server
 * started with them, then the API table), and journals the outcome and what gave it. Admin
 * requests pass the admin check, then go to the admin router, unfaulted and unjournaled. An
 * answer ready at once (the usual case: every GET of a resource, every refusal)
 * is journaled and returned in this step; only an answer still to come gets the effects that
 * make it interruptible (the client may go away), recover a defect and journal its exit. Each
 * header is read once, and a target already normal costs one scan of its characters. `clock` is
 * the server's (see `make`).
 */
const frontStep = <R>(
  route: Route,
  admin: Effect.Effect<Answer, never, R>,
  faults: FaultQueue,
  journal: Journal,
  guard: AdminGuard,
  clock: Clock.Clock,
  sourceOf: ((answer: Answer) => Source) | undefined
) =>
  Effect.withFiber<Answer, never, R>((fiber) => {
    const received = Context.getUnsafe(fiber.context, HttpServerRequest.HttpServerRequest)
    const url = canonicalTarget(received.url)
    const request = url === received.url ? received : received.modify({ url })
    const path = pathOf(url)
    if (isAdminPath(path)) {
      const refusal = guard(request)
      if (refusal !== undefined) return Effect.succeed(refusal)
      return request === received ? admin : Effect.provideService(admin, HttpServerRequest.HttpServerRequest, request)
    }
    const atMillis = clock.currentTimeMillisUnsafe()
    const start = clock.monotonicTimeNanosUnsafe()
    const method = request.method
    const incoming = NodeHttpServerRequest.toIncomingMessage(request)
    const headers: RawHeaders = incoming.headers
    const scheme = schemeOf(path, headers)
    let answer: Effect.Effect<Answer>
    if (declaresTooLargeBodyIn(headers)) {
      answer = succeedPayloadTooLarge
    } else {
      const fault = faults.take(method, path)
      // A fault's delay comes before the request is routed and authenticated, as the network's would.
      answer = fault === undefined
        ? route(request, method, url)
        : playFault(
          fault,
          Effect.suspend(() => route(request, method, url)),
          Effect.sync(() => incoming.socket.destroy())
        )
    }
    // Nothing per request beyond the answer: no closure, no effect, when it is ready at once.
    if (Exit.isExit(answer) && answer._tag === "Success") {
      // An answer ready at once read no body: reading one takes a step.
      const ready = answer as Exit.Success<Answer>
      journal.record(
        method,
        journalPath(url),
        scheme,
        journalStatus(ready),
        elapsedMs(clock, start),
        atMillis,
        incoming.rawHeaders,
        undefined,
        undefined,
        sourceOf?.(ready.value)
      )
      return answer
    }
    // The journal hook runs no effect: `onExitPrimitive` with no finalizer to run (`undefined`)
    // and no uninterruptible region to enter saves `onExit`'s extra step.
    return Effect.onExitPrimitive(Effect.catchCause(Effect.interruptible(answer), recover), (exit) => {
      const body = bodyRead(incoming)
      const source = sourceOf === undefined || Exit.isFailure(exit) || exit.value === dropped ? undefined : sourceOf(exit.value)
      journal.record(
        method,
        journalPath(url),
        scheme,
        journalStatus(exit),
        elapsedMs(clock, start),
        atMillis,
        incoming.rawHeaders,
        body,
        body === undefined ? undefined : headerOf(headers, "content-type"),
        source
      )
      return undefined
    }, true)
  })

/**
 * The context requests run in: the server's own, with the references every request reads, made
 * flat once here. Each request adds its own services on top; a deep stack of additions underneath
 * would make every request copy the whole context.
 */
const requestContext = <R>(context: Context.Context<R>): Context.Context<R> =>
  Context.makeUnsafe<R>(
    new Map(
      Context.add(
        // No span per request: the mock is a test double, and a span would carry the `password`
        // header, which `Headers.CurrentRedactedNames` does not cover by default.
        Context.add(context, HttpMiddleware.TracerDisabledWhen, constTrue),
        HttpIncomingMessage.MaxBodySize,
        ByteSize.bytes(maxBodyBytes)
      ).mapUnsafe
    )
  )

/** Starts the mock SCM server in the current scope. */
export const make: (options?: Options) => Effect.Effect<Service, MockServerError, Scope.Scope> = Effect.fn("MockScmServer.make")(
  function* (options: Options = {}) {
    const config = yield* resolveOptions(options)
    const { credentials } = config
    const pki = options.pki ??
      (yield* generate({ clientCommonName: credentials.certLogin }).pipe(
        Effect.mapError((error) => new MockServerError({ message: `Could not generate the PKI: ${error.message}` }))
      ))
    const seed = resolveSeed(options.seed)
    // The clock of the scope the server starts in (a test's TestClock, say) is the one every
    // request runs with: read once here, not from each request's fiber.
    const clock = yield* Clock.Clock

    const tokens = yield* makeTokenStore(config.tokenTtlSeconds, config.maxTokens)
    const journal = yield* makeJournal(config.journalLimit)
    const faults = yield* makeFaultQueue
    const resources = yield* makeResources(seed, pki.ca, config.issuance, options.dcv ?? {}).pipe(
      Effect.mapError((error) => new MockServerError({ message: `Could not create the SSL issuing CA: ${error.message}` }))
    )

    const listen = (scheme: "http" | "https", port: number) => {
      const listener = scheme === "http" ? createHttpServer() : createHttpsServer(pki, config.tlsHandshakeTimeoutMs)
      // No graceful wait at shutdown: a test's scope must close at once, in-flight requests included
      // (a graceful timeout would run on the test's Clock, which may never move).
      return NodeHttpServer.make(() => listener.server, { port, host: config.host, disablePreemptiveShutdown: true }).pipe(
        Effect.mapError((error) =>
          new MockServerError({ message: `Could not listen for ${scheme} on ${config.host}:${port}: ${String(error.cause)}` })
        ),
        // Runs before the server's own close: no socket (keep-alive, in flight, in a TLS handshake
        // or never starting one) may hold it open.
        Effect.tap(() => Effect.addFinalizer(() => Effect.sync(listener.closeAll)))
      )
    }
    const httpServer = yield* listen("http", config.httpPort)
    const httpsServer = yield* listen("https", config.httpsPort)
    const httpUrl = baseUrl("http", config.host, httpServer.address)
    const httpsUrl = baseUrl("https", config.host, httpsServer.address)
    const portOf = (address: NetAddress.SocketAddress) => (address._tag === "UnixPathAddress" ? 0 : address.port)
    const adminGuard = makeAdminGuard({
      host: config.host,
      httpPort: portOf(httpServer.address),
      httpsPort: portOf(httpsServer.address),
      extraHosts: config.adminHosts
    })
    if (!isLoopback(config.host)) {
      // On stderr (unless the program has its own logger): stdout may be a contract, as the CLI's is.
      yield* Effect.logWarning(
        `scm-mock: listening on ${config.host}, beyond loopback: other machines can reach it, and its admin API (/__admin) ` +
          `needs no credential. The admin API answers only to this server's own Host names${
            config.adminHosts.length === 0 ? "" : ` and ${config.adminHosts.join(", ")}`
          } (more with adminHosts, --admin-host). Listen on 127.0.0.1 unless the clients run elsewhere.`
      ).pipe(Effect.provideService(Logger.LogToStderr, true))
    }

    const auth = makeAuthenticators({
      clientId: credentials.clientId,
      login: credentials.login,
      password: expectSecret(Redacted.value(credentials.password)),
      customerUri: credentials.customerUri,
      certLogin: credentials.certLogin,
      developer: { email: credentials.developerEmail, password: expectSecret(Redacted.value(credentials.developerPassword)) },
      certificateFingerprints: options.certificateFingerprints ?? {},
      tokens,
      tokenUrls: { http: `${httpUrl}${tokenPath}`, https: `${httpsUrl}${tokenPath}` }
    })
    const tokenEndpoint = makeTokenEndpoint({
      clientId: expectSecret(credentials.clientId),
      clientSecret: expectSecret(Redacted.value(credentials.clientSecret)),
      tokens
    })

    // The replay and the proxy, when asked for, answer before the API table.
    const front = yield* makeRecordingFront(options, { tokenPath, issueToken: tokens.issue, origins: { http: httpUrl, https: httpsUrl }, clock }).pipe(
      Effect.mapError((error) => new MockServerError({ message: error.message }))
    )

    const operations: Operations = {
      addFault: faults.add,
      pendingFaults: faults.pending,
      clearFaults: faults.clear,
      removeFault: faults.remove,
      rows: resources.rows,
      chainFile: resources.chainFile,
      journal: journal.entries,
      journalSince: journal.since,
      journalRequest: journal.request,
      clearJournal: journal.clear,
      revokeTokens: tokens.revokeAll,
      tokenTtl: tokens.ttlSeconds,
      setTokenTtl: tokens.setTtlSeconds,
      issueCertificate: resources.ssl.issueNow,
      issuance: resources.ssl.settings,
      setIssuance: resources.ssl.setSettings,
      reset: Effect.all([faults.clear, journal.clear, tokens.reset, resources.reset, front?.reset ?? Effect.void], { discard: true }),
      seedSummary: seedSummary(seed)
    }

    // The spec fallback answers every operation of the spec that no stateful resource serves.
    const fallback = yield* Effect.try({
      try: makeSpecFallback,
      catch: (error) => new MockServerError({ message: `Could not read the OpenAPI document for the spec fallback: ${String(error)}` })
    })
    const served = resources.routes.flatMap((resource) => methodsOf(resource).map((method) => ({ method, path: resource.path })))
    const spec = specRoutes(fallback, served)
    const table = apiTable({ auth, clock, tokenEndpoint, resources: resources.routes, spec })
    const routed: Route = (request, method, url) => routeIn(table, request, method, url)
    const app = frontStep(front?.route(routed) ?? routed, yield* adminRouter(operations), faults, journal, adminGuard, clock, front?.sourceOf)

    const serve = (server: HttpServer.HttpServer["Service"]) =>
      Effect.contextWith((context: Context.Context<Scope.Scope>) =>
        Effect.provideContext(server.serve(app), requestContext(context)))
    yield* serve(httpServer)
    yield* serve(httpsServer)

    const die = (message: string) => Effect.die(new Error(message))
    return {
      httpUrl,
      httpsUrl,
      tokenUrl: `${httpUrl}${tokenPath}`,
      credentials,
      pki,
      ...operations,
      addFault: (fault) =>
        Result.match(decodeFault(fault), {
          onFailure: (message) => die(`MockScmServer.addFault: invalid fault: ${message}`),
          onSuccess: faults.add
        }),
      setTokenTtl: (seconds) =>
        isValidTokenTtl(seconds)
          ? tokens.setTtlSeconds(seconds)
          : die(`MockScmServer.setTokenTtl: ${seconds} is not an integer from 0 to ${maxTokenTtlSeconds}`),
      sslIssuingCaPem: resources.issuer.issuingCaPem,
      issueCertificate: (sslId) =>
        Effect.flatMap(resources.ssl.issueNow(sslId), (result) =>
          result._tag === "Done"
            ? Effect.void
            : die(`MockScmServer.issueCertificate: ${sslId} is not an enrolled certificate waiting for issuance (${result.refusal._tag})`)),
      setIssuance: (settings) =>
        settings.delaySeconds === undefined || isValidIssuanceDelay(settings.delaySeconds)
          ? Effect.asVoid(resources.ssl.setSettings(settings))
          : die(`MockScmServer.setIssuance: ${settings.delaySeconds} is not an integer from 0 to ${maxIssuanceDelaySeconds}`),
      tokenRequests: Effect.map(journal.entries, (entries) => entries.filter((entry) => entry.scheme === "token").length)
    } satisfies Service
  }
)
