/**
 * A bounded fuzz of the mock's HTTP surface, over real sockets to both listeners: random methods,
 * paths (encoded and dot segments, `;`, absolute-form targets), headers (foreign Host and Origin,
 * floods, bad values), query strings and bodies (malformed JSON, binary, huge or wrong declared
 * lengths, chunked). The messages are written as raw bytes, so nothing in a client library
 * tidies them first. Properties: an answer or a close within a deadline (never a hang), never a
 * 5xx, no 2xx without credentials except from the admin API, and the server still serves a good
 * request afterwards.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Arbitrary, Effect, Schema } from "effect"
import * as Net from "node:net"
import * as Tls from "node:tls"
import { passwordLogin } from "./support/mock.js"
import { send } from "./support/raw.js"

const server = MockScmServer.MockScmServer
const tokenPath = "/auth/realms/apiclients/protocol/openid-connect/token"
/** Real time each exchange may take: the server never waits on the client here (bodies are half-closed). */
const deadlineMs = 3_000

/** One of `values`, uniformly. */
const pick = <const A>(values: ReadonlyArray<A>): Arbitrary.Arbitrary<A> =>
  Arbitrary.map(
    Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: values.length - 1 }))),
    (i) => values[i] as A
  )

/** One of the arbitraries, uniformly. */
const oneOf = <A>(...choices: ReadonlyArray<Arbitrary.Arbitrary<A>>): Arbitrary.Arbitrary<A> =>
  Arbitrary.flatMap(pick(choices), (choice) => choice)

const matching = (pattern: RegExp) => Arbitrary.schema(Schema.String.check(Schema.isPattern(pattern)))
const printable = matching(/^[\x20-\x7e]{0,24}$/)
const tokenChars = matching(/^[A-Za-z0-9_-]{1,12}$/)

const method = oneOf(
  Arbitrary.Constant("GET"),
  Arbitrary.Constant("GET"),
  pick(["POST", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "get", "BREW"] as const),
  matching(/^[A-Z]{1,8}$/)
)

const segment = oneOf(
  pick([
    "api", "private", "ssl", "v1", "v2", "types", "customFields", "collect", "20001", "x509", "enroll", "revoke",
    "approve", "renewById", "organization", "domain", "__admin", "faults", "requests", "reset", "settings", "tokens",
    "issue", "auth", "realms", "token", ".", "..", "%2E", "%2e%2E", "%2F", "%5F%5Fadmin", "%61pi", "%74ypes", "%zz",
    "%", "%00", "%C3%A9", "%25", "%3B", "", "*", ":id", "types;jsessionid=1", "é"
  ] as const),
  tokenChars
)

const root = pick(["/api/", "/private/api/", "/__admin/", "/%5F%5Fadmin/", "/api/ssl/v1/", "/", "//", "/auth/realms/apiclients/protocol/openid-connect/"] as const)

const knownTarget = pick([
  "/api/ssl/v1/types", "/api/ssl/v1", "/api/ssl/v1/20001", "/api/organization/v1", "/api/domain/v1",
  "/private/api/ssl/v1/types", tokenPath, "/__admin/requests", "/__admin/faults", "/__admin/settings", "/__admin/reset",
  "/__admin/ssl/settings", "/__admin/tokens/revoke", "/__admin/ssl/20001/issue", "/__admin", "*"
] as const)

const path = oneOf(
  knownTarget,
  Arbitrary.map(Arbitrary.all([root, Arbitrary.array(segment, { maxLength: 6 })]), ([prefix, segments]) => `${prefix}${segments.join("/")}`)
)

