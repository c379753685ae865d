/**
 * What each area shows of its state to the test controls (`GET /__admin/state/{area}`, the
 * dashboard): one row per record, the fields a person looks for first, dates as RFC 3339 times
 * from the server's `Clock`, and never a secret (no EAB key, no password). Each area makes its
 * own rows; these are their shapes, on the ground floor so that every area, the admin API and the
 * dashboard's browser code (which imports only types, and this file has no imports) share them.
 */

/** An SSL or S/MIME certificate. */
export interface CertificateRow {
  /** `sslId`, or the S/MIME certificate's id. */
  readonly id: number
  /** The S/MIME order number (`backendCertId`) collect, revoke and renew name it by; absent for SSL. */
  readonly orderNumber?: string
  /** SSL: the common name; S/MIME: the e-mail address. */
  readonly subject: string
  /** SSL: the subject alternative names; S/MIME: the secondary e-mail addresses. */
  readonly names: ReadonlyArray<string>
  /** As the API shows it (SSL "Applied", "Issued" ...; S/MIME "requested", "issued" ...). */
  readonly status: string
  /** The profile's name (or its id, when the seed has no such profile). */
  readonly profile: string
  readonly orgId: number | null
  readonly serialNumber: string | null
  readonly requested: string | null
  readonly issued: string | null
  readonly expires: string | null
  /** Whether it was issued, so that its chain can be downloaded. */
  readonly downloadable: boolean
}

/** A domain with its domain control validation. */
export interface DomainRow {
  readonly id: number
  readonly name: string
  readonly active: boolean
  /** "Validated", "Not validated" or "Expired", at the Clock's time. */
  readonly dcvStatus: string
  /** How control was last proven (DomainInfo's `validationMethod`), if it was. */
  readonly dcvMethod: string | null
  /** The DCV order's status ("Not initiated", "Awaiting submission", "Submitted") and mode (HTTP, CNAME ...). */
  readonly orderStatus: string
  readonly orderMode: string | null
  readonly dcvExpires: string | null
  readonly delegatedTo: ReadonlyArray<number>
}

/** An ACME account, public or private CA; its External Account Binding keys are never shown. */
export interface AcmeAccountRow {
  readonly id: number
  readonly kind: "public" | "private CA"
  readonly name: string
  readonly organizationId: number
  readonly acmeServer: string
  readonly status: string
  readonly validationType: string
  /** The private CA account's SSL profile. */
  readonly profile: string | null
  readonly domains: ReadonlyArray<string>
  readonly clients: number
}

/** A person S/MIME certificates are issued to. */
export interface PersonRow {
  readonly id: number
  readonly name: string
  readonly email: string
  readonly organizationId: number
  readonly validationType: string
}

/** A client admin; its password is never shown. */
export interface AdminRow {
  readonly id: number
  readonly login: string
  readonly name: string
  readonly email: string
  readonly type: string
  readonly status: string
  /** Each role with the organization it holds it in: `RAO_SSL @ 1`. */
  readonly roles: ReadonlyArray<string>
}

/** The areas the test controls show, by the name their path takes. */
export interface AreaRows {
  readonly ssl: CertificateRow
  readonly smime: CertificateRow
  readonly domains: DomainRow
  readonly acme: AcmeAccountRow
  readonly persons: PersonRow
  readonly admins: AdminRow
}

/** An area's name in `GET /__admin/state/{area}`. */
export type AreaName = keyof AreaRows

/** The area names, in the order the dashboard shows them. */
export const areaNames: ReadonlyArray<AreaName> = ["ssl", "smime", "domains", "acme", "persons", "admins"]

/** A time on the server's `Clock` as the rows give it, `null` when there is none. */
export const rowTime = (millis: number | undefined): string | null => (millis === undefined ? null : new Date(millis).toISOString())
