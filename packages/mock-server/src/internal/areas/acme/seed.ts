/**
 * The default ACME data: Sectigo's public ACME servers, and one EAB account per host across the
 * default organizations (the pattern SCM admins end up with when every ACME client needs its own
 * External Account Binding), more than fit on one page of 200. Keys are derived from the account's
 * id, so the data set is the same from run to run; accounts created at run time get random keys.
 */
import { createHash } from "node:crypto"
import type { AcmeAccountSeed, AcmeServerSeed } from "../../state/seed.js"

/** Sectigo's public ACME servers as `GET /acme/v1/server` lists them (AcmeServerInfo). */
export const defaultAcmeServers: ReadonlyArray<AcmeServerSeed> = [
  { name: "Sectigo DV ACME", url: "https://acme.sectigo.com/v2/DV", caId: 40481, certValidationType: "DV", singleProductId: 66360, multiProductId: 23230, wcProductId: 14600 },
  { name: "Sectigo OV ACME", url: "https://acme.sectigo.com/v2/OV", caId: 40485, certValidationType: "OV", singleProductId: 66362, multiProductId: 23234, wcProductId: 14608 },
  { name: "Sectigo EV ACME", url: "https://acme.sectigo.com/v2/EV", caId: 40487, certValidationType: "EV", singleProductId: 66364, multiProductId: 23236 },
  { name: "Sectigo OV ACME (EU)", url: "https://acme.eu.sectigo.com/v2/OV", caId: 40490, certValidationType: "OV", singleProductId: 66370, multiProductId: 23240, wcProductId: 14610 }
]

/** How many accounts the default seed holds: more than one page of 200. */
export const defaultAcmeAccountCount = 230

/** A stable base64url string of `bytes` bytes for `label` (stands in for a random key in the seed). */
export const derivedKey = (label: string, bytes: number): string => {
  let material = Buffer.alloc(0)
  for (let round = 0; material.length < bytes; round++) {
    material = Buffer.concat([material, createHash("sha256").update(`${label}:${round}`).digest()])
  }
  return material.subarray(0, bytes).toString("base64url")
}

/** A stable UUID-shaped id for `label`. */
const derivedUuid = (label: string): string => {
  const hex = createHash("sha256").update(label).digest("hex")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const at = <A>(items: ReadonlyArray<A>, i: number): A => items[i % items.length] as A

const hosts = ["web", "api", "mail", "vpn", "edge", "k8s-ingress", "build", "wiki", "git", "status"]
/** An organization (or department) of the default seed and the domain delegated to it (or to its parent). */
const owners = [
  { organizationId: 1001, domain: "example.com" },
  { organizationId: 1002, domain: "example.net" },
  { organizationId: 1003, domain: "example.org" },
  { organizationId: 1010, domain: "example.eu" },
  { organizationId: 1011, domain: "example.nl" },
  { organizationId: 1020, domain: "example-lab.org" }
]
const servers = ["Sectigo DV ACME", "Sectigo DV ACME", "Sectigo OV ACME", "Sectigo EV ACME"]
const userAgents = [
  "CertbotACMEClient/2.11.0 (certbot; Ubuntu 24.04 LTS) Authenticator/nginx Installer/nginx (certonly; flags: n) Py/3.12.3",
  "lego-cli/4.17.4 xenolf-acme/4.17.4 (release; linux; amd64)",
  "cert-manager-acme/v1.15.1 (linux/amd64) cert-manager/9d8d3d6ab",
  "acme.sh/3.0.7 (https://github.com/acmesh-official/acme.sh)"
]

/** The default accounts: the first host of each organization has clients; some have no domains yet. */
export const defaultAcmeAccounts = (): ReadonlyArray<AcmeAccountSeed> =>
  Array.from({ length: defaultAcmeAccountCount }, (_, i): AcmeAccountSeed => {
    const id = 301 + i
    const owner = at(owners, i)
    const acmeServer = at(servers, Math.floor(i / owners.length))
    const host = `${at(hosts, Math.floor(i / owners.length))}-${String(i).padStart(3, "0")}`
    const clients = i % 3 === 0
      ? Array.from({ length: 1 + (i % 2) }, (_, j) => ({
        accountId: derivedUuid(`acme-client:${id}:${j}`),
        ipAddress: `10.${owner.organizationId % 256}.${i % 256}.${10 + j}`,
        userAgent: at(userAgents, i + j),
        status: j === 0 ? "valid" : "deactivated",
        contacts: `mailto:pki+${host}@${owner.domain}`
      }))
      : []
    return {
      id,
      name: `${host}.${owner.domain}`,
      organizationId: owner.organizationId,
      acmeServer,
      accountId: derivedUuid(`acme-account:${id}`),
      macId: derivedKey(`acme-mac-id:${id}`, 16),
      macKey: derivedKey(`acme-mac-key:${id}`, 64),
      status: clients.length > 0 ? "valid" : "pending",
      contacts: clients[0]?.contacts ?? "",
      domains: i % 5 === 4 ? [] : [{ name: `${host}.${owner.domain}` }, ...(i % 4 === 0 ? [{ name: `*.${host}.${owner.domain}` }] : [])],
      clients
    }
  })

/** A private CA ("universal") ACME account: a public account's fields, with the private SSL profile it enrolls with. */
export type PrivateAcmeAccountSeed = AcmeAccountSeed & { readonly profileName: string }

/** The default private CA accounts: internal hosts of Example Corp on its private SSL profile. */
export const defaultPrivateAcmeAccounts: ReadonlyArray<PrivateAcmeAccountSeed> = Array.from({ length: 12 }, (_, i) => {
  const id = 801 + i
  const organizationId = at([1001, 1002, 1003], i)
  const host = `${at(["ldap", "vault", "grafana", "jenkins"], i)}-${i}.corp.example.com`
  return {
    id,
    name: host,
    organizationId,
    acmeServer: "Sectigo Private ACME",
    profileName: "Sectigo Private SSL",
    accountId: derivedUuid(`private-acme-account:${id}`),
    macId: derivedKey(`private-acme-mac-id:${id}`, 16),
    macKey: derivedKey(`private-acme-mac-key:${id}`, 64),
    clients: i % 2 === 0
      ? [{ accountId: derivedUuid(`private-acme-client:${id}`), ipAddress: `10.20.0.${10 + i}`, userAgent: at(userAgents, i), status: "valid", contacts: `mailto:pki@example.com` }]
      : []
  }
})
