/**
 * How the curated modules reach SCM: through the generated operations, on a client whose JSON
 * decoder reads each operation's answer with the curated (branded, lenient) view of its schema
 * where one is registered, and with the spec's schema otherwise. Plus the two things the spec's
 * operations cannot express: `X-Total-Count` as a count, and HEAD counts.
 */
import * as Effect from "effect/Effect"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import type * as UrlParams from "effect/http/UrlParams"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Generated from "../generated/Client.js"
import * as ScmError from "../ScmError.js"
import * as ScmHttpClient from "../ScmHttpClient.js"
import { drain } from "./body.js"
import { timeoutOf } from "./deadline.js"
import { display } from "./url.js"

/** @internal */
export type Decoder<A> = (
  response: HttpClientResponse.HttpClientResponse
) => Effect.Effect<A, ScmError.ScmDecodeError | ScmError.ScmTransportError>

/** @internal */
export const decodeError = (response: HttpClientResponse.HttpClientResponse, description: string) =>
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
    Effect.mapError((error) =>
      timeoutOf(error) ?? decodeError(response, error.reason.description ?? "the body could not be read")
    )
  )

/**
 * The decoders a generated client reads answers with: JSON through `ScmHttpClient.schemaBodyJson`
 * (built once per schema, since the generated functions ask for one on every call, and read with
 * `schemaOf(schema)`), bodies as bytes or a stream, failures as `ScmError`.
 *
 * @internal
 */
export const makeDecoders = (options: {
  readonly schemaOf: (schema: Schema.Constraint) => Schema.Constraint
  readonly unexpectedStatus: Generated.Decoders<ScmError.ScmError>["unexpectedStatus"]
}): Generated.Decoders<ScmError.ScmError> => {
  const jsonDecoders = new WeakMap<object, (response: HttpClientResponse.HttpClientResponse) => unknown>()
  return {
    json: <S extends Schema.Constraint>(schema: S) => {
      let decode = jsonDecoders.get(schema)
      if (decode === undefined) {
        decode = ScmHttpClient.schemaBodyJson(options.schemaOf(schema))
        jsonDecoders.set(schema, decode)
      }
      return decode as ReturnType<typeof ScmHttpClient.schemaBodyJson<S>>
    },
    empty: drain,
    bytes,
    stream: (response) =>
      Stream.mapError(
        response.stream,
        (error) => timeoutOf(error) ?? decodeError(response, error.reason.description ?? "the body could not be read")
      ),
    unexpectedStatus: options.unexpectedStatus
  }
}

// The spec's response schema -> the curated schema that reads the same answer.
const views = new WeakMap<object, Schema.Constraint>()

/**
 * Registers `curated` as the schema the curated client reads `generated`'s answers with, and
 * returns the (identity) conversion of the operation's value to the curated type. The generated
 * schemas are the spec's, strict: no `null`, closed enums, dates as strings; SCM sends all three,
 * and the curated views take them, branding the ids.
 *
 * @internal
 */
export const view = <G extends Schema.Constraint, C extends Schema.Constraint>(
  generated: G,
  curated: C
): (value: G["Type"]) => C["Type"] => {
  views.set(generated, curated)
  return (value) => value as C["Type"]
}

const decoders = makeDecoders({
  schemaOf: (schema) => views.get(schema) ?? schema,
  // Reached only by a 2xx other than the one the spec gives a bodiless operation (revoke's 204,
  // the one the curated functions call): they took any 2xx before running over the generated
  // operations, and still do, so the answer is drained and the operation's void value returned.
  unexpectedStatus: (response) => drain(response) as never
})

/** @internal */
export type Api = Generated.ScmApi<ScmError.ScmError>

/** @internal */
export type OperationName = Exclude<keyof Api, "httpClient">

// One operation context per ScmHttpClient service, made on first use: not one per call.
const contexts = new WeakMap<ScmHttpClient.Service, Generated.OperationContext<ScmError.ScmError>>()

const contextOf = (client: ScmHttpClient.Service) => {
  let found = contexts.get(client)
  if (found === undefined) {
    found = Generated.operationContext(client, { decoders })
    contexts.set(client, found)
  }
  return found
}

/**
 * The generated operations a curated module calls (`apiOf({ getOrgList, getOrgDetails })`, each
 * the generated function of that name), over the `ScmHttpClient` in context, reading curated views.
 * Naming them, rather than taking the whole generated client, keeps a bundle of the module to
 * those operations and the schemas they read (the whole client reads them all).
 *
 * @internal
 */
export const apiOf = <K extends OperationName>(
  operations: { readonly [Name in K]: (context: Generated.OperationContext<ScmError.ScmError>) => Api[Name] }
): Effect.Effect<Pick<Api, K>, never, ScmHttpClient.ScmHttpClient> => {
  // Made once per ScmHttpClient service, on first use: not one per call.
  const made = new WeakMap<ScmHttpClient.Service, Pick<Api, K>>()
  const names = Object.keys(operations) as Array<K>
  return Effect.map(ScmHttpClient.ScmHttpClient, (client) => {
    let found = made.get(client)
    if (found === undefined) {
      const context = contextOf(client)
      const built: Partial<Pick<Api, K>> = {}
      for (const name of names) built[name] = operations[name](context)
      found = built as Pick<Api, K>
      made.set(client, found)
    }
    return found
  })
}

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
 * Written by hand: the spec has no HEAD operations (SCM answers HEAD on every list URL).
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
