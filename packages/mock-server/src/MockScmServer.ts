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
import type { Effect, Redacted, Scope } from "effect"
import { Context, Layer, Schema } from "effect"
import * as environmentInternal from "./internal/auth/environment.js"
import * as internal from "./internal/server.js"
import type * as MockPki from "./MockPki.js"

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
}

/**
 * A queued fault: the next `times` matching requests get its answer, a delay before the real one, or a dropped connection.
 *
 * @since 0.1.0
 * @category models
 */
export interface FaultSpec {
  /** Any method when absent. */
  readonly method?: string
  /** Compared with the request's path, query aside. */
  readonly path: string
  /** `"exact"` (default) or `"prefix"`. */
  readonly match?: "exact" | "prefix"
  /** How many requests it applies to, default 1. */
  readonly times?: number
  /** Answer with this status (200..599) instead of the server. */
  readonly status?: number
  readonly headers?: Record<string, string>
  /** A string is sent as is, anything else as JSON. */
  readonly body?: unknown
  /** Wait this long (on `Clock`) before answering. */
  readonly delayMs?: number
  /** Close the connection without an answer. */
  readonly drop?: boolean
  /**
   * Answer a collect that would be refused as not issued yet (-183, -1400) with an empty 200, as
   * real SCM has been seen to do; any other answer passes through. Not with `status` or `drop`.
   */
  readonly emptyOk?: boolean
}

/**
 * The scheme a request used: `"token"` for the token endpoint, `null` for none.
 *
 * @since 0.1.0
 * @category models
 */
export type Scheme = "token" | "oauth2" | "password" | "certificate" | null

/**
 * One request as the journal records it, with no secret in it.
 *
 * @since 0.1.0
 * @category models
 */
export interface JournalEntry {
  readonly method: string
  /** Query values other than pagination and filters show as `REDACTED`. */
  readonly path: string
  readonly scheme: Scheme
  /** 0: a fault dropped the connection; 499: the client left before the answer. */
  readonly status: number
  readonly durationMs: number
  /** ISO time from `Clock` when the request arrived. */
  readonly at: string
}

/**
 * What collect answers before a certificate is issued: `"notCollectable"` -183 "Certificate is not collectable.", `"beingProcessed"` -1400 "The request is being processed by Sectigo.", `"alternate"` -1400 and -183 in turns (each certificate starts with -1400).
 *
 * @since 0.1.0
 * @category models
 */
export type PendingCollect = "notCollectable" | "beingProcessed" | "alternate"

/**
 * How enrolled SSL certificates get issued.
 *
 * @since 0.1.0
 * @category models
 */
export interface IssuanceSettings {
  /** Seconds on the `Clock` from enrollment (or approval) to issuance; 0 issues at the next request. */
  readonly delaySeconds: number
  /** Issue only on `issueCertificate` (or `POST /__admin/ssl/{sslId}/issue`). */
  readonly manual: boolean
  /** Enrollments wait as "Requested" until `POST /api/ssl/v1/approve/{id}` (or `issueCertificate`). */
  readonly requireApproval: boolean
  readonly pendingCollect: PendingCollect
}

