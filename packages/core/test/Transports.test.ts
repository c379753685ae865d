/**
 * The client against hostile servers, over real sockets, on each transport the README names
 * (undici, fetch, node:http): redirects are never followed, every attempt has a deadline (headers
 * and body), the bodies the library reads itself are capped, and a request a transport refuses to
 * send is a typed error. Deadlines run on the TestClock where the time can be simulated, and on
 * short real deadlines where the point is the real timer.
 */
import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Fiber, Layer, Option, Redacted, Schema, Stream } from "effect"
import { HttpClient, HttpClientRequest, HttpClientResponse } from "effect/http"
import { TestClock } from "effect/testing"
import { OAuth2, PasswordAuth, ScmError, ScmHttpClient } from "@scm-effect/core"
import type { ScmRetry } from "@scm-effect/core"
import { BufferedResponse } from "../src/internal/bufferedResponse.js"
import { transportOf } from "../src/internal/client.js"
import { TimedResponse } from "../src/internal/deadline.js"
import * as Capture from "./fixtures/Capture.js"
import * as Hostile from "./fixtures/Hostile.js"
import { withRealClock } from "./fixtures/util.js"

const password = Redacted.make("the-password-value")

const passwordAuth = (
  server: Hostile.Server,
  transport: Layer.Layer<HttpClient.HttpClient>,
  options?: { readonly timeout?: Duration.Input; readonly retry?: ScmRetry.Retry }
) =>
  PasswordAuth.layer({
    login: "admin",
    password,
    customerUri: "acme",
    baseUrl: server.url,
    retry: false,
    ...options
  }).pipe(Layer.provide(transport))

const oauth2 = (
  api: Hostile.Server,
  token: Hostile.Server,
  transport: Layer.Layer<HttpClient.HttpClient>,
  options?: { readonly timeout?: Duration.Input; readonly retry?: ScmRetry.Retry }
) =>
  OAuth2.layer({
    clientId: "client-1",
    clientSecret: Redacted.make("the-client-secret"),
    baseUrl: api.url,
    tokenUrl: `${token.url}/token`,
    retry: false,
    ...options
  }).pipe(Layer.provide(transport))

const validToken = Hostile.json(200, { access_token: "valid-token-1", token_type: "Bearer", expires_in: 300 })

const get = (path = "/api/ssl/v1/types") => Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get(path))
const post = Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.post("/api/ssl/v1/enroll"))

/** Waits in real time (the sockets need it) until `condition` holds; fails the test after 10 s. */
const until = (condition: () => boolean, label: string) =>
  withRealClock(Effect.gen(function*() {
    for (let i = 0; i < 2000; i++) {
      if (condition()) return
      yield* Effect.sleep("5 millis")
    }
    return yield* Effect.die(new Error(`timed out waiting for ${label}`))
  }))

/** A little real time, for things that must not happen. */
const pause = (millis = 50) => withRealClock(Effect.sleep(Duration.millis(millis)))

/** Moves the TestClock on in 1 ms steps until `condition` holds (a retry's jittered backoff is short). */
const advanceUntil = (condition: () => boolean, label: string) =>
  Effect.gen(function*() {
    for (let i = 0; i < 400; i++) {
      if (condition()) return
      yield* TestClock.adjust("1 millis")
      yield* pause(5)
    }
    return yield* Effect.die(new Error(`timed out waiting for ${label}`))
  })

const MiB = 1024 * 1024

/**
 * Against `api`, which never finishes an answer, with a deadline of `seconds` and one retry: a GET
 * misses the deadline on both its attempts (and not a second sooner), a POST on its one attempt
 * and is not sent again. Returns the GET's error.
 */
