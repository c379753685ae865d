/**
 * A store of records with integer ids in a `Ref`, read and changed at the `Clock`'s time: the state
 * of the ACME accounts and of the admins. Records stay in id order (new ids count up from the
 * largest seeded one), so a paged list is stable while records are added and removed.
 */
import { Clock, Effect, Ref, Result } from "effect"

/** A record the store keeps: anything with an id. */
export interface StoredRecord {
  readonly id: number
}

/** The records, and the operations that change them one at a time. */
export interface RecordStore<R extends StoredRecord> {
  /** `f` over the records in id order, at the Clock's time. */
  readonly read: <A>(f: (records: ReadonlyArray<R>, now: number) => A) => Effect.Effect<A>
  /** The record with `id`, if there is one. */
  readonly get: (id: number) => Effect.Effect<R | undefined>
  /** Adds the record `make` builds for the next id, unless `make` refuses. */
  readonly create: <E>(make: (id: number, now: number, records: ReadonlyArray<R>) => Result.Result<R, E>) => Effect.Effect<Result.Result<R, E>>
  /** Replaces the record with `id` by what `f` makes of it, unless `f` refuses; undefined when there is no such record. */
  readonly change: <E>(
    id: number,
    f: (record: R, now: number, records: ReadonlyArray<R>) => Result.Result<R, E>
  ) => Effect.Effect<Result.Result<R, E> | undefined>
  /** Removes the record with `id`; the removed record, or undefined when there was none. */
  readonly remove: (id: number) => Effect.Effect<R | undefined>
  /** The seeded records again. */
  readonly reset: Effect.Effect<void>
}

interface State<R> {
  readonly records: ReadonlyArray<R>
  readonly nextId: number
}

const byId = <R extends StoredRecord>(a: R, b: R): number => a.id - b.id

/** A store over the records `seed` lays out from the Clock's time at start; ids start after `firstId - 1` when the seed is empty. */
export const makeRecordStore = <R extends StoredRecord>(
  seed: (start: number) => ReadonlyArray<R>,
  firstId: number
): Effect.Effect<RecordStore<R>> =>
  Effect.gen(function*() {
    const start = yield* Clock.currentTimeMillis
    const records = [...seed(start)].sort(byId)
    const initial: State<R> = { records, nextId: Math.max(firstId, ...records.map((record) => record.id + 1)) }
    const ref = yield* Ref.make(initial)

    const modify = <A>(f: (state: State<R>, now: number) => readonly [A, State<R>]) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => Ref.modify(ref, (state) => f(state, now)))

    return {
      read: (f) => Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.map(Ref.get(ref), (state) => f(state.records, now))),
      get: (id) => Effect.map(Ref.get(ref), (state) => state.records.find((record) => record.id === id)),
      create: <E>(make: (id: number, now: number, records: ReadonlyArray<R>) => Result.Result<R, E>) =>
        modify((state, now): readonly [Result.Result<R, E>, State<R>] => {
          const made = make(state.nextId, now, state.records)
          return Result.isSuccess(made)
            ? [made, { records: [...state.records, made.success], nextId: state.nextId + 1 }]
            : [made, state]
        }),
      change: <E>(id: number, f: (record: R, now: number, records: ReadonlyArray<R>) => Result.Result<R, E>) =>
        modify((state, now): readonly [Result.Result<R, E> | undefined, State<R>] => {
          const index = state.records.findIndex((record) => record.id === id)
          const record = state.records[index]
          if (record === undefined) return [undefined, state]
          const made = f(record, now, state.records)
          if (Result.isFailure(made)) return [made, state]
          const next = [...state.records]
          next[index] = made.success
          return [made, { ...state, records: next }]
        }),
      remove: (id) =>
        modify((state) => {
          const record = state.records.find((candidate) => candidate.id === id)
          return record === undefined
            ? [undefined, state]
            : [record, { ...state, records: state.records.filter((candidate) => candidate.id !== id) }]
        }),
      reset: Ref.set(ref, initial)
    } satisfies RecordStore<R>
  })
