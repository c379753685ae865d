/**
 * The credentials a server is seeded with: as options give them (plain strings), and as the server
 * keeps them once resolved (secrets `Redacted` from then on). `MockScmServer` re-exports both.
 */
import type { Redacted } from "effect"

/**
 * The seeded credentials. Secrets are `Redacted`; unless options say otherwise they are random per start.
 *
 * @since 0.1.0
 * @category models
 */
export interface Credentials {
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  readonly login: string
  readonly password: Redacted.Redacted<string>
  readonly customerUri: string
  /** The admin whose client certificate the PKI issues (its subject CN). */
  readonly certLogin: string
  /** The code signing developer who logs in with the `email` / `password` headers (`/api/csod/v1/requests/developer`). */
  readonly developerEmail: string
  readonly developerPassword: Redacted.Redacted<string>
}

/**
 * Credentials to seed instead of the defaults, as plain strings.
 *
 * @since 0.1.0
 * @category models
 */
export interface CredentialOptions {
  readonly clientId?: string
  readonly clientSecret?: string
  readonly login?: string
  readonly password?: string
  readonly customerUri?: string
  readonly certLogin?: string
  readonly developerEmail?: string
  readonly developerPassword?: string
}
