/**
 * The S/MIME (client certificate) area: profiles, enrollment for a person, issuance, collect,
 * revoke, renew (`/smime/v1`, `/smime/v2`) and the client certificate report, with its store, its
 * seed and its issuing CA. It reads the SSL area (CSR checks, profiles, collect answers), the
 * persons and the reports through their `index.ts`; the server's assembly uses what is exported here.
 */
export { makeSmimeIssuer } from "./issuer.js"
export { smimeReportResources } from "./report.js"
export { smimeResources } from "./routes.js"
export { smimeRow } from "./rows.js"
export { wasIssued as wasSmimeIssued } from "./certificates.js"
export { defaultSmimeCertificates, defaultSmimeCustomFields, defaultSmimeTypes } from "./seed.js"
export { makeSmimeStore, type SmimeStore } from "./store.js"
