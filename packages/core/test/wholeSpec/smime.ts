/**
 * The smime area: no state of its own yet (issue 12 gives it some).
 */
import { noState } from "./call.js"

/** What the smime area's stateful operations need. */
export const state = noState
