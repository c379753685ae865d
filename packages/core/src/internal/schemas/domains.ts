/**
 * The curated views of the domain schemas the generator writes from the vendor's spec
 * (DomainIdentity, DomainInfo, DomainDelegation, CtLogMonitoring): the spec's fields, with
 * branded ids, open enums, DCV dates as `DateTime.Utc` and lists defaulting to `[]`.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId, ScmDateTime } from "./common.js"

/** @internal */
export const DomainId = Schema.Int.pipe(Schema.brand("DomainId"))

const info = Spec.DomainInfo.fields

/** @internal */
export const DelegationStatus = openEnum("UnknownDelegationStatus", info.delegationStatus.schema)

/** @internal */
export const DomainState = openEnum("UnknownDomainState", info.state.schema)

/** DcvStatus. @internal */
export const ValidationStatus = openEnum("UnknownValidationStatus", Spec.DcvStatus)

/** @internal */
export const ValidationMethod = openEnum("UnknownValidationMethod", info.validationMethod.schema)

/** DomainIdentity: a domain as the list shows it. @internal */
export const DomainIdentity = fromSpec(Spec.DomainIdentity, { id: DomainId, name: Schema.String }, "DomainIdentity")

/** DomainDelegation. @internal */
export const Delegation = fromSpec(Spec.DomainDelegation, {
  orgId: OrganizationId,
  // The spec says a JSON value, at least one, unique; SCM sends strings, an empty list or none.
  certTypes: list(Schema.String),
  domainCertificateRequestPrivileges: list(Schema.String),
  status: optional(DelegationStatus)
}, "Delegation")

/** CtLogMonitoring. @internal */
export const CtLogMonitoring = fromSpec(Spec.CtLogMonitoring, {}, "CtLogMonitoring")

/** DomainInfo. @internal */
export const Domain = fromSpec(Spec.DomainInfo, {
  id: DomainId,
  name: Schema.String,
  delegationStatus: optional(DelegationStatus),
  state: optional(DomainState),
  validationStatus: optional(ValidationStatus),
  validationMethod: optional(ValidationMethod),
  dcvValidation: optional(ScmDateTime),
  dcvExpiration: optional(ScmDateTime),
  delegations: list(Delegation),
  ctLogMonitoring: optional(CtLogMonitoring)
}, "Domain")
