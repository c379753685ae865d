/**
 * The Journal tab: the requests as the mock journals them, newest first, polled every half
 * second (`GET /__admin/requests?since=<last id>`); filters by path, scheme and status; a request
 * opens to its headers and body, secrets redacted, exactly as the journal stores them.
 */
import type { JournalEntry, JournalRequest } from "../../journal.js"
import { call, getJson } from "./api.js"
import { button, field, h, replaceChildren, row, showTime, showTimeOfDay, table, uniqueId } from "./dom.js"
import { run } from "./notices.js"
import { whileShown } from "./refresh.js"

/** How often the journal is asked for what is new. */
const pollMs = 500
/** The most rows shown at once: the newest matching ones. */
const maxShown = 200

const schemes = [["", "any"], ["token", "token"], ["oauth2", "oauth2"], ["password", "password"], ["certificate", "certificate"], ["none", "none"]] as const

/** Whether a status matches what the filter says: `404`, `4xx`, or nothing. */
const statusMatcher = (text: string): ((status: number) => boolean) | undefined => {
  const wanted = text.trim().toLowerCase()
  if (wanted === "") return () => true
  if (/^\d{1,3}$/.test(wanted)) return (status) => status === Number(wanted)
  if (/^[0-5]xx$/.test(wanted)) return (status) => Math.floor(status / 100) === Number(wanted[0])
  return undefined
}

/** `ok`, `redirect`, `client` or `server` (0, a dropped connection, counts as a server fault). */
export const statusClass = (status: number): string =>
  status >= 200 && status < 300 ? "ok" : status >= 300 && status < 400 ? "redirect" : status >= 400 && status < 500 ? "client" : "server"

/** A body as the detail shows it: JSON indented, anything else as it is. */
const showBody = (body: string): string => {
  try {
    return JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    return body
  }
}

