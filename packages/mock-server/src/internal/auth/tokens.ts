/**
 * The access tokens the token endpoint has issued, with their expiry (from `Clock`, so a TestClock
 * moves them) and whether they were revoked. Tokens are kept by a SHA-256 digest: the lookup leaks
 * nothing about a token's value through timing, and the server never holds a token itself.
 *
 * The store is bounded: it keeps the last `maxTokens` tokens issued, and issuing one more forgets
 * the oldest (which then answers "unknown"), so no client can grow the server's memory by asking
 * for tokens. Each entry is small: a 16-byte digest prefix as a one-byte string, a sequence number
 * in a Map, and an expiry in a typed array.
 */
import { Clock, Effect, Redacted } from "effect"
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
  /** What a presented token is at `nowMillis` (the Clock's time); synchronous, as it runs on every Bearer request. */
  readonly statusAt: (accessToken: string, nowMillis: number) => TokenStatus
  readonly revokeAll: Effect.Effect<void>
  readonly ttlSeconds: Effect.Effect<number>
  readonly setTtlSeconds: (seconds: number) => Effect.Effect<void>
  readonly reset: Effect.Effect<void>
  /** How many tokens the store tracks now (at most its `maxTokens`). */
  readonly size: Effect.Effect<number>
}

/** The longest token lifetime the server accepts, a year. */
export const maxTokenTtlSeconds = 31_536_000

/** Whether `seconds` is a lifetime the server accepts (0 issues tokens that are expired at once). */
export const isValidTokenTtl = (seconds: number): boolean =>
  Number.isInteger(seconds) && seconds >= 0 && seconds <= maxTokenTtlSeconds

/** How many tokens a store keeps unless told otherwise. */
export const defaultMaxTokens = 10_000

/** The most tokens a store may be asked to keep. */
export const maxMaxTokens = 1_000_000

/** Whether `count` is a token cap the server accepts. */
export const isValidMaxTokens = (count: number): boolean => Number.isInteger(count) && count >= 1 && count <= maxMaxTokens

/** 256 bits: twice what RFC 6749 section 10.10 asks of a token nobody should guess. */
const tokenBytes = 32

/**
 * The first 128 bits of the token's SHA-256 digest, one character per byte: a 16-character
 * one-byte string is the smallest key a Map holds, and 128 bits leave no room for collisions among
 * the tokens one store keeps.
 */
const keyOf = (accessToken: string): string => hash("sha256", accessToken, "buffer").toString("latin1", 0, 16)

/** An empty store whose tokens live `ttlSeconds` until changed, keeping at most `maxTokens`. */
export const makeTokenStore = (initialTtlSeconds: number, maxTokens: number = defaultMaxTokens): Effect.Effect<TokenStore> =>
  Effect.sync(() => {
    // A ring of the last `maxTokens` tokens by issue number: `seq % maxTokens` is a token's slot.
    const slots = new Map<string, number>()
    const keys = new Array<string | undefined>(maxTokens).fill(undefined)
    const expiresAt = new Float64Array(maxTokens)
    let nextSeq = 0
    // Tokens issued before this number are revoked: revoking all is O(1), whatever the store holds.
    let revokedBefore = 0
    let ttlSeconds = initialTtlSeconds

    const add = (key: string, expiry: number): void => {
      const slot = nextSeq % maxTokens
      const evicted = keys[slot]
      if (evicted !== undefined) slots.delete(evicted)
      keys[slot] = key
      expiresAt[slot] = expiry
      slots.set(key, nextSeq)
      nextSeq++
    }

    return {
      issue: Effect.map(Clock.currentTimeMillis, (now) => {
        const accessToken = randomToken(tokenBytes)
        add(keyOf(accessToken), now + ttlSeconds * 1000)
        return { accessToken: Redacted.make(accessToken), expiresIn: ttlSeconds }
      }),
      statusAt: (accessToken, nowMillis) => {
        const seq = slots.get(keyOf(accessToken))
        if (seq === undefined) return "unknown"
        if (seq < revokedBefore) return "revoked"
        return nowMillis >= (expiresAt[seq % maxTokens] ?? 0) ? "expired" : "valid"
      },
      revokeAll: Effect.sync(() => {
        revokedBefore = nextSeq
      }),
      ttlSeconds: Effect.sync(() => ttlSeconds),
      setTtlSeconds: (seconds) =>
        Effect.sync(() => {
          ttlSeconds = seconds
        }),
      reset: Effect.sync(() => {
        slots.clear()
        keys.fill(undefined)
        expiresAt.fill(0)
        nextSeq = 0
        revokedBefore = 0
        ttlSeconds = initialTtlSeconds
      }),
      size: Effect.sync(() => slots.size)
    }
  })
