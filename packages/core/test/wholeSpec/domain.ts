/**
 * Domains: the mock's seeded ids, each operation on a domain of its own (the walk suspends,
 * deletes and re-delegates as it goes, in the spec's order).
 */
import { Effect } from "effect"
import type { AreaState, Call } from "./call.js"

const on = (id: number, payload?: Call["payload"]): Partial<Call> => ({ path: [String(id)], ...(payload === undefined ? {} : { payload }) })

/**
 * Seeded ids (see the mock's seed): 5001 example.com, 5002 *.example.com, 5003 www.example.com,
 * 5011 *.example.io, 5016 example.cloud (its delegation to 1001 requested), 5036 www.example-status.net
 * (no certificate under it, so it may be deleted).
 */
export const state: AreaState = () =>
  Effect.succeed({
    "/api/domain/v1 GET": { params: { size: 5 } },
    "/api/domain/v1 POST": { payload: { name: "walked.example.test", delegations: [{ orgId: 1001, certTypes: ["SSL"] }] } },
    "/api/domain/v1/{id} GET": on(5001),
    "/api/domain/v1/{id} DELETE": on(5036),
    "/api/domain/v1/{id}/suspend PUT": on(5011),
    "/api/domain/v1/{id}/activate PUT": on(5011),
    "/api/domain/v1/{id}/monitoring PUT": on(5011, { enabled: true, includeSubdomains: false, bucketId: "walk-bucket" }),
    "/api/domain/v1/{id}/delegation POST": on(5002, { orgId: 1010, certTypes: ["SSL"] }),
    "/api/domain/v1/{id}/delegation DELETE": on(5002, { orgId: 1001, certTypes: ["SSL"] }),
    "/api/domain/v1/{id}/delegation/reject POST": on(5002, { orgId: 1010 }),
    "/api/domain/v1/{id}/delegation/approve POST": on(5016, { orgId: 1001 }),
    "/api/domain/v1/delegation POST": { payload: { domainIds: [5003], orgId: 1010, certTypes: ["SSL"] } }
  })
