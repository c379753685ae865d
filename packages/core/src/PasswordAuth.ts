/**
 * SCM header login: `login`, `password` and `customerUri` sent with every request. The `password`
 * header is redacted in logs and spans.
 *
 * @since 0.1.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Config from "./internal/config.js"
import * as internal from "./internal/password.js"
import { ScmHttpClient } from "./ScmHttpClient.js"
import type { Service } from "./ScmHttpClient.js"
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
}

/**
 * Settings `layerConfig` takes from code rather than from the environment.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigOptions {
  readonly retry?: ScmRetry.Retry | undefined
}

/**
 * The default base URL of the header-login API.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultBaseUrl: string = internal.defaultBaseUrl

/**
 * Builds the client.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (options: Options) => Effect.Effect<Service, never, HttpClient.HttpClient | Scope.Scope> =
  internal.make

/**
 * Provides `ScmHttpClient` authenticated with login and password headers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<ScmHttpClient, never, HttpClient.HttpClient> =>
  Layer.scoped(ScmHttpClient, internal.make(options))

/**
 * Like `layer`, reading `SCM_LOGIN`, `SCM_PASSWORD`, `SCM_CUSTOMER_URI` and `SCM_BASE_URL`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: ConfigOptions
): Layer.Layer<ScmHttpClient, ConfigError.ConfigError, HttpClient.HttpClient> =>
  Layer.scoped(
    ScmHttpClient,
    Effect.flatMap(Config.password, (config) => internal.make({ ...options, ...config }))
  )
