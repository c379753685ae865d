/**
 * Secret comparison and generation. A candidate is compared with every UTF-16 unit of the expected
 * secret, whatever its length and wherever it differs, so the time taken tells neither the
 * secret's prefix nor its length. No digest is computed: this runs on every password login.
 */
import { randomBytes } from "node:crypto"

/** A secret the server checks candidates against. */
export interface ExpectedSecret {
  /** Compares in time that depends on the expected secret's length only. */
  readonly matches: (candidate: string) => boolean
}

/** A checker for `value`, which it keeps in its closure only. */
export const expectSecret = (value: string): ExpectedSecret => {
  const length = value.length
  const units = Uint16Array.from({ length }, (_, i) => value.charCodeAt(i))
  return {
    matches: (candidate) => {
      // Every unit is read whatever came before; past its end a candidate reads as 0 (NaN | 0).
      let difference = length ^ candidate.length
      for (let i = 0; i < length; i++) difference |= (units[i] ?? 0) ^ (candidate.charCodeAt(i) | 0)
      return difference === 0
    }
  }
}

/** Whether `candidate` equals the expected secret, in time independent of where they differ. */
export const secretMatches = (expected: ExpectedSecret, candidate: string): boolean => expected.matches(candidate)

/** A random URL-safe string carrying `bytes` bytes of entropy. */
export const randomToken = (bytes: number): string => randomBytes(bytes).toString("base64url")
