/**
 * The request journal: the last `limit` requests, oldest first, each reduced to what can be shown
 * without leaking a secret: method, path with non-allowlisted query values blanked, scheme,
 * status, duration, time, on a proxying or replaying server what answered, and the headers and
 * the body the mock read with every secret replaced before it is stored (`redact.ts`), cut to a
 * bounded size.
 */
import { Effect } from "effect"
import { makeHeaderRedactor, redactBody } from "./redact.js"

/**
 * The scheme a request used: `"token"` for the token endpoint, `null` for none.
 *
 * @since 0.1.0
 * @category models
 */
export type Scheme = "token" | "oauth2" | "password" | "certificate" | null

/**
 * What answered a request on a server that proxies or replays: a recorded exchange (`"replay"`),
 * the upstream SCM (`"proxy"`) or the mock itself (`"mock"`: its state, the spec fallback, a fault).
 *
 * @since 1.1.0
 * @category models
 */
export type Source = "replay" | "proxy" | "mock"

/**
 * One request as the journal records it, with no secret in it.
 *
 * @since 0.1.0
 * @category models
 */
export interface JournalEntry {
  /** Counts up from 1 across the server's life (a clear or a reset does not start it again). */
  readonly id: number
  readonly method: string
  /** Query values other than pagination and filters show as `REDACTED`. */
  readonly path: string
  readonly scheme: Scheme
  /** 0: a fault dropped the connection; 499: the client left before the answer. */
  readonly status: number
  readonly durationMs: number
  /** ISO time from `Clock` when the request arrived. */
  readonly at: string
  /**
   * What answered, on a server started with `proxy` or `replay`; absent on other servers, where
   * the mock answers everything, and for a request that got no answer (status 0 or 499).
   *
   * @since 1.1.0
   */
  readonly source?: Source
}

/**
 * One request with what it carried: its headers and the body the mock read, secrets redacted.
 *
 * @since 1.1.0
 * @category models
 */
