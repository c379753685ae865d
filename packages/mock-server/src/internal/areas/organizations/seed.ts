/**
 * The default organizations: a company with two departments, its European arm with one, and a
 * research lab, each with the details an OrganizationResp carries.
 */
import type { OrganizationSeed } from "../../state/seed.js"

/** What every default organization says about itself beyond its name (OrganizationResp). */
const organizationDetails = (city: string, country: string, postalCode: string) => ({
  certTypes: ["SSL", "SMIME", "CodeSign"],
  address1: "1 Example Street",
  address2: "Building B",
  address3: "Floor 3",
  city,
  stateOrProvince: city,
  postalCode,
  country,
  contactEmails: "pki@example.com",
  contactWebhook: "https://hooks.example.com/scm",
  clientCertificate: { allowKeyRecoveryByMasterAdmins: true, allowKeyRecoveryByOrgAdmins: false, allowKeyRecoveryByDepartmentAdmins: false },
  validationStatus: "Validated",
  sslCertsApiEnabled: true,
  clientCertsApiEnabled: true
})

export const defaultOrganizations: ReadonlyArray<OrganizationSeed> = [
  {
    id: 1001,
    name: "Example Corp",
    alias: "example",
    departments: [
      { id: 1002, parentName: "Example Corp", name: "IT Operations" },
      { id: 1003, parentName: "Example Corp", name: "Web Platform" }
    ],
    ...organizationDetails("Roseland", "US", "07068")
  },
  {
    id: 1010,
    name: "Example Corp Europe",
    alias: "example-eu",
    departments: [{ id: 1011, parentName: "Example Corp Europe", name: "EU Infrastructure" }],
    ...organizationDetails("Amsterdam", "NL", "1012 AB")
  },
  { id: 1020, name: "Example Research Lab", alias: "example-lab", departments: [], ...organizationDetails("Cambridge", "GB", "CB2 1TN") }
]