const getRetriedPostNot = (api: Hostile.Server, transport: Layer.Layer<HttpClient.HttpClient>, seconds: number) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(Effect.flip(get()))
    yield* until(() => api.seen.length === 1, "the first attempt")
    yield* TestClock.adjust(Duration.seconds(seconds - 1))
    expect(fiber.pollUnsafe()).toBeUndefined()
    yield* TestClock.adjust("1 second")
    yield* advanceUntil(() => api.seen.length === 2, "the retry")
    yield* TestClock.adjust(Duration.seconds(seconds))
    const error = yield* Fiber.join(fiber)
    expect(error).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout", method: "GET" })

    const postFiber = yield* Effect.forkChild(Effect.flip(post))
    yield* until(() => api.seen.length === 3, "the POST")
    yield* TestClock.adjust(Duration.seconds(seconds))
    expect(yield* Fiber.join(postFiber)).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout", method: "POST" })
    yield* TestClock.adjust("1 minute")
    yield* pause()
    expect(api.seen.length).toBe(3)
    return error
  }).pipe(Effect.provide(passwordAuth(api, transport, { timeout: Duration.seconds(seconds), retry: { retries: 1, baseDelay: "1 millis" } })))

describe.each(Hostile.transports)("over %s", (_name, transport) => {
  describe("redirects are never followed", () => {
    it.effect("PasswordAuth: a 302 to another origin is ScmApiError naming only that origin; nothing goes there", () =>
      Effect.gen(function*() {
        const foreign = yield* Hostile.make(Hostile.json(200, [{ id: 1 }]))
        const api = yield* Hostile.make(Hostile.redirect(`${foreign.url}/steal?login=admin&password=x#frag`))
        const error = yield* Effect.flip(get()).pipe(Effect.provide(passwordAuth(api, transport)))
        expect(error).toBeInstanceOf(ScmError.ScmApiError)
        expect(error).toMatchObject({ _tag: "ScmApiError", status: 302, redirectOrigin: foreign.origin })
        expect(error.message).toContain(`a redirect to ${foreign.origin}, not followed`)
        for (const text of Capture.renderings(error)) {
          expect(text).not.toContain("/steal")
          expect(text).not.toContain("password=x")
        }
        yield* pause()
        expect(foreign.seen).toEqual([])
        expect(api.seen.length).toBe(1)
      }))

    it.effect("OAuth2: neither a 302 from the API nor one from the token endpoint is followed", () =>
      Effect.gen(function*() {
        const foreign = yield* Hostile.make(validToken)
        const tokenRedirect = yield* Hostile.make(Hostile.redirect(`${foreign.url}/token?next=1`, 307))
        const api = yield* Hostile.make(Hostile.redirect(`${foreign.url}/api/ssl/v1/types?x=1`))
        const tokenError = yield* Effect.flip(get()).pipe(Effect.provide(oauth2(api, tokenRedirect, transport)))
        expect(tokenError).toMatchObject({ _tag: "ScmTokenError", status: 307 })
        expect(tokenError.message).toContain(`a redirect to ${foreign.origin}, not followed`)
        expect(tokenError.message).not.toContain("next=1")
        expect(api.seen).toEqual([])

        const token = yield* Hostile.make(validToken)
        const apiError = yield* Effect.flip(get()).pipe(Effect.provide(oauth2(api, token, transport)))
        expect(apiError).toMatchObject({ _tag: "ScmApiError", status: 302, redirectOrigin: foreign.origin })
        expect(api.seen.map((seen) => seen.headers["authorization"])).toEqual(["Bearer valid-token-1"])
        yield* pause()
        expect(foreign.seen).toEqual([])
      }))
  })

  describe("every attempt has a deadline (TestClock)", () => {
    it.effect("a silent API: ScmTransportError Timeout; a GET is retried, a POST is not", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.silent)
        const error = yield* getRetriedPostNot(api, transport, 30)
        expect(error.message).toContain("did not arrive within 30 s")
      }))

    it.effect("the default timeout is 120 s", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.silent)
        yield* Effect.gen(function*() {
          const fiber = yield* Effect.forkChild(Effect.flip(get()))
          yield* until(() => api.seen.length === 1, "the request")
          yield* TestClock.adjust("119 seconds")
          expect(fiber.pollUnsafe()).toBeUndefined()
          yield* TestClock.adjust("1 second")
          expect(yield* Fiber.join(fiber)).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout" })
          expect(Duration.toSeconds(ScmHttpClient.defaultTimeout)).toBe(120)
        }).pipe(Effect.provide(passwordAuth(api, transport)))
      }))

    it.effect("a silent token endpoint: ScmTokenError caused by the Timeout", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.json(200, []))
        const token = yield* Hostile.make(Hostile.silent)
        yield* Effect.gen(function*() {
          const fiber = yield* Effect.forkChild(Effect.flip(get()))
          yield* until(() => token.seen.length === 1, "the token request")
          yield* TestClock.adjust("10 seconds")
          const error = yield* Fiber.join(fiber)
          expect(error).toMatchObject({
            _tag: "ScmTokenError",
            cause: expect.objectContaining({ _tag: "ScmTransportError", reason: "Timeout" })
          })
          expect(error.message).toContain("Timed out")
          expect(api.seen).toEqual([])
        }).pipe(Effect.provide(oauth2(api, token, transport, { timeout: "10 seconds" })))
      }))

    it.effect("a 200 whose body stalls: the library's readers and the user's own reads fail with the deadline", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.stalledBody(200))
        yield* Effect.gen(function*() {
          // The head arrives: the response is handed over, the deadline goes with it into the body.
          const response = yield* get()
          const decoded = yield* Effect.forkChild(
            Effect.flip(ScmHttpClient.schemaBodyJson(Schema.Array(Schema.Struct({ id: Schema.Number })))(response))
          )
          yield* TestClock.adjust("19 seconds")
          expect(decoded.pollUnsafe()).toBeUndefined()
          yield* TestClock.adjust("1 second")
          const error = yield* Fiber.join(decoded)
          expect(error).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout", method: "GET" })
          expect(error.message).toContain("the body of the 200 answer did not arrive within 20 s")

          // A user reading the platform response directly gets the platform's error, caused by the same.
          const second = yield* get()
          const own = yield* Effect.forkChild(Effect.flip(second.json))
          yield* TestClock.adjust("20 seconds")
          const platform = yield* Fiber.join(own)
          expect(platform._tag).toBe("HttpClientError")
          expect(platform.reason.cause).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout" })
        }).pipe(Effect.provide(passwordAuth(api, transport, { timeout: "20 seconds" })))
      }))

    it.effect("a 503 whose body stalls: Timeout, retried for a GET, not for a POST", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.stalledBody(503, "{\"code\":-1,"))
        yield* getRetriedPostNot(api, transport, 15)
      }))
  })

  describe("a small answer is read within its attempt", () => {
    it.effect("a 200 that declares a small body and stalls: the attempt misses its deadline, a GET is sent again, a POST is not", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.stalledBody(200, "[{\"id\":1", { declared: 200 }))
        // The failure is the attempt's: no response is handed over, the retry policy decides.
        const error = yield* getRetriedPostNot(api, transport, 15)
        expect(error.message).toContain("the body of the 200 answer did not arrive within 15 s")
        // The client hung up on each stalled body.
        yield* until(() => api.closed.length === 3, "the stalled connections to close")
      }))

    it.effect("a body cut short is a transport failure of the attempt: a GET is sent again", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.cutBody(200, 100, "[{\"id\":1"))
        const error = yield* Effect.flip(get()).pipe(
          Effect.provide(passwordAuth(api, transport, { retry: { retries: 1, baseDelay: "1 millis" } })),
          withRealClock
        )
        expect(error).toBeInstanceOf(ScmError.ScmTransportError)
        expect(api.seen.length).toBe(2)
      }))

    it.effect("every reader of a small answer reads the same body, as often as asked", () =>
      Effect.gen(function*() {
        const body = [{ id: 1, name: "OV SSL" }, { id: 2, name: "EV SSL" }]
        const api = yield* Hostile.make(Hostile.json(200, body, { declared: true }))
        yield* Effect.gen(function*() {
          const response = yield* get()
          // Its headers were read once, for the declared length, and are kept.
          expect(response.headers["content-type"]).toBe("application/json")
          expect(response.headers).toBe(response.headers)
          expect(yield* response.json).toEqual(body)
          expect(yield* response.json).toEqual(body)
          expect(yield* response.text).toBe(JSON.stringify(body))
          const bytes = new Uint8Array(yield* response.arrayBuffer)
          bytes.fill(0)
          expect(yield* ScmHttpClient.text(response)).toBe(JSON.stringify(body))
          const streamed = yield* Stream.runCollect(response.stream)
          expect(Buffer.concat(streamed).toString("utf8")).toBe(JSON.stringify(body))
          const web = Option.getOrThrow(HttpClientResponse.toWeb(response))
          expect(web.status).toBe(200)
          expect(web.headers.get("content-type")).toBe("application/json")
          expect(yield* Effect.promise(() => web.json())).toEqual(body)
          expect(yield* ScmHttpClient.schemaBodyJson(Schema.Array(Schema.Struct({ id: Schema.Number })))(response)).toEqual([
            { id: 1 },
            { id: 2 }
          ])
        }).pipe(Effect.provide(passwordAuth(api, transport)))
      }))

    it.effect("a small answer that is not JSON is ScmDecodeError, its text still readable", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make((_request, response) => {
          response.writeHead(200, { "content-type": "application/json", "content-length": "9" })
          response.end("not json!")
        })
        yield* Effect.gen(function*() {
          const response = yield* get()
          const error = yield* Effect.flip(ScmHttpClient.json(response))
          expect(error).toMatchObject({ _tag: "ScmDecodeError", status: 200, description: "the body is not valid JSON" })
          expect(yield* ScmHttpClient.text(response)).toBe("not json!")
        }).pipe(Effect.provide(passwordAuth(api, transport)))
      }))
  })

  describe("real deadlines of 300 ms", () => {
    it.live("a silent API, a trickling body and a silent token endpoint give up on time", () =>
      Effect.gen(function*() {
        const silent = yield* Hostile.make(Hostile.silent)
        const trickling = yield* Hostile.make(Hostile.tricklingBody(200, 20))
        const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
          Effect.gen(function*() {
            const start = Date.now()
            const error = yield* Effect.flip(effect)
            return { error, millis: Date.now() - start }
          })

        const headers = yield* timed(get()).pipe(Effect.provide(passwordAuth(silent, transport, { timeout: "300 millis" })))
        expect(headers.error).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout" })
        expect(headers.millis).toBeGreaterThanOrEqual(290)
        expect(headers.millis).toBeLessThan(5000)
        // The client hung up: the connection is not left to the server.
        yield* until(() => silent.closed.length === 1, "the silent connection to close")

        const body = yield* timed(Effect.flatMap(get(), ScmHttpClient.text)).pipe(
          Effect.provide(passwordAuth(trickling, transport, { timeout: "300 millis" }))
        )
        expect(body.error).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout" })
        expect(body.millis).toBeGreaterThanOrEqual(290)
        expect(body.millis).toBeLessThan(5000)
        yield* until(() => trickling.closed.length === 1, "the trickling connection to close")

        const api = yield* Hostile.make(Hostile.json(200, []))
        const token = yield* timed(get()).pipe(Effect.provide(oauth2(api, silent, transport, { timeout: "300 millis" })))
        expect(token.error).toMatchObject({ _tag: "ScmTokenError", cause: expect.objectContaining({ reason: "Timeout" }) })
        expect(token.millis).toBeLessThan(5000)
      }))
  })

  describe("the bodies the library reads itself are capped", () => {
    it.live("an endless token response: ScmTokenError past 1 MiB, and the client hangs up", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.json(200, []))
        const token = yield* Hostile.make(Hostile.endlessBody(200))
        const error = yield* Effect.flip(get()).pipe(Effect.provide(oauth2(api, token, transport)))
        expect(error).toMatchObject({ _tag: "ScmTokenError", status: 200 })
        expect(error.message).toContain("the token response is larger than 1 MiB")
        yield* until(() => token.closed.length === 1, "the client to hang up")
        // What the server got out before the connection closed: kernel buffers, not 256 MiB.
        expect(token.closed[0]!).toBeLessThan(32 * MiB)
        expect(api.seen).toEqual([])
      }))

    it.live("a token response declared as 256 MiB is not read at all", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.json(200, []))
        const token = yield* Hostile.make(Hostile.endlessBody(200, { declared: 256 * MiB }))
        const error = yield* Effect.flip(get()).pipe(Effect.provide(oauth2(api, token, transport)))
        expect(error.message).toContain("the token response is larger than 1 MiB")
        yield* until(() => token.closed.length === 1, "the client to hang up")
        expect(token.closed[0]!).toBeLessThan(32 * MiB)
      }))

    it.live("a 503 with an endless body on each of 5 attempts: every read stops at 64 KiB", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.endlessBody(503))
        const error = yield* Effect.flip(get()).pipe(
          Effect.provide(passwordAuth(api, transport, { retry: { retries: 4, baseDelay: "1 millis" } }))
        )
        expect(error).toMatchObject({ _tag: "ScmApiError", status: 503 })
        expect(error.message).toContain("the error body is larger than 64 KiB")
        expect(api.seen.length).toBe(5)
        yield* until(() => api.closed.length === api.seen.length || api.open() === 0, "the connections to close")
        for (const written of api.closed) expect(written).toBeLessThan(32 * MiB)
      }))
  })

  describe("the transport hands the answer to the rest of the attempt", () => {
    it.effect("a small answer arrives read, any other under the deadline; a missed deadline never reaches it", () =>
      Effect.gen(function*() {
        const declared = yield* Hostile.make(Hostile.json(200, [{ id: 1 }], { declared: true }))
        const chunked = yield* Hostile.make(Hostile.json(200, [{ id: 2 }]))
        const silent = yield* Hostile.make(Hostile.silent)
        const send = transportOf(yield* Hostile.clientOf(transport), 10_000)
        const seen: Array<HttpClientResponse.HttpClientResponse> = []
        const onResponse = (response: HttpClientResponse.HttpClientResponse) =>
          Effect.sync(() => {
            seen.push(response)
            return response.status
          })

        expect(yield* send(HttpClientRequest.get(`${declared.url}/api/x`), onResponse)).toBe(200)
        expect(seen[0]).toBeInstanceOf(BufferedResponse)
        expect(yield* send(HttpClientRequest.get(`${chunked.url}/api/x`), onResponse)).toBe(200)
        expect(seen[1]).toBeInstanceOf(TimedResponse)
        expect(yield* ScmHttpClient.json(seen[1]!)).toEqual([{ id: 2 }])

        const late = yield* Effect.forkChild(Effect.flip(send(HttpClientRequest.get(`${silent.url}/api/x`), onResponse)))
        yield* until(() => silent.seen.length === 1, "the request")
        yield* TestClock.adjust("10 seconds")
        expect(yield* Fiber.join(late)).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout" })
        expect(seen.length).toBe(2)
        // Without a continuation the transport gives the answer itself.
        const response = yield* send(HttpClientRequest.get(`${declared.url}/api/x`))
        expect(yield* response.json).toEqual([{ id: 1 }])
      }))
  })

  describe("a request the transport refuses to send", () => {
    it.effect("is ScmTransportError Encode, not a defect, and its header value is not quoted", () =>
      Effect.gen(function*() {
        const api = yield* Hostile.make(Hostile.json(200, []))
        const error = yield* Effect.gen(function*() {
          const client = (yield* ScmHttpClient.ScmHttpClient).pipe(
            HttpClient.mapRequest(HttpClientRequest.setHeader("x-note", "a\u0000secret-note-value"))
          )
          return yield* Effect.flip(client.get("/api/ssl/v1/types"))
        }).pipe(Effect.provide(passwordAuth(api, transport)))
        expect(error).toMatchObject({ _tag: "ScmTransportError", reason: "Encode", method: "GET" })
        for (const text of Capture.renderings(error)) expect(text).not.toContain("secret-note-value")
        expect(api.seen).toEqual([])

        // The transport mapping itself, with a NUL in a password header (the layers refuse such a
        // password when they are built, so only a request built by hand gets this far).
        const httpClient = yield* Hostile.clientOf(transport)
        const refused = yield* Effect.flip(
          transportOf(httpClient, 1000)(
            HttpClientRequest.get(`${api.url}/api/x`).pipe(HttpClientRequest.setHeader("password", "pass\u0000word-value"))
          )
        )
        expect(refused).toMatchObject({ _tag: "ScmTransportError", reason: "Encode" })
        for (const text of Capture.renderings(refused)) expect(text).not.toContain("word-value")
      }))
  })
})
