/**
 * Interleaved rounds: every subject is measured once per round, next to its baseline, so slow
 * phases of a shared machine hit both sides of a ratio alike.
 */
import { Effect } from "effect"

/** One thing to measure; `measure` runs one round of it. */
export interface Subject<A, E = never, R = never> {
  readonly name: string
  readonly measure: Effect.Effect<A, E, R>
}

/**
 * Runs `rounds` rounds over `subjects` and returns the results of each subject in round order.
 *
 * Odd rounds run the subjects in reverse (A B C, C B A, A B C ...): with the plain order the last
 * subject would always run when the machine is warmest, and a linear drift would land in the ratios.
 */
export const interleave = <A, E, R>(
  rounds: number,
  subjects: ReadonlyArray<Subject<A, E, R>>,
  onResult: (round: number, name: string, result: A) => void = () => {}
): Effect.Effect<ReadonlyMap<string, ReadonlyArray<A>>, E, R> =>
  Effect.gen(function* () {
    const results = new Map<string, Array<A>>(subjects.map((subject) => [subject.name, []]))
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? subjects : [...subjects].reverse()
      for (const subject of order) {
        const result = yield* subject.measure
        results.get(subject.name)!.push(result)
        onResult(round, subject.name, result)
      }
    }
    return results
  })

/** The results of one subject, which `interleave` always holds. */
export const resultsOf = <A>(results: ReadonlyMap<string, ReadonlyArray<A>>, name: string): ReadonlyArray<A> =>
  results.get(name) ?? []
