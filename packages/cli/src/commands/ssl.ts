/**
 * `scm ssl ...`: SSL certificates, over `SslCertificates` of @scm-effect/core.
 */
import * as Organizations from "@scm-effect/core/Organizations"
import * as Reports from "@scm-effect/core/Reports"
import * as SslCertificates from "@scm-effect/core/SslCertificates"
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import type * as DateTime from "effect/DateTime"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { confirm, yesFlag } from "../confirm.js"
import { csrOf, generationFlags, isGenerated, writeKey } from "../csr.js"
import { durationFlag } from "../durations.js"
import { checkHook, deployHookFlag } from "../hooks.js"
import { checkKeyType, chooseOrganization, chooseProfile, chooseTerm } from "../lookups.js"
import { type Column, printRecord, printRows, selectColumns, tableFlags, writeStderr } from "../output.js"
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
import { dateText, expiringColumns } from "./expiring.js"

/** The id of the first issued certificate, for examples that work against any account. */
const firstIssued = '"$(scm ssl list --status issued -o ndjson | jq -n input.sslId)"'

const sslIdArgument = idArgument("id", "the certificate's id (sslId), as `scm ssl list` shows it")

const orgFlag = Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("organization or department id"))

const statuses = literalsOf(SslCertificates.SslStatus) as ReadonlyArray<SslCertificates.SslStatus>

/** What the SSL report says of each certificate the list shows: its status and expiry. */
interface Known {
  readonly status: string | undefined
  readonly expires: DateTime.Utc | undefined
}

/** One SSL report request for the STATUS and EXPIRES of every certificate; without it, the list still shows. */
const statusAndExpiry = Effect.gen(function*() {
  const rows = yield* Effect.result(Reports.sslCertificates({ status: "any" }))
  if (rows._tag === "Failure") {
    yield* writeStderr(`scm: note: no STATUS and EXPIRES: SCM's SSL report answered ${rows.failure._tag}\n`)
    return new Map<number, Known>()
  }
  return new Map(rows.success.map((row) => [row.id as number, { status: row.status, expires: row.expires }] as const))
})

/** A certificate of the list, with what the SSL report says of it. */
interface Listed extends SslCertificates.Identity, Known {}

const listColumns: ReadonlyArray<Column<Listed>> = [
  { header: "ID", get: (row) => row.sslId, align: "right" },
  { header: "COMMON NAME", get: (row) => row.commonName },
  { header: "STATUS", get: (row) => row.status },
  { header: "EXPIRES", get: (row) => dateText(row.expires) },
  { header: "SANS", get: (row) => row.subjectAlternativeNames.join(","), flex: true },
  { header: "SERIAL", get: (row) => row.serialNumber, wide: true }
]

