/**
 * `scm persons list|find|create`: the persons of the account (the subjects of S/MIME
 * certificates), over `Persons` of @scm-effect/core.
 */
import * as Organizations from "@scm-effect/core/Organizations"
import * as Persons from "@scm-effect/core/Persons"
import * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { NotFound } from "../failure.js"
import { chooseOrganization } from "../lookups.js"
import { printRecord, printRows, tableFlags } from "../output.js"
import { choiceFlag, describe, type TopLevel, withScm } from "./common.js"

const orgFlag = Flag.Int("org").pipe(Flag.withMetavar("ID"))

const list = Command.make("list", {
  email: Flag.String("email").pipe(Flag.withDescription("the address, as SCM matches it"), Flag.optional),
  name: Flag.String("name").pipe(Flag.withDescription("the name, as SCM matches it"), Flag.optional),
  org: orgFlag.pipe(Flag.withDescription("one organization or department"), Flag.optional),
  ...tableFlags
}, ({ columns, email, name, org, wide }) =>
  printRows(
    Persons.list({
      ...(Option.isSome(email) ? { email: email.value } : {}),
      ...(Option.isSome(name) ? { name: name.value } : {}),
      ...(Option.isSome(org) ? { organizationId: Organizations.OrganizationId.make(org.value) } : {})
    }),
    [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "EMAIL", get: (row) => row.email },
      { header: "NAME", get: (row) => [row.firstName, row.middleName, row.lastName].filter((part) => part !== undefined).join(" "), flex: true },
      { header: "ORG", get: (row) => row.organizationId, align: "right" },
      { header: "VALIDATION", get: (row) => row.validationType, wide: true }
    ],
    { view: { columns, wide } }
  ).pipe(withScm)).pipe(
    describe("List persons, page by page.", [
      ["scm persons list", "every person"],
      ["scm persons list --email ann@example.com -o json", "as JSON"]
    ])
  )

const find = Command.make("find", {
  email: Argument.String("email").pipe(Argument.withDescription("the person's address"))
}, ({ email }) =>
  Effect.gen(function*() {
    const found = yield* Persons.findByEmail(email)
    if (Option.isNone(found)) return yield* new NotFound({ message: `no person with the address ${email}` })
    const person = yield* Persons.get(found.value)
    yield* printRecord([
      ["id", person.id],
      ["email", person.email],
      ["name", [person.firstName, person.middleName, person.lastName].filter((part) => part !== undefined).join(" ")],
      ["organization", person.organizationId],
      ["validation", person.validationType]
    ], person)
  }).pipe(withScm)).pipe(
    describe("Find a person by address (exit 1 if there is none).", [
      ["scm persons find \"$(scm persons list -o ndjson | jq -rn input.email)\"", "the first person listed"]
    ])
  )

const create = Command.make("create", {
  email: Flag.String("email").pipe(Flag.withDescription("the person's address")),
  firstName: Flag.String("first-name"),
  lastName: Flag.String("last-name"),
  org: orgFlag.pipe(
    Flag.withDescription("organization or department id (`scm orgs list`), or $SCM_ORG_ID"),
    Flag.withFallbackConfig(Config.Int("SCM_ORG_ID")),
    Flag.optional
  ),
  validation: choiceFlag("validation", ["STANDARD", "HIGH"] as const).pipe(
    Flag.withDescription("standard (default) or high"),
    Flag.withDefault("STANDARD" as const)
  )
}, ({ email, firstName, lastName, org, validation }) =>
  Effect.gen(function*() {
    const organizationId = yield* chooseOrganization(org)
    // Finds before it creates, so that a second run is not an error: scripts can call it again.
    const found = yield* Persons.findOrCreate({ email, firstName, lastName, organizationId, validationType: validation })
    yield* printRecord([["id", found.id], ["email", email], ["created", found.created ? "yes" : "no, it was there"]], {
      id: found.id,
      email,
      created: found.created
    })
  }).pipe(withScm)).pipe(
    describe("Create a person (or find the one with that address).", [
      ["scm persons create --email ann@example.com --first-name Ann --last-name Lee", "prints the id"]
    ])
  )

/** `scm persons`. */
export const persons: TopLevel<"persons"> = Command.make("persons").pipe(
  describe(descriptionOf("persons"), [["scm persons list", "every person"]]),
  Command.withSubcommands([list, find, create])
)
