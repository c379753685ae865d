/**
 * Domain control validation (DCV): prove to SCM that you control a domain, by a file on its web
 * server (HTTP, HTTPS), a DNS record (CNAME, TXT) or an email to its administrator; then wait for
 * SCM's check, read the status, list validations with their expiry, clear or delete them.
 * Every function needs an `ScmHttpClient` and fails with an `ScmError` (SCM's code and
 * description in `ScmApiError`: -727 unknown domain, -724 no order to submit, -715 inactive ...).
 *
 * ```ts
 * import { DomainValidation } from "@scm-effect/core"
 * import { Effect, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const instructions = yield* DomainValidation.start("example.com", "HTTP")
 *   const file = DomainValidation.fileOf(instructions)
 *   // ... put file.content at http://example.com{file.path} ...
 *   yield* DomainValidation.submit("example.com", "HTTP")
 *   const validated = yield* DomainValidation.awaitValidated("example.com", { deadline: "30 minutes" })
 *   // Validations that expire within 30 days, all pages.
 *   const expiring = yield* DomainValidation.list({ expiresIn: 30 }).pipe(Stream.runCollect)
 * })
 * ```
 *
 * @since 1.0.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import type * as Schedule from "effect/Schedule"
import type * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/dcv.js"
import { NotValidatedError } from "./internal/dcv.js"
import type * as Pagination from "./internal/pagination.js"
import * as schemas from "./internal/schemas/dcv.js"
import type { ValidationStatus } from "./Domains.js"
import type { OrganizationId } from "./Organizations.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

// ---------------------------------------------------------------------------------------------
// methods and enums
// ---------------------------------------------------------------------------------------------

/**
 * DCV by a file on the domain's web server, at `/.well-known/pki-validation/`.
 *
 * @since 1.0.0
 * @category models
 */
export type FileMethod = "HTTP" | "HTTPS"

/**
 * DCV by a DNS record: a CNAME, or a TXT record at `_pki-validation.<domain>`.
 *
 * @since 1.0.0
 * @category models
 */
export type DnsMethod = "CNAME" | "TXT"

/**
 * Every DCV method.
 *
 * @since 1.0.0
 * @category models
 */
export type Method = FileMethod | DnsMethod | "EMAIL"

/**
 * A DCV order's status: `"NOT_INITIATED"`, `"SUBMITTED"` as SCM answers them, `"Awaiting submission"`, `"Rejected"`, or the spec's words (`"Submitted"` ...) (open enum).
 *
 * @since 1.0.0
 * @category enums
 */
export const OrderStatus = schemas.OrderStatus

/**
 * A DCV order's status.
 *
 * @since 1.0.0
 * @category enums
 */
export type OrderStatus = typeof OrderStatus.Type

/**
 * A DCV order's mode: `"EMAIL"`, `"CNAME"`, `"HTTP"`, `"HTTPS"`, `"AUTO"`, `"TXT"` (open enum).
 *
 * @since 1.0.0
 * @category enums
 */
export const OrderMode = schemas.OrderMode

/**
 * A DCV order's mode.
 *
 * @since 1.0.0
 * @category enums
 */
export type OrderMode = typeof OrderMode.Type

/**
 * How a domain was validated, e.g. `"HTTP_CSR_HASH"` (open enum).
 *
 * @since 1.0.0
 * @category enums
 */
export const DcvMethod = schemas.DcvMethod

/**
 * How a domain was validated.
 *
 * @since 1.0.0
 * @category enums
 */
export type DcvMethod = typeof DcvMethod.Type

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * What HTTP(S) DCV asks for (DomainHttpResponse): a file at `url` whose two lines are `firstLine` and `secondLine`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const FileInstructions = schemas.FileInstructions

/**
 * What HTTP(S) DCV asks for.
 *
 * @since 1.0.0
 * @category models
 */
export interface FileInstructions extends Schema.Schema.Type<typeof FileInstructions> {}

/**
 * What DNS DCV asks for (DomainCnameResponse): a record at `host` pointing to (CNAME) or holding (TXT) `point`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const DnsInstructions = schemas.DnsInstructions

/**
 * What DNS DCV asks for.
 *
 * @since 1.0.0
 * @category models
 */
export interface DnsInstructions extends Schema.Schema.Type<typeof DnsInstructions> {}

/**
 * The addresses of one domain that email DCV may write to (DomainDcvEmails).
 *
 * @since 1.0.0
 * @category schemas
 */
export const DomainEmails = schemas.DomainEmails

/**
 * The addresses of one domain that email DCV may write to.
 *
 * @since 1.0.0
 * @category models
 */
export interface DomainEmails extends Schema.Schema.Type<typeof DomainEmails> {}

