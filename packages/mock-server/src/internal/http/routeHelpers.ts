/**
 * Reading requests and writing answers the way every area's routes do: handlers whose refusals
 * travel as failures, path ids, JSON object bodies (a body of `""` is SCM's -1002), times and
 * e-mail addresses as SCM writes and compares them.
 */
import { HttpRouter, HttpServerResponse } from "effect/http"
import { Effect, Result } from "effect"
import { maxInt32, pathInteger } from "./query.js"
import * as Fields from "./requestFields.js"
import type { ApiCall } from "./resource.js"
import { badRequest, unreadableBody } from "./scmErrors.js"

/** An answer to send. */
export type Answer = HttpServerResponse.HttpServerResponse

/** Runs a handler whose refusals travel as failures: either way, the answer. */
export const answer = (handler: Effect.Effect<Answer, Answer>): Effect.Effect<Answer> => Effect.catch(handler, Effect.succeed)

/** A response with no body. */
export const emptyAnswer = (status: 200 | 201 | 204, headers?: Readonly<Record<string, string>>): Answer =>
  HttpServerResponse.empty({ status, ...(headers === undefined ? {} : { headers }) })

/** The answer to a delete, a revocation, a deactivation. */
export const noContent: Answer = emptyAnswer(204)

/** A path parameter that must be an id (1 to 2^31-1). */
export const idParam = (call: ApiCall, name = "id"): Effect.Effect<number, Answer> =>
  Effect.fromResult(Result.mapError(pathInteger(call.pathParams, name, 1, maxInt32), badRequest))

/**
 * A handler of `HttpRouter` (the admin API's) that reads an integer path parameter from `min` to
 * `max`: `handle` gets it, or the request a 400 that says what was wrong.
 */
export const withPathInteger = (
  name: string,
  min: number,
  max: number,
  handle: (value: number) => Effect.Effect<Answer>
): Effect.Effect<Answer, never, HttpRouter.RouteContext> =>
  Effect.flatMap(HttpRouter.params, (params) =>
    Result.match(pathInteger(params, name, min, max), {
      onFailure: (description) => Effect.succeed(badRequest(description)),
      onSuccess: handle
    }))

/** A path parameter as given (the router has decoded it), or a 400 when empty. */
export const textParam = (call: ApiCall, name: string): Effect.Effect<string, Answer> => {
  const value = call.pathParams[name]
  return value === undefined || value === "" ? Effect.fail(badRequest(`Path parameter ${name} is missing`)) : Effect.succeed(value)
}

/** JSON that is no object (a body of `""`, say): SCM cannot read it as `what` it reads, -1002. */
const objectFields = (body: unknown, what: string): Result.Result<Fields.Fields, Answer> =>
  typeof body === "object" && body !== null && !Array.isArray(body)
    ? Fields.fieldsOf(body)
    : Result.fail(unreadableBody(`a JSON ${body === null ? "null" : Array.isArray(body) ? "array" : typeof body} is not ${what}`))

/** The JSON body as an object; `what` names the request in the answer to one that is no object. */
export const bodyFields = (call: ApiCall, what = "what this operation reads"): Effect.Effect<Fields.Fields, Answer> =>
  Effect.flatMap(call.body, (body) => Effect.fromResult(Result.flatMap(body, (value) => objectFields(value, what))))

/** Reads a field with a `requestFields` reader, failing with its answer. */
export const read = <A>(result: Result.Result<A, Answer>): Effect.Effect<A, Answer> => Effect.fromResult(result)

/** An ISO 8601 date-time with milliseconds in UTC, as SCM sends its dates; none for none. */
export function isoTime(time: number): string
export function isoTime(time: number | undefined): string | undefined
export function isoTime(time: number | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString()
}

/** A date as the v1 certificate details write it, `MM/dd/yyyy` in UTC (the REST reference's `"requested": "05/21/2025"`); none for none. */
export function usDate(time: number): string
export function usDate(time: number | undefined): string | undefined
export function usDate(time: number | undefined): string | undefined {
  if (time === undefined) return undefined
  const [year, month, day] = new Date(time).toISOString().slice(0, 10).split("-")
  return `${month}/${day}/${year}`
}

/** Drops the absent fields, so that the JSON has no nulls the spec does not allow. */
export const present = (fields: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> =>
  Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined))

/** A well-formed e-mail address (the check SCM's "Must be a well-formed email address" makes, roughly). */
export const isEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)

/** A text list filter's match: `part` anywhere in `text`, case-insensitively. */
export const contains = (text: string, part: string): boolean => text.toLowerCase().includes(part.toLowerCase())

/** E-mail addresses compare case-insensitively. */
export const sameEmail = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
