/**
 * The curated views of the DCV schemas the generator writes from the vendor's spec (the
 * `/api/dcv/v2/validation` answers): the spec's fields, open enums, dates as `DateTime.Utc`, the
 * instructions a start gives required (a start without them is no start), lists defaulting to `[]`.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, ScmDateTime } from "./common.js"
import { ValidationStatus } from "./domains.js"

/** DcvOrderStatus. @internal */
export const OrderStatus = openEnum("UnknownDcvOrderStatus", Spec.DcvOrderStatus)

/** The order mode SCM names (`orderMode`, `dcvOrderMethod`). @internal */
export const OrderMode = openEnum("UnknownDcvOrderMode", Spec.GetDcvStatus200.fields.orderMode.schema)

/** How a domain was validated (`dcvMethod`). @internal */
export const DcvMethod = openEnum("UnknownDcvMethod", Spec.DcvSearchResult.fields.dcvMethod.schema)

/** What HTTP(S) DCV asks to publish (DomainHttpResponse, DomainHttpsResponse). @internal */
export const FileInstructions = fromSpec(Spec.StartHttpDcv200, {
  url: Schema.String,
  firstLine: Schema.String,
  secondLine: Schema.String
}, "DcvFileInstructions")

/** What CNAME DCV asks to publish (DomainCnameResponse). @internal */
export const DnsInstructions = fromSpec(Spec.StartCnameDcv200, { host: Schema.String, point: Schema.String }, "DcvDnsInstructions")

/** DomainDcvEmails. @internal */
export const DomainEmails = fromSpec(Spec.DomainDcvEmails, {
  domainName: optional(Schema.String),
  whoisEmails: list(Schema.String),
  adminEmails: list(Schema.String),
  dnsTxtEmails: list(Schema.String)
}, "DcvDomainEmails")

/** The addresses email DCV may use (DomainEmailResponse). @internal */
export const EmailChoices = fromSpec(Spec.StartEmailDcv200, {
  emails: list(Schema.String),
  dcvEmails: list(DomainEmails)
}, "DcvEmailChoices")

const submittedFields = {
  status: optional(ValidationStatus),
  orderStatus: optional(OrderStatus),
  message: optional(Schema.String),
  orderBackendId: optional(Schema.String),
  emailValidationReferenceNumber: optional(Schema.String)
}

/**
 * A submit's answer (SubmitDomainResponse, SubmitTxtDomainResponse). The spec gives the CNAME and
 * email submits the start's schemas (DomainHttpResponse, DomainEmailResponse); SCM answers them
 * like the others (REST 25.5 reference), so one view reads them all.
 *
 * @internal
 */
export const Submitted = fromSpec(Spec.SubmitTxtDcv200, submittedFields, "DcvSubmitted")

/** DcvStatusResponseV2. @internal */
export const Status = fromSpec(Spec.GetDcvStatus200, {
  status: optional(ValidationStatus),
  validationDate: optional(ScmDateTime),
  expirationDate: optional(ScmDateTime),
  orderStatus: optional(OrderStatus),
  orderMode: optional(OrderMode),
  submittedDate: optional(ScmDateTime),
  lastCheck: optional(ScmDateTime),
  nextCheck: optional(ScmDateTime)
}, "DcvStatus")

/** DcvCleanResponse. @internal */
export const Cleared = fromSpec(Spec.ClearDomainDcv200, {
  status: optional(ValidationStatus),
  orderStatus: optional(OrderStatus)
}, "DcvCleared")

/** DcvSearchResult: one domain of the list, with its expiry. @internal */
export const Validation = fromSpec(Spec.DcvSearchResult, {
  domain: Schema.String,
  dcvStatus: optional(ValidationStatus),
  dcvMethod: optional(DcvMethod),
  dcvOrderStatus: optional(OrderStatus),
  dcvOrderMethod: optional(OrderMode),
  expirationDate: optional(ScmDateTime)
}, "DcvValidation")
