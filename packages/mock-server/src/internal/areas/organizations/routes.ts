/**
 * Organizations: the list sends OrganizationBasicResp (not paginated, as SCM's), `GET {id}` an
 * OrganizationResp, for an organization or one of its departments. Create (an organization, or a
 * department under the organization its `parentOrgName` names) answers 201 with the `Location`
 * of what it made, update answers the OrganizationResp, delete 204 (an organization goes with its
 * departments), as the REST reference shows.
 */
import { Effect, Result } from "effect"
import { created } from "../../http/recordAnswers.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import * as Fields from "../../http/requestFields.js"
import { answer, type Answer, bodyFields, idParam, noContent, read } from "../../http/routeHelpers.js"
import { entityNotFound, ErrorCode, invalidField, jsonResponse, missingField, refusal } from "../../http/scmErrors.js"
import type { OrganizationRecord, OrganizationStore } from "./store.js"

const unknownOrganization = (id: number) => entityNotFound(ErrorCode.organizationNotFound, `Organization '${id}' not found.`)

const nameOf = (record: OrganizationRecord): string => String(record.details["name"] ?? "")

/** OrganizationBasicResp: an organization and its departments. */
const basicOf = (record: OrganizationRecord, all: ReadonlyArray<OrganizationRecord>): Readonly<Record<string, unknown>> => ({
  id: record.id,
  name: nameOf(record),
  departments: all.filter((department) => department.parentId === record.id).map((department) => ({
    id: department.id,
    parentName: nameOf(record),
    name: nameOf(department)
  }))
})

/** OrganizationResp: an organization with its departments, a department with its organization. */
const detailsOf = (record: OrganizationRecord, all: ReadonlyArray<OrganizationRecord>): Readonly<Record<string, unknown>> => {
  const parent = record.parentId === undefined ? undefined : all.find((candidate) => candidate.id === record.parentId)
  return {
    id: record.id,
    ...record.details,
    ...(parent === undefined
      ? { departments: basicOf(record, all)["departments"] }
      : { parentId: parent.id, parentName: nameOf(parent), departments: [] })
  }
}

/** The request's fields as OrganizationResp names them (`stateProvince` is `stateOrProvince`, `alternativeName` `secondaryName`). */
const textFields: ReadonlyArray<readonly [request: string, details: string, maxLength: number]> = [
  ["name", "name", 128],
  ["address1", "address1", 128],
  ["address2", "address2", 128],
  ["address3", "address3", 128],
  ["city", "city", 32],
  ["stateProvince", "stateOrProvince", 32],
  ["postalCode", "postalCode", 10],
  ["alternativeName", "secondaryName", 1024],
  ["alias", "alias", 1024],
  ["contactEmails", "contactEmails", 512],
  ["contactWebhook", "contactWebhook", 2048],
  ["contactSlack", "contactSlack", 2048],
  ["contactTeams", "contactTeams", 2048]
]

const flags = ["sslCertsApiEnabled", "clientCertsApiEnabled"] as const
const recoveryFlags = ["allowKeyRecoveryByMasterAdmins", "allowKeyRecoveryByOrgAdmins", "allowKeyRecoveryByDepartmentAdmins"] as const

const optionalFlag = (fields: Fields.Fields, name: string): Result.Result<boolean | undefined, Answer> => {
  const value = fields[name]
  return value === undefined || value === null ? Result.succeed(undefined) : typeof value === "boolean" ? Result.succeed(value) : Result.fail(invalidField(name))
}

/** ClientCertificate: who may recover keys, each a boolean. */
const clientCertificateOf = (value: unknown): Result.Result<Readonly<Record<string, boolean>>, Answer> =>
  Result.gen(function* () {
    const fields = yield* Result.mapError(Fields.fieldsOf(value), () => invalidField("clientCertificate"))
    const out: Record<string, boolean> = {}
    for (const name of recoveryFlags) {
      const flag = yield* Result.mapError(optionalFlag(fields, name), () => invalidField(`clientCertificate.${name}`))
      out[name] = flag ?? false
    }
    return out
  })

