/**
 * Section 2: token traffic, counted at the mock. Exact counts, not timings: one token request for
 * a cold storm, one renewal across the renewal point, one new token for a storm of 401s, and no
 * request waiting while a renewal is in flight.
 *
 * The mock runs in this process here: the counts come from its service, and time is real.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { OAuth2, ScmHttpClient } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Cause, Context, Duration, Effect, Fiber, Layer, Option, type Scope } from "effect"
import { typesPath } from "../Fixtures.js"
import { count, type SectionReport } from "../Report.js"
import type { Settings } from "../Settings.js"

interface Outcome {
  readonly scenario: string
  readonly requests: number
  readonly expected: string
  readonly observed: string
  readonly ok: boolean
  readonly detail: string
}

type Client = ScmHttpClient.Service

/** A GET that reads its body; it succeeds only on a 2xx, which ScmHttpClient checks. */
const get = (client: Client) => client.get(typesPath).pipe(Effect.flatMap((response) => response.arrayBuffer))

/** Failed requests by error tag, e.g. `{ ScmAuthenticationError: 3 }`. */
type Failures = Record<string, number>

const failedCount = (failures: Failures): number => Object.values(failures).reduce((a, b) => a + b, 0)

const describeFailures = (failures: Failures): string =>
  Object.entries(failures)
    .map(([tag, n]) => `${n} ${tag}`)
    .join(", ")

/** Runs `requests` GETs at once (the Agent queues them on 64 sockets) and counts the failures. */
const storm = (client: Client, requests: number): Effect.Effect<Failures> =>
  Effect.forEach(Array.from({ length: requests }), () => Effect.exit(get(client)), { concurrency: "unbounded" }).pipe(
    Effect.map((exits) => {
      const failures: Record<string, number> = {}
      for (const exit of exits) {
        if (exit._tag === "Success") continue
        const tag = Option.match(Cause.findErrorOption(exit.cause), { onNone: () => "defect", onSome: (error) => error._tag })
        failures[tag] = (failures[tag] ?? 0) + 1
      }
      return failures
    })
  )

