/**
 * The demo: `npx pnpm@10 demo`.
 *
 * Starts the mock SCM in-process, calls it with each of the three strategies, then shows the
 * resilience: a 503 burst, a 429 with Retry-After and a revoked token, each injected and
 * survived. Then one SSL certificate's life: enrolled, awaited, collected, verified, listed and
 * revoked. Then the chores: a domain validated by DNS, the certificates about to expire found
 * in one report request and renewed, and a second run that orders nothing. Every row states what
 * it expects; the demo exits 0 only when all rows held.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import {
  CertificateAuth,
  DomainValidation,
  OAuth2,
  Organizations,
  PasswordAuth,
  Renewals,
  Reports,
  type ScmError,
  ScmHttpClient,
  SslCertificates
} from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Console, DateTime, Duration, Effect, Exit, Layer, Option, Redacted, Schedule, Stream } from "effect"
import type { HttpClient } from "effect/http"
import * as Crypto from "node:crypto"
import { generateCsr } from "./internal/csr.js"
import { certificatesIn } from "./internal/pem.js"
import { count, emptyTally, summary } from "./internal/renewalProgress.js"
import { type Column, renderTable } from "./internal/table.js"

type ScmLayer = Layer.Layer<ScmHttpClient.ScmHttpClient, ScmError.ScmError>

const typesPath = "/api/ssl/v1/types"

/** The three strategies, pointed at the mock. */
const strategies = (mock: MockScmServer.Service) => {
  const { credentials, pki } = mock
  const overUndici = (layer: Layer.Layer<ScmHttpClient.ScmHttpClient, ScmError.ScmError, HttpClient.HttpClient>): ScmLayer =>
    Layer.provide(layer, NodeHttpClient.layerUndici)
  return {
    oauth2: overUndici(OAuth2.layer({
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      baseUrl: mock.httpUrl,
      tokenUrl: mock.tokenUrl
    })),
    password: overUndici(PasswordAuth.layer({
      login: credentials.login,
      password: credentials.password,
      customerUri: credentials.customerUri,
      baseUrl: mock.httpUrl
    })),
    certificate: CertificateAuth.layer({
      login: credentials.certLogin,
      customerUri: credentials.customerUri,
      cert: pki.client.certPem,
      key: pki.client.keyPem,
      ca: pki.ca.certPem,
      baseUrl: mock.httpsUrl
    })
  } satisfies Record<string, ScmLayer>
}

/** One row of a table: what happened, and whether it was what we expected. */
interface Row {
  readonly cells: ReadonlyArray<string>
  readonly problem: string | undefined
}

const formatDuration = (duration: Duration.Duration) => {
  const millis = Duration.toMillis(duration)
  return millis < 1000 ? `${Math.round(millis)} ms` : `${(millis / 1000).toFixed(1)} s`
}

const outcome = (exit: Exit.Exit<{ readonly status: number }, unknown>): string =>
  Exit.isSuccess(exit) ? String(exit.value.status) : failure(exit)

const get = (path: string) =>
  Effect.flatMap(ScmHttpClient.ScmHttpClient, (scm) => scm.get(path).pipe(Effect.tap(ScmHttpClient.json)))

/** Runs `request` through `layer` on a clean journal; returns what the mock saw. */
const observe = Effect.fn("demo.observe")(function*<A, E>(
  mock: MockScmServer.Service,
  layer: ScmLayer,
  request: Effect.Effect<A, E, ScmHttpClient.ScmHttpClient>
) {
  yield* mock.clearJournal
  const [duration, exit] = yield* Effect.timed(Effect.exit(Effect.provide(request, layer)))
  const journal = yield* mock.journal
  return { exit, duration, journal, tokenRequests: journal.filter((entry) => entry.scheme === "token").length }
})

const strategyColumns: ReadonlyArray<Column> = [
  { title: "strategy" },
  { title: "call" },
  { title: "status" },
  { title: "mock saw" },
  { title: "token requests", align: "right" },
  { title: "time", align: "right" }
]

