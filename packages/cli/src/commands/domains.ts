/**
 * `scm domains ...`: the domains of the account, over `Domains` of @scm-effect/core, with each
 * one's validation (status, method, expiry) from SCM's DCV list.
 */
import * as DomainValidation from "@scm-effect/core/DomainValidation"
import * as Domains from "@scm-effect/core/Domains"
import * as Organizations from "@scm-effect/core/Organizations"
import type * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { type Column, printRows, selectColumns, tableFlags, writeStderr } from "../output.js"
import { choiceFlag, describe, type TopLevel, withScm } from "./common.js"
import { dateText } from "./expiring.js"

/** Each domain's validation, from the DCV list (fetched whole, before the domains). */
const validations = Effect.gen(function*() {
  const found = yield* Effect.result(Stream.runCollect(DomainValidation.list()))
  if (found._tag === "Failure") {
    yield* writeStderr(`scm: note: no VALIDATION and EXPIRES: SCM's DCV list answered ${found.failure._tag}\n`)
    return new Map<string, DomainValidation.Validation>()
  }
  return new Map(found.success.map((validation) => [validation.domain.toLowerCase(), validation] as const))
})

/** A domain, with its validation. */
interface Listed {
  readonly id: number
  readonly name: string
  readonly validation: string | undefined
  readonly method: string | undefined
  readonly expires: DateTime.Utc | undefined
}

const columnsOfList: ReadonlyArray<Column<Listed>> = [
  { header: "ID", get: (row) => row.id, align: "right" },
  { header: "NAME", get: (row) => row.name, flex: true },
  { header: "VALIDATION", get: (row) => row.validation },
  { header: "EXPIRES", get: (row) => dateText(row.expires) },
  { header: "METHOD", get: (row) => row.method, wide: true }
]

const list = Command.make("list", {
  name: Flag.String("name").pipe(Flag.withDescription("domain name"), Flag.optional),
  state: choiceFlag("state", ["active", "inactive"] as const).pipe(Flag.optional),
  status: choiceFlag("status", ["requested", "approved"] as const).pipe(
    Flag.withDescription("the delegation's status"),
    Flag.optional
  ),
  org: Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("delegated to this organization"), Flag.optional),
  ...tableFlags
}, ({ columns, name, org, state, status, wide }) =>
  Effect.gen(function*() {
    yield* selectColumns(columnsOfList, { columns, wide })
    const known = yield* validations
    const rows = Domains.list({
      ...(Option.isSome(name) ? { name: name.value } : {}),
      ...(Option.isSome(state) ? { state: state.value } : {}),
      ...(Option.isSome(status) ? { status: status.value } : {}),
      ...(Option.isSome(org) ? { orgId: Organizations.OrganizationId.make(org.value) } : {})
    }).pipe(Stream.map((domain) => {
      const validation = known.get(domain.name.toLowerCase())
      return {
        ...domain,
        validation: validation?.dcvStatus,
        method: validation?.dcvMethod,
        expires: validation?.expirationDate
      }
    }))
    yield* printRows(rows, columnsOfList, { view: { columns, wide } })
  }).pipe(withScm)).pipe(
    describe("List the domains of the account, with their validation and its expiry.", [
      ["scm domains list --state active", "active domains"],
      ["scm domains list -o ndjson | jq -r .name", "one name a line"]
    ])
  )

/** `scm domains`. */
export const domains: TopLevel<"domains"> = Command.make("domains").pipe(
  describe(descriptionOf("domains"), [["scm domains list", "every domain"]]),
  Command.withSubcommands([list])
)
