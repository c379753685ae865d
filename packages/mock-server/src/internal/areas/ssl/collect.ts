/**
 * What collect answers, for SSL and S/MIME certificates alike: the signed chain in the format
 * asked for, as a file, or SCM's refusal while a certificate is not issued (as the server's
 * `pendingCollect` setting says), or when it was revoked.
 */
import { Effect } from "effect"
import { HttpServerResponse } from "effect/http"
import type { Answer } from "../../http/routeHelpers.js"
import { ErrorCode, refusal } from "../../http/scmErrors.js"
import { type Chain, type CollectFormat, render } from "../../pki/collectFormats.js"
import type { PkiError } from "../../pki/model.js"
import type { X509Lib } from "../../pki/x509.js"
import type { PendingCollect } from "./certificates.js"

/** What collect answers for a certificate that is not (or not yet) issued. */
export const notCollectable = refusal(ErrorCode.notCollectable, "Certificate is not collectable.")
/** What collect answers while SCM processes the request. */
const beingProcessed = refusal(ErrorCode.beingProcessed, "The request is being processed by Sectigo.")
/** What collect answers for a revoked certificate. */
export const revokedNotDownloadable = refusal(ErrorCode.revokedNotDownloadable, "Certificate has been revoked and cannot be downloaded.")

/** Collect's "not issued yet" for a pending certificate, as the server's `pendingCollect` setting says: one, the other, or in turns. */
export const pendingCollectAnswer = (setting: PendingCollect, pendingCollects: number): Answer =>
  setting === "notCollectable"
    ? notCollectable
    : setting === "beingProcessed" || pendingCollects % 2 === 0
    ? beingProcessed
    : notCollectable

/** A collected certificate as SCM sends it: the chain rendered in `format`, as a file named `fileName(extension)`. */
export const collectedAnswer = (
  x509: X509Lib,
  chain: Effect.Effect<Chain, PkiError>,
  format: CollectFormat,
  fileName: (extension: string) => string
): Effect.Effect<Answer> =>
  Effect.map(Effect.orDie(chain), (signed) => {
    const rendered = render(x509, format, signed)
    return HttpServerResponse.uint8Array(rendered.body, {
      status: 200,
      contentType: "application/octet-stream",
      headers: { "content-disposition": `attachment; filename="${fileName(rendered.extension)}"` }
    })
  })
