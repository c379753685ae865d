/**
 * Starts a server process (see hostProcess.ts) for the length of a scope and talks to it.
 */
import { Data, Deferred, Duration, Effect, Exit, Schema, type Scope } from "effect"
import { fork } from "node:child_process"
import { fileURLToPath } from "node:url"
import { type Answer, type Call, type Endpoints, FromHost, type HostOptions, type Role, calls, roles, type ToHost } from "./Protocol.js"

/** The server process could not start, answer, or died. */
export class HostError extends Data.TaggedError("HostError")<{ readonly message: string }> {}

/** A running server process. */
export interface Host<R extends Role> {
  readonly pid: number
  readonly endpoints: Endpoints<R>
  readonly call: <C extends Call>(call: C) => Effect.Effect<Answer<C>, HostError>
}

/** Where the child's entry point is: next to this module, .ts under tsx, .js once compiled. */
const entryPoint = fileURLToPath(new URL(`./hostProcess${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url))

const decodeFromHost = Schema.decodeUnknownEither(FromHost)

/**
 * Forks a server process in `role`. It inherits this process's node flags (tsx's loader and the
 * `source` condition); with `profileDir` it also writes a CPU profile there when it exits.
 */
export const start = <R extends Role>(
  role: R,
  options: HostOptions,
  profileDir: string | undefined
): Effect.Effect<Host<R>, HostError, Scope.Scope> =>
  Effect.gen(function* () {
    // One folder per role; node names the files CPU.<date>.<time>.<pid>.<thread>..., the main
    // thread being thread 0 (tsx's loader thread writes its own, smaller, profile beside it).
    const profile = profileDir === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${profileDir}/${role}`]
    const child = yield* Effect.acquireRelease(
      Effect.sync(() =>
        fork(entryPoint, [role, JSON.stringify(options)], {
          // A profiled bench does not make profiled servers: only `profileDir` does.
          execArgv: [...process.execArgv.filter((flag) => !flag.startsWith("--cpu-prof")), ...profile],
          stdio: ["ignore", "inherit", "inherit", "ipc"]
        })
      ),
      (child) =>
        Effect.async<void>((resume) => {
          if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.void)
          child.once("exit", () => resume(Effect.void))
          // A disconnect lets the child exit normally, which is when node writes its CPU profile.
          if (child.connected) child.disconnect()
          else child.kill("SIGTERM")
        }).pipe(
          Effect.timeoutTo({ duration: Duration.seconds(15), onSuccess: () => Effect.void, onTimeout: () => Effect.sync(() => child.kill("SIGKILL")) }),
          Effect.flatten
        )
    )
    const ready = yield* Deferred.make<unknown, HostError>()
    const pending = new Map<number, Deferred.Deferred<unknown, HostError>>()
    const failAll = (message: string) => {
      Deferred.unsafeDone(ready, Exit.fail(new HostError({ message })))
      for (const deferred of pending.values()) Deferred.unsafeDone(deferred, Exit.fail(new HostError({ message })))
      pending.clear()
    }
    child.on("message", (raw) => {
      const decoded = decodeFromHost(raw)
      if (decoded._tag === "Left") return failAll(`${role} server sent an unknown message`)
      const message = decoded.right
      switch (message.type) {
        case "ready":
          return Deferred.unsafeDone(ready, Exit.succeed(message.endpoints))
        case "failed":
          return failAll(`${role} server failed: ${message.message}`)
        case "reply": {
          const deferred = pending.get(message.id)
          pending.delete(message.id)
          if (deferred !== undefined) Deferred.unsafeDone(deferred, Exit.succeed(message.value))
        }
      }
    })
    child.once("exit", (code, signal) => failAll(`${role} server exited (code ${code}, signal ${signal})`))

    const endpoints = yield* Deferred.await(ready).pipe(
      Effect.timeoutFail({ duration: Duration.seconds(60), onTimeout: () => new HostError({ message: `${role} server did not start within 60 s` }) }),
      Effect.flatMap((value) => decodeAs(roles[role] as Schema.Schema<Endpoints<R>>, value, `${role} endpoints`))
    )
    let nextId = 0
    const call = <C extends Call>(name: C): Effect.Effect<Answer<C>, HostError> =>
      Effect.gen(function* () {
        const id = nextId++
        const deferred = yield* Deferred.make<unknown, HostError>()
        pending.set(id, deferred)
        const message: ToHost = { id, call: name }
        child.send(message)
        const value = yield* Deferred.await(deferred)
        return yield* decodeAs(calls[name] as Schema.Schema<Answer<C>>, value, `answer to ${name}`)
      })
    return { pid: child.pid ?? -1, endpoints, call }
  })

const decodeAs = <A>(schema: Schema.Schema<A>, value: unknown, what: string): Effect.Effect<A, HostError> =>
  Schema.decodeUnknown(schema)(value).pipe(Effect.mapError((error) => new HostError({ message: `bad ${what}: ${error.message}` })))
