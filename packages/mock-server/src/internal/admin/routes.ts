/**
 * The admin API under `/__admin/`: the same operations the `MockScmServer` service offers to
 * Effect code, over HTTP for tests in any language. Never faulted, never journaled, no credential:
 * it is a test mock on loopback. What stands in for one keeps web pages out, as a browser is the
 * one client that reaches loopback on someone else's behalf: the `Host` must name the server
 * itself (DNS rebinding), an `Origin` must be the server's own (cross-site requests), and a call
 * that changes state must be `application/json`, which no page can send cross-site without a
 * CORS preflight the server never grants.
 */
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "effect/http"
import { Effect, Result } from "effect"
import type { Journal, JournalEntry } from "./journal.js"
import {
  type IssuanceSettings,
  isValidIssuanceDelay,
  maxIssuanceDelaySeconds,
  pendingCollects,
  type SslRecord,
  type StoreResult
} from "../areas/ssl/index.js"
import { hasMediaType, jsonBody } from "../http/body.js"
import { adminEndpoints, adminRules } from "./endpoints.js"
import { decodeFault, type PendingFault } from "./faults.js"
import type { Service } from "./service.js"
import { type StateOperations, stateRoutes } from "./state.js"
import { uiRoutes } from "./ui/routes.js"
import { integerParam, literalParam, maxInt32, pathOf, type QueryParams } from "../http/query.js"
import { withPathInteger } from "../http/routeHelpers.js"
import { badRequest, ErrorCode, jsonResponse, notFound, scmError, truncate } from "../http/scmErrors.js"
import { isValidTokenTtl, maxTokenTtlSeconds } from "../auth/tokens.js"

/**
 * What the admin API drives: the service's own operations, except that faults arrive checked and
 * the token lifetime is checked by the caller (an HTTP client gets a 400, Effect code a defect).
 */
export type Operations =
  & Pick<
    Service,
    | "pendingFaults"
    | "clearFaults"
    | "journal"
    | "journalRequest"
    | "clearJournal"
    | "revokeTokens"
    | "tokenTtl"
    | "setTokenTtl"
    | "issuance"
    | "reset"
  >
  & StateOperations
  & {
    /** The journal entries after an id, and the id of the oldest one kept. */
    readonly journalSince: Journal["since"]
    readonly addFault: (fault: PendingFault) => Effect.Effect<void>
    readonly issueCertificate: (sslId: number) => Effect.Effect<StoreResult<SslRecord>>
    readonly setIssuance: (settings: Partial<IssuanceSettings>) => Effect.Effect<IssuanceSettings>
    /** What `GET /__admin/seed` answers: the data the mock starts with, for a newcomer's first enroll. */
    readonly seedSummary: unknown
  }

const noContent = HttpServerResponse.empty({ status: 204 })

/** `GET /__admin`: the admin API described (endpoints.ts). */
const index = jsonResponse(200, { endpoints: adminEndpoints, rules: adminRules })

/** Runs `handle` on the JSON body, or answers the body's problem. */
const withJsonBody = (handle: (body: unknown) => Effect.Effect<HttpServerResponse.HttpServerResponse>) =>
  (request: HttpServerRequest.HttpServerRequest) =>
    Effect.flatMap(jsonBody(request), Result.match({ onFailure: Effect.succeed, onSuccess: handle }))

const journalSchemes = ["token", "oauth2", "password", "certificate", "none"] as const

/**
 * `GET /__admin/requests` filters: `scheme` (`none` for requests no scheme applied to), `method`,
 * `status`, and `since` (entries with a larger id: what a poller has not seen yet).
 */
const journalFilter = (params: QueryParams) =>
  Result.gen(function* () {
    const scheme = yield* literalParam(params, "scheme", journalSchemes)
    const status = yield* integerParam(params, "status", 0, 599)
    const since = yield* integerParam(params, "since", 0, Number.MAX_SAFE_INTEGER)
    const method = typeof params["method"] === "string" ? params["method"].toUpperCase() : undefined
    const keep = (entry: JournalEntry): boolean =>
      (scheme === undefined || entry.scheme === (scheme === "none" ? null : scheme)) &&
      (status === undefined || entry.status === status) &&
      (method === undefined || entry.method === method)
    return { since: since ?? 0, keep }
  })

