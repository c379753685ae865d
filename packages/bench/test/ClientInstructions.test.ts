import { describe, expect, it } from "@effect/vitest"
import type { ClientName, Tracing } from "../src/Clients.js"
import { type Build, type Counted, type CountRecord, differences, ratioOf } from "../src/InstructionRecord.js"
import { report } from "../src/sections/ClientInstructions.js"

const build: Build = { core: "abc", effect: "4.1.0", platformNode: "4.1.0", node: "v22.23.3" }

/** A record where each client costs `instructions[name]` under both tracer settings. */
const recordOf = (instructions: Readonly<Record<ClientName, number>>, counted: Build = build): CountRecord => ({
  counted: "2026-12-07T12:00:00.000Z",
  build: counted,
  warmup: 30_000,
  requests: 4_000,
  concurrency: 16,
  clients: (["untraced", "traced"] as ReadonlyArray<Tracing>).flatMap((tracing) =>
    (Object.keys(instructions) as ReadonlyArray<ClientName>).map((client) => ({
      client,
      tracing,
      instructions: instructions[client],
      compiling: 1_000,
      collecting: 60_000,
      allocatedBytes: 30_000
    }))
  )
})

describe("section 1a: the clients' instruction counts", () => {
  it("judges each ScmHttpClient against the bare client sending its bytes, at most 1.05 × its instructions", () => {
    const section = report(recordOf({ effect: 300_000, "effect-login": 302_000, oauth2: 315_000, password: 318_000 }), build)
    const byTarget = Object.fromEntries((section.targets ?? []).map((check) => [check.target, check]))
    const oauth2 = Object.entries(byTarget).find(([target]) => target.startsWith("ScmHttpClient (OAuth2), untraced"))![1]
    const password = Object.entries(byTarget).find(([target]) => target.startsWith("ScmHttpClient (password login), untraced"))![1]
    // 315,000 / 300,000 = 1.050: held; 318,000 / 302,000 = 1.053: not.
    expect(oauth2).toMatchObject({ met: true, measured: "1.050 (315,000 against 300,000)" })
    expect(password).toMatchObject({ met: false, measured: "1.053 (318,000 against 302,000)" })
    expect(section.targets).toHaveLength(4)
    expect(section.rows).toHaveLength(8)
    // The collector's share is shown beside the count, not in it.
    expect(section.rows[0]?.slice(2, 7)).toEqual(["300,000", "", "1,000", "60,000", "30,000"])
    expect(section.method).toContain("on the build this report measures")
  })

  it("counted in windows, a ratio is the median of the windows' ratios taken in pairs, with their spread", () => {
    const windowed = (client: ClientName, windows: ReadonlyArray<number>): Counted => ({
      client,
      tracing: "untraced",
      instructions: [...windows].sort((a, b) => a - b)[windows.length >> 1]!,
      windows,
      compiling: 1_000,
      collecting: 60_000,
      allocatedBytes: 30_000
    })
    // Each window of a process starts where the same window of the other does: the ratio follows
    // them in pairs (1.040, 1.039, 1.050, 1.041, 1.032).
    const effect = windowed("effect", [300_000, 330_000, 360_000, 320_000, 340_000])
    const oauth2 = windowed("oauth2", [312_000, 343_000, 378_000, 333_000, 351_000])
    expect(ratioOf(oauth2, effect)).toBeCloseTo(1.04, 6)
    // A record made before windows: the ratio of the two counts.
    const single = ({ windows: _, ...counted }: Counted): Counted => counted
    expect(ratioOf(single(oauth2), single(effect))).toBeCloseTo(343_000 / 330_000, 6)
    const record: CountRecord = {
      ...recordOf({ effect: 0, "effect-login": 0, oauth2: 0, password: 0 }),
      windows: 5,
      requests: 2_000,
      warmup: 20_000,
      clients: (["untraced", "traced"] as ReadonlyArray<Tracing>).flatMap((tracing) =>
        [effect, { ...effect, client: "effect-login" as const }, oauth2, { ...oauth2, client: "password" as const }].map((counted) => ({ ...counted, tracing }))
      )
    }
    const section = report(record, build)
    const untraced = section.targets?.find((check) => check.target.startsWith("ScmHttpClient (OAuth2), untraced"))
    expect(untraced).toMatchObject({ met: true, measured: "1.040 (windows 1.032–1.050) (343,000 against 330,000)" })
    expect(section.rows[2]?.[3]).toBe("1.040")
    expect(section.method).toContain("5 windows of 2,000 requests per client after 20,000")
  })

  it("a count of another build is shown but not judged, and says what changed", () => {
    const current = { ...build, core: "def", effect: "4.2.0" }
    expect(differences(build, current)).toEqual(["core's compiled code", "effect 4.1.0 (now 4.2.0)"])
    const section = report(recordOf({ effect: 300_000, "effect-login": 300_000, oauth2: 301_000, password: 301_000 }), current)
    expect(section.targets?.every((check) => !check.met && check.measured.endsWith("counted on an earlier build"))).toBe(true)
    expect(section.method).toContain("core's compiled code, effect 4.1.0 (now 4.2.0) changed since")
  })

  it("without a record, every cost target is not counted, and the report says how to count", () => {
    const section = report(undefined, build)
    expect(section.targets?.map((check) => [check.measured, check.met])).toEqual(Array(4).fill(["not counted", false]))
    expect(section.method).toContain("npx pnpm@10 instructions --clients")
  })
})
