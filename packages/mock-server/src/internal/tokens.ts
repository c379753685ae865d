/**
 * The access tokens the token endpoint has issued, with their expiry (from `Clock`, so a TestClock
 * moves them) and whether they were revoked. Tokens are kept by their SHA-256 digest: the lookup
 * leaks nothing about a token's value through timing, and the server never holds a token itself.
 */
import { Clock, Effect, HashMap, Option, Redacted, Ref } from "effect"
import { hash } from "node:crypto"
import { randomToken } from "./secrets.js"

/** What the Bearer scheme makes of a presented token. */
export type TokenStatus = "valid" | "expired" | "revoked" | "unknown"

/** A token as handed to the client, once. */
export interface IssuedToken {
  readonly accessToken: Redacted.Redacted<string>
  readonly expiresIn: number
}

/** Issued tokens and the lifetime of the next ones. */
export interface TokenStore {
  readonly issue: Effect.Effect<IssuedToken>
  readonly check: (accessToken: string) => Effect.Effect<TokenStatus>
  readonly revokeAll: Effect.Effect<void>
  readonly ttlSeconds: Effect.Effect<number>
  readonly setTtlSeconds: (seconds: number) => Effect.Effect<void>
  readonly reset: Effect.Effect<void>
}

interface TokenRecord {
  readonly expiresAt: number
  readonly revoked: boolean
}

interface TokenState {
  readonly tokens: HashMap.HashMap<string, TokenRecord>
  readonly ttlSeconds: number
  /** Size at which expired and revoked tokens are next dropped. */
  readonly pruneAt: number
}

/** The longest token lifetime the server accepts, a year. */
export const maxTokenTtlSeconds = 31_536_000

/** Whether `seconds` is a lifetime the server accepts (0 issues tokens that are expired at once). */
export const isValidTokenTtl = (seconds: number): boolean =>
  Number.isInteger(seconds) && seconds >= 0 && seconds <= maxTokenTtlSeconds

/** 256 bits: twice what RFC 6749 section 10.10 asks of a token nobody should guess. */
const tokenBytes = 32

/**
 * Expired and revoked tokens are remembered so that a 401 can say which it was, until this many
 * tokens are tracked; then they are forgotten (and answer "unknown"). If most tokens are still
 * valid, the next pruning waits until the store has doubled, so issuing stays O(1) amortized.
 */
const pruneAbove = 10_000

const keyOf = (accessToken: string): string => hash("sha256", accessToken, "base64")

const statusOf = (record: Option.Option<TokenRecord>, now: number): TokenStatus => {
  if (Option.isNone(record)) return "unknown"
  if (record.value.revoked) return "revoked"
  return now >= record.value.expiresAt ? "expired" : "valid"
}

const initialState = (ttlSeconds: number): TokenState => ({ tokens: HashMap.empty(), ttlSeconds, pruneAt: pruneAbove })

/** An empty store whose tokens live `ttlSeconds` until changed. */
export const makeTokenStore = (initialTtlSeconds: number): Effect.Effect<TokenStore> =>
  Effect.map(
    Ref.make(initialState(initialTtlSeconds)),
    (ref): TokenStore => ({
      issue: Effect.flatMap(Clock.currentTimeMillis, (now) => {
        const accessToken = randomToken(tokenBytes)
        return Ref.modify(ref, (state): [IssuedToken, TokenState] => {
          const prune = HashMap.size(state.tokens) >= state.pruneAt
          const live = prune ? HashMap.filter(state.tokens, (record) => statusOf(Option.some(record), now) === "valid") : state.tokens
          const record: TokenRecord = { expiresAt: now + state.ttlSeconds * 1000, revoked: false }
          return [
            { accessToken: Redacted.make(accessToken), expiresIn: state.ttlSeconds },
            {
              ttlSeconds: state.ttlSeconds,
              tokens: HashMap.set(live, keyOf(accessToken), record),
              pruneAt: prune ? Math.max(pruneAbove, 2 * HashMap.size(live)) : state.pruneAt
            }
          ]
        })
      }),
      check: (accessToken) =>
        Effect.zipWith(
          Ref.get(ref),
          Clock.currentTimeMillis,
          (state, now) => statusOf(HashMap.get(state.tokens, keyOf(accessToken)), now)
        ),
      revokeAll: Ref.update(ref, (state) => ({
        ...state,
        tokens: HashMap.map(state.tokens, (record) => (record.revoked ? record : { ...record, revoked: true }))
      })),
      ttlSeconds: Effect.map(Ref.get(ref), (state) => state.ttlSeconds),
      setTtlSeconds: (seconds) => Ref.update(ref, (state) => ({ ...state, ttlSeconds: seconds })),
      reset: Ref.set(ref, initialState(initialTtlSeconds))
    })
  )
