/**
 * Reading request headers on the hot path. The platform's `request.headers` copies node's header
 * object into a new one on first use; the checks here only read a few names, so they read node's
 * own object (already lower-cased, repeated headers joined) through the platform's public accessor.
 */
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import type { HttpServerRequest } from "effect/http"

/** Header values as node gives them: a string, or (for `set-cookie` alone) a list. */
export type RawHeaders = Readonly<Record<string, string | ReadonlyArray<string> | undefined>>

/** Node's header object of the request. */
export const rawHeaders = (request: HttpServerRequest.HttpServerRequest): RawHeaders =>
  NodeHttpServerRequest.toIncomingMessage(request).headers

/** One header of node's header object (by its lower-case name), `undefined` when absent. */
export const headerOf = (headers: RawHeaders, name: string): string | undefined => {
  const value = headers[name]
  return value === undefined || typeof value === "string" ? value : value.join(", ")
}

/** One header of the request (by its lower-case name), `undefined` when absent. */
export const header = (request: HttpServerRequest.HttpServerRequest, name: string): string | undefined =>
  headerOf(rawHeaders(request), name)
