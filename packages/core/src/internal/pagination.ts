/**
 * SCM's offset pagination (`position`, `size` at most 200, `X-Total-Count`) as a lazy `Stream`:
 * a page is fetched only when the consumer wants its items, so `Stream.take(n)` stops fetching.
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import type * as ScmError from "../ScmError.js"
import * as ScmHttpClient from "../ScmHttpClient.js"
import { type Decoder, decoder, headCount, query, totalCount } from "./request.js"

/**
 * The largest `size` SCM accepts.
 *
 * @internal
 */
export const maxPageSize = 200

/** How a list Stream pages. @internal */
export interface ListOptions {
  /** Items per request: default and maximum 200 (larger values are lowered to 200). */
  readonly pageSize?: number | undefined
}

/** One page of a list. @internal */
export interface PageOptions {
  /** The 0-based offset of the first item. */
  readonly position: number
  /** Default 200, at most 200. */
  readonly size?: number | undefined
}

/** @internal */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  /** The offset of the first item. */
  readonly position: number
  /** `X-Total-Count`: all matches, on every page; undefined if SCM did not send it. */
  readonly total: number | undefined
}

/**
 * A page size SCM accepts: at least 1 (a page of 0 would never advance), at most 200.
 *
 * @internal
 */
export const pageSizeOf = (size: number | undefined): number =>
  size === undefined || !Number.isFinite(size) ? maxPageSize : Math.min(maxPageSize, Math.max(1, Math.floor(size)))

/**
 * Where the next page starts, if there is one: none after an empty or short page, or once the
 * total is reached (whichever SCM tells first).
 *
 * @internal
 */
export const nextPosition = <A>(page: Page<A>, size: number): Option.Option<number> => {
  const end = page.position + page.items.length
  if (page.items.length === 0 || page.items.length < size) return Option.none()
  if (page.total !== undefined && end >= page.total) return Option.none()
  return Option.some(end)
}

/**
 * A page fetcher for a list URL: GET with the filters, `position` and `size`.
 *
 * @internal
 */
export const pageFetcher = <A, I>(path: string, item: Schema.Schema<A, I>) => {
  // Built once for the path, not per page.
  const decode: Decoder<ReadonlyArray<A>> = decoder(Schema.Array(item))
  return (
    params: ReadonlyArray<readonly [string, string]>,
    position: number,
    size: number
  ): Effect.Effect<Page<A>, ScmError.ScmError, ScmHttpClient.ScmHttpClient> =>
    Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) =>
      Effect.flatMap(
        client.get(path, { urlParams: [...params, ["position", String(position)], ["size", String(size)]] }),
        (response) => Effect.map(decode(response), (items) => ({ items, position, total: totalCount(response) }))
      ))
}

/**
 * Every item of every page, fetched on demand.
 *
 * @internal
 */
export const paginate = <A, E, R>(
  fetchPage: (position: number, size: number) => Effect.Effect<Page<A>, E, R>,
  pageSize: number | undefined
): Stream.Stream<A, E, R> => {
  const size = pageSizeOf(pageSize)
  return Stream.paginateChunkEffect(
    0,
    (position) => Effect.map(fetchPage(position, size), (page) => [Chunk.unsafeFromArray(page.items), nextPosition(page, size)] as const)
  )
}

/**
 * `page`, `list` and `count` of one list URL, traced as `<name>.page` and `<name>.count`. The
 * filters are sent as query parameters under their own names.
 *
 * @internal
 */
export const listOperations = <A, I>(name: string, path: string, item: Schema.Schema<A, I>) => {
  const fetchPage = pageFetcher(path, item)
  const page = Effect.fn(`${name}.page`)(function*(filters: object | undefined, options: PageOptions) {
    const size = options.size ?? maxPageSize
    yield* Effect.annotateCurrentSpan({ "scm.position": options.position, "scm.size": size })
    return yield* fetchPage(query(filters), options.position, size)
  })
  const list = (
    filters?: object,
    options?: ListOptions
  ): Stream.Stream<A, ScmError.ScmError, ScmHttpClient.ScmHttpClient> =>
    paginate((position, size) => page(filters, { position, size }), options?.pageSize)
  const count = Effect.fn(`${name}.count`)(function*(filters?: object) {
    return yield* headCount(path, query(filters))
  })
  return { page, list, count } as const
}
