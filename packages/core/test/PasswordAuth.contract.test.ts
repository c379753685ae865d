import { describe, expect, layer } from "@effect/vitest"
import { Effect, Redacted, Schema } from "effect"
import { ScmHttpClient } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Mock from "./fixtures/Mock.js"

const SslType = Schema.Struct({ id: Schema.Number, name: Schema.String })

layer(MockScmServer.layer(Mock.mockOptions))("PasswordAuth against the mock server", (it) => {
  it.effect("lists SSL types with login, password and customerUri headers", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const types = yield* Mock.getTypes.pipe(
        Effect.flatMap(ScmHttpClient.schemaBodyJson(Schema.Array(SslType))),
        Effect.provide(Mock.password())
      )
      expect(types.length).toBeGreaterThan(0)
      const journal = yield* mock.journal
      expect(journal.map((entry) => [entry.scheme, entry.path, entry.status])).toEqual([
        ["password", Mock.typesPath, 200]
      ])
    }))

  it.effect("wrong password: ScmAuthenticationError with SCM code -16, not retried", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const error = yield* Effect.flip(Mock.getTypes).pipe(
        Effect.provide(Mock.password({ password: Redacted.make("wrong-password") }))
      )
      expect(error._tag).toBe("ScmAuthenticationError")
      expect(error).toMatchObject({ scheme: "password", status: 401, code: -16 })
      expect(error.message).toContain("code -16")
      expect((yield* mock.journal).length).toBe(1)
    }))

  it.effect("unknown login: ScmAuthenticationError", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.password({ login: "nobody" })))
      expect(error).toMatchObject({ _tag: "ScmAuthenticationError", code: -16 })
    }))

  it.effect("a decode failure is ScmDecodeError", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const error = yield* Mock.getTypes.pipe(
        Effect.flatMap(ScmHttpClient.schemaBodyJson(Schema.Array(Schema.Struct({ id: Schema.String })))),
        Effect.flip,
        Effect.provide(Mock.password())
      )
      expect(error._tag).toBe("ScmDecodeError")
      expect(error.message).toContain(Mock.typesPath)
    }))

  describe("unknown paths", () => {
    it.effect("a 404 is ScmApiError with SCM's body", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const error = yield* Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/nothing/here")).pipe(
          Effect.flip,
          Effect.provide(Mock.password())
        )
        expect(error).toMatchObject({ _tag: "ScmApiError", status: 404 })
      }))
  })
})
