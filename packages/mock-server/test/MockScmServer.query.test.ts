/**
 * Query strings: the server splits them on `&` and on `;`, and the journal redacts by name after
 * splitting on the same separators, so that no secret passes as part of a visible value.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import { passwordLogin } from "./support/mock.js"
import { json, send } from "./support/raw.js"

const server = MockScmServer.MockScmServer

layer(MockScmServer.layer())("MockScmServer query separators", (it) => {
  it.effect("journals ?status=Issued;password=X with the password REDACTED", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      const secret = Redacted.value(mock.credentials.password)
      const query = `?status=Issued;password=${encodeURIComponent(secret)};pass%77ord=${secret}&commonName=www;client_secret=${secret}`
      expect((yield* send(`${mock.httpUrl}/api/ssl/v1${query}`, passwordLogin(mock))).status).toBe(200)
      const [entry] = yield* mock.journal
      expect(entry?.path).toBe("/api/ssl/v1?status=Issued&password=REDACTED&password=REDACTED&commonName=www&client_secret=REDACTED")
      const viaHttp = (yield* send(`${mock.httpUrl}/__admin/requests`)).text
      for (const text of [JSON.stringify(yield* mock.journal), viaHttp]) expect(text).not.toContain(secret)
    }))

  it.effect("parses ; as it parses &: the same filters, the same refusals", () =>
    Effect.gen(function*() {
      const mock = yield* server
      const total = (query: string) =>
        Effect.map(send(`${mock.httpUrl}/api/ssl/v1${query}`, passwordLogin(mock)), (response) => [response.status, response.headers["x-total-count"]])
      expect(yield* total("?size=0;status=Issued")).toEqual(yield* total("?size=0&status=Issued"))
      expect(yield* total("?size=0;status=Issued")).toEqual([200, "270"])
      expect(yield* total("?size=0;status=Revoked;orgId=1")).toEqual(yield* total("?size=0&status=Revoked&orgId=1"))
      const twice = yield* send(`${mock.httpUrl}/api/ssl/v1?size=1;size=2`, passwordLogin(mock))
      expect([twice.status, json(twice)]).toMatchObject([400, { description: "Query parameter size is given more than once" }])
    }))

  it.effect("filters the journal with ; too", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      yield* send(`${mock.httpUrl}/api/ssl/v1/types`, passwordLogin(mock))
      yield* send(`${mock.httpUrl}/api/ssl/v1/types`)
      const entries = json(yield* send(`${mock.httpUrl}/__admin/requests?scheme=password;status=200`)) as ReadonlyArray<MockScmServer.JournalEntry>
      expect(entries.map((entry) => [entry.scheme, entry.status])).toEqual([["password", 200]])
    }))
})
