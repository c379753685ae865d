/**
 * `POST /report/v1/client-certificates`: the client certificate report over the S/MIME store and
 * the persons, dated as the store dates its certificates (so a `TestClock` moves the report too).
 * Filters as the spec and the reference give them: organizations, a status (0 any, 2 enrolled,
 * 3 revoked, 4 expired, 5 enrolled and not downloaded, 6 not enrolled: persons without a
 * certificate, who also appear under 0) and a date (0 enrolled, 1 downloaded, 2 revoked,
 * 3 expires) between `from` and `to`.
 */
import { createHash } from "node:crypto"
import { Effect } from "effect"
import type { OrganizationSeed } from "../../state/seed.js"
import { fullName, type PersonRecord, type PersonStore } from "../persons/index.js"
import {
  type CertificateReportRequest,
  certificateReportRequest,
  inWindow,
  organizationFacts,
  outputTypeOf,
  reportResponse
} from "../reports/index.js"
import type { Resource } from "../../http/resource.js"
import type { SmimeRecord } from "./certificates.js"
import { answer, bodyFields, isoTime, present, read } from "../../http/routeHelpers.js"
import type { SmimeStore } from "./store.js"
import { subjectOf } from "./views.js"

const statuses = ["0", "2", "3", "4", "5", "6"] as const
const dateAttributes = ["0", "1", "2", "3"] as const

type Status = (typeof statuses)[number]
type DateAttribute = (typeof dateAttributes)[number]
type ReportRequest = CertificateReportRequest<Status, DateAttribute>

const codes = { statuses, anyStatus: "0", dateAttributes, defaultDateAttribute: "0" } as const

const statusMatches = (status: Status, record: SmimeRecord): boolean => {
  switch (status) {
    case "0":
      return true
    case "2":
      return record.state === "issued"
    case "3":
      return record.state === "revoked"
    case "4":
      return record.state === "expired"
    case "5":
      return record.state === "issued" && record.downloaded === undefined
    case "6":
      return false
  }
}

const dateOf = (attribute: DateAttribute, record: SmimeRecord): number | undefined =>
  attribute === "0" ? record.requested : attribute === "1" ? record.downloaded : attribute === "2" ? record.revoked : record.expires

/** A stable GUID for a person, in the shape SCM gives one. */
const guidOf = (personId: number): string => {
  const hex = createHash("sha256").update(`scm-mock-person-${personId}`).digest("hex")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** What the report needs. */
export interface SmimeReportDeps {
  readonly store: SmimeStore
  readonly persons: PersonStore
  readonly organizations: ReadonlyArray<OrganizationSeed>
}

/** The report's resource. */
export const smimeReportResources = (deps: SmimeReportDeps): ReadonlyArray<Resource> => {
  const organizations = organizationFacts(deps.organizations)
  const organizationOf = (id: number) => present({ id: String(id), name: organizations.get(id)?.name })
  const personOf = (person: PersonRecord | undefined, email: string, personId: number) =>
    present({ name: person === undefined ? undefined : fullName(person), email: person?.email ?? email, guid: guidOf(personId) })

  const rowOf = (record: SmimeRecord, person: PersonRecord | undefined) =>
    present({
      id: record.id,
      person: personOf(person, record.email, record.personId),
      organization: organizationOf(record.orgId),
      subject: subjectOf(record),
      email: record.email,
      orderNumber: Number(record.backendCertId),
      backendCertId: record.backendCertId,
      enrolled: isoTime(record.requested),
      downloaded: isoTime(record.downloaded),
      revoked: isoTime(record.revoked),
      expire: isoTime(record.expires),
      enrollType: record.enrollType,
      customFields: record.customFields,
      comments: record.comments
    })

  const inOrganizations = (request: ReportRequest, orgId: number) => request.organizationIds === undefined || request.organizationIds.has(orgId)

  return [
    {
      method: "POST",
      path: "/report/v1/client-certificates",
      handle: (call) =>
        answer(Effect.gen(function* () {
          yield* read(outputTypeOf(call.query))
          const request = yield* read(certificateReportRequest(yield* bodyFields(call), codes))
          const records = yield* deps.store.all
          const persons = yield* deps.persons.all
          const personById = new Map(persons.map((person) => [person.id, person]))
          const certified = records
            .filter((record) => inOrganizations(request, record.orgId) && statusMatches(request.status, record))
            .filter((record) => inWindow(request.window, dateOf(request.dateAttribute, record)))
            .map((record) => rowOf(record, personById.get(record.personId)))
          const enrolled = new Set(records.map((record) => record.personId))
          // "Person list (without client certificates) will be present in the report as well" for 0 and 6.
          const notEnrolled = request.status === "0" || request.status === "6"
            ? persons
              .filter((person) => !enrolled.has(person.id) && inOrganizations(request, person.organizationId))
              .map((person) => ({ person: personOf(person, person.email, person.id), organization: organizationOf(person.organizationId) }))
            : []
          return reportResponse("client-certificates", [...certified, ...notEnrolled])
        }))
    }
  ]
}
