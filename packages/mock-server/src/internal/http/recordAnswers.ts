/**
 * What the ACME and admin resources share in writing answers and reading times: an update's 200,
 * a created resource's 201 with its `Location`, ISO days, seeded times.
 */
import { HttpServerResponse } from "effect/http"
import type { ApiCall } from "./resource.js"
import { type Answer, isoTime } from "./routeHelpers.js"

/** The answer to an update: 200 with no body, as the reference shows. */
export const updated: Answer = HttpServerResponse.empty({ status: 200 })

/** 201 Created, no body, `Location` naming the new resource under the API root it was created under. */
export const created = (call: ApiCall, path: string): Answer =>
  HttpServerResponse.empty({ status: 201, headers: { location: `${call.root}${path}` } })

/** An ISO date (`yyyy-MM-dd`), as admin details carry them. */
export const isoDay = (millis: number): string => isoTime(millis).slice(0, 10)

/** A time the seed gives as an ISO string, or `fallback`. */
export const seededTime = (text: string | undefined, fallback: number): number => {
  const time = text === undefined ? Number.NaN : Date.parse(text)
  return Number.isNaN(time) ? fallback : time
}

/** A day in milliseconds. */
export const day = 24 * 60 * 60 * 1000
