/**
 * The three ways into the API: a Bearer token (`/api`), the `login`/`password`/`customerUri`
 * headers (`/api`), and a client certificate plus `login`/`customerUri` (`/private/api`, HTTPS
 * only); and the code signing developer's own, the `email`/`password`/`customerUri` headers, for
 * the developer's requests (`/api/csod/v1/requests/developer...`) only. Each names the admin (or
 * developer) asking (`Principal`) or gives the 401 to send. A verdict is reached
 * synchronously, in the request's own step: refusals are built once, and a success allocates
 * nothing but (for certificates) the principal.
 */
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import type { Clock } from "effect"
import { HttpServerResponse } from "effect/http"
import type { HttpServerRequest } from "effect/http"
import { TLSSocket } from "node:tls"
import { pathOf } from "../http/query.js"
import { headerOf, type RawHeaders, rawHeaders } from "../http/requestHeaders.js"
import { customerNotFound, ErrorCode, scmError, truncate, unknownUser } from "../http/scmErrors.js"
import { type ExpectedSecret, secretMatches } from "./secrets.js"
import type { TokenStatus, TokenStore } from "./tokens.js"
import type { Principal } from "../http/resource.js"

/** The admin asking, or the answer that refuses them. */
export type Verdict = Principal | HttpServerResponse.HttpServerResponse

/** Whether a verdict refuses the request. */
export const isRefusal = (verdict: Verdict): verdict is HttpServerResponse.HttpServerResponse =>
  HttpServerResponse.isHttpServerResponse(verdict)

/** What the schemes check against. */
export interface AuthConfig {
  readonly clientId: string
  readonly login: string
  readonly password: ExpectedSecret
  readonly customerUri: string
  readonly certLogin: string
  /** The code signing developer: email (any case) and password. */
  readonly developer: { readonly email: string; readonly password: ExpectedSecret }
  /** Admin login to fingerprints (any case, with or without colons) of certificates that log in as that admin. */
  readonly certificateFingerprints: Readonly<Record<string, ReadonlyArray<string>>>
  readonly tokens: TokenStore
  /** Token URLs for the `authorization_uri` of the Bearer challenge, per listener. */
  readonly tokenUrls: { readonly http: string; readonly https: string }
}

/** Authenticates a request at the Clock's time (tokens expire by it). */
export type Authenticate = (request: HttpServerRequest.HttpServerRequest, clock: Clock.Clock) => Verdict

/** The node socket under a request: TLS details live there. */
const socketOf = (request: HttpServerRequest.HttpServerRequest) => NodeHttpServerRequest.toIncomingMessage(request).socket

type BearerRefusal = Exclude<TokenStatus, "valid"> | "missing" | "malformed"

const bearerDescriptions: Record<BearerRefusal, string> = {
  missing: "Access token required (Authorization: Bearer)",
  malformed: "Authorization header is not a Bearer token",
  unknown: "Unknown access token",
  expired: "Access token expired",
  revoked: "Access token revoked"
}

/** The Bearer refusals of one listener, each with its RFC 6750 challenge. */
const bearerRefusals = (tokenUrl: string): Record<BearerRefusal, HttpServerResponse.HttpServerResponse> => {
  const headers = {
    "www-authenticate": `Bearer realm="scm", error="invalid_token", authorization_uri="${tokenUrl}"`
  }
  const refusal = (reason: BearerRefusal) => scmError(401, ErrorCode.unknownUser, bearerDescriptions[reason], headers)
  return {
    missing: refusal("missing"),
    malformed: refusal("malformed"),
    unknown: refusal("unknown"),
    expired: refusal("expired"),
    revoked: refusal("revoked")
  }
}

/** RFC 6750 `b64token` after the scheme name. */
const bearerSyntax = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i

const certificateRefusal = (description: string) => scmError(401, ErrorCode.unknownUser, description)

const certificateRefusals = {
  plainHttp: certificateRefusal("Certificate login needs HTTPS: /private/api is served on the HTTPS listener only"),
  noCertificate: certificateRefusal("No client certificate was presented"),
  expired: certificateRefusal("The client certificate has expired"),
  notYetValid: certificateRefusal("The client certificate is not valid yet"),
  untrusted: certificateRefusal("The client certificate is not issued by the trusted client CA")
}

/** Where a developer login is taken (the REST reference's "Developer Login"); anywhere else only admins log in. */
const developerRoot = "/api/csod/v1/requests/developer"

const isDeveloperPath = (url: string): boolean => {
  const path = pathOf(url)
  return path === developerRoot || path.startsWith(`${developerRoot}/`)
}

const normalizeFingerprint = (fingerprint: string): string => fingerprint.replaceAll(":", "").toUpperCase()

/**
 * Which `/api` scheme a request attempts: Bearer when it sends an Authorization header, else the
 * password headers when it sends either, else none.
 */
