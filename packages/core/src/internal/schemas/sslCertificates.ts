/**
 * Schemas of the SSL certificate operations, written from the vendor's OpenAPI spec (25.9.2):
 * ApiCertType, ApiCustomField, SSLIdentity, CertDetailsResponse, EnrollResponse, RenewResponse.
 * The spec marks almost nothing required; the ids a caller needs to go on are required here, the
 * rest optional. Fields a newer SCM adds are ignored by decoding, not rejected.
 */
import * as Schema from "effect/Schema"
import { list, openLiteral, optional, OrganizationId, ScmDateTime } from "./common.js"

/** @internal */
export const SslId = Schema.Int.pipe(Schema.brand("SslId"))

/** @internal */
export const RenewId = Schema.String.pipe(Schema.brand("RenewId"))

/** @internal */
export const ProfileId = Schema.Int.pipe(Schema.brand("ProfileId"))

/** @internal */
export const CustomFieldId = Schema.Int.pipe(Schema.brand("CustomFieldId"))

/** The `status` filter's values; details answer the same words. @internal */
export const SslStatus = openLiteral(
  "UnknownSslStatus",
  "Invalid",
  "Requested",
  "Approved",
  "Declined",
  "Applied",
  "Issued",
  "Revoked",
  "Expired",
  "Replaced",
  "Rejected",
  "SA Approved",
  "Init"
)

/** @internal */
export const RequestedVia = openLiteral(
  "UnknownRequestedVia",
  "Enrollment Form",
  "Client Admin",
  "Web API",
  "Discovery",
  "Imported",
  "SCEP",
  "CD Agent",
  "MS Agent",
  "MS CA",
  "Bulk Request",
  "ACME",
  "EST",
  "REST API"
)

/** @internal */
export const InstallState = openLiteral(
  "UnknownInstallState",
  "Not configured",
  "Not started",
  "Key processing",
  "Key and CSR ready",
  "Certificate processing",
  "Installation scheduled",
  "Installation processing",
  "Action required",
  "Ready for install",
  "Server restart required",
  "Completed",
  "Invalid configuration"
)

/** @internal */
export const InstallNodeStatus = openLiteral(
  "UnknownInstallNodeStatus",
  "NotStarted",
  "PrivateKeySaved",
  "CertSaved",
  "Deployed",
  "Completed",
  "Failed",
  "Invalid"
)

/** @internal */
export const RenewalState = openLiteral("UnknownRenewalState", "Not scheduled", "Scheduled", "Started", "Successful", "Failed")

/** @internal */
export const DcvMode = Schema.Literal("EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT")

/** The codes `revoke` accepts (Mozilla Root Store Policy 2.8, 6.1.1). @internal */
export const RevocationReasonCode = Schema.Literal(0, 1, 3, 4, 5)

/**
 * A CRL reason code as a certificate's details show it: the spec says a string ("0".."10"), the
 * REST reference a number; both decode to the number.
 *
 * @internal
 */
export const CrlReasonCode = Schema.compose(
  Schema.Union(Schema.Int, Schema.NumberFromString.pipe(Schema.int())),
  Schema.Union(Schema.Literal(0, 1, 2, 3, 4, 5, 6, 8, 9, 10), Schema.Int.pipe(Schema.brand("UnknownCrlReasonCode")))
)

/** The formats of `collect`, as the spec lists them. @internal */
export const CollectFormat = Schema.Literal(
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
)

/** ApiCertType. @internal */
export const Profile = Schema.Struct({
  id: ProfileId,
  name: Schema.String,
  description: optional(Schema.String),
  terms: list(Schema.Int),
  keyTypes: optional(Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) })),
  useSecondaryOrgName: optional(Schema.Boolean)
}).annotations({ identifier: "Profile" })

/** ApiCustomField. @internal */
export const CustomField = Schema.Struct({
  id: CustomFieldId,
  name: Schema.String,
  mandatory: optional(Schema.Boolean)
}).annotations({ identifier: "CustomField" })

