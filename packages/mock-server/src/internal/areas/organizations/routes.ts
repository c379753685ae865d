/**
 * Organizations: the list sends OrganizationBasicResp (not paginated, as SCM's), `GET {id}` the
 * seeded OrganizationResp, for an organization or one of its departments.
 */
import { Effect, Result } from "effect"
import type { OrganizationSeed } from "../../state/seed.js"
import { maxInt32, pathInteger } from "../../http/query.js"
import type { Resource } from "../../http/resource.js"
import { type Department, departmentsOf } from "../../state/seed.js"
import { badRequest, entityNotFound, ErrorCode, jsonResponse } from "../../http/scmErrors.js"

/** OrganizationBasicResp's fields. */
const basicFields = ["id", "name", "parentName", "departments"] as const

const basicOf = (organization: OrganizationSeed): Readonly<Record<string, unknown>> =>
  Object.fromEntries(basicFields.filter((name) => organization[name] !== undefined).map((name) => [name, organization[name]]))

/** A department's details: its own id and name under its organization, with the organization's settings. */
const departmentDetails = (organization: OrganizationSeed, department: Department) => {
  const { departments: _departments, alias: _alias, ...inherited } = organization
  return { ...inherited, ...department, parentId: organization.id, parentName: organization.name, departments: [] }
}

/** Every organization and department by id, with the details `GET {id}` sends. */
const detailsById = (organizations: ReadonlyArray<OrganizationSeed>): ReadonlyMap<number, Readonly<Record<string, unknown>>> =>
  new Map(
    organizations.flatMap((organization) => [
      [organization.id, organization] as const,
      ...departmentsOf(organization).map((department) => [department.id, departmentDetails(organization, department)] as const)
    ])
  )

/** `GET /organization/v1` and `GET /organization/v1/{id}`. */
export const organizationResources = (organizations: ReadonlyArray<OrganizationSeed>): ReadonlyArray<Resource> => {
  const list = Effect.succeed(jsonResponse(200, organizations.map(basicOf)))
  const details = new Map([...detailsById(organizations)].map(([id, organization]) => [id, jsonResponse(200, organization)]))
  return [
    { method: "GET", path: "/organization/v1", handle: () => list },
    {
      method: "GET",
      path: "/organization/v1/:id",
      handle: (call) =>
        Effect.succeed(Result.match(pathInteger(call.pathParams, "id", 1, maxInt32), {
          onFailure: badRequest,
          onSuccess: (id) => details.get(id) ?? entityNotFound(ErrorCode.organizationNotFound, `Organization '${id}' not found.`)
        }))
    }
  ]
}
