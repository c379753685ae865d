/**
 * Template: prove to SCM that you control a domain, by HTTP domain control validation. Starts an
 * order (SCM answers a file to publish), puts the file under your web root, submits, and waits
 * until SCM has seen it.
 *
 *   SCM_AUTH=oauth2 SCM_CLIENT_ID=... SCM_CLIENT_SECRET=... SCM_DCV_DOMAIN=example.com \
 *   SCM_DCV_WEBROOT=/var/www/html \
 *     npx pnpm@10 --filter @scm-effect/examples run validate-a-domain
 *
 * SCM_DCV_WEBROOT is the folder your web server serves as http://<domain>/: the file goes to
 * `<webroot>/.well-known/pki-validation/<name>`. Without it the template tells you where to put
 * the file and stops; put it there and run again with SCM_DCV_SUBMIT=1, which submits the order
 * already started (starting again would give a new file). SCM_DCV_DEADLINE (default "30 minutes")
 * is how long to wait for SCM's check. Without SCM_AUTH it runs against an embedded mock SCM, with
 * a web server on 127.0.0.1 (a free port) serving a temporary web root, which the mock's check reads.
 */
import { NodeFileSystem, NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { DomainValidation, ScmAuth } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Config, ConfigProvider, Console, DateTime, Duration, Effect, FileSystem, Layer, Option, Path, Schedule, Stream } from "effect"
import type { Scope } from "effect"
import * as Fs from "node:fs/promises"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import * as Os from "node:os"
import * as NodePath from "node:path"

const ScmLive = ScmAuth.layerConfig().pipe(Layer.provide(NodeHttpClient.layerUndici))

const day = (value: DateTime.Utc | undefined) => (value === undefined ? "-" : DateTime.formatIsoDate(value))

const program = Effect.gen(function*() {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const domain = yield* Config.NonEmptyString("SCM_DCV_DOMAIN")
  const webroot = yield* Config.option(Config.NonEmptyString("SCM_DCV_WEBROOT"))
  const submitOnly = yield* Config.withDefault(Config.Boolean("SCM_DCV_SUBMIT"), false)
  const deadline = yield* Config.withDefault(Config.Duration("SCM_DCV_DEADLINE"), Duration.minutes(30))

  const before = yield* DomainValidation.status(domain)
  yield* Console.log(`${domain}: ${before.status ?? "no status"}, expires ${day(before.expirationDate)}`)

  if (!submitOnly) {
    const instructions = yield* DomainValidation.start(domain, "HTTP")
    const file = DomainValidation.fileOf(instructions)
    yield* Console.log(`SCM checks ${instructions.url}; it must hold:\n  ${instructions.firstLine}\n  ${instructions.secondLine}`)
    if (Option.isNone(webroot)) {
      yield* Console.log(
        `Put that file at ${file.path} on the web server of ${domain}, then run again with SCM_DCV_SUBMIT=1 ` +
          `(or set SCM_DCV_WEBROOT to the folder it serves, and this template writes the file).`
      )
      return
    }
    const target = path.join(webroot.value, ...file.path.split("/"))
    yield* fs.makeDirectory(path.dirname(target), { recursive: true })
    yield* fs.writeFileString(target, file.content)
    yield* Console.log(`Wrote ${target}`)
  }

  const submitted = yield* DomainValidation.submit(domain, "HTTP")
  yield* Console.log(`Submitted (order ${submitted.orderBackendId ?? "?"}): ${submitted.status ?? "no status"}`)
  // SCM checks again on its own schedule when the first check fails: ask every 10 seconds.
  const validated = yield* DomainValidation.awaitValidated(domain, { schedule: Schedule.spaced("10 seconds"), deadline })
  yield* Console.log(`${domain} is validated (${validated.orderMode ?? "HTTP"}) on ${day(validated.validationDate)}, until ${day(validated.expirationDate)}`)
  const listed = yield* DomainValidation.list({ domain }).pipe(Stream.runCollect)
  for (const entry of listed) yield* Console.log(`  ${entry.domain}: ${entry.dcvStatus ?? "-"}, ${entry.dcvMethod ?? "-"}, expires ${day(entry.expirationDate)}`)
}).pipe(
  Effect.catchTag("NotValidatedError", (error) =>
    Effect.andThen(
      Console.error(`${error.message}\nSCM keeps checking; run again with SCM_DCV_SUBMIT=1 to wait longer.`),
      Effect.sync(() => {
        process.exitCode = 1
      })
    ))
)

/** A web server on 127.0.0.1 (a free port) serving `/.well-known/pki-validation/` from `webroot`: the embedded run's web server. */
const localWebServer = (webroot: string): Effect.Effect<string, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.callback<{ readonly url: string; readonly close: () => Promise<void> }>((resume) => {
      const server = createServer((request, response) => {
        const url = new URL(request.url ?? "/", "http://localhost")
        const inside = url.pathname.startsWith("/.well-known/pki-validation/") && !url.pathname.includes("..")
        const read = inside ? Fs.readFile(NodePath.join(webroot, url.pathname)) : Promise.reject(new Error("not served"))
        read.then(
          (content) => response.writeHead(200, { "content-type": "text/plain" }).end(content),
          () => response.writeHead(404).end()
        )
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) }))
      })
    }),
    (server) => Effect.promise(server.close)
  ).pipe(Effect.map((server) => server.url))

/**
 * With SCM_AUTH set, the program as it is. Without, an embedded mock SCM whose HTTP check of the
 * domain reaches a local web server, and a temporary web root it serves.
 */
const embeddedUnlessConfigured = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    if (Option.isSome(yield* Config.option(Config.NonEmptyString("SCM_AUTH")))) return yield* effect
    return yield* Effect.scoped(Effect.gen(function*() {
      const domain = "shop.example.test"
      const webroot = yield* Effect.acquireRelease(
        Effect.promise(() => Fs.mkdtemp(NodePath.join(Os.tmpdir(), "scm-effect-webroot-"))),
        (dir) => Effect.promise(() => Fs.rm(dir, { recursive: true, force: true }))
      )
      const siteUrl = yield* localWebServer(webroot)
      const mock = yield* MockScmServer.make({
        dcv: { hosts: { [domain]: siteUrl } },
        seed: {
          domains: [{
            id: 9001,
            name: domain,
            state: "ACTIVE",
            validationStatus: "Not validated",
            delegations: [{ orgId: 1001, certTypes: ["SSL"], domainCertificateRequestPrivileges: ["DOMAIN", "SUBDOMAIN"], status: "ACTIVE" }]
          }]
        }
      })
      const environment = { ...(yield* MockScmServer.environment(mock, "oauth2")), SCM_DCV_DOMAIN: domain, SCM_DCV_WEBROOT: webroot }
      yield* Console.error(`SCM_AUTH is not set: using an embedded mock SCM at ${mock.httpUrl}, ${domain} served from ${siteUrl}\n`)
      return yield* effect.pipe(Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: environment })))
    }))
  })

program.pipe(
  Effect.provide(Layer.mergeAll(ScmLive, NodeFileSystem.layer, Path.layer)),
  embeddedUnlessConfigured,
  NodeRuntime.runMain
)
