import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { interleave } from "../src/Rounds.js"
import { parse } from "../src/Settings.js"
import { LatencyRecorder, pairedRatios, percentile, spread } from "../src/Stats.js"

describe("Stats", () => {
  it("spread gives the median, the smallest and the largest value", () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 })
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 })
  })

  it("pairs rounds before taking ratios, so a drift common to both sides cancels", () => {
    // The machine slows down by half between rounds; the subject is always 0.9 of the baseline.
    const baseline = [1000, 500, 250]
    const subject = [900, 450, 225]
    expect(pairedRatios(subject, baseline)).toEqual({ median: 0.9, min: 0.9, max: 0.9 })
  })

  it("percentile uses the nearest rank", () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(sorted, 0.5)).toBe(50)
    expect(percentile(sorted, 0.99)).toBe(99)
  })

  it("LatencyRecorder keeps every sample past its first buffer", () => {
    const recorder = new LatencyRecorder()
    for (let i = 10_000; i >= 1; i--) recorder.record(i)
    expect(recorder.size).toBe(10_000)
    expect(recorder.summary()).toEqual({ p50: 5000, p99: 9900 })
  })
})

describe("Rounds", () => {
  it.effect("interleaves subjects and reverses the order every other round", () =>
    Effect.gen(function* () {
      const order: Array<string> = []
      const subject = (name: string) => ({ name, measure: Effect.sync(() => order.push(name)) })
      const results = yield* interleave(3, [subject("a"), subject("b")])
      expect(order).toEqual(["a", "b", "b", "a", "a", "b"])
      expect(results.get("a")).toHaveLength(3)
    })
  )
})

describe("Settings", () => {
  it("reads the flags pnpm forwards, and writes BENCHMARKS.md only on a full run", () => {
    expect(parse([]).out).toMatch(/BENCHMARKS\.md$/)
    expect(parse([]).rounds).toBeGreaterThanOrEqual(5)
    const quick = parse(["--", "--quick"])
    expect(quick.quick).toBe(true)
    expect(quick.out).toBeUndefined()
    expect([...parse(["--sections=2,4"]).sections]).toEqual([2, 4])
    expect(() => parse(["--fast"])).toThrow(/unknown argument --fast/)
  })

  it("--no-soak runs every section but the soak, prints only unless given --out, and says so in the command", () => {
    const noSoak = parse(["--no-soak"])
    expect([...noSoak.sections]).toEqual([1, 2, 3, 4, 6])
    expect(noSoak.out).toBeUndefined()
    expect(noSoak.command).toBe("npx pnpm@10 bench --no-soak")
    expect(parse(["--no-soak", "--out=/tmp/report.md"]).out).toBe("/tmp/report.md")
    expect(parse(["--quick", "--no-soak"]).command).toBe("npx pnpm@10 bench --quick --no-soak")
    expect(parse([]).command).toBe("npx pnpm@10 bench")
  })

  it("--mock-before takes an earlier mock-server build inside packages/mock-server, and the run then only prints", () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url))
    const relative = `packages/mock-server/dist-before-${process.pid}`
    const dir = `${root}${relative}`
    expect(() => parse([`--mock-before=${relative}`])).toThrow(/holds no index\.js/)
    mkdirSync(dir, { recursive: true })
    try {
      writeFileSync(`${dir}/index.js`, "export {}\n")
      const settings = parse(["--sections=3", `--mock-before=${relative}`])
      expect(settings.mockBefore).toBe(dir)
      expect(settings.out).toBeUndefined()
      expect(settings.command).toBe(`npx pnpm@10 bench --sections=3 --mock-before=${relative}`)
      expect(parse([`--mock-before=${dir}`]).mockBefore).toBe(dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(parse([]).mockBefore).toBeUndefined()
    // Outside the package it would load another effect; the current build is no earlier one.
    expect(() => parse(["--mock-before=/tmp"])).toThrow(/inside packages\/mock-server/)
    expect(() => parse(["--mock-before=packages/mock-server/dist"])).toThrow(/inside packages\/mock-server/)
  })
})
