/**
 * `scm admins list`: the account's administrators, over `Admins` of @scm-effect/core.
 */
import * as Admins from "@scm-effect/core/Admins"
import * as Organizations from "@scm-effect/core/Organizations"
import * as Option from "effect/Option"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { printRows, tableFlags } from "../output.js"
import { describe, type TopLevel, withScm } from "./common.js"

const list = Command.make("list", {
  login: Flag.String("login").pipe(Flag.optional),
  email: Flag.String("email").pipe(Flag.optional),
  org: Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.optional),
  ...tableFlags
}, ({ columns, email, login, org, wide }) =>
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
    ],
    { view: { columns, wide } }
  ).pipe(withScm)).pipe(
    describe("List administrators.", [["scm admins list -o json", "every administrator, as JSON"]])
  )

/** `scm admins`. */
export const admins: TopLevel<"admins"> = Command.make("admins").pipe(
  describe(descriptionOf("admins"), [["scm admins list", "every administrator"]]),
  Command.withSubcommands([list])
)
