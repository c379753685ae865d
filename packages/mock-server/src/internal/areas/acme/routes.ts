/**
 * Sectigo public ACME accounts, with their External Account Binding (`macId`, `macKey`), domains
 * and clients, on the spec's v2 paths (`/acme/v2/account...`) and the REST 25.5 reference's v1
 * paths (`/acme/v1/account...`, whose accounts carry their domain names), and the public ACME
 * servers (`/acme/v1/server`); and the private CA ("universal") accounts on `/acme/v1/pca/account...`,
 * which name a private SSL profile instead of a public server. A create answers 201 with `Location`
 * and no body, as SCM does: the client reads the keys from the new account's details. A domain is
 * added only if the account's organization may use it (the domain seed's delegations).
 */
import { Effect, Result } from "effect"
import { randomBytes, randomUUID } from "node:crypto"
import type { AcmeAccountSeed, AcmeServerSeed, DomainSeed } from "../../state/seed.js"
import { defaultPrivateAcmeAccounts, derivedKey, type PrivateAcmeAccountSeed } from "./seed.js"
import { created, day, seededTime, updated } from "../../http/recordAnswers.js"
import { compilePattern, matchEach, patternBudgetMillis } from "./clientPattern.js"
import { pagedResponse, pageOf } from "../../http/paging.js"
import { integerParam, literalParam, maxInt32, type QueryParams, stringParam } from "../../http/query.js"
import { makeRecordStore, type RecordStore } from "../../state/recordStore.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { answer, type Answer, bodyFields, contains, idParam, isoTime, noContent, read } from "../../http/routeHelpers.js"
import { badRequest, entityNotFound, ErrorCode, invalidField, jsonResponse, missingField, refusal, truncate } from "../../http/scmErrors.js"
import { departmentsOf, type SeedData } from "../../state/seed.js"
import type { AcmeAccountRow } from "../../state/overview.js"

type ValidationType = "DV" | "OV" | "EV"
const validationTypes: ReadonlyArray<ValidationType> = ["DV", "OV", "EV"]

/** A domain of an account, with its validation dates. */
export interface AcmeDomain {
  readonly name: string
  readonly validUntil: number
  readonly stickyUntil: number
}

/**
 * The server an account names: by its name, as the reference does, or by its directory URL, as
 * python cert_manager does (`https://acme.sectigo.com/v2/OV`, a trailing slash aside).
 */
const serverNamed = (servers: ReadonlyArray<AcmeServerSeed>, given: string): AcmeServerSeed | undefined => {
  const url = given.replace(/\/+$/, "").toLowerCase()
  return servers.find((server) => server.name === given) ?? servers.find((server) => server.url.replace(/\/+$/, "").toLowerCase() === url)
}

/** An ACME client that registered with the account's EAB (PublicAcmeClientInfo). */
export interface AcmeClient {
  readonly id: number
  readonly accountId: string
  readonly ipAddress: string
  readonly userAgent: string
  readonly status: string
  readonly lastActivity: number
  readonly contacts: string
}

/** An account as the store keeps it. */
export interface AcmeAccount {
  readonly id: number
  readonly name: string
  readonly organizationId: number
  readonly acmeServer: string
  readonly certValidationType: ValidationType
  readonly accountId: string
  readonly macId: string
  readonly macKey: string
  readonly status: string
  readonly contacts: string
  readonly domains: ReadonlyArray<AcmeDomain>
  readonly clients: ReadonlyArray<AcmeClient>
  /** A private (universal) ACME account's SSL profile. */
  readonly profileName?: string
  /** The order that validated the organization of an OV or EV account (SCM's anchor), which its domains name too. */
  readonly ovOrderNumber?: number
}

/** SCM's anchor order of an OV or EV account: a number of SCM's order form, the same for the account's life. */
const anchorOf = (id: number, type: ValidationType): { readonly ovOrderNumber?: number } =>
  type === "DV" ? {} : { ovOrderNumber: 1_250_000_000 + id }

