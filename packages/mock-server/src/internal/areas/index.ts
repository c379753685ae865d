/**
 * The SCM resources, written once and served behind every auth scheme: the scheme decides who is
 * asking, these handlers decide what they get. Paths are relative to the API root (`/api` or
 * `/private/api`), with `:name` path parameters.
 */
import type { HttpServerResponse } from "effect/http"
import { Effect, type Result } from "effect"
import type * as MockPki from "../../MockPki.js"
import type { PkiError } from "../../MockPki.js"
import type { IssuanceSettings, Options } from "../../MockScmServer.js"
import type { Principal } from "../auth/schemes.js"
import { makeAcmeResources } from "./acme/routes.js"
import { makeAdminResources } from "./admins/routes.js"
import { organizationResources } from "./organizations/routes.js"
import { dcvResources } from "./dcv/routes.js"
import { domainResources } from "./domains/routes.js"
import { makeDomainStore } from "./domains/store.js"
import { personResources } from "./persons/routes.js"
import { makePersonStore, type PersonStore } from "./persons/store.js"
import type { QueryParams } from "../http/query.js"
import { reportResources } from "./reports/routes.js"
import { organizationIdsOf, type SeedData } from "../state/seed.js"
import { makeSslIssuer, type SslIssuer } from "./ssl/issuer.js"
import { sslResources } from "./ssl/routes.js"
import { makeSslStore, type SslStore } from "./ssl/store.js"
import { makeSmimeIssuer } from "./smime/issuer.js"
import { smimeReportResources } from "./smime/report.js"
import { smimeResources } from "./smime/routes.js"
import { makeSmimeStore, type SmimeStore } from "./smime/store.js"
import { loadX509 } from "../pki/x509.js"

/** A request as a resource sees it. */
export interface ApiCall {
  readonly principal: Principal
  readonly query: QueryParams
  /** The `:name` segments of the route. */
  readonly pathParams: Readonly<Record<string, string | undefined>>
  /** A HEAD request (a GET resource answers it; lists send only `X-Total-Count`). */
  readonly head: boolean
  /** The API root the request came in under: a `Location` header names the new resource below it. */
  readonly root: "/api" | "/private/api"
  /** The JSON body, read when asked for, or the 4xx that says why there is none. */
  readonly body: Effect.Effect<Result.Result<unknown, HttpServerResponse.HttpServerResponse>>
}

/** One resource: a method and a path under the API root, and its handler. */
export interface Resource {
  readonly method: "GET" | "POST" | "PUT" | "DELETE"
  readonly path: string
  readonly handle: (call: ApiCall) => Effect.Effect<HttpServerResponse.HttpServerResponse>
}

/** The resources and their mutable state. */
export interface Resources {
  readonly routes: ReadonlyArray<Resource>
  readonly ssl: SslStore
  readonly issuer: SslIssuer
  readonly persons: PersonStore
  readonly smime: SmimeStore
  readonly reset: Effect.Effect<void>
}

/** The resources over `seed`; `reset` restores the seeded state. `options` are the server's own, as given. */
export const makeResources = (
  seed: SeedData,
  root: MockPki.KeyPair,
  issuance: IssuanceSettings,
  options: Options
): Effect.Effect<Resources, PkiError> =>
  Effect.gen(function* () {
    const domains = yield* makeDomainStore(seed.domains, options.dcv ?? {})
    const ssl = yield* makeSslStore(seed.sslCertificates, issuance, domains.gate)
    const issuer = yield* makeSslIssuer(yield* loadX509, root)
    const acme = yield* makeAcmeResources(seed)
    const admins = yield* makeAdminResources(seed)
    const persons = yield* makePersonStore(seed.persons)
    const smime = yield* makeSmimeStore(seed.smime.certificates, seed.persons, ssl.settings)
    const smimeIssuer = yield* makeSmimeIssuer(yield* loadX509, root)
    const routes = [
      ...sslResources({ seed, store: ssl, issuer }),
      ...organizationResources(seed.organizations),
      ...domainResources({ store: domains, ssl, organizationIds: organizationIdsOf(seed.organizations) }),
      ...dcvResources(domains),
      ...acme.routes,
      ...admins.routes,
      ...personResources({ store: persons, organizationIds: organizationIdsOf(seed.organizations) }),
      ...smimeResources({ store: smime, persons, issuer: smimeIssuer, ...seed.smime, organizationIds: organizationIdsOf(seed.organizations) }),
      ...smimeReportResources({ store: smime, persons, organizations: seed.organizations }),
      ...(yield* reportResources({ seed, store: ssl, issuer, domains: domains.infos }))
    ]
    return { routes, ssl, issuer, persons, smime, reset: Effect.all([persons.reset, smime.reset, smimeIssuer.reset, ssl.reset, issuer.reset, acme.reset, admins.reset, domains.reset], { discard: true }) }
  })
