/**
 * The admin API under `/__admin/`: the same operations the `MockScmServer` service offers to
 * Effect code, over HTTP for tests in any language. Never faulted, never journaled, no auth.
 */
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect, Either } from "effect"
import type { IssuanceSettings, JournalEntry, Service } from "../MockScmServer.js"
import { jsonBody } from "./body.js"
import { decodeFault, type PendingFault } from "./faults.js"
import { integerParam, literalParam, maxInt32, pathInteger, pathOf, type QueryParams } from "./query.js"
import { badRequest, ErrorCode, jsonResponse, notFound, scmError } from "./scmErrors.js"
import { isValidTokenTtl, maxTokenTtlSeconds } from "./tokens.js"
import type { SslRecord } from "./sslCertificates.js"
import { isValidIssuanceDelay, maxIssuanceDelaySeconds, pendingCollects, type Result } from "./sslStore.js"

/**
 * What the admin API drives: the service's own operations, except that faults arrive checked and
 * the token lifetime is checked by the caller (an HTTP client gets a 400, Effect code a defect).
 */
export type Operations =
  & Pick<
    Service,
    "pendingFaults" | "clearFaults" | "journal" | "clearJournal" | "revokeTokens" | "tokenTtl" | "setTokenTtl" | "issuance" | "reset"
  >
  & {
    readonly addFault: (fault: PendingFault) => Effect.Effect<void>
    readonly issueCertificate: (sslId: number) => Effect.Effect<Result<SslRecord>>
    readonly setIssuance: (settings: Partial<IssuanceSettings>) => Effect.Effect<IssuanceSettings>
  }

const noContent = HttpServerResponse.empty({ status: 204 })

/** Runs `handle` on the JSON body, or answers the body's problem. */
const withJsonBody = (
  handle: (body: unknown) => Effect.Effect<HttpServerResponse.HttpServerResponse>
) => Effect.flatMap(jsonBody, Either.match({ onLeft: Effect.succeed, onRight: handle }))

const journalSchemes = ["token", "oauth2", "password", "certificate", "none"] as const

/** `GET /__admin/requests` filters: `scheme` (`none` for requests no scheme applied to), `method`, `status`. */
const journalFilter = (params: QueryParams) =>
  Either.gen(function* () {
    const scheme = yield* literalParam(params, "scheme", journalSchemes)
    const status = yield* integerParam(params, "status", 0, 599)
    const method = typeof params["method"] === "string" ? params["method"].toUpperCase() : undefined
    return (entry: JournalEntry): boolean =>
      (scheme === undefined || entry.scheme === (scheme === "none" ? null : scheme)) &&
      (status === undefined || entry.status === status) &&
      (method === undefined || entry.method === method)
  })

const settings = (tokenTtl: number) => jsonResponse(200, { tokenTtl })

const settingsBody = (body: unknown): Either.Either<number, string> => {
  const tokenTtl = typeof body === "object" && body !== null && "tokenTtl" in body ? body.tokenTtl : undefined
  return typeof tokenTtl === "number" && isValidTokenTtl(tokenTtl)
    ? Either.right(tokenTtl)
    : Either.left(`tokenTtl must be an integer number of seconds from 0 to ${maxTokenTtlSeconds}`)
}

/** A partial IssuanceSettings from `PUT /__admin/ssl/settings`; unknown fields are refused. */
const issuanceBody = (body: unknown): Either.Either<Partial<IssuanceSettings>, string> => {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return Either.left("The body must be a JSON object")
  const changes: { -readonly [K in keyof IssuanceSettings]?: IssuanceSettings[K] } = {}
  for (const [name, value] of Object.entries(body)) {
    const pendingCollect = pendingCollects.find((known) => known === value)
    if (name === "delaySeconds" && typeof value === "number" && isValidIssuanceDelay(value)) changes.delaySeconds = value
    else if (name === "manual" && typeof value === "boolean") changes.manual = value
    else if (name === "requireApproval" && typeof value === "boolean") changes.requireApproval = value
    else if (name === "pendingCollect" && pendingCollect !== undefined) changes.pendingCollect = pendingCollect
    else {
      return Either.left(
        `Invalid ${name}: delaySeconds is an integer from 0 to ${maxIssuanceDelaySeconds}, manual and requireApproval booleans, pendingCollect one of ${pendingCollects.join(", ")}`
      )
    }
  }
  return Either.right(changes)
}

