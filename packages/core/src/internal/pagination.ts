/**
 * SCM's offset pagination (`position`, `size` at most 200, `X-Total-Count`) as a lazy `Stream`:
 * a page is fetched only when the consumer wants its items, so `Stream.take(n)` stops fetching.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Stream from "effect/Stream"
import type * as ScmError from "../ScmError.js"
import type { ScmHttpClient } from "../ScmHttpClient.js"
import { headCount, query, totalCount } from "./request.js"

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
 * Every item of every page, fetched on demand.
 *
 * @internal
 */
export const paginate = <A, E, R>(
  fetchPage: (position: number, size: number) => Effect.Effect<Page<A>, E, R>,
  pageSize: number | undefined
): Stream.Stream<A, E, R> => {
  const size = pageSizeOf(pageSize)
  return Stream.paginate(
    0,
    (position) => Effect.map(fetchPage(position, size), (page) => [page.items, nextPosition(page, size)] as const)
  )
}

/**
 * One generated list operation's page, with its response for `X-Total-Count`.
 *
 * @internal
 */
export type FetchPage<F, A> = (
  filters: F | undefined,
  position: number,
  size: number
) => Effect.Effect<readonly [ReadonlyArray<A>, HttpClientResponse.HttpClientResponse], ScmError.ScmError, ScmHttpClient>

/**
 * `page`, `list` and `count` of one list operation, traced as `<name>.page` and `<name>.count`.
 * Pages come from the generated operation; `count` is a HEAD on `path`, which the spec lacks.
 *
 * @internal
 */
export const listOperations = <F extends object, A>(name: string, path: string, fetchPage: FetchPage<F, A>) => {
  const page = Effect.fn(`${name}.page`)(function*(filters: F | undefined, options: PageOptions) {
    const size = options.size ?? maxPageSize
    yield* Effect.annotateCurrentSpan({ "scm.position": options.position, "scm.size": size })
    const [items, response] = yield* fetchPage(filters, options.position, size)
    return { items, position: options.position, total: totalCount(response) } satisfies Page<A>
  })
  const list = (filters?: F, options?: ListOptions): Stream.Stream<A, ScmError.ScmError, ScmHttpClient> =>
    paginate((position, size) => page(filters, { position, size }), options?.pageSize)
  const count = Effect.fn(`${name}.count`)(function*(filters?: F) {
    return yield* headCount(path, query(filters))
  })
  return { page, list, count } as const
}
