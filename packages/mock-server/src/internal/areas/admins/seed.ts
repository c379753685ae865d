/**
 * The default client admins: the MRAO the mock's credentials log in as (header login and client
 * certificate), an API admin, and RAO and DRAO admins of each area across the default
 * organizations and departments, some suspended, some from an identity provider, each with a
 * phone number.
 */
import type { AdminSeed } from "../../state/seed.js"

const person = (id: number, login: string, forename: string, surname: string, domain = "example.com") => ({
  id,
  login,
  forename,
  surname,
  email: `${login.replace(/[^a-z0-9.]/gi, ".")}@${domain}`,
  phone: `+1 555 01${String(id % 100).padStart(2, "0")}`
})

const sslAdmin = ["allowCreate", "allowEdit", "allowDelete", "allowManageDomains", "sslRequest", "sslRenew", "sslReplace", "sslRevoke", "sslApprove"]
const smimeAdmin = ["allowCreate", "allowEdit", "clientCertRequest", "clientCertRevoke", "clientCertManage"]
const deviceAdmin = ["deviceRequest", "deviceRenew", "deviceRevoke", "deviceManage"]
const codeSigningAdmin = ["csRequest", "csRevoke", "csManage"]

/** The default admins, ids from 1501. */
export const defaultAdmins: ReadonlyArray<AdminSeed> = [
  { ...person(1501, "scm_admin", "Morgan", "Reyes"), type: "STANDARD", credentials: [{ role: "MRAO" }], privileges: [], title: "PKI lead" },
  { ...person(1502, "scm_cert_admin", "Jamie", "Okafor"), type: "STANDARD", credentials: [{ role: "MRAO" }], privileges: [], authCert: "4F2A9C1D7E" },
  { ...person(1503, "api-client", "Automation", "Service"), type: "API", credentials: [{ role: "RAO_SSL", orgId: 1001 }], privileges: sslAdmin, authCert: "6C3E81B2F0" },
  { ...person(1504, "admin_ops", "Priya", "Natarajan"), type: "STANDARD", credentials: [{ role: "RAO_SSL", orgId: 1001 }, { role: "RAO_SMIME", orgId: 1001 }], privileges: [...sslAdmin, "clientCertRequest", "clientCertRevoke", "clientCertManage", "allowDCV"] },
  {
    ...person(1505, "admin_web", "Lukas", "Brandt"),
    type: "STANDARD",
    credentials: [{ role: "DRAO_SSL", orgId: 1003 }],
    privileges: ["sslRequest", "sslRenew", "sslRevoke"],
    // A standard admin who also signs in through the company's IdP, and holds an admin certificate.
    authCert: "1D94A7C3E5",
    identityProviderId: 76,
    idp: "Example Corp SSO",
    idpPersonId: "lukas.brandt@example.com"
  },
  { ...person(1506, "drao_itops", "Sofia", "Marin"), type: "STANDARD", credentials: [{ role: "DRAO_SSL", orgId: 1002 }, { role: "DRAO_DEVICE", orgId: 1002 }], privileges: ["sslRequest", "sslRenew", ...deviceAdmin] },
  { ...person(1507, "smime_helpdesk", "Noah", "Williams"), type: "STANDARD", credentials: [{ role: "RAO_SMIME", orgId: 1001 }], privileges: smimeAdmin },
  { ...person(1508, "codesign_rel", "Aiko", "Tanaka"), type: "STANDARD", credentials: [{ role: "RAO_CS", orgId: 1001 }], privileges: codeSigningAdmin },
  { ...person(1509, "device_mdm", "Omar", "Haddad"), type: "API", credentials: [{ role: "RAO_DEVICE", orgId: 1001 }], privileges: deviceAdmin },
  { ...person(1510, "eu_pki", "Eva", "de Vries", "example.eu"), type: "STANDARD", credentials: [{ role: "RAO_SSL", orgId: 1010 }], privileges: sslAdmin, country: "NL" },
  { ...person(1511, "eu_infra", "Jan", "Jansen", "example.eu"), type: "STANDARD", credentials: [{ role: "DRAO_SSL", orgId: 1011 }], privileges: ["sslRequest", "sslRenew"], country: "NL" },
  { ...person(1512, "eu_automation", "EU", "Automation", "example.eu"), type: "API", credentials: [{ role: "RAO_SSL", orgId: 1010 }], privileges: ["sslRequest", "sslRenew", "sslRevoke"] },
  { ...person(1513, "lab_admin", "Grace", "Liu", "example-lab.org"), type: "STANDARD", credentials: [{ role: "RAO_SSL", orgId: 1020 }, { role: "RAO_SMIME", orgId: 1020 }], privileges: [...sslAdmin, ...smimeAdmin.slice(2)] },
  { ...person(1514, "lab.sso", "Ravi", "Kumar", "example-lab.org"), type: "IDP", credentials: [{ role: "RAO_SMIME", orgId: 1020 }], privileges: ["clientCertRequest"], identityProviderId: 77, idp: "Example Lab SSO", idpPersonId: "ravi.kumar@example-lab.org" },
  { ...person(1515, "sas.auditor", "Chloe", "Martin"), type: "SAS", credentials: [{ role: "RAO_SSL", orgId: 1001 }], privileges: [] },
  { ...person(1516, "contractor_web", "Tom", "Fischer"), type: "STANDARD", credentials: [{ role: "DRAO_SSL", orgId: 1003 }], privileges: ["sslRequest"], activeState: "SUSPENDED" },
  { ...person(1517, "former_ops", "Dana", "Kowalski"), type: "STANDARD", credentials: [{ role: "RAO_SSL", orgId: 1001 }], privileges: ["sslRequest"], activeState: "SUSPENDED" },
  { ...person(1518, "renewal-bot", "Renewal", "Bot"), type: "API", credentials: [{ role: "RAO_SSL", orgId: 1001 }, { role: "RAO_SSL", orgId: 1010 }], privileges: ["sslRenew"] },
  { ...person(1519, "helpdesk_eu", "Marta", "Silva", "example.eu"), type: "STANDARD", credentials: [{ role: "RAO_SMIME", orgId: 1010 }], privileges: smimeAdmin },
  { ...person(1520, "mrao_backup", "Alex", "Novak"), type: "STANDARD", credentials: [{ role: "MRAO" }], privileges: [] }
]
