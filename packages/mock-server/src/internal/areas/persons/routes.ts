/**
 * The person operations, on `/person/v1` (the REST reference) and `/person/v2` (the spec) alike:
 * list (paged, filtered, HEAD counts), create (201 with `Location`, the new id its last segment),
 * details, update, delete, and the id of the person with an e-mail. Fields are checked as the REST
 * reference's constraint tables say; a second person with an e-mail already taken is refused.
 */
import { Effect, Result } from "effect"
import { pagedResponse, pageOf } from "../../http/paging.js"
import type { PersonFields, PersonRecord, PersonRefusal, PersonResult, PersonStore } from "./store.js"
import { fullName } from "./store.js"
import { integerParam, maxInt32, type QueryParams, stringParam } from "../../http/query.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { badRequest, entityNotFound, ErrorCode, invalidField, jsonResponse, refusal, truncate } from "../../http/scmErrors.js"
import {
  answer,
  type Answer,
  bodyFields,
  contains,
  emptyAnswer,
  idParam,
  isEmail,
  isoTime,
  present,
  read,
  sameEmail,
  textParam
} from "../../http/routeHelpers.js"

/** SCM's "Person not found." (-105; the code has a second meaning for renewals). */
export const personNotFound = entityNotFound(-105, "Person not found.")

