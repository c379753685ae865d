/**
 * The report operations, over the generated `generate*Log` / `generateActivityReport` operations
 * (`POST /api/report/v1/...`): the request's names turned into SCM's codes, the answer's rows read
 * with the curated views, and a report SCM says it could not run (`statusCode` not 0) as a typed
 * `ReportError`.
 */
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Generated from "../generated/Client.js"
import * as Spec from "../generated/Schemas.js"
import type {
  ActivityReportRequest,
  ClientReportRequest,
  DeviceReportRequest,
  SslReportRequest,
  Window
} from "../Reports.js"
import { apiOf, view } from "./request.js"
import * as schemas from "./schemas/reports.js"

// The generated operations this module calls.
const api = apiOf({
  generateActivityReport: Generated.generateActivityReport,
  generateDeviceCertificatesLog: Generated.generateDeviceCertificatesLog,
  generateDomainsLog: Generated.generateDomainsLog,
  generateSmimeCertificatesLog: Generated.generateSmimeCertificatesLog,
  generateSslCertificatesLog: Generated.generateSslCertificatesLog
})

/**
 * SCM answered a report with a `statusCode` other than 0: it did not run.
 *
 * @internal
 */
export class ReportError extends Schema.TaggedError<ReportError>("@scm-effect/core/ReportError")("ReportError", {
  /** `ssl-certificates`, `client-certificates`, `device-certificates`, `domains` or `activity`. */
  report: Schema.String,
  statusCode: Schema.Number,
  description: Schema.optional(Schema.String)
}) {
  /**
   * @since 1.0.0
   */
  override get message(): string {
    return `SCM did not run the ${this.report} report (status code ${this.statusCode}${this.description === undefined ? "" : `: ${this.description}`})`
  }
}

const asSslReport = view(Spec.GenerateSslCertificatesLog200, schemas.SslReport)
const asClientReport = view(Spec.GenerateSmimeCertificatesLog200, schemas.ClientReport)
const asDeviceReport = view(Spec.GenerateDeviceCertificatesLog200, schemas.DeviceReport)
const asDomainReport = view(Spec.GenerateDomainsLog200, schemas.DomainReport)
const asActivityReport = view(Spec.GenerateActivityReport200, schemas.ActivityReport)

/** The report's rows, or `ReportError` when SCM says it did not run. */
const rowsOf = <Row>(report: string, answer: { readonly statusCode?: number; readonly message?: string; readonly reports: ReadonlyArray<Row> }) =>
  answer.statusCode === undefined || answer.statusCode === 0
    ? Effect.succeed(answer.reports)
    : Effect.fail(new ReportError({ report, statusCode: answer.statusCode, ...(answer.message === undefined ? {} : { description: answer.message }) }))

const iso = (time: DateTime.DateTime | Date): string => DateTime.formatIso(time instanceof Date ? DateTime.fromDateUnsafe(time) : time)

/** `from` and `to` as SCM reads them (ISO 8601 date-times, as the reference's examples send). */
const windowFields = (window: Window | undefined) => ({
  ...(window?.from === undefined ? {} : { from: iso(window.from) }),
  ...(window?.to === undefined ? {} : { to: iso(window.to) })
})

const organizations = (ids: ReadonlyArray<number> | undefined) => (ids === undefined ? {} : { organizationIds: [...ids] })

/** Each report's status and date attribute codes (the reference's tables), by name. */
const sslStatusCodes = { any: "0", requested: "1", issued: "2", revoked: "3", expired: "4" } as const
const certificateDateCodes = { revocation: "2", expiration: "3", request: "4", issuance: "5" } as const
const clientStatusCodes = {
  any: "0",
  enrolled: "2",
  revoked: "3",
  expired: "4",
  enrolledPendingDownload: "5",
  notEnrolled: "6"
} as const
const clientDateCodes = { enrollment: "0", download: "1", revocation: "2", expiration: "3" } as const
const deviceStatusCodes = { any: "0", requested: "1", issued: "2", revoked: "3", expired: "4", approved: "8", applied: "9" } as const

/** `certificateRequestSource` codes by `requestedVia` name. */
const requestSourceCodes = {
  "Enrollment Form": "0",
  "Client Admin": "1",
  "Web API": "2",
  Discovery: "3",
  Imported: "4",
  SCEP: "5",
  "MS Agent": "7",
  "Bulk Request": "9",
  ACME: "10",
  EST: "11",
  "REST API": "12"
} as const