const mergeFailures = (all: ReadonlyArray<Failures>): Failures => {
  const merged: Record<string, number> = {}
  for (const failures of all) for (const [tag, n] of Object.entries(failures)) merged[tag] = (merged[tag] ?? 0) + n
  return merged
}

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const mock = yield* MockScmServer.make({ journalLimit: settings.coldRequests + settings.expiryRequests + 1000 })
    const tokenPath = new URL(mock.tokenUrl).pathname
    // The token endpoint on the mock's HTTPS listener: another origin, as SCM's token endpoint is
    // (auth.sso.sectigo.com), so token requests do not queue in the API's connection pool.
    const tokenUrl = new URL(tokenPath, mock.httpsUrl).href
    const transport = NodeHttpClient.layerUndiciNoDispatcher.pipe(
      Layer.provide(NodeHttpClient.layerDispatcherOptions({ connections: 64, connect: { ca: mock.pki.ca.certPem } }))
    )
    /** A cold client: its own token cache and connection pool, for the length of the scope. */
    const freshClient = Effect.gen(function* () {
      const layer = OAuth2.layer({
        clientId: mock.credentials.clientId,
        clientSecret: mock.credentials.clientSecret,
        baseUrl: mock.httpUrl,
        tokenUrl
      }).pipe(Layer.provide(transport))
      return Context.get(yield* Layer.build(layer), ScmHttpClient.ScmHttpClient)
    })
    /** A client whose token is fetched, with the journal cleared after that fetch. */
    const warmClient = Effect.gen(function* () {
      const client = yield* freshClient
      yield* get(client)
      yield* mock.clearJournal
      return client
    })
    const outcome = (scenario: string, requests: number, tokens: number, failures: Failures, detail: string, extraOk = true): Outcome => {
      const failed = failedCount(failures)
      const ok = tokens === 1 && failed === 0 && extraOk
      const observed = `${tokens} token request${tokens === 1 ? "" : "s"}, ${failed === 0 ? "0 failed" : `${failed} failed (${describeFailures(failures)})`}`
      log(`  ${scenario}: ${observed}${detail === "" ? "" : `; ${detail}`}`)
      return { scenario, requests, expected: "1 token request, 0 failed", observed, ok, detail }
    }

    /** Each scenario in its own scope (its own client), with its time in the log. */
    const scenario = <E>(effect: Effect.Effect<Outcome, E, Scope.Scope>) =>
      Effect.scoped(effect).pipe(
        Effect.timed,
        Effect.map(([duration, outcome]) => {
          log(`    (${Duration.format(duration)})`)
          return outcome
        })
      )

    const cold = yield* scenario(
      Effect.gen(function* () {
        yield* mock.reset
        const client = yield* freshClient
        const failures = yield* storm(client, settings.coldRequests)
        return outcome(`cold start, ${count(settings.coldRequests)} concurrent requests`, settings.coldRequests, yield* mock.tokenRequests, failures, "")
      })
    )

    // A short first token puts its renewal point (expires_in minus the skew, which the client caps
    // at half the lifetime) five seconds away; the renewed token lives long, so however long the
    // machine takes to drain the storm, no second renewal falls into it. 10 s is also the shortest
    // lifetime the client schedules a token with (core internal/token.ts `minLifetimeSeconds`): a
    // shorter one would be renewed by the 401s after it expired, not in the background.
    const shortTtlSeconds = 10
    const longTtlSeconds = 300
    /** A warm client whose token is due for renewal `shortTtlSeconds / 2` after the returned time. */
    const clientDueSoon = Effect.gen(function* () {
      yield* mock.reset
      yield* mock.setTokenTtl(shortTtlSeconds)
      const client = yield* warmClient
      const warmAt = Date.now()
      yield* mock.setTokenTtl(longTtlSeconds)
      return { client, renewalAt: warmAt + (shortTtlSeconds * 1000) / 2 }
    })

    const expiry = yield* scenario(
      Effect.gen(function* () {
        const { client, renewalAt } = yield* clientDueSoon
        const waves = 20
        const windowMs = 2000
        const firstWaveAt = renewalAt - windowMs / 2
        yield* Effect.sleep(Duration.millis(Math.max(0, firstWaveAt - Date.now())))
        const fibers: Array<Fiber.Fiber<Failures>> = []
        for (let wave = 0; wave < waves; wave++) {
          fibers.push(yield* Effect.forkChild(storm(client, Math.round(settings.expiryRequests / waves))))
          yield* Effect.sleep(Duration.millis(windowMs / (waves - 1)))
        }
        const lastWaveAt = Date.now()
        const failures = mergeFailures(yield* Effect.forEach(fibers, Fiber.join))
        const renewedAt = (yield* mock.journal).filter((entry) => entry.scheme === "token").map((entry) => Date.parse(entry.at))
        const inside = renewedAt.length === 1 && renewedAt[0]! > firstWaveAt && renewedAt[0]! < lastWaveAt
        const spreadOver = `${waves} waves spread over ${((lastWaveAt - firstWaveAt) / 1000).toFixed(1)} s`
        const detail = renewedAt.map((at) => `renewal ${((at - firstWaveAt) / 1000).toFixed(1)} s after the first of ${spreadOver}`).join(", ")
        return outcome(
          `${count(settings.expiryRequests)} requests across the renewal point of a ${shortTtlSeconds} s token`,
          settings.expiryRequests,
          yield* mock.tokenRequests,
          failures,
          detail,
          inside
        )
      })
    )

    const revoked = yield* scenario(
      Effect.gen(function* () {
        yield* mock.reset
        const client = yield* warmClient
        yield* mock.revokeTokens
        const failures = yield* storm(client, settings.revokedRequests)
        const rejected = (yield* mock.journal).filter((entry) => entry.status === 401).length
        return outcome(
          `${count(settings.revokedRequests)} concurrent requests with a revoked token`,
          settings.revokedRequests,
          yield* mock.tokenRequests,
          failures,
          `${rejected} answered 401 before the new token`
        )
      })
    )

    // The renewal's token request is held for `delayMs`; a request that waited for it would take
    // at least half of that, while the others take a few milliseconds.
    const background = yield* scenario(
      Effect.gen(function* () {
        const delayMs = 1000
        const { client, renewalAt } = yield* clientDueSoon
        yield* mock.addFault({ method: "POST", path: tokenPath, delayMs, times: 1 })
        const until = renewalAt + delayMs + 500
        const requests: Array<{ readonly sentAt: number; readonly doneAt: number; readonly ok: boolean }> = []
        const worker = Effect.gen(function* () {
          while (Date.now() < until) {
            const sentAt = Date.now()
            const exit = yield* Effect.exit(get(client))
            requests.push({ sentAt, doneAt: Date.now(), ok: exit._tag === "Success" })
          }
        })
        yield* Effect.all(Array.from({ length: 16 }, () => worker), { concurrency: "unbounded", discard: true })
        const renewal = (yield* mock.journal).find((entry) => entry.scheme === "token")
        const from = renewal === undefined ? Number.NaN : Date.parse(renewal.at)
        const to = renewal === undefined ? Number.NaN : from + renewal.durationMs
        const during = requests.filter((request) => request.sentAt >= from && request.sentAt <= to).length
        const waited = requests.filter((request) => request.doneAt - request.sentAt >= delayMs / 2).length
        const failures = requests.filter((request) => !request.ok).length
        const tokens = yield* mock.tokenRequests
        const ok = tokens === 1 && failures === 0 && waited === 0 && during > 0
        log(`  background renewal: ${during} requests sent while it was in flight, ${waited} waited, ${tokens} token requests`)
        return {
          scenario: `requests sent during a background renewal held ${delayMs} ms by the token endpoint`,
          requests: requests.length,
          expected: "0 waited, 1 token request",
          observed: `${waited} waited of ${during} sent during the renewal, ${tokens} token request${tokens === 1 ? "" : "s"}, ${failures} failed`,
          ok,
          detail: during > 0 ? "" : "no request fell inside the renewal: the scenario did not exercise it"
        } satisfies Outcome
      })
    )

    const outcomes = [cold, expiry, revoked, background]
    return {
      title: "2. Token traffic",
      method:
        "OAuth2 client against the mock in the same process (API over HTTP, token endpoint on the HTTPS listener, so on its own origin as in production), undici Agent with 64 sockets per origin; counts read from the mock's journal. Exact counts: no ratio, no tolerance.",
      header: ["scenario", "requests", "expected", "observed", "", "notes"],
      rows: outcomes.map((o) => [o.scenario, count(o.requests), o.expected, o.observed, o.ok ? "ok" : "**FAIL**", o.detail]),
      reading: outcomes.every((o) => o.ok)
        ? ["Every storm costs the token endpoint exactly one request, and no request waits while the token is renewed in the background."]
        : [],
      failures: outcomes.filter((o) => !o.ok).map((o) => `${o.scenario}: expected ${o.expected}, observed ${o.observed}${o.detail === "" ? "" : ` (${o.detail})`}`)
    } satisfies SectionReport
  })
