/**
 * Domains: a paged list of DomainIdentity (`id`, `name`) with SCM's filters and `X-Total-Count`,
 * and `GET {id}` sending the seeded DomainInfo.
 */
import { Effect, Result } from "effect"
import type { DomainSeed } from "../MockScmServer.js"
import { pagedResponse, pageOf } from "./paging.js"
import { integerParam, literalParam, maxInt32, pathInteger, type QueryParams, stringParam } from "./query.js"
import type { Resource } from "./resources.js"
import { badRequest, entityNotFound, ErrorCode, jsonResponse } from "./scmErrors.js"

interface DomainFilters {
  readonly name: string | undefined
  readonly state: "active" | "inactive" | undefined
  readonly status: "requested" | "approved" | undefined
  readonly orgId: number | undefined
}

const domainFilters = (params: QueryParams): Result.Result<DomainFilters, string> =>
  Result.gen(function* () {
    return {
      name: yield* stringParam(params, "name", 256),
      state: yield* literalParam(params, "state", ["active", "inactive"]),
      status: yield* literalParam(params, "status", ["requested", "approved"]),
      orgId: yield* integerParam(params, "orgId", 1, maxInt32)
    }
  })

const delegatedTo = (domain: DomainSeed, orgId: number): boolean => {
  const delegations = domain["delegations"]
  return Array.isArray(delegations) &&
    delegations.some((delegation) => typeof delegation === "object" && delegation !== null && "orgId" in delegation && delegation.orgId === orgId)
}

/** Name: a case-insensitive substring; state and status as DomainInfo's `state` and `delegationStatus` say. */
const matching = ({ name, orgId, state, status }: DomainFilters) => (domain: DomainSeed): boolean =>
  (name === undefined || domain.name.toLowerCase().includes(name.toLowerCase())) &&
  (state === undefined || (domain["state"] === "ACTIVE") === (state === "active")) &&
  (status === undefined || (domain["delegationStatus"] === "REQUESTED") === (status === "requested")) &&
  (orgId === undefined || delegatedTo(domain, orgId))

const identityOf = (domain: DomainSeed) => ({ id: domain.id, name: domain.name })

/** `GET /domain/v1` and `GET /domain/v1/{id}`. */
export const domainResources = (domains: ReadonlyArray<DomainSeed>): ReadonlyArray<Resource> => {
  const ordered = [...domains].sort((a, b) => a.id - b.id)
  const details = new Map(ordered.map((domain) => [domain.id, jsonResponse(200, domain)]))
  return [
    {
      method: "GET",
      path: "/domain/v1",
      handle: (call) =>
        Effect.succeed(Result.match(Result.all([pageOf(call.query), domainFilters(call.query)]), {
          onFailure: badRequest,
          onSuccess: ([page, filters]) => pagedResponse(ordered.filter(matching(filters)), page, call.head, identityOf)
        }))
    },
    {
      // The REST 25.5 reference's count (patch 04 of spec/patches): the same filters as the list.
      method: "GET",
      path: "/domain/v1/count",
      handle: (call) =>
        Effect.succeed(Result.match(Result.all([pageOf(call.query), domainFilters(call.query)]), {
          onFailure: badRequest,
          onSuccess: ([, filters]) => jsonResponse(200, { count: ordered.filter(matching(filters)).length })
        }))
    },
    {
      method: "GET",
      path: "/domain/v1/:id",
      handle: (call) =>
        Effect.succeed(Result.match(pathInteger(call.pathParams, "id", -maxInt32, maxInt32), {
          onFailure: badRequest,
          onSuccess: (id) => details.get(id) ?? entityNotFound(ErrorCode.unknownDomain, `The domain '${id}' does not exist.`)
        }))
    }
  ]
}
