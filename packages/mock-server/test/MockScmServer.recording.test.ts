/**
 * The proxy, the recording and the replay, end to end over loopback: mock A proxies to mock B (the
 * "real SCM") and records what passes into a folder; no secret of either reaches that folder; a
 * third mock replays it with the same answers and says so in its journal.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Deferred, Effect, Exit, Fiber, Redacted, Scope } from "effect"
import { TestClock } from "effect/testing"
import * as Fs from "node:fs/promises"
import * as Net from "node:net"
import * as Path from "node:path"
import { tempDir } from "./support/files.js"
import { bearer, credentialsForm, passwordLogin, type TokenAnswer } from "./support/mock.js"
import { basic, form, json, type RawRequest, type RawResponse, send } from "./support/raw.js"
import { makeCsr } from "./support/ssl.js"

const deadline = { timeout: 60_000 }

/** A JSON request with the given login. */
const withJson = (login: RawRequest, method: string, body: unknown): RawRequest => ({
  ...login,
  method,
  headers: { ...login.headers, "content-type": "application/json" },
  body: JSON.stringify(body)
})

/** A request the test sends through the proxy, and later the same to the replay. */
interface Call {
  readonly path: string
  readonly request: RawRequest
}

/** Each of a PEM's base64 lines: a key leaked in part is leaked. */
const pemLines = (pem: string): ReadonlyArray<string> =>
  pem.split("\n").filter((line) => line.length >= 16 && !line.startsWith("-----"))

/** Every secret of a mock: its credentials and the private keys of its PKI. */
const secretsOf = (mock: MockScmServer.Service): ReadonlyArray<string> => [
  Redacted.value(mock.credentials.clientSecret),
  Redacted.value(mock.credentials.password),
  ...[mock.pki.ca, mock.pki.server, mock.pki.client].flatMap((pair) => [Redacted.value(pair.keyPem), ...pemLines(Redacted.value(pair.keyPem))])
]

/** The files of a folder and its subfolders, in name order, with their bytes. */
const filesOf = (dir: string) =>
  Effect.promise(async () => {
    const entries = await Fs.readdir(dir, { recursive: true, withFileTypes: true })
    const names = entries.filter((entry) => entry.isFile()).map((entry) => Path.relative(dir, Path.join(entry.parentPath, entry.name))).sort()
    return Promise.all(names.map(async (name) => ({ name, bytes: await Fs.readFile(Path.join(dir, name)) })))
  })

const sourcesOf = (mock: MockScmServer.Service) => Effect.map(mock.journal, (entries) => entries.map((entry) => [entry.method, entry.path, entry.source]))

