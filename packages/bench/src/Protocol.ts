/**
 * What the bench and its server processes say to each other over the IPC channel.
 *
 * Servers run in a child process so that on a 2-core machine the load generator and the server
 * under load each get a core, as they would on two machines.
 */
import { Schema } from "effect"
import { MemorySnapshot } from "./Memory.js"

/** Login, password and customer headers, and the OAuth2 client, of the mock's seeded admin. */
export const Credentials = Schema.Struct({
  clientId: Schema.String,
  clientSecret: Schema.String,
  login: Schema.String,
  password: Schema.String,
  customerUri: Schema.String
})
export type Credentials = typeof Credentials.Type

/** One server a load generator can be pointed at. */
export const Target = Schema.Struct({ name: Schema.String, url: Schema.String })
export type Target = typeof Target.Type

/** Each role a server process can play, and what it reports once it listens. */
export const roles = {
  /** A bare node:http server with the SCM-sized body and a token endpoint (client overhead). */
  fixed: Schema.Struct({ url: Schema.String }),
  /** The mock server alone, journal on (memory). */
  mock: Schema.Struct({
    httpUrl: Schema.String,
    tokenUrl: Schema.String,
    credentials: Credentials,
    journalLimit: Schema.Number
  }),
  /**
   * The mock and its baselines over HTTP and HTTPS, all answering the same bytes (throughput);
   * `body` is that answer (base64), which the bench hands on to WireMock and Prism.
   */
  throughput: Schema.Struct({
    targets: Schema.Array(Target),
    headers: Schema.Record(Schema.String, Schema.String),
    body: Schema.String,
    contentType: Schema.String
  })
} as const
export type Role = keyof typeof roles
export type Endpoints<R extends Role> = (typeof roles)[R]["Type"]

/** Options a server process starts with (argv[3], JSON). */
export const HostOptions = Schema.Struct({
  journalLimit: Schema.Number,
  tokenTtlSeconds: Schema.optional(Schema.Number),
  /** The throughput role also serves the mock-server build in this folder (`--mock-before`). */
  mockBefore: Schema.optional(Schema.String)
})
export type HostOptions = typeof HostOptions.Type

/** Questions the bench can ask a running server process, and the shape of each answer. */
export const calls = {
  memory: MemorySnapshot,
  journal: Schema.Struct({ entries: Schema.Number }),
  /** CPU time (user + system, all threads) the server process has used so far, in µs. */
  cpu: Schema.Struct({ micros: Schema.Number })
} as const
export type Call = keyof typeof calls
export type Answer<C extends Call> = (typeof calls)[C]["Type"]

export const ToHost = Schema.Struct({ id: Schema.Number, call: Schema.Literals(["memory", "journal", "cpu"]) })
export type ToHost = typeof ToHost.Type

export const FromHost = Schema.Union([
  Schema.Struct({ type: Schema.Literal("ready"), endpoints: Schema.Unknown }),
  Schema.Struct({ type: Schema.Literal("reply"), id: Schema.Number, value: Schema.Unknown }),
  Schema.Struct({ type: Schema.Literal("failed"), message: Schema.String })
])
export type FromHost = typeof FromHost.Type
