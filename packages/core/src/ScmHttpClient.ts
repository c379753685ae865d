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
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Schema from "effect/Schema"
import type { ParseOptions } from "effect/SchemaAST"
import * as ScmError from "./ScmError.js"
import * as Deadline from "./internal/deadline.js"
import { timeoutOf } from "./internal/deadline.js"
import { scrubText, secretsOf } from "./internal/secrets.js"
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
 * @category services
 */
export class ScmHttpClient extends Context.Service<ScmHttpClient, Service>()("@scm-effect/core/ScmHttpClient") {}

const decodeError = (response: HttpClientResponse.HttpClientResponse, description: string) =>
  new ScmError.ScmDecodeError({
    method: response.request.method,
    url: display(response.request.url),
    status: response.status,
    // A server may echo the request, credentials included, and a schema error quotes the values
    // it rejects.
    description: scrubText(description, secretsOf(response.request))
  })

// The platform error is not kept: it holds the request, whose headers carry credentials, and a
// JSON parser's message quotes the body. A missed deadline is the attempt's ScmTransportError.
const fromBodyError =
  (response: HttpClientResponse.HttpClientResponse) =>
  (error: HttpClientError.HttpClientError): ScmError.ScmDecodeError | ScmError.ScmTransportError =>
    timeoutOf(error) ??
      decodeError(
        response,
        error.reason.cause instanceof SyntaxError
          ? "the body is not valid JSON"
          : error.reason.description ?? "the body could not be read"
      )

/**
 * The default deadline of one attempt (120 s): the answer's headers and its body, whoever reads
 * it, must arrive within it. Twice the slowest answers SCM issuers report (60 s).
 *
 * @since 1.0.0
 * @category constants
 */
export const defaultTimeout: Duration.Duration = Deadline.defaultTimeout

/**
 * Decodes a JSON body with a schema; a body that does not match fails with `ScmDecodeError`, one
 * that misses the attempt's deadline with `ScmTransportError` (reason `Timeout`).
 *
 * @since 0.1.0
 * @category decoding
 */
export const schemaBodyJson = <S extends Schema.Constraint>(schema: S, options?: ParseOptions | undefined) => {
  // As the platform's own `schemaBodyJson`: the schema's JSON codec, so Type-only schemas decode too.
  const decode = Schema.decodeUnknownEffect(Schema.toCodecJson(schema), options)
  return (
    response: HttpClientResponse.HttpClientResponse
  ): Effect.Effect<S["Type"], ScmError.ScmDecodeError | ScmError.ScmTransportError, S["DecodingServices"]> =>
    Effect.flatMap(
      Effect.mapError(response.json, fromBodyError(response)),
      (json) => Effect.mapError(decode(json), (error) => decodeError(response, error.message))
    )
}

/**
 * Reads a JSON body without a schema; invalid JSON fails with `ScmDecodeError`, a missed deadline
 * with `ScmTransportError`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const json = (
  response: HttpClientResponse.HttpClientResponse
): Effect.Effect<unknown, ScmError.ScmDecodeError | ScmError.ScmTransportError> =>
  Effect.mapError(response.json, fromBodyError(response))

/**
 * Reads a body as text (PEM files, for instance); a failed read is `ScmDecodeError`, a missed
 * deadline `ScmTransportError`.
 *
 * @since 0.1.0
 * @category decoding
 */
export const text = (
  response: HttpClientResponse.HttpClientResponse
): Effect.Effect<string, ScmError.ScmDecodeError | ScmError.ScmTransportError> =>
  Effect.mapError(response.text, fromBodyError(response))
