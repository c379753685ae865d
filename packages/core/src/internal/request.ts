/**
 * The few request shapes the resource modules repeat: GET a JSON body through a schema, send a
 * JSON body, read bytes, read a count. Each fails only with ScmError.
 */
import * as HttpBody from "@effect/platform/HttpBody"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import type * as UrlParams from "@effect/platform/UrlParams"
import * as Effect from "effect/Effect"
import type * as Schema from "effect/Schema"
import * as ScmError from "../ScmError.js"
import * as ScmHttpClient from "../ScmHttpClient.js"
import { drain } from "./errors.js"
import { display } from "./url.js"

/** @internal */
export type Decoder<A> = (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<A, ScmError.ScmDecodeError>

/**
 * A decoder built once per schema, not once per call.
 *
 * @internal
 */
export const decoder = <A, I>(schema: Schema.Schema<A, I>): Decoder<A> => ScmHttpClient.schemaBodyJson(schema)

/** @internal */
export const getJson = <A>(
  path: string,
  decode: Decoder<A>,
  urlParams?: UrlParams.Input
): Effect.Effect<A, ScmError.ScmError, ScmHttpClient.ScmHttpClient> =>
  Effect.flatMap(
    ScmHttpClient.ScmHttpClient,
    (client) => Effect.flatMap(client.get(path, urlParams === undefined ? undefined : { urlParams }), decode)
  )

/**
 * POSTs a JSON body. The shared retry policy sees a POST and never resends it after the server
 * may have acted on it.
 *
 * @internal
 */
export const postJson = <A>(
  path: string,
  body: unknown,
  decode: Decoder<A>
): Effect.Effect<A, ScmError.ScmError, ScmHttpClient.ScmHttpClient> =>
  Effect.flatMap(
    ScmHttpClient.ScmHttpClient,
    (client) => Effect.flatMap(client.post(path, { body: HttpBody.unsafeJson(body) }), decode)
  )

/**
 * A body we do not read (204, say), drained so the connection goes back to the pool.
 *
 * @internal
 */
export const noContent: Decoder<void> = drain

const decodeError = (response: HttpClientResponse.HttpClientResponse, description: string) =>
  new ScmError.ScmDecodeError({
    method: response.request.method,
    url: display(response.request.url),
    status: response.status,
    description
  })

/** @internal */
export const bytes: Decoder<Uint8Array> = (response) =>
  response.arrayBuffer.pipe(
    Effect.map((buffer) => new Uint8Array(buffer)),
    Effect.mapError((error) => decodeError(response, error.description ?? "the body could not be read"))
  )

/**
 * `X-Total-Count` as a count, or undefined when it is missing or not a count.
 *
 * @internal
 */
export const totalCount = (response: HttpClientResponse.HttpClientResponse): number | undefined => {
  const value = response.headers["x-total-count"]?.trim()
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined
}

/**
 * Counts the matches of a list URL with `HEAD`, which SCM answers with `X-Total-Count` alone.
 *
 * @internal
 */
export const headCount = (
  path: string,
  urlParams: UrlParams.Input
): Effect.Effect<number, ScmError.ScmError, ScmHttpClient.ScmHttpClient> =>
  Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) =>
    Effect.flatMap(client.head(path, { urlParams }), (response) => {
      const total = totalCount(response)
      return total === undefined
        ? Effect.fail(decodeError(response, "the answer has no X-Total-Count header"))
        : Effect.as(drain(response), total)
    }))

/**
 * Query parameters from a filter object: set values only, in the spec's names.
 *
 * @internal
 */
export const query = (filters: object | undefined): Array<[string, string]> => {
  const params: Array<[string, string]> = []
  if (filters === undefined) return params
  const entries: Array<[string, unknown]> = Object.entries(filters)
  for (const [name, value] of entries) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      params.push([name, String(value)])
    }
  }
  return params
}
