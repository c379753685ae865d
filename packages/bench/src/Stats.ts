/**
 * Order statistics for the benchmark rounds.
 *
 * Every figure in the report is a median over interleaved rounds, shown with the smallest and the
 * largest round, so a reader sees how much the noisy 2-core machine moved it.
 */

/** Median, minimum and maximum of a set of round results. */
export interface Spread {
  readonly median: number
  readonly min: number
  readonly max: number
}

const sorted = (values: ReadonlyArray<number>): Array<number> => [...values].sort((a, b) => a - b)

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export const percentile = (sortedValues: ArrayLike<number>, fraction: number): number => {
  if (sortedValues.length === 0) return Number.NaN
  const rank = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil(fraction * sortedValues.length) - 1))
  return sortedValues[rank] ?? Number.NaN
}

export const spread = (values: ReadonlyArray<number>): Spread => {
  const s = sorted(values)
  if (s.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN }
  const middle = s.length >> 1
  const median = s.length % 2 === 1 ? s[middle]! : (s[middle - 1]! + s[middle]!) / 2
  return { median, min: s[0]!, max: s[s.length - 1]! }
}

/**
 * Ratios of paired rounds (subject round i over baseline round i, measured next to each other),
 * then their spread: pairing cancels most of the drift of a shared machine.
 */
export const pairedRatios = (subject: ReadonlyArray<number>, baseline: ReadonlyArray<number>): Spread =>
  spread(subject.map((value, i) => value / (baseline[i] ?? Number.NaN)))

/** Latency samples collected by a load run, in milliseconds. */
export class LatencyRecorder {
  private samples = new Float64Array(4096)
  private count = 0

  record(ms: number): void {
    if (this.count === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2)
      grown.set(this.samples)
      this.samples = grown
    }
    this.samples[this.count++] = ms
  }

  get size(): number {
    return this.count
  }

  /** p50 and p99 of what was recorded. */
  summary(): { readonly p50: number; readonly p99: number } {
    const view = this.samples.slice(0, this.count).sort()
    return { p50: percentile(view, 0.5), p99: percentile(view, 0.99) }
  }
}
