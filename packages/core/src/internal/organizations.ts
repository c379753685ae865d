/**
 * The organization operations, over the generated `getOrgList` and `getOrgDetails`.
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Generated from "../generated/Client.js"
import * as Spec from "../generated/Schemas.js"
import { apiOf, view } from "./request.js"
import type { OrganizationId } from "./schemas/common.js"
import * as schemas from "./schemas/organizations.js"

// The generated operations this module calls.
const api = apiOf({
  getOrgDetails: Generated.getOrgDetails,
  getOrgList: Generated.getOrgList
})

const asList = view(Spec.GetOrgList200, Schema.Array(schemas.OrganizationSummary))
const asOrganization = view(Spec.GetOrgDetails200, schemas.Organization)

/** @internal */
export const list = Effect.fn("Organizations.list")(function*() {
  return asList(yield* (yield* api).getOrgList())
})

/** @internal */
export const get = Effect.fn("Organizations.get")(function*(id: typeof OrganizationId.Type) {
  yield* Effect.annotateCurrentSpan("scm.org_id", id)
  return asOrganization(yield* (yield* api).getOrgDetails(String(id)))
})
