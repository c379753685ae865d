import { it } from "@effect/vitest"
import { Effect } from "effect"
it.effect("workspace runs", () => Effect.void)
