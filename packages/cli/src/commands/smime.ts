/**
 * `scm smime ...`: S/MIME (client) certificates, over `SmimeCertificates` of @scm-effect/core,
 * with the same commands as `scm ssl`. SCM names an S/MIME certificate by its backend id
 * (`backendCertId`) to collect, revoke and renew it, and by its numeric id for its details.
 */
import * as SmimeCertificates from "@scm-effect/core/SmimeCertificates"
import type * as SslCertificates from "@scm-effect/core/SslCertificates"
import * as Organizations from "@scm-effect/core/Organizations"
import * as Config from "effect/Config"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { confirm, yesFlag } from "../confirm.js"
import { csrOf, generationFlags, isGenerated, writeKey } from "../csr.js"
import { checkHook, deployHookFlag } from "../hooks.js"
import { chooseOrganization, chooseProfile, chooseTerm } from "../lookups.js"
import { printRecord, printRows, selectColumns, tableFlags, writeStderr } from "../output.js"
import {
  collectCommand,
  deliverAndHook,
  profileColumns,
  formatFlag,
  outFlag,
  revocationFlags,
  revoked,
  waitAndDeliver,
  waitFlags
} from "./certificates.js"
import { choiceFlag, describe, idArgument, literalsOf, type TopLevel, withScm } from "./common.js"
import { dateText } from "./expiring.js"

const backendIdArgument = Argument.String("backend-id").pipe(
  Argument.withDescription("the certificate's backend id (backendCertId), as `scm smime list` shows it")
)

/** The backend id of the first issued S/MIME certificate, for examples that work against any account. */
const firstIssued = '"$(scm smime list --status issued -o ndjson | jq -rn input.backendCertId)"'

/** The backend id of the first S/MIME certificate listed. */
const firstListed = '"$(scm smime list -o ndjson | jq -rn input.backendCertId)"'

const states = literalsOf(SmimeCertificates.SmimeState) as ReadonlyArray<SmimeCertificates.SmimeState>

const orgFlag = Flag.Int("org").pipe(Flag.withMetavar("ID"))

const subjectOf = (row: SmimeCertificates.SmimeCertificate): string | undefined =>
  (row.certificateDetails as { readonly subject?: string } | undefined)?.subject

const list = Command.make("list", {
  status: choiceFlag("status", states, "STATE").pipe(
    Flag.withDescription("issued, requested, revoked, expired, ... (case ignored)"),
    Flag.optional
  ),
  email: Flag.String("email").pipe(Flag.withDescription("the person's address"), Flag.optional),
  ...tableFlags
}, ({ columns, email, status, wide }) =>
  printRows(
    SmimeCertificates.list({
      ...(Option.isSome(status) ? { state: status.value } : {}),
      ...(Option.isSome(email) ? { email: email.value } : {})
    }),
    [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "BACKEND ID", get: (row) => row.backendCertId },
      { header: "STATUS", get: (row) => row.state },
      { header: "EXPIRES", get: (row) => dateText(row.expires) },
      { header: "SUBJECT", get: subjectOf, flex: true },
      { header: "SERIAL", get: (row) => row.serialNumber, wide: true }
    ],
    { view: { columns, wide } }
  ).pipe(withScm)).pipe(
    describe("List S/MIME certificates, page by page, with their status and expiry.", [
      ["scm smime list --status issued", "issued certificates"],
      ["scm smime list --email ann@example.com -o json", "one person's, as JSON"]
    ])
  )

const get = Command.make("get", {
  id: idArgument("id", "the certificate's numeric id, as `scm smime list` shows it")
}, ({ id }) =>
  Effect.gen(function*() {
    const certificate = yield* SmimeCertificates.get(SmimeCertificates.SmimeCertificateId.make(id))
    yield* printRecord([
      ["id", certificate.id],
      ["backend id", certificate.backendCertId],
      ["status", certificate.status],
      ["organization", certificate.orgId],
      ["profile", certificate.certType === undefined ? undefined : `${certificate.certType.name} (${certificate.certType.id})`],
      ["issued", dateText(certificate.issued)],
      ["expires", dateText(certificate.expires)],
      ["revoked", dateText(certificate.revoked)]
    ], certificate)
  }).pipe(withScm)).pipe(
    describe("Show one S/MIME certificate's details.", [
      ["scm smime get \"$(scm smime list -o ndjson | jq -n input.id)\"", "the first certificate's details"]
    ])
  )

