/**
 * DCV: orders started on seeded domains, so that each submit has one to submit, and a domain
 * for each call (the walk goes in the spec's order: submits before starts).
 */
import { Effect } from "effect"
import type { ScmError } from "../../src/ScmError.js"
import { type AreaState, type Call, invoke } from "./call.js"

const domain = (name: string): Partial<Call> => ({ payload: { domain: name } })

/** What the dcv area's stateful operations need: started HTTP, HTTPS and CNAME orders, and seeded domains. */
export const state: AreaState = (api) =>
  Effect.gen(function*() {
    const start = (operation: string, name: string) =>
      invoke(api, operation, { path: [], params: {}, payload: { domain: name } }, false) as Effect.Effect<unknown, ScmError>
    yield* start("startHttpDcv", "example.dev")
    yield* start("startHttpsDcv", "example.cloud")
    yield* start("startCnameDcv", "example-status.net")
    // v1 (the reference's twins, spec patch 50) answers the same state.
    return Object.fromEntries(["v1", "v2"].flatMap((version) => Object.entries(calls(`/api/dcv/${version}/validation`))))
  })

const calls = (base: string): Record<string, Partial<Call>> => ({
  [`${base} GET`]: { params: { size: 5 } },
  [`${base}/status POST`]: domain("example.com"),
  [`${base}/sync POST`]: domain("example.net"),
  [`${base}/clear POST`]: domain("www.example.net"),
  [`${base}/delete POST`]: domain("www.example.org"),
  [`${base}/start/domain/http POST`]: domain("example.org"),
  [`${base}/start/domain/https POST`]: domain("example.org"),
  [`${base}/start/domain/cname POST`]: domain("example.org"),
  [`${base}/start/domain/txt POST`]: domain("example.org"),
  [`${base}/start/domain/email POST`]: domain("example.org"),
  [`${base}/submit/domain/http POST`]: domain("example.dev"),
  [`${base}/submit/domain/https POST`]: domain("example.cloud"),
  [`${base}/submit/domain/cname POST`]: domain("example-status.net"),
  [`${base}/submit/domain/txt POST`]: domain("example.io"),
  [`${base}/submit/domain/email POST`]: { payload: { domain: "example.nl", email: "admin@example.nl" } },
  [`${base}/submit-bulk/domain/email POST`]: { payload: { domains: ["www.example.com"], email: "admin@www.example.com" } }
})
