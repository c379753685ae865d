/**
 * The reports area (`POST /report/v1/...`): SSL, device, domain and activity reports from the
 * mock's state, and how a report request is read and its rows written, which the S/MIME report
 * shares. It reads the SSL area through that area's `index.ts`.
 */
export { type CertificateReportRequest, certificateReportRequest, inWindow, outputTypeOf, reportResponse } from "./request.js"
export { reportResources } from "./routes.js"
export { organizationFacts } from "./rows.js"
