/**
 * The organizations area (`/organization/v1`): the organizations and their departments, from the
 * seed (or the default ones) and as the API creates, changes and deletes them. It imports only the
 * lower layers.
 */
export { organizationResources } from "./routes.js"
export { defaultOrganizations } from "./seed.js"
export { makeOrganizationStore, type OrganizationStore } from "./store.js"