export const apiSchemeOf = (headers: RawHeaders): "oauth2" | "password" | null =>
  headers["authorization"] !== undefined
    ? "oauth2"
    : headers["login"] !== undefined || headers["password"] !== undefined
    ? "password"
    : null

/** The `/api` schemes (Bearer when an Authorization header is sent, else the password headers) and the `/private/api` scheme. */
export const makeAuthenticators = (config: AuthConfig): { readonly api: Authenticate; readonly certificate: Authenticate } => {
  const refusals = { http: bearerRefusals(config.tokenUrls.http), https: bearerRefusals(config.tokenUrls.https) }
  /** The challenge names the token URL of the listener the client used. */
  const bearerRefusal = (request: HttpServerRequest.HttpServerRequest, reason: BearerRefusal) =>
    (socketOf(request) instanceof TLSSocket ? refusals.https : refusals.http)[reason]
  const bearerPrincipal: Principal = { scheme: "oauth2", login: config.clientId }
  const passwordPrincipal: Principal = { scheme: "password", login: config.login }
  const developerPrincipal: Principal = { scheme: "developer", login: config.developer.email }
  const developerEmail = config.developer.email.toLowerCase()
  const fingerprints = new Map(
    Object.entries(config.certificateFingerprints).map(([login, prints]) => [login, new Set(prints.map(normalizeFingerprint))])
  )

  /** The customerUri's refusal, if it has one. */
  const customerRefusal = (headers: RawHeaders): HttpServerResponse.HttpServerResponse | undefined => {
    const customerUri = headerOf(headers, "customeruri")
    if (customerUri === undefined) return unknownUser
    return customerUri === config.customerUri ? undefined : customerNotFound
  }

  const bearer = (request: HttpServerRequest.HttpServerRequest, authorization: string, clock: Clock.Clock): Verdict => {
    const token = bearerSyntax.exec(authorization)?.[1]
    if (token === undefined) return bearerRefusal(request, "malformed")
    const status = config.tokens.statusAt(token, clock.currentTimeMillisUnsafe())
    return status === "valid" ? bearerPrincipal : bearerRefusal(request, status)
  }

  /** The developer's `email` / `password` headers, on the developer's requests only. */
  const developer = (headers: RawHeaders, email: string, secret: string): Verdict => {
    const refused = customerRefusal(headers)
    if (refused !== undefined) return refused
    const passwordOk = secretMatches(config.developer.password, secret)
    return email.toLowerCase() === developerEmail && passwordOk ? developerPrincipal : unknownUser
  }

  const password = (request: HttpServerRequest.HttpServerRequest, headers: RawHeaders): Verdict => {
    const login = headerOf(headers, "login")
    const secret = headerOf(headers, "password")
    const email = login === undefined ? headerOf(headers, "email") : undefined
    if (email !== undefined && secret !== undefined && isDeveloperPath(request.url)) return developer(headers, email, secret)
    if (login === undefined || secret === undefined) return unknownUser
    const refused = customerRefusal(headers)
    if (refused !== undefined) return refused
    // Both comparisons run whatever the login, so the time taken does not tell which was wrong.
    const passwordOk = secretMatches(config.password, secret)
    return login === config.login && passwordOk ? passwordPrincipal : unknownUser
  }

  // Node's header object is read once per request, each header from it directly.
  const api: Authenticate = (request, clock) => {
    const headers = rawHeaders(request)
    switch (apiSchemeOf(headers)) {
      case "oauth2":
        return bearer(request, headerOf(headers, "authorization") ?? "", clock)
      case "password":
        return password(request, headers)
      case null:
        return bearerRefusal(request, "missing")
    }
  }

  const certificate: Authenticate = (request) => {
    const socket = socketOf(request)
    if (!(socket instanceof TLSSocket)) return certificateRefusals.plainHttp
    const peer = socket.getPeerCertificate()
    if (peer === null || peer.raw === undefined) return certificateRefusals.noCertificate
    if (!socket.authorized) {
      const reason = String(socket.authorizationError)
      return reason === "CERT_HAS_EXPIRED"
        ? certificateRefusals.expired
        : reason === "CERT_NOT_YET_VALID"
        ? certificateRefusals.notYetValid
        : certificateRefusals.untrusted
    }
    const headers = rawHeaders(request)
    const login = headerOf(headers, "login")
    if (login === undefined || (login !== config.certLogin && !fingerprints.has(login))) return unknownUser
    const commonName: unknown = peer.subject?.CN
    const owned = commonName === login || fingerprints.get(login)?.has(normalizeFingerprint(peer.fingerprint256)) === true
    if (!owned) return certificateRefusal(`The client certificate does not belong to admin ${truncate(login)}`)
    return customerRefusal(headers) ?? { scheme: "certificate", login }
  }

  return { api, certificate }
}
