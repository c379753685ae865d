/**
 * The client admins area (`/admin/v1`): the admins, their roles and privileges, with its seed. It
 * imports only the lower layers.
 */
export { makeAdminResources } from "./routes.js"
export { defaultAdmins } from "./seed.js"
