/**
 * Template: renew what is about to expire. Finds the issued certificates that expire within a
 * window (one report request, not a call per certificate), shows what a dry run would do, renews
 * them a few at a time with a progress line per step, then runs the dry run again to show that a
 * second run would order nothing: SCM records each renewal, and a run that was interrupted or met
 * an outage half-way is finished by running it again.
 *
 *   SCM_AUTH=oauth2 SCM_CLIENT_ID=... SCM_CLIENT_SECRET=... SCM_RENEW=true \
 *     npx pnpm@10 --filter @scm-effect/examples run renew-expiring
 *
 * Against a real SCM it renews only with SCM_RENEW=true (otherwise it stops after the dry run), and
 * then orders real certificates. Optional: SCM_WITHIN (default "30 days"), SCM_ORG_ID (one
 * organization or department; default all), SCM_CONCURRENCY (default 4). Without SCM_AUTH it runs
 * against an embedded mock SCM, whose seeded certificates include some that expire within 30 days.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { Organizations, Renewals, ScmAuth } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Config, Console, Duration, Effect, Layer, Option, Stream } from "effect"
import { unlessConfigured } from "./internal/embeddedScm.js"
import { count, emptyTally, progressLine, summary } from "./internal/renewalProgress.js"

const ScmLive = ScmAuth.layerConfig().pipe(Layer.provide(NodeHttpClient.layerUndici))

/** Runs `renewExpiring`, printing a line per event; returns the tally. */
const runPrinting = (options: Renewals.RenewExpiringOptions) =>
  Renewals.renewExpiring(options).pipe(
    Stream.tap((event) => Console.log(progressLine(event))),
    Stream.runFold(() => emptyTally, count)
  )

const program = Effect.gen(function*() {
  const within = yield* Config.Duration("SCM_WITHIN").pipe(Config.withDefault(Duration.days(30)))
  const concurrency = yield* Config.Int("SCM_CONCURRENCY").pipe(Config.withDefault(4))
  const orgId = yield* Config.option(Config.Int("SCM_ORG_ID"))
  const options = {
    within,
    concurrency,
    ...(Option.isSome(orgId) ? { organizationId: Organizations.OrganizationId.make(orgId.value) } : {})
  }
  // The embedded mock is there to be renewed; a real SCM only when asked to.
  const embedded = Option.isSome(yield* Effect.serviceOption(MockScmServer.MockScmServer))
  const renew = embedded || (yield* Config.Boolean("SCM_RENEW").pipe(Config.withDefault(false)))

  const planned = yield* runPrinting({ ...options, dryRun: true })
  yield* Console.log(`Dry run: ${summary(planned)}\n`)
  if (!renew) return yield* Console.log("SCM_RENEW is not true: nothing renewed.")

  yield* Console.log(`Renewing, ${concurrency} at a time:`)
  const done = yield* runPrinting(options)
  yield* Console.log(`Done: ${summary(done)}\n`)

  // Run again (as a dry run): everything renewed above is now skipped, as SCM recorded it.
  const again = yield* runPrinting({ ...options, dryRun: true })
  yield* Console.log(`Run again: ${summary(again)}`)
  if (done.failed > 0) {
    yield* Console.error(`${done.failed} renewal(s) failed: run the template again to retry them.`)
    process.exitCode = 1
  }
})

program.pipe(
  Effect.provide(ScmLive),
  unlessConfigured("SCM_AUTH", "oauth2"),
  NodeRuntime.runMain
)
