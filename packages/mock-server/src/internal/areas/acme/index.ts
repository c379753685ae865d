/**
 * The ACME area: public ACME accounts with their External Account Binding, domains and clients,
 * the public ACME servers, and the private CA accounts (`/acme/v1`, `/acme/v2`), with its seed and
 * the time-limited matching of the patterns clients send. It imports only the lower layers.
 */
export { makeAcmeResources } from "./routes.js"
export { defaultAcmeAccounts, defaultAcmeServers } from "./seed.js"
