/**
 * What the certificate commands (`scm ssl`, `scm smime`) share: the collect format, where a
 * certificate goes, revocation reasons, waiting for issuance with progress, and what a wait that
 * ends early leaves the user: the id, and the exact command that collects the certificate later.
 */
import * as SslCertificates from "@scm-effect/core/SslCertificates"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Flag from "effect/cli/Flag"
import { durationFlag } from "../durations.js"
import { runHook } from "../hooks.js"
import { type Column, line, printRecord, writeFileAtomic, writeStderr, writeStdout } from "../output.js"
import * as Progress from "../progress.js"
import { ConfigProfile, Output } from "../settings.js"
import { choiceFlag } from "./common.js"

export const formatFlag = choiceFlag("format", SslCertificates.CollectFormat.literals, "FORMAT").pipe(
  Flag.withDescription(`pemia (default: the certificate, then its issuers, PEM), ${SslCertificates.CollectFormat.literals.filter((f) => f !== "pemia").join(", ")}; bin is PKCS#7 DER`),
  Flag.withDefault("pemia" as const)
)

export const outFlag = Flag.String("out").pipe(
  Flag.withMetavar("FILE"),
  Flag.withDescription("write the certificate there (whole or not at all) instead of stdout"),
  Flag.optional
)

/** `--wait` and `--timeout`. */
export const waitFlags = (what: string) => ({
  wait: Flag.Boolean("wait").pipe(Flag.withDescription(`wait until issued, then ${what}`), Flag.withDefault(false)),
  timeout: durationFlag("timeout").pipe(
    Flag.withDescription("how long --wait waits (default 15m)"),
    Flag.withDefault(Duration.minutes(15))
  )
})

/**
 * A collected certificate, where it was asked to go: a file, stdout as is, or inside a JSON
 * document. Returns the file written, if any.
 */
export const deliver = Effect.fn("certificates.deliver")(function*(
  collected: string | Uint8Array,
  out: Option.Option<string>,
  record: Record<string, unknown>
) {
  const format = yield* Output
  if (Option.isSome(out)) {
    yield* writeFileAtomic(out.value, collected)
    const bytes = typeof collected === "string" ? new TextEncoder().encode(collected).length : collected.length
    if (format !== "table") yield* printRecord([], { ...record, file: out.value, bytes })
    else yield* writeStderr(`wrote ${out.value} (${bytes} bytes)\n`)
    return Option.some(out.value)
  }
  if (format !== "table") {
    const certificate = typeof collected === "string" ? collected : Buffer.from(collected).toString("base64")
    yield* printRecord([], { ...record, certificate })
  } else {
    yield* writeStdout(collected)
  }
  return Option.none<string>()
})

export const reasonCodes = Object.keys(SslCertificates.ReasonCode) as Array<keyof typeof SslCertificates.ReasonCode>

/** `--reason TEXT [--code ...]`, as SCM's revoke takes them. */
export const revocationFlags = {
  reason: Flag.String("reason").pipe(Flag.withMetavar("TEXT"), Flag.withDescription("why, in words (SCM requires it)")),
  code: choiceFlag("code", reasonCodes, "CODE").pipe(
    Flag.withDescription(`the RFC 5280 reason: ${reasonCodes.join(", ")} (default unspecified)`),
    Flag.withDefault("unspecified" as const)
  )
}

/** What the progress of a wait for issuance says. */
export const issuance = { waiting: "waiting for issuance", pending: "not issued yet, polling", done: "issued" } as const

/**
 * Runs a wait (`awaitIssued`, `awaitValidated`) on `schedule`, reporting each poll on stderr.
 */
export const pollWithProgress = <A, E, R, In>(
  label: string,
  text: { readonly waiting: string; readonly pending: string; readonly done: string },
  schedule: Schedule.Schedule<unknown, In>,
  wait: (schedule: Schedule.Schedule<unknown, In>) => Effect.Effect<A, E, R>
) =>
  Effect.scoped(Effect.gen(function*() {
    const progress = yield* Progress.make(label)
    yield* progress.update(text.waiting)
    const result = yield* wait(schedule.pipe(Schedule.tap((step) => progress.update(text.pending, { done: step.attempt }))))
    yield* progress.finish(text.done)
    return result
  }))

