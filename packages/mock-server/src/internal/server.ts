/**
 * Puts the server together: options resolved, state made, one app (router plus the fault and
 * journal step in front of it) served on both listeners.
 */
import { type HttpMethod, type HttpServer, HttpMiddleware, HttpRouter, HttpServerRequest, type HttpServerResponse } from "@effect/platform"
import { NodeHttpServer, NodeHttpServerRequest } from "@effect/platform-node"
import { Cause, Clock, Context, Effect, Either, Exit, Option, Redacted, type Scope } from "effect"
import * as MockPki from "../MockPki.js"
import { type Credentials, type IssuanceSettings, MockServerError, type Options, type Scheme, type Service } from "../MockScmServer.js"
import { adminRoutes, type Operations } from "./admin.js"
import { apiSchemeOf, type Authenticate, type AuthFailure, makeAuthenticators, type Principal } from "./auth.js"
import { declaresTooLargeBody, jsonBody } from "./body.js"
import { decodeFault, dropped, type FaultQueue, makeFaultQueue, playFault } from "./faults.js"
import { type Journal, journalPath, makeJournal } from "./journal.js"
import { createHttpServer, createHttpsServer } from "./listeners.js"
import { pathOf } from "./query.js"
import { type ApiCall, makeResources, type Resource } from "./resources.js"
import { badRequest, internalError, methodNotAllowed, notFound, payloadTooLarge } from "./scmErrors.js"
import { expectSecret, randomToken } from "./secrets.js"
import { resolveSeed } from "./seed.js"
import { defaultIssuanceSettings, isValidIssuanceDelay, maxIssuanceDelaySeconds, pendingCollects } from "./sslStore.js"
import { makeTokenEndpoint, tokenPath } from "./tokenEndpoint.js"
import { isValidTokenTtl, makeTokenStore, maxTokenTtlSeconds } from "./tokens.js"

const apiRoot = "/api"
const privateApiRoot = "/private/api"
const adminRoot = "/__admin/"

/** Options with defaults applied and checked. */
interface Resolved {
  readonly host: string
  readonly httpPort: number
  readonly httpsPort: number
  readonly tokenTtlSeconds: number
  readonly journalLimit: number
  readonly credentials: Credentials
  readonly issuance: IssuanceSettings
}

const isPort = (port: number): boolean => Number.isInteger(port) && port >= 0 && port <= 65535

const resolveOptions = (options: Options): Effect.Effect<Resolved, MockServerError> =>
  Effect.suspend(() => {
    const given = options.credentials ?? {}
    const resolved: Resolved = {
      host: options.host ?? "127.0.0.1",
      httpPort: options.httpPort ?? 0,
      httpsPort: options.httpsPort ?? 0,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 300,
      journalLimit: options.journalLimit ?? 1000,
      // Secrets are Redacted from here on; unless given, they are random for each server.
      credentials: {
        clientId: given.clientId ?? "scm-mock-client",
        clientSecret: Redacted.make(given.clientSecret ?? randomToken(24)),
        login: given.login ?? "scm_admin",
        password: Redacted.make(given.password ?? randomToken(18)),
        customerUri: given.customerUri ?? "mock-customer",
        certLogin: given.certLogin ?? "scm_cert_admin"
      },
      issuance: {
        delaySeconds: options.issuanceDelaySeconds ?? defaultIssuanceSettings.delaySeconds,
        manual: options.manualIssuance ?? defaultIssuanceSettings.manual,
        requireApproval: options.requireApproval ?? defaultIssuanceSettings.requireApproval,
        pendingCollect: options.pendingCollect ?? defaultIssuanceSettings.pendingCollect
      }
    }
    const { clientSecret, password, ...names } = resolved.credentials
    const problem = resolved.host === ""
      ? "host must not be empty"
      : !isPort(resolved.httpPort) || !isPort(resolved.httpsPort)
      ? "ports must be integers from 0 to 65535"
      : !isValidTokenTtl(resolved.tokenTtlSeconds)
      ? `tokenTtlSeconds must be an integer from 0 to ${maxTokenTtlSeconds}`
      : !Number.isInteger(resolved.journalLimit) || resolved.journalLimit < 0 || resolved.journalLimit > 1_000_000
      ? "journalLimit must be an integer from 0 to 1000000"
      : [...Object.values(names), Redacted.value(clientSecret), Redacted.value(password)].some((value) => value === "")
      ? "credentials must not be empty strings"
      : !isValidIssuanceDelay(resolved.issuance.delaySeconds)
      ? `issuanceDelaySeconds must be an integer from 0 to ${maxIssuanceDelaySeconds}`
      : !pendingCollects.some((known) => known === resolved.issuance.pendingCollect)
      ? `pendingCollect must be one of: ${pendingCollects.join(", ")}`
      : undefined
    return problem === undefined ? Effect.succeed(resolved) : Effect.fail(new MockServerError({ message: `Invalid options: ${problem}` }))
  })