/** A new account's ids and External Account Binding as ACME clients take it (RFC 8555 7.3.4): a key id, and an HMAC key in base64url. */
const newBinding = () => ({
  accountId: randomUUID(),
  macId: randomBytes(16).toString("base64url"),
  macKey: randomBytes(64).toString("base64url")
})

/** How long a domain added to an account stays validated. */
const domainValidity = 365 * day

const fromSeed = (servers: ReadonlyArray<AcmeServerSeed>) => (seed: PrivateAcmeAccountSeed | AcmeAccountSeed, index: number, start: number): AcmeAccount => {
  const certValidationType = seed.certValidationType ?? servers.find((server) => server.name === seed.acmeServer)?.certValidationType ?? "DV"
  return {
  ...("profileName" in seed ? { profileName: seed.profileName } : {}),
  ...anchorOf(seed.id, certValidationType),
  id: seed.id,
  name: seed.name,
  organizationId: seed.organizationId,
  acmeServer: seed.acmeServer,
  certValidationType,
  accountId: seed.accountId ?? derivedKey(`acme-account:${seed.id}`, 16),
  macId: seed.macId ?? derivedKey(`acme-mac-id:${seed.id}`, 16),
  macKey: seed.macKey ?? derivedKey(`acme-mac-key:${seed.id}`, 64),
  status: seed.status ?? "pending",
  contacts: seed.contacts ?? "",
  // Laid out by the account's place in the seed, so some validations run out within a month.
  domains: (seed.domains ?? []).map((domain) => {
    const validUntil = seededTime(domain.validUntil, start + (5 + (index * 7) % 360) * day)
    return { name: domain.name, validUntil, stickyUntil: seededTime(domain.stickyUntil, validUntil) }
  }),
  clients: (seed.clients ?? []).map((client, j) => ({
    id: seed.id * 100 + j + 1,
    accountId: client.accountId,
    ipAddress: client.ipAddress ?? "",
    userAgent: client.userAgent ?? "",
    status: client.status ?? "valid",
    lastActivity: seededTime(client.lastActivity, start - ((index + j) % 20) * day - 3_600_000),
    contacts: client.contacts ?? ""
  }))
  }
}

// ---- views ----

/** PublicAcmeAccountInfoV2, with `status` and `contacts` as the reference's answers carry them. */
const accountView = (account: AcmeAccount) => ({
  id: account.id,
  accountId: account.accountId,
  macId: account.macId,
  macKey: account.macKey,
  acmeServer: account.acmeServer,
  name: account.name,
  organizationId: account.organizationId,
  certValidationType: account.certValidationType,
  status: account.status,
  ...anchorView(account.ovOrderNumber),
  contacts: account.contacts
})

/** An OV or EV account's anchor order, as its details and its domains name it. */
const anchorView = (ovOrderNumber: number | undefined) =>
  ovOrderNumber === undefined ? {} : { ovOrderNumber, ovAnchorID: String(ovOrderNumber), validationId: String(ovOrderNumber) }

/** The v1 account: the v2 fields and the domain names. */
const accountViewV1 = (account: AcmeAccount) => ({ ...accountView(account), domains: account.domains.map(({ name }) => ({ name })) })

/** PrivateAcmeAccountInfo. */
const privateAccountView = (account: AcmeAccount) => ({
  id: account.id,
  accountId: account.accountId,
  macId: account.macId,
  macKey: account.macKey,
  acmeServer: account.acmeServer,
  name: account.name,
  organizationId: account.organizationId,
  profileName: account.profileName ?? ""
})

/** PublicAcmeDomainInfo, with the anchor order of an OV or EV account's domain. */
const domainView = (account: AcmeAccount) => (domain: AcmeDomain) => {
  const { ovOrderNumber: ovAnchorOrderNumber, ...anchor } = anchorView(account.ovOrderNumber)
  return {
    name: domain.name,
    validUntil: isoTime(domain.validUntil),
    stickyUntil: isoTime(domain.stickyUntil),
    ...(ovAnchorOrderNumber === undefined ? {} : { ovAnchorOrderNumber, ...anchor })
  }
}

