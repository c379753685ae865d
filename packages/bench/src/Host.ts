/**
 * Starts a server process (see hostProcess.ts) for the length of a scope and talks to it.
 */
import { Deferred, Duration, Effect, Exit, Schema, type Scope } from "effect"
import { fork } from "node:child_process"
import { fileURLToPath } from "node:url"
import { type Answer, type Call, type Endpoints, FromHost, type HostOptions, type Role, calls, roles, type ToHost } from "./Protocol.js"

/** The server process could not start, answer, or died. */
export class HostError extends Schema.TaggedError<HostError>()("HostError", { message: Schema.String }) {}

/** A running server process. */
export interface Host<R extends Role> {
  readonly pid: number
  readonly endpoints: Endpoints<R>
  readonly call: <C extends Call>(call: C) => Effect.Effect<Answer<C>, HostError>
}

/** Where the child's entry point is: next to this module, .ts under tsx, .js once compiled. */
const entryPoint = fileURLToPath(new URL(`./hostProcess${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url))

const decodeFromHost = Schema.decodeUnknownResult(FromHost)

/**
 * Forks a server process in `role`. It inherits this process's node flags (tsx's loader, and the
 * `@scm-effect/source` condition when the bench runs from the sources), so it loads the mock the
 * same way; with `profileDir` it also writes a CPU profile there when it exits.
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
      Effect.callback<void>((resume) => {
        if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.void)
        child.once("exit", () => resume(Effect.void))
        // A disconnect lets the child exit normally, which is when node writes its CPU profile.
        if (child.connected) child.disconnect()
        else child.kill("SIGTERM")
      }).pipe(Effect.timeoutOrElse({ duration: Duration.seconds(15), orElse: () => Effect.sync(() => void child.kill("SIGKILL")) }))
  )
  const ready = yield* Deferred.make<unknown, HostError>()
  const pending = new Map<number, Deferred.Deferred<unknown, HostError>>()
  const failAll = (message: string) => {
    Deferred.doneUnsafe(ready, Exit.fail(new HostError({ message })))
    for (const deferred of pending.values()) Deferred.doneUnsafe(deferred, Exit.fail(new HostError({ message })))
    pending.clear()
  }
  child.on("message", (raw) => {
    const decoded = decodeFromHost(raw)
    if (decoded._tag === "Failure") return failAll(`${role} server sent an unknown message`)
    const message = decoded.success
    switch (message.type) {
      case "ready":
        return void Deferred.doneUnsafe(ready, Exit.succeed(message.endpoints))
      case "failed":
        return failAll(`${role} server failed: ${message.message}`)
      case "reply": {
        const deferred = pending.get(message.id)
        pending.delete(message.id)
        if (deferred !== undefined) Deferred.doneUnsafe(deferred, Exit.succeed(message.value))
      }
    }
  })
  child.once("exit", (code, signal) => failAll(`${role} server exited (code ${code}, signal ${signal})`))

  const endpoints = yield* Deferred.await(ready).pipe(
    Effect.timeoutOrElse({
      duration: Duration.seconds(60),
      orElse: () => Effect.fail(new HostError({ message: `${role} server did not start within 60 s` }))
    }),
    Effect.flatMap((value) => decodeAs(roles[role], value, `${role} endpoints`))
  )
  let nextId = 0
  const call = <C extends Call>(name: C): Effect.Effect<Answer<C>, HostError> =>
    Effect.suspend(() => {
      const id = nextId++
      const deferred = Deferred.makeUnsafe<unknown, HostError>()
      pending.set(id, deferred)
      const message: ToHost = { id, call: name }
      child.send(message)
      return Deferred.await(deferred).pipe(Effect.flatMap((value) => decodeAs(calls[name], value, `answer to ${name}`)))
    })
  const host: Host<R> = { pid: child.pid ?? -1, endpoints: endpoints as Endpoints<R>, call: call as Host<R>["call"] }
  return host
  })

const decodeAs = <S extends Schema.ConstraintDecoder<unknown>>(schema: S, value: unknown, what: string): Effect.Effect<S["Type"], HostError> =>
  Schema.decodeUnknownEffect(schema)(value).pipe(Effect.mapError((error) => new HostError({ message: `bad ${what}: ${error.message}` })))
