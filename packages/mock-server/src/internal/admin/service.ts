/**
 * The running server as tests see it and drive it: where it listens, how to log in, and the test
 * controls, which the admin API serves over HTTP as well. `MockScmServer` re-exports it.
 */
import type { Effect } from "effect"
import type { IssuanceSettings } from "../areas/ssl/index.js"
import type { Credentials } from "../auth/credentials.js"
import type { Pki } from "../pki/model.js"
import type { FaultSpec } from "./faults.js"
import type { JournalEntry, JournalRequest } from "./journal.js"

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
  readonly pki: Pki
  /** Queues a fault; dies on an invalid one (a bug in the test). */
  readonly addFault: (fault: FaultSpec) => Effect.Effect<void>
  /** The faults still queued, with the uses they have left as `times`. */
  readonly pendingFaults: Effect.Effect<ReadonlyArray<FaultSpec>>
  readonly clearFaults: Effect.Effect<void>
  /** The journal, oldest first. */
  readonly journal: Effect.Effect<ReadonlyArray<JournalEntry>>
  /** One journal entry with the headers and the body the mock read (secrets redacted), while the journal keeps it. */
  readonly journalRequest: (id: number) => Effect.Effect<JournalRequest | undefined>
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
  /** Faults, journal, tokens, token lifetime, data and issuance settings back to how the server started; a replay from its first exchange. */
  readonly reset: Effect.Effect<void>
}
