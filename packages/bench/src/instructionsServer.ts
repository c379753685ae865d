/**
 * One server for `instructions.ts` to count under callgrind: bare node, the one-route Effect app
 * or a mock-server build, on loopback, port 0. Prints its URL on the first line of stdout and
 * serves until killed. Usage: `instructionsServer.ts node|effect|mock MOCK_DIST_DIR`. The
 * baselines run beside a mock, whose answer they send byte for byte, as in the bench's host
 * process, so every counted process holds the same heap.
 */
import { Effect } from "effect"
import * as Http from "node:http"
import { pathToFileURL } from "node:url"
import { close, effectApp, fixedListener, listen, mockAnswer } from "./BareServers.js"
import { benchLogin, loopback } from "./Fixtures.js"

/** The part of the mock-server package this needs, whichever build it is loaded from. */
interface MockModule {
  readonly MockScmServer: {
    readonly make: (options: { readonly credentials: typeof benchLogin }) => Effect.Effect<{ readonly httpUrl: string }, unknown, never>
  }
}

const serve = Effect.fnUntraced(function*(subject: string, mockDir: string) {
  const module = (yield* Effect.promise(() => import(pathToFileURL(`${mockDir}/index.js`).href))) as MockModule
  const mock = yield* Effect.orDie(module.MockScmServer.make({ credentials: benchLogin }))
  if (subject === "mock") return mock.httpUrl
  const answer = yield* mockAnswer(mock.httpUrl, benchLogin)
  if (subject === "effect") return `http://${loopback}:${yield* effectApp(Http.createServer, answer)}`
  const server = Http.createServer(fixedListener(answer))
  yield* Effect.addFinalizer(() => close(server))
  return `http://${loopback}:${yield* listen(server)}`
})

const [subject = "", mockDir = ""] = process.argv.slice(2)
if (!["node", "effect", "mock"].includes(subject) || mockDir === "") {
  process.stderr.write("usage: instructionsServer.ts node|effect|mock MOCK_DIST_DIR\n")
  process.exit(2)
}
Effect.runFork(Effect.scoped(Effect.flatMap(serve(subject, mockDir), (url) => Effect.andThen(Effect.sync(() => process.stdout.write(`${url}\n`)), Effect.never))))
