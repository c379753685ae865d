/**
 * The persons area (`/person/v1`, `/person/v2`): the people S/MIME certificates are issued to,
 * with its store, its seed and the field checks the S/MIME enrollment shares. It imports only the
 * lower layers.
 */
export { emailField, personNotFound, personResources, phoneField, secondaryEmailsField } from "./routes.js"
export { personRow } from "./rows.js"
export { defaultPersons } from "./seed.js"
export { fullName, makePersonStore, type PersonRecord, type PersonStore } from "./store.js"