const list = Command.make("list", {
  status: choiceFlag("status", statuses, "STATUS").pipe(
    Flag.withDescription("issued, requested, revoked, expired, ... (case ignored)"),
    Flag.optional
  ),
  cn: Flag.String("cn").pipe(Flag.withMetavar("NAME"), Flag.withDescription("common name"), Flag.optional),
  org: Flag.optional(orgFlag),
  expiring: durationFlag("expiring").pipe(
    Flag.withDescription("only issued ones that expire within this time (30d), from SCM's SSL report"),
    Flag.optional
  ),
  ...tableFlags
}, ({ cn, columns, expiring, org, status, wide }) =>
  Effect.gen(function*() {
    const view = { columns, wide }
    const filters: SslCertificates.ListFilters = {
      ...(Option.isSome(status) ? { status: status.value } : {}),
      ...(Option.isSome(cn) ? { commonName: cn.value } : {}),
      ...(Option.isSome(org) ? { orgId: Organizations.OrganizationId.make(org.value) } : {})
    }
    if (Option.isNone(expiring)) {
      yield* selectColumns(listColumns, view)
      const known = yield* statusAndExpiry
      const rows = SslCertificates.list(filters).pipe(
        Stream.map((identity) => ({
          ...identity,
          status: known.get(identity.sslId)?.status ?? (Option.isSome(status) ? status.value : undefined),
          expires: known.get(identity.sslId)?.expires
        }))
      )
      return yield* printRows(rows, listColumns, { view })
    }
    // One SSL report request; the other filters apply to its rows.
    const now = yield* Clock.currentTimeMillis
    yield* selectColumns(expiringColumns(now), view)
    const expiringSoon = yield* SslCertificates.expiring({
      within: expiring.value,
      ...(filters.orgId === undefined ? {} : { organizationId: filters.orgId })
    })
    yield* printRows(
      Stream.fromIterable(expiringSoon.filter((row) =>
        (filters.status === undefined || row.status === filters.status) &&
        (filters.commonName === undefined || row.commonName === filters.commonName)
      )),
      expiringColumns(now),
      { view }
    )
  }).pipe(withScm)).pipe(
    describe("List SSL certificates, page by page as SCM serves them, with their status and expiry.", [
      ["scm ssl list --status issued", "issued certificates"],
      ["scm ssl list --expiring 30d --output json", "what expires within 30 days, as JSON"],
      ["scm ssl list --columns id,common-name,serial", "the columns you choose (--wide: all)"]
    ])
  )

const certificateFields = (certificate: SslCertificates.Certificate) =>
  [
    ["id", certificate.id],
    ["common name", certificate.commonName],
    ["status", certificate.status],
    ["organization", certificate.orgId],
    ["profile", certificate.certType === undefined ? undefined : `${certificate.certType.name} (${certificate.certType.id})`],
    ["term", certificate.term === undefined ? undefined : `${certificate.term} days`],
    ["serial", certificate.serialNumber],
    ["requested", dateText(certificate.requested)],
    ["issued", dateText(certificate.issued)],
    ["expires", dateText(certificate.expires)],
    ["revoked", dateText(certificate.revoked)],
    ["names", certificate.subjectAlternativeNames.join(", ")]
  ] as const

const get = Command.make("get", { id: sslIdArgument }, ({ id }) =>
  Effect.gen(function*() {
    const certificate = yield* SslCertificates.get(SslCertificates.SslId.make(id))
    yield* printRecord(certificateFields(certificate), certificate)
  }).pipe(withScm)).pipe(
    describe("Show one SSL certificate's details.", [[`scm ssl get ${firstIssued}`, "details of the first issued certificate"]])
  )

const profiles = Command.make("profiles", {
  org: orgFlag.pipe(Flag.withDescription("the profiles one organization may request"), Flag.optional),
  ...tableFlags
}, ({ columns, org, wide }) =>
  Effect.gen(function*() {
    yield* selectColumns(profileColumns, { columns, wide })
    const found = yield* SslCertificates.types(
      Option.isSome(org) ? { organizationId: Organizations.OrganizationId.make(org.value) } : {}
    )
    yield* printRows(Stream.fromIterable(found), profileColumns, { view: { columns, wide } })
  }).pipe(withScm)).pipe(
    describe("List the SSL profiles (certificate types) with their terms (days) and key types.", [
      ["scm ssl profiles", "every profile"],
      ["scm ssl profiles -o json | jq -r '.[].name'", "their names"]
    ])
  )

/** Waits for certificate `sslId`, then delivers it. */
const waitForSsl = (
  sslId: SslCertificates.SslId,
  options: {
    readonly format: SslCertificates.CollectFormat
    readonly timeout: Duration.Duration
    readonly out: Option.Option<string>
    readonly hook: Option.Option<string>
    readonly record: Record<string, unknown>
    readonly commonName?: string | undefined
    readonly keyOut?: Option.Option<string> | undefined
  }
) =>
  waitAndDeliver(
    "ssl",
    sslId,
    `certificate ${sslId}`,
    (schedule) => SslCertificates.awaitIssued(sslId, { format: options.format, deadline: options.timeout, schedule }),
    { ...options, variables: { SCM_SSL_ID: sslId, SCM_COMMON_NAME: options.commonName } }
  )