const baseUrl = (scheme: "http" | "https", host: string, address: HttpServer.Address): string =>
  address._tag === "TcpAddress"
    ? `${scheme}://${host.includes(":") ? `[${host}]` : host}:${address.port}`
    : `${scheme}+unix://${address.path}`

/** Answers with the authenticator's refusal, or runs `handle` for the principal. */
const behind = <R>(
  authenticate: Authenticate,
  handle: (principal: Principal, request: HttpServerRequest.HttpServerRequest) => Effect.Effect<HttpServerResponse.HttpServerResponse, never, R>
) =>
  Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
    Effect.catchAll(Effect.flatMap(authenticate(request), (principal) => handle(principal, request)), refused))

const refused = (failure: AuthFailure) => Effect.succeed(failure.response)

/** What a GET resource gets if it asks for a body (none do). */
const noBody = Effect.succeed(Either.left(badRequest("This request has no body")))

const serveResource = (resource: Resource) => (principal: Principal, request: HttpServerRequest.HttpServerRequest) =>
  Effect.flatMap(Effect.context<HttpServerRequest.ParsedSearchParams | HttpRouter.RouteContext>(), (context) =>
    resource.handle({
      principal,
      query: Context.get(context, HttpServerRequest.ParsedSearchParams),
      pathParams: Context.get(context, HttpRouter.RouteContext).params,
      head: request.method === "HEAD",
      // Only a POST reads its body; a GET, the hot path, builds nothing for it.
      body: resource.method === "POST" ? Effect.provideService(jsonBody, HttpServerRequest.HttpServerRequest, request) : noBody
    } satisfies ApiCall))

/** A GET resource answers HEAD too (SCM counts with `HEAD /api/ssl/v1`); the `*` fallbacks would take it otherwise. */
const methodsOf = (resource: Resource): ReadonlyArray<HttpMethod.HttpMethod> => (resource.method === "GET" ? ["GET", "HEAD"] : [resource.method])

/** Whether a route path (with `:name` segments) matches a request path. */
const routeMatches = (route: string, path: string): boolean => {
  const routeSegments = route.split("/")
  const pathSegments = path.split("/")
  return routeSegments.length === pathSegments.length &&
    routeSegments.every((segment, i) => (segment.startsWith(":") ? pathSegments[i] !== "" : segment === pathSegments[i]))
}

/** The methods the resources answer at a path, for a 405's `Allow`; none: the path is unknown. */
const allowedMethods = (resources: ReadonlyArray<Resource>, path: string): ReadonlyArray<HttpMethod.HttpMethod> => [
  ...new Set(resources.filter((resource) => routeMatches(resource.path, path)).flatMap(methodsOf))
]

/** The journal's scheme for a request: decided by path and headers alone, whatever the outcome. */
const schemeOf = (path: string, headers: Readonly<Record<string, string | undefined>>): Scheme =>
  path === tokenPath
    ? "token"
    : path.startsWith(`${privateApiRoot}/`)
    ? "certificate"
    : path.startsWith(`${apiRoot}/`)
    ? apiSchemeOf(headers)
    : null

/** Status recorded for a request whose client went away before the answer (nginx's convention). */
const clientGone = 499