const strategyRows = Effect.fn("demo.strategyRows")(function*(mock: MockScmServer.Service) {
  const layers = strategies(mock)
  const rows: Array<Row> = []
  for (const [name, layer, expectedTokens] of [
    ["OAuth2", layers.oauth2, 1],
    ["Password", layers.password, 0],
    ["Certificate", layers.certificate, 0]
  ] as const) {
    const seen = yield* observe(mock, layer, get(typesPath))
    const call = seen.journal.find((entry) => entry.scheme !== "token")
    const status = outcome(seen.exit)
    rows.push({
      cells: [
        name,
        call === undefined ? `GET ${typesPath}` : `${call.method} ${call.path}`,
        status,
        call?.scheme ?? "-",
        String(seen.tokenRequests),
        formatDuration(seen.duration)
      ],
      problem: status !== "200"
        ? `${name}: expected 200, got ${status}`
        : seen.tokenRequests !== expectedTokens
        ? `${name}: expected ${expectedTokens} token request(s), the mock saw ${seen.tokenRequests}`
        : undefined
    })
  }
  return rows
})

const resilienceColumns: ReadonlyArray<Column> = [
  { title: "scenario" },
  { title: "injected" },
  { title: "outcome" },
  { title: "retries", align: "right" },
  { title: "token requests", align: "right" },
  { title: "time", align: "right" }
]

const resilienceRows = Effect.fn("demo.resilienceRows")(function*(mock: MockScmServer.Service) {
  const layers = strategies(mock)
  const rows: Array<Row> = []
  const attemptsAt = (journal: ReadonlyArray<MockScmServer.JournalEntry>) =>
    journal.filter((entry) => entry.path === typesPath)

  // A burst of 503s: retried with exponential backoff and jitter.
  yield* mock.addFault({ path: typesPath, status: 503, times: 3 })
  const burst = yield* observe(mock, layers.password, get(typesPath))
  const burstRetries = attemptsAt(burst.journal).length - 1
  rows.push({
    cells: [
      "503 burst",
      "3 x 503",
      outcome(burst.exit),
      String(burstRetries),
      String(burst.tokenRequests),
      formatDuration(burst.duration)
    ],
    problem: outcome(burst.exit) !== "200" || burstRetries !== 3
      ? `503 burst: expected 200 after 3 retries, got ${outcome(burst.exit)} after ${burstRetries}`
      : undefined
  })

  // A 429 whose Retry-After sets the minimum delay before the retry.
  yield* mock.addFault({ path: typesPath, status: 429, headers: { "Retry-After": "1" } })
  const limited = yield* observe(mock, layers.password, get(typesPath))
  const limitedRetries = attemptsAt(limited.journal).length - 1
  const waited = Duration.isGreaterThanOrEqualTo(limited.duration, Duration.seconds(1))
  rows.push({
    cells: [
      "rate limited",
      "429, Retry-After: 1",
      outcome(limited.exit),
      String(limitedRetries),
      String(limited.tokenRequests),
      formatDuration(limited.duration)
    ],
    problem: outcome(limited.exit) !== "200" || limitedRetries !== 1 || !waited
      ? `429: expected 200 after one retry no sooner than 1 s, got ${outcome(limited.exit)} after ${limitedRetries} retries in ${
        formatDuration(limited.duration)
      }`
      : undefined
  })

  // A token revoked on the server: one 401, one new token, the request sent once more.
  const revoked = yield* observe(
    mock,
    layers.oauth2,
    get(typesPath).pipe(Effect.andThen(mock.revokeTokens), Effect.andThen(get(typesPath)))
  )
  const unauthorized = revoked.journal.filter((entry) => entry.status === 401).length
  // Two calls were made (one to warm the client up), so every attempt beyond two is a resend.
  const resent = attemptsAt(revoked.journal).length - 2
  rows.push({
    cells: [
      "revoked token",
      "revoke all tokens",
      `${outcome(revoked.exit)} after ${unauthorized} x 401`,
      String(resent),
      `1 + ${revoked.tokenRequests - 1} new`,
      formatDuration(revoked.duration)
    ],
    problem: outcome(revoked.exit) !== "200" || unauthorized !== 1 || resent !== 1 || revoked.tokenRequests !== 2
      ? `revoked token: expected 200 after one 401 and one new token, got ${
        outcome(revoked.exit)
      } after ${unauthorized} x 401 and ${revoked.tokenRequests} token requests in all`
      : undefined
  })

  // Not everything should be retried: wrong credentials fail at once, with SCM's own code.
  const wrong = yield* observe(
    mock,
    Layer.provide(
      PasswordAuth.layer({
        login: mock.credentials.login,
        password: Redacted.make("not-the-password"),
        customerUri: mock.credentials.customerUri,
        baseUrl: mock.httpUrl
      }),
      NodeHttpClient.layerUndici
    ),
    get(typesPath)
  )
  const wrongRetries = attemptsAt(wrong.journal).length - 1
  rows.push({
    cells: [
      "wrong password",
      "-",
      outcome(wrong.exit),
      String(wrongRetries),
      String(wrong.tokenRequests),
      formatDuration(wrong.duration)
    ],
    problem: outcome(wrong.exit) !== "ScmAuthenticationError (-16)" || wrongRetries !== 0
      ? `wrong password: expected ScmAuthenticationError (-16) at once, got ${outcome(wrong.exit)} after ${wrongRetries} retries`
      : undefined
  })
  return rows
})

