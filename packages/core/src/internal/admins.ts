/**
 * The client admin operations, over the generated `/api/admin/v1` operations. A create answers
 * 201 with `Location` and no body: the new id is read from `Location`. A password is `Redacted`
 * until the request body is written.
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Generated from "../generated/Client.js"
import type { AdminRequest, CreateRequest, DeleteOptions, ListFilters, Role } from "../Admins.js"
import * as Spec from "../generated/Schemas.js"
import { idFromLocation } from "./acmeAccounts.js"
import { listOperations } from "./pagination.js"
import { apiOf, view } from "./request.js"
import * as schemas from "./schemas/admins.js"

// The generated operations this module calls.
const api = apiOf({
  createAdminAccount: Generated.createAdminAccount,
  deleteAdminUser: Generated.deleteAdminUser,
  getAdminDetails: Generated.getAdminDetails,
  getAvailableAdminRoles: Generated.getAvailableAdminRoles,
  getAvailablePrivilegesForRoles: Generated.getAvailablePrivilegesForRoles,
  listAdminUsers: Generated.listAdminUsers,
  updateAdminAccount: Generated.updateAdminAccount
})

type AdminId = typeof schemas.AdminId.Type

const asIdentities = view(Spec.ListAdminUsers200, Schema.Array(schemas.AdminIdentity))
const asAdmin = view(Spec.GetAdminDetails200, schemas.Admin)
const asRoles = view(Spec.GetAvailableAdminRoles200, Schema.Array(schemas.Role))
const asPrivileges = view(Spec.GetAvailablePrivilegesForRoles200, Schema.Array(schemas.PrivilegeDescription))

// The public filters allow `undefined`, branded ids and open-enum values; the spec's params are the same names.
const params = (filters: ListFilters | undefined) => filters as Spec.ListAdminUsersParams

/** @internal */
export const { count, list, page } = listOperations(
  "Admins",
  "/api/admin/v1",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.listAdminUsers({ params: { ...params(filters), position, size }, config: { includeResponse: true } }),
        ([items, response]) => [asIdentities(items), response] as const
      ))
)

/** @internal */
export const get = Effect.fn("Admins.get")(function*(id: AdminId) {
  yield* Effect.annotateCurrentSpan("scm.admin_id", id)
  return asAdmin(yield* (yield* api).getAdminDetails(String(id)))
})

/**
 * The spec's CreateAndUpdateClientAdminRequest: the password unwrapped here and nowhere else,
 * unset fields left out rather than sent as null.
 *
 * @internal
 */
export const requestBody = (request: AdminRequest): Spec.CreateAndUpdateClientAdminRequest => {
  const { password, ...rest } = request
  const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined))
  return {
    ...(fields as Omit<Spec.CreateAndUpdateClientAdminRequest, "password">),
    ...(password === undefined ? {} : { password: Redacted.value(password) })
  }
}

/** @internal */
export const create = Effect.fn("Admins.create")(function*(request: CreateRequest) {
  // The type and the roles only: login, names and email are personal data, the password a secret.
  yield* Effect.annotateCurrentSpan({
    "scm.admin_type": request.type ?? "STANDARD",
    "scm.admin_roles": request.credentials.map((credential) => credential.role).join(",")
  })
  const [, response] = yield* (yield* api).createAdminAccount({ payload: requestBody(request), config: { includeResponse: true } })
  const id = schemas.AdminId.make(yield* idFromLocation(response))
  yield* Effect.annotateCurrentSpan("scm.admin_id", id)
  return id
})

/** @internal */
export const update = Effect.fn("Admins.update")(function*(id: AdminId, request: AdminRequest) {
  yield* Effect.annotateCurrentSpan("scm.admin_id", id)
  yield* (yield* api).updateAdminAccount(String(id), { payload: requestBody(request) })
})

/** @internal */
export const remove = Effect.fn("Admins.remove")(function*(id: AdminId, options?: DeleteOptions) {
  yield* Effect.annotateCurrentSpan("scm.admin_id", id)
  const replacing = options?.replacingRequesterId
  yield* (yield* api).deleteAdminUser(String(id), replacing === undefined ? undefined : { params: { replacingRequesterId: replacing } })
})


/** @internal */
export const roles = Effect.fn("Admins.roles")(function*(options?: { readonly forEdit?: boolean | undefined }) {
  const forEdit = options?.forEdit
  return asRoles(yield* (yield* api).getAvailableAdminRoles(forEdit === undefined ? undefined : { params: { isForEdit: forEdit } }))
})

/** @internal */
export const privileges = Effect.fn("Admins.privileges")(function*(given: ReadonlyArray<Role>) {
  yield* Effect.annotateCurrentSpan("scm.admin_roles", given.join(","))
  return asPrivileges(yield* (yield* api).getAvailablePrivilegesForRoles({ params: { role: given as ReadonlyArray<Spec.ClientRole> } }))
})