/**
 * The journal's entries after `since` that `keep` keeps, with the id of the oldest entry the journal
 * still holds in `X-Journal-First-Id` (the next id when it holds none): a poller drops what it
 * shows below that id (cleared, or pushed out of the ring) and asks again with the last id it got.
 */
const journalPage = (ops: Operations, since: number, keep: (entry: JournalEntry) => boolean) =>
  Effect.map(ops.journalSince(since), ({ entries, firstId }) =>
    jsonResponse(200, entries.filter(keep), { "x-journal-first-id": String(firstId) }))

/** `GET /__admin/requests/{id}`: one entry with its headers and body, 404 once the journal no longer holds it. */
const journalRequest = (ops: Operations) =>
  withPathInteger("id", 1, Number.MAX_SAFE_INTEGER, (id) =>
    Effect.map(ops.journalRequest(id), (request) =>
      request === undefined
        ? scmError(404, ErrorCode.generic, `The journal holds no request ${id} (cleared, or pushed out by newer ones)`)
        : jsonResponse(200, request)))

const settings = (tokenTtl: number) => jsonResponse(200, { tokenTtl })

const settingsBody = (body: unknown): Result.Result<number, string> => {
  const tokenTtl = typeof body === "object" && body !== null && "tokenTtl" in body ? body.tokenTtl : undefined
  return typeof tokenTtl === "number" && isValidTokenTtl(tokenTtl)
    ? Result.succeed(tokenTtl)
    : Result.fail(`tokenTtl must be an integer number of seconds from 0 to ${maxTokenTtlSeconds}`)
}

/** A partial IssuanceSettings from `PUT /__admin/ssl/settings`; unknown fields are refused. */
const issuanceBody = (body: unknown): Result.Result<Partial<IssuanceSettings>, string> => {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return Result.fail("The body must be a JSON object")
  const changes: { -readonly [K in keyof IssuanceSettings]?: IssuanceSettings[K] } = {}
  for (const [name, value] of Object.entries(body)) {
    const pendingCollect = pendingCollects.find((known) => known === value)
    if (name === "delaySeconds" && typeof value === "number" && isValidIssuanceDelay(value)) changes.delaySeconds = value
    else if (name === "manual" && typeof value === "boolean") changes.manual = value
    else if (name === "requireApproval" && typeof value === "boolean") changes.requireApproval = value
    else if (name === "pendingCollect" && pendingCollect !== undefined) changes.pendingCollect = pendingCollect
    else {
      return Result.fail(
        `Invalid ${name}: delaySeconds is an integer from 0 to ${maxIssuanceDelaySeconds}, manual and requireApproval booleans, pendingCollect one of ${pendingCollects.join(", ")}`
      )
    }
  }
  return Result.succeed(changes)
}

/** `POST /__admin/ssl/{sslId}/issue`: 204, 404 for an unknown id, 409 for one that is not waiting for issuance. */
const issue = (ops: Operations) =>
  withPathInteger("sslId", 1, maxInt32, (sslId) =>
    Effect.map(ops.issueCertificate(sslId), (result) =>
      result._tag === "Done"
        ? noContent
        : result.refusal._tag === "UnknownCertificate"
        ? scmError(404, ErrorCode.generic, `No SSL certificate ${sslId}`)
        : scmError(409, ErrorCode.generic, `SSL certificate ${sslId} is not waiting for issuance`)))

