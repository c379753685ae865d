/**
 * `MockScmClient`: a client of each strategy wired to a fresh mock in one layer, a client of a
 * shared mock, and waits that pass on the TestClock once the mock has answered.
 */
import { describe, expect, layer } from "@effect/vitest"
import { ScmApi, ScmHttpClient, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as MockScmClient from "@scm-effect/mock-server/MockScmClient"
import type { Layer } from "effect"
import { Effect, Redacted } from "effect"

const typesPath = "/api/ssl/v1/types"

const statusesOf = (path: string) =>
  Effect.map(
    Effect.flatMap(MockScmServer.MockScmServer, (mock) => mock.journal),
    (journal) => journal.filter((entry) => entry.path === path).map((entry) => `${entry.scheme} ${entry.status}`)
  )

describe.each(["oauth2", "password", "certificate"] as const)("MockScmClient.layer, %s", (strategy) => {
  layer(MockScmClient.layer({ strategy }), { timeout: 20_000 })((it) => {
    it.effect("gives ScmHttpClient and ScmApi, logged in to the mock by that strategy", () =>
      Effect.gen(function*() {
        const profiles = yield* SslCertificates.types()
        expect(profiles.length).toBeGreaterThan(0)
        const api = yield* ScmApi.ScmApi
        const organizations = yield* api.getOrgList()
        expect(organizations.length).toBeGreaterThan(0)
        const scm = yield* ScmHttpClient.ScmHttpClient
        const response = yield* scm.get(typesPath)
        expect(response.status).toBe(200)
        expect(yield* statusesOf(strategy === "certificate" ? `/private${typesPath}` : typesPath))
          .toEqual([`${strategy} 200`, `${strategy} 200`])
      }))
  })
})

layer(MockScmServer.layer(), { timeout: 20_000 })("MockScmClient.layerClient", (it) => {
  it.effect("a client of the server in context; the strategy's options override the mock's", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const profiles = yield* SslCertificates.types().pipe(
        Effect.provide(MockScmClient.layerClient({ strategy: "password", retry: false }))
      )
      expect(profiles.length).toBeGreaterThan(0)
      const error = yield* SslCertificates.types().pipe(
        Effect.provide(MockScmClient.layerClient({ clientSecret: Redacted.make("not-the-secret") })),
        Effect.flip
      )
      expect(error).toMatchObject({ _tag: "ScmTokenError", error: "invalid_client" })
      expect((yield* mock.journal).map((entry) => `${entry.scheme} ${entry.status}`)).toEqual(["password 200", "token 401"])
    }))
})

// One server for the block, reset by each test; a fresh client per test, so that no token of an
// earlier test (revoked by the reset) shows as a 401 here.
layer(MockScmServer.layer(), { timeout: 20_000 })("MockScmClient.passWaitAfter on the TestClock", (it) => {
  it.effect("a 429 with Retry-After: 2 is waited out, with one token request", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      yield* mock.addFault({ path: typesPath, status: 429, headers: { "Retry-After": "2" } })
      const profiles = yield* SslCertificates.types().pipe(
        MockScmClient.passWaitAfter({ path: typesPath, status: 429 }, "2 seconds")
      )
      expect(profiles.length).toBeGreaterThan(0)
      expect(yield* statusesOf(typesPath)).toEqual(["oauth2 429", "oauth2 200"])
      expect(yield* mock.tokenRequests).toBe(1)
    }).pipe(Effect.provide(MockScmClient.layerClient())))

  it.effect("each of three 503s is waited out", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      yield* mock.addFault({ path: typesPath, status: 503, times: 3, headers: { "Retry-After": "1" } })
      yield* SslCertificates.types().pipe(MockScmClient.passWaitAfter({ path: typesPath, status: 503 }, "1 second"))
      expect(yield* statusesOf(typesPath)).toEqual(["oauth2 503", "oauth2 503", "oauth2 503", "oauth2 200"])
    }).pipe(Effect.provide(MockScmClient.layerClient())))

  it.effect("an effect that fails is failed, once its retries are spent", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      yield* mock.addFault({ path: typesPath, status: 503, times: 10 })
      const error = yield* SslCertificates.types().pipe(
        MockScmClient.passWaitAfter({ path: typesPath, status: 503 }, "2 seconds"),
        Effect.flip
      )
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 503 })
      // The default policy: the first attempt and four retries.
      expect((yield* statusesOf(typesPath)).length).toBe(5)
    }).pipe(Effect.provide(MockScmClient.layerClient())))

  it.effect("an effect that never meets the answer just runs", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const profiles = yield* SslCertificates.types().pipe(
        MockScmClient.passWaitAfter({ path: typesPath, status: 429 }, "2 seconds")
      )
      expect(profiles.length).toBeGreaterThan(0)
    }).pipe(Effect.provide(MockScmClient.layerClient())))
})

layer(MockScmClient.layer(), { timeout: 20_000, excludeTestServices: true })(
  "MockScmClient.passWaitAfter on the live clock",
  (it) => {
    it.effect("runs the effect: its waits pass in real time", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        // A short real wait: the first retry's backoff, at most 200 ms.
        yield* mock.addFault({ path: typesPath, status: 503 })
        const profiles = yield* SslCertificates.types().pipe(
          MockScmClient.passWaitAfter({ path: typesPath, status: 503 }, "1 second")
        )
        expect(profiles.length).toBeGreaterThan(0)
        expect(yield* statusesOf(typesPath)).toEqual(["oauth2 503", "oauth2 200"])
      }))
  }
)

// The layer's type says what a test may ask for.
export const provides: Layer.Layer<
  MockScmServer.MockScmServer | ScmHttpClient.ScmHttpClient | ScmApi.ScmApi,
  unknown
> = MockScmClient.layer({ strategy: "certificate" })
