/**
 * What the journal keeps of each request besides its line: the headers as sent and the body the
 * mock read, every secret redacted before it is stored, bounded in size; ids that a poller asks
 * `?since=` with, and `GET /__admin/requests/{id}`.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import { makeHeaderRedactor, maxBodyChars, maxHeaderChars, redactBody, redactHeaders } from "../src/internal/admin/redact.js"
import { makeJournal } from "../src/internal/admin/journal.js"
import { scmCall } from "./support/calls.js"
import { bearer, credentialsForm, fetchToken, passwordLogin } from "./support/mock.js"
import { json, send } from "./support/raw.js"

const server = MockScmServer.MockScmServer
const typesPath = "/api/ssl/v1/types"

/** The newest entry with its headers and body, through the admin API. */
const lastRequest = (mock: MockScmServer.Service) =>
  Effect.gen(function*() {
    const entries = yield* mock.journal
    const id = entries.at(-1)?.id ?? 0
    const response = yield* send(`${mock.httpUrl}/__admin/requests/${id}`)
    expect(response.status, response.text).toBe(200)
    return json(response) as MockScmServer.JournalRequest
  })

const headerValue = (request: MockScmServer.JournalRequest, name: string) =>
  request.headers.find(([header]) => header.toLowerCase() === name)?.[1]

describe("redaction", () => {
  it("redacts credentials, cookies and tokens in headers, keeps the scheme of Authorization and everything else as sent", () => {
    expect(redactHeaders([
      "Host", "127.0.0.1:1",
      "Authorization", "Bearer abc.def",
      "Proxy-Authorization", "Basic dXNlcjpwYXNz",
      "login", "admin",
      "password", "s3cret",
      "customerUri", "acme",
      "Cookie", "sid=1",
      "X-Api-Key", "k",
      "X-Auth-Token", "t",
      "Accept", "application/json",
      "Accept", "text/plain"
    ])).toEqual([
      "Host", "127.0.0.1:1",
      "Authorization", "Bearer REDACTED",
      "Proxy-Authorization", "Basic REDACTED",
      "login", "admin",
      "password", "REDACTED",
      "customerUri", "acme",
      "Cookie", "REDACTED",
      "X-Api-Key", "REDACTED",
      "X-Auth-Token", "REDACTED",
      "Accept", "application/json",
      "Accept", "text/plain"
    ])
  })

  it("keeps at most maxHeaderChars of header text and says how many headers it left out", () => {
    const raw = Array.from({ length: 40 }, (_, i) => [`x-h${i}`, "v".repeat(200)]).flat()
    const kept = redactHeaders(raw)
    expect(kept.join("").length).toBeLessThanOrEqual(maxHeaderChars + 40)
    expect(kept.slice(-2)[0]).toBe("…")
    expect(kept.slice(-2)[1]).toMatch(/^\d+ more headers$/)
  })

  it("gives the list of the request before again while the headers redact to the same, and a new one when they do not", () => {
    const redactor = makeHeaderRedactor()
    const first = redactor.redact(["Host", "h", "password", "one", "Authorization", "Bearer a"])
    expect(redactor.redact(["Host", "h", "password", "two", "Authorization", "Bearer b"])).toBe(first)
    expect(first).toEqual(["Host", "h", "password", "REDACTED", "Authorization", "Bearer REDACTED"])
    const basic = redactor.redact(["Host", "h", "password", "two", "Authorization", "Basic b"])
    expect(basic).not.toBe(first)
    expect(basic[5]).toBe("Basic REDACTED")
    expect(redactor.redact(["Host", "other", "password", "two", "Authorization", "Basic b"])).toEqual(["Host", "other", "password", "REDACTED", "Authorization", "Basic REDACTED"])
    expect(redactor.redact(["host", "other", "password", "two", "Authorization", "Basic b"])[0]).toBe("host")
    redactor.forget()
    expect(redactor.redact([])).toEqual([])
  })

  it("redacts secret fields of JSON bodies at any depth, private keys in any string, and form fields", () => {
    const [json] = redactBody(
      JSON.stringify({
        login: "a",
        password: "p",
        nested: [{ clientSecret: "c", keySize: 2048, macId: "id", macKey: "m", note: "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----" }]
      }),
      "application/json; charset=utf-8"
    )
    expect(JSON.parse(json)).toEqual({
      login: "a",
      password: "REDACTED",
      nested: [{ clientSecret: "REDACTED", keySize: 2048, macId: "id", macKey: "REDACTED", note: "-----BEGIN PRIVATE KEY-----REDACTED-----END PRIVATE KEY-----" }]
    })
    expect(redactBody("grant_type=client_credentials&client_id=me&client_secret=s%26x", "application/x-www-form-urlencoded")[0])
      .toBe("grant_type=client_credentials&client_id=me&client_secret=REDACTED")
    expect(redactBody("a\n-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\nb", "text/plain")[0])
      .toBe("a\n-----BEGIN EC PRIVATE KEY-----REDACTED-----END EC PRIVATE KEY-----\nb")
    // A key cut off before its end line is redacted to the end of the text.
    expect(redactBody("-----BEGIN RSA PRIVATE KEY-----\nMIIE", undefined)[0]).toBe("-----BEGIN RSA PRIVATE KEY-----REDACTED-----END RSA PRIVATE KEY-----")
  })

  it("cuts a long body at maxBodyChars and gives its full length", () => {
    const [kept, length] = redactBody("x".repeat(maxBodyChars * 3), "text/plain")
    expect(kept).toHaveLength(maxBodyChars)
    expect(length).toBe(maxBodyChars * 3)
  })
})