const phoneSyntax = /^[#|0-9|()\-+ x]*$/

/** PersonInfo as SCM sends it. */
export const personInfoOf = (person: PersonRecord): Readonly<Record<string, unknown>> =>
  present({
    id: person.id,
    firstName: person.firstName,
    middleName: person.middleName,
    lastName: person.lastName,
    email: person.email,
    organizationId: person.organizationId,
    validationType: person.validationType,
    phone: person.phone,
    secondaryEmails: person.secondaryEmails,
    commonName: person.commonName,
    eppn: person.eppn,
    upn: person.upn,
    created: isoTime(person.created),
    createdBy: person.createdBy,
    modified: isoTime(person.modified),
    modifiedBy: person.modifiedBy
  })

const refusalAnswer = (refused: PersonRefusal): Answer =>
  refused._tag === "UnknownPerson"
    ? personNotFound
    : // SCM's code for a taken e-mail is not in its documents: the generic one, with its reason.
      refusal(ErrorCode.generic, `Person with email '${truncate(refused.email, 128)}' already exists.`)

type Read<A> = Effect.Effect<A, Answer>

/** An e-mail address: well-formed, at most 128 characters. */
export const emailField = (fields: Fields.Fields, name: string, required: boolean): Read<string | undefined> =>
  Effect.flatMap(read(required ? Fields.requiredString(fields, name, 128) : Fields.optionalString(fields, name, 128)), (email) =>
    email === undefined || isEmail(email.trim()) ? Effect.succeed(email?.trim()) : Effect.fail(invalidField(name)))

/** An optional phone number of SCM's characters, at most 32. */
export const phoneField = (fields: Fields.Fields): Read<string | undefined> =>
  Effect.flatMap(read(Fields.optionalString(fields, "phone", 32)), (phone) =>
    phone === undefined || phoneSyntax.test(phone) ? Effect.succeed(phone) : Effect.fail(invalidField("phone")))

/** Optional secondary e-mails: strings of at most 128 characters. */
export const secondaryEmailsField = (fields: Fields.Fields): Read<ReadonlyArray<string> | undefined> => {
  const value = fields["secondaryEmails"]
  if (value === undefined || value === null) return Effect.succeed(undefined)
  return Array.isArray(value) && value.every((email): email is string => typeof email === "string" && email.length <= 128)
    ? Effect.succeed(value)
    : Effect.fail(invalidField("secondaryEmails"))
}

const validationTypes = ["STANDARD", "HIGH"] as const

/** Fields that, when given, must not be blank ("Must be null or not blank"). */
const notBlank = (fields: Fields.Fields, name: string, maxLength: number): Read<string | undefined> =>
  Effect.flatMap(read(Fields.optionalString(fields, name, maxLength)), (value) =>
    value !== undefined && value.trim() === "" ? Effect.fail(invalidField(name)) : Effect.succeed(value))

const optionalText = (fields: Fields.Fields, name: string, maxLength: number) => read(Fields.optionalString(fields, name, maxLength))

/** An organization or department the seed knows, or the spec's 404. */
const knownOrganization = (organizationIds: ReadonlySet<number>, id: number): Read<number> =>
  organizationIds.has(id) ? Effect.succeed(id) : Effect.fail(entityNotFound(ErrorCode.organizationNotFound, `Organization '${id}' not found.`))

/** A create request, checked in the order of the reference's table. */
const createFields = (fields: Fields.Fields, organizationIds: ReadonlySet<number>): Read<PersonFields> =>
  Effect.gen(function* () {
    const firstName = yield* read(Fields.requiredString(fields, "firstName", 64))
    const middleName = (yield* optionalText(fields, "middleName", 64)) ?? ""
    const lastName = yield* read(Fields.requiredString(fields, "lastName", 64))
    const email = (yield* emailField(fields, "email", true)) ?? ""
    const validationType = yield* read(Fields.requiredLiteral(fields, "validationType", validationTypes))
    const organizationId = yield* knownOrganization(organizationIds, yield* read(Fields.requiredInteger(fields, "organizationId")))
    return {
      firstName,
      middleName,
      lastName,
      email,
      validationType,
      organizationId,
      phone: (yield* phoneField(fields)) ?? "",
      commonName: (yield* optionalText(fields, "commonName", 64)) || fullName({ firstName, middleName, lastName }),
      secondaryEmails: (yield* secondaryEmailsField(fields)) ?? [],
      eppn: (yield* optionalText(fields, "eppn", 128)) ?? "",
      upn: (yield* optionalText(fields, "upn", 256)) ?? ""
    }
  })

/** An update: only what is given changes. */
const updateFields = (fields: Fields.Fields, organizationIds: ReadonlySet<number>): Read<Partial<PersonFields>> =>
  Effect.gen(function* () {
    const organizationId = yield* read(Fields.optionalInteger(fields, "organizationId"))
    const validationType = fields["validationType"] === undefined || fields["validationType"] === null
      ? undefined
      : yield* read(Fields.requiredLiteral(fields, "validationType", validationTypes))
    return present({
      firstName: yield* notBlank(fields, "firstName", 64),
      middleName: yield* optionalText(fields, "middleName", 64),
      lastName: yield* notBlank(fields, "lastName", 64),
      email: yield* emailField(fields, "email", false),
      validationType,
      organizationId: organizationId === undefined ? undefined : yield* knownOrganization(organizationIds, organizationId),
      phone: yield* phoneField(fields),
      commonName: yield* notBlank(fields, "commonName", 64),
      secondaryEmails: yield* secondaryEmailsField(fields),
      eppn: yield* optionalText(fields, "eppn", 128),
      upn: yield* optionalText(fields, "upn", 256)
    }) as Partial<PersonFields>
  })

// ---- list ----

interface ListFilters {
  readonly email: string | undefined
  readonly name: string | undefined
  readonly organizationId: number | undefined
  readonly commonName: string | undefined
  readonly phone: string | undefined
  readonly secondaryEmail: string | undefined
}

const listFilters = (params: QueryParams): Result.Result<ListFilters, string> =>
  Result.gen(function* () {
    return {
      email: yield* stringParam(params, "email", 128),
      name: yield* stringParam(params, "name", 256),
      organizationId: yield* integerParam(params, "organizationId", 1, maxInt32),
      commonName: yield* stringParam(params, "commonName", 64),
      phone: yield* stringParam(params, "phone", 32),
      secondaryEmail: yield* stringParam(params, "secondaryEmail", 128)
    }
  })

/** E-mails match whole (case-insensitively), names as substrings, the organization exactly. */
const matching = (filters: ListFilters) => (person: PersonRecord): boolean =>
  (filters.email === undefined || sameEmail(person.email, filters.email)) &&
  (filters.name === undefined || contains(fullName(person), filters.name)) &&
  (filters.organizationId === undefined || person.organizationId === filters.organizationId) &&
  (filters.commonName === undefined || contains(person.commonName, filters.commonName)) &&
  (filters.phone === undefined || person.phone.includes(filters.phone)) &&
  (filters.secondaryEmail === undefined || person.secondaryEmails.some((email) => sameEmail(email, filters.secondaryEmail ?? "")))

/** What the person routes work on. */
export interface PersonDeps {
  readonly store: PersonStore
  readonly organizationIds: ReadonlySet<number>
}

const forVersion = (version: "v1" | "v2", { organizationIds, store }: PersonDeps): ReadonlyArray<Resource> => {
  const base = `/person/${version}`
  const changed = (result: PersonResult): Answer => (result._tag === "Refused" ? refusalAnswer(result.refusal) : emptyAnswer(200))
  const person = (call: ApiCall) =>
    Effect.flatMap(idParam(call, "id"), (id) =>
      Effect.flatMap(store.get(id), (found) => (found === undefined ? Effect.fail(personNotFound) : Effect.succeed(found))))

  return [
    {
      method: "GET",
      path: base,
      handle: (call) =>
        Result.match(Result.all([pageOf(call.query), listFilters(call.query)]), {
          onFailure: (description) => Effect.succeed(badRequest(description)),
          onSuccess: ([page, filters]) =>
            Effect.map(store.all, (persons) => pagedResponse(persons.filter(matching(filters)), page, call.head, personInfoOf))
        })
    },
    {
      method: "POST",
      path: base,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const fields = yield* createFields(yield* bodyFields(call), organizationIds)
          const result = yield* store.create(fields, call.principal.login)
          if (result._tag === "Refused") return refusalAnswer(result.refusal)
          return emptyAnswer(201, { location: `${call.root}${base}/${result.person.id}` })
        }))
    },
    { method: "GET", path: `${base}/:id`, handle: (call) => answer(Effect.map(person(call), (found) => jsonResponse(200, personInfoOf(found)))) },
    {
      method: "PUT",
      path: `${base}/:id`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const id = yield* idParam(call, "id")
          const changes = yield* updateFields(yield* bodyFields(call), organizationIds)
          return changed(yield* store.update(id, changes, call.principal.login))
        }))
    },
    {
      method: "DELETE",
      path: `${base}/:id`,
      handle: (call) => answer(Effect.flatMap(idParam(call, "id"), (id) => Effect.map(store.remove(id), changed)))
    },
    {
      method: "GET",
      path: `${base}/id/byEmail/:email`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const email = yield* textParam(call, "email")
          const found = yield* store.byEmail(email)
          if (found === undefined) return personNotFound
          return jsonResponse(200, { personId: found.id }, { "content-disposition": "inline;filename=f.txt" })
        }))
    }
  ]
}

/** The person resources on v1 and v2. */
export const personResources = (deps: PersonDeps): ReadonlyArray<Resource> => [...forVersion("v1", deps), ...forVersion("v2", deps)]
