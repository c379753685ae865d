/**
 * SCM's error body `{code, description}` and the answers built from it. Fixed answers are built once
 * (responses are immutable values), so an error on the hot path costs no serialisation.
 */
import { HttpServerResponse } from "effect/http"

const encoder = new TextEncoder()

/** A JSON response whose body is serialised when it is built, not when it is sent. */
export const jsonResponse = (
  status: number,
  value: unknown,
  headers?: Readonly<Record<string, string>>
): HttpServerResponse.HttpServerResponse =>
  HttpServerResponse.uint8Array(encoder.encode(JSON.stringify(value)), {
    status,
    contentType: "application/json",
    ...(headers === undefined ? {} : { headers })
  })

/**
 * SCM's codes are not unique and mostly about business rules; the mock uses the vendor's code where
 * one fits, and -1 (SCM's "Unknown error", its generic code) for plain HTTP-level refusals.
 */
export const ErrorCode = {
  generic: -1,
  internal: -2,
  missingField: -7,
  csrNotBase64: -9,
  csrNotDecodable: -10,
  csrAlgorithm: -11,
  csrKeySize: -13,
  unknownUser: -16,
  invalidTerm: -36,
  missingCustomField: -62,
  onlyIssuedRevocable: -102,
  renewFailed: -105,
  revokedNotDownloadable: -110,
  unknownProfile: -111,
  wrongSslId: -124,
  unknownFormat: -126,
  unknownCustomField: -135,
  alreadyRevoked: -159,
  notCollectable: -183,
  customerNotFound: -410,
  unknownDomain: -727,
  organizationNotFound: -1023,
  notApprovable: -1112,
  beingProcessed: -1400,
  invalidField: -1601,
  certificateNotFound: -5101,
  passwordPolicy: -7306
} as const

/** An SCM error answer: `{"code": <negative int>, "description": "..."}`. */
export const scmError = (
  status: number,
  code: number,
  description: string,
  headers?: Readonly<Record<string, string>>
): HttpServerResponse.HttpServerResponse => jsonResponse(status, { code, description }, headers)

/** Wrong or missing header-login credentials, SCM's own answer. */
export const unknownUser = scmError(401, ErrorCode.unknownUser, "Unknown user")

/** A `customerUri` that names no customer. */
export const customerNotFound = scmError(401, ErrorCode.customerNotFound, "Customer not found")

/** A request SCM refuses with one of its own codes: 400 and `{code, description}`. */
export const refusal = (code: number, description: string): HttpServerResponse.HttpServerResponse =>
  scmError(400, code, description)

/** A required field is absent (SCM's -7, `{0} is required but missing.`). */
export const missingField = (name: string): HttpServerResponse.HttpServerResponse =>
  refusal(ErrorCode.missingField, `${name} is required but missing.`)

/** A field has a value SCM does not accept (SCM's -1601). */
export const invalidField = (name: string): HttpServerResponse.HttpServerResponse =>
  refusal(ErrorCode.invalidField, `Field '${name}' has invalid value.`)

/** An entity that does not exist, where the spec answers 404. */
export const entityNotFound = (code: number, description: string): HttpServerResponse.HttpServerResponse =>
  scmError(404, code, description)

/** A query or body value SCM would refuse. */
export const badRequest = (description: string): HttpServerResponse.HttpServerResponse =>
  scmError(400, ErrorCode.generic, description)

/** SCM's code for a request body it cannot read (not JSON, or JSON of another shape). */
export const unreadableBodyCode = -1002

/** The JSON answer SCM gives for a body it cannot read: the spec fallback's, and the stateful routes' that read bodies themselves. */
export const unreadableBody = (detail: string): HttpServerResponse.HttpServerResponse =>
  scmError(400, unreadableBodyCode, `The request body cannot be parsed: ${detail}`)

/** No route for this method and path. */
export const notFound = (method: string, path: string): HttpServerResponse.HttpServerResponse =>
  scmError(404, ErrorCode.generic, `No resource at ${method} ${truncate(path)}`)

/** The path exists, the method does not. */
export const methodNotAllowed = (allow: string): HttpServerResponse.HttpServerResponse =>
  scmError(405, ErrorCode.generic, `Method not allowed; allowed: ${allow}`, { allow })

/** The request's body was not of a content type the endpoint reads. */
export const unsupportedMediaType = (expected: string): HttpServerResponse.HttpServerResponse =>
  scmError(415, ErrorCode.generic, `Content-Type must be ${expected}`)

/** The body limit of every endpoint, 1 MiB. */
export const maxBodyBytes = 1024 * 1024

/**
 * A body over `maxBodyBytes`. The connection stays open: node discards the rest of the body, so a
 * client still sending reads the 413 instead of a reset.
 */
export const payloadTooLarge = scmError(413, ErrorCode.generic, "Request body is larger than 1 MiB")

/** A bug in the mock: the request is answered anyway, never left hanging. */
export const internalError = scmError(500, ErrorCode.internal, "Internal error. Please contact Support for details.")

/** Keeps echoed request text short in error descriptions. */
export const truncate = (text: string, max = 200): string => (text.length <= max ? text : `${text.slice(0, max)}...`)
