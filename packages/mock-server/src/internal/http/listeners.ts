/**
 * The node servers under the two listeners, with limits so that no client can make them crash,
 * hang or keep a socket for long: bounded header size; time limits for the TLS handshake, the
 * headers, the whole request and idle keep-alive connections; protocol errors answered with a JSON
 * 4xx before the connection is closed; TLS failures closed at once; and every socket tracked, so
 * that closing the server closes them all, whatever state they are in.
 */
import { Redacted } from "effect"
import * as Http from "node:http"
import * as Https from "node:https"
import type * as Net from "node:net"
import type { Duplex } from "node:stream"
import type { Pki } from "../pki/model.js"
import { ErrorCode } from "./scmErrors.js"

/** Whether an address only this machine can reach: `localhost`, 127.0.0.0/8, `::1` (bracketed or not). */
export const isLoopback = (host: string): boolean => {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, "$1")
  return name === "localhost" || name === "::1" || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(name)
}

/** A client has this long to finish its TLS handshake unless the options say otherwise. */
export const defaultTlsHandshakeTimeoutMs = 10_000

const limits = {
  /** Node's default, stated: bigger header blocks get a 431. */
  maxHeaderSize: 16 * 1024,
  /** A client has this long to send its headers (slowloris), counted from the connection... */
  headersTimeout: 10_000,
  /** ...and this long for the whole request, body included. */
  requestTimeout: 30_000,
  /** An idle connection between requests is closed after this long (node's default, stated). */
  keepAliveTimeout: 5_000,
  /** How often node looks for requests over their time limits (30 s by default, which would triple them). */
  connectionsCheckingInterval: 1_000
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

/**
 * Errors of the TLS layer: the handshake failed or timed out, so there is no channel to answer on.
 * An HTTP answer written there would wait for a handshake that never comes, and hold the socket.
 */
const isTlsError = (code: string | undefined): boolean =>
  code !== undefined && (code.startsWith("ERR_TLS_") || code.startsWith("ERR_SSL_"))

/** Answers what node's HTTP parser refuses (bad syntax, header floods, timeouts) with an SCM error body. */
const onClientError = (error: Error & { readonly code?: string }, socket: Duplex): void => {
  const inFlight = (socket as HttpSocket)._httpMessage
  if (error.code !== "ECONNRESET" && !isTlsError(error.code) && socket.writable && (inFlight == null || !inFlight.headersSent)) {
    const status = statusOf(error.code)
    const body = JSON.stringify({ code: ErrorCode.generic, description: descriptionOf(status) })
    // Destroyed once flushed, or after a second if the answer cannot be flushed (a client that
    // reads nothing while its receive window is full): either way the socket does not stay.
    const flushLimit = setTimeout(() => socket.destroy(), 1_000).unref()
    socket.once("close", () => clearTimeout(flushLimit))
    socket.once("finish", () => socket.destroy())
    socket.end(
      `HTTP/1.1 ${status} ${Http.STATUS_CODES[status] ?? ""}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
    )
    return
  }
  socket.destroy()
}

/** A node server and the means to close every socket it has, whatever they are doing. */
export interface Listener<S extends Http.Server> {
  readonly server: S
  /** Stops listening and destroys every open socket: in-flight requests, keep-alive, TLS handshakes. */
  readonly closeAll: () => void
}

/**
 * Tracks every TCP connection from its accept: node's own `closeAllConnections` knows only the
 * connections that reached HTTP, not a TLS socket still in (or never starting) its handshake, and
 * `close` waits for those.
 */
const guarded = <S extends Http.Server>(server: S): Listener<S> => {
  const sockets = new Set<Net.Socket>()
  let closing = false
  server.on("clientError", onClientError)
  server.on("connection", (socket: Net.Socket) => {
    if (closing) return socket.destroy()
    sockets.add(socket)
    socket.once("close", () => sockets.delete(socket))
  })
  return {
    server,
    closeAll: () => {
      closing = true
      if (server.listening) server.close()
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      sockets.clear()
    }
  }
}

/** The plain HTTP listener's server. */
export const createHttpServer = (): Listener<Http.Server> => guarded(Http.createServer({ ...limits }))

/**
 * The HTTPS listener's server. It asks every client for a certificate but lets the handshake
 * succeed without one (or with a bad one), so that the certificate scheme can answer with a 401
 * saying what was wrong instead of a TLS alert. A handshake that fails or does not finish within
 * `handshakeTimeoutMs` closes the socket, with no answer.
 */
export const createHttpsServer = (pki: Pki, handshakeTimeoutMs: number): Listener<Https.Server> => {
  const server = Https.createServer({
    ...limits,
    handshakeTimeout: handshakeTimeoutMs,
    key: Redacted.value(pki.server.keyPem),
    cert: pki.server.certPem,
    ca: [pki.ca.certPem],
    requestCert: true,
    rejectUnauthorized: false
  })
  // node forwards TLS failures to `clientError`, whose handler writes HTTP: replaced, they close the socket.
  server.removeAllListeners("tlsClientError")
  server.on("tlsClientError", (_error: Error, socket: Duplex) => socket.destroy())
  return guarded(server)
}