/** The details an AddOrganizationRequest or UpdateOrganizationRequest sets. */
const requestedDetails = (fields: Fields.Fields, creating: boolean): Result.Result<Readonly<Record<string, unknown>>, Answer> =>
  Result.gen(function* () {
    const details: Record<string, unknown> = {}
    for (const [name, detail, maxLength] of textFields) {
      const value = name === "name" && creating
        ? yield* Fields.requiredString(fields, name, maxLength)
        : yield* Fields.optionalString(fields, name, maxLength)
      if (value !== undefined) details[detail] = value
    }
    const country = yield* Fields.optionalString(fields, "country", 2)
    if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) return yield* Result.fail(invalidField("country"))
    if (country !== undefined) details["country"] = country.toUpperCase()
    for (const name of flags) {
      const flag = yield* optionalFlag(fields, name)
      if (flag !== undefined) details[name] = flag
    }
    const certificate = fields["clientCertificate"]
    if (certificate === undefined || certificate === null) {
      if (creating) return yield* Result.fail(missingField("clientCertificate"))
    } else {
      details["clientCertificate"] = yield* clientCertificateOf(certificate)
    }
    return details
  })

/** The routes over the organizations' store. */
export const organizationResources = (store: OrganizationStore): ReadonlyArray<Resource> => {
  const list = () => store.records.read((all) => jsonResponse(200, all.filter((record) => record.parentId === undefined).map((record) => basicOf(record, all))))

  const details = (call: ApiCall) =>
    answer(Effect.gen(function* () {
      const id = yield* idParam(call)
      return yield* store.records.read((all) => {
        const record = all.find((candidate) => candidate.id === id)
        return record === undefined ? unknownOrganization(id) : jsonResponse(200, detailsOf(record, all))
      })
    }))

  const create = (call: ApiCall) =>
    answer(Effect.gen(function* () {
      const fields = yield* bodyFields(call)
      const requested = yield* read(requestedDetails(fields, true))
      const parentName = yield* read(Fields.optionalString(fields, "parentOrgName", 128))
      const made = yield* store.create((id, all): Result.Result<OrganizationRecord, Answer> => {
        if (parentName === undefined) {
          return Result.succeed({ id, parentId: undefined, details: { certTypes: ["SSL", "SMIME", "CodeSign"], ...requested } })
        }
        const parent = all.find((record) => record.parentId === undefined && nameOf(record) === parentName)
        if (parent === undefined) return Result.fail(refusal(ErrorCode.organizationNotFound, `Organization '${parentName}' not found.`))
        const { alias: _alias, ...inherited } = parent.details
        return Result.succeed({ id, parentId: parent.id, details: { ...inherited, ...requested } })
      })
      const record = yield* Effect.fromResult(made)
      return created(call, `/organization/v1/${record.id}`)
    }))

  const update = (call: ApiCall) =>
    answer(Effect.gen(function* () {
      const id = yield* idParam(call)
      const requested = yield* read(requestedDetails(yield* bodyFields(call), false))
      const changed = yield* store.records.change(id, (record) => Result.succeed({ ...record, details: { ...record.details, ...requested } }))
      if (changed === undefined) return unknownOrganization(id)
      const record = yield* Effect.fromResult(changed)
      return yield* store.records.read((all) => jsonResponse(200, detailsOf(record, all)))
    }))

  const remove = (call: ApiCall) =>
    answer(Effect.gen(function* () {
      const id = yield* idParam(call)
      return (yield* store.remove(id)) === undefined ? unknownOrganization(id) : noContent
    }))

  return [
    { method: "GET", path: "/organization/v1", handle: list },
    { method: "POST", path: "/organization/v1", handle: create },
    { method: "GET", path: "/organization/v1/:id", handle: details },
    { method: "PUT", path: "/organization/v1/:id", handle: update },
    { method: "DELETE", path: "/organization/v1/:id", handle: remove }
  ]
}
