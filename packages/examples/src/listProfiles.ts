/**
 * The program the strategy templates share. It needs an `ScmHttpClient` and does not know, or
 * care, how that client authenticates: the layer you provide decides.
 */
import { type ScmError, ScmHttpClient } from "@scm-effect/core"
import { Console, Effect, Schema } from "effect"

// Only the fields we use: SCM sends more, and decoding ignores what a schema does not name.
export const SslProfile = Schema.Struct({
  id: Schema.Number,
  name: Schema.String,
  terms: Schema.Array(Schema.Number)
})

export const listProfiles: Effect.Effect<
  ReadonlyArray<typeof SslProfile.Type>,
  ScmError.ScmError,
  ScmHttpClient.ScmHttpClient
> = Effect.gen(function*() {
  const scm = yield* ScmHttpClient.ScmHttpClient
  // The same path for every strategy: certificate login moves it under /private itself.
  const profiles = yield* scm.get("/api/ssl/v1/types").pipe(
    Effect.flatMap(ScmHttpClient.schemaBodyJson(Schema.Array(SslProfile)))
  )
  for (const profile of profiles) {
    yield* Console.log(`${profile.id}\t${profile.name}\t(terms: ${profile.terms.join(", ")} days)`)
  }
  return profiles
})
