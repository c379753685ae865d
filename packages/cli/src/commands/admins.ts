/**
 * `scm admins list`: the account's administrators, over `Admins` of @scm-effect/core.
 */
import { Admins, Organizations } from "@scm-effect/core"
import { Option } from "effect"
import { Command, Flag } from "effect/cli"
import { printRows } from "../output.js"
import { type TopLevel, describe, withScm } from "./common.js"

const list = Command.make("list", {
  login: Flag.String("login").pipe(Flag.optional),
  email: Flag.String("email").pipe(Flag.optional),
  org: Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.optional)
}, ({ email, login, org }) =>
  printRows(
    Admins.list({
      ...(Option.isSome(login) ? { login: login.value } : {}),
      ...(Option.isSome(email) ? { email: email.value } : {}),
      ...(Option.isSome(org) ? { orgId: Organizations.OrganizationId.make(org.value) } : {})
    }),
    [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "LOGIN", get: (row) => row.login },
      { header: "NAME", get: (row) => [row.forename, row.surname].filter((part) => part !== undefined).join(" ") },
      { header: "EMAIL", get: (row) => row.email, flex: true },
      { header: "TYPE", get: (row) => row.type }
    ]
  ).pipe(withScm)).pipe(
    describe("List administrators.", [["scm admins list --org 1001 -o json", "one organization's, as JSON"]])
  )

/** `scm admins`. */
export const admins: TopLevel<"admins"> = Command.make("admins").pipe(
  describe("Administrators of the account.", [["scm admins list", "every administrator"]]),
  Command.withSubcommands([list])
)