/**
 * The running server: where it listens, how to log in, and the test controls.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** `http://127.0.0.1:<port>` */
  readonly httpUrl: string
  /** `https://127.0.0.1:<port>`, certificate valid for localhost, 127.0.0.1 and ::1. */
  readonly httpsUrl: string
  /** `${httpUrl}/auth/realms/apiclients/protocol/openid-connect/token` */
  readonly tokenUrl: string
  readonly credentials: Credentials
  /** Trust `pki.ca.certPem`; `pki.client` is the certificate of `credentials.certLogin`. */
  readonly pki: MockPki.Pki
  /** Queues a fault; dies on an invalid one (a bug in the test). */
  readonly addFault: (fault: FaultSpec) => Effect.Effect<void>
  /** The faults still queued, with the uses they have left as `times`. */
  readonly pendingFaults: Effect.Effect<ReadonlyArray<FaultSpec>>
  readonly clearFaults: Effect.Effect<void>
  /** The journal, oldest first. */
  readonly journal: Effect.Effect<ReadonlyArray<JournalEntry>>
  readonly clearJournal: Effect.Effect<void>
  /** How many journal entries have scheme `"token"`: the calls to the token endpoint. */
  readonly tokenRequests: Effect.Effect<number>
  /** Revokes every token issued so far; later ones are valid. */
  readonly revokeTokens: Effect.Effect<void>
  /** The lifetime of tokens issued from now on. */
  readonly tokenTtl: Effect.Effect<number>
  /** Sets the lifetime of tokens issued from now on (0 to a year); dies on a value outside. */
  readonly setTokenTtl: (seconds: number) => Effect.Effect<void>
  /** The CA that signs the SSL certificates `collect` returns (an intermediate under `pki.ca`), PEM. */
  readonly sslIssuingCaPem: string
  /** Issues an enrolled certificate now ("Applied" or "Requested"); dies if there is none such (a bug in the test). */
  readonly issueCertificate: (sslId: number) => Effect.Effect<void>
  readonly issuance: Effect.Effect<IssuanceSettings>
  /** Changes the issuance settings for enrollments from now on; dies on a delay that is not 0 to a year in seconds. */
  readonly setIssuance: (settings: Partial<IssuanceSettings>) => Effect.Effect<void>
  /** Faults, journal, tokens, token lifetime, data and issuance settings back to how the server started. */
  readonly reset: Effect.Effect<void>
}

/**
 * The running mock SCM server.
 *
 * @since 0.1.0
 * @category tags
 */
export class MockScmServer extends Context.Service<MockScmServer, Service>()("@scm-effect/mock-server/MockScmServer") {}

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
}

/**
 * An SSL certificate profile (ApiCertType), served as given. An `organizationIds` array (mock only, never sent) offers it to those organizations only.
 *
 * @since 0.1.0
 * @category models
 */
export interface SslTypeSeed {
  readonly id: number
  readonly name: string
  readonly [field: string]: unknown
}

/**
 * An SSL certificate: `sslId`, `commonName` and, optionally, `subjectAlternativeNames`, `serialNumber` (hex), `status` ("Issued" when absent), `sslTypeId`, `orgId`, `requester`, `term`, `renewId` and the dates `requested`, `approved`, `issued`, `expires`, `revoked` (ISO strings; laid out from the start time when absent). Other fields are sent with the details as given.
 *
 * @since 0.1.0
 * @category models
 */
export interface SslCertificateSeed {
  readonly sslId: number
  readonly commonName: string
  readonly [field: string]: unknown
}

/**
 * An organization with its departments, in OrganizationResp's shape: `GET /organization/v1/{id}` sends it as given, the list its OrganizationBasicResp fields (`id`, `name`, `parentName`, `departments`).
 *
 * @since 0.1.0
 * @category models
 */
export interface OrganizationSeed {
  readonly id: number
  readonly name: string
  readonly [field: string]: unknown
}

/**
 * An SSL custom field (ApiCustomField), served as given; enroll requires the `mandatory` ones.
 *
 * @since 0.1.0
 * @category models
 */
export interface CustomFieldSeed {
  readonly id: number
  readonly name: string
  readonly mandatory?: boolean
  readonly [field: string]: unknown
}

/**
 * A domain (DomainInfo): `GET /domain/v1/{id}` sends it with its DCV state at the `Clock`'s time (a "Validated" or "Expired" `validationStatus` without `dcvValidation`/`dcvExpiration` dates is laid out from the start time); the list sends `id` and `name`, and filters on `state`, `delegationStatus` and the `delegations`' `orgId`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DomainSeed {
  readonly id: number
  readonly name: string
  readonly [field: string]: unknown
}

/**
 * A person (PersonInfo): `id`, `email` and, optionally, `firstName`, `middleName`, `lastName`, `organizationId`, `validationType`, `phone`, `secondaryEmails`, `commonName`, `eppn`, `upn`, `created` (ISO string; laid out from the start time when absent).
 *
 * @since 1.0.0
 * @category models
 */
