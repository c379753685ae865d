/**
 * The curated views of the organization schemas the generator writes from the vendor's spec
 * (OrganizationBasicResp, DepartmentBasicInfo, OrganizationResp, ClientCertificate): the spec's
 * fields, with branded ids, names required, lists defaulting to `[]` and an open enum of kinds.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId } from "./common.js"

/** @internal */
export const CertificateKind = openEnum("UnknownCertificateKind", Spec.OrganizationResp.fields.certTypes.schema.value)

/** DepartmentBasicInfo. @internal */
export const Department = fromSpec(Spec.DepartmentBasicInfo, { id: OrganizationId, name: Schema.String }, "Department")

/** OrganizationBasicResp. @internal */
export const OrganizationSummary = fromSpec(Spec.OrganizationBasicResp, {
  id: OrganizationId,
  name: Schema.String,
  departments: list(Department)
}, "OrganizationSummary")

/** ClientCertificate. @internal */
export const ClientCertificateSettings = fromSpec(Spec.ClientCertificate, {}, "ClientCertificateSettings")

/** OrganizationResp. @internal */
export const Organization = fromSpec(Spec.OrganizationResp, {
  id: OrganizationId,
  name: Schema.String,
  parentId: optional(OrganizationId),
  certTypes: list(CertificateKind),
  departments: list(Department),
  clientCertificate: optional(ClientCertificateSettings)
}, "Organization")
