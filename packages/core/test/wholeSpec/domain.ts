/**
 * Domains: the mock's seeded ids.
 */
import { Effect } from "effect"
import type { AreaState } from "./call.js"

/** Ids the mock's seeded domains have. */
export const state: AreaState = () =>
  Effect.succeed({
    "/api/domain/v1/{id} GET": { path: ["5001"] },
    "/api/domain/v1 GET": { params: { size: 5 } }
  })
