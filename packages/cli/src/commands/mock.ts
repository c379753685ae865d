/**
 * `scm mock`: the mock SCM server of @scm-effect/mock-server, started by its own command-line code,
 * so flags, the JSON line on stdout, the banner on stderr and the shutdown are those of
 * `scm-mock-server`. It runs from `../mockServer.js`, loaded when the command runs (and bundled
 * apart: see there).
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { ExitCode, Interruption, UsageError } from "../failure.js"
import type { Ended } from "../mockServer.js"
import { describe, type TopLevel } from "./common.js"

const text = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional)

const integer = (name: string, description: string) =>
  Flag.Int(name).pipe(Flag.withDescription(description), Flag.optional)

/** The flags back as `scm-mock-server` takes them. */
const argv = (flags: Readonly<Record<string, Option.Option<string | number>>>, adminHosts: ReadonlyArray<string>, ui: boolean) => [
  ...Object.entries(flags).flatMap(([name, value]) => Option.isSome(value) ? [`--${name}`, String(value.value)] : []),
  ...adminHosts.flatMap((host) => ["--admin-host", host]),
  ...(ui ? ["--ui"] : [])
]

/** `scm mock`. */
export const mock: TopLevel<"mock"> = Command.make("mock", {
  host: text("host", "address to listen on (default 127.0.0.1)"),
  httpPort: integer("http-port", "HTTP port, 0 for an ephemeral one (default 0)"),
  httpsPort: integer("https-port", "HTTPS port, 0 for an ephemeral one (default 0)"),
  tokenTtl: integer("token-ttl", "lifetime of issued access tokens, in seconds (default 300)"),
  adminHost: Flag.String("admin-host").pipe(
    Flag.withDescription("another Host name the admin API answers to; repeatable"),
    Flag.atLeast(0)
  ),
  seed: text("seed", "JSON file with credentials and data to serve (see scm-mock-server --help)"),
  pkiDir: text("pki-dir", "write the PEM files there and keep them (default: a temporary folder)"),
  ui: Flag.Boolean("ui").pipe(
    Flag.withDescription("open the dashboard (/__admin/ui) in your browser ($BROWSER, else the system's) and print its address"),
    Flag.withDefault(false)
  ),
  proxy: text("proxy", "forward every API and token request to this SCM (https, or http to loopback) with the caller's own credentials"),
  proxyTokenUrl: text("proxy-token-url", "where the proxy sends token requests (default Sectigo's token endpoint)"),
  proxyTimeout: integer("proxy-timeout", "seconds the proxy waits for the SCM's answer, 1 to 3600 (default 60)"),
  record: text("record", "write each proxied exchange to this folder, secrets replaced by REDACTED (needs --proxy)"),
  replay: text("replay", "answer from the exchanges recorded in this folder first")
}, ({ adminHost, host, httpPort, httpsPort, pkiDir, proxy, proxyTimeout, proxyTokenUrl, record, replay, seed, tokenTtl, ui }) => {
  const args = argv(
    {
      host,
      "http-port": httpPort,
      "https-port": httpsPort,
      "token-ttl": tokenTtl,
      seed,
      "pki-dir": pkiDir,
      proxy,
      "proxy-token-url": proxyTokenUrl,
      "proxy-timeout": proxyTimeout,
      record,
      replay
    },
    adminHost,
    ui
  )
  return Effect.gen(function*() {
    // A server stopped with Ctrl-C or SIGTERM has done its job: that exit is a clean 0, as scm-mock-server's.
    ;(yield* Interruption).exitCode = ExitCode.success
    const ended = yield* Effect.callback<Ended>((resume) => {
      const stop = new AbortController()
      const running = import("../mockServer.js").then((server) => server.runMockServer(args, stop.signal))
      running.then((outcome) => resume(Effect.succeed(outcome)), (defect: unknown) => resume(Effect.die(defect)))
      // Interrupted (Ctrl-C, SIGTERM): the server is stopped and waited for, so that its own
      // finalizers (the temporary folder's removal among them) run before the process exits.
      return Effect.promise(() => {
        stop.abort()
        return running.catch(() => undefined)
      }).pipe(Effect.asVoid)
    })
    switch (ended._tag) {
      case "Stopped":
        return
      case "Failed":
        return yield* Effect.fail(ended.error)
      case "Died":
        return yield* Effect.die(ended.defect)
    }
  }).pipe(
    Effect.catchTag("UsageError", (error) => Effect.fail(new UsageError({ message: error.message })))
  )
}).pipe(
  describe("Start the mock SCM server: one JSON line (URLs, credentials, PEM files) on stdout, a banner on stderr (with the address of its dashboard).", [
    ["scm mock --http-port 8080", "a mock on a fixed port"],
    ["scm mock > mock.json &", "in the background; its URLs and credentials in mock.json"],
    ["scm mock --proxy https://cert-manager.com --record ./scm-recording", "stand in for your SCM and record what it answers, secrets out"],
    ["scm mock --replay ./scm-recording --proxy https://cert-manager.com --record ./scm-recording", "answer from that recording first, and record from your SCM what it lacks"]
  ])
)
