/**
 * Every area whose operations the mock answers from its state, each with what its walk needs.
 * An area not listed here is answered by the spec fallback and needs nothing.
 */
import { Effect } from "effect"
import type { AreaState } from "./call.js"
import * as acme from "./acme.js"
import * as admin from "./admin.js"
import * as dcv from "./dcv.js"
import * as domain from "./domain.js"
import * as organization from "./organization.js"
import * as person from "./person.js"
import * as report from "./report.js"
import * as smime from "./smime.js"
import * as ssl from "./ssl.js"

const areas = { acme, admin, dcv, domain, organization, person, report, smime, ssl } as const

/** The areas (the path segment after `/api/`) with state in the mock. */
export const statefulAreas: ReadonlySet<string> = new Set(Object.keys(areas))

/** The state every stateful area needs, put in place one area after the other. */
export const allState: AreaState = (api, mock) =>
  Effect.map(
    Effect.forEach(Object.values(areas), (area) => area.state(api, mock)),
    (parts) => Object.assign({}, ...parts) as Record<string, never>
  )