/** A value as one shell word. */
export const shellQuote = (value: string): string => /^[A-Za-z0-9_./:=@%+,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`

/** How the certificate of an interrupted wait is collected later: the command, as the user would type it. */
export const collectCommand = Effect.fn("certificates.collectCommand")(function*(
  area: "ssl" | "smime",
  id: string | number,
  options: {
    readonly format: string
    readonly out: Option.Option<string>
    readonly hook?: Option.Option<string> | undefined
  }
) {
  const profile = yield* ConfigProfile
  const output = yield* Output
  return [
    "scm",
    ...(Option.isSome(profile) ? ["--config-profile", profile.value] : []),
    area,
    "collect",
    String(id),
    "--wait",
    ...(options.format === "pemia" ? [] : ["--format", options.format]),
    ...(Option.isSome(options.out) ? ["--out", options.out.value] : []),
    ...(options.hook !== undefined && Option.isSome(options.hook) ? ["--deploy-hook", options.hook.value] : []),
    ...(output === "table" ? [] : ["-o", output])
  ].map(shellQuote).join(" ")
})

const isNotIssued = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "_tag" in error &&
  (error._tag === "NotIssuedError" || error._tag === "SmimeNotIssuedError")

/**
 * Waits for an ordered certificate; if the wait ends before it is issued (Ctrl-C, `--timeout`),
 * says so with the id and the command that collects it later: on stderr, and under `-o json` as
 * a JSON record on stdout, so that a script keeps the id.
 */
export const awaitOrdered = <A, E, R>(
  what: string,
  record: Record<string, unknown>,
  collect: string,
  wait: Effect.Effect<A, E, R>
) => {
  const notice = Effect.gen(function*() {
    const format = yield* Output
    yield* writeStderr(`scm: ${what} is ordered but not issued yet; collect it later with:\n  ${collect}\n`)
    if (format !== "table") yield* Effect.ignore(line(JSON.stringify({ ...record, issued: false, collect }, null, format === "json" ? 2 : undefined)))
  })
  return wait.pipe(
    Effect.onInterrupt(() => notice),
    Effect.tapError((error) => isNotIssued(error) ? notice : Effect.void)
  )
}

/** The code of a `--code` name, and the record a revocation prints (`{ sslId | backendCertId, ... }`). */
export const revoked = (key: "sslId" | "backendCertId", id: string | number, code: keyof typeof SslCertificates.ReasonCode, reason: string) => {
  const reasonCode = SslCertificates.ReasonCode[code]
  return {
    reasonCode,
    print: printRecord([["revoked", id], ["reason", `${code} (${reasonCode}): ${reason}`]], {
      [key]: id,
      revoked: true,
      reasonCode,
      reason
    })
  }
}

/** Where a certificate goes once collected, and what its deploy hook is told about it. */
export interface Delivery {
  readonly format: SslCertificates.CollectFormat
  readonly out: Option.Option<string>
  readonly hook: Option.Option<string>
  /** What the JSON output says of the certificate (`{ sslId, renewId }`, `{ backendCertId }`). */
  readonly record: Record<string, unknown>
  /** The hook's variables besides SCM_CERT_PATH, SCM_CERT_FORMAT and SCM_KEY_PATH. */
  readonly variables: Readonly<Record<string, string | number | undefined>>
  readonly keyOut?: Option.Option<string> | undefined
}

/** Delivers a collected certificate, then runs the deploy hook on the file it went to. */
export const deliverAndHook = Effect.fn("certificates.deliverAndHook")(function*(
  collected: string | Uint8Array,
  delivery: Delivery
) {
  const written = yield* deliver(collected, delivery.out, { ...delivery.record, format: delivery.format })
  if (Option.isNone(written)) return
  yield* runHook(delivery.hook, written.value, {
    ...delivery.variables,
    SCM_CERT_FORMAT: delivery.format,
    SCM_KEY_PATH: delivery.keyOut !== undefined && Option.isSome(delivery.keyOut) ? delivery.keyOut.value : undefined
  })
})

/**
 * Waits for an ordered certificate (`label`: "certificate 30012"), then delivers it; a wait that
 * ends early says how to collect it later.
 */
export const waitAndDeliver = <E, R>(
  area: "ssl" | "smime",
  id: string | number,
  label: string,
  wait: (schedule: Schedule.Schedule<unknown, unknown>) => Effect.Effect<string | Uint8Array, E, R>,
  delivery: Delivery
) =>
  Effect.gen(function*() {
    const collect = yield* collectCommand(area, id, { format: delivery.format, out: delivery.out, hook: delivery.hook })
    const collected = yield* awaitOrdered(
      label,
      delivery.record,
      collect,
      pollWithProgress(label, issuance, SslCertificates.defaultPollSchedule, wait)
    )
    yield* deliverAndHook(collected, delivery)
  })

/** A certificate profile as `ssl profiles` and `smime profiles` show it. */
interface ProfileRow {
  readonly id: number
  readonly name: string
  readonly terms: ReadonlyArray<number>
  readonly description?: string | undefined
}

/** `EC P-256, RSA 2048 3072`: a profile's key types. */
export const keyTypesText = (keyTypes: { readonly [algorithm: string]: ReadonlyArray<string> } | undefined): string =>
  Object.entries(keyTypes ?? {}).map(([algorithm, values]) => [algorithm, ...values].join(" ")).join(", ")

/** The columns of `ssl profiles` and `smime profiles`. */
export const profileColumns: ReadonlyArray<Column<ProfileRow>> = [
  { header: "ID", get: (row) => row.id, align: "right" },
  { header: "NAME", get: (row) => row.name },
  { header: "TERMS", get: (row) => row.terms.join(",") },
  {
    header: "KEY TYPES",
    get: (row) => keyTypesText((row as { readonly keyTypes?: Record<string, ReadonlyArray<string>> }).keyTypes),
    flex: true
  },
  { header: "DESCRIPTION", get: (row) => row.description, wide: true }
]
