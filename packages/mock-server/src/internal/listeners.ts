/**
 * The node servers under the two listeners, with limits so that no client can make them crash or
 * hang: bounded header size, time limits for headers and whole requests, and protocol errors
 * answered with a JSON 4xx before the connection is closed.
 */
import { Redacted } from "effect"
import * as Http from "node:http"
import * as Https from "node:https"
import type { Duplex } from "node:stream"
import type * as MockPki from "../MockPki.js"
import { ErrorCode } from "./scmErrors.js"

const limits = {
  /** Node's default, stated: bigger header blocks get a 431. */
  maxHeaderSize: 16 * 1024,
  /** A client has this long to send its headers (slowloris). */
  headersTimeout: 10_000,
  /** ...and this long for the whole request, body included. */
  requestTimeout: 30_000
} as const

/** Node's own socket field; a response already under way must not be corrupted by an error answer. */
interface HttpSocket extends Duplex {
  readonly _httpMessage?: { readonly headersSent: boolean } | null
}

const statusOf = (code: string | undefined): number =>
  code === "HPE_HEADER_OVERFLOW" ? 431 : code === "ERR_HTTP_REQUEST_TIMEOUT" || code === "HPE_HEADER_TIMEOUT" ? 408 : 400

const descriptionOf = (status: number): string =>
  status === 431
    ? "Request headers are larger than 16 KiB"
    : status === 408
    ? "The request was not received in time"
    : "The request is not valid HTTP/1.1"

/** Answers what node's parser refuses (bad syntax, header floods, timeouts) with an SCM error body. */
const onClientError = (error: Error & { readonly code?: string }, socket: Duplex): void => {
  const inFlight = (socket as HttpSocket)._httpMessage
  if (error.code !== "ECONNRESET" && socket.writable && (inFlight == null || !inFlight.headersSent)) {
    const status = statusOf(error.code)
    const body = JSON.stringify({ code: ErrorCode.generic, description: descriptionOf(status) })
    // Destroyed once flushed: a client that never reads cannot keep the socket open.
    socket.once("finish", () => socket.destroy())
    socket.end(
      `HTTP/1.1 ${status} ${Http.STATUS_CODES[status] ?? ""}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
    )
    return
  }
  socket.destroy()
}

const guarded = <S extends Http.Server>(server: S): S => {
  server.on("clientError", onClientError)
  return server
}

/** The plain HTTP listener's server. */
export const createHttpServer = (): Http.Server => guarded(Http.createServer({ ...limits }))

/**
 * The HTTPS listener's server. It asks every client for a certificate but lets the handshake
 * succeed without one (or with a bad one), so that the certificate scheme can answer with a 401
 * saying what was wrong instead of a TLS alert.
 */
export const createHttpsServer = (pki: MockPki.Pki): Https.Server =>
  guarded(
    Https.createServer({
      ...limits,
      key: Redacted.value(pki.server.keyPem),
      cert: pki.server.certPem,
      ca: [pki.ca.certPem],
      requestCert: true,
      rejectUnauthorized: false
    })
  )
