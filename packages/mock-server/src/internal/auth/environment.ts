/**
 * The `SCM_*` variables that point `ScmAuth.layerConfig()` (or the `scm` CLI, or a program in any
 * language that reads the same names) at a running mock, for a child process's environment.
 */
import { Effect, Redacted, type Scope } from "effect"
import * as Fs from "node:fs/promises"
import * as Os from "node:os"
import * as Path from "node:path"
import type { Pki, PkiError } from "../pki/model.js"
import { writeFiles } from "../pki/pki.js"
import type { Credentials } from "./credentials.js"

/** What the variables are made of: a running server's addresses, credentials and PKI (a `Service` has them). */
export interface Target {
  readonly httpUrl: string
  readonly httpsUrl: string
  readonly tokenUrl: string
  readonly credentials: Credentials
  readonly pki: Pki
}

/** A folder for the PEM files, removed when the scope closes. */
const pemDirectory = Effect.acquireRelease(
  Effect.promise(() => Fs.mkdtemp(Path.join(Os.tmpdir(), "scm-mock-environment-"))),
  (dir) => Effect.promise(() => Fs.rm(dir, { recursive: true, force: true }))
)

/** @internal */
export const environment = (
  mock: Target,
  scheme: "oauth2" | "password" | "certificate"
): Effect.Effect<Record<string, string>, PkiError, Scope.Scope> => {
  const { credentials } = mock
  switch (scheme) {
    case "oauth2":
      return Effect.succeed({
        SCM_AUTH: "oauth2",
        SCM_BASE_URL: mock.httpUrl,
        SCM_TOKEN_URL: mock.tokenUrl,
        SCM_CLIENT_ID: credentials.clientId,
        // In clear on purpose: this is what a shell user exports for the program under test.
        SCM_CLIENT_SECRET: Redacted.value(credentials.clientSecret)
      })
    case "password":
      return Effect.succeed({
        SCM_AUTH: "password",
        SCM_BASE_URL: mock.httpUrl,
        SCM_LOGIN: credentials.login,
        SCM_PASSWORD: Redacted.value(credentials.password),
        SCM_CUSTOMER_URI: credentials.customerUri
      })
    case "certificate":
      return Effect.map(Effect.flatMap(pemDirectory, (dir) => writeFiles(mock.pki, dir)), (files) => ({
        SCM_AUTH: "certificate",
        SCM_BASE_URL: mock.httpsUrl,
        SCM_LOGIN: credentials.certLogin,
        SCM_CUSTOMER_URI: credentials.customerUri,
        SCM_CERT_FILE: files.clientCertFile,
        SCM_KEY_FILE: files.clientKeyFile,
        SCM_CA_FILE: files.caFile
      }))
  }
}
