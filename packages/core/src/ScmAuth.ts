/**
 * Picks the strategy from the environment: `SCM_AUTH` = `oauth2` | `password` | `certificate`.
 *
 * @since 0.1.0
 */
import type * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as CertificateAuth from "./CertificateAuth.js"
import * as Settings from "./internal/config.js"
import * as OAuth2 from "./OAuth2.js"
import * as PasswordAuth from "./PasswordAuth.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

/**
 * A strategy name as `SCM_AUTH` spells it.
 *
 * @since 0.1.0
 * @category models
 */
export type Scheme = "oauth2" | "password" | "certificate"

/**
 * Settings taken from code rather than from the environment (`refreshSkew` applies to OAuth2 only).
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigOptions extends OAuth2.ConfigOptions {}

/**
 * Provides `ScmHttpClient` with the strategy `SCM_AUTH` names, configured from its variables.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: ConfigOptions
): Layer.Layer<ScmHttpClient, Config.ConfigError, HttpClient.HttpClient> =>
  Layer.unwrap(
    Effect.map(Settings.authScheme, (scheme): Layer.Layer<ScmHttpClient, Config.ConfigError, HttpClient.HttpClient> => {
      switch (scheme) {
        case "oauth2":
          return OAuth2.layerConfig(options)
        case "password":
          return PasswordAuth.layerConfig(options)
        case "certificate":
          return CertificateAuth.layerConfig(options)
      }
    })
  )
