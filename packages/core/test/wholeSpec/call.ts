/**
 * What the whole-spec walk sends: a request to a generated function, and the state an area sets up
 * so that its stateful operations have something real to answer about.
 */
import type { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import type { Json } from "../../../mock-server/src/internal/spec/specDocument.js"
import type * as ScmApi from "../../src/ScmApi.js"
import type { ScmError } from "../../src/ScmError.js"

/** A request to the generated function: path arguments in the template's order, then `{ params, payload }`. */
export interface Call {
  readonly path: ReadonlyArray<string>
  readonly params: Readonly<Record<string, Json>>
  readonly payload: Json | undefined
}

type Invoke = (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, ScmError>

export const invoke = (api: ScmApi.Client, name: string, call: Call, includeResponse: boolean) => {
  const fn = (api as unknown as Record<string, Invoke>)[name]
  if (fn === undefined) return Effect.die(new Error(`ScmApi has no ${name}`))
  return fn(...call.path, {
    params: call.params,
    ...(call.payload === undefined ? {} : { payload: call.payload }),
    ...(includeResponse ? { config: { includeResponse: true } } : {})
  })
}

/**
 * One area's part of the walk: the requests (by `"<template> <METHOD>"`) that need the mock's
 * state, made after the area has put that state in place (enrolled, created, validated ...).
 */
export type AreaState = (api: ScmApi.Client, mock: MockScmServer.Service) => Effect.Effect<Record<string, Partial<Call>>, ScmError>

/** An area that needs no state of its own. */
export const noState: AreaState = () => Effect.succeed({})
