/**
 * The default persons: the staff of the default organizations, more than one page of 200, with
 * e-mails under the organizations' domains. The same from run to run.
 */
import type { PersonSeed } from "../../state/seed.js"

const firstNames = ["Alice", "Bruno", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Julia", "Kofi", "Lena"]
const lastNames = ["Adams", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ito", "Jansen", "Kowalski", "Larsen"]
const organizations = [
  { id: 1001, domain: "example.com" },
  { id: 1002, domain: "example.com" },
  { id: 1003, domain: "example.com" },
  { id: 1010, domain: "example.eu" },
  { id: 1011, domain: "example.eu" },
  { id: 1020, domain: "example-lab.org" }
]

/** How many persons the default seed holds. */
export const defaultPersonCount = 240

/** The id of the first default person. */
export const firstPersonId = 501

const at = <A>(items: ReadonlyArray<A>, i: number): A => items[i % items.length] as A

/** The default persons. */
export const defaultPersons = (): ReadonlyArray<PersonSeed> =>
  Array.from({ length: defaultPersonCount }, (_, i): PersonSeed => {
    const firstName = at(firstNames, i)
    const lastName = at(lastNames, Math.floor(i / firstNames.length))
    const organization = at(organizations, i)
    // Twelve by twelve names repeat after 144 persons: a number keeps the later e-mails apart.
    const local = `${firstName}.${lastName}${i < 144 ? "" : String(i)}`.toLowerCase()
    return {
      id: firstPersonId + i,
      firstName,
      middleName: "",
      lastName,
      email: `${local}@${organization.domain}`,
      organizationId: organization.id,
      validationType: i % 10 === 0 ? "HIGH" : "STANDARD",
      phone: `+1 555 01${String(i % 100).padStart(2, "0")}`,
      secondaryEmails: i % 7 === 0 ? [`${local}@mail.${organization.domain}`] : [],
      commonName: `${firstName} ${lastName}`
    }
  })
