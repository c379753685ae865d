/**
 * The organization operations.
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { decoder, getJson } from "./request.js"
import type { OrganizationId } from "./schemas/common.js"
import * as schemas from "./schemas/organizations.js"

const base = "/api/organization/v1"

const decodeList = decoder(Schema.Array(schemas.OrganizationSummary))
const decodeOrganization = decoder(schemas.Organization)

/** @internal */
export const list = Effect.fn("Organizations.list")(function*() {
  return yield* getJson(base, decodeList)
})

/** @internal */
export const get = Effect.fn("Organizations.get")(function*(id: typeof OrganizationId.Type) {
  yield* Effect.annotateCurrentSpan("scm.org_id", id)
  return yield* getJson(`${base}/${id}`, decodeOrganization)
})
