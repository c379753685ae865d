/**
 * The admin API under `/__admin/`: the same operations the `MockScmServer` service offers to
 * Effect code, over HTTP for tests in any language. Never faulted, never journaled, no auth.
 */
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect, Either } from "effect"
import type { JournalEntry, Service } from "../MockScmServer.js"
import { hasMediaType, readText } from "./body.js"
import { decodeFault, type PendingFault } from "./faults.js"
import { integerParam, literalParam, pathOf, type QueryParams } from "./query.js"
import { badRequest, jsonResponse, notFound, payloadTooLarge, unsupportedMediaType } from "./scmErrors.js"
import { isValidTokenTtl, maxTokenTtlSeconds } from "./tokens.js"

/**
 * What the admin API drives: the service's own operations, except that faults arrive checked and
 * the token lifetime is checked by the caller (an HTTP client gets a 400, Effect code a defect).
 */
export type Operations =
  & Pick<Service, "pendingFaults" | "clearFaults" | "journal" | "clearJournal" | "revokeTokens" | "tokenTtl" | "setTokenTtl" | "reset">
  & { readonly addFault: (fault: PendingFault) => Effect.Effect<void> }

const noContent = HttpServerResponse.empty({ status: 204 })

/** A JSON body, or the 4xx that says why there is none. */
const jsonBody: Effect.Effect<Either.Either<unknown, HttpServerResponse.HttpServerResponse>, never, HttpServerRequest.HttpServerRequest> =
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
  HttpRouter.makeRoute(
    "*",
    "/__admin/*",
    Effect.map(HttpServerRequest.HttpServerRequest, (request) => notFound(request.method, pathOf(request.url)))
  )
]
