/**
 * The device certificates the device report shows: the mock serves no device enrollment, so a small
 * fixed set, dated from the server's start like the SSL seed, whose status follows the `Clock` (an
 * issued one whose expiry has passed reports as "Expired").
 */
import { signatureAlgorithm } from "../../pki/pki.js"
import type { OrganizationFacts } from "./rows.js"
import { isoTime, present } from "../../http/routeHelpers.js"

/** One device certificate. Times are milliseconds on the server's `Clock`. */
export interface DeviceRecord {
  readonly id: number
  readonly commonName: string
  readonly orgId: number
  /** "Requested", "Approved", "Applied", "Issued" or "Revoked"; "Expired" is worked out from `expires`. */
  readonly status: string
  readonly requested: number
  readonly issued: number | undefined
  readonly expires: number | undefined
  readonly revoked: number | undefined
  readonly enrollType: string
  /** Days the certificate is (or will be) valid for. */
  readonly term: number
  /** The device owner's contact, as the enrollment gave it. */
  readonly email: string
  /** The admin who approved it, once approved. */
  readonly approver: string | undefined
  readonly comments: string
}

const day = 24 * 60 * 60 * 1000

/** Days from the start: requested, then issued an hour later with a term, some revoked. */
const layout: ReadonlyArray<{
  readonly name: string
  readonly orgId: number
  readonly status: string
  readonly requestedDaysAgo: number
  readonly term?: number
  readonly revokedDaysAgo?: number
  readonly enrollType: string
}> = [
  { name: "badge-reader-01", orgId: 1001, status: "Issued", requestedDaysAgo: 350, term: 365, enrollType: "API" },
  { name: "badge-reader-02", orgId: 1001, status: "Issued", requestedDaysAgo: 120, term: 365, enrollType: "API" },
  { name: "printer-floor3", orgId: 1002, status: "Issued", requestedDaysAgo: 700, term: 730, enrollType: "SCEP_ENROLL" },
  { name: "router-ams-01", orgId: 1010, status: "Issued", requestedDaysAgo: 400, term: 365, enrollType: "EST_ENROLL" },
  { name: "router-ams-02", orgId: 1011, status: "Revoked", requestedDaysAgo: 200, term: 365, revokedDaysAgo: 10, enrollType: "EST_ENROLL" },
  { name: "lab-sensor-07", orgId: 1020, status: "Issued", requestedDaysAgo: 30, term: 90, enrollType: "REST_ENROLL" },
  { name: "lab-sensor-08", orgId: 1020, status: "Requested", requestedDaysAgo: 1, term: 90, enrollType: "REST_ENROLL" },
  { name: "kiosk-lobby", orgId: 1003, status: "Approved", requestedDaysAgo: 2, term: 365, enrollType: "API_APPROVAL" },
  { name: "camera-gate-2", orgId: 1001, status: "Applied", requestedDaysAgo: 0, term: 365, enrollType: "API" }
]

/** Whether a device of this status has been approved (by the admin the report names). */
const approved = (status: string) => status !== "Requested"

/** The device's owner, the approving admin and a note, as an enrollment and its approval leave them. */
const people = (name: string, orgId: number) => ({
  email: `${name.split("-")[0]}-owner@${orgId >= 1020 ? "example-lab.org" : orgId >= 1010 ? "example.eu" : "example.com"}`,
  approver: orgId >= 1020 ? "Grace Liu" : orgId >= 1010 ? "Eva de Vries" : "Priya Natarajan",
  comments: `Enrolled for ${name}`
})

/** The device set, dated from `start`. */
export const seededDevices = (start: number): ReadonlyArray<DeviceRecord> =>
  layout.map((device, index) => {
    const requested = start - device.requestedDaysAgo * day
    const term = device.term ?? 365
    const signed = device.status === "Issued" || device.status === "Revoked"
    const issued = signed ? requested + 60 * 60 * 1000 : undefined
    const { approver, ...contact } = people(device.name, device.orgId)
    return {
      id: 40001 + index,
      commonName: `${device.name}.devices.example.com`,
      orgId: device.orgId,
      status: device.status,
      requested,
      issued,
      // Until issued, the expiry the term gives from the request, as SCM's report shows it.
      expires: (issued ?? requested) + term * day,
      revoked: device.revokedDaysAgo === undefined ? undefined : start - device.revokedDaysAgo * day,
      enrollType: device.enrollType,
      term,
      ...contact,
      approver: approved(device.status) ? approver : undefined
    }
  })

/** The status at `now`: an issued certificate past its expiry is "Expired". */
export const deviceStatusAt = (device: DeviceRecord, now: number): string =>
  device.status === "Issued" && device.expires !== undefined && device.expires <= now ? "Expired" : device.status

/** ReportRowDeviceCert. */
export const deviceRowOf = (organizations: ReadonlyMap<number, OrganizationFacts>, caName: string, now: number) =>
(device: DeviceRecord): Readonly<Record<string, unknown>> => {
  const organization = organizations.get(device.orgId)
  const issued = device.issued !== undefined
  // An order and its number exist from the request on; the serial and the signature once signed, "" before (as SCM's report shows).
  return present({
    id: device.id,
    commonName: device.commonName,
    organization: present({ id: String(device.orgId), name: organization?.name }),
    deviceCertStatus: deviceStatusAt(device, now),
    subject: `CN=${device.commonName},O=${organization?.name ?? "Example Corp"}`,
    email: device.email,
    city: organization?.city,
    state: organization?.state,
    country: organization?.country,
    orderNumber: device.id + 8_000_000,
    backendCertId: String(device.id + 8_000_000),
    serialNumber: issued ? (device.id * 7919).toString(16).toUpperCase().padStart(16, "0") : "",
    caName: issued ? caName : undefined,
    certTypeName: "Device Certificate",
    keyUsage: issued ? "digitalSignature, keyEncipherment" : undefined,
    extendedKeyUsage: issued ? "clientAuth" : undefined,
    enrolled: isoTime(device.requested),
    revoked: isoTime(device.revoked),
    expire: isoTime(device.expires),
    enrollType: device.enrollType,
    keyAlgorithm: "EC",
    keySize: 256,
    keyType: "EC - P-256",
    signatureAlgorithm: issued ? signatureAlgorithm : "",
    approver: device.approver,
    comments: device.comments,
    customFields: []
  })
}
