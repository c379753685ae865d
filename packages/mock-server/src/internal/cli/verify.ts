/**
 * `scm-mock-server verify --against URL`: a fresh mock and the server at URL (a real SCM, with the
 * `SCM_*` variables the `scm` command line reads) are asked the REST reference's read-only
 * examples; where the target answers otherwise, it is printed per operation and the exit code is 1.
 */
import { Console, Data, Effect } from "effect"
import { parseArgs } from "node:util"
import { formatReport } from "../verify/verify.js"

/** @internal */
export const verifyUsage = `Usage: scm-mock-server verify --against <URL>

Asks a fresh mock and the SCM at <URL> the same read-only questions: every GET
example of the vendor's REST reference, each server with its own ids (read
from its own lists). Prints, per operation, where the SCM's answer differs
from the mock's in status or shape (keys either lacks, JSON types, the format
of values), then the count. Only GET requests are sent, and not the one that
downloads a private key from the Private Key Agent.

The SCM is reached with the variables the scm command line reads: SCM_AUTH
(oauth2, password or certificate) and its credentials (SCM_CLIENT_ID and
SCM_CLIENT_SECRET, SCM_TOKEN_URL; SCM_LOGIN, SCM_PASSWORD and SCM_CUSTOMER_URI;
SCM_CERT_FILE and SCM_KEY_FILE, or SCM_PFX_FILE), SCM_TIMEOUT; <URL> takes the
place of SCM_BASE_URL.

Options:
  --against <URL>   the SCM's base URL, e.g. https://cert-manager.com (required)
  -h, --help        show this help

Exit codes: 0 when every answer is alike, 1 when some differ (or on a failure),
2 on bad usage.`

/** @internal */
export interface VerifyFlags {
  readonly against?: string
  readonly help?: boolean
}

/** The flags of `verify`; a message naming the flag when they are wrong. */
export const parseVerifyFlags = (argv: ReadonlyArray<string>): VerifyFlags | { readonly problem: string } => {
  let values: { readonly against?: string | undefined; readonly help?: boolean | undefined }
  try {
    values = parseArgs({ args: [...argv], options: { against: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true }).values
  } catch (cause) {
    return { problem: (cause instanceof Error ? cause.message : String(cause)).split(". ")[0] ?? "" }
  }
  if (values.help === true) return { help: true }
  if (values.against === undefined) return { problem: "verify needs --against <URL>" }
  if (!URL.canParse(values.against) || !/^https?:$/.test(new URL(values.against).protocol)) {
    return { problem: "--against: must be an http or https URL" }
  }
  return { against: values.against }
}

/** @internal */
export class VerifyDifferences extends Data.TaggedError("VerifyDifferences")<{ readonly message: string }> {}

/**
 * `compareWith`, printed; fails with `VerifyDifferences` when an answer differs. The clients come
 * from `@scm-effect/core`, which needs Node 22.19: loaded here only, so that the server itself
 * (and `verify --help`) still run on Node 20.
 *
 * @internal
 */
export const verify = (against: string) =>
  Effect.gen(function* () {
    const { compareWith } = yield* Effect.promise(() => import("./verifyClients.js"))
    const comparisons = yield* compareWith(against)
    yield* Console.log(formatReport(comparisons))
    const differing = comparisons.filter((comparison) => comparison.differences.length > 0).length
    if (differing > 0) {
      return yield* new VerifyDifferences({ message: `${differing} of ${comparisons.length} read-only examples are answered otherwise at ${against}` })
    }
  })
