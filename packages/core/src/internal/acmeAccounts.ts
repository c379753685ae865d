/**
 * The public ACME account operations, over the generated `v2` operations (and `/api/acme/v1/server`,
 * the spec's only server list, an array as patch 14 of spec/patches has it). SCM answers a create with 201, `Location` and no body: the new id
 * is read from `Location`, and the External Account Binding from the new account's details.
 */
import * as Effect from "effect/Effect"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import type {
  ClientFilters,
  CreateRequest,
  DomainFilters,
  ListFilters,
  ServerFilters,
  UpdateRequest
} from "../AcmeAccounts.js"
import * as Generated from "../generated/Client.js"
import * as Spec from "../generated/Schemas.js"
import * as ScmError from "../ScmError.js"
import type { ScmHttpClient } from "../ScmHttpClient.js"
import { type ListOptions, listOperations } from "./pagination.js"
import { apiOf, decodeError, view } from "./request.js"
import * as schemas from "./schemas/acmeAccounts.js"

// The generated operations this module calls.
const api = apiOf({
  addDomainsToPublicAcmeAccount: Generated.addDomainsToPublicAcmeAccount,
  createPublicAcmeAccount: Generated.createPublicAcmeAccount,
  deactivatePublicAcmeAccountClient: Generated.deactivatePublicAcmeAccountClient,
  deletePublicAcmeAccount: Generated.deletePublicAcmeAccount,
  getPublicAcmeAccountDetails: Generated.getPublicAcmeAccountDetails,
  getPublicAcmeAccountsList: Generated.getPublicAcmeAccountsList,
  getPublicAcmeServersList: Generated.getPublicAcmeServersList,
  listAcmeAccountClients: Generated.listAcmeAccountClients,
  listAcmeAccountDomains: Generated.listAcmeAccountDomains,
  removeDomainsFromPublicAcmeAccount: Generated.removeDomainsFromPublicAcmeAccount,
  updatePublicAcmeAccount: Generated.updatePublicAcmeAccount
})

type AcmeAccountId = typeof schemas.AcmeAccountId.Type
type AcmeClientId = typeof schemas.AcmeClientId.Type

const asAccounts = view(Spec.GetPublicAcmeAccountsList200, Schema.Array(schemas.AcmeAccount))
const asAccount = view(Spec.GetPublicAcmeAccountDetails200, schemas.AcmeAccount)
const asDomains = view(Spec.ListAcmeAccountDomains200, Schema.Array(schemas.AcmeDomain))
const asClients = view(Spec.ListAcmeAccountClients200, Schema.Array(schemas.AcmeClient))
const asServers = view(Spec.GetPublicAcmeServersList200, Schema.Array(schemas.AcmeServer))
const asNotAdded = view(Spec.AddDomainsToPublicAcmeAccount200, schemas.NotAdded)
const asNotRemoved = view(Spec.RemoveDomainsFromPublicAcmeAccount200, schemas.NotRemoved)

/**
 * A body that carries EAB keys and does not decode: the schema's message may quote the values it
 * read, so the description says where, never what.
 */
const withheld = <A, R>(effect: Effect.Effect<A, ScmError.ScmError, R>): Effect.Effect<A, ScmError.ScmError, R> =>
  Effect.mapError(effect, (error) =>
    error._tag === "ScmDecodeError"
      ? new ScmError.ScmDecodeError({
        method: error.method,
        url: error.url,
        status: error.status,
        description: "the ACME account answer is not a PublicAcmeAccountInfoV2 (details withheld: the answer carries EAB keys)"
      })
      : error)

/**
 * The integer id at the end of a `Location` (`<base>/api/<area>/v<n>/<id>`, absolute or not), or
 * an `ScmDecodeError` that says what came instead.
 *
 * @internal
 */
export const idFromLocation = (
  response: HttpClientResponse.HttpClientResponse
): Effect.Effect<number, ScmError.ScmDecodeError> => {
  const location = response.headers["location"]
  if (location === undefined) return Effect.fail(decodeError(response, "the 201 has no Location header"))
  let path: string
  try {
    path = new URL(location, response.request.url).pathname
  } catch {
    return Effect.fail(decodeError(response, "the Location header is not a URL"))
  }
  const last = path.replace(/\/+$/, "").split("/").at(-1) ?? ""
  return /^\d{1,10}$/.test(last) && Number(last) >= 1 && Number(last) <= 2_147_483_647
    ? Effect.succeed(Number(last))
    : Effect.fail(decodeError(response, `the Location header names no id: ${path.slice(0, 200)}`))
}

// Filters typed as the public API has them (branded ids, `undefined` allowed) to the spec's.
const accountParams = (filters: ListFilters | undefined) => filters as Spec.GetPublicAcmeAccountsListParams

/** @internal */
export const { count, list, page } = listOperations(
  "AcmeAccounts",
  "/api/acme/v2/account",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        withheld(client.getPublicAcmeAccountsList({ params: { ...accountParams(filters), position, size }, config: { includeResponse: true } })),
        ([items, response]) => [asAccounts(items), response] as const
      ))
)

