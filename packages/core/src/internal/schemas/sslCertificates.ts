/**
 * The curated views of the SSL schemas the generator writes from the vendor's spec (25.9.2):
 * ApiCertType, ApiCustomField, ApiCertField, SSLIdentity, CertDetailsResponse, EnrollResponse,
 * RenewResponse. The spec marks almost nothing required; the views require the ids a caller
 * needs to go on, brand them, take SCM's `null`s, dates and enum values a newer SCM adds, and
 * ignore fields it adds.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId, ScmDateTime } from "./common.js"

/** @internal */
export const SslId = Schema.Int.pipe(Schema.brand("SslId"))

/** @internal */
export const RenewId = Schema.String.pipe(Schema.brand("RenewId"))

/** @internal */
export const ProfileId = Schema.Int.pipe(Schema.brand("ProfileId"))

/** @internal */
export const CustomFieldId = Schema.Int.pipe(Schema.brand("CustomFieldId"))

const filters = Spec.GetSslCertificatesList1Params.fields

/** The `status` filter's values; details answer the same words. @internal */
export const SslStatus = openEnum("UnknownSslStatus", filters.status.schema)

/** @internal */
export const RequestedVia = openEnum("UnknownRequestedVia", filters.requestedVia.schema)

/** @internal */
export const InstallState = openEnum("UnknownInstallState", Spec.AutoInstallDetails.fields.state.schema)

/** @internal */
export const InstallNodeStatus = openEnum("UnknownInstallNodeStatus", Spec.InstallNode.fields.status.schema)

/** @internal */
export const RenewalState = openEnum("UnknownRenewalState", Spec.AutoRenewDetails.fields.state.schema)

/** @internal */
export const DcvMode = Spec.EnrollRequest.fields.dcvMode.schema

/** The codes `revoke` accepts (Mozilla Root Store Policy 2.8, 6.1.1), as numbers. @internal */
export const RevocationReasonCode = Spec.RevokeRequest.fields.reasonCode.schema.members[0]

/**
 * A CRL reason code as a certificate's details show it: the spec says a string ("0".."10"), the
 * REST reference a number; both decode to the number.
 *
 * @internal
 */
export const CrlReasonCode = Schema.Union([Schema.Int, Schema.NumberFromString.check(Schema.isInt())]).pipe(
  Schema.decodeTo(
    Schema.Union([
      Schema.Literals([0, 1, 2, 3, 4, 5, 6, 8, 9, 10]),
      Schema.Int.pipe(Schema.brand("UnknownCrlReasonCode"))
    ])
  )
)

/** The formats of `collect`, as the spec's description lists them (its schema says string). @internal */
export const CollectFormat = Schema.Literals([
  "x509",
  "x509CO",
  "base64",
  "bin",
  "x509IO",
  "x509IOR",
  "pem",
  "pemco",
  "pemia",
  "x509R"
])

/** ApiCertType. @internal */
export const Profile = fromSpec(Spec.ApiCertType, {
  id: ProfileId,
  name: Schema.String,
  terms: list(Schema.Int)
}, "Profile")

/** ApiCustomField. @internal */
export const CustomField = fromSpec(Spec.ApiCustomField, { id: CustomFieldId, name: Schema.String }, "CustomField")

/** ApiCertField: a custom field's value on a request or a certificate. @internal */
export const CustomFieldValue = fromSpec(Spec.ApiCertField, {
  // The spec's length limits are for requests; an answer is read as SCM sends it.
  name: Schema.String,
  value: Schema.String
}, "CustomFieldValue")

/** SSLIdentity: a certificate as the list shows it. @internal */
export const Identity = fromSpec(Spec.SSLIdentity, {
  sslId: SslId,
  subjectAlternativeNames: list(Schema.String)
}, "Identity")

/** @internal */
export const CertificateDetails = fromSpec(Spec.CertificateDetails, {}, "CertificateDetails")

/** @internal */
export const InstallNode = fromSpec(Spec.InstallNode, { status: optional(InstallNodeStatus) }, "InstallNode")

/** @internal */
export const AutoInstallDetails = fromSpec(Spec.AutoInstallDetails, {
  state: optional(InstallState),
  nodes: list(InstallNode)
}, "AutoInstallDetails")

/** @internal */
export const AutoRenewDetails = fromSpec(Spec.AutoRenewDetails, {
  state: optional(RenewalState),
  // The spec's minimum of 1 is for requests.
  daysBeforeExpiration: optional(Schema.Int)
}, "AutoRenewDetails")

/**
 * The CertDetailsResponse fields an SSL and a client certificate's details both type: dates, the
 * reason code, the lists (empty when absent) and the parsed certificate.
 *
 * @internal
 */
export const certDetailsFields = {
  requested: optional(ScmDateTime),
  approved: optional(ScmDateTime),
  issued: optional(ScmDateTime),
  declined: optional(ScmDateTime),
  expires: optional(ScmDateTime),
  replaced: optional(ScmDateTime),
  revoked: optional(ScmDateTime),
  reasonCode: optional(CrlReasonCode),
  renewedDate: optional(ScmDateTime),
  keyUsages: list(Schema.String),
  extendedKeyUsages: list(Schema.String),
  subjectAlternativeNames: list(Schema.String),
  customFields: list(CustomFieldValue),
  certificateDetails: optional(CertificateDetails)
}

/** CertDetailsResponse. @internal */
export const Certificate = fromSpec(Spec.CertDetailsResponse, {
  id: SslId,
  /** Deprecated by SCM in favour of `id`; still sent. */
  sslId: optional(SslId),
  orgId: optional(OrganizationId),
  status: SslStatus,
  orderNumber: optional(Schema.Number),
  certType: optional(Profile),
  requestedVia: optional(RequestedVia),
  ...certDetailsFields,
  autoInstallDetails: optional(AutoInstallDetails),
  autoRenewDetails: optional(AutoRenewDetails)
}, "Certificate")

/** EnrollResponse. @internal */
export const Enrolled = fromSpec(Spec.EnrollResponse, { sslId: SslId, renewId: RenewId }, "Enrolled")

/** RenewResponse. @internal */
export const Renewed = fromSpec(Spec.RenewResponse, { sslId: SslId }, "Renewed")
