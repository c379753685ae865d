/**
 * Template: the production set-up. The strategy comes from SCM_AUTH, its settings from the SCM_*
 * variables, so the same build runs with any of the three.
 *
 *   SCM_AUTH=password SCM_LOGIN=... SCM_PASSWORD=... SCM_CUSTOMER_URI=... \
 *     npx pnpm@10 --filter @scm-effect/examples run from-env
 *
 * With a variable missing it says which, and what each strategy needs, and exits with code 1.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { ScmAuth } from "@scm-effect/core"
import { type Config, Console, Effect, Layer, SchemaIssue } from "effect"
import { listProfiles } from "./listProfiles.js"

const ScmLive = ScmAuth.layerConfig().pipe(Layer.provide(NodeHttpClient.layerUndici))

const needs = `SCM_AUTH chooses the strategy; each needs its own variables ([...] = optional):
  SCM_AUTH=oauth2       SCM_CLIENT_ID, SCM_CLIENT_SECRET [SCM_BASE_URL, SCM_TOKEN_URL]
  SCM_AUTH=password     SCM_LOGIN, SCM_PASSWORD, SCM_CUSTOMER_URI [SCM_BASE_URL]
  SCM_AUTH=certificate  SCM_LOGIN, SCM_CUSTOMER_URI, SCM_CERT_FILE and SCM_KEY_FILE, or SCM_PFX_FILE
                        [SCM_PFX_PASSPHRASE, SCM_CA_FILE, SCM_BASE_URL]`

// A ConfigError carries a schema issue that can hold several problems: one line for each, named
// by the variable (the path). Config never reports the value it read, so no secret is printed.
const formatIssue = SchemaIssue.makeFormatterStandardSchemaV1()
const problems = (error: Config.ConfigError): ReadonlyArray<string> =>
  error.cause._tag === "SourceError"
    ? [error.cause.message]
    : formatIssue(error.cause.issue).issues.map(({ message, path }) =>
      path === undefined || path.length === 0 ? message : `${path.map(String).join(".")}: ${message}`
    )

listProfiles.pipe(
  Effect.provide(ScmLive),
  Effect.catchTag("ConfigError", (error) =>
    Effect.gen(function*() {
      yield* Console.error(`Cannot talk to SCM, the configuration is incomplete:`)
      for (const problem of new Set(problems(error))) yield* Console.error(`  - ${problem}`)
      yield* Console.error(`\n${needs}`)
      process.exitCode = 1
    })),
  NodeRuntime.runMain
)
