/**
 * A Sectigo Certificate Manager look-alike for contract tests. One server, two listeners (HTTP and
 * HTTPS with client certificates), three ways to authenticate (OAuth2 Bearer tokens from a
 * Keycloak-style token endpoint, SCM's password headers, SCM's certificate login on `/private`),
 * seeded SSL resources, fault injection and a request journal that never holds a secret.
 *
 * ```ts
 * import { MockScmServer } from "@scm-effect/mock-server"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const mock = yield* MockScmServer.MockScmServer
 *   yield* mock.addFault({ path: "/api/ssl/v1/types", status: 503, headers: { "Retry-After": "1" } })
 *   // ... call mock.httpUrl with the client under test ...
 *   const tokenRequests = yield* mock.tokenRequests
 * }).pipe(Effect.provide(MockScmServer.layer()))
 * ```
 *
 * Importing this module installs nothing global: the X.509 library (and the `reflect-metadata`
 * polyfill it needs) is loaded when a server first makes its PKI.
 *
 * @since 0.1.0
 */
import type { Effect, Scope } from "effect"
import { Context, Layer } from "effect"
import * as environmentInternal from "./internal/auth/environment.js"
import * as internal from "./internal/server.js"
import type { Service } from "./internal/admin/service.js"
import type { MockServerError, Options } from "./internal/server.js"
import type * as MockPki from "./MockPki.js"

// The models are declared in the layer of the mock that owns them (so that nothing inside the mock
// imports this module) and re-exported here, unchanged.
export type { CredentialOptions, Credentials } from "./internal/auth/credentials.js"
export type { FaultSpec } from "./internal/admin/faults.js"
export type { JournalEntry, JournalRequest, Scheme, Source } from "./internal/admin/journal.js"
export type { IssuanceSettings, PendingCollect } from "./internal/areas/ssl/index.js"
export type { DcvOptions } from "./internal/areas/domains/index.js"
export type {
  AcmeAccountSeed,
  AcmeServerSeed,
  AdminSeed,
  CustomFieldSeed,
  DomainSeed,
  OrganizationSeed,
  PersonSeed,
  Seed,
  SmimeCertificateSeed,
  SmimeSeed,
  SslCertificateSeed,
  SslTypeSeed
} from "./internal/state/seed.js"
export type { Service } from "./internal/admin/service.js"
export type { Options } from "./internal/server.js"
export type { RecordingOptions } from "./internal/recording/front.js"
export { MockServerError } from "./internal/server.js"

/**
 * The running mock SCM server.
 *
 * @since 0.1.0
 * @category tags
 */
export class MockScmServer extends Context.Service<MockScmServer, Service>()("@scm-effect/mock-server/MockScmServer") {}

/**
 * Starts the server in the current scope (it stops when the scope closes) and returns its service.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options?: Options): Effect.Effect<Service, MockServerError, Scope.Scope> => internal.make(options)

/**
 * A layer running the server for as long as the layer lives.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options?: Options): Layer.Layer<MockScmServer, MockServerError> => Layer.effect(MockScmServer, make(options))

/**
 * The `SCM_*` variables that point a strategy (what `ScmAuth.layerConfig()` and the `scm` CLI read)
 * at this server, secrets in clear, for the environment of a program under test; the certificate
 * strategy's PEM files are written to a folder removed when the scope closes.
 *
 * @since 1.0.0
 * @category utils
 */
export const environment: (
  mock: Service,
  scheme: "oauth2" | "password" | "certificate"
) => Effect.Effect<Record<string, string>, MockPki.PkiError, Scope.Scope> = environmentInternal.environment
