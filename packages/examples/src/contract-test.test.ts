/**
 * Template: a contract test of your own SCM code against the mock server, with @effect/vitest.
 *
 *   npx pnpm@10 vitest run packages/examples/src/contract-test.test.ts
 *
 * One mock server serves the whole `describe` block on ephemeral ports; each test resets it, so
 * tests do not see each other's faults, tokens or journal entries.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { expect, layer } from "@effect/vitest"
import { OAuth2, ScmHttpClient } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Fiber, Layer, Redacted, Schedule } from "effect"
import { TestClock } from "effect/testing"

// The client under test, pointed at the mock: its URLs and seeded credentials.
const scmTest = (clientSecret?: Redacted.Redacted<string>) =>
  Layer.unwrap(
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      return OAuth2.layer({
        clientId: mock.credentials.clientId,
        clientSecret: clientSecret ?? mock.credentials.clientSecret,
        baseUrl: mock.httpUrl,
        tokenUrl: mock.tokenUrl
      })
    })
  ).pipe(Layer.provide(NodeHttpClient.layerUndici))

const getProfiles = ScmHttpClient.ScmHttpClient.use((scm) => scm.get("/api/ssl/v1/types"))

// Requests cross real sockets while the client sleeps on the TestClock: wait, in real time and
// briefly, until the mock has answered what we expect, and only then move the test's clock.
const mockAnswered = (path: string, status: number) =>
  MockScmServer.MockScmServer.use((mock) => mock.journal).pipe(
    Effect.repeat({
      until: (journal) => journal.some((entry) => entry.path === path && entry.status === status),
      schedule: Schedule.spaced("5 millis")
    }),
    Effect.timeout("5 seconds"),
    TestClock.withLive
  )

layer(MockScmServer.layer())("my SCM integration", (it) => {
  it.effect("survives a 429 with Retry-After, with one token request", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      yield* mock.addFault({ path: "/api/ssl/v1/types", status: 429, headers: { "Retry-After": "2" } })

      const fiber = yield* Effect.forkChild(getProfiles.pipe(Effect.provide(scmTest())))
      yield* mockAnswered("/api/ssl/v1/types", 429)
      // Two seconds pass in no time: the client honours Retry-After and sends the request again.
      yield* TestClock.adjust("2 seconds")
      const response = yield* Fiber.join(fiber)

      expect(response.status).toBe(200)
      const journal = yield* mock.journal
      expect(journal.filter((entry) => entry.path === "/api/ssl/v1/types").map((entry) => entry.status))
        .toEqual([429, 200])
      expect(yield* mock.tokenRequests).toBe(1)
    }))

  it.effect("a wrong client secret is a typed ScmTokenError, and no API call is made", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const error = yield* getProfiles.pipe(Effect.provide(scmTest(Redacted.make("not-the-secret"))), Effect.flip)
      expect(error).toMatchObject({ _tag: "ScmTokenError", status: 401, error: "invalid_client" })
      const journal = yield* mock.journal
      expect(journal.map((entry) => entry.scheme)).toEqual(["token"])
    }))
})
