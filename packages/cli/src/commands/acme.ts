/**
 * `scm acme accounts list|create|delete`: ACME accounts, over `AcmeAccounts` of @scm-effect/core.
 * The EAB credentials a new account gets are secrets: they go to a file (mode 0600), not stdout.
 */
import { AcmeAccounts, Organizations } from "@scm-effect/core"
import { Effect, Option, Redacted } from "effect"
import { Command, Flag } from "effect/cli"
import { printRecord, printRows, writeFileAtomic } from "../output.js"
import { type TopLevel, describe, idArgument, withScm } from "./common.js"

const orgFlag = Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("organization or department id"))

const list = Command.make("list", {
  org: Flag.optional(orgFlag),
  name: Flag.String("name").pipe(Flag.optional)
}, ({ name, org }) =>
  printRows(
    AcmeAccounts.list({
      ...(Option.isSome(org) ? { organizationId: Organizations.OrganizationId.make(org.value) } : {}),
      ...(Option.isSome(name) ? { name: name.value } : {})
    }),
    [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "NAME", get: (row) => row.name },
      { header: "ORG", get: (row) => row.organizationId, align: "right" },
      { header: "STATUS", get: (row) => row.status },
      { header: "SERVER", get: (row) => row.acmeServer, flex: true }
    ]
  ).pipe(withScm)).pipe(
    describe("List ACME accounts.", [["scm acme accounts list --org 1001", "one organization's accounts"]])
  )

const create = Command.make("create", {
  org: orgFlag,
  name: Flag.String("name").pipe(Flag.withDescription("the account's name")),
  server: Flag.String("server").pipe(
    Flag.withMetavar("NAME"),
    Flag.withDescription("the ACME server, by name as SCM lists them (`scm api acme getPublicAcmeServersList`)")
  ),
  validation: Flag.Literals("validation", ["DV", "OV"]).pipe(Flag.optional),
  eabOut: Flag.String("eab-out").pipe(
    Flag.withMetavar("FILE"),
    Flag.withDescription("write the EAB key id and HMAC key there (mode 0600), for your ACME client"),
    Flag.optional
  )
}, ({ eabOut, name, org, server, validation }) =>
  Effect.gen(function*() {
    const account = yield* AcmeAccounts.create({
      organizationId: Organizations.OrganizationId.make(org),
      name,
      acmeServer: server,
      ...(Option.isSome(validation) ? { certValidationType: validation.value } : {})
    })
    if (Option.isSome(eabOut) && account.macId !== undefined && account.macKey !== undefined) {
      const eab = { keyId: Redacted.value(account.macId), hmacKey: Redacted.value(account.macKey) }
      yield* writeFileAtomic(eabOut.value, JSON.stringify(eab, null, 2) + "\n", { mode: 0o600 })
    }
    yield* printRecord([
      ["id", account.id],
      ["name", account.name],
      ["organization", account.organizationId],
      ["server", account.acmeServer],
      ["EAB credentials", Option.isSome(eabOut) ? `in ${eabOut.value}` : "not shown: pass --eab-out FILE to save them"]
    ], {
      id: account.id,
      name: account.name,
      organizationId: account.organizationId,
      acmeServer: account.acmeServer,
      eabFile: Option.getOrNull(eabOut)
    })
  }).pipe(withScm)).pipe(
    describe("Create an ACME account; its EAB credentials go to a file, never to stdout.", [
      [
        "scm acme accounts create --org 1001 --name web --server 'Sectigo OV ACME' --eab-out eab.json",
        "an account, its EAB key in eab.json"
      ]
    ])
  )

const remove = Command.make("delete", { id: idArgument("id", "the account's id") }, ({ id }) =>
  Effect.gen(function*() {
    yield* AcmeAccounts.remove(AcmeAccounts.AcmeAccountId.make(id))
    yield* printRecord([["deleted", id]], { id, deleted: true })
  }).pipe(withScm)).pipe(
    describe("Delete an ACME account.", [["scm acme accounts delete 42", "delete account 42"]])
  )

const accounts = Command.make("accounts").pipe(
  describe("ACME accounts: list, create, delete.", [["scm acme accounts list", "every account"]]),
  Command.withSubcommands([list, create, remove])
)

/** `scm acme`. */
export const acme: TopLevel<"acme"> = Command.make("acme").pipe(
  describe("ACME: accounts for ACME clients (certbot, acme.sh ...).", [["scm acme accounts list", "every account"]]),
  Command.withSubcommands([accounts])
)