/** What the router needs to reach. */
interface RouteDeps {
  readonly auth: { readonly api: Authenticate; readonly certificate: Authenticate }
  readonly tokenEndpoint: (request: HttpServerRequest.HttpServerRequest) => Effect.Effect<HttpServerResponse.HttpServerResponse>
  readonly resources: ReadonlyArray<Resource>
  readonly operations: Operations
}

/**
 * The router: admin API, token endpoint, each resource under `/api` (Bearer or password) and
 * `/private/api` (certificate), and fallbacks that authenticate before answering 404 or 405, as
 * SCM authenticates before it routes. Never fails: a defect becomes a logged 500.
 */
const routeAll = ({ auth, operations, resources, tokenEndpoint }: RouteDeps) => {
  const unrouted = (root: string) => (_principal: Principal, request: HttpServerRequest.HttpServerRequest) => {
    const path = pathOf(request.url)
    const allow = allowedMethods(resources, path.slice(root.length))
    return Effect.succeed(allow.length === 0 ? notFound(request.method, path) : methodNotAllowed(allow.join(", ")))
  }
  const router = HttpRouter.fromIterable([
    ...adminRoutes(operations),
    HttpRouter.makeRoute("*", tokenPath, Effect.flatMap(HttpServerRequest.HttpServerRequest, tokenEndpoint)),
    ...resources.flatMap((resource) =>
      methodsOf(resource).flatMap((method) => [
        HttpRouter.makeRoute(method, `${apiRoot}${resource.path}`, behind(auth.api, serveResource(resource))),
        HttpRouter.makeRoute(method, `${privateApiRoot}${resource.path}`, behind(auth.certificate, serveResource(resource)))
      ])
    ),
    HttpRouter.makeRoute("*", `${apiRoot}/*`, behind(auth.api, unrouted(apiRoot))),
    HttpRouter.makeRoute("*", `${privateApiRoot}/*`, behind(auth.certificate, unrouted(privateApiRoot)))
  ])
  return HttpRouter.toHttpApp(router).pipe(
    // Strict like SCM: no case folding, no trailing or doubled slashes (find-my-way forgives all three by default).
    HttpRouter.withRouterConfig({ caseSensitive: true, ignoreTrailingSlash: false, ignoreDuplicateSlashes: false }),
    Effect.map(Effect.catchAllCause((cause) => {
      const failure = Cause.failureOption(cause)
      if (Option.isSome(failure)) return Effect.succeed(notFound(failure.value.request.method, pathOf(failure.value.request.url)))
      // The client went away: stay interrupted, there is no one to answer.
      if (Cause.isInterruptedOnly(cause)) return Effect.interrupt
      return Effect.as(Effect.logWarning("scm-mock: a request handler failed", cause), internalError)
    }))
  )
}

/**
 * In front of the router: refuses declared oversized bodies, plays the first matching fault, and
 * journals the outcome. Admin requests pass straight through, unfaulted and unjournaled.
 */
const faultsAndJournal = (
  routed: Effect.Effect<HttpServerResponse.HttpServerResponse, never, HttpServerRequest.HttpServerRequest>,
  faults: FaultQueue,
  journal: Journal
) => {
  const answer = (request: HttpServerRequest.HttpServerRequest, path: string) =>
    declaresTooLargeBody(request)
      ? Effect.succeed(payloadTooLarge)
      : Effect.flatMap(faults.take(request.method, path), (fault) =>
        fault === undefined
          ? routed
          : playFault(fault, routed, Effect.sync(() => NodeHttpServerRequest.toIncomingMessage(request).socket.destroy())))
  const record = (request: HttpServerRequest.HttpServerRequest, path: string, start: bigint, status: number) =>
    Effect.flatMap(Clock.currentTimeNanos, (end) =>
      journal.record({
        method: request.method,
        path: journalPath(request.url),
        scheme: schemeOf(path, request.headers),
        status,
        durationMs: Math.round(Number(end - start) / 1000) / 1000,
        atMillis: Number(start / 1_000_000n)
      }))
  return Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
    const path = pathOf(request.url)
    if (path.startsWith(adminRoot)) return routed
    // Plain callbacks, no handler objects: this runs on every request.
    return Effect.flatMap(Clock.currentTimeNanos, (start) =>
      Effect.flatMap(Effect.exit(answer(request, path)), (exit) =>
        Effect.zipRight(
          record(request, path, start, Exit.isFailure(exit) ? clientGone : exit.value === dropped ? 0 : exit.value.status),
          exit
        )))
  })
}

