/**
 * `renewExpiring`: the expiring certificates from one SSL report, then, a few at a time, each
 * checked against what SCM itself records (a renewed certificate's details say `renewed: true` with
 * its `renewedDate`: SCM sets them when it takes the renewal) and renewed if it was not. So a run
 * that was interrupted, or met a 503 half-way, can simply be run again: whatever SCM took the first
 * time is skipped, nothing is ordered twice, and no state is kept on the client's side.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { RenewalEvent, RenewExpiringOptions } from "../Renewals.js"
import type * as ScmError from "../ScmError.js"
import type { ScmHttpClient } from "../ScmHttpClient.js"
import type { Certificate, ExpiringCertificate } from "../SslCertificates.js"
import * as SslCertificates from "./sslCertificates.js"

/** @internal */
export const defaultConcurrency = 4

/** Whether SCM records the certificate as renewed already. */
const renewedAlready = (details: Certificate) => details.renewed === true || details.renewedDate !== undefined

const failed = (certificate: ExpiringCertificate) => (error: ScmError.ScmError): RenewalEvent => ({ _tag: "Failed", certificate, error })

/** The events of one certificate: skipped, or renewing then renewed (or failed). */
const renewOne = (certificate: ExpiringCertificate, dryRun: boolean): Stream.Stream<RenewalEvent, never, ScmHttpClient> =>
  Stream.unwrap(
    SslCertificates.get(certificate.id).pipe(
      Effect.map((details): Stream.Stream<RenewalEvent, never, ScmHttpClient> => {
        if (renewedAlready(details)) {
          return Stream.succeed({
            _tag: "Skipped",
            certificate,
            reason: "alreadyRenewed",
            ...(details.renewedDate === undefined ? {} : { renewedDate: details.renewedDate })
          })
        }
        if (dryRun) return Stream.succeed({ _tag: "Skipped", certificate, reason: "dryRun" })
        const renewing: RenewalEvent = { _tag: "Renewing", certificate }
        return Stream.concat(
          Stream.succeed(renewing),
          Stream.fromEffect(
            SslCertificates.renew(certificate.id).pipe(
              Effect.map((renewed): RenewalEvent => ({ _tag: "Renewed", certificate, renewed })),
              Effect.catch((error) => Effect.succeed(failed(certificate)(error)))
            )
          )
        )
      }),
      Effect.catch((error) => Effect.succeed(Stream.succeed(failed(certificate)(error))))
    )
  )

/** @internal */
export const renewExpiring = (options: RenewExpiringOptions) => {
  const concurrency = options.concurrency ?? defaultConcurrency
  const dryRun = options.dryRun ?? false
  return Stream.unwrap(
    Effect.map(
      SslCertificates.expiring({
        within: options.within,
        ...(options.organizationId === undefined ? {} : { organizationId: options.organizationId })
      }),
      (certificates) =>
        Stream.concat(
          Stream.succeed<RenewalEvent>({ _tag: "Found", certificates, within: Duration.fromInputUnsafe(options.within), dryRun }),
          Stream.flatMap(Stream.fromIterable(certificates), (certificate) => renewOne(certificate, dryRun), { concurrency })
        )
    )
  ).pipe(Stream.withSpan("Renewals.renewExpiring", { attributes: { "scm.concurrency": concurrency, "scm.dry_run": dryRun } }))
}
