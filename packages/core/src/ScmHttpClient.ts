/**
 * The SCM client: an `HttpClient` bound to the SCM base URL, authenticated by whichever strategy
 * layer built it, failing only with `ScmError`.
 *
 * ```ts
 * const client = yield* ScmHttpClient.ScmHttpClient
 * const types = yield* client.get("/api/ssl/v1/types").pipe(
 *   Effect.flatMap(ScmHttpClient.schemaBodyJson(Schema.Array(SslType)))
 * )
 * ```
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type { ParseOptions } from "effect/SchemaAST"
import * as ScmError from "./ScmError.js"
import { display } from "./internal/url.js"

/**
 * An `HttpClient` whose request URLs are paths on the SCM base URL and whose errors are `ScmError`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service extends HttpClient.HttpClient.With<ScmError.ScmError> {}

/**
 * The SCM client service, provided by `OAuth2.layer`, `PasswordAuth.layer` or `CertificateAuth.layer`.
 *
 * @since 0.1.0
 * @category tags
 */
export class ScmHttpClient extends Context.Tag("@scm-effect/core/ScmHttpClient")<ScmHttpClient, Service>() {}

const decodeError = (response: HttpClientResponse.HttpClientResponse, description: string, cause?: unknown) =>
  new ScmError.ScmDecodeError({
    method: response.request.method,
    url: display(response.request.url),
    status: response.status,
    description,
    ...(cause === undefined ? {} : { cause })
  })

const fromBodyError = (response: HttpClientResponse.HttpClientResponse) => (error: HttpClientError.ResponseError) =>
  decodeError(response, error.description ?? "the body could not be read", error.cause)

/**
 * Decodes a JSON body with a schema; a body that does not match fails with `ScmDecodeError`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const schemaBodyJson = <A, I, R>(schema: Schema.Schema<A, I, R>, options?: ParseOptions | undefined) => {
  const decode = Schema.decodeUnknown(schema, options)
  return (response: HttpClientResponse.HttpClientResponse): Effect.Effect<A, ScmError.ScmDecodeError, R> =>
    Effect.flatMap(
      Effect.mapError(response.json, fromBodyError(response)),
      (json) =>
        Effect.mapError(
          decode(json),
          (error) => decodeError(response, ParseResult.TreeFormatter.formatErrorSync(error))
        )
    )
}

/**
 * Reads a JSON body without a schema; invalid JSON fails with `ScmDecodeError`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const json = (response: HttpClientResponse.HttpClientResponse): Effect.Effect<unknown, ScmError.ScmDecodeError> =>
  Effect.mapError(response.json, fromBodyError(response))

/**
 * Reads a body as text (PEM files, for instance); a failed read is `ScmDecodeError`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const text = (response: HttpClientResponse.HttpClientResponse): Effect.Effect<string, ScmError.ScmDecodeError> =>
  Effect.mapError(response.text, fromBodyError(response))
