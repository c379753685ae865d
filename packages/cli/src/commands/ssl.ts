/**
 * `scm ssl ...`: SSL certificates, over `SslCertificates` of @scm-effect/core.
 */
import { Organizations, SslCertificates } from "@scm-effect/core"
import { Clock, Config, Duration, Effect, Option, Stream } from "effect"
import { Command, Flag } from "effect/cli"
import { durationFlag } from "../durations.js"
import { printRecord, printRows } from "../output.js"
import { deliver, formatFlag, issuance, outFlag, pollWithProgress, resolveProfile, revocationFlags, revoked } from "./certificates.js"
import { type TopLevel, describe, idArgument, withScm } from "./common.js"
import { dateText, expiringColumns } from "./expiring.js"

const sslIdArgument = idArgument("id", "the certificate's id (sslId), as `scm ssl list` shows it")

const orgFlag = Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("organization or department id"))

const list = Command.make("list", {
  status: Flag.String("status").pipe(
    Flag.withSchema(SslCertificates.SslStatus),
    Flag.withDescription("Issued, Requested, Revoked, Expired, ..."),
    Flag.optional
  ),
  cn: Flag.String("cn").pipe(Flag.withMetavar("NAME"), Flag.withDescription("common name"), Flag.optional),
  org: Flag.optional(orgFlag),
  expiring: durationFlag("expiring").pipe(
    Flag.withDescription("only issued ones that expire within this time (30d), from SCM's SSL report"),
    Flag.optional
  )
}, ({ cn, expiring, org, status }) =>
  Effect.gen(function*() {
    const filters: SslCertificates.ListFilters = {
      ...(Option.isSome(status) ? { status: status.value } : {}),
      ...(Option.isSome(cn) ? { commonName: cn.value } : {}),
      ...(Option.isSome(org) ? { orgId: Organizations.OrganizationId.make(org.value) } : {})
    }
    if (Option.isNone(expiring)) {
      return yield* printRows(SslCertificates.list(filters), [
        { header: "ID", get: (row) => row.sslId, align: "right" },
        { header: "COMMON NAME", get: (row) => row.commonName },
        { header: "SERIAL", get: (row) => row.serialNumber },
        { header: "SANS", get: (row) => row.subjectAlternativeNames.join(","), flex: true }
      ])
    }
    // One SSL report request; the other filters apply to its rows.
    const now = yield* Clock.currentTimeMillis
    const expiringSoon = yield* SslCertificates.expiring({
      within: expiring.value,
      ...(filters.orgId === undefined ? {} : { organizationId: filters.orgId })
    })
    yield* printRows(
      Stream.fromIterable(expiringSoon.filter((row) =>
        (filters.status === undefined || row.status === filters.status) &&
        (filters.commonName === undefined || row.commonName === filters.commonName)
      )),
      expiringColumns(now)
    )
  }).pipe(withScm)).pipe(
    describe("List SSL certificates, page by page as SCM serves them.", [
      ["scm ssl list --status Issued --cn www.example.com", "issued certificates of one name"],
      ["scm ssl list --expiring 30d --output json", "what expires within 30 days, as JSON"]
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
    describe("Show one SSL certificate's details.", [["scm ssl get 1234", "details of certificate 1234"]])
  )

const collect = Command.make("collect", { id: sslIdArgument, format: formatFlag, out: outFlag }, ({ format, id, out }) =>
  Effect.gen(function*() {
    const collected = yield* SslCertificates.collect(SslCertificates.SslId.make(id), format)
    yield* deliver(collected, out, { sslId: id, format })
  }).pipe(withScm)).pipe(
    describe("Download an issued certificate.", [
      ["scm ssl collect 1234 --out www.pem", "certificate and issuers, PEM, into www.pem"],
      ["scm ssl collect 1234 --format bin > www.p7b", "PKCS#7 DER on stdout"]
    ])
  )

const enroll = Command.make("enroll", {
  csr: Flag.FileText("csr").pipe(Flag.withMetavar("FILE"), Flag.withDescription("the PEM certificate signing request")),
  profile: Flag.String("profile").pipe(
    Flag.withMetavar("NAME|ID"),
    Flag.withDescription("the SSL profile (certificate type), by name or id")
  ),
  term: Flag.Int("term").pipe(Flag.withMetavar("DAYS"), Flag.withDescription("days, one of the profile's terms")),
  san: Flag.String("san").pipe(
    Flag.withMetavar("NAME"),
    Flag.withDescription("a subject alternative name; repeat for more"),
    Flag.atLeast(0)
  ),
  org: orgFlag.pipe(
    Flag.withDescription("organization or department id, or $SCM_ORG_ID"),
    Flag.withFallbackConfig(Config.Int("SCM_ORG_ID"))
  ),
  comments: Flag.String("comments").pipe(Flag.withMetavar("TEXT"), Flag.withDescription("a note for the approver"), Flag.optional),
  wait: Flag.Boolean("wait").pipe(Flag.withDescription("wait until issued, then collect it"), Flag.withDefault(false)),
  timeout: durationFlag("timeout").pipe(
    Flag.withDescription("how long --wait waits (15m)"),
    Flag.withDefault(Duration.minutes(15))
  ),
  format: formatFlag,
  out: outFlag
}, (flags) =>
  Effect.gen(function*() {
    const orgId = Organizations.OrganizationId.make(flags.org)
    const certType = yield* resolveProfile("SSL", flags.profile, orgId, {
      make: SslCertificates.ProfileId.make,
      list: SslCertificates.types({ organizationId: orgId })
    })
    const enrolled = yield* SslCertificates.enroll({
      csr: flags.csr,
      certType,
      term: flags.term,
      orgId,
      ...(flags.san.length === 0 ? {} : { subjAltNames: flags.san }),
      ...(Option.isSome(flags.comments) ? { comments: flags.comments.value } : {})
    })
    const record = { sslId: enrolled.sslId, renewId: enrolled.renewId }
    if (!flags.wait) {
      return yield* printRecord([["ssl id", enrolled.sslId], ["renew id", enrolled.renewId]], record)
    }
    const collected = yield* pollWithProgress(
      `certificate ${enrolled.sslId}`,
      issuance,
      SslCertificates.defaultPollSchedule,
      (schedule) =>
        SslCertificates.awaitIssued(enrolled.sslId, { format: flags.format, deadline: flags.timeout, schedule })
    )
    yield* deliver(collected, flags.out, { ...record, format: flags.format })
  }).pipe(withScm)).pipe(
    describe("Request an SSL certificate for a CSR; with --wait, collect it once issued.", [
      ["scm ssl enroll --csr www.csr --profile 'OV SSL' --term 365 --org 1001", "request; print the ids"],
      ["scm ssl enroll --csr www.csr --profile 1101 --term 365 --wait --out www.pem", "request, wait, save"]
    ])
  )

const revoke = Command.make("revoke", {
  id: sslIdArgument,
  ...revocationFlags
}, ({ code, id, reason }) =>
  Effect.gen(function*() {
    const revocation = revoked("sslId", id, code, reason)
    yield* SslCertificates.revoke(SslCertificates.SslId.make(id), { reason, reasonCode: revocation.reasonCode })
    yield* revocation.print
  }).pipe(withScm)).pipe(
    describe("Revoke an SSL certificate.", [
      ["scm ssl revoke 1234 --reason 'key leaked' --code keyCompromise", "revoke for a compromised key"]
    ])
  )

const renew = Command.make("renew", { id: sslIdArgument }, ({ id }) =>
  Effect.gen(function*() {
    const renewed = yield* SslCertificates.renew(SslCertificates.SslId.make(id))
    yield* printRecord([["renewed", id], ["new ssl id", renewed.sslId]], { sslId: id, renewedSslId: renewed.sslId })
  }).pipe(withScm)).pipe(
    describe("Renew an SSL certificate with its original request.", [
      ["scm ssl renew 1234", "renew certificate 1234; prints the new certificate's id"]
    ])
  )

/** `scm ssl`. */
export const ssl: TopLevel<"ssl"> = Command.make("ssl").pipe(
  describe("SSL certificates: list, get, enroll, collect, revoke, renew.", [
    ["scm ssl list --status Issued", "issued certificates"]
  ]),
  Command.withSubcommands([list, get, enroll, collect, revoke, renew])
)
