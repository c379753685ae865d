/**
 * Organizations: the mock's seeded ids to read and update, an organization the walk creates to
 * delete, and a new organization (the spec's sample names a parent, "example", that no seed has).
 */
import { Effect } from "effect"
import * as Crypto from "node:crypto"
import { type AreaState, invoke } from "./call.js"

const newOrganization = (name: string) => ({
  name,
  country: "US",
  clientCertificate: { allowKeyRecoveryByMasterAdmins: true, allowKeyRecoveryByOrgAdmins: false, allowKeyRecoveryByDepartmentAdmins: false }
})

export const state: AreaState = (api) =>
  Effect.gen(function*() {
    const run = Crypto.randomBytes(3).toString("hex")
    const doomed = `Walk ${run} deleted`
    yield* invoke(api, "createOrganization", { path: [], params: {}, payload: newOrganization(doomed) }, false)
    const listed = (yield* invoke(api, "getOrgList", { path: [], params: {}, payload: undefined }, false)) as ReadonlyArray<{ readonly id: number; readonly name: string }>
    const deleted = listed.find((organization) => organization.name === doomed)?.id
    return {
      "/api/organization/v1/{id} GET": { path: ["1001"] },
      "/api/organization/v1/{id} PUT": { path: ["1001"], payload: { contactEmails: "walk@example.com" } },
      "/api/organization/v1/{id} DELETE": { path: [String(deleted)] },
      "/api/organization/v1 POST": { payload: newOrganization(`Walk ${run}`) }
    }
  })
