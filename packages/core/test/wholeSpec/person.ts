/**
 * Persons: people that exist (to read, update, find by e-mail) and one to delete, on v1 and v2
 * alike; a valid new person for create (the spec's sample e-mail is no e-mail, which SCM refuses).
 */
import { Effect } from "effect"
import * as Crypto from "node:crypto"
import type { ScmError } from "../../src/ScmError.js"
import { type AreaState, type Call, invoke } from "./call.js"

const newPerson = (email: string) => ({
  firstName: "Walk",
  lastName: "Person",
  email,
  organizationId: 1001,
  validationType: "STANDARD",
  phone: "+1 555 0100"
})

const personState = (version: "v1" | "v2"): AreaState => (api) =>
  Effect.gen(function*() {
    const suffix = version === "v1" ? "V1" : ""
    const run = Crypto.randomBytes(3).toString("hex")
    const created = (label: string) => {
      const email = `walk-${label}-${version}-${run}@example.com`
      return invoke(api, `createPerson${suffix}`, { path: [], params: {}, payload: newPerson(email) }, false).pipe(
        Effect.andThen(invoke(api, `getPersonIdByEmail${suffix}`, { path: [email], params: {}, payload: undefined }, false)),
        Effect.map((found) => ({ email, id: String((found as { readonly personId: number }).personId) }))
      ) as Effect.Effect<{ readonly email: string; readonly id: string }, ScmError>
    }
    const kept = yield* created("kept")
    const deleted = yield* created("deleted")
    const base = `/api/person/${version}`
    const calls: Record<string, Partial<Call>> = {
      [`${base} GET`]: { params: { size: 5 } },
      [`${base} POST`]: { payload: newPerson(`walk-new-${version}-${run}@example.com`) },
      [`${base}/{id} GET`]: { path: [kept.id] },
      [`${base}/{id} PUT`]: { path: [kept.id], payload: { middleName: "Updated", phone: "12345" } },
      [`${base}/{id} DELETE`]: { path: [deleted.id] },
      [`${base}/id/byEmail/{email} GET`]: { path: [kept.email] }
    }
    return calls
  })

/** What the person area's stateful operations need, on both versions. */
export const state: AreaState = (api, mock) =>
  Effect.map(Effect.all([personState("v1")(api, mock), personState("v2")(api, mock)]), ([v1, v2]) => ({ ...v1, ...v2 }))
