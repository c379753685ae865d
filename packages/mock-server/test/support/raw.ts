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
  Effect.callback<RawResponse, RawError>((resume) => {
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
  Effect.callback<string, RawError>((resume) => {
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

/** A TCP connection a test holds open, sending only what it is told to. */
export interface OpenSocket {
  readonly socket: Net.Socket
  /** Everything received so far. */
  readonly received: () => Buffer
  /** Waits (at most `timeoutMs` of real time) for the server to close the connection; the milliseconds it stayed open. */
  readonly closed: (timeoutMs: number) => Effect.Effect<number, RawError>
}

/** Connects to the host and port of `url` with plain TCP (even for https: no handshake); destroyed when the scope closes. */
export const openSocket = (url: string) =>
  Effect.acquireRelease(
    Effect.callback<OpenSocket, RawError>((resume) => {
      const target = new URL(url)
      const socket = Net.connect(Number(target.port), target.hostname)
      const chunks: Array<Buffer> = []
      let openedAt = 0
      let closedAt: number | undefined
      const waiting = new Set<() => void>()
      socket.on("data", (chunk: Buffer) => chunks.push(chunk))
      socket.on("close", () => {
        closedAt = Date.now()
        for (const wake of waiting) wake()
      })
      socket.on("error", (error: NodeJS.ErrnoException) => {
        if (openedAt === 0) resume(Effect.fail(new RawError({ message: error.message, code: error.code })))
      })
      socket.once("connect", () => {
        openedAt = Date.now()
        resume(Effect.succeed({
          socket,
          received: () => Buffer.concat(chunks),
          closed: (timeoutMs) =>
            Effect.callback<number, RawError>((done) => {
              const finish = () => {
                clearTimeout(timer)
                waiting.delete(finish)
                done(Effect.succeed((closedAt ?? Date.now()) - openedAt))
              }
              const timer = setTimeout(() => {
                waiting.delete(finish)
                done(Effect.fail(new RawError({ message: `still open after ${timeoutMs} ms`, code: "TIMEOUT" })))
              }, timeoutMs)
              if (closedAt !== undefined) return finish()
              waiting.add(finish)
              return Effect.sync(() => {
                clearTimeout(timer)
                waiting.delete(finish)
              })
            })
        }))
      })
    }),
    ({ socket }) => Effect.sync(() => socket.destroy())
  )
