/**
 * The report area: no state of its own yet (issue 12 gives it some).
 */
import { noState } from "./call.js"

/** What the report area's stateful operations need. */
export const state = noState
