/**
 * Reading requests the way the person and S/MIME routes need it: handlers whose refusals travel as
 * failures, path ids, JSON object bodies (a body of `""` is SCM's -1002). The SSL routes keep a
 * copy of their own; these are the ones every area after SSL shares.
 */
import { HttpServerResponse } from "effect/http"
import { Effect, Result } from "effect"
import { maxInt32, pathInteger } from "./query.js"
import * as Fields from "./requestFields.js"
import type { ApiCall } from "./resources.js"
import { badRequest } from "./scmErrors.js"
import { unreadableBody } from "./specFallback.js"

/** An answer to send. */
export type Answer = HttpServerResponse.HttpServerResponse

/** Runs a handler whose refusals travel as failures: either way, the answer. */
export const answer = (handler: Effect.Effect<Answer, Answer>): Effect.Effect<Answer> => Effect.catch(handler, Effect.succeed)

/** A response with no body. */
export const emptyAnswer = (status: 200 | 201 | 204, headers?: Readonly<Record<string, string>>): Answer =>
  HttpServerResponse.empty({ status, ...(headers === undefined ? {} : { headers }) })

/** A path parameter that must be an id (1 to 2^31-1). */
export const idParam = (call: ApiCall, name: string): Effect.Effect<number, Answer> =>
  Effect.fromResult(Result.mapError(pathInteger(call.pathParams, name, 1, maxInt32), badRequest))

/** A path parameter as given (the router has decoded it), or a 400 when empty. */
export const textParam = (call: ApiCall, name: string): Effect.Effect<string, Answer> => {
  const value = call.pathParams[name]
  return value === undefined || value === "" ? Effect.fail(badRequest(`Path parameter ${name} is missing`)) : Effect.succeed(value)
}

/** JSON that is no object (a body of `""`, say): SCM cannot read it as its request, -1002. */
const objectFields = (body: unknown): Result.Result<Fields.Fields, Answer> =>
  typeof body === "object" && body !== null && !Array.isArray(body)
    ? Fields.fieldsOf(body)
    : Result.fail(unreadableBody(`a JSON ${body === null ? "null" : Array.isArray(body) ? "array" : typeof body} is not what this operation reads`))

/** The JSON body as an object. */
export const bodyFields = (call: ApiCall): Effect.Effect<Fields.Fields, Answer> =>
  Effect.flatMap(call.body, (body) => Effect.fromResult(Result.flatMap(body, objectFields)))

/** Reads a field with a `requestFields` reader, failing with its answer. */
export const read = <A>(result: Result.Result<A, Answer>): Effect.Effect<A, Answer> => Effect.fromResult(result)

/** An ISO 8601 date-time with milliseconds, as SCM sends its dates. */
export const isoTime = (time: number | undefined): string | undefined => (time === undefined ? undefined : new Date(time).toISOString())

/** Drops the absent fields, so that the JSON has no nulls the spec does not allow. */
export const present = (fields: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> =>
  Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined))

/** A well-formed e-mail address (the check SCM's "Must be a well-formed email address" makes, roughly). */
export const isEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)

/** E-mail addresses compare case-insensitively. */
export const sameEmail = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