/**
 * The addresses email DCV may use (DomainEmailResponse): `emails`, and per domain in `dcvEmails`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const EmailChoices = schemas.EmailChoices

/**
 * The addresses email DCV may use.
 *
 * @since 1.0.0
 * @category models
 */
export interface EmailChoices extends Schema.Schema.Type<typeof EmailChoices> {}

/**
 * A submit's answer: the validation `status` after SCM's first check, the order's status and id.
 *
 * @since 1.0.0
 * @category schemas
 */
export const Submitted = schemas.Submitted

/**
 * A submit's answer.
 *
 * @since 1.0.0
 * @category models
 */
export interface Submitted extends Schema.Schema.Type<typeof Submitted> {}

/**
 * A domain's DCV status (DcvStatusResponseV2): validation and expiry dates, the order and what it asks to publish, its checks.
 *
 * @since 1.0.0
 * @category schemas
 */
export const Status = schemas.Status

/**
 * A domain's DCV status.
 *
 * @since 1.0.0
 * @category models
 */
export interface Status extends Schema.Schema.Type<typeof Status> {}

/**
 * What clear answers (DcvCleanResponse).
 *
 * @since 1.0.0
 * @category schemas
 */
export const Cleared = schemas.Cleared

/**
 * What clear answers.
 *
 * @since 1.0.0
 * @category models
 */
export interface Cleared extends Schema.Schema.Type<typeof Cleared> {}

/**
 * One domain of the list (DcvSearchResult), with its `expirationDate`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const Validation = schemas.Validation

/**
 * One domain of the list.
 *
 * @since 1.0.0
 * @category models
 */
export interface Validation extends Schema.Schema.Type<typeof Validation> {}

/**
 * The list filters of the spec (`GET /api/dcv/v2/validation`).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListFilters {
  /** Domain name (a part of it). */
  readonly domain?: string | undefined
  /** Validated domains whose validation expires within this many days (at least 1). */
  readonly expiresIn?: number | undefined
  /** Delegated to this organization. */
  readonly org?: OrganizationId | undefined
  /** Delegated to this department. */
  readonly department?: OrganizationId | undefined
  readonly dcvStatus?: ValidationStatus | undefined
  readonly orderStatus?: OrderStatus | undefined
}

/**
 * One page of the list, with `X-Total-Count` if SCM sent it.
 *
 * @since 1.0.0
 * @category models
 */
export interface Page<A> extends Pagination.Page<A> {}

/**
 * How `list` pages: `pageSize` items per request (default and maximum 200).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListOptions extends Pagination.ListOptions {}

/**
 * One page: `position` is the 0-based offset, `size` the page size (default 200, at most 200).
 *
 * @since 1.0.0
 * @category models
 */
export interface PageOptions extends Pagination.PageOptions {}

/**
 * How `awaitValidated` waits: the poll `schedule` (fed the status just read) and the `deadline`.
 *
 * @since 1.0.0
 * @category models
 */
export interface AwaitOptions {
  /** When to ask again while the domain is not validated; default `defaultPollSchedule`. */
  readonly schedule?: Schedule.Schedule<unknown, Status> | undefined
  /** Give up after this long with `NotValidatedError`; default `defaultDeadline` (1 hour). */
  readonly deadline?: Duration.Input | undefined
}

/**
 * The file HTTP(S) DCV asks for, ready to write: its name, its path on the web server and its content.
 *
 * @since 1.0.0
 * @category models
 */
export interface ValidationFile {
  readonly name: string
  /** `/.well-known/pki-validation/<name>` */
  readonly path: string
  /** The two lines, each ended by a newline. */
  readonly content: string
}

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

/**
 * `awaitValidated` gave up while the domain was still not validated: the deadline passed or the
 * schedule ended. Carries the domain, the attempts, the time waited and SCM's last status.
 *
 * @since 1.0.0
 * @category errors
 */
export { NotValidatedError }

// ---------------------------------------------------------------------------------------------
// operations
// ---------------------------------------------------------------------------------------------

/**
 * The file of HTTP(S) instructions: where on the web server it goes and what it holds.
 *
 * @since 1.0.0
 * @category utils
 */
export const fileOf = (instructions: FileInstructions): ValidationFile => {
  const name = instructions.url.slice(instructions.url.lastIndexOf("/") + 1)
  return { name, path: `/.well-known/pki-validation/${name}`, content: `${instructions.firstLine}\n${instructions.secondLine}\n` }
}

/**
 * Starts DCV: for HTTP(S) the file to publish, for CNAME and TXT the DNS record, for email the
 * addresses SCM may write to. TXT has no start at SCM: this submits, which answers the record
 * (`submit(domain, "TXT")` then asks for a check).
 *
 * @since 1.0.0
 * @category operations
 */
