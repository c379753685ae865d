/**
 * Template: an ACME account with External Account Binding for certbot. Creates a Sectigo public
 * ACME account for an organization (SCM requires EAB for every ACME registration), adds its
 * domains, and prints how to register certbot with it.
 *
 *   SCM_AUTH=oauth2 SCM_CLIENT_ID=... SCM_CLIENT_SECRET=... \
 *   SCM_ORG_ID=1234 SCM_ACME_DOMAINS=www.example.com,api.example.com \
 *     npx pnpm@10 --filter @scm-effect/examples run acme-account
 *
 * Optional: SCM_ORG_ID (default: the first organization), SCM_ACME_SERVER (a server's name; default
 * the first server of SCM_ACME_VALIDATION, itself default DV), SCM_ACME_ACCOUNT_NAME (default
 * certbot-<this host>), SCM_ACME_DOMAINS (comma-separated), SCM_ACME_EMAIL (certbot's --email).
 *
 * The EAB HMAC key is a credential: whoever has it can register ACME clients on the account. It is
 * NOT printed unless you ask for it with SCM_SHOW_EAB_KEY=1 (then print it only where nobody else
 * reads: not in a CI log). Without it the certbot line says <redacted>; the key stays readable with
 * AcmeAccounts.get(id). Without SCM_AUTH it runs against an embedded mock SCM.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { AcmeAccounts, Organizations, ScmAuth } from "@scm-effect/core"
import { Config, Console, Effect, Layer, Option, Redacted, Stream } from "effect"
import * as Os from "node:os"
import { unlessConfigured } from "./internal/embeddedScm.js"

const ScmLive = ScmAuth.layerConfig().pipe(Layer.provide(NodeHttpClient.layerUndici))

/** The template's own settings, read from the environment the user runs it in (also with the embedded mock). */
const Settings = Config.all({
  orgId: Config.option(Config.Int("SCM_ORG_ID")),
  server: Config.option(Config.NonEmptyString("SCM_ACME_SERVER")),
  validation: Config.Literals(["DV", "OV", "EV"], "SCM_ACME_VALIDATION").pipe(Config.withDefault("DV" as const)),
  name: Config.NonEmptyString("SCM_ACME_ACCOUNT_NAME").pipe(Config.withDefault(`certbot-${Os.hostname()}`.slice(0, 128))),
  domains: Config.String("SCM_ACME_DOMAINS").pipe(
    Config.withDefault(""),
    Config.map((text) => text.split(",").map((name) => name.trim()).filter((name) => name !== ""))
  ),
  email: Config.option(Config.NonEmptyString("SCM_ACME_EMAIL")),
  showKey: Config.Boolean("SCM_SHOW_EAB_KEY").pipe(Config.withDefault(false))
})

type Settings = typeof Settings extends Config.Config<infer A> ? A : never

/** Shown where the key would be: the key itself only on request. */
const hmacKeyArgument = (key: Redacted.Redacted<string> | undefined, show: boolean): string =>
  key === undefined ? "<none: SCM sent no HMAC key>" : show ? Redacted.value(key) : "<redacted>"

const program = (settings: Settings) =>
  Effect.gen(function*() {
    const orgId = Option.isSome(settings.orgId)
      ? Organizations.OrganizationId.make(settings.orgId.value)
      : (yield* Organizations.list())[0]?.id
    if (orgId === undefined) return yield* Effect.die("this account sees no organization")

    // The server named, else the first of the validation type asked for.
    const wanted = Option.getOrUndefined(settings.server)
    const servers = yield* AcmeAccounts.servers(wanted === undefined ? { certValidationType: settings.validation } : { name: wanted })
      .pipe(Stream.runCollect)
    const server = wanted === undefined ? servers[0] : servers.find((candidate) => candidate.name === wanted)
    if (server === undefined) return yield* Effect.die(`no such ACME server: ${wanted ?? settings.validation}`)

    const account = yield* AcmeAccounts.create({ organizationId: orgId, name: settings.name, acmeServer: server.name })
    yield* Console.log(`Created ACME account ${account.id} "${account.name}" for organization ${orgId} on ${server.name} (${server.url})`)

    if (settings.domains.length > 0) {
      const { notAdded } = yield* AcmeAccounts.addDomains(account.id, settings.domains)
      const added = settings.domains.filter((name) => !notAdded.includes(name))
      if (added.length > 0) yield* Console.log(`Domains added: ${added.join(", ")}`)
      if (notAdded.length > 0) yield* Console.log(`Domains SCM did not add (not this organization's to use): ${notAdded.join(", ")}`)
    }

    const keyId = account.macId === undefined ? "<none: SCM sent no key id>" : Redacted.value(account.macId)
    const email = Option.match(settings.email, { onNone: () => "--register-unsafely-without-email", onSome: (address) => `--email ${address}` })
    yield* Console.log("\nRegister certbot with it (External Account Binding):\n")
    yield* Console.log(
      `  certbot register --server ${server.url} --eab-kid ${keyId} --eab-hmac-key ${hmacKeyArgument(account.macKey, settings.showKey)} ${email} --agree-tos\n`
    )
    if (!settings.showKey) {
      yield* Console.log(
        "The HMAC key is not printed: it is a credential (whoever has it can register ACME clients on this account).\n" +
          `Set SCM_SHOW_EAB_KEY=1 to print it, or read it with AcmeAccounts.get(AcmeAccountId.make(${account.id})).`
      )
    }
  })

Effect.flatMap(Settings, (settings) =>
  program(settings).pipe(
    Effect.provide(ScmLive),
    unlessConfigured("SCM_AUTH", "oauth2")
  )).pipe(NodeRuntime.runMain)