/** The Journal panel and what starts and stops its polling. */
export const journalPanel = () => {
  let entries: Array<JournalEntry> = []
  let lastId = 0
  /** The oldest id the journal held at the last poll: it never goes down on one server. */
  let knownFirstId = 0
  let paused = false
  let selected: number | undefined

  const path = h("input", { attrs: { type: "search", autocomplete: "off", spellcheck: "false", placeholder: "/api/ssl" } })
  const scheme = h("select", {}, ...schemes.map(([value, label]) => h("option", { attrs: { value } }, label)))
  const status = h("input", { attrs: { type: "text", inputmode: "numeric", autocomplete: "off", size: 5, placeholder: "4xx" } })
  const pause = button("Pause", () => {
    paused = !paused
    pause.textContent = paused ? "Resume" : "Pause"
    pause.setAttribute("aria-pressed", String(paused))
    if (!paused) void refresh.now()
  }, { attrs: { "aria-pressed": "false" } })
  const clear = button("Clear journal", () => {
    void run("Clearing the journal", () => call("DELETE", "/__admin/requests"), "Journal cleared").then(() => refresh.now())
  })
  const count = h("p", { className: "count", attrs: { "aria-live": "off" } })
  const list = table("Requests, newest first", ["Time", "Method", "Path", "Scheme", "Status", "Duration"])
  list.element.classList.add("journal-table")
  const detailId = uniqueId("request")
  const detail = h("section", { id: detailId, className: "detail", attrs: { "aria-label": "Request details", hidden: true } })

  const render = () => {
    const text = path.value.trim().toLowerCase()
    const wantedScheme = scheme.value
    const statusOk = statusMatcher(status.value)
    status.setAttribute("aria-invalid", String(statusOk === undefined))
    const matching = entries.filter((entry) =>
      (text === "" || entry.path.toLowerCase().includes(text)) &&
      (wantedScheme === "" || (entry.scheme ?? "none") === wantedScheme) &&
      (statusOk === undefined || statusOk(entry.status))
    )
    const shown = matching.slice(-maxShown).reverse()
    replaceChildren(
      count,
      `${matching.length} of ${entries.length} requests${matching.length > maxShown ? `, the newest ${maxShown} shown` : ""}`
    )
    replaceChildren(
      list.body,
      ...shown.map((entry) =>
        row([
          h("time", { attrs: { datetime: entry.at, title: entry.at } }, showTimeOfDay(entry.at)),
          entry.method,
          h("button", {
            className: "link path",
            attrs: { type: "button", "aria-controls": detailId, "aria-current": entry.id === selected ? "true" : undefined, "data-id": entry.id },
            on: { click: () => void open(entry.id) }
          }, entry.path),
          entry.scheme ?? "none",
          h("span", { className: `status ${statusClass(entry.status)}` }, entry.status === 0 ? "0 dropped" : entry.status),
          `${entry.durationMs.toFixed(1)} ms`
        ], { className: entry.id === selected ? "selected" : "", attrs: { "data-id": entry.id } }))
    )
  }

  const open = async (id: number) => {
    selected = id
    render()
    showDetail(true)
    const heading = h("h3", { attrs: { tabindex: -1 } }, `Request ${id}`)
    const close = button("Close", () => {
      selected = undefined
      showDetail(false)
      render()
      list.body.querySelector<HTMLElement>(`button[data-id="${id}"]`)?.focus()
    })
    try {
      const request = await getJson<JournalRequest>(`/__admin/requests/${id}`)
      const headers = table("Headers as sent, secrets redacted", ["Name", "Value"], false)
      replaceChildren(headers.body, ...request.headers.map(([name, value]) => row([name, value])))
      replaceChildren(
        detail,
        h("div", { className: "detail-head" }, heading, close),
        h("p", { className: "summary" }, `${request.method} `, h("code", {}, request.path)),
        h(
          "dl",
          {},
          h("dt", {}, "Scheme"),
          h("dd", {}, request.scheme ?? "none"),
          h("dt", {}, "Status"),
          h("dd", {}, h("span", { className: `status ${statusClass(request.status)}` }, request.status)),
          h("dt", {}, "Duration"),
          h("dd", {}, `${request.durationMs.toFixed(1)} ms`),
          h("dt", {}, "Time"),
          h("dd", {}, showTime(request.at))
        ),
        headers.element,
        h("h4", {}, "Body"),
        request.body === null
          ? h("p", { className: "hint" }, "No body: the mock read none (a GET, or a request refused before its body).")
          : h(
            "div",
            {},
            request.bodyLength !== null && request.bodyLength > request.body.length
              ? h("p", { className: "hint" }, `The first ${request.body.length} of ${request.bodyLength} characters.`)
              : null,
            h("pre", { className: "body", attrs: { tabindex: 0, "aria-label": "Request body, secrets redacted" } }, showBody(request.body))
          )
      )
    } catch (error) {
      replaceChildren(detail, h("div", { className: "detail-head" }, heading, close), h("p", {}, `Not available: ${String(error instanceof Error ? error.message : error)}`))
    }
    heading.focus()
  }

  const poll = async (): Promise<void> => {
    if (paused) return
    try {
      const response = await call("GET", `/__admin/requests?since=${lastId}`)
      const fresh = (await response.json()) as ReadonlyArray<JournalEntry>
      const firstId = Number(response.headers.get("x-journal-first-id") ?? "1")
      if (firstId < knownFirstId) {
        // Another server now answers at this address (a restarted mock): its ids start again.
        knownFirstId = 0
        lastId = 0
        entries = []
        render()
        return poll()
      }
      knownFirstId = firstId
      const before = entries.length
      const kept = entries.filter((entry) => entry.id >= firstId)
      entries = fresh.length === 0 ? kept : [...kept, ...fresh]
      lastId = Math.max(lastId, firstId - 1, ...fresh.map((entry) => entry.id))
      if (fresh.length > 0 || kept.length !== before) render()
      connection.textContent = ""
    } catch (error) {
      connection.textContent = `The journal could not be read: ${error instanceof Error ? error.message : String(error)}. Retrying.`
    }
  }
  const refresh = whileShown(poll, pollMs)

  const connection = h("p", { className: "notice error", attrs: { role: "alert" } })
  const split = h("div", { className: "split" }, h("div", { className: "scroll" }, list.element), detail)
  /** Shows or hides the detail beside the list. */
  const showDetail = (on: boolean) => {
    detail.hidden = !on
    split.classList.toggle("with-detail", on)
  }
  for (const control of [path, status]) control.addEventListener("input", render)
  scheme.addEventListener("change", render)

  const element = h(
    "div",
    { className: "journal" },
    h(
      "form",
      { className: "toolbar", attrs: { role: "search", "aria-label": "Filter the journal" }, on: { submit: (event) => event.preventDefault() } },
      field("Path contains", path),
      field("Scheme", scheme),
      field("Status", status, "200, 4xx, 0 for dropped"),
      h("div", { className: "actions" }, pause, clear)
    ),
    connection,
    count,
    split
  )
  render()
  return { element, show: refresh.show, hide: refresh.hide }
}