export interface PersonSeed {
  readonly id: number
  readonly email: string
  readonly [field: string]: unknown
}

/**
 * A client (S/MIME) certificate: `id`, `personId` (a seeded person's, whose email it certifies) and, optionally, `backendCertId`, `state` ("issued" when absent), `certTypeId`, `orgId`, `term`, `serialNumber`, `comments` and the dates `requested`, `issued`, `expires`, `revoked` (ISO strings; laid out from the start time when absent).
 *
 * @since 1.0.0
 * @category models
 */
export interface SmimeCertificateSeed {
  readonly id: number
  readonly personId: number
  readonly [field: string]: unknown
}

/**
 * The S/MIME data: client certificate profiles (ApiCertType, `organizationIds` as for SSL), custom fields and certificates.
 *
 * @since 1.0.0
 * @category models
 */
export interface SmimeSeed {
  readonly types?: ReadonlyArray<SslTypeSeed>
  readonly customFields?: ReadonlyArray<CustomFieldSeed>
  readonly certificates?: ReadonlyArray<SmimeCertificateSeed>
}

/**
 * A public ACME server (AcmeServerInfo), listed by `GET /acme/v1/server`; accounts name it by `name`.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeServerSeed {
  readonly name: string
  readonly url: string
  readonly caId: number
  readonly certValidationType: "DV" | "OV" | "EV"
  readonly singleProductId?: number
  readonly multiProductId?: number
  readonly wcProductId?: number
}

/**
 * A public ACME account (PublicAcmeAccountInfoV2) with its domains and clients: `id`, `name`, `organizationId`, `acmeServer` (a seeded server's name) and, optionally, `accountId`, `macId`, `macKey` (derived from the id when absent), `certValidationType` (the server's when absent), `status`, `contacts`, `domains` (`validUntil`/`stickyUntil` ISO strings, a year from the start time when absent) and `clients`.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeAccountSeed {
  readonly id: number
  readonly name: string
  readonly organizationId: number
  readonly acmeServer: string
  readonly accountId?: string
  readonly macId?: string
  readonly macKey?: string
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly status?: string
  readonly contacts?: string
  readonly domains?: ReadonlyArray<{ readonly name: string; readonly validUntil?: string; readonly stickyUntil?: string }>
  readonly clients?: ReadonlyArray<{
    readonly accountId: string
    readonly ipAddress?: string
    readonly userAgent?: string
    readonly status?: string
    readonly lastActivity?: string
    readonly contacts?: string
  }>
}

/**
 * A client admin (ClientAdminDetailsResponse's fields): `id`, `login`, `email`, `type` and, optionally, `forename`, `surname`, `credentials` (`{role, orgId?}`), `privileges`, `activeState` and any other field of the details, sent as given.
 *
 * @since 1.0.0
 * @category models
 */
export interface AdminSeed {
  readonly id: number
  readonly login: string
  readonly email: string
  readonly type: "STANDARD" | "API" | "SAS" | "IDP"
  readonly credentials?: ReadonlyArray<{ readonly role: string; readonly orgId?: number }>
  readonly privileges?: ReadonlyArray<string>
  readonly [field: string]: unknown
}

/**
 * The data to serve; each list left out gets the default data set.
 *
 * @since 0.1.0
 * @category models
 */
export interface Seed {
  readonly sslTypes?: ReadonlyArray<SslTypeSeed>
  readonly sslCertificates?: ReadonlyArray<SslCertificateSeed>
  readonly organizations?: ReadonlyArray<OrganizationSeed>
  readonly customFields?: ReadonlyArray<CustomFieldSeed>
  readonly domains?: ReadonlyArray<DomainSeed>
  readonly acmeServers?: ReadonlyArray<AcmeServerSeed>
  readonly acmeAccounts?: ReadonlyArray<AcmeAccountSeed>
  readonly admins?: ReadonlyArray<AdminSeed>
  readonly persons?: ReadonlyArray<PersonSeed>
  readonly smime?: SmimeSeed
}

