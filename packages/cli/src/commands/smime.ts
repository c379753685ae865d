/**
 * `scm smime enroll|collect|revoke`: S/MIME (client) certificates, over `SmimeCertificates` of
 * @scm-effect/core. They are named by their backend id (`backendCertId`), as SCM's collect and
 * revoke name them.
 */
import { Organizations, SmimeCertificates, SslCertificates } from "@scm-effect/core"
import { Argument, Command, Flag } from "effect/cli"
import { Config, Duration, Effect } from "effect"
import { durationFlag } from "../durations.js"
import { printRecord } from "../output.js"
import { deliver, formatFlag, issuance, outFlag, pollWithProgress, resolveProfile, revocationFlags, revoked } from "./certificates.js"
import { type TopLevel, describe, withScm } from "./common.js"

const backendIdArgument = Argument.String("backend-id").pipe(
  Argument.withDescription("the certificate's backend id (backendCertId), as `scm smime enroll` prints it")
)

const enroll = Command.make("enroll", {
  csr: Flag.FileText("csr").pipe(Flag.withMetavar("FILE"), Flag.withDescription("the PEM certificate signing request")),
  profile: Flag.String("profile").pipe(Flag.withMetavar("NAME|ID"), Flag.withDescription("the S/MIME profile")),
  term: Flag.Int("term").pipe(Flag.withMetavar("DAYS")),
  email: Flag.String("email").pipe(Flag.withDescription("the person's address (the certificate's subject)")),
  firstName: Flag.String("first-name"),
  lastName: Flag.String("last-name"),
  org: Flag.Int("org").pipe(
    Flag.withMetavar("ID"),
    Flag.withDescription("organization or department id, or $SCM_ORG_ID"),
    Flag.withFallbackConfig(Config.Int("SCM_ORG_ID"))
  ),
  wait: Flag.Boolean("wait").pipe(Flag.withDescription("wait until issued, then collect it"), Flag.withDefault(false)),
  timeout: durationFlag("timeout").pipe(Flag.withDefault(Duration.minutes(15))),
  format: formatFlag,
  out: outFlag
}, (flags) =>
  Effect.gen(function*() {
    const orgId = Organizations.OrganizationId.make(flags.org)
    const ordered = yield* SmimeCertificates.enroll({
      orgId,
      csr: flags.csr,
      certType: yield* resolveProfile("S/MIME", flags.profile, orgId, {
        make: SmimeCertificates.SmimeProfileId.make,
        list: SmimeCertificates.types({ organizationId: orgId })
      }),
      term: flags.term,
      email: flags.email,
      firstName: flags.firstName,
      lastName: flags.lastName
    })
    const record = { backendCertId: ordered.backendCertId }
    if (!flags.wait) return yield* printRecord([["backend id", ordered.backendCertId]], record)
    const collected = yield* pollWithProgress(
      `S/MIME certificate ${ordered.backendCertId}`,
      issuance,
      SslCertificates.defaultPollSchedule,
      (schedule) =>
        SmimeCertificates.awaitIssued(ordered.backendCertId, { format: flags.format, deadline: flags.timeout, schedule })
    )
    yield* deliver(collected, flags.out, { ...record, format: flags.format })
  }).pipe(withScm)).pipe(
    describe("Request an S/MIME certificate for a person's CSR; with --wait, collect it once issued.", [
      [
        "scm smime enroll --csr ann.csr --profile 'Client Cert' --term 365 --email ann@example.com " +
        "--first-name Ann --last-name Lee --org 1001 --wait --out ann.pem",
        "request, wait, save"
      ]
    ])
  )

const collect = Command.make("collect", { id: backendIdArgument, format: formatFlag, out: outFlag }, ({ format, id, out }) =>
  Effect.gen(function*() {
    const collected = yield* SmimeCertificates.collect(SmimeCertificates.BackendCertId.make(id), format)
    yield* deliver(collected, out, { backendCertId: id, format })
  }).pipe(withScm)).pipe(
    describe("Download an issued S/MIME certificate.", [["scm smime collect 1a2b3c --out ann.pem", "into ann.pem"]])
  )

const revoke = Command.make("revoke", { id: backendIdArgument, ...revocationFlags }, ({ code, id, reason }) =>
  Effect.gen(function*() {
    const revocation = revoked("backendCertId", id, code, reason)
    yield* SmimeCertificates.revoke(SmimeCertificates.BackendCertId.make(id), { reason, reasonCode: revocation.reasonCode })
    yield* revocation.print
  }).pipe(withScm)).pipe(
    describe("Revoke an S/MIME certificate.", [["scm smime revoke 1a2b3c --reason 'left the company'", "revoke it"]])
  )

/** `scm smime`. */
export const smime: TopLevel<"smime"> = Command.make("smime").pipe(
  describe("S/MIME (client) certificates: enroll, collect, revoke.", [["scm smime collect 1a2b3c", "PEM on stdout"]]),
  Command.withSubcommands([enroll, collect, revoke])
)

