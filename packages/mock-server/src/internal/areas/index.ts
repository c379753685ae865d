/**
 * The SCM areas, one folder each (ssl, smime, acme, dcv, domains, persons, admins, organizations,
 * reports) with its routes, its store, its seed and its views, and this file, which puts them
 * together: each area's state made from the seed (its gaps filled with the areas' defaults), its
 * routes gathered into one table for the server, one `reset` back to the seed. An area imports the
 * lower layers (`http/`, `pki/`, `state/`) and another area only through that area's `index.ts`;
 * never `admin/`, `auth/`, `spec/`, `cli/`, `server.ts` or this file.
 */
import { Effect } from "effect"
import type { KeyPair, PkiError } from "../pki/model.js"
import {
  defaultCustomFields,
  defaultSslCertificates,
  defaultSslTypes,
  type IssuanceSettings,
  makeSslIssuer,
  makeSslStore,
  type SslIssuer,
  sslResources,
  type SslStore
} from "./ssl/index.js"
import type { Resource } from "../http/resource.js"
import { defaultAcmeAccounts, defaultAcmeServers, makeAcmeResources } from "./acme/index.js"
import { defaultAdmins, makeAdminResources } from "./admins/index.js"
import { defaultOrganizations, organizationResources } from "./organizations/index.js"
import { dcvResources } from "./dcv/index.js"
import { type DcvOptions, defaultDomains, domainResources, makeDomainStore } from "./domains/index.js"
import { defaultPersons, makePersonStore, personResources, type PersonStore } from "./persons/index.js"
import { reportResources } from "./reports/index.js"
import { organizationIdsOf, type Seed, type SeedData } from "../state/seed.js"
import {
  defaultSmimeCertificates,
  defaultSmimeCustomFields,
  defaultSmimeTypes,
  makeSmimeIssuer,
  makeSmimeStore,
  smimeReportResources,
  smimeResources,
  type SmimeStore
} from "./smime/index.js"
import { loadX509 } from "../pki/x509.js"

/** The resources and their mutable state. */
export interface Resources {
  readonly routes: ReadonlyArray<Resource>
  readonly ssl: SslStore
  readonly issuer: SslIssuer
  readonly persons: PersonStore
  readonly smime: SmimeStore
  readonly reset: Effect.Effect<void>
}

/** The resources over `seed`; `reset` restores the seeded state. `dcv` is the server's own option, as given. */
export const makeResources = (
  seed: SeedData,
  root: KeyPair,
  issuance: IssuanceSettings,
  dcv: DcvOptions
): Effect.Effect<Resources, PkiError> =>
  Effect.gen(function* () {
    const domains = yield* makeDomainStore(seed.domains, dcv)
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

/** The seed with defaults for what it leaves out. */
export const resolveSeed = (seed: Seed | undefined): SeedData => ({
  sslTypes: seed?.sslTypes ?? defaultSslTypes,
  sslCertificates: seed?.sslCertificates ?? defaultSslCertificates(),
  organizations: seed?.organizations ?? defaultOrganizations,
  customFields: seed?.customFields ?? defaultCustomFields,
  domains: seed?.domains ?? defaultDomains(),
  acmeServers: seed?.acmeServers ?? defaultAcmeServers,
  acmeAccounts: seed?.acmeAccounts ?? defaultAcmeAccounts(),
  admins: seed?.admins ?? defaultAdmins,
  persons: seed?.persons ?? defaultPersons(),
  smime: {
    types: seed?.smime?.types ?? defaultSmimeTypes,
    customFields: seed?.smime?.customFields ?? defaultSmimeCustomFields,
    certificates: seed?.smime?.certificates ?? defaultSmimeCertificates(seed?.persons ?? defaultPersons())
  }
})