/** PublicAcmeClientInfo. */
const clientView = (client: AcmeClient) => ({
  id: client.id,
  accountId: client.accountId,
  ipAddress: client.ipAddress,
  userAgent: client.userAgent,
  status: client.status,
  lastActivity: isoTime(client.lastActivity),
  contacts: client.contacts
})

// ---- who may use what ----

/** Organization and department ids, each with the ids whose domains it may use (itself, and a department's organization). */
const organizationScopes = (seed: SeedData): ReadonlyMap<number, ReadonlyArray<number>> =>
  new Map<number, ReadonlyArray<number>>(seed.organizations.flatMap((organization) => [
    [organization.id, [organization.id]] as const,
    ...departmentsOf(organization).map((department) => [department.id, [department.id, organization.id]] as const)
  ]))

const hostName = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

const activeDelegationTo = (domain: DomainSeed, orgIds: ReadonlyArray<number>): boolean => {
  const delegations = domain["delegations"]
  return Array.isArray(delegations) && delegations.some((delegation) =>
    typeof delegation === "object" && delegation !== null && "orgId" in delegation && orgIds.includes(Number(delegation.orgId)) &&
    (!("status" in delegation) || delegation.status === "ACTIVE"))
}

/**
 * Whether an account of the organization may hold `name`: an active domain of the domain seed (the
 * name, or a domain it is a subdomain of) delegated to the organization or, for a department, to
 * its organization.
 */
const mayUse = (domains: ReadonlyArray<DomainSeed>, orgIds: ReadonlyArray<number>) => (name: string): boolean => {
  if (!hostName.test(name)) return false
  const bare = name.toLowerCase().replace(/^\*\./, "")
  return domains.some((domain) => {
    const base = domain.name.toLowerCase().replace(/^\*\./, "")
    return (bare === base || bare.endsWith(`.${base}`)) && domain["state"] !== "SUSPENDED" && activeDelegationTo(domain, orgIds)
  })
}

// ---- list filters ----

interface AccountFilters {
  readonly organizationId: { readonly id: number; readonly withDepartments: boolean } | undefined
  readonly name: string | undefined
  readonly acmeServer: string | undefined
  readonly certValidationType: ValidationType | undefined
  readonly status: string | undefined
}

/** `organizationId`, with the reference's `,-2` suffix for the organization without its departments. */
const organizationFilter = (params: QueryParams): Result.Result<AccountFilters["organizationId"], string> =>
  Result.flatMap(stringParam(params, "organizationId", 32), (raw) => {
    if (raw === undefined) return Result.succeed(undefined)
    const match = /^(\d{1,10})(,-2)?$/.exec(raw)
    const id = match === null ? Number.NaN : Number(match[1])
    return Number.isInteger(id) && id >= 1 && id <= maxInt32
      ? Result.succeed({ id, withDepartments: match?.[2] === undefined })
      : Result.fail("Query parameter organizationId must be an organization id, optionally followed by ,-2")
  })

const accountFilters = (params: QueryParams): Result.Result<AccountFilters, string> =>
  Result.gen(function*() {
    return {
      organizationId: yield* organizationFilter(params),
      name: yield* stringParam(params, "name", 128),
      acmeServer: yield* stringParam(params, "acmeServer", 1024),
      certValidationType: yield* literalParam(params, "certValidationType", validationTypes),
      status: yield* stringParam(params, "status", 32)
    }
  })

const accountMatching = (filters: AccountFilters, scopes: ReadonlyMap<number, ReadonlyArray<number>>) => (account: AcmeAccount): boolean => {
  const { acmeServer, certValidationType, name, organizationId, status } = filters
  const inOrganization = organizationId === undefined ||
    account.organizationId === organizationId.id ||
    (organizationId.withDepartments && (scopes.get(account.organizationId) ?? []).includes(organizationId.id))
  return inOrganization &&
    (name === undefined || contains(account.name, name)) &&
    (acmeServer === undefined || account.acmeServer === acmeServer) &&
    (certValidationType === undefined || account.certValidationType === certValidationType) &&
    (status === undefined || account.status === status)
}

