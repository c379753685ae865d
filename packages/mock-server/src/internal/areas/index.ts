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
  certificateFileName,
  defaultCustomFields,
  defaultSslCertificates,
  defaultSslTypes,
  type IssuanceSettings,
  makeSslIssuer,
  makeSslStore,
  profileNamer,
  type SslIssuer,
  sslResources,
  sslRow,
  type SslStore,
  wasIssued
} from "./ssl/index.js"
import type { Resource } from "../http/resource.js"
import { defaultAcmeAccounts, defaultAcmeServers, makeAcmeResources } from "./acme/index.js"
import { defaultAdmins, makeAdminResources } from "./admins/index.js"
import { defaultOrganizations, makeOrganizationStore, organizationResources } from "./organizations/index.js"
import { dcvResources } from "./dcv/index.js"
import { type DcvOptions, defaultDomains, domainResources, domainRow, makeDomainStore } from "./domains/index.js"
import { defaultPersons, makePersonStore, personResources, personRow, type PersonStore } from "./persons/index.js"
import { reportResources } from "./reports/index.js"
import type { Seed, SeedData } from "../state/seed.js"
import {
  defaultSmimeCertificates,
  defaultSmimeCustomFields,
  defaultSmimeTypes,
  makeSmimeIssuer,
  makeSmimeStore,
  smimeReportResources,
  smimeResources,
  smimeRow,
  type SmimeStore,
  wasSmimeIssued
} from "./smime/index.js"
import { loadX509 } from "../pki/x509.js"
import type { CertificateIssuer } from "../pki/certificateIssuer.js"
import { render } from "../pki/collectFormats.js"
import type { AreaName, AreaRows } from "../state/overview.js"

/** Each area's rows as they are now, for the test controls. */
export type AreaRowsNow = { readonly [A in AreaName]: Effect.Effect<ReadonlyArray<AreaRows[A]>> }

/** An issued certificate's chain as a PEM file: the certificate, its intermediate, the root. */
export interface ChainFile {
  readonly fileName: string
  readonly pem: Uint8Array
}

/** The resources and their mutable state. */
export interface Resources {
  readonly routes: ReadonlyArray<Resource>
  readonly ssl: SslStore
  readonly issuer: SslIssuer
  readonly persons: PersonStore
  readonly smime: SmimeStore
  /** What each area holds, as rows without secrets. */
  readonly rows: AreaRowsNow
  /** The chain of an SSL or S/MIME certificate (by `sslId` or id) that was issued, signed on first use; undefined for any other. */
  readonly chainFile: (area: "ssl" | "smime", id: number) => Effect.Effect<ChainFile | undefined>
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
    const organizations = yield* makeOrganizationStore(seed.organizations)
    // The organizations and departments there are now, as the areas that take an organization id read them.
    const organizationIds = organizations.ids
    const routes = [
      ...sslResources({ seed, store: ssl, issuer, organizationIds }),
      ...organizationResources(organizations),
      ...domainResources({ store: domains, ssl, organizationIds }),
      ...dcvResources(domains),
      ...acme.routes,
      ...admins.routes,
      ...personResources({ store: persons, organizationIds }),
      ...smimeResources({ store: smime, persons, issuer: smimeIssuer, ...seed.smime, organizationIds }),
      ...smimeReportResources({ store: smime, persons, organizations: seed.organizations }),
      ...(yield* reportResources({ seed, store: ssl, issuer, domains: domains.infos }))
    ]
    const sslProfile = profileNamer(seed.sslTypes)
    const smimeProfile = profileNamer(seed.smime.types)
    const rows: AreaRowsNow = {
      ssl: Effect.map(ssl.all, (records) => records.map((record) => sslRow(record, sslProfile))),
      smime: Effect.map(smime.all, (records) => records.map((record) => smimeRow(record, smimeProfile))),
      domains: Effect.map(domains.current, ([state, now]) => state.records.map((record) => domainRow(record, now))),
      acme: acme.rows,
      persons: Effect.map(persons.all, (records) => records.map(personRow)),
      admins: admins.rows
    }
    /** The chain upward from the certificate, as `collect?format=x509R` sends it. */
    const pemFile = <R>(chainIssuer: CertificateIssuer<R>, record: R, name: string) =>
      Effect.map(Effect.orDie(chainIssuer.chainOf(record)), (chain): ChainFile => ({
        fileName: certificateFileName(name, "pem"),
        pem: render(chainIssuer.x509, "x509R", chain).body
      }))
    const chainFile = (area: "ssl" | "smime", id: number): Effect.Effect<ChainFile | undefined> =>
      area === "ssl"
        ? Effect.flatMap(ssl.get(id), (record) =>
          record === undefined || !wasIssued(record) ? Effect.succeed(undefined) : pemFile(issuer, record, record.commonName))
        : Effect.flatMap(smime.get(id), (record) =>
          record === undefined || !wasSmimeIssued(record) ? Effect.succeed(undefined) : pemFile(smimeIssuer, record, record.email))
    return { routes, ssl, issuer, persons, smime, rows, chainFile, reset: Effect.all([persons.reset, smime.reset, smimeIssuer.reset, ssl.reset, issuer.reset, acme.reset, admins.reset, domains.reset, organizations.reset], { discard: true }) }
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