export function start(domain: string, method: FileMethod): Effect.Effect<FileInstructions, ScmError.ScmError, ScmHttpClient>
export function start(domain: string, method: DnsMethod): Effect.Effect<DnsInstructions, ScmError.ScmError, ScmHttpClient>
export function start(domain: string, method: "EMAIL"): Effect.Effect<EmailChoices, ScmError.ScmError, ScmHttpClient>
export function start(
  domain: string,
  method: Method
): Effect.Effect<FileInstructions | DnsInstructions | EmailChoices, ScmError.ScmError, ScmHttpClient> {
  return method === "EMAIL"
    ? internal.emailChoices(domain)
    : method === "HTTP" || method === "HTTPS"
    ? internal.startFile(domain, method)
    : internal.startDns(domain, method)
}

/**
 * Submits the started order for SCM to check; email DCV names the address to write to (one of
 * `start(domain, "EMAIL")`'s). The answer has the status after SCM's first check; SCM checks a
 * failed order again on its own schedule (`awaitValidated` waits for it).
 *
 * @since 1.0.0
 * @category operations
 */
export function submit(domain: string, method: FileMethod | DnsMethod): Effect.Effect<Submitted, ScmError.ScmError, ScmHttpClient>
export function submit(
  domain: string,
  method: "EMAIL",
  options: { readonly email: string }
): Effect.Effect<Submitted, ScmError.ScmError, ScmHttpClient>
export function submit(
  domain: string,
  method: Method,
  options?: { readonly email: string }
): Effect.Effect<Submitted, ScmError.ScmError, ScmHttpClient> {
  return method === "EMAIL" ? internal.submitEmail(domain, options?.email ?? "") : internal.submit(domain, method)
}

/**
 * The domain's DCV status.
 *
 * @since 1.0.0
 * @category operations
 */
export const status: (domain: string) => Effect.Effect<Status, ScmError.ScmError, ScmHttpClient> = internal.status

/**
 * Has SCM check the order with its backend now (`force`) and answers the status.
 *
 * @since 1.0.0
 * @category operations
 */
export const sync: (
  domain: string,
  options?: { readonly force?: boolean | undefined }
) => Effect.Effect<Status, ScmError.ScmError, ScmHttpClient> = internal.sync

/**
 * Resets the domain's DCV order to "Not initiated"; a validation already proven stays.
 *
 * @since 1.0.0
 * @category operations
 */
export const clear: (domain: string) => Effect.Effect<Cleared, ScmError.ScmError, ScmHttpClient> = internal.clear

/**
 * Deletes the domain's validation (and its order): certificates under it wait for a new one.
 *
 * @since 1.0.0
 * @category operations
 */
export const remove: (domain: string) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.remove

/**
 * Every domain validation matching the filters, with its expiry, as a stream that fetches pages only as it is consumed.
 *
 * @since 1.0.0
 * @category operations
 */
export const list: (
  filters?: ListFilters,
  options?: ListOptions
) => Stream.Stream<Validation, ScmError.ScmError, ScmHttpClient> = internal.list

/**
 * One page of the list, with `X-Total-Count`.
 *
 * @since 1.0.0
 * @category operations
 */
export const page: (
  filters: ListFilters | undefined,
  options: PageOptions
) => Effect.Effect<Page<Validation>, ScmError.ScmError, ScmHttpClient> = internal.page

/**
 * How many validations match the filters (a `HEAD` request).
 *
 * @since 1.0.0
 * @category operations
 */
export const count: (filters?: ListFilters) => Effect.Effect<number, ScmError.ScmError, ScmHttpClient> = internal.count

/**
 * Whether a validation status means validated: `"VALIDATED"`, as SCM answers it, or the spec's `"Validated"`.
 *
 * @since 1.0.0
 * @category predicates
 */
export const isValidated: (status: string | undefined) => boolean = internal.isValidated

/**
 * The default poll schedule of `awaitValidated`: 10 s, growing by half each time, at most 5 minutes apart.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const defaultPollSchedule: Schedule.Schedule<Duration.Duration> = internal.defaultPollSchedule

/**
 * The default deadline of `awaitValidated`, 1 hour.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const defaultDeadline: Duration.Duration = internal.defaultDeadline

/**
 * Waits until the domain is validated, reading its status on the schedule (on `Clock`, so
 * `TestClock` drives it): answers the status once it `isValidated`, fails at once on any error,
 * and with `NotValidatedError` at the deadline or when the schedule ends.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const awaitValidated: (
  domain: string,
  options?: AwaitOptions
) => Effect.Effect<Status, ScmError.ScmError | NotValidatedError, ScmHttpClient> = internal.awaitValidated