/** Starts the mock SCM server in the current scope. */
export const make: (options?: Options) => Effect.Effect<Service, MockServerError, Scope.Scope> = Effect.fn("MockScmServer.make")(
  function* (options: Options = {}) {
    const config = yield* resolveOptions(options)
    const { credentials } = config
    const pki = options.pki ??
      (yield* MockPki.generate({ clientCommonName: credentials.certLogin }).pipe(
        Effect.mapError((error) => new MockServerError({ message: `Could not generate the PKI: ${error.message}` }))
      ))
    const seed = resolveSeed(options.seed)

    const tokens = yield* makeTokenStore(config.tokenTtlSeconds)
    const journal = yield* makeJournal(config.journalLimit)
    const faults = yield* makeFaultQueue
    const resources = yield* makeResources(seed, pki.ca, config.issuance).pipe(
      Effect.mapError((error) => new MockServerError({ message: `Could not create the SSL issuing CA: ${error.message}` }))
    )

    const listen = (scheme: "http" | "https", port: number) => {
      const node = scheme === "http" ? createHttpServer() : createHttpsServer(pki)
      return NodeHttpServer.make(() => node, { port, host: config.host }).pipe(
        Effect.mapError((error) =>
          new MockServerError({ message: `Could not listen for ${scheme} on ${config.host}:${port}: ${String(error.cause)}` })
        ),
        // Runs before the server's own close: keep-alive and in-flight sockets must not hold it open.
        Effect.tap(() => Effect.addFinalizer(() => Effect.sync(() => node.closeAllConnections())))
      )
    }
    const httpServer = yield* listen("http", config.httpPort)
    const httpsServer = yield* listen("https", config.httpsPort)
    const httpUrl = baseUrl("http", config.host, httpServer.address)
    const httpsUrl = baseUrl("https", config.host, httpsServer.address)

    const auth = makeAuthenticators({
      clientId: credentials.clientId,
      login: credentials.login,
      password: expectSecret(Redacted.value(credentials.password)),
      customerUri: credentials.customerUri,
      certLogin: credentials.certLogin,
      certificateFingerprints: options.certificateFingerprints ?? {},
      tokens,
      tokenUrls: { http: `${httpUrl}${tokenPath}`, https: `${httpsUrl}${tokenPath}` }
    })
    const tokenEndpoint = makeTokenEndpoint({
      clientId: expectSecret(credentials.clientId),
      clientSecret: expectSecret(Redacted.value(credentials.clientSecret)),
      tokens
    })

    const operations: Operations = {
      addFault: faults.add,
      pendingFaults: faults.pending,
      clearFaults: faults.clear,
      journal: journal.entries,
      clearJournal: journal.clear,
      revokeTokens: tokens.revokeAll,
      tokenTtl: tokens.ttlSeconds,
      setTokenTtl: tokens.setTtlSeconds,
      issueCertificate: resources.ssl.issueNow,
      issuance: resources.ssl.settings,
      setIssuance: resources.ssl.setSettings,
      reset: Effect.all([faults.clear, journal.clear, tokens.reset, resources.reset], { discard: true })
    }

    const routed = yield* routeAll({ auth, tokenEndpoint, resources: resources.routes, operations })
    const app = faultsAndJournal(routed, faults, journal)

    // No span per request: the mock is a test double, and the platform's span would carry the
    // `password` header, which `Headers.currentRedactedNames` does not cover by default.
    const serve = (server: HttpServer.HttpServer) =>
      HttpMiddleware.withTracerDisabledWhenEffect(server.serve(app), () => true)
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
        Either.match(decodeFault(fault), {
          onLeft: (message) => die(`MockScmServer.addFault: invalid fault: ${message}`),
          onRight: faults.add
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
