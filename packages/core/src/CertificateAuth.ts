/**
 * SCM certificate login: a client TLS certificate (PEM or PFX) plus `login` and `customerUri`
 * headers. The client moves "/api/..." paths to "/private/api/..." itself, so code written for
 * the other strategies works unchanged. Brings its own undici transport (Node only).
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Config from "effect/Config"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import type * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as internal from "./internal/certificate.js"
import * as Client from "./internal/client.js"
import * as Settings from "./internal/config.js"
import * as Password from "./internal/password.js"
import type { ScmHttpClient, Service } from "./ScmHttpClient.js"
import type * as ScmError from "./ScmError.js"
import type * as ScmRetry from "./ScmRetry.js"

/**
 * PEM text or bytes.
 *
 * @since 0.1.0
 * @category models
 */
export type Pem = string | Uint8Array

/**
 * Settings shared by the PEM and the PFX form.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommonOptions {
  readonly login: string
  readonly customerUri: string
  /** CAs trusted for the server certificate; they replace Node's default roots. */
  readonly ca?: Pem | ReadonlyArray<Pem> | undefined
  /** Decrypts an encrypted key or the PFX. */
  readonly passphrase?: Redacted.Redacted<string> | undefined
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
 * Client certificate and private key as PEM.
 *
 * @since 0.1.0
 * @category models
 */
export interface PemOptions extends CommonOptions {
  readonly cert: Pem
  readonly key: Redacted.Redacted<Pem>
  readonly pfx?: undefined
}

/**
 * Client certificate and key as one PKCS#12 (PFX) file.
 *
 * @since 0.1.0
 * @category models
 */
export interface PfxOptions extends CommonOptions {
  readonly pfx: Redacted.Redacted<Uint8Array>
  readonly cert?: undefined
  readonly key?: undefined
}

/**
 * Settings of the certificate strategy: PEM or PFX.
 *
 * @since 0.1.0
 * @category models
 */
export type Options = PemOptions | PfxOptions

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
 * The default base URL: SCM's header-login host, which certificate login shares.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultBaseUrl: string = Password.defaultBaseUrl

/**
 * Builds the client and its TLS agent; unusable TLS material, or a login or customerUri that
 * cannot travel as a header value, fails with `ScmTransportError`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (options: Options) => Effect.Effect<Service, ScmError.ScmTransportError, Scope.Scope> =
  internal.make

/**
 * Provides `ScmHttpClient` authenticated with a client certificate, over its own mTLS transport.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<ScmHttpClient, ScmError.ScmTransportError> =>
  Client.layer(internal.make(options))

/**
 * Like `layer`, reading `SCM_LOGIN`, `SCM_CUSTOMER_URI`, `SCM_BASE_URL`, `SCM_CERT_FILE` and
 * `SCM_KEY_FILE` or `SCM_PFX_FILE`, `SCM_CA_FILE`, `SCM_PFX_PASSPHRASE` (files read at build time)
 * and `SCM_TIMEOUT`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (options?: ConfigOptions): Layer.Layer<ScmHttpClient, Config.ConfigError> =>
  Client.layer(
    Effect.flatMap(Settings.certificate, (config) =>
      internal.make({ ...options, ...config }).pipe(
        Effect.mapError((error) =>
          Settings.invalid(
            config.pfx === undefined ? Settings.names.certFile : Settings.names.pfxFile,
            `${error.detail ?? error.message}; check ${
              config.pfx === undefined
                ? `${Settings.names.certFile}, ${Settings.names.keyFile}`
                : Settings.names.pfxFile
            }, ${Settings.names.pfxPassphrase} and ${Settings.names.caFile}`
          )
        )
      ))
  )
