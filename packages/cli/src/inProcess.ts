/**
 * `scm` run inside the calling process, as a test (or the script that writes the root help)
 * needs it: the command line, the environment, stdin and whether each stream is a terminal are
 * given; stdout and stderr are collected; the exit code is the one `bin.ts` would exit with. Only
 * what is about the process itself (signals, the Node check, the bin's fast paths) needs a child.
 */
import * as NodeChildProcessSpawner from "@effect/platform-node/NodeChildProcessSpawner"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Sink from "effect/Sink"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import * as Terminal from "effect/Terminal"
import { exitCode, Interruption, newInterruption } from "./failure.js"
import { ProcessEnv } from "./host.js"
import { presentation, program } from "./main.js"

/** How the run's process looks from inside. */
export interface Options {
  /** The environment's variables: only these (none of the calling process's). */
  readonly env?: Readonly<Record<string, string>> | undefined
  /** What stdin holds; empty by default. */
  readonly stdin?: string | undefined
  /** stdin, stdout and stderr are a terminal (a user at a shell); default false (a pipe, CI). */
  readonly terminal?: boolean | undefined
  /** The terminal's width; default 80. */
  readonly columns?: number | undefined
  /** The lines the user types at prompts, in order; none left is end of input (Ctrl-D). */
  readonly answers?: ReadonlyArray<string> | undefined
}

/** What a run printed, and how it ended. */
export interface Outcome {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

const decoder = new TextDecoder()

const text = (chunk: string | Uint8Array) => typeof chunk === "string" ? chunk : decoder.decode(chunk)

/** Runs `scm args...` in this process. */
export const run = (args: ReadonlyArray<string>, options: Options = {}): Effect.Effect<Outcome> =>
  Effect.suspend(() => {
    const env = options.env ?? {}
    const terminal = options.terminal ?? false
    const stdout: Array<string> = []
    const stderr: Array<string> = []
    const answers = [...(options.answers ?? [])]
    const collect = (into: Array<string>) => () => Sink.forEach((chunk: string | Uint8Array) => Effect.sync(() => void into.push(text(chunk))))
    const stdio = Stdio.make({
      args: Effect.succeed(args),
      stdout: collect(stdout),
      stderr: collect(stderr),
      stdin: options.stdin === undefined || options.stdin === "" ? Stream.empty : Stream.make(new TextEncoder().encode(options.stdin)),
      stdinIsTerminal: Effect.succeed(terminal),
      stdoutIsTerminal: Effect.succeed(terminal),
      stderrIsTerminal: Effect.succeed(terminal)
    })
    const screen = Terminal.make({
      columns: Effect.succeed(options.columns ?? 80),
      rows: Effect.succeed(24),
      size: Effect.die("the in-process terminal does not resize"),
      readInput: Effect.die("the in-process terminal reads lines only"),
      readLine: Effect.suspend(() => {
        const answer = answers.shift()
        return answer === undefined ? Effect.fail(new Terminal.QuitError()) : Effect.succeed(answer)
      }),
      display: (output) => Effect.sync(() => void stdout.push(output))
    })
    const platform = Layer.mergeAll(
      Layer.succeed(Stdio.Stdio, stdio),
      Layer.succeed(Terminal.Terminal, screen),
      NodeFileSystem.layer,
      NodePath.layer,
      ConfigProvider.layer(ConfigProvider.fromEnv({ env }))
    )
    const services = Layer.provideMerge(presentation, Layer.provideMerge(NodeChildProcessSpawner.layer, platform))
    const interruption = newInterruption()
    return program(args).pipe(
      Effect.provide(services),
      Effect.provideService(ProcessEnv, env),
      Effect.provideService(Interruption, interruption),
      Effect.exit,
      Effect.map((exit) => ({ exitCode: exitCode(exit, interruption), stdout: stdout.join(""), stderr: stderr.join("") }))
    )
  })
