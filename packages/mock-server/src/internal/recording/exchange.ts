/**
 * The recording format: one JSON file per exchange (a request and the answer it got), written for
 * people to read and edit. Keys come in a fixed order, headers sorted by name, two-space indents;
 * a JSON body is kept as JSON, other UTF-8 text as a string, anything else as base64. The file
 * name sorts in recording order and names the method and path:
 * `000001-GET-api-ssl-v1-types.json`.
 */
import { Schema } from "effect"

/** The format's name and version: the first key of every file. */
export const formatName = "scm-mock-recording/1"

/** Query parameters by name, a repeated one as the list of its values in order. */
export type QueryRecord = Readonly<Record<string, string | ReadonlyArray<string>>>

/** Headers by lower-case name. */
export type HeaderRecord = Readonly<Record<string, string>>

/** A body as a file holds it: JSON as itself, other UTF-8 text as a string, other bytes as base64; none has no key. */
export interface BodyRecord {
  readonly json?: unknown
  readonly text?: string
  readonly base64?: string
}

/** The request of an exchange. */
export interface RecordedRequest extends BodyRecord {
  readonly method: string
  /** The normalised path, without the query. */
  readonly path: string
  readonly query?: QueryRecord
  readonly headers: HeaderRecord
}

/** The answer of an exchange. */
export interface RecordedResponse extends BodyRecord {
  readonly status: number
  readonly headers: HeaderRecord
}

/** One exchange, as one file holds it. */
export interface Exchange {
  readonly format: typeof formatName
  /** When the request was sent (from the server's Clock). Informational. */
  readonly recordedAt?: string
  /** The base URL the request was forwarded to; a `location` starting with it is given the replaying server's own. */
  readonly upstream?: string
  /** How long the upstream took to answer, in milliseconds. Informational: replay does not wait. */
  readonly durationMs?: number
  readonly request: RecordedRequest
  readonly response: RecordedResponse
}

const textDecoder = new TextDecoder("utf-8", { fatal: true })

/** The media type of a Content-Type value, lower-case, without parameters. */
export const mediaTypeOf = (contentType: string | undefined): string =>
  contentType === undefined ? "" : (contentType.split(";")[0] ?? "").trim().toLowerCase()

/** Whether a media type is JSON (`application/json`, `application/problem+json` ...). */
const isJsonMediaType = (mediaType: string): boolean => mediaType === "application/json" || mediaType.endsWith("+json")

/** Whether a Content-Type is an HTML form's (the token endpoint's). */
export const isForm = (contentType: string | undefined): boolean => mediaTypeOf(contentType) === "application/x-www-form-urlencoded"

/** Text a person can read in a JSON string: no control characters but tab, CR and LF. */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

const utf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return textDecoder.decode(bytes)
  } catch {
    return undefined
  }
}

/** A body as a file keeps it, from its bytes and Content-Type. */
export const bodyRecord = (bytes: Uint8Array, contentType: string | undefined): BodyRecord => {
  if (bytes.length === 0) return {}
  const text = utf8(bytes)
  if (text === undefined || controlCharacters.test(text)) return { base64: Buffer.from(bytes).toString("base64") }
  if (isJsonMediaType(mediaTypeOf(contentType))) {
    try {
      return { json: JSON.parse(text) }
    } catch {
      // Not JSON after all: kept as the text it is.
    }
  }
  return { text }
}

/** The bytes of a recorded body; `undefined` for none. */
export const bodyBytes = (body: BodyRecord): Uint8Array | undefined =>
  "json" in body
    ? Buffer.from(JSON.stringify(body.json))
    : body.text !== undefined
    ? Buffer.from(body.text, "utf8")
    : body.base64 !== undefined
    ? Buffer.from(body.base64, "base64")
    : undefined

/** The body keys in the file's order, only the one present. */
const bodyKeys = (body: BodyRecord) =>
  "json" in body ? { json: body.json } : body.text !== undefined ? { text: body.text } : body.base64 !== undefined ? { base64: body.base64 } : {}

