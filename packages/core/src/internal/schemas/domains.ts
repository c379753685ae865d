/**
 * Schemas of the domain operations, from the vendor's OpenAPI spec (25.9.2): DomainIdentity,
 * DomainInfo, DomainDelegation, CtLogMonitoring.
 */
import * as Schema from "effect/Schema"
import { list, openLiteral, optional, OrganizationId, ScmDateTime } from "./common.js"

/** @internal */
export const DomainId = Schema.Int.pipe(Schema.brand("DomainId"))

/** @internal */
export const DelegationStatus = openLiteral("UnknownDelegationStatus", "ACTIVE", "REQUESTED")

/** @internal */
export const DomainState = openLiteral("UnknownDomainState", "SUSPENDED", "ACTIVE")

/** DcvStatus. @internal */
export const ValidationStatus = openLiteral("UnknownValidationStatus", "Not validated", "Validated", "Expired")

/** @internal */
export const ValidationMethod = openLiteral(
  "UnknownValidationMethod",
  "HTTP_CSR_HASH",
  "CNAME_CSR_HASH",
  "EMAIL",
  "HTTPS_CSR_HASH",
  "DNSTXT_RANDOM_VALUE"
)

/** DomainIdentity: a domain as the list shows it. @internal */
export const DomainIdentity = Schema.Struct({
  id: DomainId,
  name: Schema.String
}).annotations({ identifier: "DomainIdentity" })

/** DomainDelegation. @internal */
export const Delegation = Schema.Struct({
  orgId: OrganizationId,
  certTypes: list(Schema.String),
  domainCertificateRequestPrivileges: list(Schema.String),
  status: optional(DelegationStatus)
}).annotations({ identifier: "Delegation" })

/** CtLogMonitoring. @internal */
export const CtLogMonitoring = Schema.Struct({
  bucketId: optional(Schema.String),
  enabled: optional(Schema.Boolean),
  includeSubdomains: optional(Schema.Boolean)
}).annotations({ identifier: "CtLogMonitoring" })

/** DomainInfo. @internal */
export const Domain = Schema.Struct({
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
}).annotations({ identifier: "Domain" })