describe("MockScmServer proxy, record and replay", () => {
  it.effect("records one mock through another, with no secret of either on disk, and replays the recording", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir()
      // The "real SCM" lives in its own scope: it is stopped before the recording is replayed.
      const upstreamScope = yield* Scope.make()
      const upstream = yield* MockScmServer.make().pipe(Scope.provide(upstreamScope))
      const proxy = yield* MockScmServer.make({ proxy: upstream.httpUrl, proxyTokenUrl: upstream.tokenUrl, record: dir })
      const login = passwordLogin(upstream)
      const wrongLogin = passwordLogin(upstream, { password: "not-the-password-at-all" })
      const csr = yield* makeCsr("proxy.example.com")

      // Password login, right and wrong: the upstream's answers come back as they are.
      const types: Call = { path: "/api/ssl/v1/types", request: login }
      const typesRefused: Call = { path: "/api/ssl/v1/types", request: wrongLogin }
      const direct = yield* send(`${upstream.httpUrl}${types.path}`, types.request)
      const viaProxy = (call: Call) => send(`${proxy.httpUrl}${call.path}`, call.request)
      const typesAnswer = yield* viaProxy(types)
      expect([typesAnswer.status, typesAnswer.text]).toEqual([200, direct.text])
      expect(typesAnswer.headers["content-type"]).toBe("application/json")
      const refusedAnswer = yield* viaProxy(typesRefused)
      expect([refusedAnswer.status, json(refusedAnswer)]).toEqual([401, { code: -16, description: "Unknown user" }])

      // OAuth2: the token request goes to the upstream's token endpoint, the token comes back and is passed through.
      const tokenCall: Call = { path: "/auth/realms/apiclients/protocol/openid-connect/token", request: { method: "POST", ...credentialsForm(upstream) } }
      const tokenAnswer = yield* viaProxy(tokenCall)
      expect(tokenAnswer.status).toBe(200)
      const token = (json(tokenAnswer) as TokenAnswer).access_token
      // The client secret in HTTP Basic instead of the form: another token, its secret inside the base64.
      const basicTokenCall: Call = {
        path: tokenCall.path,
        request: {
          method: "POST",
          ...form({ grant_type: "client_credentials" }),
          headers: { ...form({}).headers, authorization: basic(upstream.credentials.clientId, Redacted.value(upstream.credentials.clientSecret)) }
        }
      }
      const basicTokenAnswer = yield* viaProxy(basicTokenCall)
      expect(basicTokenAnswer.status, basicTokenAnswer.text).toBe(200)
      const basicToken = (json(basicTokenAnswer) as TokenAnswer).access_token
      expect(basicToken).not.toBe(token)
      // A session cookie goes upstream as sent, and stays off the disk.
      const cookie = "SESSION=cookie-session-value-0123456789"
      const organizations: Call = { path: "/api/organization/v1", request: { headers: { ...bearer(basicToken).headers, cookie } } }
      const organizationsAnswer = yield* viaProxy(organizations)
      expect(organizationsAnswer.status).toBe(200)

      // Calls that change the upstream's state: an enrollment, an ACME account whose details hold the EAB HMAC key.
      const enroll: Call = { path: "/api/ssl/v1/enroll", request: withJson(login, "POST", { orgId: 1001, certType: 1101, term: 200, csr: csr.pem }) }
      const enrollAnswer = yield* viaProxy(enroll)
      expect(enrollAnswer.status, enrollAnswer.text).toBe(200)
      const { sslId } = json(enrollAnswer) as { readonly sslId: number }
      const details: Call = { path: `/api/ssl/v1/${sslId}`, request: bearer(token) }
      const detailsAnswer = yield* viaProxy(details)
      expect(detailsAnswer.status).toBe(200)
      const createAccount: Call = {
        path: "/api/acme/v2/account",
        request: withJson(bearer(token), "POST", { organizationId: 1001, name: "proxy.example.com", acmeServer: "Sectigo OV ACME" })
      }
      const createAnswer = yield* viaProxy(createAccount)
      expect(createAnswer.status, createAnswer.text).toBe(201)
      const location = createAnswer.headers.location ?? ""
      expect(location).toMatch(/^\/api\/acme\/v2\/account\/\d+$/)
      const account: Call = { path: location, request: bearer(token) }
      const accountAnswer = yield* viaProxy(account)
      const macKey = (json(accountAnswer) as { readonly macKey: string }).macKey
      expect(macKey.length).toBeGreaterThan(40)
      // Every account of the upstream, each with its EAB HMAC key.
      const accounts: Call = { path: "/api/acme/v2/account?size=200", request: login }
      const accountsAnswer = yield* viaProxy(accounts)
      expect(accountsAnswer.status).toBe(200)
      const macKeys = (json(accountsAnswer) as ReadonlyArray<{ readonly macKey: string }>).map((listed) => listed.macKey)
      expect(macKeys.length).toBeGreaterThan(1)
      // A private key in a field of no secret name (a user pasting the wrong file): taken out of the request body.
      const keyInBody: Call = {
        path: "/api/ssl/v1/enroll",
        request: withJson(login, "POST", { orgId: 1001, certType: 1101, term: 200, csr: Redacted.value(upstream.pki.client.keyPem) })
      }
      const keyInBodyAnswer = yield* viaProxy(keyInBody)
      expect(keyInBodyAnswer.status).toBe(400)

      // Certificate login cannot pass: the proxy does not hold the caller's key.
      const privateAnswer = yield* send(`${proxy.httpsUrl}/private/api/ssl/v1/types`, {
        headers: { login: upstream.credentials.certLogin, customerUri: upstream.credentials.customerUri },
        tls: { ca: proxy.pki.ca.certPem, client: upstream.pki.client }
      })
      expect(privateAnswer.status).toBe(401)
      expect((json(privateAnswer) as { readonly description: string }).description).toContain("Certificate login cannot go through the mock's proxy")

      // The upstream saw each request with the caller's credentials; the proxy's journal says the proxy answered.
      const upstreamEntries = yield* upstream.journal
      expect(upstreamEntries.map((entry) => [entry.method, entry.path, entry.scheme, entry.status])).toEqual([
        ["GET", types.path, "password", 200],
        ["GET", types.path, "password", 200],
        ["GET", types.path, "password", 401],
        ["POST", tokenCall.path, "token", 200],
        ["POST", tokenCall.path, "token", 200],
        ["GET", organizations.path, "oauth2", 200],
        ["POST", enroll.path, "password", 200],
        ["GET", details.path, "oauth2", 200],
        ["POST", createAccount.path, "oauth2", 201],
        ["GET", account.path, "oauth2", 200],
        ["GET", accounts.path, "password", 200],
        ["POST", keyInBody.path, "password", 400]
      ])
      expect(upstreamEntries.every((entry) => !("source" in entry))).toBe(true)
      expect((yield* proxy.journal).map((entry) => [entry.path, entry.status, entry.source])).toEqual([
        [types.path, 200, "proxy"],
        [types.path, 401, "proxy"],
        [tokenCall.path, 200, "proxy"],
        [tokenCall.path, 200, "proxy"],
        [organizations.path, 200, "proxy"],
        [enroll.path, 200, "proxy"],
        [details.path, 200, "proxy"],
        [createAccount.path, 201, "proxy"],
        [account.path, 200, "proxy"],
        [accounts.path, 200, "proxy"],
        [keyInBody.path, 400, "proxy"],
        ["/private/api/ssl/v1/types", 401, "proxy"]
      ])

      // One file per forwarded exchange, named in recording order by method and path.
      const files = yield* filesOf(dir)
      expect(files.map((file) => file.name)).toEqual([
        "000001-GET-api-ssl-v1-types.json",
        "000002-GET-api-ssl-v1-types.json",
        "000003-POST-auth-realms-apiclients-protocol-openid-connect-token.json",
        "000004-POST-auth-realms-apiclients-protocol-openid-connect-token.json",
        "000005-GET-api-organization-v1.json",
        "000006-POST-api-ssl-v1-enroll.json",
        `000007-GET-api-ssl-v1-${sslId}.json`,
        "000008-POST-api-acme-v2-account.json",
        `000009-GET-api-acme-v2-account-${location.split("/").at(-1)}.json`,
        "000010-GET-api-acme-v2-account.json",
        "000011-POST-api-ssl-v1-enroll.json"
      ])

      // No secret of either mock, no token issued, no EAB HMAC key, no private key, no cookie, in any byte of any file.
      const secrets = [
        ...secretsOf(upstream),
        ...secretsOf(proxy),
        token,
        basicToken,
        macKey,
        ...macKeys,
        "not-the-password-at-all",
        "cookie-session-value-0123456789",
        Buffer.from(`${upstream.credentials.clientId}:${Redacted.value(upstream.credentials.clientSecret)}`).toString("base64")
      ]
      for (const file of files) {
        for (const secret of secrets) expect(file.bytes.includes(secret), `${file.name} holds a secret`).toBe(false)
      }
      const recorded = files.map((file) => JSON.parse(file.bytes.toString("utf8")))
      expect(recorded[0].request.headers).toEqual({ customeruri: upstream.credentials.customerUri, login: upstream.credentials.login, password: "REDACTED" })
      expect(recorded[2].request.text).toBe(`grant_type=client_credentials&client_id=${upstream.credentials.clientId}&client_secret=REDACTED`)
      expect(recorded[2].response.json.access_token).toBe("REDACTED")
      expect(recorded[3].response.json.access_token).toBe("REDACTED")
      expect(recorded[4].request.headers.authorization).toBe("Bearer REDACTED")
      expect(recorded[8].response.json.macKey).toBe("REDACTED")
      expect(recorded[9].response.json.every((listed: { readonly macKey: string }) => listed.macKey === "REDACTED")).toBe(true)
      expect(recorded[10].request.json.csr).toMatch(/^REDACTED\s*$/)
      expect(Object.keys(recorded[5])).toEqual(["format", "recordedAt", "upstream", "durationMs", "request", "response"])
      expect(recorded[5].request.json.csr).toBe(csr.pem)
      expect(files[5]?.bytes.toString("utf8")).toBe(`${JSON.stringify(recorded[5], null, 2)}\n`)

      // The "real SCM" stops: from here on, only the recording knows its answers.
      yield* Scope.close(upstreamScope, Exit.void)
      expect((yield* Effect.flip(send(`${upstream.httpUrl}${types.path}`, types.request)))._tag).toBe("RawError")

      // The replay answers the same requests with the same status and body (secrets read REDACTED).
      const replay = yield* MockScmServer.make({ replay: dir })
      const viaReplay = (call: Call) => send(`${replay.httpUrl}${call.path}`, call.request)
      const same = (call: Call, answer: RawResponse) =>
        Effect.map(viaReplay(call), (replayed) => {
          expect([replayed.status, replayed.text], call.path).toEqual([answer.status, answer.text])
          return replayed
        })
      yield* same(types, typesAnswer)
      yield* same(typesRefused, refusedAnswer)
      // Both recorded exchanges of that request have answered: the last answers again.
      yield* same(types, refusedAnswer)
      const replayedToken = yield* viaReplay(tokenCall)
      expect(replayedToken.status).toBe(200)
      const replayToken = (json(replayedToken) as TokenAnswer).access_token
      expect([replayToken === token, replayToken === "REDACTED"]).toEqual([false, false])
      const replayedBasicToken = yield* viaReplay(basicTokenCall)
      expect(replayedBasicToken.status).toBe(200)
      expect((json(replayedBasicToken) as TokenAnswer).access_token).not.toBe(basicToken)
      yield* same(organizations, organizationsAnswer)
      yield* same(enroll, enrollAnswer)
      yield* same(details, detailsAnswer)
      const replayedCreate = yield* same(createAccount, createAnswer)
      expect(replayedCreate.headers.location).toBe(location)
      const replayedAccount = yield* viaReplay(account)
      expect([replayedAccount.status, json(replayedAccount)]).toEqual([200, { ...(json(accountAnswer) as object), macKey: "REDACTED" }])
      const replayedAccounts = yield* viaReplay(accounts)
      expect([replayedAccounts.status, json(replayedAccounts)]).toEqual([
        200,
        (json(accountsAnswer) as ReadonlyArray<object>).map((listed) => ({ ...listed, macKey: "REDACTED" }))
      ])
      // The recorded body's REDACTED stands for the key that was there: the same request matches.
      yield* same(keyInBody, keyInBodyAnswer)

      // What the recording does not hold falls through to the replaying mock's own state: with its
      // token (the replayed token answer carried one), or its own password.
      const unrecorded = yield* send(`${replay.httpUrl}/api/domain/v1?size=1`, bearer(replayToken))
      expect(unrecorded.status).toBe(200)
      const otherQuery = yield* send(`${replay.httpUrl}/api/ssl/v1/types?organizationId=1001`, passwordLogin(replay))
      expect(otherQuery.status).toBe(200)
      const upstreamLoginHere = yield* send(`${replay.httpUrl}/api/ssl/v1/types?organizationId=1001`, login)
      expect(upstreamLoginHere.status).toBe(401)
      expect((yield* replay.journal).map((entry) => entry.source)).toEqual([
        ...Array.from({ length: 12 }, () => "replay"),
        "mock",
        "mock",
        "mock"
      ])

      // Replay and proxy together: the recording first, then the upstream (stopped: the proxy's 502).
      const both = yield* MockScmServer.make({ replay: dir, proxy: upstream.httpUrl, proxyTokenUrl: upstream.tokenUrl })
      expect((yield* send(`${both.httpUrl}${types.path}`, types.request)).text).toBe(typesAnswer.text)
      expect((yield* send(`${both.httpUrl}/api/ssl/v1/types?organizationId=1001`, login)).status).toBe(502)
      expect(yield* sourcesOf(both)).toEqual([
        ["GET", types.path, "replay"],
        ["GET", "/api/ssl/v1/types?organizationId=1001", "proxy"]
      ])
      // A reset serves the recording from its start again.
      yield* both.reset
      expect((yield* send(`${both.httpUrl}${types.path}`, types.request)).status).toBe(200)
    }), deadline)

  it.effect("replays a folder written by hand: in order then the last again, REDACTED as any value, Location moved to the replaying server", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir()
      const exchange = (request: object, response: object) => ({ format: "scm-mock-recording/1", request, response })
      const write = (name: string, value: unknown) => Effect.promise(() => Fs.writeFile(Path.join(dir, name), JSON.stringify(value, null, 2)))
      const status = (n: number) => ({ status: 200, headers: { "content-type": "application/json" }, json: { n } })
      yield* write("000001-GET-api-ssl-v1-types.json", exchange({ method: "GET", path: "/api/ssl/v1/types", headers: {} }, status(1)))
      yield* write("000002-GET-api-ssl-v1-types.json", exchange({ method: "GET", path: "/api/ssl/v1/types", headers: {} }, status(2)))
      yield* write("000003-GET-api-ssl-v1.json", exchange({ method: "GET", path: "/api/ssl/v1", query: { size: "10", commonName: "REDACTED" }, headers: {} }, status(3)))
      yield* write("000004-POST-api-admin-v1-changepassword.json", exchange(
        { method: "POST", path: "/api/admin/v1/changepassword", headers: { "content-type": "application/json" }, json: { newPassword: "REDACTED" } },
        { status: 204, headers: {} }
      ))
      yield* write("000005-POST-api-acme-v2-account.json", {
        ...exchange(
          { method: "POST", path: "/api/acme/v2/account", headers: {}, json: { organizationId: 1001, name: "x" } },
          { status: 201, headers: { location: "https://scm.example/api/acme/v2/account/7", "set-cookie": "REDACTED" } }
        ),
        upstream: "https://scm.example"
      })
      // A secret taken out of the middle of a string: REDACTED stands for any text there, the rest must be equal.
      yield* write("000006-PUT-api-ssl-v1-7.json", exchange(
        { method: "PUT", path: "/api/ssl/v1/7", headers: {}, json: { comments: "key: REDACTED (pasted by mistake)" } },
        { status: 204, headers: {} }
      ))
      yield* write("README.md", "not an exchange: files that do not end in .json are left alone")
      const mock = yield* MockScmServer.make({ replay: dir })
      const get = (path: string) => Effect.map(send(`${mock.httpUrl}${path}`), (answer) => [answer.status, answer.text])
      expect(yield* get("/api/ssl/v1/types")).toEqual([200, `{"n":1}`])
      expect(yield* get("/api/ssl/v1/types")).toEqual([200, `{"n":2}`])
      expect(yield* get("/api/ssl/v1/types")).toEqual([200, `{"n":2}`])
      expect(yield* get("/api/ssl/v1?commonName=anything&size=10")).toEqual([200, `{"n":3}`])
      // Another size is another request: the mock's own answer (no credentials: 401).
      expect((yield* get("/api/ssl/v1?commonName=anything&size=11"))[0]).toBe(401)
      const changed = yield* send(`${mock.httpUrl}/api/admin/v1/changepassword`, withJson({}, "POST", { newPassword: "whatever-it-is" }))
      expect(changed.status).toBe(204)
      const created = yield* send(`${mock.httpUrl}/api/acme/v2/account`, withJson({}, "POST", { name: "x", organizationId: 1001 }))
      expect(created.status).toBe(201)
      expect(created.headers.location).toBe(`${mock.httpUrl}/api/acme/v2/account/7`)
      expect(created.headers["set-cookie"]).toBeUndefined()
      const otherBody = yield* send(`${mock.httpUrl}/api/acme/v2/account`, withJson({}, "POST", { name: "y", organizationId: 1001 }))
      expect(otherBody.status).toBe(401)
      const put = (comments: string) => Effect.map(send(`${mock.httpUrl}/api/ssl/v1/7`, withJson({}, "PUT", { comments })), (answer) => answer.status)
      expect(yield* put("key: -----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY----- (pasted by mistake)")).toBe(204)
      expect(yield* put("key: x (pasted on purpose)")).toBe(401)
      expect(yield* put("a key: x (pasted by mistake)")).toBe(401)
    }), deadline)

  it.effect("refuses a replay folder with a malformed file, naming each file and its problem", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir()
      const good = { format: "scm-mock-recording/1", request: { method: "GET", path: "/api/ssl/v1/types", headers: {} }, response: { status: 200, headers: {} } }
      const files: Record<string, string> = {
        "000001-GET-good.json": JSON.stringify(good),
        "000002-GET-not-json.json": "{ \"format\": ",
        "000003-GET-bad-status.json": JSON.stringify({ ...good, response: { status: "200", headers: {} } }),
        "000004-GET-typo.json": JSON.stringify({ ...good, request: { ...good.request, qurey: { a: "1" } } }),
        "000005-GET-two-bodies.json": JSON.stringify({ ...good, response: { status: 200, headers: {}, text: "a", json: {} } }),
        "000006-GET-query-in-path.json": JSON.stringify({ ...good, request: { ...good.request, path: "/api/ssl/v1?size=1" } }),
        "000007-GET-upstream.json": JSON.stringify({ ...good, upstream: "cert-manager.com" })
      }
      for (const [name, text] of Object.entries(files)) yield* Effect.promise(() => Fs.writeFile(Path.join(dir, name), text))
      const exit = yield* Effect.exit(MockScmServer.make({ replay: dir }))
      expect(Exit.isFailure(exit)).toBe(true)
      const message = Exit.isFailure(exit) ? String(exit.cause) : ""
      expect(message).toContain(`cannot replay ${dir}, bad recording files:`)
      expect(message).not.toContain("000001-GET-good.json")
      expect(message).toMatch(new RegExp(`${Path.join(dir, "000002-GET-not-json.json")}: not JSON`))
      expect(message).toContain(`${Path.join(dir, "000003-GET-bad-status.json")}: response.status:`)
      expect(message).toContain(`${Path.join(dir, "000004-GET-typo.json")}: request.qurey: is unexpected`)
      expect(message).toContain(`${Path.join(dir, "000005-GET-two-bodies.json")}: response: has more than one of json, text and base64`)
      expect(message).toContain(`${Path.join(dir, "000006-GET-query-in-path.json")}: request.path: must start with / and hold no query`)
      expect(message).toContain(`${Path.join(dir, "000007-GET-upstream.json")}: upstream: must be an absolute URL`)
    }), deadline)

  it.effect.each([
    [{ proxy: "http://scm.example.com" }, "proxy must be an https URL (plain http only to loopback"],
    [{ proxy: "cert-manager.com" }, "proxy must be an absolute URL"],
    [{ proxy: "https://cert-manager.com?x=1" }, "proxy must have no query or fragment"],
    [{ proxy: "https://cert-manager.com", proxyTokenUrl: "http://sso.example.com/token" }, "proxyTokenUrl must be an https URL"],
    [{ proxy: "https://cert-manager.com", proxyTimeoutSeconds: 0 }, "proxyTimeoutSeconds must be an integer from 1 to 3600"],
    [{ record: "/tmp/anywhere" }, "record needs proxy"],
    [{ proxyTokenUrl: "https://sso.example.com/token" }, "proxyTokenUrl needs proxy"]
  ] as const)("refuses the options %j", ([options, message]) =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(MockScmServer.make(options))
      expect(Exit.isFailure(exit) ? String(exit.cause) : "").toContain(`Invalid options: ${message}`)
    }), deadline)

  it.effect("names neither the password of a proxy URL with credentials, nor accepts it", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(MockScmServer.make({ proxy: "https://admin:hunter2-secret@cert-manager.com" }))
      const message = Exit.isFailure(exit) ? String(exit.cause) : ""
      expect(message).toContain("proxy must not hold credentials")
      expect(message).not.toContain("hunter2-secret")
    }), deadline)

  it.effect("refuses a record folder it cannot write, and a replay folder that is not there", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir()
      const file = Path.join(dir, "a-file")
      yield* Effect.promise(() => Fs.writeFile(file, ""))
      const unwritable = yield* Effect.exit(MockScmServer.make({ proxy: "https://cert-manager.com", record: Path.join(file, "recording") }))
      expect(Exit.isFailure(unwritable) ? String(unwritable.cause) : "").toContain(`cannot record into ${Path.join(file, "recording")}:`)
      const missing = yield* Effect.exit(MockScmServer.make({ replay: Path.join(dir, "none") }))
      expect(Exit.isFailure(missing) ? String(missing.cause) : "").toContain(`cannot replay ${Path.join(dir, "none")}:`)
      // A folder that is missing is made for a recording, and replays empty when it is also the replay's.
      const fresh = Path.join(dir, "new", "recording")
      const both = yield* MockScmServer.make({ proxy: "https://cert-manager.com", record: fresh, replay: fresh })
      expect((yield* Effect.promise(() => Fs.stat(fresh))).isDirectory()).toBe(true)
      expect(both.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    }), deadline)

  it.effect("answers 502 with an SCM error body when the upstream cannot be reached, and 504 when it does not answer in time", () =>
    Effect.gen(function*() {
      // A port that was just free: nothing listens there.
      const closedPort = yield* Effect.promise(() =>
        new Promise<number>((resolve) => {
          const server = Net.createServer().listen(0, "127.0.0.1", () => {
            const { port } = server.address() as Net.AddressInfo
            server.close(() => resolve(port))
          })
        })
      )
      const unreachable = yield* MockScmServer.make({ proxy: `http://127.0.0.1:${closedPort}` })
      const refused = yield* send(`${unreachable.httpUrl}/api/ssl/v1/types`)
      expect(refused.status).toBe(502)
      const body = json(refused) as { readonly code: number; readonly description: string }
      expect(body.code).toBe(-1)
      expect(body.description).toContain(`The upstream SCM http://127.0.0.1:${closedPort} gave no answer through the mock's proxy: `)
      expect(body.description).toContain("ECONNREFUSED")
      expect((yield* unreachable.journal).map((entry) => [entry.status, entry.source])).toEqual([[502, "proxy"]])

      // An upstream that accepts and never answers: the proxy's timeout runs on the server's Clock.
      const accepted = yield* Deferred.make<void>()
      const silent = yield* Effect.acquireRelease(
        Effect.promise(() =>
          new Promise<Net.Server>((resolve) => {
            const server = Net.createServer(() => Deferred.doneUnsafe(accepted, Exit.void))
            server.listen(0, "127.0.0.1", () => resolve(server))
          })
        ),
        (server) => Effect.sync(() => server.close())
      )
      const slow = yield* MockScmServer.make({ proxy: `http://127.0.0.1:${(silent.address() as Net.AddressInfo).port}`, proxyTimeoutSeconds: 5 })
      const waiting = yield* Effect.forkChild(send(`${slow.httpUrl}/api/ssl/v1/types`, { timeoutMs: 10_000 }))
      yield* Deferred.await(accepted)
      yield* TestClock.adjust("5 seconds")
      const late = yield* Fiber.join(waiting)
      expect(late.status).toBe(504)
      expect((json(late) as { readonly description: string }).description).toContain("no answer within 5 s")
    }), deadline)
})
