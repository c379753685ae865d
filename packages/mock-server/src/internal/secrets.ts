/**
 * Secret comparison and generation. Candidates are hashed before comparison so that both sides
 * have the same length and `timingSafeEqual` reveals neither the secret's length nor its prefix.
 */
import { hash, randomBytes, timingSafeEqual } from "node:crypto"

/** SHA-256 of a UTF-8 string (one-shot: this runs on every authenticated request). */
export const sha256 = (value: string): Buffer => hash("sha256", value, "buffer")

/** A secret the server checks candidates against; only its digest is kept. */
export interface ExpectedSecret {
  readonly digest: Buffer
}

/** Keeps the digest of `value`, not the value. */
export const expectSecret = (value: string): ExpectedSecret => ({ digest: sha256(value) })

/** Whether `candidate` equals the expected secret, in time independent of where they differ. */
export const secretMatches = (expected: ExpectedSecret, candidate: string): boolean =>
  timingSafeEqual(expected.digest, sha256(candidate))

/** A random URL-safe string carrying `bytes` bytes of entropy. */
export const randomToken = (bytes: number): string => randomBytes(bytes).toString("base64url")
