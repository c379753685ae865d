/**
 * The Effect clients the client sections compare, each kept warm in its own runtime.
 */
import { ScmHttpClient } from "@scm-effect/core"
import { Effect, type Layer, ManagedRuntime, type Scope } from "effect"
import { HttpClient } from "effect/http"
import { typesPath } from "./Fixtures.js"

/** A request to repeat, and the runtime to run it in. */
export interface Warm<R, E> {
  readonly runtime: ManagedRuntime.ManagedRuntime<R, E>
  readonly send: Effect.Effect<unknown, unknown>
}

/**
 * Builds `layer` once for the length of the scope (so rounds reuse its connections and token)
 * and runs `prepare` in it, which returns the request the load loop repeats.
 */
export const warm = <R, E>(layer: Layer.Layer<R, E>, prepare: Effect.Effect<Effect.Effect<unknown, unknown>, never, R>): Effect.Effect<Warm<R, E>, E, Scope.Scope> =>
  Effect.gen(function* () {
    const runtime = yield* Effect.acquireRelease(Effect.sync(() => ManagedRuntime.make(layer)), (runtime) => runtime.disposeEffect)
    const context = yield* runtime.contextEffect
    const send = yield* Effect.provideContext(prepare, context)
    return { runtime, send }
  })

/**
 * GET the types list with the bare Effect client (status checked, body parsed), as any Effect user
 * would, with `headers` (the credentials the SCM client it stands next to sends).
 */
export const effectGet = (
  baseUrl: string,
  headers: Readonly<Record<string, string>>
): Effect.Effect<Effect.Effect<unknown, unknown>, never, HttpClient.HttpClient> =>
  Effect.map(HttpClient.HttpClient, (client) =>
    HttpClient.filterStatusOk(client).get(`${baseUrl}${typesPath}`, { headers }).pipe(Effect.flatMap((response) => response.json)))

/** The same through ScmHttpClient: a relative path; the status check is the client's own. */
export const scmGet: Effect.Effect<Effect.Effect<unknown, unknown>, never, ScmHttpClient.ScmHttpClient> = Effect.map(
  ScmHttpClient.ScmHttpClient,
  (client) => client.get(typesPath).pipe(Effect.flatMap((response) => response.json))
)
