/**
 * The organizations area (`/organization/v1`): the organizations and their departments as the
 * seed gives them, and the default ones. It imports only the lower layers.
 */
export { organizationResources } from "./routes.js"
export { defaultOrganizations } from "./seed.js"
