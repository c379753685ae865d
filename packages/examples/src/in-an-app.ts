/**
 * Template: the library inside a larger Effect application.
 *
 *   SCM_AUTH=oauth2 SCM_CLIENT_ID=... SCM_CLIENT_SECRET=... npx pnpm@10 --filter @scm-effect/examples run in-an-app
 *
 * The application has a service of its own, `CertificateReport`, that depends on ScmHttpClient
 * and nothing else: it neither knows nor cares which strategy authenticates it. The layers are
 * composed once, at the edge, with the strategy and its settings from the environment
 * (SCM_AUTH and the SCM_* variables). Without SCM_AUTH it runs against an embedded mock SCM.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { ScmAuth, type ScmError, ScmHttpClient } from "@scm-effect/core"
import { Console, Context, Effect, Layer } from "effect"
import { unlessConfigured } from "./internal/embeddedScm.js"

const statuses = ["Issued", "Applied", "Requested", "Revoked", "Expired"] as const

interface StatusCount {
  readonly status: (typeof statuses)[number]
  readonly count: number
}

// The app's own service. Its interface says what it does, and that it can fail with ScmError.
export class CertificateReport extends Context.Service<CertificateReport, {
  readonly countByStatus: Effect.Effect<ReadonlyArray<StatusCount>, ScmError.ScmError>
}>()("app/CertificateReport") {
  static readonly layer = Layer.effect(
    CertificateReport,
    Effect.gen(function*() {
      const scm = yield* ScmHttpClient.ScmHttpClient
      // One item per page is enough: SCM sends the total in X-Total-Count.
      const count = Effect.fn("CertificateReport.count")(function*(status: StatusCount["status"]) {
        const response = yield* scm.get("/api/ssl/v1", { urlParams: { status, size: 1 } })
        yield* ScmHttpClient.json(response)
        return { status, count: Number(response.headers["x-total-count"] ?? 0) }
      })
      return CertificateReport.of({
        countByStatus: Effect.forEach(statuses, count, { concurrency: statuses.length })
      })
    })
  )
}

// The edge of the application: every layer composed once, configuration from the environment.
const AppLive = CertificateReport.layer.pipe(
  Layer.provide(ScmAuth.layerConfig()),
  Layer.provide(NodeHttpClient.layerUndici)
)

const main = Effect.gen(function*() {
  const report = yield* CertificateReport
  for (const { count, status } of yield* report.countByStatus) {
    yield* Console.log(`${status.padEnd(10)} ${count}`)
  }
})

main.pipe(Effect.provide(AppLive), unlessConfigured("SCM_AUTH", "oauth2"), NodeRuntime.runMain)
