/**
 * Template: list SSL certificate profiles with header login (login, password, customerUri).
 *
 *   SCM_LOGIN=... SCM_PASSWORD=... SCM_CUSTOMER_URI=... npx pnpm@10 --filter @scm-effect/examples run password
 *
 * Without SCM_LOGIN it runs against an embedded mock SCM.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { PasswordAuth } from "@scm-effect/core"
import { Config, Effect, Layer } from "effect"
import { optional, unlessConfigured } from "./internal/embeddedScm.js"
import { listProfiles } from "./listProfiles.js"

// The password header is redacted in Effect's logs and spans; the value stays Redacted here.
const ScmLive = Layer.unwrap(
  Effect.gen(function*() {
    return PasswordAuth.layer({
      login: yield* Config.String("SCM_LOGIN"),
      password: yield* Config.Redacted("SCM_PASSWORD"),
      customerUri: yield* Config.String("SCM_CUSTOMER_URI"),
      baseUrl: yield* optional("SCM_BASE_URL")
    })
  })
).pipe(Layer.provide(NodeHttpClient.layerUndici))

listProfiles.pipe(
  Effect.provide(ScmLive),
  unlessConfigured("SCM_LOGIN", "password"),
  NodeRuntime.runMain
)
