/**
 * The persons (the people S/MIME certificates are issued to) in a `Ref`, dated by the `Clock`.
 * Emails are unique, compared case-insensitively, as SCM finds a person by email.
 */
import { Clock, Effect, Ref } from "effect"
import type { PersonSeed } from "../../state/seed.js"
import { sameEmail } from "../../http/routeHelpers.js"

/** What a person carries besides its id and dates. */
export interface PersonFields {
  readonly firstName: string
  readonly middleName: string
  readonly lastName: string
  readonly email: string
  readonly organizationId: number
  readonly validationType: "STANDARD" | "HIGH"
  readonly phone: string
  readonly secondaryEmails: ReadonlyArray<string>
  readonly commonName: string
  readonly eppn: string
  readonly upn: string
}

/** One person. Times are milliseconds on the server's `Clock`. */
export interface PersonRecord extends PersonFields {
  readonly id: number
  readonly created: number
  readonly createdBy: string | undefined
  readonly modified: number
  readonly modifiedBy: string | undefined
}

/** Why a change to the persons was refused. */
export type PersonRefusal =
  | { readonly _tag: "UnknownPerson"; readonly id: number }
  | { readonly _tag: "EmailTaken"; readonly email: string }

/** A refusal or the person as it now is. */
export type PersonResult = { readonly _tag: "Refused"; readonly refusal: PersonRefusal } | { readonly _tag: "Done"; readonly person: PersonRecord }

/** The persons. */
export interface PersonStore {
  /** Every person, in id order. */
  readonly all: Effect.Effect<ReadonlyArray<PersonRecord>>
  readonly get: (id: number) => Effect.Effect<PersonRecord | undefined>
  readonly byEmail: (email: string) => Effect.Effect<PersonRecord | undefined>
  readonly create: (fields: PersonFields, by: string) => Effect.Effect<PersonResult>
  /** The person with this email, created from `fields` if there is none (what S/MIME enroll does). */
  readonly findOrCreate: (fields: PersonFields, by: string) => Effect.Effect<PersonRecord>
  readonly update: (id: number, changes: Partial<PersonFields>, by: string) => Effect.Effect<PersonResult>
  readonly remove: (id: number) => Effect.Effect<PersonResult>
  /** The persons as they were at start. */
  readonly reset: Effect.Effect<void>
}

interface State {
  readonly persons: ReadonlyArray<PersonRecord>
  readonly nextId: number
}

const day = 24 * 60 * 60 * 1000

const text = (seed: PersonSeed, name: string): string => (typeof seed[name] === "string" ? seed[name] : "")

/** A person's full name as SCM builds a common name from it: the names given, one space apart. */
export const fullName = (person: Pick<PersonFields, "firstName" | "middleName" | "lastName">): string =>
  [person.firstName, person.middleName, person.lastName].filter((name) => name !== "").join(" ")

/** A seeded person; dates it does not give are laid out backwards from `start` by its place in the seed. */
const fromSeed = (seed: PersonSeed, index: number, start: number): PersonRecord => {
  const createdText = text(seed, "created")
  const created = createdText === "" || Number.isNaN(Date.parse(createdText)) ? start - (30 + (index % 300)) * day : Date.parse(createdText)
  const names = { firstName: text(seed, "firstName"), middleName: text(seed, "middleName"), lastName: text(seed, "lastName") }
  const secondary = seed["secondaryEmails"]
  return {
    id: seed.id,
    email: seed.email,
    ...names,
    organizationId: typeof seed["organizationId"] === "number" ? seed["organizationId"] : 1001,
    validationType: seed["validationType"] === "HIGH" ? "HIGH" : "STANDARD",
    phone: text(seed, "phone"),
    secondaryEmails: Array.isArray(secondary) ? secondary.filter((email): email is string => typeof email === "string") : [],
    commonName: text(seed, "commonName") || fullName(names),
    eppn: text(seed, "eppn"),
    upn: text(seed, "upn"),
    created,
    createdBy: "admin",
    modified: created,
    modifiedBy: undefined
  }
}

const refused = (refusal: PersonRefusal): PersonResult => ({ _tag: "Refused", refusal })
const done = (person: PersonRecord): PersonResult => ({ _tag: "Done", person })

const findByEmail = (state: State, email: string, except?: number): PersonRecord | undefined =>
  state.persons.find((person) => person.id !== except && sameEmail(person.email, email))

const added = (state: State, fields: PersonFields, by: string, now: number): readonly [PersonRecord, State] => {
  const person: PersonRecord = { ...fields, id: state.nextId, created: now, createdBy: by, modified: now, modifiedBy: by }
  return [person, { persons: [...state.persons, person], nextId: state.nextId + 1 }]
}

/** The store over `seeds`, dated from the `Clock`'s time at start. */
export const makePersonStore = (seeds: ReadonlyArray<PersonSeed>): Effect.Effect<PersonStore> =>
  Effect.gen(function* () {
    const start = yield* Clock.currentTimeMillis
    const persons = seeds.map((seed, index) => fromSeed(seed, index, start)).sort((a, b) => a.id - b.id)
    const initial: State = { persons, nextId: Math.max(1, ...persons.map((person) => person.id + 1)) }
    const ref = yield* Ref.make(initial)
    const modify = <A>(f: (state: State, now: number) => readonly [A, State]) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => Ref.modify(ref, (state) => f(state, now)))
    const read = <A>(f: (state: State) => A) => Effect.map(Ref.get(ref), f)

    return {
      all: read((state) => state.persons),
      get: (id) => read((state) => state.persons.find((person) => person.id === id)),
      byEmail: (email) => read((state) => findByEmail(state, email)),
      create: (fields, by) =>
        modify((state, now) => {
          if (findByEmail(state, fields.email) !== undefined) return [refused({ _tag: "EmailTaken", email: fields.email }), state]
          const [person, next] = added(state, fields, by, now)
          return [done(person), next]
        }),
      findOrCreate: (fields, by) =>
        modify((state, now) => {
          const found = findByEmail(state, fields.email)
          return found === undefined ? added(state, fields, by, now) : [found, state]
        }),
      update: (id, changes, by) =>
        modify((state, now) => {
          const person = state.persons.find((candidate) => candidate.id === id)
          if (person === undefined) return [refused({ _tag: "UnknownPerson", id }), state]
          if (changes.email !== undefined && findByEmail(state, changes.email, id) !== undefined) {
            return [refused({ _tag: "EmailTaken", email: changes.email }), state]
          }
          const updated: PersonRecord = { ...person, ...changes, modified: now, modifiedBy: by }
          return [done(updated), { ...state, persons: state.persons.map((candidate) => (candidate.id === id ? updated : candidate)) }]
        }),
      remove: (id) =>
        modify((state) => {
          const person = state.persons.find((candidate) => candidate.id === id)
          if (person === undefined) return [refused({ _tag: "UnknownPerson", id }), state]
          return [done(person), { ...state, persons: state.persons.filter((candidate) => candidate.id !== id) }]
        }),
      reset: Ref.set(ref, initial)
    } satisfies PersonStore
  })