/** Days from now as a window of time: `days` ahead (or behind, when negative), today included. */
const windowOf = (now: number, days: number): readonly [number, number] => {
  const startOfToday = Math.floor(now / day) * day
  return days >= 0 ? [startOfToday, startOfToday + (days + 1) * day] : [startOfToday + days * day, startOfToday + day]
}

const within = (time: number, [from, to]: readonly [number, number]): boolean => time >= from && time < to

interface DomainFilters {
  readonly name: RegExp | undefined
  readonly expiresWithinNextDays: number | undefined
  readonly stickyExpiresWithinNextDays: number | undefined
}

/** The domain name filter is a regular expression (the reference's `.*`); a pattern that is not one is refused. */
const patternParam = (params: QueryParams): Result.Result<RegExp | undefined, string> =>
  Result.flatMap(stringParam(params, "name", 256), (raw) =>
    raw === undefined
      ? Result.succeed(undefined)
      : Result.mapError(compilePattern(raw), () => `Query parameter name is not a regular expression: ${truncate(raw, 64)}`))

const domainFilters = (params: QueryParams): Result.Result<DomainFilters, string> =>
  Result.gen(function*() {
    return {
      name: yield* patternParam(params),
      expiresWithinNextDays: yield* integerParam(params, "expiresWithinNextDays", -36500, 36500),
      stickyExpiresWithinNextDays: yield* integerParam(params, "stickyExpiresWithinNextDays", -36500, 36500)
    }
  })

const domainMatching = (filters: DomainFilters, now: number, domains: ReadonlyArray<AcmeDomain>): Result.Result<(domain: AcmeDomain) => boolean, string> => {
  const byDates = (domain: AcmeDomain): boolean =>
    (filters.expiresWithinNextDays === undefined || within(domain.validUntil, windowOf(now, filters.expiresWithinNextDays))) &&
    (filters.stickyExpiresWithinNextDays === undefined || within(domain.stickyUntil, windowOf(now, filters.stickyExpiresWithinNextDays)))
  if (filters.name === undefined) return Result.succeed(byDates)
  return Result.match(matchEach(filters.name, domains.map((domain) => domain.name)), {
    onFailure: () => Result.fail(`Query parameter name is a regular expression too costly to evaluate (over ${patternBudgetMillis} ms)`),
    onSuccess: (matched) => {
      const named = new Set(domains.filter((_, index) => matched[index] === true))
      return Result.succeed((domain: AcmeDomain) => named.has(domain) && byDates(domain))
    }
  })
}

interface ClientFilters {
  readonly contacts: string | undefined
  readonly userAgent: string | undefined
  readonly ipAddress: string | undefined
  readonly status: ReadonlyArray<string>
  readonly lastActivityWithinPrevDays: number | undefined
}

/** `status` may be given more than once (the reference's `status=valid&status=pending`), or comma-separated. */
const statusesOf = (params: QueryParams): ReadonlyArray<string> => {
  const value = params["status"]
  const values = value === undefined ? [] : typeof value === "string" ? [value] : value
  return values.flatMap((text) => text.split(",")).map((text) => text.trim()).filter((text) => text !== "")
}

const clientFilters = (params: QueryParams): Result.Result<ClientFilters, string> =>
  Result.gen(function*() {
    return {
      contacts: yield* stringParam(params, "contacts", 1024),
      userAgent: yield* stringParam(params, "userAgent", 255),
      ipAddress: yield* stringParam(params, "ipAddress", 39),
      status: statusesOf(params),
      lastActivityWithinPrevDays: yield* integerParam(params, "lastActivityWithinPrevDays", 0, 36500)
    }
  })

const clientMatching = (filters: ClientFilters, now: number) => (client: AcmeClient): boolean => {
  const endOfToday = Math.floor(now / day) * day + day
  return (filters.contacts === undefined || contains(client.contacts, filters.contacts)) &&
    (filters.userAgent === undefined || contains(client.userAgent, filters.userAgent)) &&
    (filters.ipAddress === undefined || client.ipAddress.includes(filters.ipAddress)) &&
    (filters.status.length === 0 || filters.status.includes(client.status)) &&
    (filters.lastActivityWithinPrevDays === undefined || client.lastActivity >= endOfToday - (filters.lastActivityWithinPrevDays + 1) * day)
}

