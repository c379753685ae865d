/**
 * SCM header login: `login`, `password` and `customerUri` sent with every request. The `password`
 * header is redacted in logs and spans.
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Config from "effect/Config"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as Layer from "effect/Layer"
import type * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Client from "./internal/client.js"
import * as Settings from "./internal/config.js"
import * as internal from "./internal/password.js"
import type { ScmHttpClient, Service } from "./ScmHttpClient.js"
import type * as ScmError from "./ScmError.js"
import type * as ScmRetry from "./ScmRetry.js"

/**
 * Settings of the password strategy.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly login: string
  readonly password: Redacted.Redacted<string>
  readonly customerUri: string
  /** Default `https://cert-manager.com`. */
  readonly baseUrl?: string | undefined
  /** Retry policy (default `ScmRetry.defaults`). */
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
  readonly retry?: ScmRetry.Retry | undefined
  /** Used when `SCM_TIMEOUT` is unset. */
  readonly timeout?: Duration.Input | undefined
}

/**
 * The default base URL of the header-login API.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultBaseUrl: string = internal.defaultBaseUrl

/**
 * Builds the client; a login, password or customerUri that cannot travel as a header value (a
 * control character, say) fails with `ScmTransportError` (reason `Encode`) naming the setting.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (
  options: Options
) => Effect.Effect<Service, ScmError.ScmTransportError, HttpClient.HttpClient | Scope.Scope> = internal.make

/**
 * Provides `ScmHttpClient` authenticated with login and password headers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<ScmHttpClient, ScmError.ScmTransportError, HttpClient.HttpClient> =>
  Client.layer(internal.make(options))

/**
 * Like `layer`, reading `SCM_LOGIN`, `SCM_PASSWORD`, `SCM_CUSTOMER_URI`, `SCM_BASE_URL` and
 * `SCM_TIMEOUT`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: ConfigOptions
): Layer.Layer<ScmHttpClient, Config.ConfigError, HttpClient.HttpClient> =>
  Client.layer(
    Effect.flatMap(Settings.password, (config) =>
      // The header values were checked by the Config already, naming their variables.
      Effect.orDie(internal.make({ ...options, ...config, timeout: config.timeout ?? options?.timeout })))
  )
