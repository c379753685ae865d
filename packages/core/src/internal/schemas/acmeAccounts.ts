/**
 * The curated views of the public ACME schemas the generator writes from the vendor's spec
 * (PublicAcmeAccountInfoV2, PublicAcmeDomainInfo, PublicAcmeClientInfo, AcmeServerInfo and the
 * not-added / not-removed answers): branded ids, open enums, dates as `DateTime.Utc`, lists
 * defaulting to `[]`, and the External Account Binding (`macId`, `macKey`) as `Redacted` from the
 * moment it is decoded.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId, ScmDateTime } from "./common.js"

/** @internal */
export const AcmeAccountId = Schema.Int.pipe(Schema.brand("AcmeAccountId"))

/** An ACME client's own account id (a UUID), the one `deactivateClient` names. @internal */
export const AcmeClientId = Schema.String.pipe(Schema.brand("AcmeClientId"))

/** @internal */
export const ValidationType = openEnum("UnknownValidationType", Spec.PublicAcmeAccountInfoV2.fields.certValidationType.schema)

/** A secret string: `Redacted` once decoded, its label the only thing a log or an error shows. */
const secret = (label: string) => Schema.RedactedFromValue(Schema.String, { label })

/** PublicAcmeAccountInfoV2, with the `status` and `contacts` SCM sends beside it. @internal */
export const AcmeAccount = fromSpec(Spec.PublicAcmeAccountInfoV2, {
  id: AcmeAccountId,
  organizationId: OrganizationId,
  macId: optional(secret("macId")),
  macKey: optional(secret("macKey")),
  certValidationType: optional(ValidationType),
  status: optional(Schema.String),
  contacts: optional(Schema.String)
}, "AcmeAccount")

/** PublicAcmeDomainInfo. @internal */
export const AcmeDomain = fromSpec(Spec.PublicAcmeDomainInfo, {
  name: Schema.String,
  validUntil: optional(ScmDateTime),
  stickyUntil: optional(ScmDateTime)
}, "AcmeDomain")

/** PublicAcmeClientInfo; the spec requires `contacts`, the reference's answers leave it out. @internal */
export const AcmeClient = fromSpec(Spec.PublicAcmeClientInfo, {
  accountId: AcmeClientId,
  lastActivity: optional(ScmDateTime),
  contacts: optional(Schema.String)
}, "AcmeClient")

/** AcmeServerInfo. @internal */
export const AcmeServer = fromSpec(Spec.AcmeServerInfo, {
  name: Schema.String,
  url: Schema.String,
  certValidationType: optional(ValidationType)
}, "AcmeServer")

/** NotAddedDomainsResponse: SCM sends `{}` when every domain was added. @internal */
export const NotAdded = fromSpec(Spec.NotAddedDomainsResponse, { notAddedDomains: list(Schema.String) }, "NotAdded")

/** NotRemovedDomainsResponse. @internal */
export const NotRemoved = fromSpec(Spec.NotRemovedDomainsResponse, { notRemovedDomains: list(Schema.String) }, "NotRemoved")
