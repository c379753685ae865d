/**
 * The domain control validation routes (`/dcv/v1`, `/dcv/v2`): start, submit, status and the
 * rest, over the domains area's state (through its `index.ts`), and the fixtures tests use to
 * publish what a DCV order asks for (`fixtures.ts`, which nothing in the server imports).
 */
export { dcvResources } from "./routes.js"