const sortedHeaders = (headers: HeaderRecord): HeaderRecord =>
  Object.fromEntries(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** The text of an exchange's file: fixed key order, headers sorted, two-space indents, a final newline. */
export const encodeExchange = (exchange: Exchange): string => {
  const { request, response } = exchange
  const ordered = {
    format: exchange.format,
    ...(exchange.recordedAt === undefined ? {} : { recordedAt: exchange.recordedAt }),
    ...(exchange.upstream === undefined ? {} : { upstream: exchange.upstream }),
    ...(exchange.durationMs === undefined ? {} : { durationMs: exchange.durationMs }),
    request: {
      method: request.method,
      path: request.path,
      ...(request.query === undefined || Object.keys(request.query).length === 0 ? {} : { query: request.query }),
      headers: sortedHeaders(request.headers),
      ...bodyKeys(request)
    },
    response: {
      status: response.status,
      headers: sortedHeaders(response.headers),
      ...bodyKeys(response)
    }
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

/** Digits of the sequence number that starts a file name. */
const sequenceDigits = 6

/** Path characters kept in a file name; others become `-`. */
const nameUnsafe = /[^A-Za-z0-9._~]+/g

/** The file name of the `sequence`th exchange: `000042-POST-api-acme-v2-account.json`. */
export const fileName = (sequence: number, method: string, path: string): string => {
  const slug = path.replace(nameUnsafe, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "")
  return `${String(sequence).padStart(sequenceDigits, "0")}-${method.replace(nameUnsafe, "-")}${slug === "" ? "" : `-${slug}`}.json`
}

/** The sequence number a file name starts with, `undefined` for a name that is not a recording's. */
export const sequenceOf = (name: string): number | undefined => {
  const match = /^(\d+)-.*\.json$/.exec(name)
  return match === null ? undefined : Number(match[1])
}

// ---- decoding a file ----

const headerName = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/
const HeaderRecordSchema = Schema.Record(Schema.String, Schema.String).check(Schema.makeFilter((headers) => {
  for (const [name, value] of Object.entries(headers)) {
    if (!headerName.test(name)) return `header name "${name}" must be a lower-case HTTP token`
    if (/[\r\n\0]/.test(value)) return `header ${name} must not contain CR, LF or NUL`
  }
  return true
}))

const base64Text = /^[A-Za-z0-9+/]*={0,2}$/

const bodyFields = {
  json: Schema.optionalKey(Schema.Unknown),
  text: Schema.optionalKey(Schema.String),
  base64: Schema.optionalKey(Schema.String.check(Schema.isPattern(base64Text, { message: "must be base64" })))
}

const oneBody = Schema.makeFilter((body: BodyRecord) =>
  ["json", "text", "base64"].filter((key) => key in body).length <= 1 || "has more than one of json, text and base64: a body is one of them")

const RecordedRequestSchema = Schema.Struct({
  method: Schema.String.check(Schema.isPattern(/^[A-Z]+$/, { message: "must be an upper-case HTTP method" })),
  path: Schema.String.check(Schema.isPattern(/^\/[^?#\s]*$/, { message: "must start with / and hold no query (it goes in query), fragment or space" })),
  query: Schema.optionalKey(Schema.Record(Schema.String, Schema.Union([Schema.String, Schema.Array(Schema.String)]))),
  headers: HeaderRecordSchema,
  ...bodyFields
}).check(oneBody)

const RecordedResponseSchema = Schema.Struct({
  status: Schema.Number.check(Schema.isInt({ message: "must be an integer" }), Schema.isBetween({ minimum: 100, maximum: 599 }, { message: "must be an HTTP status from 100 to 599" })),
  headers: HeaderRecordSchema,
  ...bodyFields
}).check(oneBody)

/** What a file must hold; `recordedAt`, `upstream` and `durationMs` may be left out of a file written by hand. */
export const ExchangeSchema = Schema.Struct({
  format: Schema.Literal(formatName).annotate({ message: `must be "${formatName}"` }),
  recordedAt: Schema.optionalKey(Schema.String),
  upstream: Schema.optionalKey(Schema.String.check(Schema.makeFilter((value) => URL.canParse(value) || "must be an absolute URL such as https://cert-manager.com"))),
  durationMs: Schema.optionalKey(Schema.Number),
  request: RecordedRequestSchema,
  response: RecordedResponseSchema
})
