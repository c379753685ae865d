/**
 * Schemas of the organization operations, from the vendor's OpenAPI spec (25.9.2):
 * OrganizationBasicResp, DepartmentBasicInfo, OrganizationResp.
 */
import * as Schema from "effect/Schema"
import { list, openLiteral, optional, OrganizationId } from "./common.js"

/** @internal */
export const CertificateKind = openLiteral("UnknownCertificateKind", "SMIME", "SSL", "CodeSign", "SMIMEAuth", "Device")

/** DepartmentBasicInfo. @internal */
export const Department = Schema.Struct({
  id: OrganizationId,
  name: Schema.String,
  parentName: optional(Schema.String)
}).annotations({ identifier: "Department" })

/** OrganizationBasicResp. @internal */
export const OrganizationSummary = Schema.Struct({
  id: OrganizationId,
  name: Schema.String,
  parentName: optional(Schema.String),
  departments: list(Department)
}).annotations({ identifier: "OrganizationSummary" })

/** @internal */
export const ClientCertificateSettings = Schema.Struct({
  allowKeyRecoveryByMasterAdmins: optional(Schema.Boolean),
  allowKeyRecoveryByOrgAdmins: optional(Schema.Boolean),
  allowKeyRecoveryByDepartmentAdmins: optional(Schema.Boolean)
}).annotations({ identifier: "ClientCertificateSettings" })

/** OrganizationResp. @internal */
export const Organization = Schema.Struct({
  id: OrganizationId,
  name: Schema.String,
  parentId: optional(OrganizationId),
  parentName: optional(Schema.String),
  parentSecondaryName: optional(Schema.String),
  certTypes: list(CertificateKind),
  departments: list(Department),
  secondaryName: optional(Schema.String),
  /** Deprecated by SCM in favour of `alias`. */
  schacHomeOrganization: optional(Schema.String),
  alias: optional(Schema.String),
  contactEmails: optional(Schema.String),
  contactWebhook: optional(Schema.String),
  contactSlack: optional(Schema.String),
  contactTeams: optional(Schema.String),
  address1: optional(Schema.String),
  address2: optional(Schema.String),
  address3: optional(Schema.String),
  city: optional(Schema.String),
  stateOrProvince: optional(Schema.String),
  postalCode: optional(Schema.String),
  country: optional(Schema.String),
  /** Deprecated by SCM: the organization validations API replaces it. */
  validationStatus: optional(Schema.String),
  /** Deprecated by SCM: the organization validations API replaces it. */
  secondaryValidationStatus: optional(Schema.String),
  clientCertificate: optional(ClientCertificateSettings),
  sslCertsApiEnabled: optional(Schema.Boolean),
  clientCertsApiEnabled: optional(Schema.Boolean)
}).annotations({ identifier: "Organization" })
