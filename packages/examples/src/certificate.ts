/**
 * Template: list SSL certificate profiles with a client certificate (certificate login).
 *
 *   SCM_LOGIN=... SCM_CUSTOMER_URI=... SCM_CERT_FILE=client.pem SCM_KEY_FILE=client-key.pem \
 *     npx pnpm@10 --filter @scm-effect/examples run certificate
 *
 * Without SCM_LOGIN it runs against an embedded mock SCM with a client certificate of its own CA.
 */
import { NodeFileSystem, NodeRuntime } from "@effect/platform-node"
import { CertificateAuth } from "@scm-effect/core"
import { Config, Effect, FileSystem, Layer, Redacted } from "effect"
import { optional, unlessConfigured } from "./internal/embeddedScm.js"
import { listProfiles } from "./listProfiles.js"

// No HttpClient to provide: the strategy brings its own TLS transport holding the certificate.
const ScmLive = Layer.unwrap(
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const caFile = yield* optional("SCM_CA_FILE")
    return CertificateAuth.layer({
      login: yield* Config.String("SCM_LOGIN"),
      customerUri: yield* Config.String("SCM_CUSTOMER_URI"),
      cert: yield* fs.readFileString(yield* Config.String("SCM_CERT_FILE")),
      // The private key is a secret from the moment it is read.
      key: Redacted.make(yield* fs.readFileString(yield* Config.String("SCM_KEY_FILE"))),
      // Only for a private CA (the mock's); a real SCM is trusted through Node's own roots.
      ca: caFile === undefined ? undefined : yield* fs.readFileString(caFile),
      baseUrl: yield* optional("SCM_BASE_URL")
    })
  })
).pipe(Layer.provide(NodeFileSystem.layer))

listProfiles.pipe(
  Effect.provide(ScmLive),
  unlessConfigured("SCM_LOGIN", "certificate"),
  NodeRuntime.runMain
)