const lifecycleColumns: ReadonlyArray<Column> = [
  { title: "step" },
  { title: "call" },
  { title: "outcome" },
  { title: "time", align: "right" }
]

/** A failure as the tables show it: the tag, and SCM's code when there is one. */
const failure = <E>(exit: Exit.Exit<unknown, E>): string => {
  if (Exit.isSuccess(exit)) return "succeeded"
  const error = Option.getOrUndefined(Exit.findErrorOption(exit))
  if (typeof error !== "object" || error === null || !("_tag" in error)) return "defect"
  const code = "code" in error && typeof error.code === "number" ? ` (${error.code})` : ""
  return `${String(error._tag)}${code}`
}

/** The API calls the mock saw, as "METHOD path", repeats counted: "3 x GET /api/...". */
const callsSeen = (journal: ReadonlyArray<MockScmServer.JournalEntry>): string => {
  const counts = new Map<string, number>()
  for (const entry of journal) {
    if (entry.scheme === "token") continue
    const call = `${entry.method} ${entry.path}`
    counts.set(call, (counts.get(call) ?? 0) + 1)
  }
  return [...counts].map(([call, count]) => (count === 1 ? call : `${count} x ${call}`)).join(", ") || "-"
}

/** A row of the step tables: the step, the calls the mock saw (or `call`), the outcome, the time. */
const stepRow = (
  step: string,
  seen: { readonly journal: ReadonlyArray<MockScmServer.JournalEntry>; readonly duration: Duration.Duration },
  outcome: string,
  problem: string | undefined,
  call = callsSeen(seen.journal)
): Row => ({ cells: [step, call, outcome, formatDuration(seen.duration)], problem })

