/**
 * What the ACME and admin resources share in reading requests and writing answers: refusals that
 * travel as failures, integer path ids, JSON object bodies (anything else is SCM's -1002), and a
 * created resource's 201 with its `Location`.
 */
import { HttpServerResponse } from "effect/http"
import { Effect, Result } from "effect"
import { maxInt32, pathInteger } from "./query.js"
import * as Fields from "./requestFields.js"
import type { ApiCall } from "./resources.js"
import { badRequest } from "./scmErrors.js"
import { unreadableBody } from "./specFallback.js"

/** An answer. */
export type Answer = HttpServerResponse.HttpServerResponse

/** Runs a handler whose refusals travel as failures: either way, the answer. */
export const answer = (handler: Effect.Effect<Answer, Answer>): Effect.Effect<Answer> => Effect.catch(handler, Effect.succeed)

/** The answer to an update: 200 with no body, as the reference shows. */
export const updated: Answer = HttpServerResponse.empty({ status: 200 })

/** The answer to a delete or a deactivation. */
export const noContent: Answer = HttpServerResponse.empty({ status: 204 })

/** A path parameter that must be an id (1 to 2^31-1). */
export const idParam = (call: ApiCall, name = "id"): Effect.Effect<number, Answer> =>
  Effect.fromResult(Result.mapError(pathInteger(call.pathParams, name, 1, maxInt32), badRequest))

/** The JSON body as an object; JSON that is no object is not what SCM reads (-1002). */
export const objectBody = (call: ApiCall): Effect.Effect<Fields.Fields, Answer> =>
  Effect.flatMap(call.body, (body) =>
    Effect.fromResult(Result.flatMap(body, (value) =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? Fields.fieldsOf(value)
        : Result.fail(unreadableBody(`a JSON ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value} is not what this operation reads`)))))

/** A read of a field as an effect that fails with the answer. */
export const field = <A>(read: Result.Result<A, Answer>): Effect.Effect<A, Answer> => Effect.fromResult(read)

/** 201 Created, no body, `Location` naming the new resource under the API root it was created under. */
export const created = (call: ApiCall, path: string): Answer =>
  HttpServerResponse.empty({ status: 201, headers: { location: `${call.root}${path}` } })

/** Dates as SCM writes them, ISO 8601 in UTC. */
export const isoTime = (millis: number): string => new Date(millis).toISOString()

/** An ISO date (`yyyy-MM-dd`), as admin details carry them. */
export const isoDay = (millis: number): string => isoTime(millis).slice(0, 10)

/** A time the seed gives as an ISO string, or `fallback`. */
export const seededTime = (text: string | undefined, fallback: number): number => {
  const time = text === undefined ? Number.NaN : Date.parse(text)
  return Number.isNaN(time) ? fallback : time
}

/** A day in milliseconds. */
export const day = 24 * 60 * 60 * 1000
