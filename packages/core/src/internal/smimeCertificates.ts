/**
 * The client (S/MIME) certificate operations, over the generated `smime/v2` operations. What is
 * left here is what makes them ergonomic: branded ids, paging, the wait for issuance (on the
 * SSL module's poll schedule, deadline and "not issued yet" codes: SCM answers both alike).
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Generated from "../generated/Client.js"
import type { OrganizationId } from "../Organizations.js"
import type { AwaitOptions, EnrollRequest, ListFilters, RevokeRequest } from "../SmimeCertificates.js"
import type { CollectFormat } from "../SslCertificates.js"
import * as Spec from "../generated/Schemas.js"
import { listOperations } from "./pagination.js"
import { giveUpFields, lastAnswerOf, notIssuedMessage, pollUntilIssued } from "./polling.js"
import { apiOf, view } from "./request.js"
import * as schemas from "./schemas/smimeCertificates.js"
import { CustomField } from "./schemas/sslCertificates.js"
import { defaultAwaitFormat, defaultDeadline, defaultPollSchedule } from "./sslCertificates.js"

// The generated operations this module calls.
const api = apiOf({
  collectClientCertificate: Generated.collectClientCertificate,
  enrollClientCertificate: Generated.enrollClientCertificate,
  getClientCertCustomFields: Generated.getClientCertCustomFields,
  getClientCertProfiles: Generated.getClientCertProfiles,
  getClientCertificateDetailsV1: Generated.getClientCertificateDetailsV1,
  getClientCertificateList: Generated.getClientCertificateList,
  renewClientCertificateByBackendCertificateId: Generated.renewClientCertificateByBackendCertificateId,
  renewClientCertificateBySerialNumber: Generated.renewClientCertificateBySerialNumber,
  revokeClientCertificateByBackendCertificateId: Generated.revokeClientCertificateByBackendCertificateId,
  revokeClientCertificateBySerialNumber: Generated.revokeClientCertificateBySerialNumber,
  revokeClientCertificatesByEmail: Generated.revokeClientCertificatesByEmail
})

type BackendCertId = typeof schemas.BackendCertId.Type

/**
 * `awaitIssued` gave up while SCM still answered "not issued yet".
 *
 * @internal
 */
export class SmimeNotIssuedError extends Schema.TaggedError<SmimeNotIssuedError>("@scm-effect/core/SmimeNotIssuedError")(
  "SmimeNotIssuedError",
  {
    backendCertId: schemas.BackendCertId,
    /** Collect calls made, the time waited, and why it gave up. */
    ...giveUpFields,
    /** SCM's last answer: -183 (not collectable yet) or -1400 (being processed). */
    code: Schema.optional(Schema.Number),
    description: Schema.optional(Schema.String)
  }
) {
  /**
   * @since 1.0.0
   */
  override get message(): string {
    return notIssuedMessage(`Client certificate ${this.backendCertId}`, this)
  }
}

const asProfiles = view(Spec.GetClientCertProfiles200, Schema.Array(schemas.SmimeProfile))
const asCustomFields = view(Spec.GetClientCertCustomFields200, Schema.Array(CustomField))
const asCertificates = view(Spec.GetClientCertificateList200, Schema.Array(schemas.SmimeCertificate))
// The spec's v2 details (`GET /api/smime/v2/{certId}`) document a scan task's schema, not a
// certificate's: the details are read from the v1 twin the REST reference documents.
const asDetails = view(Spec.GetClientCertificateDetailsV1200, schemas.SmimeCertificateDetails)
const asEnrolled = view(Spec.EnrollClientCertificate200, schemas.Ordered)
const asRenewedByOrder = view(Spec.RenewClientCertificateByBackendCertificateId200, schemas.Ordered)
const asRenewedBySerial = view(Spec.RenewClientCertificateBySerialNumber200, schemas.Ordered)

/** @internal */
export const types = Effect.fn("SmimeCertificates.types")(function*(options?: {
  readonly organizationId?: OrganizationId | undefined
}) {
  const organizationId = options?.organizationId
  if (organizationId !== undefined) yield* Effect.annotateCurrentSpan("scm.org_id", organizationId)
  const client = yield* api
  return asProfiles(yield* client.getClientCertProfiles(organizationId === undefined ? undefined : { params: { organizationId } }))
})

/** @internal */
export const customFields = Effect.fn("SmimeCertificates.customFields")(function*() {
  return asCustomFields(yield* (yield* api).getClientCertCustomFields())
})

// The public filters allow `undefined`, open-enum states and branded ids; the spec's params are the same names.
const params = (filters: ListFilters | undefined) => filters as Spec.GetClientCertificateListParams

/** @internal */
export const { count, list, page } = listOperations(
  "SmimeCertificates",
  "/api/smime/v2",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.getClientCertificateList({ params: { ...params(filters), position, size }, config: { includeResponse: true } }),
        ([items, response]) => [asCertificates(items), response] as const
      ))
)

type SmimeCertificateId = typeof schemas.SmimeCertificateId.Type

/** @internal */
export const get = Effect.fn("SmimeCertificates.get")(function*(id: SmimeCertificateId) {
  yield* Effect.annotateCurrentSpan("scm.smime_id", id)
  return asDetails(yield* (yield* api).getClientCertificateDetailsV1(String(id)))
})