/** ApiCertField: a custom field's value on a request or a certificate. @internal */
export const CustomFieldValue = Schema.Struct({
  name: Schema.String,
  value: Schema.String
}).annotations({ identifier: "CustomFieldValue" })

/** SSLIdentity: a certificate as the list shows it. @internal */
export const Identity = Schema.Struct({
  sslId: SslId,
  commonName: optional(Schema.String),
  subjectAlternativeNames: list(Schema.String),
  serialNumber: optional(Schema.String)
}).annotations({ identifier: "Identity" })

/** @internal */
export const CertificateDetails = Schema.Struct({
  issuer: optional(Schema.String),
  subject: optional(Schema.String),
  subjectAltNames: optional(Schema.String),
  md5Hash: optional(Schema.String),
  sha1Hash: optional(Schema.String),
  sha256Hash: optional(Schema.String)
}).annotations({ identifier: "CertificateDetails" })

/** @internal */
export const InstallNode = Schema.Struct({
  name: optional(Schema.String),
  port: optional(Schema.Int),
  status: optional(InstallNodeStatus)
}).annotations({ identifier: "InstallNode" })

/** @internal */
export const AutoInstallDetails = Schema.Struct({
  state: optional(InstallState),
  nodes: list(InstallNode)
}).annotations({ identifier: "AutoInstallDetails" })

/** @internal */
export const AutoRenewDetails = Schema.Struct({
  state: optional(RenewalState),
  daysBeforeExpiration: optional(Schema.Int)
}).annotations({ identifier: "AutoRenewDetails" })

/** CertDetailsResponse. @internal */
export const Certificate = Schema.Struct({
  id: SslId,
  /** Deprecated by SCM in favour of `id`; still sent. */
  sslId: optional(SslId),
  commonName: optional(Schema.String),
  orgId: optional(OrganizationId),
  status: SslStatus,
  orderNumber: optional(Schema.Number),
  backendCertId: optional(Schema.String),
  vendor: optional(Schema.String),
  certType: optional(Profile),
  subType: optional(Schema.String),
  validationType: optional(Schema.String),
  term: optional(Schema.Int),
  owner: optional(Schema.String),
  ownerId: optional(Schema.Int),
  requester: optional(Schema.String),
  requesterId: optional(Schema.Int),
  requestedVia: optional(RequestedVia),
  externalRequester: optional(Schema.String),
  comments: optional(Schema.String),
  requested: optional(ScmDateTime),
  approved: optional(ScmDateTime),
  issued: optional(ScmDateTime),
  declined: optional(ScmDateTime),
  expires: optional(ScmDateTime),
  replaced: optional(ScmDateTime),
  revoked: optional(ScmDateTime),
  reasonCode: optional(CrlReasonCode),
  renewed: optional(Schema.Boolean),
  renewedDate: optional(ScmDateTime),
  serialNumber: optional(Schema.String),
  signatureAlg: optional(Schema.String),
  keyAlgorithm: optional(Schema.String),
  keySize: optional(Schema.Int),
  keyType: optional(Schema.String),
  keyUsages: list(Schema.String),
  extendedKeyUsages: list(Schema.String),
  subjectAlternativeNames: list(Schema.String),
  customFields: list(CustomFieldValue),
  certificateDetails: optional(CertificateDetails),
  autoInstallDetails: optional(AutoInstallDetails),
  autoRenewDetails: optional(AutoRenewDetails),
  suspendNotifications: optional(Schema.Boolean)
}).annotations({ identifier: "Certificate" })

/** EnrollResponse. @internal */
export const Enrolled = Schema.Struct({
  sslId: SslId,
  renewId: RenewId
}).annotations({ identifier: "Enrolled" })

/** RenewResponse. @internal */
export const Renewed = Schema.Struct({
  sslId: SslId
}).annotations({ identifier: "Renewed" })