/**
 * How to start the server. Everything is optional.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default `127.0.0.1`. */
  readonly host?: string
  /** Default 0: a port chosen by the system. */
  readonly httpPort?: number
  /** Default 0: a port chosen by the system. */
  readonly httpsPort?: number
  /** Lifetime of issued tokens in seconds, default 300. */
  readonly tokenTtlSeconds?: number
  /** Credentials to seed instead of the defaults. */
  readonly credentials?: CredentialOptions
  /**
   * Client certificates that log in as an admin whatever their subject CN: admin login to SHA-256
   * fingerprints (as `MockPki.fingerprint256` gives them; case and colons do not matter).
   */
  readonly certificateFingerprints?: Readonly<Record<string, ReadonlyArray<string>>>
  /** Bring your own PKI; generated (with `credentials.certLogin` as client CN) if absent. */
  readonly pki?: MockPki.Pki
  /** Entries the journal keeps, default 1000 (0 keeps none). */
  readonly journalLimit?: number
  /**
   * Tokens the server keeps, default 10000 (1 to 1000000): issuing one more forgets the oldest,
   * which then answers 401 "Unknown access token".
   */
  readonly maxTokens?: number
  /** Milliseconds a client has to finish its TLS handshake on HTTPS before the socket is closed, default 10000. */
  readonly tlsHandshakeTimeoutMs?: number
  /**
   * More `Host` names the admin API answers to besides the listening address, `localhost`,
   * `127.0.0.1` and `[::1]`: `name` (with either listener's port) or `name:port`, for a server
   * reached by another name (a container's, a port mapping's).
   */
  readonly adminHosts?: ReadonlyArray<string>
  /** Data to start with; defaults fill what is missing. */
  readonly seed?: Seed
  /** Seconds from enrollment to issuance on the `Clock`, default 0 (issued at the next request). */
  readonly issuanceDelaySeconds?: number
  /** Issue enrolled certificates only when told to, default false. */
  readonly manualIssuance?: boolean
  /** Enrollments wait for approval, default false. */
  readonly requireApproval?: boolean
  /** Default `"notCollectable"` (-183). */
  readonly pendingCollect?: PendingCollect
  /** Where domain control validation checks look: HTTP(S) hosts, DNS, the recheck interval. */
  readonly dcv?: DcvOptions
}

/**
 * Where the DCV checks look. The mock never reaches the internet: a domain the host map or the
 * resolver does not know fails its check, as an unreachable host or a missing record does at SCM.
 *
 * @since 1.0.0
 * @category models
 */
export interface DcvOptions {
  /**
   * HTTP and HTTPS DCV: domain name to the base URL its `/.well-known/pki-validation/<file>` is
   * fetched from (`{ "example.com": "http://127.0.0.1:8080" }`).
   */
  readonly hosts?: Readonly<Record<string, string>>
  /** CNAME and TXT DCV: the records of a name (no trailing dot), none when it has none. */
  readonly resolve?: (type: "CNAME" | "TXT", name: string) => ReadonlyArray<string> | PromiseLike<ReadonlyArray<string>>
  /**
   * Seconds on the `Clock` (at least 1) between checks of a submitted order that has not passed,
   * default 300; an email order is confirmed (the mock's recipient answers) at its first check.
   */
  readonly recheckSeconds?: number
}

/**
 * The server could not start: invalid options, a port in use, a PKI that could not be made.
 *
 * @since 0.1.0
 * @category errors
 */
export class MockServerError extends Schema.TaggedError<MockServerError>()("MockServerError", {
  message: Schema.String
}) {}

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
