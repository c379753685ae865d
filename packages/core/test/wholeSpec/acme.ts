/**
 * ACME: the mock's seeded accounts (one per operation that changes one, so the walk's order does
 * not matter), a client of one of them, and a create the mock accepts.
 */
import { Effect } from "effect"
import { type AreaState, invoke } from "./call.js"

/**
 * Seeded accounts: public ones from 301 (304 has a valid client; 303 and 307 belong to
 * organizations with example.org and example.com), private CA ones from 801 (805 has a client).
 */
export const state: AreaState = (api) =>
  Effect.gen(function*() {
    const clients = (yield* invoke(api, "listAcmeAccountClients", { path: ["304"], params: {}, payload: undefined }, false)) as ReadonlyArray<{
      readonly accountId: string
    }>
    const privateClients = (yield* invoke(api, "getUniversalAcmeAccountClientsList", { path: ["805"], params: {}, payload: undefined }, false)) as ReadonlyArray<{
      readonly accountId: string
    }>
    const create = { organizationId: 1001, name: "walk.example.com", acmeServer: "Sectigo DV ACME" }
    return {
      "/api/acme/v2/account GET": { params: { size: 5 } },
      "/api/acme/v2/account POST": { payload: create },
      "/api/acme/v2/account/{id} GET": { path: ["301"] },
      "/api/acme/v2/account/{id} PUT": { path: ["301"], payload: { name: "walked.example.com" } },
      "/api/acme/v2/account/{id} DELETE": { path: ["302"] },
      "/api/acme/v2/account/{id}/domain GET": { path: ["303"] },
      "/api/acme/v2/account/{id}/domain POST": { path: ["303"], payload: { domains: [{ name: "walk.example.org" }] } },
      "/api/acme/v2/account/{id}/domain DELETE": { path: ["303"], payload: { domains: [{ name: "walk.example.org" }] } },
      "/api/acme/v2/account/{id}/client GET": { path: ["304"] },
      "/api/acme/v2/account/{id}/client/{clientId} PUT": { path: ["304", clients[0]?.accountId ?? ""] },
      "/api/acme/v1/server GET": { params: { size: 5 } },
      "/api/acme/v1/account GET": { params: { size: 5 } },
      "/api/acme/v1/account POST": { payload: create },
      "/api/acme/v1/account/{id} GET": { path: ["305"] },
      "/api/acme/v1/account/{id} PUT": { path: ["305"], payload: { name: "walked-v1.example.com" } },
      "/api/acme/v1/account/{id} DELETE": { path: ["306"] },
      "/api/acme/v1/account/{id}/domains POST": { path: ["307"], payload: { domains: [{ name: "walk.example.com" }] } },
      "/api/acme/v1/account/{id}/domains DELETE": { path: ["307"], payload: { domains: [{ name: "walk.example.com" }] } },
      "/api/acme/v1/pca/account GET": { params: { size: 5 } },
      "/api/acme/v1/pca/account POST": {
        payload: { organizationId: 1001, name: "walk.corp.example.com", acmeServer: "Sectigo Private ACME", profileName: "Sectigo Private SSL" }
      },
      "/api/acme/v1/pca/account/{id} GET": { path: ["801"] },
      "/api/acme/v1/pca/account/{id} PUT": { path: ["801"], payload: { name: "walked.corp.example.com" } },
      "/api/acme/v1/pca/account/{id} DELETE": { path: ["802"] },
      "/api/acme/v1/pca/account/{id}/client GET": { path: ["803"] },
      "/api/acme/v1/pca/account/{id}/client/{clientId} PUT": { path: ["805", privateClients[0]?.accountId ?? ""] }
    }
  })
