/**
 * The two servers `scm-mock-server verify` asks, as clients of `@scm-effect/core` (which logs in,
 * retries and keeps secrets out of its errors): a fresh mock, and the SCM at `--against` with the
 * `SCM_*` variables the `scm` command line reads. Imported by `verify.ts` only when it runs, since
 * core needs Node 22.19 and the server runs on Node 20.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as ScmAuth from "@scm-effect/core/ScmAuth"
import type * as ScmError from "@scm-effect/core/ScmError"
import { ScmHttpClient } from "@scm-effect/core/ScmHttpClient"
import { ConfigProvider, Context, Effect, Layer } from "effect"
import type { HttpClientError } from "effect/http"
import * as MockScmClient from "../../MockScmClient.js"
import type { Observed } from "../spec/referenceExamples.js"
import { compareTargets, type Target } from "../verify/verify.js"

/** A non-2xx answer is core's typed error: read back as its status and SCM's `{code, description}`; no answer is status 0. */
const observedOfError = (error: ScmError.ScmError | HttpClientError.HttpClientError): Observed =>
  "status" in error && typeof error.status === "number"
    ? {
      status: error.status,
      headers: { "content-type": "application/json" },
      text: JSON.stringify({
        ...("code" in error && error.code !== undefined ? { code: error.code } : {}),
        ...("description" in error && error.description !== undefined ? { description: error.description } : {})
      })
    }
    : { status: 0, headers: {}, text: error.message }

/** A `Target` over a client of core, which logs in, retries and keeps secrets out of its errors. */
const targetOf = (client: ScmHttpClient["Service"]): Target => ({
  get: (pathAndQuery) =>
    client.get(pathAndQuery).pipe(
      Effect.flatMap((response) =>
        Effect.map(response.text, (text): Observed => ({ status: response.status, headers: response.headers, text }))
      ),
      Effect.catch((error) => Effect.succeed(observedOfError(error)))
    )
})

const clientOf = <E>(layer: Layer.Layer<ScmHttpClient, E>) => Effect.map(Layer.build(layer), (context) => targetOf(Context.get(context, ScmHttpClient)))

/**
 * A fresh mock and the SCM at `against`, reached with the `SCM_*` variables of the
 * `ConfigProvider` in context (the environment, unless a caller gives another), asked every
 * read-only example.
 *
 * @internal
 */
export const compareWith = (against: string) =>
  Effect.gen(function* () {
    const mock = yield* clientOf(MockScmClient.layer({ strategy: "password" }))
    const target = yield* clientOf(
      ScmAuth.layerConfig().pipe(
        Layer.provide(ConfigProvider.layerAdd(ConfigProvider.fromUnknown({ SCM_BASE_URL: against }), { asPrimary: true })),
        Layer.provide(NodeHttpClient.layerUndici)
      )
    )
    return yield* compareTargets(mock, target)
  }).pipe(Effect.scoped)
