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

/** The request target as the journal shows it: other query values replaced by `REDACTED`. */
export const journalPath = (url: string): string => {
  const query = url.indexOf("?")
  if (query === -1) return url.length <= maxPathLength ? url : url.slice(0, maxPathLength)
  const shown = new URLSearchParams()
  for (const [name, value] of new URLSearchParams(url.slice(query + 1))) {
    shown.append(name, visibleParams.has(name) ? value : "REDACTED")
  }
  const search = shown.toString()
  const path = search === "" ? url.slice(0, query) : `${url.slice(0, query)}?${search}`
  return path.length <= maxPathLength ? path : path.slice(0, maxPathLength)
}

/** A journal entry as stored: the time stays a number until someone reads the journal. */
export interface Recorded {
  readonly method: string
  readonly path: string
  readonly scheme: Scheme
  readonly status: number
  readonly durationMs: number
  readonly atMillis: number
}

/** The bounded journal. */
export interface Journal {
  readonly record: (entry: Recorded) => Effect.Effect<void>
  readonly entries: Effect.Effect<ReadonlyArray<JournalEntry>>
  readonly clear: Effect.Effect<void>
}

/**
 * A fixed-size ring. Every request writes one entry, so the write must be O(1) without copying:
 * a persistent structure in a `Ref` would copy or rebalance on each request. The ring is mutated
 * only inside `Effect.sync`, one write at a time on the JS thread.
 */
class Ring<A> {
  private readonly items: Array<A | undefined>
  private next = 0
  private size = 0
  constructor(readonly capacity: number) {
    this.items = new Array<A | undefined>(capacity)
  }
  push(item: A): void {
    if (this.capacity === 0) return
    this.items[this.next] = item
    this.next = (this.next + 1) % this.capacity
    if (this.size < this.capacity) this.size++
  }
  toArray(): Array<A> {
    const out: Array<A> = []
    const start = this.size < this.capacity ? 0 : this.next
    for (let i = 0; i < this.size; i++) {
      const item = this.items[(start + i) % this.capacity]
      if (item !== undefined) out.push(item)
    }
    return out
  }
  clear(): void {
    this.items.fill(undefined)
    this.next = 0
    this.size = 0
  }
}

const toEntry = (recorded: Recorded): JournalEntry => ({
  method: recorded.method,
  path: recorded.path,
  scheme: recorded.scheme,
  status: recorded.status,
  durationMs: recorded.durationMs,
  at: new Date(recorded.atMillis).toISOString()
})

/** A journal keeping the last `limit` entries (0 keeps none). */
export const makeJournal = (limit: number): Effect.Effect<Journal> =>
  Effect.sync(() => {
    const ring = new Ring<Recorded>(limit)
    return {
      record: (entry) => Effect.sync(() => ring.push(entry)),
      entries: Effect.sync(() => ring.toArray().map(toEntry)),
      clear: Effect.sync(() => ring.clear())
    }
  })