const lifecycleRows = Effect.fn("demo.lifecycleRows")(function*(mock: MockScmServer.Service) {
  // Certificate login: the same SslCertificates calls, sent under /private by the strategy.
  const layer = strategies(mock).certificate
  const rows: Array<Row> = []
  const row = (...args: Parameters<typeof stepRow>) => rows.push(stepRow(...args))
  const valueOf = <A, E>(exit: Exit.Exit<A, E>): Option.Option<A> => Exit.isSuccess(exit) ? Option.some(exit.value) : Option.none()

  // The mock issues a second after enrollment: long enough to be seen waiting.
  yield* mock.setIssuance({ delaySeconds: 1 })
  const commonName = "demo.example.com"
  const csr = yield* generateCsr(commonName, [commonName])

  const chosen = yield* observe(
    mock,
    layer,
    Effect.gen(function*() {
      const organization = (yield* Organizations.list())[0]
      if (organization === undefined) return yield* Effect.die("no organization")
      const profile = (yield* SslCertificates.types({ organizationId: organization.id }))[0]
      if (profile === undefined) return yield* Effect.die("no profile")
      return { orgId: organization.id, profile }
    })
  )
  const choice = valueOf(chosen.exit)
  row(
    "choose a profile",
    chosen,
    Option.match(choice, {
      onNone: () => failure(chosen.exit),
      onSome: ({ orgId, profile }) => `org ${orgId}: ${profile.id} "${profile.name}"`
    }),
    Option.isNone(choice) ? `choose a profile: expected an organization and a profile, got ${failure(chosen.exit)}` : undefined
  )
  if (Option.isNone(choice)) return rows
  const { orgId, profile } = choice.value

  const enrolled = yield* observe(
    mock,
    layer,
    Effect.flatMap(
      SslCertificates.enroll({ csr: csr.csrPem, certType: profile.id, term: profile.terms[0] ?? 365, orgId }),
      (enrolled) => Effect.map(SslCertificates.get(enrolled.sslId), (details) => ({ ...enrolled, status: details.status }))
    )
  )
  const enrollment = valueOf(enrolled.exit)
  row(
    "enroll a CSR",
    enrolled,
    Option.match(enrollment, {
      onNone: () => failure(enrolled.exit),
      onSome: ({ sslId, status }) => `sslId ${sslId}, ${status}`
    }),
    Option.isSome(enrollment) && enrollment.value.status === "Applied"
      ? undefined
      : `enroll: expected an "Applied" certificate, got ${
        Option.match(enrollment, { onNone: () => failure(enrolled.exit), onSome: ({ status }) => status })
      }`
  )
  if (Option.isNone(enrollment)) return rows
  const { sslId } = enrollment.value

  // SCM answers -183 until issuance; awaitIssued polls (here every 250 ms) and returns the chain.
  const awaited = yield* observe(
    mock,
    layer,
    SslCertificates.awaitIssued(sslId, { format: "pemia", schedule: Schedule.spaced("250 millis"), deadline: "10 seconds" })
  )
  const notYet = awaited.journal.filter((entry) => entry.status === 400).length
  const chain = valueOf(awaited.exit)
  row(
    "await issuance",
    awaited,
    Option.isSome(chain) ? `issued, after ${notYet} x -183` : failure(awaited.exit),
    Option.isSome(chain) && notYet >= 1
      ? undefined
      : `await issuance: expected the certificate after at least one -183, got ${failure(awaited.exit)} after ${notYet}`
  )
  if (Option.isNone(chain)) return rows

  const [leaf, issuer] = certificatesIn(chain.value)
  const chainHolds = leaf !== undefined && issuer !== undefined &&
    leaf.verify(new Crypto.X509Certificate(mock.sslIssuingCaPem).publicKey) &&
    issuer.verify(new Crypto.X509Certificate(mock.pki.ca.certPem).publicKey)
  const keyMatches = leaf !== undefined && leaf.publicKey.equals(csr.publicKey)
  rows.push({
    cells: ["verify the chain", "node:crypto X509Certificate", `chain to the mock CA: ${chainHolds}, CSR's key: ${keyMatches}`, "-"],
    problem: chainHolds && keyMatches ? undefined : "verify: the chain or the key did not check out"
  })

  const listed = yield* observe(mock, layer, Stream.runCollect(SslCertificates.list({ commonName, status: "Issued" })))
  const found = Option.match(valueOf(listed.exit), { onNone: () => 0, onSome: (all) => all.filter((item) => item.sslId === sslId).length })
  row(
    "list Issued",
    listed,
    Exit.isSuccess(listed.exit) ? `found ${found} of ${listed.exit.value.length}` : failure(listed.exit),
    found === 1 ? undefined : `list: expected the new certificate among the Issued ones, found it ${found} time(s)`
  )

  const reason = { reasonCode: SslCertificates.ReasonCode.superseded, reason: "demo" } as const
  const revoked = yield* observe(
    mock,
    layer,
    SslCertificates.revoke(sslId, reason).pipe(
      Effect.andThen(SslCertificates.get(sslId)),
      Effect.map((details) => details.status)
    )
  )
  const statusAfter = valueOf(revoked.exit)
  row(
    "revoke",
    revoked,
    Option.getOrElse(statusAfter, () => failure(revoked.exit)),
    Option.contains(statusAfter, "Revoked") ? undefined : `revoke: expected "Revoked", got ${failure(revoked.exit)}`
  )

  const again = yield* observe(mock, layer, SslCertificates.revoke(sslId, reason))
  row(
    "revoke again",
    again,
    failure(again.exit),
    failure(again.exit) === "ScmApiError (-159)" ? undefined : `revoke again: expected ScmApiError (-159), got ${failure(again.exit)}`
  )
  return rows
})

