/**
 * The SSL area: certificate profiles, enrollment from a CSR, issuance on the `Clock`, collect,
 * revoke, renew (`/ssl/v1`, `/ssl/v2`), with its store, its seed and its issuing CA. What other
 * areas, the admin API and the server may use of it is exported here and nowhere else; the files
 * of this folder import the lower layers (`http/`, `pki/`, `state/`) and each other, never
 * another area.
 */
export {
  backendCertIdOf,
  findBySerial,
  type IssuanceGate,
  type IssuanceSettings,
  type PendingCollect,
  serialNumberFor,
  type SslRecord,
  wasIssued
} from "./certificates.js"
export { collectedAnswer, notCollectable, pendingCollectAnswer, revokedNotDownloadable } from "./collect.js"
export { customFieldsOf, maxCsrLength, profileTerm, readCsr } from "./enrollment.js"
export { makeSslIssuer, type SslIssuer } from "./issuer.js"
export { offeredTo, type Profile, toProfile } from "./profiles.js"
export { sslResources } from "./routes.js"
export { certificateFileName, profileNamer, sslRow } from "./rows.js"
export { defaultCustomFields, defaultSslCertificates, defaultSslTypes } from "./seed.js"
export {
  defaultIssuanceSettings,
  isValidIssuanceDelay,
  makeSslStore,
  maxIssuanceDelaySeconds,
  pendingCollects,
  type SslStore,
  type StoreResult
} from "./store.js"
export { type SignedFacts, signedFactsOf } from "./views.js"