/** The `/__admin/` routes. */
export const adminRoutes = (ops: Operations): ReadonlyArray<HttpRouter.Route> => [
  HttpRouter.route("GET", "/__admin/seed", Effect.succeed(jsonResponse(200, ops.seedSummary))),
  HttpRouter.route(
    "POST",
    "/__admin/faults",
    withJsonBody((body) =>
      Result.match(decodeFault(body), {
        onFailure: (message) => Effect.succeed(badRequest(`Invalid fault: ${message}`)),
        onSuccess: (fault) => Effect.as(ops.addFault(fault), jsonResponse(201, { ...fault.spec, times: fault.remaining }))
      })
    )
  ),
  HttpRouter.route("GET", "/__admin/faults", Effect.map(ops.pendingFaults, (faults) => jsonResponse(200, faults))),
  HttpRouter.route("DELETE", "/__admin/faults", Effect.as(ops.clearFaults, noContent)),
  HttpRouter.route(
    "GET",
    "/__admin/requests",
    Effect.flatMap(HttpServerRequest.ParsedSearchParams, (params) =>
      Result.match(journalFilter(params), {
        onFailure: (description) => Effect.succeed(badRequest(description)),
        onSuccess: ({ keep, since }) => journalPage(ops, since, keep)
      }))
  ),
  HttpRouter.route("GET", "/__admin/requests/:id", journalRequest(ops)),
  HttpRouter.route("DELETE", "/__admin/requests", Effect.as(ops.clearJournal, noContent)),
  HttpRouter.route("POST", "/__admin/tokens/revoke", Effect.as(ops.revokeTokens, noContent)),
  HttpRouter.route("POST", "/__admin/reset", Effect.as(ops.reset, noContent)),
  HttpRouter.route("GET", "/__admin/settings", Effect.map(ops.tokenTtl, settings)),
  HttpRouter.route(
    "PUT",
    "/__admin/settings",
    withJsonBody((body) =>
      Result.match(settingsBody(body), {
        onFailure: (description) => Effect.succeed(badRequest(description)),
        onSuccess: (tokenTtl) => Effect.as(ops.setTokenTtl(tokenTtl), settings(tokenTtl))
      })
    )
  ),
  HttpRouter.route("POST", "/__admin/ssl/:sslId/issue", issue(ops)),
  HttpRouter.route("GET", "/__admin/ssl/settings", Effect.map(ops.issuance, (settings) => jsonResponse(200, settings))),
  HttpRouter.route(
    "PUT",
    "/__admin/ssl/settings",
    withJsonBody((body) =>
      Result.match(issuanceBody(body), {
        onFailure: (description) => Effect.succeed(badRequest(description)),
        onSuccess: (changes) => Effect.map(ops.setIssuance(changes), (settings) => jsonResponse(200, settings))
      })
    )
  ),
  ...stateRoutes(ops),
  ...uiRoutes,
  // The router's `/__admin/*` also takes `/__admin` itself: the index is answered here.
  HttpRouter.route("*", "/__admin/*", (request) => {
    const path = pathOf(request.url)
    return Effect.succeed(
      request.method === "GET" && (path === "/__admin" || path === "/__admin/") ? index : notFound(request.method, path)
    )
  })
]

/** Whether a (normalised) path is the admin API's: `/__admin` itself (a 404) or below it. */
export const isAdminPath = (path: string): boolean => path.startsWith("/__admin/") || path === "/__admin"

/** The `host[:port]` of a URL for a listening address: IPv6 in brackets, lower case. */
const authority = (host: string, port: number | undefined): string => {
  const name = (host.includes(":") && !host.startsWith("[") ? `[${host}]` : host).toLowerCase()
  return port === undefined ? name : `${name}:${port}`
}

/** An `adminHosts` entry as `host` or `host:port`: a port is what follows the last colon after any `]`. */
const splitEntry = (entry: string): { readonly host: string; readonly port: number | undefined } => {
  const match = /^(\[[^\]]*\]|[^:]*):(\d{1,5})$/.exec(entry)
  return match === null ? { host: entry, port: undefined } : { host: match[1] ?? entry, port: Number(match[2]) }
}

