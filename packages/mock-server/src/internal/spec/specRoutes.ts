/**
 * The spec fallback as routes: one per operation of the spec (GET ones answer HEAD too) that no
 * stateful resource serves already, in the router's syntax under the API root. The router prefers
 * a static segment to a parameter, so `/domain/v1/count` never reaches `/domain/v1/:id`.
 */
import type { Effect } from "effect"
import type { FindMyWay, HttpMethod, HttpServerRequest, HttpServerResponse } from "effect/http"
import { pathOf } from "../http/query.js"
import type { SpecFallback, SpecOperation } from "./specFallback.js"

/** Where the router found a request: its path parameters and parsed query. */
export type RouteMatch = Pick<FindMyWay.FindResult<unknown>, "params" | "searchParams">

/** What a spec route answers, for the request and where the router found it. */
export type SpecHandle = (
  request: HttpServerRequest.HttpServerRequest,
  match: RouteMatch
) => Effect.Effect<HttpServerResponse.HttpServerResponse>

/** A route of the fallback: method, path under the API root, handler. */
export interface SpecRoute {
  readonly method: HttpMethod.HttpMethod
  readonly path: string
  readonly operation: SpecOperation
  readonly handle: SpecHandle
}

/** A route path with its parameter names erased: `/ssl/v1/:sslId` and `/ssl/v1/:id` are one route. */
const shapeOf = (path: string): string => path.replace(/:[^/]+/g, ":")

/** The routes of `fallback` that `served` (the stateful resources' methods and paths) leaves to it. */
export const specRoutes = (
  fallback: SpecFallback,
  served: ReadonlyArray<{ readonly method: string; readonly path: string }>
): ReadonlyArray<SpecRoute> => {
  const taken = new Set(served.map((route) => `${route.method} ${shapeOf(route.path)}`))
  return fallback.operations.flatMap((operation) => {
    const methods: ReadonlyArray<HttpMethod.HttpMethod> = operation.method === "GET" ? ["GET", "HEAD"] : [operation.method]
    return methods
      .filter((method) => !taken.has(`${method} ${shapeOf(operation.route)}`))
      .map((method): SpecRoute => ({
        method,
        path: operation.route,
        operation,
        handle: (request, match) =>
          fallback.answer(operation, {
            request,
            path: pathOf(request.url),
            pathParams: match.params,
            query: match.searchParams,
            head: request.method === "HEAD"
          })
      }))
  })
}
