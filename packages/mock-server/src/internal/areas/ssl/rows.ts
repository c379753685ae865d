/**
 * The SSL certificates as the test controls list them (`GET /__admin/state/ssl`, the dashboard).
 */
import type { SslTypeSeed } from "../../state/seed.js"
import { type CertificateRow, rowTime } from "../../state/overview.js"
import { type SslRecord, wasIssued } from "./certificates.js"

/** A profile's name by its id, or the id where the seed has no such profile. */
export const profileNamer = (profiles: ReadonlyArray<SslTypeSeed>) => {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]))
  return (id: number | undefined): string => (id === undefined ? "" : names.get(id) ?? String(id))
}

/** One SSL certificate's row. */
export const sslRow = (record: SslRecord, profileName: (id: number | undefined) => string): CertificateRow => ({
  id: record.sslId,
  subject: record.commonName,
  names: record.subjectAlternativeNames,
  status: record.status,
  profile: profileName(record.sslTypeId),
  orgId: record.orgId ?? null,
  serialNumber: record.serialNumber ?? null,
  requested: rowTime(record.requested),
  issued: rowTime(record.issued),
  expires: rowTime(record.expires),
  downloadable: wasIssued(record)
})

/** A certificate file's name from its common name (or e-mail): `*` as "star", anything unsafe as `_`. */
export const certificateFileName = (name: string, extension: string): string =>
  `${name.replace(/^\*/, "star").replace(/[^A-Za-z0-9.-]/g, "_") || "certificate"}.${extension}`
