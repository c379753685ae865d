/**
 * The curated views of the report schemas the generator writes from the vendor's spec (25.9.2):
 * SSLReportResponse, ClientCertReportResponse, DeviceCertReportResponse, DomainReportResponse and
 * ActivityReportResponse with their rows. Every field of the spec's, `null`s taken, ids branded,
 * dates as `DateTime.Utc`, enums open, lists defaulting to `[]`.
 */
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId, ScmDateTime } from "./common.js"
import { DomainId } from "./domains.js"
import { CustomFieldValue, ProfileId, RequestedVia, SslId, SslStatus } from "./sslCertificates.js"

/** WSCustomField. @internal */
export const ReportCustomField = fromSpec(Spec.WSCustomField, {}, "ReportCustomField")

/** WSOrganization: the organization's id as a string, as SCM sends it here. @internal */
export const ReportOrganization = fromSpec(Spec.WSOrganization, {}, "ReportOrganization")

/** WSPerson. @internal */
export const ReportPerson = fromSpec(Spec.WSPerson, {}, "ReportPerson")

/** SSLReportResponseRow. @internal */
export const SslReportRow = fromSpec(Spec.SSLReportResponseRow, {
  id: SslId,
  typeId: optional(ProfileId),
  orgId: optional(OrganizationId),
  status: optional(SslStatus),
  requestedVia: optional(RequestedVia),
  requested: optional(ScmDateTime),
  approved: optional(ScmDateTime),
  declined: optional(ScmDateTime),
  issued: optional(ScmDateTime),
  downloaded: optional(ScmDateTime),
  expires: optional(ScmDateTime),
  revoked: optional(ScmDateTime),
  replaced: optional(ScmDateTime),
  customFields: list(CustomFieldValue)
}, "SslReportRow")

/** SSLReportResponse. @internal */
export const SslReport = fromSpec(Spec.SSLReportResponse, { reports: list(SslReportRow) }, "SslReport")

/** What the client and device certificate rows share: the organization, the dates, custom fields. */
const certificateRowFields = {
  organization: optional(ReportOrganization),
  enrolled: optional(ScmDateTime),
  downloaded: optional(ScmDateTime),
  revoked: optional(ScmDateTime),
  expire: optional(ScmDateTime),
  customFields: list(ReportCustomField)
}

/** ReportRowClientCert. @internal */
export const ClientReportRow = fromSpec(Spec.ReportRowClientCert, {
  ...certificateRowFields,
  person: optional(ReportPerson),
  enrollType: optional(openEnum("UnknownClientEnrollType", Spec.ReportRowClientCert.fields.enrollType.schema))
}, "ClientReportRow")

/** ClientCertReportResponse. @internal */
export const ClientReport = fromSpec(Spec.ClientCertReportResponse, { reports: list(ClientReportRow) }, "ClientReport")

/** ReportRowDeviceCert. @internal */
export const DeviceReportRow = fromSpec(Spec.ReportRowDeviceCert, {
  ...certificateRowFields,
  enrollType: optional(openEnum("UnknownDeviceEnrollType", Spec.ReportRowDeviceCert.fields.enrollType.schema))
}, "DeviceReportRow")

/** DeviceCertReportResponse. @internal */
export const DeviceReport = fromSpec(Spec.DeviceCertReportResponse, { reports: list(DeviceReportRow) }, "DeviceReport")

const domainRow = Spec.ReportRowDomain.fields

/** ReportRowDomain. @internal */
export const DomainReportRow = fromSpec(Spec.ReportRowDomain, {
  id: DomainId,
  status: optional(openEnum("UnknownDomainReportStatus", domainRow.status.schema)),
  dcvStatus: optional(openEnum("UnknownDomainDcvStatus", domainRow.dcvStatus.schema)),
  requested: optional(ScmDateTime),
  stickyUntil: optional(ScmDateTime)
}, "DomainReportRow")

/** DomainReportResponse. @internal */
export const DomainReport = fromSpec(Spec.DomainReportResponse, { reports: list(DomainReportRow) }, "DomainReport")

/** WSSMIME. @internal */
export const ActivityClientCertificate = fromSpec(Spec.WSSMIME, {
  person: optional(ReportPerson),
  ordered: optional(ScmDateTime),
  revoked: optional(ScmDateTime),
  collected: optional(ScmDateTime),
  downloaded: optional(ScmDateTime),
  expires: optional(ScmDateTime),
  state: optional(openEnum("UnknownClientCertificateState", Spec.WSSMIME.fields.state.schema))
}, "ActivityClientCertificate")

/** ReportRowActivity. @internal */
export const ActivityRow = fromSpec(Spec.ReportRowActivity, {
  action: optional(fromSpec(Spec.WSAction, {}, "ActivityAction")),
  admin: optional(fromSpec(Spec.WSAdmin, {}, "ActivityAdmin")),
  person: optional(ReportPerson),
  org: optional(ReportOrganization),
  smime: optional(ActivityClientCertificate),
  ssl: optional(fromSpec(Spec.WSSSL, {}, "ActivitySslCertificate")),
  notif: optional(fromSpec(Spec.WSNotification, {}, "ActivityNotification")),
  date: optional(ScmDateTime)
}, "ActivityRow")

/** ActivityReportResponse. @internal */
export const ActivityReport = fromSpec(Spec.ActivityReportResponse, { reports: list(ActivityRow) }, "ActivityReport")
