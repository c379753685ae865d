/**
 * The person operations, over the generated `person/v2` operations. What is left here is what
 * makes them ergonomic: the new id read from `Location` (SCM answers a create with 201 and no
 * body), "find or create" by e-mail, paging, branded ids.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Generated from "../generated/Client.js"
import type { CreateRequest, ListFilters, UpdateRequest } from "../Persons.js"
import * as Spec from "../generated/Schemas.js"
import type * as ScmError from "../ScmError.js"
import { listOperations } from "./pagination.js"
import { apiOf, decodeError, view } from "./request.js"
import * as schemas from "./schemas/persons.js"

// The generated operations this module calls.
const api = apiOf({
  createPerson: Generated.createPerson,
  deletePerson: Generated.deletePerson,
  getPersonIdByEmail: Generated.getPersonIdByEmail,
  getPersonInfoById: Generated.getPersonInfoById,
  listPersons: Generated.listPersons,
  updatePerson: Generated.updatePerson
})

type PersonId = typeof schemas.PersonId.Type

const asPersons = view(Spec.ListPersons200, Schema.Array(schemas.Person))
const asPerson = view(Spec.GetPersonInfoById200, schemas.Person)
const asPersonId = view(Spec.GetPersonIdByEmail200, schemas.PersonIdAnswer)

/** SCM's "Person not found." on a 404: what `findByEmail` reads as "none". */
const isPersonNotFound = (error: ScmError.ScmError): boolean =>
  error._tag === "ScmApiError" && error.status === 404 && (error.code === undefined || error.code === -105)

// The public filters allow `undefined`; the spec's params are the same names.
const params = (filters: ListFilters | undefined) => filters as Spec.ListPersonsParams

/** @internal */
export const { count, list, page } = listOperations(
  "Persons",
  "/api/person/v2",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.listPersons({ params: { ...params(filters), position, size }, config: { includeResponse: true } }),
        ([items, response]) => [asPersons(items), response] as const
      ))
)

/** @internal */
export const get = Effect.fn("Persons.get")(function*(id: PersonId) {
  yield* Effect.annotateCurrentSpan("scm.person_id", id)
  return asPerson(yield* (yield* api).getPersonInfoById(String(id)))
})

/** @internal */
export const findByEmail = Effect.fn("Persons.findByEmail")(function*(email: string) {
  const found = yield* Effect.map((yield* api).getPersonIdByEmail(email), asPersonId).pipe(
    Effect.map((answer) => Option.some(answer.personId)),
    Effect.catchIf(isPersonNotFound, () => Effect.succeed(Option.none<PersonId>()))
  )
  if (Option.isSome(found)) yield* Effect.annotateCurrentSpan("scm.person_id", found.value)
  return found
})

/** The id at the end of a `Location` (absolute or a path), as SCM's clients read it. */
const idFromLocation = (location: string | undefined): number | undefined => {
  const last = location?.trim().replace(/\/+$/, "").split("/").pop()
  return last !== undefined && /^\d{1,10}$/.test(last) ? Number(last) : undefined
}

/**
 * The spec's PersonInfo from a request: unset options are left out rather than sent as null.
 *
 * @internal
 */
export const personBody = (request: CreateRequest | UpdateRequest): Spec.PersonInfo => {
  const body: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(request)) if (value !== undefined) body[name] = value
  return body as Spec.PersonInfo
}

/** @internal */
export const create = Effect.fn("Persons.create")(function*(request: CreateRequest) {
  // Ids only: names and e-mails stay out of traces.
  yield* Effect.annotateCurrentSpan("scm.org_id", request.organizationId)
  const [, response] = yield* (yield* api).createPerson({ payload: personBody(request), config: { includeResponse: true } })
  const id = idFromLocation(response.headers["location"])
  if (id === undefined) return yield* Effect.fail(decodeError(response, "the created person's Location header names no id"))
  yield* Effect.annotateCurrentSpan("scm.person_id", id)
  return schemas.PersonId.make(id)
})

/** @internal */
export const findOrCreate = Effect.fn("Persons.findOrCreate")(function*(request: CreateRequest) {
  const found = yield* findByEmail(request.email)
  if (Option.isSome(found)) return { id: found.value, created: false }
  // Someone may create the person between the look-up and the create: SCM refuses the second
  // create (with a code its documents do not give), and the person it refused for is the answer.
  return yield* create(request).pipe(
    Effect.map((id) => ({ id, created: true })),
    Effect.catchTag("ScmApiError", (refused) =>
      Effect.flatMap(findByEmail(request.email), (again) =>
        Option.isSome(again) ? Effect.succeed({ id: again.value, created: false }) : Effect.fail(refused)))
  )
})

/** @internal */
export const update = Effect.fn("Persons.update")(function*(id: PersonId, request: UpdateRequest) {
  yield* Effect.annotateCurrentSpan("scm.person_id", id)
  return yield* (yield* api).updatePerson(String(id), { payload: personBody(request) })
})

/** @internal */
export const remove = Effect.fn("Persons.remove")(function*(id: PersonId) {
  yield* Effect.annotateCurrentSpan("scm.person_id", id)
  return yield* (yield* api).deletePerson(String(id))
})