/** The mock's DNS for TXT validation: the records the demo publishes, by type and name. */
const makeDns = () => {
  const records = new Map<string, ReadonlyArray<string>>()
  const key = (type: string, name: string) => `${type} ${name.replace(/\.$/, "").toLowerCase()}`
  return {
    publish: (type: "TXT" | "CNAME", name: string, values: ReadonlyArray<string>) => records.set(key(type, name), values),
    resolve: (type: "TXT" | "CNAME", name: string) => records.get(key(type, name)) ?? []
  }
}

type Dns = ReturnType<typeof makeDns>

const choresRows = Effect.fn("demo.choresRows")(function*(mock: MockScmServer.Service, dns: Dns) {
  const layer = strategies(mock).oauth2
  const rows: Array<Row> = []
  const row = (...args: Parameters<typeof stepRow>) => rows.push(stepRow(...args))

  // A domain SCM has not validated yet, from the domain report.
  const listed = yield* observe(mock, layer, Reports.domains())
  const candidate = Exit.isSuccess(listed.exit)
    ? listed.exit.value.find((domain) => domain.status === "Active" && domain.dcvStatus === "Not Initiated" && !domain.name?.startsWith("*"))
    : undefined
  row(
    "domain report",
    listed,
    Exit.isSuccess(listed.exit) ? `${listed.exit.value.length} domains; ${candidate?.name ?? "none"} not validated` : failure(listed.exit),
    candidate?.name === undefined ? `domain report: expected a domain not validated yet, got ${failure(listed.exit)}` : undefined
  )
  if (candidate?.name === undefined) return rows
  const domain = candidate.name

  // TXT DCV: the record SCM asks for is published in the (mock's) DNS, then SCM checks it.
  const validated = yield* observe(
    mock,
    layer,
    Effect.gen(function*() {
      const record = yield* DomainValidation.start(domain, "TXT")
      dns.publish("TXT", record.host, [record.point])
      yield* DomainValidation.submit(domain, "TXT")
      return yield* DomainValidation.awaitValidated(domain, { schedule: Schedule.spaced("250 millis"), deadline: "10 seconds" })
    })
  )
  const status = Exit.isSuccess(validated.exit) ? validated.exit.value.status : undefined
  row(
    "validate by DNS TXT",
    validated,
    status === undefined ? failure(validated.exit) : `${domain}: ${status}`,
    DomainValidation.isValidated(status) ? undefined : `validate: expected VALIDATED, got ${status ?? failure(validated.exit)}`
  )
  const reported = yield* observe(mock, layer, Reports.domains())
  const after = Exit.isSuccess(reported.exit) ? reported.exit.value.find((row) => row.name === domain)?.dcvStatus : undefined
  row(
    "domain report again",
    reported,
    `${domain}: ${after ?? failure(reported.exit)}`,
    DomainValidation.isValidated(after) ? undefined : `domain report: expected ${domain} VALIDATED, got ${after ?? failure(reported.exit)}`
  )

  // What expires within 30 days: one report request, not a details call per certificate.
  const found = yield* observe(mock, layer, SslCertificates.expiring({ within: "30 days" }))
  const expiring = Exit.isSuccess(found.exit) ? found.exit.value : []
  const soonest = expiring[0]
  const requests = found.journal.filter((entry) => entry.scheme !== "token").length
  row(
    "find expiring (30 days)",
    found,
    soonest === undefined ? failure(found.exit) : `${expiring.length} found; soonest ${soonest.commonName} on ${DateTime.formatIso(soonest.expires).slice(0, 10)}`,
    expiring.length === 0 || requests !== 1
      ? `find expiring: expected certificates in one request, got ${expiring.length} in ${requests}`
      : undefined
  )

  const renewPosts = (journal: ReadonlyArray<MockScmServer.JournalEntry>) =>
    journal.filter((entry) => entry.method === "POST" && entry.path.includes("/renewById/")).length
  const n = expiring.length
  // A dry run, the real run, and the real run once more: each with what it must have done.
  const runs: ReadonlyArray<readonly [string, Partial<Renewals.RenewExpiringOptions>, keyof typeof emptyTally, number]> = [
    ["renew: dry run", { dryRun: true }, "wouldRenew", 0],
    ["renew, 4 at a time", { concurrency: 4 }, "renewed", n],
    ["run it again", { concurrency: 4 }, "alreadyRenewed", 0]
  ]
  for (const [step, options, expected, ordered] of runs) {
    const seen = yield* observe(mock, layer, Stream.runFold(Renewals.renewExpiring({ within: "30 days", ...options }), () => emptyTally, count))
    const outcome = Exit.isSuccess(seen.exit) ? summary(seen.exit.value) : failure(seen.exit)
    const posts = renewPosts(seen.journal)
    row(
      step,
      seen,
      outcome,
      Exit.isSuccess(seen.exit) && seen.exit.value[expected] === n && posts === ordered
        ? undefined
        : `${step}: expected ${n} ${expected} and ${ordered} renewal(s) ordered, got ${outcome} and ${posts} ordered`,
      `${posts} renewals ordered`
    )
  }
  return rows
})

