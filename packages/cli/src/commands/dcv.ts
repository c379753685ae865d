/**
 * `scm dcv start|submit|status DOMAIN`: domain control validation, over `DomainValidation` of
 * @scm-effect/core.
 */
import * as DomainValidation from "@scm-effect/core/DomainValidation"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { durationFlag } from "../durations.js"
import { UsageError } from "../failure.js"
import { printRecord, writeFileAtomic } from "../output.js"
import { pollWithProgress } from "./certificates.js"
import { choiceFlag, describe, type TopLevel, withScm } from "./common.js"
import { dateText, dateTimeText } from "./expiring.js"

/** The first domain of the account, for examples that work against any account. */
const firstDomain = '"$(scm domains list -o ndjson | jq -rn input.name)"'

const domainArgument = Argument.String("domain").pipe(Argument.withDescription("the domain, e.g. example.com"))

const methods = ["http", "https", "cname", "txt", "email"] as const

const methodFlag = choiceFlag("method", methods).pipe(
  Flag.withDescription("http or https (a file), cname or txt (a DNS record), email (a message to the domain's admin)")
)

type Method = typeof methods[number]

const upper = (method: Method) => method.toUpperCase() as "HTTP" | "HTTPS" | "CNAME" | "TXT" | "EMAIL"

const start = Command.make("start", {
  domain: domainArgument,
  method: methodFlag,
  out: Flag.String("out").pipe(
    Flag.withMetavar("FILE"),
    Flag.withDescription("http/https: write the validation file there, to publish at the path shown"),
    Flag.optional
  )
}, ({ domain, method, out }) =>
  Effect.gen(function*() {
    const scheme = upper(method)
    if (scheme === "HTTP" || scheme === "HTTPS") {
      const instructions = yield* DomainValidation.start(domain, scheme)
      const file = DomainValidation.fileOf(instructions)
      if (Option.isSome(out)) yield* writeFileAtomic(out.value, file.content)
      return yield* printRecord([
        ["domain", domain],
        ["method", scheme],
        ["publish at", instructions.url],
        ["file", Option.isSome(out) ? out.value : file.name],
        ["line 1", instructions.firstLine],
        ["line 2", instructions.secondLine]
      ], { domain, method: scheme, ...instructions, file })
    }
    if (scheme === "CNAME" || scheme === "TXT") {
      const instructions = yield* DomainValidation.start(domain, scheme)
      return yield* printRecord([
        ["domain", domain],
        ["method", scheme],
        ["record", `${instructions.host} ${scheme} ${instructions.point}`]
      ], { domain, method: scheme, ...instructions })
    }
    const choices = yield* DomainValidation.start(domain, "EMAIL")
    yield* printRecord([
      ["domain", domain],
      ["method", scheme],
      ["addresses", choices.emails.join(", ")]
    ], { domain, method: scheme, ...choices })
  }).pipe(withScm)).pipe(
    describe("Start validating a domain: what to publish (a file, a DNS record) or which addresses may approve.", [
      [`scm dcv start ${firstDomain} --method cname`, "the CNAME record to publish"],
      [`scm dcv start ${firstDomain} --method http --out dcv.txt`, "the file to publish, saved"]
    ])
  )

const submit = Command.make("submit", {
  domain: domainArgument,
  method: methodFlag,
  email: Flag.String("email").pipe(Flag.withDescription("email: the address to send the message to"), Flag.optional),
  wait: Flag.Boolean("wait").pipe(Flag.withDescription("wait until SCM has validated the domain"), Flag.withDefault(false)),
  timeout: durationFlag("timeout").pipe(
    Flag.withDescription("how long --wait waits (30m)"),
    Flag.withDefault(Duration.minutes(30))
  )
}, ({ domain, email, method, timeout, wait }) =>
  Effect.gen(function*() {
    const scheme = upper(method)
    let submitted: DomainValidation.Submitted
    if (scheme === "EMAIL") {
      if (Option.isNone(email)) return yield* new UsageError({ message: "--method email needs --email ADDRESS" })
      submitted = yield* DomainValidation.submit(domain, "EMAIL", { email: email.value })
    } else {
      submitted = yield* DomainValidation.submit(domain, scheme)
    }
    if (!wait) {
      return yield* printRecord([
        ["domain", domain],
        ["status", submitted.status],
        ["order status", submitted.orderStatus],
        ["message", submitted.message]
      ], { domain, ...submitted })
    }
    const validated = yield* pollWithProgress(
      `domain ${domain}`,
      { waiting: "waiting for validation", pending: "not validated yet, polling", done: "validated" },
      DomainValidation.defaultPollSchedule,
      (schedule) => DomainValidation.awaitValidated(domain, { schedule, deadline: timeout })
    )
    yield* printStatus(domain, validated)
  }).pipe(withScm)).pipe(
    describe("Ask SCM to check a started validation (scm dcv submit DOMAIN --method txt --wait).", [
      [`scm dcv start ${firstDomain} --method txt`, "first, start it: the record to publish"],
      [`scm dcv status ${firstDomain}`, "after the submit, where it stands"]
    ])
  )

const printStatus = (domain: string, status: DomainValidation.Status) =>
  printRecord([
    ["domain", domain],
    ["status", status.status],
    ["order status", status.orderStatus],
    ["order mode", status.orderMode],
    ["validated", dateTimeText(status.validationDate)],
    ["expires", dateText(status.expirationDate)],
    ["next check", dateTimeText(status.nextCheck)]
  ], { domain, ...status })

const status = Command.make("status", { domain: domainArgument }, ({ domain }) =>
  Effect.flatMap(DomainValidation.status(domain), (current) => printStatus(domain, current)).pipe(withScm)).pipe(
    describe("Show a domain's validation status.", [[`scm dcv status ${firstDomain} -o json`, "as JSON"]])
  )

/** `scm dcv`. */
export const dcv: TopLevel<"dcv"> = Command.make("dcv").pipe(
  describe(descriptionOf("dcv"), [[`scm dcv start ${firstDomain} --method txt`, "the TXT record to publish"]]),
  Command.withSubcommands([start, submit, status])
)