interface ServerFilters {
  readonly name: string | undefined
  readonly url: string | undefined
  readonly certValidationType: ValidationType | undefined
  readonly caId: number | undefined
}

const serverFilters = (params: QueryParams): Result.Result<ServerFilters, string> =>
  Result.gen(function*() {
    return {
      name: yield* stringParam(params, "name", 1024),
      url: yield* stringParam(params, "url", 1024),
      certValidationType: yield* literalParam(params, "certValidationType", validationTypes),
      caId: yield* integerParam(params, "caId", -maxInt32, maxInt32)
    }
  })

const serverMatching = (filters: ServerFilters) => (server: AcmeServerSeed): boolean =>
  (filters.name === undefined || contains(server.name, filters.name)) &&
  (filters.url === undefined || contains(server.url, filters.url)) &&
  (filters.certValidationType === undefined || server.certValidationType === filters.certValidationType) &&
  (filters.caId === undefined || server.caId === filters.caId)

// ---- refusals ----

/** The spec's 404 for an account that does not exist (SCM's generic code; the reference lists none of its own). */
const unknownAccount = (id: number): Answer => entityNotFound(ErrorCode.generic, `ACME account with id ${id} not found.`)

const unknownClient = (clientId: string): Answer =>
  entityNotFound(ErrorCode.generic, `ACME account client '${truncate(clientId, 128)}' not found.`)

/** The ACME domains of a request body: `{"domains": [{"name": ...}]}`, not empty, no name blank. */
const domainNames = (fields: Fields.Fields): Result.Result<ReadonlyArray<string>, Answer> => {
  const domains = fields["domains"]
  if (domains === undefined || domains === null || (Array.isArray(domains) && domains.length === 0)) return Result.fail(missingField("domains"))
  if (!Array.isArray(domains)) return Result.fail(invalidField("domains"))
  const names: Array<string> = []
  for (const domain of domains) {
    const entry = Fields.fieldsOf(domain)
    if (Result.isFailure(entry)) return Result.fail(invalidField("domains"))
    const name = Fields.requiredString(entry.success, "name", 1024)
    if (Result.isFailure(name)) return Result.fail(missingField("domains[].name"))
    names.push(name.success.trim())
  }
  return Result.succeed(names)
}

// ---- the resources ----

/** What the ACME resources work on. */
export interface AcmeResources {
  readonly routes: ReadonlyArray<Resource>
  /** The public accounts, then the private CA ones, as the test controls list them: no EAB key. */
  readonly rows: Effect.Effect<ReadonlyArray<AcmeAccountRow>>
  readonly reset: Effect.Effect<void>
}

/** An account's row for the test controls: its External Account Binding (`macId`, `macKey`) stays out. */
const accountRow = (account: AcmeAccount): AcmeAccountRow => ({
  id: account.id,
  kind: account.profileName === undefined ? "public" : "private CA",
  name: account.name,
  organizationId: account.organizationId,
  acmeServer: account.acmeServer,
  status: account.status,
  validationType: account.certValidationType,
  profile: account.profileName ?? null,
  domains: account.domains.map((domain) => domain.name),
  clients: account.clients.length
})

