/**
 * Template: get a certificate issued. Enrolls a CSR, waits while SCM answers "not issued yet",
 * collects the certificate with its chain and checks it carries the CSR's key.
 *
 *   SCM_AUTH=oauth2 SCM_CLIENT_ID=... SCM_CLIENT_SECRET=... \
 *   SCM_ORG_ID=1234 SCM_PROFILE_ID=5678 SCM_CSR_FILE=request.csr SCM_COMMON_NAME=www.example.com \
 *     npx pnpm@10 --filter @scm-effect/examples run enroll-and-collect
 *
 * Against a real SCM this requests a real certificate. Optional: SCM_TERM (days; default the
 * profile's first term), SCM_OUT_FILE (where to write the chain, PEM). Without SCM_ORG_ID or
 * SCM_PROFILE_ID it takes the first organization and the first profile offered to it. Without
 * SCM_AUTH it runs against an embedded mock SCM, with a CSR made for the run.
 */
import { NodeFileSystem, NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { Organizations, ScmAuth, SslCertificates } from "@scm-effect/core"
import { Config, Console, Effect, FileSystem, Layer, Option, Schedule } from "effect"
import { generateCsr } from "./internal/csr.js"
import { unlessConfigured } from "./internal/embeddedScm.js"
import { certificatesIn } from "./internal/pem.js"

const ScmLive = ScmAuth.layerConfig().pipe(Layer.provide(NodeHttpClient.layerUndici))

const optionalInteger = (name: string) => Config.option(Config.Int(name))
const optionalString = (name: string) => Config.option(Config.NonEmptyString(name))

const program = Effect.gen(function*() {
  const fs = yield* FileSystem.FileSystem

  // Where the certificate goes: the organization, and a profile that organization is offered.
  const configuredOrg = yield* optionalInteger("SCM_ORG_ID")
  const orgId = Option.isSome(configuredOrg)
    ? Organizations.OrganizationId.make(configuredOrg.value)
    : (yield* Organizations.list())[0]?.id
  if (orgId === undefined) return yield* Effect.die("this account sees no organization")
  const wantedProfile = yield* optionalInteger("SCM_PROFILE_ID")
  const profiles = yield* SslCertificates.types({ organizationId: orgId })
  const profile = Option.match(wantedProfile, {
    onNone: () => profiles[0],
    onSome: (id) => profiles.find((profile) => profile.id === id)
  })
  if (profile === undefined) return yield* Effect.die(`no such certificate profile for organization ${orgId}`)
  const term = Option.getOrElse(yield* optionalInteger("SCM_TERM"), () => profile.terms[0] ?? 365)

  // The request: yours (SCM_CSR_FILE), or one made here. Its private key never leaves this process.
  const commonName = Option.getOrElse(yield* optionalString("SCM_COMMON_NAME"), () => "www.example.com")
  const csrFile = yield* optionalString("SCM_CSR_FILE")
  const csr = Option.isSome(csrFile)
    ? { csrPem: yield* fs.readFileString(csrFile.value), publicKey: undefined }
    : yield* generateCsr(commonName, [commonName])

  const { renewId, sslId } = yield* SslCertificates.enroll({
    csr: csr.csrPem,
    certType: profile.id,
    term,
    orgId,
    subjAltNames: [commonName]
  })
  yield* Console.log(`Enrolled certificate ${sslId} (profile "${profile.name}", ${term} days); renew id ${renewId}`)
  yield* Console.log(`Status: ${(yield* SslCertificates.get(sslId)).status}`)

  // SCM answers -183 or -1400 until the certificate is issued: poll every few seconds, for a while.
  const chainPem = yield* SslCertificates.awaitIssued(sslId, {
    format: "pemia",
    schedule: Schedule.spaced("3 seconds"),
    deadline: "15 minutes"
  })
  // "pemia" puts the certificate first, then its issuers.
  const [leaf, ...issuers] = certificatesIn(chainPem)
  if (leaf === undefined) return yield* Effect.die("SCM sent no certificate")
  yield* Console.log(`Issued: ${leaf.subject.replace(/\n/g, ", ")}, serial ${leaf.serialNumber}, valid until ${leaf.validTo}`)
  for (const issuer of issuers) yield* Console.log(`  issued by: ${issuer.subject.replace(/\n/g, ", ")}`)
  const signedByNext = issuers[0] === undefined || leaf.verify(issuers[0].publicKey)
  const keyMatches = csr.publicKey === undefined || leaf.publicKey.equals(csr.publicKey)
  yield* Console.log(`Chain order checks out: ${signedByNext}; certificate carries the CSR's key: ${keyMatches}`)
  yield* Console.log(`Status: ${(yield* SslCertificates.get(sslId)).status}`)

  const outFile = yield* optionalString("SCM_OUT_FILE")
  if (Option.isSome(outFile)) {
    yield* fs.writeFileString(outFile.value, chainPem)
    yield* Console.log(`Chain written to ${outFile.value}`)
  }
}).pipe(
  // Still not issued at the deadline: say so, with the id to collect it later.
  Effect.catchTag("NotIssuedError", (error) =>
    Effect.andThen(
      Console.error(`${error.message}\nCollect it later with SslCertificates.collect(${error.sslId}, "pemia").`),
      Effect.sync(() => {
        process.exitCode = 1
      })
    ))
)

program.pipe(
  Effect.provide(Layer.mergeAll(ScmLive, NodeFileSystem.layer)),
  unlessConfigured("SCM_AUTH", "oauth2"),
  NodeRuntime.runMain
)