describe("the ring's ids", () => {
  it.effect("count up across clears, find an entry by id while it is kept, and give what came after an id", () =>
    Effect.gen(function*() {
      const journal = yield* makeJournal(3)
      for (let i = 0; i < 5; i++) journal.record("GET", `/p/${i}`, null, 200, 1, 0, ["a", String(i)], undefined, undefined)
      expect((yield* journal.entries).map((entry) => entry.id)).toEqual([3, 4, 5])
      expect(yield* journal.request(2)).toBeUndefined()
      expect(yield* journal.request(4)).toMatchObject({ id: 4, path: "/p/3", headers: [["a", "3"]], body: null, bodyLength: null })
      const since = yield* journal.since(3)
      expect([since.firstId, since.entries.map((entry) => entry.id)]).toEqual([3, [4, 5]])
      yield* journal.clear
      expect(yield* journal.since(0)).toEqual({ firstId: 6, entries: [] })
      journal.record("POST", "/p/5", null, 201, 1, 0, [], "{\"password\":\"x\"}", "application/json")
      expect(yield* journal.request(6)).toMatchObject({ id: 6, body: "{\"password\":\"REDACTED\"}", bodyLength: 23 })
      expect(yield* journal.request(5)).toBeUndefined()
    }), { timeout: 10_000 })
})

layer(MockScmServer.layer())("MockScmServer journal requests", (it) => {
  it.effect("keeps the password headers of a request with the password redacted", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      yield* send(`${mock.httpUrl}${typesPath}`, passwordLogin(mock, { "user-agent": "journal-test/1" }))
      const request = yield* lastRequest(mock)
      expect(request).toMatchObject({ method: "GET", path: typesPath, scheme: "password", status: 200, body: null, bodyLength: null })
      expect(headerValue(request, "password")).toBe("REDACTED")
      expect(headerValue(request, "login")).toBe(mock.credentials.login)
      expect(headerValue(request, "user-agent")).toBe("journal-test/1")
      expect(JSON.stringify(request)).not.toContain(Redacted.value(mock.credentials.password))
    }))

  it.effect("keeps the token request's form with the client secret redacted, and the Bearer token's scheme only", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      const token = yield* fetchToken(mock)
      const tokenRequest = yield* lastRequest(mock)
      expect(tokenRequest.body).toBe(`grant_type=client_credentials&client_id=${mock.credentials.clientId}&client_secret=REDACTED`)
      yield* send(`${mock.httpUrl}${typesPath}`, bearer(token.access_token))
      const apiRequest = yield* lastRequest(mock)
      expect(headerValue(apiRequest, "authorization")).toBe("Bearer REDACTED")
      const everything = JSON.stringify([tokenRequest, apiRequest])
      expect(everything).not.toContain(token.access_token)
      expect(everything).not.toContain(Redacted.value(mock.credentials.clientSecret))
      expect(credentialsForm(mock).body).toContain(encodeURIComponent(Redacted.value(mock.credentials.clientSecret)))
    }))

  it.effect("keeps the JSON body the mock read, with an admin's password redacted", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      const call = scmCall(mock)
      const response = yield* call("POST", "/api/admin/v1", {
        login: "journal_admin",
        email: "journal@example.com",
        forename: "Journal",
        surname: "Admin",
        password: "Very-secret-1",
        credentials: [{ role: "RAO_SSL", orgId: 1 }]
      })
      const request = yield* lastRequest(mock)
      expect(request).toMatchObject({ method: "POST", path: "/api/admin/v1", status: response.status })
      expect(JSON.parse(request.body ?? "null")).toMatchObject({ login: "journal_admin", password: "REDACTED" })
      expect(request.bodyLength).toBe(request.body?.length)
      expect(JSON.stringify(request)).not.toContain("Very-secret-1")
    }))

  it.effect("answers ?since= with what came after, the oldest id kept in X-Journal-First-Id, and 404 for an entry cleared", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      for (let i = 0; i < 3; i++) yield* send(`${mock.httpUrl}${typesPath}`, passwordLogin(mock))
      const ids = (yield* mock.journal).map((entry) => entry.id)
      expect(ids).toHaveLength(3)
      const after = yield* send(`${mock.httpUrl}/__admin/requests?since=${ids[0]}`)
      expect((json(after) as ReadonlyArray<MockScmServer.JournalEntry>).map((entry) => entry.id)).toEqual(ids.slice(1))
      expect(after.headers["x-journal-first-id"]).toBe(String(ids[0]))
      expect((yield* send(`${mock.httpUrl}/__admin/requests?since=-1`)).status).toBe(400)
      yield* mock.clearJournal
      const cleared = yield* send(`${mock.httpUrl}/__admin/requests?since=${ids[2]}`)
      expect([json(cleared), cleared.headers["x-journal-first-id"]]).toEqual([[], String((ids[2] ?? 0) + 1)])
      const gone = yield* send(`${mock.httpUrl}/__admin/requests/${ids[2]}`)
      expect(gone.status).toBe(404)
      expect((yield* mock.journalRequest(ids[2] ?? 0))).toBeUndefined()
      expect((yield* send(`${mock.httpUrl}/__admin/requests/x`)).status).toBe(400)
    }))
})
