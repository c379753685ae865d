/**
 * Picks the strategy from the environment: `SCM_AUTH` = `oauth2` | `password` | `certificate`.
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as CertificateAuth from "./CertificateAuth.js"
import * as Settings from "./internal/config.js"
import * as internalOAuth2 from "./internal/oauth2.js"
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

// Header and certificate login send no bearer token: their `OAuth2.Tokens` never hold one.
const noTokens = Layer.succeed(OAuth2.Tokens, internalOAuth2.noTokens)

/**
 * Provides `ScmHttpClient` with the strategy `SCM_AUTH` names, configured from its variables, and
 * `OAuth2.Tokens` (which holds a token with `oauth2` only).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options?: ConfigOptions
): Layer.Layer<ScmHttpClient | OAuth2.Tokens, Config.ConfigError, HttpClient.HttpClient> =>
  Layer.unwrap(
    Effect.map(Settings.authScheme, (scheme): Layer.Layer<ScmHttpClient | OAuth2.Tokens, Config.ConfigError, HttpClient.HttpClient> => {
      switch (scheme) {
        case "oauth2":
          return OAuth2.layerConfig(options)
        case "password":
          return Layer.merge(PasswordAuth.layerConfig(options), noTokens)
        case "certificate":
          return Layer.merge(CertificateAuth.layerConfig(options), noTokens)
      }
    })
  )