const program = Effect.gen(function*() {
  const dns = makeDns()
  const mock = yield* MockScmServer.make({ dcv: { resolve: dns.resolve } })
  yield* Console.log(`Mock SCM listening on ${mock.httpUrl} (HTTP) and ${mock.httpsUrl} (HTTPS, client certificates)\n`)

  const calls = yield* strategyRows(mock)
  yield* Console.log("Three ways in, one ScmHttpClient:\n")
  yield* Console.log(renderTable(strategyColumns, calls.map((row) => row.cells)))

  const resilience = yield* resilienceRows(mock)
  yield* Console.log("\nFailures injected into the mock, and what the client made of them:\n")
  yield* Console.log(renderTable(resilienceColumns, resilience.map((row) => row.cells)))

  const lifecycle = yield* lifecycleRows(mock)
  yield* Console.log("\nOne SSL certificate's life, over certificate login:\n")
  yield* Console.log(renderTable(lifecycleColumns, lifecycle.map((row) => row.cells)))

  const chores = yield* choresRows(mock, dns)
  yield* Console.log("\nA domain validated, the certificates about to expire found and renewed, over OAuth2:\n")
  yield* Console.log(renderTable(lifecycleColumns, chores.map((row) => row.cells)))

  const all = [...calls, ...resilience, ...lifecycle, ...chores]
  const problems = all.flatMap((row) => row.problem === undefined ? [] : [row.problem])
  if (problems.length === 0) {
    yield* Console.log(`\nAll ${all.length} checks held.`)
  } else {
    yield* Console.error(`\n${problems.length} check(s) did not hold:`)
    for (const problem of problems) yield* Console.error(`  - ${problem}`)
    process.exitCode = 1
  }
})

program.pipe(Effect.scoped, NodeRuntime.runMain)
