/**
 * A raw HTTP(S) client for the mock server's tests: node's own http/https, no keep-alive, a real
 * (wall-clock) deadline on every request so a hang fails fast even while a TestClock is installed.
 */
import { Data, Effect, Redacted } from "effect"
import * as Http from "node:http"
import * as Https from "node:https"
import * as Net from "node:net"
import type { MockPki } from "@scm-effect/mock-server"

/** What came back. */
export interface RawResponse {
  readonly status: number
  readonly headers: Http.IncomingHttpHeaders
  readonly text: string
  /** The body as it came, for binary answers. */
  readonly bytes: Buffer
}

/** The request failed at the socket (reset, TLS, timeout). */
export class RawError extends Data.TaggedError("RawError")<{ readonly message: string; readonly code: string | undefined }> {}

/** TLS material for an https request: the CA to trust and an optional client certificate. */
export interface RawTls {
  readonly ca: string
  readonly client?: MockPki.KeyPair
}

export interface RawRequest {
  readonly method?: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string | Buffer
  /** Send the body with chunked encoding (no Content-Length). */
  readonly chunked?: boolean
  readonly tls?: RawTls
  readonly timeoutMs?: number
}

/** Sends one request on a fresh connection. */
export const send = (url: string, request: RawRequest = {}): Effect.Effect<RawResponse, RawError> =>
  Effect.async<RawResponse, RawError>((resume) => {
    const target = new URL(url)
    const tls = request.tls
    const options: Https.RequestOptions = {
      method: request.method ?? "GET",
      host: target.hostname,
      port: target.port,
      path: `${target.pathname}${target.search}`,
      headers: {
        ...request.headers,
        ...(request.body !== undefined && request.chunked !== true ? { "content-length": String(Buffer.byteLength(request.body)) } : {})
      },
      agent: false,
      ...(tls === undefined
        ? {}
        : {
          ca: tls.ca,
          ...(tls.client === undefined ? {} : { cert: tls.client.certPem, key: Redacted.value(tls.client.keyPem) })
        })
    }
    let settled = false
    const settle = (effect: Effect.Effect<RawResponse, RawError>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resume(effect)
    }
    const onResponse = (response: Http.IncomingMessage) => {
      const chunks: Array<Buffer> = []
      response.on("data", (chunk: Buffer) => chunks.push(chunk))
      response.on("error", (error: NodeJS.ErrnoException) => settle(Effect.fail(new RawError({ message: error.message, code: error.code }))))
      response.on("end", () => {
        const bytes = Buffer.concat(chunks)
        settle(Effect.succeed({ status: response.statusCode ?? 0, headers: response.headers, text: bytes.toString("utf8"), bytes }))
      })
    }
    const client = target.protocol === "https:" ? Https.request(options, onResponse) : Http.request(options, onResponse)
    const timer = setTimeout(() => {
      settle(Effect.fail(new RawError({ message: "timed out", code: "TIMEOUT" })))
      client.destroy()
    }, request.timeoutMs ?? 5_000)
    client.on("error", (error: NodeJS.ErrnoException) => settle(Effect.fail(new RawError({ message: error.message, code: error.code }))))
    if (request.body !== undefined) client.write(request.body)
    client.end()
    return Effect.sync(() => {
      clearTimeout(timer)
      client.destroy()
    })
  })

/** The body parsed as JSON. */
export const json = (response: RawResponse): unknown => JSON.parse(response.text)

/** A form body for the token endpoint. */
export const form = (fields: Readonly<Record<string, string>>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { "content-type": "application/x-www-form-urlencoded" }
})

/** An HTTP Basic header. */
export const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`

/** Writes `data` as is on a TCP connection and returns all that comes back until the server closes. */
export const sendBytes = (url: string, data: string, timeoutMs = 5_000): Effect.Effect<string, RawError> =>
  Effect.async<string, RawError>((resume) => {
    const target = new URL(url)
    const socket = Net.connect(Number(target.port), target.hostname, () => socket.write(data))
    const chunks: Array<Buffer> = []
    const timer = setTimeout(() => {
      socket.destroy()
      resume(Effect.fail(new RawError({ message: "timed out", code: "TIMEOUT" })))
    }, timeoutMs)
    socket.on("data", (chunk: Buffer) => chunks.push(chunk))
    socket.on("error", () => undefined)
    socket.on("close", () => {
      clearTimeout(timer)
      resume(Effect.succeed(Buffer.concat(chunks).toString("utf8")))
    })
    return Effect.sync(() => {
      clearTimeout(timer)
      socket.destroy()
    })
  })