/** @internal */
export const get = Effect.fn("AcmeAccounts.get")(function*(id: AcmeAccountId) {
  yield* Effect.annotateCurrentSpan("scm.acme_account_id", id)
  return asAccount(yield* withheld((yield* api).getPublicAcmeAccountDetails(String(id))))
})

/** @internal */
export const create = Effect.fn("AcmeAccounts.create")(function*(request: CreateRequest) {
  yield* Effect.annotateCurrentSpan({ "scm.org_id": request.organizationId, "scm.acme_server": request.acmeServer })
  const client = yield* api
  const [, response] = yield* client.createPublicAcmeAccount({
    payload: {
      organizationId: request.organizationId,
      name: request.name,
      acmeServer: request.acmeServer,
      // An open-enum value SCM may know though the spec does not: sent as given.
      ...(request.certValidationType === undefined
        ? {}
        : { certValidationType: request.certValidationType as NonNullable<Spec.PublicAcmeAccountCreateRequest["certValidationType"]> })
    },
    config: { includeResponse: true }
  })
  const id = schemas.AcmeAccountId.make(yield* idFromLocation(response))
  yield* Effect.annotateCurrentSpan("scm.acme_account_id", id)
  // SCM's create sends no body: the keys are in the new account's details.
  return yield* get(id)
})

/** @internal */
export const update = Effect.fn("AcmeAccounts.update")(function*(id: AcmeAccountId, request: UpdateRequest) {
  yield* Effect.annotateCurrentSpan("scm.acme_account_id", id)
  yield* (yield* api).updatePublicAcmeAccount(String(id), { payload: { name: request.name } })
})

/** @internal */
export const remove = Effect.fn("AcmeAccounts.remove")(function*(id: AcmeAccountId) {
  yield* Effect.annotateCurrentSpan("scm.acme_account_id", id)
  yield* (yield* api).deletePublicAcmeAccount(String(id))
})


const domainList = (names: ReadonlyArray<string>) => ({ domains: names.map((name) => ({ name })) })

/** @internal */
export const addDomains = Effect.fn("AcmeAccounts.addDomains")(function*(id: AcmeAccountId, names: ReadonlyArray<string>) {
  yield* Effect.annotateCurrentSpan({ "scm.acme_account_id": id, "scm.domain_count": names.length })
  const answer = asNotAdded(yield* (yield* api).addDomainsToPublicAcmeAccount(String(id), { payload: domainList(names) }))
  return { notAdded: answer.notAddedDomains }
})

/** @internal */
export const removeDomains = Effect.fn("AcmeAccounts.removeDomains")(function*(id: AcmeAccountId, names: ReadonlyArray<string>) {
  yield* Effect.annotateCurrentSpan({ "scm.acme_account_id": id, "scm.domain_count": names.length })
  const answer = asNotRemoved(yield* (yield* api).removeDomainsFromPublicAcmeAccount(String(id), { payload: domainList(names) }))
  return { notRemoved: answer.notRemovedDomains }
})

/** @internal */
export const domains = (
  id: AcmeAccountId,
  filters?: DomainFilters,
  options?: ListOptions
): Stream.Stream<typeof schemas.AcmeDomain.Type, ScmError.ScmError, ScmHttpClient> =>
  listOperations("AcmeAccounts.domains", `/api/acme/v2/account/${id}/domain`, (given: DomainFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.listAcmeAccountDomains(String(id), {
          params: { ...(given as Spec.ListAcmeAccountDomainsParams), position, size },
          config: { includeResponse: true }
        }),
        ([items, response]) => [asDomains(items), response] as const
      ))).list(filters, options)

/** @internal */
export const clients = (
  id: AcmeAccountId,
  filters?: ClientFilters,
  options?: ListOptions
): Stream.Stream<typeof schemas.AcmeClient.Type, ScmError.ScmError, ScmHttpClient> =>
  listOperations("AcmeAccounts.clients", `/api/acme/v2/account/${id}/client`, (given: ClientFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.listAcmeAccountClients(String(id), {
          params: { ...(given as Spec.ListAcmeAccountClientsParams), position, size },
          config: { includeResponse: true }
        }),
        ([items, response]) => [asClients(items), response] as const
      ))).list(filters, options)

/** @internal */
export const deactivateClient = Effect.fn("AcmeAccounts.deactivateClient")(function*(id: AcmeAccountId, clientId: AcmeClientId) {
  yield* Effect.annotateCurrentSpan({ "scm.acme_account_id": id, "scm.acme_client_id": clientId })
  yield* (yield* api).deactivatePublicAcmeAccountClient(String(id), clientId)
})

const serverList = listOperations("AcmeAccounts.servers", "/api/acme/v1/server", (filters: ServerFilters | undefined, position, size) =>
  Effect.flatMap(api, (client) =>
    Effect.map(
      client.getPublicAcmeServersList({
        params: { ...(filters as Spec.GetPublicAcmeServersListParams), position, size },
        config: { includeResponse: true }
      }),
      ([items, response]) => [asServers(items), response] as const
    )))

/** @internal */
export const servers = (
  filters?: ServerFilters,
  options?: ListOptions
): Stream.Stream<typeof schemas.AcmeServer.Type, ScmError.ScmError, ScmHttpClient> => serverList.list(filters, options)
