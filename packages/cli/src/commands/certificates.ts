/**
 * What the certificate commands (`scm ssl`, `scm smime`) share: the collect format, where a
 * certificate goes, revocation reasons, and waiting for issuance with progress.
 */
import { SslCertificates } from "@scm-effect/core"
import type { Organizations } from "@scm-effect/core"
import { Effect, Option, Schedule } from "effect"
import { Flag } from "effect/cli"
import { UsageError } from "../failure.js"
import { printRecord, writeFileAtomic, writeStderr, writeStdout } from "../output.js"
import * as Progress from "../progress.js"
import { Output } from "../settings.js"

export const formatFlag = Flag.Literals("format", SslCertificates.CollectFormat.literals).pipe(
  Flag.withDescription("default pemia (the certificate, then its issuers, PEM); bin is PKCS#7 DER"),
  Flag.withDefault("pemia" as const)
)

export const outFlag = Flag.String("out").pipe(
  Flag.withMetavar("FILE"),
  Flag.withDescription("write the certificate there (whole or not at all) instead of stdout"),
  Flag.optional
)

/** A collected certificate, where it was asked to go: a file, stdout as is, or inside a JSON document. */
export const deliver = Effect.fn("certificates.deliver")(function*(
  collected: string | Uint8Array,
  out: Option.Option<string>,
  record: Record<string, unknown>
) {
  const format = yield* Output
  if (Option.isSome(out)) {
    yield* writeFileAtomic(out.value, collected)
    const bytes = typeof collected === "string" ? new TextEncoder().encode(collected).length : collected.length
    if (format !== "table") return yield* printRecord([], { ...record, file: out.value, bytes })
    return yield* writeStderr(`wrote ${out.value} (${bytes} bytes)\n`)
  }
  if (format !== "table") {
    const certificate = typeof collected === "string" ? collected : Buffer.from(collected).toString("base64")
    return yield* printRecord([], { ...record, certificate })
  }
  yield* writeStdout(collected)
})

export const reasonCodes = Object.keys(SslCertificates.ReasonCode) as Array<keyof typeof SslCertificates.ReasonCode>

/** `--reason TEXT [--code ...]`, as SCM's revoke takes them. */
export const revocationFlags = {
  reason: Flag.String("reason").pipe(Flag.withMetavar("TEXT"), Flag.withDescription("why, in words (SCM requires it)")),
  code: Flag.Literals("code", reasonCodes).pipe(
    Flag.withDescription("the RFC 5280 reason"),
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

/** A certificate profile given as an id or a name (as the profile list names them, case ignored). */
export const resolveProfile = <Id, E, R>(
  kind: string,
  profile: string,
  organizationId: Organizations.OrganizationId,
  options: {
    readonly make: (id: number) => Id
    readonly list: Effect.Effect<ReadonlyArray<{ readonly id: Id; readonly name: string }>, E, R>
  }
): Effect.Effect<Id, E | UsageError, R> =>
  /^\d+$/.test(profile)
    ? Effect.succeed(options.make(Number(profile)))
    : Effect.flatMap(options.list, (profiles) => {
      const found = profiles.find((candidate) => candidate.name.toLowerCase() === profile.toLowerCase())
      return found !== undefined ? Effect.succeed(found.id) : Effect.fail(
        new UsageError({
          message: `--profile: no ${kind} profile "${profile}" for organization ${organizationId}; there are ${
            profiles.map((candidate) => `"${candidate.name}" (${String(candidate.id)})`).join(", ")
          }`
        })
      )
    })