/** `POST /__admin/ssl/{sslId}/issue`: 204, 404 for an unknown id, 409 for one that is not waiting for issuance. */
const issue = (ops: Operations) =>
  Effect.flatMap(HttpRouter.params, (params) =>
    Either.match(pathInteger(params, "sslId", 1, maxInt32), {
      onLeft: (description) => Effect.succeed(badRequest(description)),
      onRight: (sslId) =>
        Effect.map(ops.issueCertificate(sslId), (result) =>
          result._tag === "Done"
            ? noContent
            : result.refusal._tag === "UnknownCertificate"
            ? scmError(404, ErrorCode.generic, `No SSL certificate ${sslId}`)
            : scmError(409, ErrorCode.generic, `SSL certificate ${sslId} is not waiting for issuance`))
    }))

/** The `/__admin/` routes. */
export const adminRoutes = (ops: Operations): ReadonlyArray<HttpRouter.Route<never, never>> => [
  HttpRouter.makeRoute(
    "POST",
    "/__admin/faults",
    withJsonBody((body) =>
      Either.match(decodeFault(body), {
        onLeft: (message) => Effect.succeed(badRequest(`Invalid fault: ${message}`)),
        onRight: (fault) => Effect.as(ops.addFault(fault), jsonResponse(201, { ...fault.spec, times: fault.remaining }))
      })
    )
  ),
  HttpRouter.makeRoute("GET", "/__admin/faults", Effect.map(ops.pendingFaults, (faults) => jsonResponse(200, faults))),
  HttpRouter.makeRoute("DELETE", "/__admin/faults", Effect.as(ops.clearFaults, noContent)),
  HttpRouter.makeRoute(
    "GET",
    "/__admin/requests",
    Effect.flatMap(HttpServerRequest.ParsedSearchParams, (params) =>
      Either.match(journalFilter(params), {
        onLeft: (description) => Effect.succeed(badRequest(description)),
        onRight: (keep) => Effect.map(ops.journal, (entries) => jsonResponse(200, entries.filter(keep)))
      }))
  ),
  HttpRouter.makeRoute("DELETE", "/__admin/requests", Effect.as(ops.clearJournal, noContent)),
  HttpRouter.makeRoute("POST", "/__admin/tokens/revoke", Effect.as(ops.revokeTokens, noContent)),
  HttpRouter.makeRoute("POST", "/__admin/reset", Effect.as(ops.reset, noContent)),
  HttpRouter.makeRoute("GET", "/__admin/settings", Effect.map(ops.tokenTtl, settings)),
  HttpRouter.makeRoute(
    "PUT",
    "/__admin/settings",
    withJsonBody((body) =>
      Either.match(settingsBody(body), {
        onLeft: (description) => Effect.succeed(badRequest(description)),
        onRight: (tokenTtl) => Effect.as(ops.setTokenTtl(tokenTtl), settings(tokenTtl))
      })
    )
  ),
  HttpRouter.makeRoute("POST", "/__admin/ssl/:sslId/issue", issue(ops)),
  HttpRouter.makeRoute("GET", "/__admin/ssl/settings", Effect.map(ops.issuance, (settings) => jsonResponse(200, settings))),
  HttpRouter.makeRoute(
    "PUT",
    "/__admin/ssl/settings",
    withJsonBody((body) =>
      Either.match(issuanceBody(body), {
        onLeft: (description) => Effect.succeed(badRequest(description)),
        onRight: (changes) => Effect.map(ops.setIssuance(changes), (settings) => jsonResponse(200, settings))
      })
    )
  ),
  HttpRouter.makeRoute(
    "*",
    "/__admin/*",
    Effect.map(HttpServerRequest.HttpServerRequest, (request) => notFound(request.method, pathOf(request.url)))
  )
]
