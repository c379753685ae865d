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
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Config from "effect/Config"
import * as Context from "effect/Context"
import type * as DateTime from "effect/DateTime"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
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
 * What a program may know of the access token the client holds: its times, never the token.
 *
 * @since 1.1.0
 * @category models
 */
export interface TokenStatus {
  /** When the client asked for it. */
  readonly obtainedAt: DateTime.Utc
  /** When the client stops sending it: `lifetime` after `obtainedAt`, at least 10 s. */
  readonly expiresAt: DateTime.Utc
  /** When the background renewal replaces it (`refreshSkew` before `expiresAt`, at the latest). */
  readonly renewsAt: DateTime.Utc
  /** The lifetime the token endpoint gave it (`expires_in`). */
  readonly lifetime: Duration.Duration
}

/**
 * The client's access token as a program may see it, for health checks and `scm auth check`.
 * Provided next to `ScmHttpClient` by `layer`, `layerConfig` and `ScmAuth.layerConfig` (whose other
 * strategies hold no token).
 *
 * @since 1.1.0
 * @category services
 */
export class Tokens extends Context.Service<Tokens, {
  /**
   * The token held now: `None` before a request has obtained one, once it has expired unrenewed,
   * and for a strategy that sends none. Requests nothing.
   */
  readonly current: Effect.Effect<Option.Option<TokenStatus>>
}>()("@scm-effect/core/OAuth2/Tokens") {}

const layerOf = <E, R>(build: Effect.Effect<internal.Built, E, R>) =>
  Client.layerWith(Effect.map(build, ({ current, service }) => ({ service, context: Context.make(Tokens, { current }) })))

/**
 * Provides `ScmHttpClient` authenticated with OAuth2 client credentials, and its `Tokens`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<ScmHttpClient | Tokens, never, HttpClient.HttpClient> =>
  layerOf(internal.build(options))

/**
 * Like `layer`, reading `SCM_CLIENT_ID`, `SCM_CLIENT_SECRET`, `SCM_BASE_URL`, `SCM_TOKEN_URL` and
 * `SCM_TIMEOUT`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: ConfigOptions
): Layer.Layer<ScmHttpClient | Tokens, Config.ConfigError, HttpClient.HttpClient> =>
  layerOf(
    Effect.flatMap(Settings.oauth2, (config) =>
      internal.build({ ...options, ...config, timeout: config.timeout ?? options?.timeout }))
  )
