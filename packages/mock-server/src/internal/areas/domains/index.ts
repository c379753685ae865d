/**
 * The domains area (`/domain/v1`): the domains, their delegations and their domain control
 * validation state (a DCV order lives in its domain's record), with the checks a DCV order makes,
 * the store and the seed. The DCV routes read it through this file; it reads the SSL area (a
 * domain with enrolled certificates cannot be deleted) through that area's `index.ts`.
 */
export {
  challengeFor,
  type DcvOptions,
  emailChallenge,
  emailsFor,
  offeredEmails,
  fileUrl,
  newBackendId
} from "./dcvChecks.js"
export { domainRefusal, domainResources } from "./routes.js"
export { domainRow } from "./rows.js"
export { defaultDomains } from "./seed.js"
export * as Domains from "./state.js"
export { type DomainStore, makeDomainStore } from "./store.js"
