/**
 * The areas put together: each area's state made from the seed, its routes gathered into one
 * table for the server, and one `reset` that takes every area back to the seed.
 */
import { Effect } from "effect"
import type { KeyPair, PkiError } from "../pki/model.js"
import type { IssuanceSettings } from "./ssl/certificates.js"
import type { Resource } from "../http/resource.js"
import { makeAcmeResources } from "./acme/routes.js"
import { makeAdminResources } from "./admins/routes.js"
import { organizationResources } from "./organizations/routes.js"
import { dcvResources } from "./dcv/routes.js"
import { domainResources } from "./domains/routes.js"
import type { DcvOptions } from "./domains/dcvChecks.js"
import { makeDomainStore } from "./domains/store.js"
import { personResources } from "./persons/routes.js"
import { makePersonStore, type PersonStore } from "./persons/store.js"
import { reportResources } from "./reports/routes.js"
import { organizationIdsOf, type Seed, type SeedData } from "../state/seed.js"
import { defaultAcmeAccounts, defaultAcmeServers } from "./acme/seed.js"
import { defaultAdmins } from "./admins/seed.js"
import { defaultDomains } from "./domains/seed.js"
import { defaultOrganizations } from "./organizations/seed.js"
import { defaultPersons } from "./persons/seed.js"
import { defaultSmimeCertificates, defaultSmimeCustomFields, defaultSmimeTypes } from "./smime/seed.js"
import { defaultCustomFields, defaultSslCertificates, defaultSslTypes } from "./ssl/seed.js"
import { makeSslIssuer, type SslIssuer } from "./ssl/issuer.js"
import { sslResources } from "./ssl/routes.js"
import { makeSslStore, type SslStore } from "./ssl/store.js"
import { makeSmimeIssuer } from "./smime/issuer.js"
import { smimeReportResources } from "./smime/report.js"
import { smimeResources } from "./smime/routes.js"
import { makeSmimeStore, type SmimeStore } from "./smime/store.js"
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
