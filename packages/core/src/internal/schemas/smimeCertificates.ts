/**
 * The curated views of the client certificate schemas the generator writes from the vendor's
 * spec (25.9.2): ApiSmimeV2, ClientEnrollResponse, ApiCertType, and CertDetailsResponse as the v1
 * details answer it. The views require and brand the
 * ids a caller goes on with (the certificate id, the order number `backendCertId`), take SCM's
 * `null`s, dates and states a newer SCM adds, and ignore fields it adds.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId, ScmDateTime } from "./common.js"
import { certDetailsFields, CertificateDetails } from "./sslCertificates.js"

/** @internal */
export const SmimeCertificateId = Schema.Int.pipe(Schema.brand("SmimeCertificateId"))

/** The order number SCM names a client certificate by in collect, revoke and renew. @internal */
export const BackendCertId = Schema.String.pipe(Schema.brand("BackendCertId"))

/** @internal */
export const SmimeProfileId = Schema.Int.pipe(Schema.brand("SmimeProfileId"))

/** The `state` filter's values; the list answers the same words. @internal */
export const SmimeState = openEnum("UnknownSmimeState", Spec.GetClientCertificateListParams.fields.state.schema)

/** ApiSmimeV2: a client certificate as the list shows it. @internal */
export const SmimeCertificate = fromSpec(Spec.ApiSmimeV2, {
  id: SmimeCertificateId,
  state: SmimeState,
  backendCertId: BackendCertId,
  expires: optional(ScmDateTime),
  certificateDetails: optional(CertificateDetails)
}, "SmimeCertificate")

/** ClientEnrollResponse: the order of an enrollment or a renewal. @internal */
export const Ordered = fromSpec(Spec.ClientEnrollResponse, { backendCertId: BackendCertId }, "SmimeOrder")

/** ApiCertType: a client certificate profile. @internal */
export const SmimeProfile = fromSpec(Spec.ApiCertType, {
  id: SmimeProfileId,
  name: Schema.String,
  terms: list(Schema.Int)
}, "SmimeProfile")

/** CertDetailsResponse: a client certificate's details, as `GET /api/smime/v1/{id}` answers. @internal */
export const SmimeCertificateDetails = fromSpec(Spec.CertDetailsResponse, {
  id: SmimeCertificateId,
  orgId: optional(OrganizationId),
  status: SmimeState,
  backendCertId: optional(BackendCertId),
  orderNumber: optional(Schema.Number),
  certType: optional(SmimeProfile),
  ...certDetailsFields
}, "SmimeCertificateDetails")