const queryName = oneOf(
  pick(["position", "size", "status", "commonName", "sslTypeId", "orgId", "organizationId", "scheme", "method", "format", "password", "client_secret"] as const),
  tokenChars
)
const queryValue = oneOf(printable, Arbitrary.map(Arbitrary.schema(Schema.Int), String), pick(["Issued", "200", "-1", "", "%zz", "a;b", "x509"] as const))
const query = oneOf(
  Arbitrary.Constant(""),
  Arbitrary.map(
    Arbitrary.all([Arbitrary.array(Arbitrary.all([queryName, queryValue, pick(["&", ";"] as const)]), { minLength: 1, maxLength: 4 })]),
    ([pairs]) => `?${pairs.map(([name, value, separator], i) => `${i === 0 ? "" : separator}${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("")}`
  ),
  pick(["?", "??", "?&&;;", "?=", "#frag", "?a=1#frag"] as const)
)

type HostChoice = "own" | "localhost" | "foreign" | "none" | "absolute-own" | "absolute-foreign"

const header = oneOf<readonly [string, string]>(
  pick([
    ["content-type", "application/json"],
    ["content-type", "application/json; charset=utf-8"],
    ["content-type", "text/plain"],
    ["content-type", "application/x-www-form-urlencoded"],
    ["content-type", "multipart/form-data; boundary=x"],
    ["content-type", "garbage/;;"],
    ["authorization", "Bearer"],
    ["authorization", "Basic !!!"],
    ["origin", "http://evil.example"],
    ["origin", "null"],
    ["expect", "100-continue"],
    ["upgrade", "websocket"],
    ["transfer-encoding", "gzip"],
    ["x-flood", "x".repeat(20_000)],
    ["x-bad", "a\u0000b"],
    ["bad header", "x"]
  ] as const),
  Arbitrary.map(Arbitrary.all([pick(["login", "password", "customerUri", "authorization", "x-scm", "cookie"] as const), printable]), ([name, value]) => [name, value] as const),
  Arbitrary.map(matching(/^[A-Za-z0-9_-]{10,60}$/), (token) => ["authorization", `Bearer ${token}`] as const)
)

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

const bodyBytes = oneOf<Uint8Array>(
  Arbitrary.map(Arbitrary.schema(Schema.Json), (value) => bytesOf(JSON.stringify(value) ?? "null")),
  Arbitrary.map(
    pick(['{"a":', "[1,2", '{"path": "/",', "\u0000{}", "{'a':1}", '{"tokenTtl": -1}', '{"path":"/x","status":99}', "null", '""', "{}{}"] as const),
    bytesOf
  ),
  Arbitrary.map(Arbitrary.array(Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 255 }))), { maxLength: 200 }), (values) => Uint8Array.from(values)),
  Arbitrary.map(printable, (text) => bytesOf(`grant_type=client_credentials&client_id=${encodeURIComponent(text)}&client_secret=x`))
)

/** How the body is framed: `short` declares more than it sends, the rest never comes (the write side is closed). */
type Framing = "none" | "exact" | "chunked" | "huge" | "short" | "invalid" | "both"
const framing = pick(["none", "exact", "exact", "chunked", "huge", "short", "invalid", "both"] as const satisfies ReadonlyArray<Framing>)

const fuzzRequest = Arbitrary.all({
  https: Arbitrary.schema(Schema.Boolean),
  method,
  path,
  query,
  version: pick(["HTTP/1.1", "HTTP/1.1", "HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1.9", "HTTP/x"] as const),
  host: pick(["own", "own", "own", "localhost", "foreign", "none", "absolute-own", "absolute-foreign"] as const satisfies ReadonlyArray<HostChoice>),
  headers: Arbitrary.array(header, { maxLength: 4 }),
  framing,
  body: bodyBytes,
  declared: pick(["1048577", "99999999999", "18446744073709551616"] as const),
  invalidLength: pick(["abc", "-1", "1, 2", "0x10", " "] as const)
})

type FuzzRequest = typeof fuzzRequest extends Arbitrary.Arbitrary<infer A> ? A : never

/** The raw bytes of the request: one message, `Connection: close`, the body framed as asked. */
const render = (request: FuzzRequest, authority: string): Buffer => {
  const target = request.host === "absolute-own"
    ? `http://${authority}${request.path}${request.query}`
    : request.host === "absolute-foreign"
    ? `http://evil.example${request.path}${request.query}`
    : `${request.path}${request.query}`
  const lines = [`${request.method} ${target} ${request.version}`]
  if (request.host === "own" || request.host === "absolute-own" || request.host === "absolute-foreign") lines.push(`Host: ${authority}`)
  if (request.host === "localhost") lines.push(`Host: localhost:${authority.split(":")[1] ?? ""}`)
  if (request.host === "foreign") lines.push(`Host: evil.example:${authority.split(":")[1] ?? ""}`)
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`)
  const body = Buffer.from(request.body)
  let payload: Buffer = Buffer.alloc(0)
  switch (request.framing) {
    case "none":
      break
    case "exact":
      lines.push(`Content-Length: ${body.length}`)
      payload = body
      break
    case "chunked":
      lines.push("Transfer-Encoding: chunked")
      payload = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from(body.length === 0 ? "\r\n" : "\r\n0\r\n\r\n")])
      break
    case "huge":
      lines.push(`Content-Length: ${request.declared}`)
      payload = body
      break
    case "short":
      lines.push(`Content-Length: ${body.length + 17}`)
      payload = body
      break
    case "invalid":
      lines.push(`Content-Length: ${request.invalidLength}`)
      payload = body
      break
    case "both":
      lines.push(`Content-Length: ${body.length}`, "Transfer-Encoding: chunked")
      payload = body
      break
  }
  lines.push("Connection: close")
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), payload])
}

/** What came back: the final status (after any 1xx), none if the server closed without one, or a timeout. */
type Outcome = { readonly _tag: "Answered"; readonly status: number } | { readonly _tag: "Closed" } | { readonly _tag: "TimedOut" }

/** Writes the bytes, closes the write side, and reads until the server closes; a real-time deadline. */
const exchange = (url: string, bytes: Buffer, ca: string | undefined) =>
  Effect.callback<Outcome>((resume) => {
    const target = new URL(url)
    const port = Number(target.port)
    const socket = ca === undefined
      ? Net.connect(port, target.hostname)
      : Tls.connect({ port, host: target.hostname, ca, servername: "localhost" })
    const chunks: Array<Buffer> = []
    let settled = false
    const settle = (outcome: Outcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resume(Effect.succeed(outcome))
    }
    const timer = setTimeout(() => settle({ _tag: "TimedOut" }), deadlineMs)
    socket.once(ca === undefined ? "connect" : "secureConnect", () => socket.end(bytes))
    socket.on("data", (chunk: Buffer) => chunks.push(chunk))
    socket.on("error", () => undefined)
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1")
      const statuses = [...text.matchAll(/^HTTP\/1\.[01] (\d{3}) /gm)].map((match) => Number(match[1]))
      const final = statuses.find((status) => status >= 200)
      settle(final === undefined ? { _tag: "Closed" } : { _tag: "Answered", status: final })
    })
    return Effect.sync(() => settle({ _tag: "TimedOut" }))
  })

const unreserved = /^[A-Za-z0-9\-._~]$/

/**
 * Where a target lands, worked out independently of the server: the WHATWG URL parser removes the
 * dot segments (`%2E` included), then unreserved escapes are decoded; as the server does, the path
 * ends at the first `?`, `;` or `#`, and an absolute-form target gives its own path.
 */
const landsAt = (request: FuzzRequest): string => {
  const raw = `${request.path}${request.query}`
  const cut = raw.search(/[?;#]/)
  const rawPath = cut === -1 ? raw : raw.slice(0, cut)
  let pathname: string
  try {
    pathname = new URL(`http://oracle.invalid${rawPath}`).pathname
  } catch {
    return rawPath
  }
  return pathname.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16))
    return unreserved.test(char) ? char : escape
  })
}

