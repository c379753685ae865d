/**
 * Template: a contract test of your own SCM code against the mock server, with @effect/vitest.
 *
 *   npx pnpm@10 vitest run packages/examples/src/contract-test.test.ts
 *
 * `MockScmClient.layer()` starts a mock server on ephemeral ports and gives the tests a client of
 * it (`ScmHttpClient` and `ScmApi`, OAuth2 unless you choose `password` or `certificate`), so your
 * code runs unchanged. Tests in one block share the server; each resets it, so none sees
 * another's faults or journal entries.
 *
 * Waits: `@effect/vitest`'s TestClock does not move by itself, so a retry's backoff or a
 * `Retry-After` would wait forever. `MockScmClient.passWaitAfter` moves it once the mock has
 * answered; or run the block on the live clock (`{ excludeTestServices: true }`), where the
 * waits take real time.
 */
import { expect, layer } from "@effect/vitest"
import { ScmHttpClient, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as MockScmClient from "@scm-effect/mock-server/MockScmClient"
import { Effect, Redacted } from "effect"

// Your code under test: anything that needs an ScmHttpClient.
const profileNames = Effect.map(SslCertificates.types(), (profiles) => profiles.map((profile) => profile.name))

layer(MockScmClient.layer())("my SCM integration, on the TestClock", (it) => {
  it.effect("survives a 429 with Retry-After, with one token request", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      yield* mock.addFault({ path: "/api/ssl/v1/types", status: 429, headers: { "Retry-After": "2" } })

      // Two seconds pass in no time: the client honours Retry-After and sends the request again.
      const names = yield* profileNames.pipe(
        MockScmClient.passWaitAfter({ path: "/api/ssl/v1/types", status: 429 }, "2 seconds")
      )

      expect(names.length).toBeGreaterThan(0)
      const journal = yield* mock.journal
      expect(journal.filter((entry) => entry.path === "/api/ssl/v1/types").map((entry) => entry.status))
        .toEqual([429, 200])
      expect(yield* mock.tokenRequests).toBe(1)
    }))

  it.effect("a wrong client secret is a typed ScmTokenError, and no API call is made", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      // A second client of the same mock, with a secret of its own.
      const error = yield* profileNames.pipe(
        Effect.provide(MockScmClient.layerClient({ clientSecret: Redacted.make<string>("not-the-secret") })),
        Effect.flip
      )
      expect(error).toMatchObject({ _tag: "ScmTokenError", status: 401, error: "invalid_client" })
      const journal = yield* mock.journal
      expect(journal.map((entry) => entry.scheme)).toEqual(["token"])
    }))
})

layer(MockScmClient.layer({ strategy: "password" }), { excludeTestServices: true })(
  "my SCM integration, on the live clock",
  (it) => {
    it.effect("a 503 is retried after a short real backoff", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.addFault({ path: "/api/ssl/v1/types", status: 503 })
        const scm = yield* ScmHttpClient.ScmHttpClient
        const response = yield* scm.get("/api/ssl/v1/types")
        expect(response.status).toBe(200)
        const journal = yield* mock.journal
        expect(journal.map((entry) => `${entry.scheme} ${entry.status}`)).toEqual(["password 503", "password 200"])
      }))
  }
)
