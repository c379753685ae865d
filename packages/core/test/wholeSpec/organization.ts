/**
 * Organizations: the mock's seeded ids.
 */
import { Effect } from "effect"
import type { AreaState } from "./call.js"

/** Ids the mock's seeded organizations have. */
export const state: AreaState = () => Effect.succeed({ "/api/organization/v1/{id} GET": { path: ["1001"] } })
