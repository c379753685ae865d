/**
 * OAuth2 client credentials: a bearer token from SCM's token endpoint, cached, renewed in the
 * background before it expires, renewed once more after a 401.
 *
 * ```ts
 * const ScmLive = OAuth2.layer({ clientId, clientSecret: Redacted.make(secret) }).pipe(
 *   Layer.provide(NodeHttpClient.layerUndici)
 * )
 * ```
 *
 * @since 0.1.0
 */
import type * as Config from "effect/Config"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Layer from "effect/Layer"
import type * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Client from "./internal/client.js"
import * as Settings from "./internal/config.js"
import * as internal from "./internal/oauth2.js"
import type { ScmHttpClient, Service } from "./ScmHttpClient.js"
import type * as ScmRetry from "./ScmRetry.js"

/**
 * Settings of the OAuth2 strategy.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  /** Default `https://admin.enterprise.sectigo.com`. */
  readonly baseUrl?: string | undefined
  /** The only URL the secret is ever sent to. Default: Sectigo's Keycloak realm `apiclients`. */
  readonly tokenUrl?: string | undefined
  /** Renew this long before expiry, at most half the token's lifetime (default 60 s). */
  readonly refreshSkew?: Duration.Input | undefined
  /** Retry policy for API and token requests (default `ScmRetry.defaults`). */
  readonly retry?: ScmRetry.Retry | undefined
  /**
   * Deadline of one attempt: the answer's headers and its body (default `ScmHttpClient.defaultTimeout`,
   * 120 s; `Duration.infinity` for none). A miss is `ScmTransportError` with reason `Timeout`.
   */
  readonly timeout?: Duration.Input | undefined
}

/**
 * Settings `layerConfig` takes from code rather than from the environment.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigOptions {
  readonly refreshSkew?: Duration.Input | undefined
  readonly retry?: ScmRetry.Retry | undefined
  /** Used when `SCM_TIMEOUT` is unset. */
  readonly timeout?: Duration.Input | undefined
}

/**
 * The default API base URL.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultBaseUrl: string = internal.defaultBaseUrl

/**
 * The default token endpoint.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultTokenUrl: string = internal.defaultTokenUrl

/**
 * Builds the client; its token renewal fiber lives as long as the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (options: Options) => Effect.Effect<Service, never, HttpClient.HttpClient | Scope.Scope> =
  internal.make

/**
 * Provides `ScmHttpClient` authenticated with OAuth2 client credentials.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<ScmHttpClient, never, HttpClient.HttpClient> =>
  Client.layer(internal.make(options))

/**
 * Like `layer`, reading `SCM_CLIENT_ID`, `SCM_CLIENT_SECRET`, `SCM_BASE_URL`, `SCM_TOKEN_URL` and
 * `SCM_TIMEOUT`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: ConfigOptions
): Layer.Layer<ScmHttpClient, Config.ConfigError, HttpClient.HttpClient> =>
  Client.layer(
    Effect.flatMap(Settings.oauth2, (config) =>
      internal.make({ ...options, ...config, timeout: config.timeout ?? options?.timeout }))
  )
