/**
 * The request journal: the last `limit` requests, oldest first, each reduced to what can be shown
 * without leaking a secret (method, path with non-allowlisted query values blanked, scheme, status,
 * duration, time). Headers and bodies, where every secret travels, are never recorded.
 */
import { Effect } from "effect"
import type { JournalEntry, Scheme } from "../MockScmServer.js"

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

/**
 * A fixed-size ring, one column per field. Every request writes one entry, so the write must be
 * O(1) and allocate nothing: a persistent structure in a `Ref` would copy on each request, and an
 * object per entry would live long enough to be promoted by the garbage collector. Numbers go to
 * typed arrays; the ring is written one entry at a time on the JS thread.
 */
class Ring {
  private readonly methods: Array<string>
  private readonly paths: Array<string>
  private readonly schemes: Array<Scheme>
  private readonly statuses: Uint16Array
  private readonly durations: Float64Array
  private readonly times: Float64Array
  private next = 0
  private size = 0
  constructor(readonly capacity: number) {
    this.methods = new Array<string>(capacity).fill("")
    this.paths = new Array<string>(capacity).fill("")
    this.schemes = new Array<Scheme>(capacity).fill(null)
    this.statuses = new Uint16Array(capacity)
    this.durations = new Float64Array(capacity)
    this.times = new Float64Array(capacity)
  }
  push(method: string, path: string, scheme: Scheme, status: number, durationMs: number, atMillis: number): void {
    if (this.capacity === 0) return
    const i = this.next
    this.methods[i] = method
    this.paths[i] = path
    this.schemes[i] = scheme
    this.statuses[i] = status
    this.durations[i] = durationMs
    this.times[i] = atMillis
    this.next = i + 1 === this.capacity ? 0 : i + 1
    if (this.size < this.capacity) this.size++
  }
  /** Oldest first, the time as an ISO string. */
  entries(): Array<JournalEntry> {
    const out: Array<JournalEntry> = []
    const start = this.size < this.capacity ? 0 : this.next
    for (let n = 0; n < this.size; n++) {
      const i = (start + n) % this.capacity
      out.push({
        method: this.methods[i] ?? "",
        path: this.paths[i] ?? "",
        scheme: this.schemes[i] ?? null,
        status: this.statuses[i] ?? 0,
        durationMs: this.durations[i] ?? 0,
        at: new Date(this.times[i] ?? 0).toISOString()
      })
    }
    return out
  }
  clear(): void {
    // Drops the paths too, so that no request target outlives a clear.
    this.methods.fill("")
    this.paths.fill("")
    this.schemes.fill(null)
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
    const intern = (path: string): string => {
      const kept = interned.get(path)
      if (kept !== undefined) return kept
      if (interned.size >= maxInterned) interned.clear()
      interned.set(path, path)
      return path
    }
    return {
      record: (method, path, scheme, status, durationMs, atMillis) => {
        if (limit > 0) ring.push(method, intern(path), scheme, status, durationMs, atMillis)
      },
      entries: Effect.sync(() => ring.entries()),
      clear: Effect.sync(() => {
        ring.clear()
        interned.clear()
      })
    }
  })
