/**
 * `scm acme accounts list|create|delete` and `scm acme servers`: ACME accounts, over
 * `AcmeAccounts` of @scm-effect/core. A new account's EAB credentials are secrets SCM shows
 * once: they always reach the user (a file of mode 0600, JSON on stdout, or the terminal after a
 * warning), and with them the ACME directory URL and the `certbot register` line.
 */
import * as AcmeAccounts from "@scm-effect/core/AcmeAccounts"
import * as Organizations from "@scm-effect/core/Organizations"
import * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { confirm, yesFlag } from "../confirm.js"
import { UsageError } from "../failure.js"
import { chooseOrganization } from "../lookups.js"
import { printRecord, printRows, refuseToOverwrite, tableFlags, writeFileAtomic, writeStderr } from "../output.js"
import { Output } from "../settings.js"
import { shellQuote } from "./certificates.js"
import { choiceFlag, describe, idArgument, type TopLevel, withScm } from "./common.js"

const orgFlag = Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("organization or department id"))

const list = Command.make("list", {
  org: Flag.optional(orgFlag),
  name: Flag.String("name").pipe(Flag.optional),
  ...tableFlags
}, ({ columns, name, org, wide }) =>
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
    ],
    { view: { columns, wide } }
  ).pipe(withScm)).pipe(
    describe("List ACME accounts.", [["scm acme accounts list -o json", "every account, as JSON"]])
  )

/** The ACME server `--server` names (by name or directory URL, case ignored), or the only one there is. */
const chooseServer = Effect.fn("acme.chooseServer")(function*(
  given: Option.Option<string>,
  validation: Option.Option<"DV" | "OV">
) {
  const all = yield* Stream.runCollect(AcmeAccounts.servers())
  const candidates = Option.isSome(validation)
    ? all.filter((server) => server.certValidationType === undefined || server.certValidationType === validation.value)
    : all
  const listing = candidates.map((server) => `"${server.name}" (${server.url})`).join(", ")
  if (Option.isNone(given)) {
    if (candidates.length === 1) return candidates[0]!
    return yield* new UsageError({ message: `--server: choose one of the ACME servers: ${listing}` })
  }
  const wanted = given.value.trim().toLowerCase()
  const found = candidates.find((server) => server.name.toLowerCase() === wanted || server.url.toLowerCase() === wanted)
  if (found !== undefined) return found
  return yield* new UsageError({ message: `--server: no ACME server "${given.value}"; there are ${listing}` })
})

