/**
 * Admins: the mock's seeded ids (one per operation that changes one), a create the mock accepts and
 * a new password its policy takes.
 */
import { Effect } from "effect"
import type { AreaState } from "./call.js"

/** Seeded admins: 1501 onwards. */
export const state: AreaState = () =>
  Effect.succeed({
    "/api/admin/v1 GET": { params: { size: 5 } },
    "/api/admin/v1 POST": {
      payload: {
        type: "STANDARD",
        login: "walk.admin",
        password: "Password#1234",
        email: "walk.admin@example.com",
        forename: "Walk",
        surname: "Admin",
        credentials: [{ role: "RAO_SSL", orgId: 1001 }],
        privileges: ["sslRequest"]
      }
    },
    "/api/admin/v1/{id} GET": { path: ["1503"] },
    "/api/admin/v1/{id} PUT": { path: ["1504"], payload: { forename: "Walked" } },
    "/api/admin/v1/{id} DELETE": { path: ["1519"] },
    "/api/admin/v1/privileges GET": { params: { role: ["RAO_SSL", "RAO_SMIME"] } },
    // The spec's sample password breaks SCM's policy (an upper-case letter, a digit, eight characters).
    "/api/admin/v1/changepassword POST": { payload: { newPassword: "Walk-Password-1" } }
  })
