/**
 * The curated views of the person schemas the generator writes from the vendor's spec (25.9.2):
 * PersonInfo and PersonIdResponse. The views require and brand the id, take SCM's `null`s, its
 * dates and a validation type a newer SCM adds, and ignore fields it adds.
 */
import * as Schema from "effect/Schema"
import * as Spec from "../../generated/Schemas.js"
import { fromSpec, list, openEnum, optional, OrganizationId, ScmDateTime } from "./common.js"

/** @internal */
export const PersonId = Schema.Int.pipe(Schema.brand("PersonId"))

/** @internal */
export const ValidationType = openEnum("UnknownValidationType", Spec.PersonInfo.fields.validationType.schema)

/** PersonInfo. @internal */
export const Person = fromSpec(Spec.PersonInfo, {
  id: PersonId,
  email: Schema.String,
  organizationId: optional(OrganizationId),
  validationType: optional(ValidationType),
  // The spec's length limits are for requests; an answer is read as SCM sends it.
  firstName: optional(Schema.String),
  middleName: optional(Schema.String),
  lastName: optional(Schema.String),
  phone: optional(Schema.String),
  commonName: optional(Schema.String),
  eppn: optional(Schema.String),
  upn: optional(Schema.String),
  secondaryEmails: list(Schema.String),
  created: optional(ScmDateTime),
  modified: optional(ScmDateTime)
}, "Person")

/** PersonIdResponse. @internal */
export const PersonIdAnswer = fromSpec(Spec.PersonIdResponse, { personId: PersonId }, "PersonIdAnswer")