const profiles = Command.make("profiles", {
  org: orgFlag.pipe(Flag.withDescription("the profiles one organization may request"), Flag.optional),
  ...tableFlags
}, ({ columns, org, wide }) =>
  Effect.gen(function*() {
    yield* selectColumns(profileColumns, { columns, wide })
    const found = yield* SmimeCertificates.types(
      Option.isSome(org) ? { organizationId: Organizations.OrganizationId.make(org.value) } : {}
    )
    yield* printRows(Stream.fromIterable(found), profileColumns, { view: { columns, wide } })
  }).pipe(withScm)).pipe(
    describe("List the S/MIME profiles with their terms (days) and key types.", [["scm smime profiles", "every profile"]])
  )

/** Waits for S/MIME certificate `backendCertId`, then delivers it. */
const waitForSmime = (
  backendCertId: SmimeCertificates.BackendCertId,
  options: {
    readonly format: SslCertificates.CollectFormat
    readonly timeout: Duration.Duration
    readonly out: Option.Option<string>
    readonly hook: Option.Option<string>
    readonly record: Record<string, unknown>
    readonly keyOut?: Option.Option<string> | undefined
  }
) =>
  waitAndDeliver(
    "smime",
    backendCertId,
    `S/MIME certificate ${backendCertId}`,
    (schedule) => SmimeCertificates.awaitIssued(backendCertId, { format: options.format, deadline: options.timeout, schedule }),
    { ...options, variables: { SCM_BACKEND_CERT_ID: backendCertId } }
  )

const enroll = Command.make("enroll", {
  csr: Flag.String("csr").pipe(
    Flag.withMetavar("FILE"),
    Flag.withDescription("the person's certificate signing request, PEM or DER (or --key-out to make one)"),
    Flag.optional
  ),
  keyOut: generationFlags.keyOut.pipe(Flag.withDescription("make the key and the CSR here; the key goes there (mode 0600)")),
  keyType: generationFlags.keyType,
  force: generationFlags.force,
  email: Flag.String("email").pipe(Flag.withDescription("the person's address (the certificate's subject)")),
  firstName: Flag.String("first-name"),
  lastName: Flag.String("last-name"),
  profile: Flag.String("profile").pipe(
    Flag.withMetavar("NAME|ID"),
    Flag.withDescription("the S/MIME profile by name or id (`scm smime profiles`), or $SCM_SMIME_PROFILE"),
    Flag.withFallbackConfig(Config.String("SCM_SMIME_PROFILE")),
    Flag.optional
  ),
  term: Flag.Int("term").pipe(
    Flag.withMetavar("DAYS"),
    Flag.withDescription("one of the profile's terms; its shortest by default"),
    Flag.optional
  ),
  org: orgFlag.pipe(
    Flag.withDescription("organization or department id (`scm orgs list`), or $SCM_ORG_ID"),
    Flag.withFallbackConfig(Config.Int("SCM_ORG_ID")),
    Flag.optional
  ),
  ...waitFlags("collect it"),
  format: formatFlag,
  out: outFlag,
  deployHook: deployHookFlag
}, (flags) =>
  Effect.gen(function*() {
    yield* checkHook(flags.deployHook, flags.out)
    const csr = yield* csrOf({
      csr: Option.getOrUndefined(flags.csr),
      cn: Option.isSome(flags.csr) ? undefined : Option.isSome(flags.keyOut) ? flags.email : undefined,
      sans: [],
      keyOut: Option.getOrUndefined(flags.keyOut),
      keyType: flags.keyType,
      force: flags.force
    })
    const orgId = yield* chooseOrganization(flags.org)
    const profile = yield* chooseProfile("S/MIME", flags.profile, yield* SmimeCertificates.types({ organizationId: orgId }), orgId)
    const term = yield* chooseTerm(profile, flags.term)
    if (isGenerated(csr) && Option.isSome(flags.keyOut)) {
      yield* writeKey(flags.keyOut.value, csr, flags.force)
      yield* writeStderr(`wrote the private key to ${flags.keyOut.value} (mode 0600)\n`)
    }
    const ordered = yield* SmimeCertificates.enroll({
      orgId,
      csr: csr.pem,
      certType: profile.id,
      term,
      email: flags.email,
      firstName: flags.firstName,
      lastName: flags.lastName
    })
    const record = { backendCertId: ordered.backendCertId }
    if (!flags.wait) {
      yield* printRecord([
        ["backend id", ordered.backendCertId],
        ["profile", `${profile.name} (${String(profile.id)}), ${term} days`],
        ["collect", yield* collectCommand("smime", ordered.backendCertId, { format: flags.format, out: flags.out, hook: flags.deployHook })]
      ], record)
      return
    }
    yield* waitForSmime(ordered.backendCertId, {
      format: flags.format,
      timeout: flags.timeout,
      out: flags.out,
      hook: flags.deployHook,
      record,
      keyOut: flags.keyOut
    })
  }).pipe(withScm)).pipe(
    describe("Request an S/MIME certificate for a person; with --wait, collect it once issued.", [
      ["scm smime enroll --csr ann.csr --email ann@example.com --first-name Ann --last-name Lee", "order it"],
      ["scm smime enroll --key-out bob.key --email bob@example.com --first-name Bob --last-name Ray --wait", "a key too"]
    ])
  )

