/**
 * Organizations: the list sends OrganizationBasicResp (not paginated, as SCM's), `GET {id}` the
 * seeded OrganizationResp, for an organization or one of its departments.
 */
import { Effect, Either } from "effect"
import type { OrganizationSeed } from "../MockScmServer.js"
import { integerParam, maxInt32 } from "./query.js"
import type { Resource } from "./resources.js"
import { badRequest, entityNotFound, ErrorCode, jsonResponse } from "./scmErrors.js"

/** OrganizationBasicResp's fields. */
const basicFields = ["id", "name", "parentName", "departments"] as const

const basicOf = (organization: OrganizationSeed): Readonly<Record<string, unknown>> =>
  Object.fromEntries(basicFields.filter((name) => organization[name] !== undefined).map((name) => [name, organization[name]]))

/** A department's details: its own id and name under its organization, with the organization's settings. */
const departmentDetails = (organization: OrganizationSeed, department: Readonly<Record<string, unknown>>) => {
  const { departments: _departments, alias: _alias, ...inherited } = organization
  return { ...inherited, ...department, parentId: organization.id, parentName: organization.name, departments: [] }
}

/** Every organization and department by id, with the details `GET {id}` sends. */
const detailsById = (organizations: ReadonlyArray<OrganizationSeed>): ReadonlyMap<number, Readonly<Record<string, unknown>>> => {
  const byId = new Map<number, Readonly<Record<string, unknown>>>()
  for (const organization of organizations) {
    byId.set(organization.id, organization)
    const departments = organization["departments"]
    if (!Array.isArray(departments)) continue
    for (const department of departments) {
      if (typeof department === "object" && department !== null && "id" in department && typeof department.id === "number") {
        byId.set(department.id, departmentDetails(organization, department))
      }
    }
  }
  return byId
}

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
        Effect.succeed(Either.match(integerParam({ id: call.pathParams["id"] ?? "" }, "id", 1, maxInt32), {
          onLeft: () => badRequest(`Path parameter id must be an integer from 1 to ${maxInt32}`),
          onRight: (id) =>
            (id === undefined ? undefined : details.get(id)) ??
              entityNotFound(ErrorCode.organizationNotFound, `Organization '${String(id)}' not found.`)
        }))
    }
  ]
}
