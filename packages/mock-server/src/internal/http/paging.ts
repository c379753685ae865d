/**
 * SCM's pagination: `position` (0-based offset) and `size` (0 to 200; 200 when absent), the total
 * of matches in `X-Total-Count`, and `HEAD` answering that header alone.
 */
import { HttpServerResponse } from "effect/http"
import { Result } from "effect"
import { integerParam, maxInt32, type QueryParams } from "./query.js"
import { jsonResponse } from "./scmErrors.js"

/** SCM's page size limit. */
export const maxPageSize = 200

/** Where a page starts and how long it is. */
export interface Page {
  readonly position: number
  readonly size: number
}

/** The page a query asks for, or why it is refused. */
export const pageOf = (params: QueryParams): Result.Result<Page, string> =>
  Result.gen(function* () {
    return {
      position: (yield* integerParam(params, "position", 0, maxInt32)) ?? 0,
      // Without `size` a page is as large as SCM allows; a client that never paginates sees only 200.
      size: (yield* integerParam(params, "size", 0, maxPageSize)) ?? maxPageSize
    }
  })

/** The page of `matching` (sent through `view`) with the total; for HEAD the total alone. */
export const pagedResponse = <A>(
  matching: ReadonlyArray<A>,
  page: Page,
  head: boolean,
  view: (item: A) => unknown
): HttpServerResponse.HttpServerResponse => {
  const headers = { "x-total-count": String(matching.length) }
  if (head) return HttpServerResponse.empty({ status: 200, headers })
  return jsonResponse(200, matching.slice(page.position, page.position + page.size).map(view), headers)
}