const collect = Command.make("collect", {
  id: backendIdArgument,
  format: formatFlag,
  out: outFlag,
  ...waitFlags("collect it"),
  deployHook: deployHookFlag
}, ({ deployHook, format, id, out, timeout, wait }) =>
  Effect.gen(function*() {
    yield* checkHook(deployHook, out)
    const backendCertId = SmimeCertificates.BackendCertId.make(id)
    const record = { backendCertId: id }
    if (wait) return yield* waitForSmime(backendCertId, { format, timeout, out, hook: deployHook, record })
    const collected = yield* SmimeCertificates.collect(backendCertId, format)
    yield* deliverAndHook(collected, { out, hook: deployHook, format, record, variables: { SCM_BACKEND_CERT_ID: id } })
  }).pipe(withScm)).pipe(
    describe("Download an issued S/MIME certificate; with --wait, once it is issued.", [
      [`scm smime collect ${firstIssued}`, "the first issued one, PEM on stdout"]
    ])
  )

/** Shows what a revocation or a renewal applies to, from the list (SCM has no details call by backend id). */
const summary = (backendCertId: string) =>
  SmimeCertificates.list({ backendCertId: SmimeCertificates.BackendCertId.make(backendCertId) }).pipe(
    Stream.take(1),
    Stream.runCollect,
    Effect.map((found) => {
      const row = found[0]
      return row === undefined
        ? `backend id ${backendCertId}`
        : `${subjectOf(row) ?? `backend id ${backendCertId}`}, ${row.state}, expires ${dateText(row.expires) ?? "?"}`
    })
  )

const revoke = Command.make("revoke", { id: backendIdArgument, ...revocationFlags, yes: yesFlag }, ({ code, id, reason, yes }) =>
  Effect.gen(function*() {
    yield* confirm(`revoke S/MIME certificate ${id}`, [
      yield* summary(id),
      `reason: ${code}: ${reason}`,
      "A revoked certificate cannot be used again."
    ], yes)
    const revocation = revoked("backendCertId", id, code, reason)
    yield* SmimeCertificates.revoke(SmimeCertificates.BackendCertId.make(id), { reason, reasonCode: revocation.reasonCode })
    yield* revocation.print
  }).pipe(withScm)).pipe(
    describe("Revoke an S/MIME certificate; asks first (--yes to skip, needed without a terminal).", [
      [`scm smime revoke ${firstListed} --reason left --yes`, "revoke the first one listed"]
    ])
  )

const renew = Command.make("renew", { id: backendIdArgument, yes: yesFlag }, ({ id, yes }) =>
  Effect.gen(function*() {
    yield* confirm(`renew S/MIME certificate ${id}`, [yield* summary(id), "SCM orders a new certificate for the same person."], yes)
    const renewed = yield* SmimeCertificates.renew(SmimeCertificates.BackendCertId.make(id))
    yield* printRecord([["renewed", id], ["new backend id", renewed.backendCertId]], {
      backendCertId: id,
      renewedBackendCertId: renewed.backendCertId
    })
  }).pipe(withScm)).pipe(
    describe("Renew an S/MIME certificate; asks first (--yes to skip).", [
      [`scm smime renew ${firstIssued} --yes`, "renew the first issued one"]
    ])
  )

/** `scm smime`. */
export const smime: TopLevel<"smime"> = Command.make("smime").pipe(
  describe(descriptionOf("smime"), [["scm smime list --status issued", "issued S/MIME certificates"]]),
  Command.withSubcommands([list, get, profiles, enroll, collect, revoke, renew])
)