/** @internal */
export type RequestSource = keyof typeof requestSourceCodes

/** @internal */
export const requestSources = Object.keys(requestSourceCodes) as ReadonlyArray<RequestSource>

const code = <const Codes extends Readonly<Record<string, string>>>(codes: Codes, name: keyof Codes | undefined): Codes[keyof Codes] | undefined =>
  name === undefined ? undefined : codes[name]

/** The spec's SslCertificatesReportRequest. @internal */
export const sslReportBody = (request: SslReportRequest | undefined): Spec.SslCertificatesReportRequest => {
  const status = code(sslStatusCodes, request?.status)
  const dateAttribute = code(certificateDateCodes, request?.dateAttribute)
  const source = code(requestSourceCodes, request?.requestSource)
  return {
    ...windowFields(request),
    ...organizations(request?.organizationIds),
    ...(request?.commonName === undefined ? {} : { commonName: request.commonName }),
    ...(request?.externalRequester === undefined ? {} : { externalRequester: request.externalRequester }),
    ...(status === undefined ? {} : { certificateStatus: status }),
    ...(dateAttribute === undefined ? {} : { certificateDateAttribute: dateAttribute }),
    ...(source === undefined ? {} : { certificateRequestSource: source }),
    ...(request?.serialNumberFormat === undefined ? {} : { serialNumberFormat: request.serialNumberFormat }),
    ...(request?.includeIpAddresses === undefined ? {} : { includeIpAddresses: request.includeIpAddresses })
  }
}

/** @internal */
export const sslCertificates = Effect.fn("Reports.sslCertificates")(function*(request?: SslReportRequest) {
  const payload = sslReportBody(request)
  yield* Effect.annotateCurrentSpan({ "scm.report": "ssl-certificates", "scm.organizations": request?.organizationIds?.length ?? 0 })
  const rows = yield* rowsOf("ssl-certificates", asSslReport(yield* (yield* api).generateSslCertificatesLog({ payload })))
  yield* Effect.annotateCurrentSpan("scm.rows", rows.length)
  return rows
})

/** @internal */
export const clientCertificates = Effect.fn("Reports.clientCertificates")(function*(request?: ClientReportRequest) {
  const status = code(clientStatusCodes, request?.status)
  const dateAttribute = code(clientDateCodes, request?.dateAttribute)
  const payload: Spec.ClientCertificatesReportRequest = {
    ...windowFields(request),
    ...organizations(request?.organizationIds),
    ...(status === undefined ? {} : { certificateStatus: status }),
    ...(dateAttribute === undefined ? {} : { certificateDateAttribute: dateAttribute })
  }
  yield* Effect.annotateCurrentSpan("scm.report", "client-certificates")
  return yield* rowsOf("client-certificates", asClientReport(yield* (yield* api).generateSmimeCertificatesLog({ payload })))
})

/** @internal */
export const deviceCertificates = Effect.fn("Reports.deviceCertificates")(function*(request?: DeviceReportRequest) {
  const status = code(deviceStatusCodes, request?.status)
  const dateAttribute = code(certificateDateCodes, request?.dateAttribute)
  const payload: Spec.DeviceCertificatesReportRequest = {
    ...windowFields(request),
    ...organizations(request?.organizationIds),
    ...(status === undefined ? {} : { certificateStatus: status }),
    ...(dateAttribute === undefined ? {} : { certificateDateAttribute: dateAttribute }),
    ...(request?.serialNumberFormat === undefined ? {} : { serialNumberFormat: request.serialNumberFormat })
  }
  yield* Effect.annotateCurrentSpan("scm.report", "device-certificates")
  return yield* rowsOf("device-certificates", asDeviceReport(yield* (yield* api).generateDeviceCertificatesLog({ payload })))
})

/** @internal */
export const domains = Effect.fn("Reports.domains")(function*() {
  yield* Effect.annotateCurrentSpan("scm.report", "domains")
  return yield* rowsOf("domains", asDomainReport(yield* (yield* api).generateDomainsLog()))
})

/** @internal */
export const activity = Effect.fn("Reports.activity")(function*(request?: ActivityReportRequest) {
  yield* Effect.annotateCurrentSpan("scm.report", "activity")
  return yield* rowsOf("activity", asActivityReport(yield* (yield* api).generateActivityReport({ payload: windowFields(request) })))
})
