/**
 * The S/MIME certificates as the test controls list them (`GET /__admin/state/smime`, the dashboard).
 */
import { type CertificateRow, rowTime } from "../../state/overview.js"
import { type SmimeRecord, wasIssued } from "./certificates.js"

/** One S/MIME certificate's row; `profileName` names a profile by its id. */
export const smimeRow = (record: SmimeRecord, profileName: (id: number | undefined) => string): CertificateRow => ({
  id: record.id,
  orderNumber: record.backendCertId,
  subject: record.email,
  names: record.secondaryEmails,
  status: record.state,
  profile: profileName(record.certTypeId),
  orgId: record.orgId,
  serialNumber: record.serialNumber ?? null,
  requested: rowTime(record.requested),
  issued: rowTime(record.issued),
  expires: rowTime(record.expires),
  downloadable: wasIssued(record)
})