export interface JournalRequest extends JournalEntry {
  /**
   * The headers as the client sent them (name case, order, repeats), each `[name, value]`;
   * credentials, cookies and tokens show as `REDACTED` (`Bearer REDACTED` keeps the scheme).
   * At most 4096 characters are kept; a last `["…", "<n> more headers"]` says what was left out.
   */
  readonly headers: ReadonlyArray<readonly [string, string]>
  /**
   * The body the mock read, secrets redacted (JSON and form fields such as `password`,
   * `clientSecret`, `macKey`, private key blocks anywhere), JSON re-serialised, cut at 8192
   * characters; `null` when the mock read none (a GET, or a request refused before its body).
   */
  readonly body: string | null
  /** The redacted body's full length, of which `body` holds the first 8192 characters; `null` with no body. */
  readonly bodyLength: number | null
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
   * an entry object per request would only add work. `rawHeaders` are node's (`[name, value,
   * ...]`), `body` the text the mock read (if it read one): both are redacted here, before they
   * are stored.
   */
  readonly record: (
    method: string,
    path: string,
    scheme: Scheme,
    status: number,
    durationMs: number,
    atMillis: number,
    rawHeaders: ReadonlyArray<string>,
    body: string | undefined,
    contentType: string | undefined,
    source?: Source
  ) => void
  readonly entries: Effect.Effect<ReadonlyArray<JournalEntry>>
  /** The entries with an id above `id`, oldest first, and the id of the oldest entry kept (the next id when none is). */
  readonly since: (id: number) => Effect.Effect<{ readonly firstId: number; readonly entries: ReadonlyArray<JournalEntry> }>
  /** One entry with its headers and body, while the journal keeps it. */
  readonly request: (id: number) => Effect.Effect<JournalRequest | undefined>
  readonly clear: Effect.Effect<void>
}

/** Slots an entry takes in the ring's text array: method, path, scheme, headers, body. */
const textsPerEntry = 5
/** Slots an entry takes in the ring's number array: status, duration (ms), time (epoch ms), body length (-1: none), source. */
const numbersPerEntry = 5

/** A source as the ring's fifth number: 0 for none. */
const sourceCodes: ReadonlyArray<Source | undefined> = [undefined, "replay", "proxy", "mock"]
const sourceCode = (source: Source | undefined): number => (source === undefined ? 0 : sourceCodes.indexOf(source))

/**
 * A fixed-size ring. Every request writes one entry, so the write must be O(1) and allocate
 * nothing (the redacted headers are made, if at all, before): a persistent structure in a `Ref` would copy on each
 * request, and an object per entry would live long enough to be promoted by the garbage
 * collector. An entry's texts lie side by side in one array and its numbers in one typed array,
 * so a write touches two cache lines where a column per field touched six (measured: about 3 % of
 * the mock's CPU per request under load). Ids count up by one per entry, so the entry with an id
 * is found by arithmetic. The ring is written one entry at a time on the JS thread.
 */
class Ring {
  /** Method, path, scheme, redacted headers and body of entry `i` at `5i` .. `5i + 4`. */
  private readonly texts: Array<string | ReadonlyArray<string> | null>
  /** Status, duration (ms), time (epoch ms), body length and source of entry `i` at `5i` .. `5i + 4`. */
  private readonly numbers: Float64Array
  private next = 0
  private size = 0
  /** The id of the newest entry, 0 before the first. */
  private lastId = 0
  constructor(readonly capacity: number) {
    this.texts = new Array<string | ReadonlyArray<string> | null>(capacity * textsPerEntry).fill("")
    this.numbers = new Float64Array(capacity * numbersPerEntry)
  }
  push(
    method: string,
    path: string,
    scheme: Scheme,
    status: number,
    durationMs: number,
    atMillis: number,
    headers: ReadonlyArray<string>,
    body: string | null,
    bodyLength: number,
    source: number
  ): void {
    if (this.capacity === 0) return
    const text = this.next * textsPerEntry
    this.texts[text] = method
    this.texts[text + 1] = path
    this.texts[text + 2] = scheme
    this.texts[text + 3] = headers
    this.texts[text + 4] = body
    const number = this.next * numbersPerEntry
    this.numbers[number] = status
    this.numbers[number + 1] = durationMs
    this.numbers[number + 2] = atMillis
    this.numbers[number + 3] = bodyLength
    this.numbers[number + 4] = source
    this.next = this.next + 1 === this.capacity ? 0 : this.next + 1
    this.lastId++
    if (this.size < this.capacity) this.size++
  }
  /** The id of the oldest entry kept; the next id when there is none. */
  firstId(): number {
    return this.lastId - this.size + 1
  }
  /** The ring slot of the entry with `id`, or -1 when it is not kept. */
  private slotOf(id: number): number {
    if (!Number.isInteger(id) || id < this.firstId() || id > this.lastId) return -1
    return (this.next - 1 - (this.lastId - id) + this.capacity) % this.capacity
  }
  private entryAt(slot: number, id: number): JournalEntry {
    const text = slot * textsPerEntry
    const number = slot * numbersPerEntry
    const source = sourceCodes[this.numbers[number + 4] ?? 0]
    return {
      id,
      method: (this.texts[text] ?? "") as string,
      path: (this.texts[text + 1] ?? "") as string,
      scheme: (this.texts[text + 2] ?? null) as Scheme,
      status: this.numbers[number] ?? 0,
      durationMs: this.numbers[number + 1] ?? 0,
      at: new Date(this.numbers[number + 2] ?? 0).toISOString(),
      ...(source === undefined ? {} : { source })
    }
  }
  /** The entries with an id above `after`, oldest first, the time as an ISO string. */
  entries(after = 0): Array<JournalEntry> {
    const out: Array<JournalEntry> = []
    for (let id = Math.max(this.firstId(), Math.floor(after) + 1); id <= this.lastId; id++) out.push(this.entryAt(this.slotOf(id), id))
    return out
  }
  request(id: number): JournalRequest | undefined {
    const slot = this.slotOf(id)
    if (slot === -1) return undefined
    const flat = (this.texts[slot * textsPerEntry + 3] ?? []) as ReadonlyArray<string>
    const headers: Array<readonly [string, string]> = []
    for (let i = 0; i + 1 < flat.length; i += 2) headers.push([flat[i]!, flat[i + 1]!])
    const bodyLength = this.numbers[slot * numbersPerEntry + 3] ?? -1
    return {
      ...this.entryAt(slot, id),
      headers,
      body: bodyLength < 0 ? null : (this.texts[slot * textsPerEntry + 4] ?? "") as string,
      bodyLength: bodyLength < 0 ? null : bodyLength
    }
  }
  clear(): void {
    // Drops the paths, headers and bodies too, so that nothing of a request outlives a clear.
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
    const headersOf = makeHeaderRedactor()
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
      record: (method, path, scheme, status, durationMs, atMillis, rawHeaders, body, contentType, source) => {
        if (limit === 0) return
        const headers = headersOf.redact(rawHeaders)
        const code = sourceCode(source)
        if (body === undefined) {
          ring.push(method, intern(path), scheme, status, durationMs, atMillis, headers, null, -1, code)
        } else {
          const shown = redactBody(body, contentType)
          ring.push(method, intern(path), scheme, status, durationMs, atMillis, headers, shown[0], shown[1], code)
        }
      },
      entries: Effect.sync(() => ring.entries()),
      since: (id) => Effect.sync(() => ({ firstId: ring.firstId(), entries: ring.entries(id) })),
      request: (id) => Effect.sync(() => ring.request(id)),
      clear: Effect.sync(() => {
        ring.clear()
        interned.clear()
        headersOf.forget()
        last = ""
      })
    }
  })
