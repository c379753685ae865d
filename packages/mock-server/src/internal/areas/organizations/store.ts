/**
 * The organizations and their departments as SCM keeps them: one record each, a department naming
 * its organization. Created, updated and deleted through the API, back to the seed on reset. The
 * ids of the organizations and departments that exist are also kept in a set other areas read
 * when a request names an organization (an enrollment's `orgId`, a domain's delegation).
 */
import { Effect, type Result } from "effect"
import { makeRecordStore, type RecordStore } from "../../state/recordStore.js"
import { departmentsOf, type OrganizationSeed } from "../../state/seed.js"

/** An organization (no `parentId`) or a department, with OrganizationResp's fields in `details`. */
export interface OrganizationRecord {
  readonly id: number
  readonly parentId: number | undefined
  readonly details: Readonly<Record<string, unknown>>
}

/** The records, and the ids that exist, as a set that follows every change. */
export interface OrganizationStore {
  readonly records: RecordStore<OrganizationRecord>
  /** The ids of the organizations and departments there are now. */
  readonly ids: ReadonlySet<number>
  readonly create: <E>(make: (id: number, records: ReadonlyArray<OrganizationRecord>) => Result.Result<OrganizationRecord, E>) => Effect.Effect<Result.Result<OrganizationRecord, E>>
  /** Removes an organization with its departments, or a department. */
  readonly remove: (id: number) => Effect.Effect<OrganizationRecord | undefined>
  readonly reset: Effect.Effect<void>
}

/** The seed's organizations and departments as records: a department takes its organization's details, then its own. */
const recordsOf = (organizations: ReadonlyArray<OrganizationSeed>): ReadonlyArray<OrganizationRecord> =>
  organizations.flatMap((organization) => {
    const { departments: _departments, id, ...details } = organization
    const { alias: _alias, ...inherited } = details
    return [
      { id, parentId: undefined, details },
      ...departmentsOf(organization).map(({ id: departmentId, parentName: _parentName, ...own }) => ({
        id: departmentId,
        parentId: id,
        details: { ...inherited, ...own }
      }))
    ]
  })

export const makeOrganizationStore = (organizations: ReadonlyArray<OrganizationSeed>): Effect.Effect<OrganizationStore> =>
  Effect.gen(function* () {
    const seeded = recordsOf(organizations)
    const records = yield* makeRecordStore(() => seeded, 1)
    const ids = new Set(seeded.map((record) => record.id))
    return {
      records,
      ids,
      create: (make) =>
        Effect.tap(records.create((id, _now, all) => make(id, all)), (made) =>
          Effect.sync(() => {
            if (made._tag === "Success") ids.add(made.success.id)
          })),
      remove: (id) =>
        Effect.gen(function* () {
          const removed = yield* records.remove(id)
          if (removed === undefined) return undefined
          ids.delete(id)
          const departments = yield* records.read((all) => all.filter((record) => record.parentId === id))
          for (const department of departments) {
            yield* records.remove(department.id)
            ids.delete(department.id)
          }
          return removed
        }),
      reset: Effect.andThen(records.reset, Effect.sync(() => {
        ids.clear()
        for (const record of seeded) ids.add(record.id)
      }))
    }
  })
