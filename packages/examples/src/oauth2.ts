/**
 * Template: list SSL certificate profiles with OAuth2 client credentials.
 *
 *   SCM_CLIENT_ID=... SCM_CLIENT_SECRET=... npx pnpm@10 --filter @scm-effect/examples run oauth2
 *
 * Without SCM_CLIENT_ID it runs against an embedded mock SCM.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { OAuth2 } from "@scm-effect/core"
import { Config, Effect, Layer } from "effect"
import { optional, unlessConfigured } from "./internal/embeddedScm.js"
import { listProfiles } from "./listProfiles.js"

// The settings are read when the layer is built, so a missing variable fails at start-up, by
// name. The secret enters the program as a Redacted value and stays one.
const ScmLive = Layer.unwrap(
  Effect.gen(function*() {
    return OAuth2.layer({
      clientId: yield* Config.String("SCM_CLIENT_ID"),
      clientSecret: yield* Config.Redacted("SCM_CLIENT_SECRET"),
      baseUrl: yield* optional("SCM_BASE_URL"),
      tokenUrl: yield* optional("SCM_TOKEN_URL")
    })
  })
).pipe(Layer.provide(NodeHttpClient.layerUndici))

listProfiles.pipe(
  Effect.provide(ScmLive),
  unlessConfigured("SCM_CLIENT_ID", "oauth2"),
  NodeRuntime.runMain
)
