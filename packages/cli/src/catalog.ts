/**
 * The top-level commands of `scm`, by name: what `scm --help` says of each, and how to load it.
 * A run loads only the command its command line names (`import()` on demand), so that
 * `scm ssl list` does not pay for the mock server or the generated API of `scm api`.
 */
import type * as Command from "effect/cli/Command"

/** A top-level command: its line in `scm --help`, and its module. */
export interface Entry {
  readonly name: string
  readonly description: string
  readonly load: () => Promise<Command.Command.Any>
}

/** Every top-level command, in the order `scm --help` lists them. */
export const entries: ReadonlyArray<Entry> = [
  {
    name: "ssl",
    description: "SSL certificates: list, get, profiles, enroll, collect, revoke, renew",
    load: () => import("./commands/ssl.js").then((module) => module.ssl)
  },
  {
    name: "smime",
    description: "S/MIME certificates: list, get, profiles, enroll, collect, revoke, renew",
    load: () => import("./commands/smime.js").then((module) => module.smime)
  },
  {
    name: "renew",
    description: "Renew every SSL certificate that expires within a window",
    load: () => import("./commands/renew.js").then((module) => module.renew)
  },
  {
    name: "report",
    description: "Reports: expiring, ssl, smime, device, domains, activity",
    load: () => import("./commands/report.js").then((module) => module.report)
  },
  {
    name: "dcv",
    description: "Domain control validation: start, submit, status",
    load: () => import("./commands/dcv.js").then((module) => module.dcv)
  },
  {
    name: "domains",
    description: "Domains of the account",
    load: () => import("./commands/domains.js").then((module) => module.domains)
  },
  {
    name: "acme",
    description: "ACME accounts for certbot, acme.sh ...: list, create, delete, servers",
    load: () => import("./commands/acme.js").then((module) => module.acme)
  },
  {
    name: "orgs",
    description: "Organizations and their departments",
    load: () => import("./commands/orgs.js").then((module) => module.orgs)
  },
  {
    name: "persons",
    description: "Persons (the subjects of S/MIME certificates): list, find, create",
    load: () => import("./commands/persons.js").then((module) => module.persons)
  },
  {
    name: "admins",
    description: "Administrators of the account",
    load: () => import("./commands/admins.js").then((module) => module.admins)
  },
  {
    name: "api",
    description: "Call any operation of the SCM API by area and name",
    load: () => import("./commands/api.js").then((module) => module.api)
  },
  {
    name: "auth",
    description: "Check the settings: strategy, variables, one authenticated call",
    load: () => import("./commands/auth.js").then((module) => module.auth)
  },
  {
    name: "mock",
    description: "Start the mock SCM server (its JSON line on stdout)",
    load: () => import("./commands/mock.js").then((module) => module.mock)
  }
]

/** What `scm --help` says of a top-level command. */
export const descriptionOf = (name: string): string => entries.find((entry) => entry.name === name)?.description ?? ""