const isAdmin = (path: string): boolean => path === "/__admin" || path.startsWith("/__admin/")

/** What the runs saw, checked at the end: a fuzz whose requests all bounce off the parser tests little. */
const seen = { answered: 0, statuses: new Set<number>() }

layer(MockScmServer.layer())("MockScmServer fuzz", (it) => {
  it.effect.prop(
    "answers or closes in time, never 5xx, never 2xx without credentials outside /__admin, and still serves",
    { request: fuzzRequest },
    ({ request }) =>
      Effect.gen(function*() {
        const mock = yield* server
        const url = request.https ? mock.httpsUrl : mock.httpUrl
        const ca = request.https ? mock.pki.ca.certPem : undefined
        const outcome = yield* exchange(url, render(request, new URL(url).host), ca)
        expect(outcome._tag, JSON.stringify(request)).not.toBe("TimedOut")
        if (outcome._tag === "Answered") {
          seen.answered++
          seen.statuses.add(outcome.status)
          expect(outcome.status, JSON.stringify(request)).toBeLessThan(500)
          if (outcome.status < 300) {
            // No credential was sent (none of the random values is the seeded one, no client
            // certificate on TLS): only the admin API may say yes.
            expect(landsAt(request), JSON.stringify(request)).toSatisfy(isAdmin)
          }
        }
        const good = yield* send(`${url}/api/ssl/v1/types`, { ...passwordLogin(mock), ...(ca === undefined ? {} : { tls: { ca } }), timeoutMs: deadlineMs })
        expect(good.status).toBe(200)
      }),
    { timeout: 60_000, arbitrary: { runs: 200 } }
  )

  it.effect("exercised the server, not only its parser, and leaves it serving", () =>
    Effect.gen(function*() {
      const mock = yield* server
      expect(seen.answered).toBeGreaterThan(100)
      expect([...seen.statuses].filter((status) => status === 401 || status === 404 || status === 400).length).toBe(3)
      // The harness itself sees a yes when there is one.
      const known = yield* exchange(mock.httpUrl, Buffer.from(`GET /__admin/settings HTTP/1.1\r\nHost: ${new URL(mock.httpUrl).host}\r\nConnection: close\r\n\r\n`), undefined)
      expect(known).toEqual({ _tag: "Answered", status: 200 })
      yield* mock.reset
      const response = yield* send(`${mock.httpsUrl}/private/api/ssl/v1/types`, {
        headers: { login: mock.credentials.certLogin, customerUri: mock.credentials.customerUri },
        tls: { ca: mock.pki.ca.certPem, client: mock.pki.client }
      })
      expect(response.status).toBe(200)
    }))
})
