import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Fiber } from "effect"
import { passwordLogin } from "./support/mock.js"
import { send } from "./support/raw.js"

const typesPath = "/api/ssl/v1/types"

/** Real milliseconds: the server sees a closed socket through node's I/O, not through the Clock. */
const realPause = (ms: number) => Effect.promise(() => new Promise((resolve) => setTimeout(resolve, ms)))

/** Polls `done` every 5 real ms, at most `tries` times; fails the test when it never holds. */
const eventually = (done: Effect.Effect<boolean>, what: string, tries = 400) =>
  Effect.gen(function* () {
    for (let i = 0; i < tries; i++) {
      if (yield* done) return
      yield* realPause(5)
    }
    return yield* Effect.die(new Error(`${what} did not happen`))
  })

layer(MockScmServer.layer())("MockScmServer journal, client gone", (it) => {
  it.effect("journals 499 for a request whose client went away before the answer", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      // The delay sleeps on the TestClock, which this test never moves: the answer never comes.
      yield* mock.addFault({ path: typesPath, delayMs: 60_000 })
      const request = yield* Effect.forkChild(send(`${mock.httpUrl}${typesPath}`, passwordLogin(mock)))
      yield* eventually(Effect.map(mock.pendingFaults, (faults) => faults.length === 0), "the request taking its fault")
      expect(yield* mock.journal).toEqual([])
      // Interrupting the request destroys its socket, as a client that gives up does.
      yield* Fiber.interrupt(request)
      yield* eventually(Effect.map(mock.journal, (entries) => entries.length > 0), "the journal entry")
      expect((yield* mock.journal).map((entry) => [entry.method, entry.path, entry.scheme, entry.status])).toEqual([
        ["GET", typesPath, "password", 499]
      ])
    }))
})