const create = Command.make("create", {
  org: orgFlag.pipe(
    Flag.withDescription("organization or department id (`scm orgs list`), or $SCM_ORG_ID"),
    Flag.withFallbackConfig(Config.Int("SCM_ORG_ID")),
    Flag.optional
  ),
  name: Flag.String("name").pipe(Flag.withDescription("the account's name")),
  server: Flag.String("server").pipe(
    Flag.withMetavar("NAME|URL"),
    Flag.withDescription("the ACME server by name or directory URL (`scm acme servers`); by default the one of --validation"),
    Flag.optional
  ),
  validation: choiceFlag("validation", ["DV", "OV"] as const).pipe(
    Flag.withDescription("the certificates' validation, DV or OV (case ignored)"),
    Flag.optional
  ),
  eabOut: Flag.String("eab-out").pipe(
    Flag.withMetavar("FILE"),
    Flag.withDescription("write the EAB key id and HMAC key there (mode 0600), for your ACME client"),
    Flag.optional
  ),
  force: Flag.Boolean("force").pipe(Flag.withDescription("replace the --eab-out file if it exists"), Flag.withDefault(false))
}, ({ eabOut, force, name, org, server, validation }) =>
  Effect.gen(function*() {
    // Where the HMAC key will go is settled before the account exists: SCM never shows it again.
    const format = yield* Output
    const onTerminal = yield* Effect.flatMap(Stdio.Stdio, (stdio) => stdio.stdoutIsTerminal)
    if (Option.isSome(eabOut)) yield* refuseToOverwrite("--eab-out", eabOut.value, force)
    else if (format === "table" && !onTerminal) {
      return yield* new UsageError({
        message: "the account's EAB HMAC key is shown only once: pass --eab-out FILE (or -o json) so that it is not lost"
      })
    }
    const acmeServer = yield* chooseServer(server, validation)
    const organizationId = yield* chooseOrganization(org)
    const account = yield* AcmeAccounts.create({
      organizationId,
      name,
      acmeServer: acmeServer.name,
      ...(Option.isSome(validation) ? { certValidationType: validation.value } : {})
    })
    const keyId = account.macId === undefined ? undefined : Redacted.value(account.macId)
    const hmacKey = account.macKey === undefined ? undefined : Redacted.value(account.macKey)
    const directory = acmeServer.url
    const base = {
      id: account.id,
      name: account.name,
      organizationId: account.organizationId,
      acmeServer: account.acmeServer,
      directoryUrl: directory
    }
    if (Option.isSome(eabOut)) {
      const file = eabOut.value
      yield* writeFileAtomic(file, JSON.stringify({ keyId, hmacKey, directoryUrl: directory, accountId: account.id }, null, 2) + "\n", {
        mode: 0o600,
        exclusive: !force
      })
      const certbot = `certbot register --server ${directory} --eab-kid "$(jq -r .keyId ${shellQuote(file)})" ` +
        `--eab-hmac-key "$(jq -r .hmacKey ${shellQuote(file)})" --email YOUR_EMAIL --agree-tos`
      return yield* printRecord([
        ["id", account.id],
        ["name", account.name],
        ["organization", account.organizationId],
        ["server", account.acmeServer],
        ["directory URL", directory],
        ["EAB credentials", `in ${file} (mode 0600)`],
        ["certbot", certbot]
      ], { ...base, eabFile: file, certbot })
    }
    const certbot = `certbot register --server ${directory} --eab-kid ${keyId ?? "?"} --eab-hmac-key ${hmacKey ?? "?"} ` +
      "--email YOUR_EMAIL --agree-tos"
    if (format === "table") {
      yield* writeStderr("scm: warning: the EAB HMAC key below is shown once; SCM never shows it again. Store it now.\n")
    }
    yield* printRecord([
      ["id", account.id],
      ["name", account.name],
      ["organization", account.organizationId],
      ["server", account.acmeServer],
      ["directory URL", directory],
      ["EAB key id", keyId],
      ["EAB HMAC key", hmacKey],
      ["certbot", certbot]
    ], { ...base, eab: { keyId, hmacKey }, certbot })
  }).pipe(withScm)).pipe(
    describe("Create an ACME account; its EAB credentials go to --eab-out, to JSON, or to the terminal.", [
      ["scm acme accounts create --name web --validation dv --eab-out eab.json", "EAB credentials saved"],
      ["scm acme accounts create --name ci --validation dv -o json", "as JSON, once"]
    ])
  )

const remove = Command.make("delete", { id: idArgument("id", "the account's id"), yes: yesFlag }, ({ id, yes }) =>
  Effect.gen(function*() {
    const account = yield* AcmeAccounts.get(AcmeAccounts.AcmeAccountId.make(id))
    yield* confirm(`delete ACME account ${id}`, [
      `"${account.name}" of organization ${account.organizationId}, on ${account.acmeServer}`,
      "ACME clients registered with it can no longer order certificates."
    ], yes)
    yield* AcmeAccounts.remove(AcmeAccounts.AcmeAccountId.make(id))
    yield* printRecord([["deleted", id]], { id, deleted: true })
  }).pipe(withScm)).pipe(
    describe("Delete an ACME account; asks first (--yes to skip, needed without a terminal).", [
      ["scm acme accounts delete \"$(scm acme accounts list -o ndjson | jq -n input.id)\" --yes", "the first one"]
    ])
  )

const accounts = Command.make("accounts").pipe(
  describe("ACME accounts: list, create, delete.", [["scm acme accounts list", "every account"]]),
  Command.withSubcommands([list, create, remove])
)

const servers = Command.make("servers", { ...tableFlags }, ({ columns, wide }) =>
  printRows(AcmeAccounts.servers(), [
    { header: "NAME", get: (row) => row.name },
    { header: "VALIDATION", get: (row) => row.certValidationType },
    { header: "DIRECTORY URL", get: (row) => row.url, flex: true }
  ], { view: { columns, wide } }).pipe(withScm)).pipe(
    describe("List the ACME servers an account can be made on, with their directory URLs.", [
      ["scm acme servers", "every server"]
    ])
  )

/** `scm acme`. */
export const acme: TopLevel<"acme"> = Command.make("acme").pipe(
  describe(descriptionOf("acme"), [["scm acme accounts list", "every account"]]),
  Command.withSubcommands([accounts, servers])
)
