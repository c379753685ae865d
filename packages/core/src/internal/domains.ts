/**
 * The domain operations, over the generated `listDomains` and `getDomainDetails`.
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import type { ListFilters } from "../Domains.js"
import * as Spec from "../generated/Schemas.js"
import { listOperations } from "./pagination.js"
import { api, view } from "./request.js"
import * as schemas from "./schemas/domains.js"

const asPage = view(Spec.ListDomains200, Schema.Array(schemas.DomainIdentity))
const asDomain = view(Spec.GetDomainDetails200, schemas.Domain)

/** @internal */
export const { count, list, page } = listOperations(
  "Domains",
  "/api/domain/v1",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.listDomains({ params: { ...spec(filters), position, size }, config: { includeResponse: true } }),
        ([items, response]) => [asPage(items), response] as const
      ))
)

// Filters typed as the public API has them (`orgId` branded, `undefined` allowed) to the spec's.
const spec = (filters: ListFilters | undefined): Spec.ListDomainsParams => filters as Spec.ListDomainsParams

/** @internal */
export const get = Effect.fn("Domains.get")(function*(id: typeof schemas.DomainId.Type) {
  yield* Effect.annotateCurrentSpan("scm.domain_id", id)
  return asDomain(yield* (yield* api).getDomainDetails(String(id)))
})
