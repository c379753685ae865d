/**
 * The request journal: the last `limit` requests, oldest first, each reduced to what can be shown
 * without leaking a secret (method, path with non-allowlisted query values blanked, scheme, status,
 * duration, time). Headers and bodies, where every secret travels, are never recorded.
 */
import { Effect } from "effect"

/**
 * The scheme a request used: `"token"` for the token endpoint, `null` for none.
 *
 * @since 0.1.0
 * @category models
 */
export type Scheme = "token" | "oauth2" | "password" | "certificate" | null

/**
 * One request as the journal records it, with no secret in it.
 *
 * @since 0.1.0
 * @category models
 */
export interface JournalEntry {
  readonly method: string
  /** Query values other than pagination and filters show as `REDACTED`. */
  readonly path: string
  readonly scheme: Scheme
  /** 0: a fault dropped the connection; 499: the client left before the answer. */
  readonly status: number
  readonly durationMs: number
  /** ISO time from `Clock` when the request arrived. */
  readonly at: string
}

/** Query parameters whose values say how a client paginates or filters, never who it is. */
const visibleParams: ReadonlySet<string> = new Set([
  "position",
  "size",
  "organizationId",
  "sslTypeId",
  "orgId",
  "status",
  "commonName",
  "subjectAlternativeName",
  "serialNumber",
  "requester",
  "format",
  "name",
  "state"
])

/** Paths longer than this are cut: the journal's memory stays bounded whatever clients send. */
const maxPathLength = 512

/**
 * The request target as the journal shows it: other query values replaced by `REDACTED`. The
 * query is split on `&` and `;`, every separator the server accepts (the target is normalised
 * before it gets here, so it has `&` only; splitting on both stays right if that ever changes):
 * a secret after a `;` must not pass as part of a visible value.
 */
export const journalPath = (url: string): string => {
  const query = url.indexOf("?")
  if (query === -1) return url.length <= maxPathLength ? url : url.slice(0, maxPathLength)
  const shown = new URLSearchParams()
  const given = url.slice(query + 1)
  for (const [name, value] of new URLSearchParams(given.includes(";") ? given.replaceAll(";", "&") : given)) {
    shown.append(name, visibleParams.has(name) ? value : "REDACTED")
  }
  const search = shown.toString()
  const path = search === "" ? url.slice(0, query) : `${url.slice(0, query)}?${search}`
  return path.length <= maxPathLength ? path : path.slice(0, maxPathLength)
}

/** The bounded journal. */
export interface Journal {
  /**
   * Records at once, field by field: called in the request's own step, where a further effect or
   * an entry object per request would only add work.
   */
  readonly record: (method: string, path: string, scheme: Scheme, status: number, durationMs: number, atMillis: number) => void
  readonly entries: Effect.Effect<ReadonlyArray<JournalEntry>>
  readonly clear: Effect.Effect<void>
}

/** An entry's strings, and its numbers, each take this many slots. */
const fieldsPerKind = 3

/**
 * A fixed-size ring. Every request writes one entry, so the write must be O(1) and allocate
 * nothing: a persistent structure in a `Ref` would copy on each request, and an object per entry
 * would live long enough to be promoted by the garbage collector. An entry's three strings lie
 * side by side in one array and its three numbers in one typed array, so a write touches two
 * cache lines where a column per field touched six (measured: about 3 % of the mock's CPU per
 * request under load). The ring is written one entry at a time on the JS thread.
 */
class Ring {
  /** Method, path and scheme of entry `i` at `3i`, `3i + 1`, `3i + 2`. */
  private readonly texts: Array<string | null>
  /** Status, duration (ms) and time (epoch ms) of entry `i` at `3i`, `3i + 1`, `3i + 2`. */
  private readonly numbers: Float64Array
  private next = 0
  private size = 0
  constructor(readonly capacity: number) {
    this.texts = new Array<string | null>(capacity * fieldsPerKind).fill("")
    this.numbers = new Float64Array(capacity * fieldsPerKind)
  }
  push(method: string, path: string, scheme: Scheme, status: number, durationMs: number, atMillis: number): void {
    if (this.capacity === 0) return
    const at = this.next * fieldsPerKind
    this.texts[at] = method
    this.texts[at + 1] = path
    this.texts[at + 2] = scheme
    this.numbers[at] = status
    this.numbers[at + 1] = durationMs
    this.numbers[at + 2] = atMillis
    this.next = this.next + 1 === this.capacity ? 0 : this.next + 1
    if (this.size < this.capacity) this.size++
  }
  /** Oldest first, the time as an ISO string. */
  entries(): Array<JournalEntry> {
    const out: Array<JournalEntry> = []
    const start = this.size < this.capacity ? 0 : this.next
    for (let n = 0; n < this.size; n++) {
      const at = ((start + n) % this.capacity) * fieldsPerKind
      out.push({
        method: this.texts[at] ?? "",
        path: this.texts[at + 1] ?? "",
        scheme: (this.texts[at + 2] ?? null) as Scheme,
        status: this.numbers[at] ?? 0,
        durationMs: this.numbers[at + 1] ?? 0,
        at: new Date(this.numbers[at + 2] ?? 0).toISOString()
      })
    }
    return out
  }
  clear(): void {
    // Drops the paths too, so that no request target outlives a clear.
    this.texts.fill("")
    this.next = 0
    this.size = 0
  }
}

/** How many distinct journal paths are kept for reuse; a client walking many paths only refills it. */
const maxInterned = 256

/** A journal keeping the last `limit` entries (0 keeps none). */
export const makeJournal = (limit: number): Effect.Effect<Journal> =>
  Effect.sync(() => {
    const ring = new Ring(limit)
    /**
     * The ring holds each path for `limit` requests, long enough for a fresh string per request to
     * be copied by the young-generation collector and promoted. Paths repeat (a client polls the
     * same few), so the ring keeps one long-lived copy of each recent path and the request's own
     * string dies young. They are journal paths, already redacted; a clear drops them too.
     */
    const interned = new Map<string, string>()
    // The path of the request before: a client polling one path finds it here, without hashing.
    let last = ""
    const intern = (path: string): string => {
      if (path === last) return last
      const kept = interned.get(path)
      if (kept !== undefined) return (last = kept)
      if (interned.size >= maxInterned) interned.clear()
      interned.set(path, path)
      return (last = path)
    }
    return {
      record: (method, path, scheme, status, durationMs, atMillis) => {
        if (limit > 0) ring.push(method, intern(path), scheme, status, durationMs, atMillis)
      },
      entries: Effect.sync(() => ring.entries()),
      clear: Effect.sync(() => {
        ring.clear()
        interned.clear()
        last = ""
      })
    }
  })
