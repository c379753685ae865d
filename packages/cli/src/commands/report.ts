/**
 * `scm report expiring --within 30d`: issued certificates that expire soon, from SCM's SSL report
 * (`SslCertificates.expiring`: one request, soonest first).
 */
import { Organizations, SslCertificates } from "@scm-effect/core"
import { Clock, Effect, Option, Stream } from "effect"
import { Command, Flag } from "effect/cli"
import { durationFlag } from "../durations.js"
import { printRows } from "../output.js"
import { type TopLevel, describe, withScm } from "./common.js"
import { expiringColumns } from "./expiring.js"

const expiring = Command.make("expiring", {
  within: durationFlag("within").pipe(Flag.withDescription("the window, from now: 30d, 2w, 12h")),
  org: Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("one organization or department"), Flag.optional)
}, ({ org, within }) =>
  Effect.gen(function*() {
    const now = yield* Clock.currentTimeMillis
    const certificates = yield* SslCertificates.expiring({
      within,
      ...(Option.isSome(org) ? { organizationId: Organizations.OrganizationId.make(org.value) } : {})
    })
    yield* printRows(Stream.fromIterable(certificates), expiringColumns(now))
  }).pipe(withScm)).pipe(
    describe("Issued SSL certificates that expire within a window, soonest first.", [
      ["scm report expiring --within 30d", "the next 30 days"],
      ["scm report expiring --within 2w -o json | jq length", "how many within two weeks"]
    ])
  )

/** `scm report`. */
export const report: TopLevel<"report"> = Command.make("report").pipe(
  describe("Reports.", [["scm report expiring --within 30d", "what expires within 30 days"]]),
  Command.withSubcommands([expiring])
)
