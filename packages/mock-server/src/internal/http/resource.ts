/**
 * What a resource is: a method and a path under the API root (`/api` or `/private/api`, with
 * `:name` path parameters) and its handler, and the call it is handed. The SCM resources are written
 * once against this and served behind every auth scheme: the scheme decides who is asking
 * (`Principal`), the resources decide what they get.
 */
import type { HttpServerResponse } from "effect/http"
import type { Effect, Result } from "effect"
import type { QueryParams } from "./query.js"

/** Who is asking, and how they proved it. */
export interface Principal {
  readonly scheme: "oauth2" | "password" | "certificate" | "developer"
  /** The admin's login, the API client's id for `oauth2`, the code signing developer's email for `developer`. */
  readonly login: string
}

/** A request as a resource sees it. */
export interface ApiCall {
  readonly principal: Principal
  readonly query: QueryParams
  /** The `:name` segments of the route. */
  readonly pathParams: Readonly<Record<string, string | undefined>>
  /** A HEAD request (a GET resource answers it; lists send only `X-Total-Count`). */
  readonly head: boolean
  /** The API root the request came in under: a `Location` header names the new resource below it. */
  readonly root: "/api" | "/private/api"
  /** The JSON body, read when asked for, or the 4xx that says why there is none. */
  readonly body: Effect.Effect<Result.Result<unknown, HttpServerResponse.HttpServerResponse>>
}

/** One resource: a method and a path under the API root, and its handler. */
export interface Resource {
  readonly method: "GET" | "POST" | "PUT" | "DELETE"
  readonly path: string
  readonly handle: (call: ApiCall) => Effect.Effect<HttpServerResponse.HttpServerResponse>
}
