/**
 * `scm domains ...`: the domains of the account, over `Domains` of @scm-effect/core.
 */
import { Domains, Organizations } from "@scm-effect/core"
import { Option } from "effect"
import { Command, Flag } from "effect/cli"
import { printRows } from "../output.js"
import { type TopLevel, describe, withScm } from "./common.js"

const list = Command.make("list", {
  name: Flag.String("name").pipe(Flag.withDescription("domain name"), Flag.optional),
  state: Flag.Literals("state", ["active", "inactive"]).pipe(Flag.optional),
  status: Flag.Literals("status", ["requested", "approved"]).pipe(Flag.optional),
  org: Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("delegated to this organization"), Flag.optional)
}, ({ name, org, state, status }) =>
  printRows(
    Domains.list({
      ...(Option.isSome(name) ? { name: name.value } : {}),
      ...(Option.isSome(state) ? { state: state.value } : {}),
      ...(Option.isSome(status) ? { status: status.value } : {}),
      ...(Option.isSome(org) ? { orgId: Organizations.OrganizationId.make(org.value) } : {})
    }),
    [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "NAME", get: (row) => row.name }
    ]
  ).pipe(withScm)).pipe(
    describe("List the domains of the account.", [
      ["scm domains list --state active", "active domains"],
      ["scm domains list -o ndjson | jq -r .name", "one name a line"]
    ])
  )

/** `scm domains`. */
export const domains: TopLevel<"domains"> = Command.make("domains").pipe(
  describe("Domains of the account.", [["scm domains list", "every domain"]]),
  Command.withSubcommands([list])
)