/** Where the server listens and what else it answers to, for the admin API's `Host` and `Origin` checks. */
export interface AdminAddresses {
  /** The listening address as given (`127.0.0.1`, `::1`, `0.0.0.0`, a name). */
  readonly host: string
  readonly httpPort: number
  readonly httpsPort: number
  /** More names (`host`, any listener port) or `host:port`s the admin API answers to. */
  readonly extraHosts: ReadonlyArray<string>
}

/**
 * The `Host` values that name the server: its listening address, `localhost`, `127.0.0.1` and
 * `[::1]`, each with either listener's port (and without it, where the port is the scheme's
 * default), and the extra hosts. Lower case: host names are compared without case.
 */
export const ownHosts = ({ extraHosts, host, httpPort, httpsPort }: AdminAddresses): ReadonlySet<string> => {
  const hosts = new Set<string>()
  const withPorts = (name: string) => {
    hosts.add(authority(name, httpPort))
    hosts.add(authority(name, httpsPort))
    if (httpPort === 80 || httpsPort === 443) hosts.add(authority(name, undefined))
  }
  for (const name of [host, "localhost", "127.0.0.1", "::1"]) withPorts(name)
  for (const entry of extraHosts) {
    const { host: name, port } = splitEntry(entry.trim())
    if (port === undefined) withPorts(name)
    else hosts.add(authority(name, port))
  }
  return hosts
}

/** `scheme://authority` of an `Origin` header; `null` and anything else is no origin of ours. */
const originSyntax = /^https?:\/\/([^/?#\s]+)$/i

const forbidden = (description: string) => scmError(403, ErrorCode.generic, description)

const refusals = {
  jsonOnly: scmError(
    415,
    ErrorCode.generic,
    "Admin calls that change state must send Content-Type: application/json (a POST with or without a body; a PUT or DELETE with one). GET /__admin lists the admin API"
  )
}

/** Safe methods: they change nothing, so they need no content type. */
const readsOnly = (method: string): boolean => method === "GET" || method === "HEAD"

/**
 * A PUT or DELETE without a body (`curl -X DELETE .../__admin/faults`) needs no content type: no
 * cross-site form can send either method, and `fetch` can only with a CORS preflight, which the
 * mock never grants. POST, which a form can send, keeps the JSON rule, body or none.
 */
const bodilessPutOrDelete = (request: HttpServerRequest.HttpServerRequest): boolean => {
  if (request.method !== "PUT" && request.method !== "DELETE") return false
  const length = request.headers["content-length"]
  return request.headers["transfer-encoding"] === undefined && (length === undefined || length.trim() === "0")
}

/**
 * The check in front of every admin request: the refusal to send, or `undefined` to serve it.
 * Runs on admin requests only, never on the API's hot path.
 */
export const makeAdminGuard = (addresses: AdminAddresses) => {
  const hosts = ownHosts(addresses)
  return (request: HttpServerRequest.HttpServerRequest): HttpServerResponse.HttpServerResponse | undefined => {
    // The platform's headers: for an absolute-form target (`POST http://x/__admin/reset`) its
    // authority stands for the Host header, as RFC 9112 section 3.2.2 has it.
    const headers = request.headers
    const host = (headers["host"] ?? "").trim().toLowerCase()
    if (!hosts.has(host)) {
      return forbidden(
        `Admin requests must name this server in Host (such as ${authority(addresses.host, addresses.httpPort)}), not ${
          JSON.stringify(truncate(host, 100))
        }`
      )
    }
    const origin = headers["origin"]
    if (origin !== undefined) {
      const originHost = originSyntax.exec(origin.trim())?.[1]?.toLowerCase()
      if (originHost === undefined || !hosts.has(originHost)) {
        return forbidden(`Admin requests are refused from another origin (${JSON.stringify(truncate(origin, 100))})`)
      }
    }
    if (!readsOnly(request.method) && !bodilessPutOrDelete(request) && !hasMediaType(request, "application/json")) {
      return refusals.jsonOnly
    }
    return undefined
  }
}
