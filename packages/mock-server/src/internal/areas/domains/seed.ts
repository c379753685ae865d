/**
 * The default domains: a few dozen under a dozen registrable names, delegated to the default
 * organizations, some suspended, some not yet validated or approved.
 */
import type { DomainSeed } from "../../state/seed.js"

const registrable = [
  "example.com",
  "example.net",
  "example.org",
  "example.io",
  "example.dev",
  "example.cloud",
  "example.eu",
  "example.nl",
  "example.co.uk",
  "example-lab.org",
  "example-shop.com",
  "example-status.net"
]

/** The organization a default domain is delegated to: the company's, Europe's or the lab's. */
const domainOwner = (name: string): number =>
  name.endsWith(".eu") || name.endsWith(".nl") ? 1010 : name.startsWith("example-lab") ? 1020 : 1001

/** The discovery bucket a monitored domain's CT log findings go to, a stable UUID. */
const bucketIdOf = (id: number): string => `6d505c9c-b66b-44f9-8ba4-${String(id).padStart(12, "0")}`

/** The registrant (WHOIS) address of the company's domains, its European arm's, the lab's. */
const registrantOf = (name: string): string =>
  name.endsWith(".eu") || name.endsWith(".nl") ? "domains@example.eu" : name.startsWith("example-lab") ? "domains@example-lab.org" : "domains@example.com"

/**
 * Three entries per registrable domain (the domain, its wildcard, a host), some not yet validated
 * or approved, a few whose validation expired; some monitored in CT logs; each with its
 * registrant's address.
 */
export const defaultDomains = (): ReadonlyArray<DomainSeed> =>
  registrable.flatMap((base, i) =>
    [base, `*.${base}`, `www.${base}`].map((name, j): DomainSeed => {
      const id = 5001 + i * 3 + j
      const requested = id % 11 === 0
      const expired = id % 17 === 0
      const validated = id % 7 !== 0 && !expired
      const monitored = j === 0 && i % 2 === 0
      return {
        id,
        name,
        delegationStatus: requested ? "REQUESTED" : "ACTIVE",
        state: id % 13 === 0 ? "SUSPENDED" : "ACTIVE",
        validationStatus: expired ? "Expired" : validated ? "Validated" : "Not validated",
        // Dates are laid out from the start time, so that the seed means the same on any day.
        ...(validated || expired ? { validationMethod: i % 3 === 0 ? "EMAIL" : "DNSTXT_RANDOM_VALUE" } : {}),
        whoisEmails: [registrantOf(base)],
        delegations: [
          {
            orgId: domainOwner(base),
            certTypes: ["SSL", "SMIME"],
            domainCertificateRequestPrivileges: ["DOMAIN", "SUBDOMAIN"],
            status: requested ? "REQUESTED" : "ACTIVE"
          }
        ],
        ctLogMonitoring: monitored
          ? { bucketId: bucketIdOf(id), enabled: true, includeSubdomains: true }
          : { enabled: false, includeSubdomains: false }
      }
    })
  )