/** What the public and the private (universal) ACME accounts answer alike, over their own store. */
const accountHandlers = (store: RecordStore<AcmeAccount>, scopes: ReadonlyMap<number, ReadonlyArray<number>>) => {
  const list = (view: (account: AcmeAccount) => unknown) => (call: ApiCall) =>
    Result.match(Result.all([pageOf(call.query), accountFilters(call.query)]), {
      onFailure: (description) => Effect.succeed(badRequest(description)),
      onSuccess: ([page, filters]) =>
        store.read((accounts) => pagedResponse(accounts.filter(accountMatching(filters, scopes)), page, call.head, view))
    })

  const account = (call: ApiCall) =>
    Effect.flatMap(idParam(call), (id) =>
      Effect.flatMap(store.get(id), (found) => (found === undefined ? Effect.fail(unknownAccount(id)) : Effect.succeed(found))))

  const changed = (id: number, f: (account: AcmeAccount, now: number) => Result.Result<AcmeAccount, Answer>) =>
    Effect.flatMap(store.change(id, f), (result) =>
      result === undefined ? Effect.fail(unknownAccount(id)) : Effect.fromResult(result))

  const details = (view: (account: AcmeAccount) => unknown) => (call: ApiCall) =>
    answer(Effect.map(account(call), (found) => jsonResponse(200, view(found))))

  const update = (call: ApiCall) =>
    answer(Effect.gen(function*() {
      const id = yield* idParam(call)
      const name = yield* read(Fields.optionalString(yield* bodyFields(call), "name", 128))
      if (name !== undefined && name.trim() === "") return yield* Effect.fail(invalidField("name"))
      yield* changed(id, (found) => Result.succeed(name === undefined ? found : { ...found, name }))
      return updated
    }))

  const remove = (call: ApiCall) =>
    answer(Effect.gen(function*() {
      const id = yield* idParam(call)
      const removed = yield* store.remove(id)
      return removed === undefined ? unknownAccount(id) : noContent
    }))

  /** A paged, filtered list of what an account holds (its domains, its clients). */
  const heldList = <F, A>(
    held: (account: AcmeAccount) => ReadonlyArray<A>,
    filtersOf: (params: QueryParams) => Result.Result<F, string>,
    matching: (filters: F, now: number, items: ReadonlyArray<A>) => Result.Result<(item: A) => boolean, string>,
    view: (account: AcmeAccount) => (item: A) => unknown
  ) =>
  (call: ApiCall) =>
    answer(Effect.gen(function*() {
      const found = yield* account(call)
      const [page, filters] = yield* Effect.fromResult(Result.mapError(Result.all([pageOf(call.query), filtersOf(call.query)]), badRequest))
      return yield* store.read((_, now) => {
        const items = held(found)
        return Result.match(matching(filters, now, items), {
          onFailure: badRequest,
          onSuccess: (keep) => pagedResponse(items.filter(keep), page, call.head, view(found))
        })
      })
    }))

  const clients = heldList((found) => found.clients, clientFilters, (filters, now) => Result.succeed(clientMatching(filters, now)), () => clientView)

  const deactivateClient = (call: ApiCall) =>
    answer(Effect.gen(function*() {
      const id = yield* idParam(call)
      const clientId = call.pathParams["clientId"] ?? ""
      yield* changed(id, (found) =>
        found.clients.some((client) => client.accountId === clientId)
          ? Result.succeed({
            ...found,
            clients: found.clients.map((client) => (client.accountId === clientId ? { ...client, status: "deactivated" } : client))
          })
          : Result.fail(unknownClient(clientId)))
      return noContent
    }))

  return { list, account, changed, details, update, remove, heldList, clients, deactivateClient }
}

/**
 * The ACME accounts over `seed`: v2 and v1 account paths, the private CA accounts, and the server
 * list. `domains` are the domains as they are now (the seed's unless the domain store says otherwise).
 */
