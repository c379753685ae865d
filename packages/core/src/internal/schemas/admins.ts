/**
 * The curated views of the client admin schemas the generator writes from the vendor's spec
 * (ClientAdminIdentity, ClientAdminDetailsResponse, CredentialDTO, PrivilegeDescription): branded
 * ids, roles and privileges as open enums of the spec's ClientRole and ClientPrivilege, dates as
 * `DateTime.Utc`, lists defaulting to `[]`.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId, ScmDateTime } from "./common.js"

/** @internal */
export const AdminId = Schema.Int.pipe(Schema.brand("AdminId"))

/** @internal */
export const AdminType = openEnum("UnknownAdminType", Spec.ClientAdminIdentity.fields.type.schema)

/** ClientRole. @internal */
export const Role = openEnum("UnknownRole", Spec.ClientRole)

/** ClientPrivilege. @internal */
export const Privilege = openEnum("UnknownPrivilege", Spec.ClientPrivilege)

/** @internal */
export const PasswordState = openEnum("UnknownPasswordState", Spec.ClientAdminDetailsResponse.fields.passwordState.schema)

/** ClientAdminIdentity. @internal */
export const AdminIdentity = fromSpec(Spec.ClientAdminIdentity, { id: AdminId, type: optional(AdminType) }, "AdminIdentity")

/** CredentialDTO: a role, on an organization (RAO) or department (DRAO); MRAO has none. @internal */
export const Credential = fromSpec(Spec.CredentialDTO, { role: Role, orgId: optional(OrganizationId) }, "Credential")

/** ClientAdminDetailsResponse. @internal */
export const Admin = fromSpec(Spec.ClientAdminDetailsResponse, {
  id: AdminId,
  type: optional(AdminType),
  credentials: list(Credential),
  privileges: list(Privilege),
  passwordState: optional(PasswordState),
  clientAdminCreator: optional(AdminId),
  created: optional(ScmDateTime),
  modified: optional(ScmDateTime),
  deleted: optional(ScmDateTime),
  reseted: optional(ScmDateTime),
  lastPasswordChange: optional(ScmDateTime),
  passwordExpiryDate: optional(ScmDateTime),
  failedDate: optional(ScmDateTime),
  idpLoginInvited: optional(ScmDateTime)
}, "Admin")

/** PrivilegeDescription. @internal */
export const PrivilegeDescription = fromSpec(Spec.PrivilegeDescription, { name: Privilege }, "PrivilegeDescription")