/**
 * The spec's ClientEnrollRequest. Unset options are left out rather than sent as null.
 *
 * @internal
 */
export const enrollBody = (request: EnrollRequest): Spec.ClientEnrollRequest => {
  const body: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(request)) if (value !== undefined) body[name] = value
  return body as Spec.ClientEnrollRequest
}

/** @internal */
export const enroll = Effect.fn("SmimeCertificates.enroll")(function*(request: EnrollRequest) {
  // Ids only: the CSR, names and e-mails stay out of traces.
  yield* Effect.annotateCurrentSpan({ "scm.org_id": request.orgId, "scm.profile_id": request.certType, "scm.term": request.term })
  const enrolled = asEnrolled(yield* (yield* api).enrollClientCertificate({ payload: enrollBody(request) }))
  yield* Effect.annotateCurrentSpan("scm.backend_cert_id", enrolled.backendCertId)
  return enrolled
})

const decoder = new TextDecoder()

/** @internal */
export const collect = Effect.fn("SmimeCertificates.collect")(function*(backendCertId: BackendCertId, format: CollectFormat) {
  yield* Effect.annotateCurrentSpan({ "scm.backend_cert_id": backendCertId, "scm.format": format })
  const body = yield* (yield* api).collectClientCertificate(backendCertId, { params: { format } })
  // PKCS#7 DER is the one binary format; the others are PEM text.
  return format === "bin" ? body : decoder.decode(body)
})

/** @internal */
export const awaitIssued = Effect.fn("SmimeCertificates.awaitIssued")(function*(
  backendCertId: BackendCertId,
  options?: AwaitOptions<CollectFormat>
) {
  const format = options?.format ?? defaultAwaitFormat
  const deadline = Duration.fromInputUnsafe(options?.deadline ?? defaultDeadline)
  yield* Effect.annotateCurrentSpan({
    "scm.backend_cert_id": backendCertId,
    "scm.format": format,
    "scm.deadline_ms": Duration.toMillis(deadline)
  })
  return yield* pollUntilIssued(collect(backendCertId, format), {
    schedule: options?.schedule ?? defaultPollSchedule,
    deadline,
    message: "not issued yet, polling again",
    annotations: { "scm.backend_cert_id": backendCertId },
    giveUp: ({ attempts, elapsed, last, reason }) =>
      new SmimeNotIssuedError({ backendCertId, attempts, elapsed, reason, ...lastAnswerOf(last) })
  })
})

/**
 * The spec's ClientRevokeRequest: the reason code travels as a string ("0", "1", ...), as the spec
 * documents it; without a reason code SCM records "unspecified".
 *
 * @internal
 */
export const revokeBody = (request: RevokeRequest): Spec.ClientRevokeRequest => ({
  ...(request.reasonCode === undefined ? {} : { reasonCode: `${request.reasonCode}` }),
  ...(request.reason === undefined ? {} : { reason: request.reason })
})

/** @internal */
export const revoke = Effect.fn("SmimeCertificates.revoke")(function*(backendCertId: BackendCertId, request: RevokeRequest) {
  yield* Effect.annotateCurrentSpan({ "scm.backend_cert_id": backendCertId, "scm.reason_code": request.reasonCode ?? 0 })
  return yield* (yield* api).revokeClientCertificateByBackendCertificateId(backendCertId, { payload: revokeBody(request) })
})

/** @internal */
export const revokeBySerial = Effect.fn("SmimeCertificates.revokeBySerial")(function*(serialNumber: string, request: RevokeRequest) {
  yield* Effect.annotateCurrentSpan({ "scm.serial_number": serialNumber, "scm.reason_code": request.reasonCode ?? 0 })
  return yield* (yield* api).revokeClientCertificateBySerialNumber(serialNumber, { payload: revokeBody(request) })
})

/** @internal */
export const revokeByEmail = Effect.fn("SmimeCertificates.revokeByEmail")(function*(email: string, request: RevokeRequest) {
  // The e-mail is personal data: the span carries the reason code only.
  yield* Effect.annotateCurrentSpan("scm.reason_code", request.reasonCode ?? 0)
  return yield* (yield* api).revokeClientCertificatesByEmail({ payload: { ...revokeBody(request), email } })
})

/** @internal */
export const renew = Effect.fn("SmimeCertificates.renew")(function*(backendCertId: BackendCertId) {
  yield* Effect.annotateCurrentSpan("scm.backend_cert_id", backendCertId)
  const renewed = asRenewedByOrder(yield* (yield* api).renewClientCertificateByBackendCertificateId(backendCertId))
  yield* Effect.annotateCurrentSpan("scm.new_backend_cert_id", renewed.backendCertId)
  return renewed
})

/** @internal */
export const renewBySerial = Effect.fn("SmimeCertificates.renewBySerial")(function*(serialNumber: string) {
  yield* Effect.annotateCurrentSpan("scm.serial_number", serialNumber)
  const renewed = asRenewedBySerial(yield* (yield* api).renewClientCertificateBySerialNumber(serialNumber))
  yield* Effect.annotateCurrentSpan("scm.new_backend_cert_id", renewed.backendCertId)
  return renewed
})