export const makeAcmeResources = (
  seed: SeedData,
  domains: Effect.Effect<ReadonlyArray<DomainSeed>> = Effect.succeed(seed.domains)
): Effect.Effect<AcmeResources> =>
  Effect.gen(function*() {
    const toAccount = fromSeed(seed.acmeServers)
    const store: RecordStore<AcmeAccount> = yield* makeRecordStore(
      (start) => seed.acmeAccounts.map((account, index) => toAccount(account, index, start)),
      1
    )
    const scopes = organizationScopes(seed)
    const servers = seed.acmeServers
    const { changed, clients, deactivateClient, details, heldList, list, remove, update } = accountHandlers(store, scopes)

    const create = (version: "v1" | "v2") => (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const fields = yield* bodyFields(call)
        const organizationId = yield* read(Fields.requiredInteger(fields, "organizationId"))
        const name = yield* read(Fields.requiredString(fields, "name", 128))
        const serverName = yield* read(Fields.requiredString(fields, "acmeServer", 1024))
        const requestedType = fields["certValidationType"] === undefined || fields["certValidationType"] === null
          ? undefined
          : yield* read(Fields.requiredLiteral(fields, "certValidationType", validationTypes))
        if (!scopes.has(organizationId)) {
          return yield* Effect.fail(refusal(ErrorCode.organizationNotFound, `Organization '${organizationId}' not found.`))
        }
        const server = serverNamed(servers, serverName)
        if (server === undefined || (requestedType !== undefined && requestedType !== server.certValidationType)) {
          return yield* Effect.fail(invalidField("acmeServer"))
        }
        const made = yield* store.create((id): Result.Result<AcmeAccount, never> =>
          Result.succeed({
            id,
            name,
            organizationId,
            acmeServer: server.name,
            certValidationType: server.certValidationType,
            ...anchorOf(id, server.certValidationType),
            ...newBinding(),
            status: "pending",
            contacts: "",
            domains: [],
            clients: []
          }))
        return created(call, `/acme/${version}/account/${Result.getOrThrow(made).id}`)
      }))

    const addDomains = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const id = yield* idParam(call)
        const names = yield* read(domainNames(yield* bodyFields(call)))
        const known = yield* domains
        let notAdded: ReadonlyArray<string> = []
        yield* changed(id, (found, now) => {
          const allowed = mayUse(known, scopes.get(found.organizationId) ?? [found.organizationId])
          const held = new Set(found.domains.map((domain) => domain.name.toLowerCase()))
          const fresh = [...new Set(names.filter((name) => allowed(name) && !held.has(name.toLowerCase())))]
          notAdded = names.filter((name) => !allowed(name))
          const added = fresh.map((name) => ({ name, validUntil: now + domainValidity, stickyUntil: now + domainValidity }))
          return Result.succeed({ ...found, domains: [...found.domains, ...added] })
        })
        // SCM sends `{}` when every domain was added (the reference's example).
        return jsonResponse(200, notAdded.length === 0 ? {} : { notAddedDomains: notAdded })
      }))

    const removeDomains = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const id = yield* idParam(call)
        const names = yield* read(domainNames(yield* bodyFields(call)))
        let notRemoved: ReadonlyArray<string> = []
        yield* changed(id, (found) => {
          const removing = new Set(names.map((name) => name.toLowerCase()))
          const held = new Set(found.domains.map((domain) => domain.name.toLowerCase()))
          notRemoved = names.filter((name) => !held.has(name.toLowerCase()))
          return Result.succeed({ ...found, domains: found.domains.filter((domain) => !removing.has(domain.name.toLowerCase())) })
        })
        return jsonResponse(200, notRemoved.length === 0 ? {} : { notRemovedDomains: notRemoved })
      }))

    const accountDomains = heldList((found) => found.domains, domainFilters, domainMatching, domainView)

    const serverList = (call: ApiCall) =>
      Effect.succeed(Result.match(Result.all([pageOf(call.query), serverFilters(call.query)]), {
        onFailure: badRequest,
        onSuccess: ([page, filters]) => pagedResponse(servers.filter(serverMatching(filters)), page, call.head, (server) => server)
      }))

    // Private CA ("universal") ACME accounts: an SSL profile of a private CA in place of a public server.
    const privateStore: RecordStore<AcmeAccount> = yield* makeRecordStore(
      (start) => defaultPrivateAcmeAccounts.map((account, index) => toAccount(account, index, start)),
      1
    )
    const privateAccounts = accountHandlers(privateStore, scopes)
    const privateProfiles = (organizationId: number): ReadonlyArray<string> => {
      const within = scopes.get(organizationId) ?? []
      return seed.sslTypes.filter((profile) => {
        const offered = profile["organizationIds"]
        return /private/i.test(profile.name) && (!Array.isArray(offered) || within.some((id) => offered.includes(id)))
      }).map((profile) => profile.name)
    }
    const createPrivate = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const fields = yield* bodyFields(call)
        const organizationId = yield* read(Fields.requiredInteger(fields, "organizationId"))
        const name = yield* read(Fields.requiredString(fields, "name", 128))
        const acmeServer = yield* read(Fields.requiredString(fields, "acmeServer", 1024))
        const profileName = yield* read(Fields.requiredString(fields, "profileName", 1024))
        if (!scopes.has(organizationId)) {
          return yield* Effect.fail(refusal(ErrorCode.organizationNotFound, `Organization '${organizationId}' not found.`))
        }
        if (!privateProfiles(organizationId).includes(profileName)) return yield* Effect.fail(invalidField("profileName"))
        const made = yield* privateStore.create((id): Result.Result<AcmeAccount, never> =>
          Result.succeed({
            id,
            name,
            organizationId,
            acmeServer,
            profileName,
            certValidationType: "DV",
            ...newBinding(),
            status: "pending",
            contacts: "",
            domains: [],
            clients: []
          }))
        return created(call, `/acme/v1/pca/account/${Result.getOrThrow(made).id}`)
      }))

    const routes: ReadonlyArray<Resource> = [
      { method: "GET", path: "/acme/v1/server", handle: serverList },
      { method: "GET", path: "/acme/v2/account", handle: list(accountView) },
      { method: "POST", path: "/acme/v2/account", handle: create("v2") },
      { method: "GET", path: "/acme/v2/account/:id", handle: details(accountView) },
      { method: "PUT", path: "/acme/v2/account/:id", handle: update },
      { method: "DELETE", path: "/acme/v2/account/:id", handle: remove },
      { method: "GET", path: "/acme/v2/account/:id/domain", handle: accountDomains },
      { method: "POST", path: "/acme/v2/account/:id/domain", handle: addDomains },
      { method: "DELETE", path: "/acme/v2/account/:id/domain", handle: removeDomains },
      { method: "GET", path: "/acme/v2/account/:id/client", handle: clients },
      { method: "PUT", path: "/acme/v2/account/:id/client/:clientId", handle: deactivateClient },
      // The REST 25.5 reference's v1 (deprecated there): accounts with their domain names, `domains` in the plural.
      { method: "GET", path: "/acme/v1/account", handle: list(accountViewV1) },
      { method: "POST", path: "/acme/v1/account", handle: create("v1") },
      { method: "GET", path: "/acme/v1/account/:id", handle: details(accountViewV1) },
      { method: "PUT", path: "/acme/v1/account/:id", handle: update },
      { method: "DELETE", path: "/acme/v1/account/:id", handle: remove },
      { method: "POST", path: "/acme/v1/account/:id/domains", handle: addDomains },
      { method: "DELETE", path: "/acme/v1/account/:id/domains", handle: removeDomains },
      { method: "GET", path: "/acme/v1/pca/account", handle: privateAccounts.list(privateAccountView) },
      { method: "POST", path: "/acme/v1/pca/account", handle: createPrivate },
      { method: "GET", path: "/acme/v1/pca/account/:id", handle: privateAccounts.details(privateAccountView) },
      { method: "PUT", path: "/acme/v1/pca/account/:id", handle: privateAccounts.update },
      { method: "DELETE", path: "/acme/v1/pca/account/:id", handle: privateAccounts.remove },
      { method: "GET", path: "/acme/v1/pca/account/:id/client", handle: privateAccounts.clients },
      { method: "PUT", path: "/acme/v1/pca/account/:id/client/:clientId", handle: privateAccounts.deactivateClient }
    ]
    const rowsOf = (accounts: ReadonlyArray<AcmeAccount>) => accounts.map(accountRow)
    const rows = Effect.map(Effect.all([store.read(rowsOf), privateStore.read(rowsOf)]), ([publicRows, privateRows]) => [...publicRows, ...privateRows])
    return { routes, rows, reset: Effect.andThen(store.reset, privateStore.reset) }
  })
