/**
 * `scm-mock-server verify --against URL`: a fresh mock and the server at URL are asked the REST
 * reference's read-only examples, each with its own ids, and the differences are printed. The
 * target here is a second mock, reached with its `SCM_*` variables as the `scm` command line reads
 * them: alike at first, then with a fault injected that the report must name.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { ConfigProvider, Effect, Exit } from "effect"
import { exitCode } from "../src/internal/cli/cli.js"
import { verify } from "../src/internal/cli/verify.js"
import { compareWith } from "../src/internal/cli/verifyClients.js"
import { differencesOf, formatReport, notAsked, readOnlyExamples } from "../src/internal/verify/verify.js"

/** A second mock, with its `SCM_*` variables (password login) as the provider `verify` reads them from. */
const withTarget = <A, E>(use: (target: MockScmServer.Service) => Effect.Effect<A, E>) =>
  Effect.scoped(
    Effect.gen(function* () {
      const target = yield* MockScmServer.make()
      const env = yield* MockScmServer.environment(target, "password")
      return yield* use(target).pipe(Effect.provide(ConfigProvider.layer(ConfigProvider.fromEnv({ env }))))
    })
  )

const faultyPath = "/api/ssl/v1/customFields"

describe("verify", () => {
  it("compares status first, then the shape both ways, in the other server's words", () => {
    const answer = (status: number, body: unknown) => ({ status, headers: { "content-type": "application/json" }, text: JSON.stringify(body) })
    expect(differencesOf(answer(200, [{ id: 1 }]), answer(404, { code: -105 }))).toEqual(["status: the mock answers 200, the target 404"])
    expect(differencesOf(answer(200, [{ id: 1, name: "a" }]), answer(200, [{ id: "1", extra: true }]))).toEqual([
      "shape [].id: the target: string where the mock answers a number",
      "shape [].name: the target: missing",
      "shape [].extra: the mock: missing"
    ])
    expect(differencesOf(answer(200, { id: 1 }), answer(200, { id: 2 }))).toEqual([])
  })

  it("sends only the reference's GET examples with an admin's login", () => {
    const examples = readOnlyExamples()
    expect(examples.length).toBeGreaterThan(100)
    expect(examples.every((example) => example.request.method === "GET" && example.request.scheme !== "developer")).toBe(true)
    // No private key is fetched from a real SCM.
    expect(examples.some((example) => example.request.path.includes("/keystore/"))).toBe(false)
    expect(notAsked().map(({ example }) => example.request.path)).toEqual(["/api/ssl/v1/keystore/135/p12"])
  })

  it.live("finds a mock like itself, then names the operation a fault makes differ", () =>
    withTarget((target) =>
      Effect.gen(function* () {
        const alike = yield* compareWith(target.httpUrl)
        const n = readOnlyExamples().length
        expect(formatReport(alike)).toMatch(new RegExp(`^Not asked: GET /api/ssl/v1/keystore/135/p12 \\(reference line \\d+\\): .*\n${n} read-only examples of the REST reference \\(\\d+ operations\\): ${n} answered alike, 0 differ \\(0 operations\\)\\.$`))
        expect(alike.filter((comparison) => comparison.differences.length > 0)).toEqual([])
        expect(alike.length).toBe(n)

        yield* target.addFault({ method: "GET", path: faultyPath, times: 100, status: 200, body: [{ id: "one", name: 1 }] })
        const faulty = yield* compareWith(target.httpUrl)
        const differing = faulty.filter((comparison) => comparison.differences.length > 0)
        expect(differing.map((comparison) => comparison.operation)).toEqual([`GET ${faultyPath}`])
        expect(differing[0]?.differences).toContain("shape [].id: the target: string where the mock answers a number")
        // The report, as verify prints it (in the test's output).
        expect(formatReport(faulty)).toContain(`GET ${faultyPath}\n  reference line`)

        const error = yield* Effect.flip(verify(target.httpUrl))
        expect(error).toMatchObject({ _tag: "VerifyDifferences" })
        expect(error.message).toContain(`1 of ${readOnlyExamples().length} read-only examples are answered otherwise at ${target.httpUrl}`)
        // The command line exits 1 on it.
        expect(exitCode(Exit.fail(error))).toBe(1)
      })
    ), 120_000)
})