const collect = Command.make("collect", {
  id: sslIdArgument,
  format: formatFlag,
  out: outFlag,
  ...waitFlags("collect it"),
  deployHook: deployHookFlag
}, ({ deployHook, format, id, out, timeout, wait }) =>
  Effect.gen(function*() {
    yield* checkHook(deployHook, out)
    const sslId = SslCertificates.SslId.make(id)
    const record = { sslId: id }
    if (wait) return yield* waitForSsl(sslId, { format, timeout, out, hook: deployHook, record })
    const collected = yield* SslCertificates.collect(sslId, format)
    yield* deliverAndHook(collected, { out, hook: deployHook, format, record, variables: { SCM_SSL_ID: id } })
  }).pipe(withScm)).pipe(
    describe("Download an issued certificate; with --wait, once it is issued.", [
      [`scm ssl collect ${firstIssued} --out www.pem`, "certificate and issuers, PEM, into www.pem"],
      [`scm ssl collect ${firstIssued} --format bin > www.p7b`, "PKCS#7 DER"],
      ["scm ssl collect \"$(scm ssl enroll --csr www.csr -o json | jq .sslId)\" --wait --out new.pem", "wait for it"]
    ])
  )

const enroll = Command.make("enroll", {
  csr: Flag.String("csr").pipe(
    Flag.withMetavar("FILE"),
    Flag.withDescription("the certificate signing request, PEM or DER (or --cn to make one)"),
    Flag.optional
  ),
  ...generationFlags,
  san: Flag.String("san").pipe(
    Flag.withMetavar("NAME"),
    Flag.withDescription("a subject alternative name; repeat for more"),
    Flag.atLeast(0)
  ),
  profile: Flag.String("profile").pipe(
    Flag.withMetavar("NAME|ID"),
    Flag.withDescription("the SSL profile by name or id (`scm ssl profiles`), or $SCM_SSL_PROFILE"),
    Flag.withFallbackConfig(Config.String("SCM_SSL_PROFILE")),
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
  comments: Flag.String("comments").pipe(Flag.withMetavar("TEXT"), Flag.withDescription("a note for the approver"), Flag.optional),
  ...waitFlags("collect it"),
  format: formatFlag,
  out: outFlag,
  deployHook: deployHookFlag
}, (flags) =>
  Effect.gen(function*() {
    // Everything that can be checked here is, before the first request.
    yield* checkHook(flags.deployHook, flags.out)
    const csr = yield* csrOf({
      csr: Option.getOrUndefined(flags.csr),
      cn: Option.getOrUndefined(flags.cn),
      sans: flags.san,
      keyOut: Option.getOrUndefined(flags.keyOut),
      keyType: flags.keyType,
      force: flags.force
    })
    const orgId = yield* chooseOrganization(flags.org)
    const profile = yield* chooseProfile("SSL", flags.profile, yield* SslCertificates.types({ organizationId: orgId }), orgId)
    const term = yield* chooseTerm(profile, flags.term)
    yield* checkKeyType(profile, csr.key)
    if (isGenerated(csr) && Option.isSome(flags.keyOut)) {
      yield* writeKey(flags.keyOut.value, csr, flags.force)
      yield* writeStderr(`wrote the private key to ${flags.keyOut.value} (mode 0600)\n`)
    }
    const enrolled = yield* SslCertificates.enroll({
      csr: csr.pem,
      certType: profile.id,
      term,
      orgId,
      ...(flags.san.length === 0 ? {} : { subjAltNames: flags.san }),
      ...(Option.isSome(flags.comments) ? { comments: flags.comments.value } : {})
    })
    const record = { sslId: enrolled.sslId, renewId: enrolled.renewId }
    if (!flags.wait) {
      yield* printRecord([
        ["ssl id", enrolled.sslId],
        ["renew id", enrolled.renewId],
        ["profile", `${profile.name} (${String(profile.id)}), ${term} days`],
        ["collect", yield* collectCommand("ssl", enrolled.sslId, { format: flags.format, out: flags.out, hook: flags.deployHook })]
      ], record)
      return
    }
    yield* waitForSsl(enrolled.sslId, {
      format: flags.format,
      timeout: flags.timeout,
      out: flags.out,
      hook: flags.deployHook,
      record,
      commonName: csr.commonName,
      keyOut: flags.keyOut
    })
  }).pipe(withScm)).pipe(
    describe("Request an SSL certificate for a CSR, or for a key and CSR made here; --wait collects it.", [
      ["scm ssl enroll --csr www.csr", "order a certificate for your CSR; prints its id"],
      ["scm ssl enroll --cn www.example.com --key-out www.key --wait --out www.pem", "key, CSR, certificate"],
      ["scm ssl enroll --csr www.csr --wait --out www.pem --deploy-hook 'echo \"$SCM_CERT_PATH\"'", "then a hook"]
    ])
  )

const revoke = Command.make("revoke", {
  id: sslIdArgument,
  ...revocationFlags,
  yes: yesFlag
}, ({ code, id, reason, yes }) =>
  Effect.gen(function*() {
    const sslId = SslCertificates.SslId.make(id)
    const certificate = yield* SslCertificates.get(sslId)
    yield* confirm(`revoke SSL certificate ${id}`, [
      `${certificate.commonName ?? "(no common name)"}, ${certificate.status}, expires ${dateText(certificate.expires) ?? "?"}`,
      `reason: ${code}: ${reason}`,
      "A revoked certificate cannot be used again."
    ], yes)
    const revocation = revoked("sslId", id, code, reason)
    yield* SslCertificates.revoke(sslId, { reason, reasonCode: revocation.reasonCode })
    yield* revocation.print
  }).pipe(withScm)).pipe(
    describe("Revoke an SSL certificate; asks first (--yes to skip, needed without a terminal).", [
      ["scm ssl revoke \"$(scm ssl enroll --csr www.csr -o json | jq .sslId)\" --reason test --yes", "order, revoke"]
    ])
  )

const renew = Command.make("renew", {
  id: sslIdArgument,
  yes: yesFlag,
  ...waitFlags("collect the new one"),
  format: formatFlag,
  out: outFlag,
  deployHook: deployHookFlag
}, ({ deployHook, format, id, out, timeout, wait, yes }) =>
  Effect.gen(function*() {
    yield* checkHook(deployHook, out)
    const sslId = SslCertificates.SslId.make(id)
    const certificate = yield* SslCertificates.get(sslId)
    yield* confirm(`renew SSL certificate ${id}`, [
      `${certificate.commonName ?? "(no common name)"}, ${certificate.status}, expires ${dateText(certificate.expires) ?? "?"}`,
      "SCM orders a new certificate with the original request."
    ], yes)
    const renewed = yield* SslCertificates.renew(sslId)
    const record = { sslId: id, renewedSslId: renewed.sslId }
    if (!wait) return yield* printRecord([["renewed", id], ["new ssl id", renewed.sslId]], record)
    yield* waitForSsl(renewed.sslId, { format, timeout, out, hook: deployHook, record, commonName: certificate.commonName })
  }).pipe(withScm)).pipe(
    describe("Renew an SSL certificate with its original request; asks first (--yes to skip).", [
      ["scm ssl renew \"$(scm ssl enroll --csr www.csr --wait -o json | jq .sslId)\" --yes", "prints the new id"]
    ])
  )

/** `scm ssl`. */
export const ssl: TopLevel<"ssl"> = Command.make("ssl").pipe(
  describe(descriptionOf("ssl"), [["scm ssl list --status issued", "issued certificates"]]),
  Command.withSubcommands([list, get, profiles, enroll, collect, revoke, renew])
)
