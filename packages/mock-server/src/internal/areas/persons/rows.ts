/**
 * The persons as the test controls list them (`GET /__admin/state/persons`, the dashboard).
 */
import type { PersonRow } from "../../state/overview.js"
import { fullName, type PersonRecord } from "./store.js"

/** One person's row. */
export const personRow = (person: PersonRecord): PersonRow => ({
  id: person.id,
  name: fullName(person),
  email: person.email,
  organizationId: person.organizationId,
  validationType: person.validationType
})
