/**
 * The domain operations.
 */
import * as Effect from "effect/Effect"
import { listOperations } from "./pagination.js"
import { decoder, getJson } from "./request.js"
import * as schemas from "./schemas/domains.js"

const base = "/api/domain/v1"

const decodeDomain = decoder(schemas.Domain)

/** @internal */
export const { count, list, page } = listOperations("Domains", base, schemas.DomainIdentity)

/** @internal */
export const get = Effect.fn("Domains.get")(function*(id: typeof schemas.DomainId.Type) {
  yield* Effect.annotateCurrentSpan("scm.domain_id", id)
  return yield* getJson(`${base}/${id}`, decodeDomain)
})
