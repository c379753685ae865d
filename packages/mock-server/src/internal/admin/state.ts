/**
 * What the mock holds, for the test controls (the dashboard, or `curl`): each area's records as
 * rows without secrets, paged and searched as SCM's lists are; an issued certificate's chain to
 * download; the time on the mock's `Clock`; and one queued fault removed.
 */
import { Clock, Effect, Result } from "effect"
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "effect/http"
import type { AreaRowsNow, ChainFile } from "../areas/index.js"
import { pagedResponse, pageOf } from "../http/paging.js"
import { literalParam, maxInt32, stringParam } from "../http/query.js"
import { withPathInteger } from "../http/routeHelpers.js"
import { badRequest, ErrorCode, jsonResponse, scmError } from "../http/scmErrors.js"
import { type AreaName, areaNames } from "../state/overview.js"

/** What the state routes read and change. */
export interface StateOperations {
  readonly rows: AreaRowsNow
  readonly chainFile: (area: "ssl" | "smime", id: number) => Effect.Effect<ChainFile | undefined>
  /** Removes the queued fault at `index` (as `GET /__admin/faults` lists them); false when there is none there. */
  readonly removeFault: (index: number) => Effect.Effect<boolean>
}

/** The text a search looks in: every value of the row, arrays included. */
const searchText = (row: object): string =>
  Object.values(row)
    .map((value) => (Array.isArray(value) ? value.join(" ") : String(value)))
    .join("\n")
    .toLowerCase()

/** `GET /__admin/state/{area}`: `q` (words, each found in some field, case aside), `order` (`desc`, newest first, or `asc`), `position`, `size`. */
const areaPage = (rows: AreaRowsNow) =>
  Effect.flatMap(Effect.all([HttpRouter.params, HttpServerRequest.ParsedSearchParams, HttpServerRequest.HttpServerRequest]), ([path, query, request]) => {
    const area = areaNames.find((name) => name === path["area"])
    if (area === undefined) return Effect.succeed(scmError(404, ErrorCode.generic, `No area ${JSON.stringify(path["area"])}: one of ${areaNames.join(", ")}`))
    const parsed = Result.all([pageOf(query), stringParam(query, "q", 200), literalParam(query, "order", ["asc", "desc"] as const)])
    return Result.match(parsed, {
      onFailure: (description) => Effect.succeed(badRequest(description)),
      onSuccess: ([page, q, order]) =>
        Effect.map(rowsOf(rows, area), (all) => {
          const words = (q ?? "").toLowerCase().split(/\s+/).filter((word) => word !== "")
          const matching = words.length === 0 ? all : all.filter((row) => {
            const text = searchText(row)
            return words.every((word) => text.includes(word))
          })
          return pagedResponse(order === "asc" ? matching : [...matching].reverse(), page, request.method === "HEAD", (row) => row)
        })
    })
  })

const rowsOf = (rows: AreaRowsNow, area: AreaName): Effect.Effect<ReadonlyArray<object>> => rows[area]

/** `GET /__admin/{ssl|smime}/{id}/chain`: the PEM chain as a file; 404 for a certificate that is unknown or was never issued. */
const chain = (ops: StateOperations, area: "ssl" | "smime") =>
  withPathInteger("id", 1, maxInt32, (id) =>
    Effect.map(ops.chainFile(area, id), (file) =>
      file === undefined
        ? scmError(404, ErrorCode.generic, `No issued ${area === "ssl" ? "SSL" : "S/MIME"} certificate ${id}`)
        : HttpServerResponse.uint8Array(file.pem, {
          status: 200,
          contentType: "application/x-pem-file",
          headers: { "content-disposition": `attachment; filename="${file.fileName}"` }
        })))

/** `DELETE /__admin/faults/{index}`: 204, or 404 when the queue has no fault there. */
const removeFault = (ops: StateOperations) =>
  withPathInteger("index", 0, maxInt32, (index) =>
    Effect.map(ops.removeFault(index), (removed) =>
      removed ? HttpServerResponse.empty({ status: 204 }) : scmError(404, ErrorCode.generic, `No queued fault at index ${index}`)))

/** `GET /__admin/clock`: the time on the mock's `Clock` (a test's `TestClock` moves it). */
const clock = Effect.map(Clock.currentTimeMillis, (now) => jsonResponse(200, { now: new Date(now).toISOString() }))

/** The routes of what the mock holds. */
export const stateRoutes = (ops: StateOperations): ReadonlyArray<HttpRouter.Route> => [
  HttpRouter.route("GET", "/__admin/state/:area", areaPage(ops.rows)),
  HttpRouter.route("GET", "/__admin/ssl/:id/chain", chain(ops, "ssl")),
  HttpRouter.route("GET", "/__admin/smime/:id/chain", chain(ops, "smime")),
  HttpRouter.route("DELETE", "/__admin/faults/:index", removeFault(ops)),
  HttpRouter.route("GET", "/__admin/clock", clock)
]
