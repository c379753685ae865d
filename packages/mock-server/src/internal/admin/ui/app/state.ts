/**
 * The State tab: what the mock holds, area by area (SSL and S/MIME certificates, domains, ACME
 * accounts, persons, admins), from `GET /__admin/state/{area}`: newest first, searched, paged,
 * read again every second while shown so that a certificate issued by the moving Clock shows it.
 */
import {
  type AcmeAccountRow,
  type AdminRow,
  type AreaName,
  type AreaRows,
  type CertificateRow,
  type DomainRow,
  type PersonRow
} from "../../../state/overview.js"
import { call, getPage } from "./api.js"
import { button, type Child, field, h, replaceChildren, row, showTime, table } from "./dom.js"
import { run, warn } from "./notices.js"
import { whileShown } from "./refresh.js"
import { makeTabs } from "./tabs.js"

/** How often the shown page is read again. */
const refreshMs = 1000
const pageSize = 25

/** A column: its heading and its cell for a row. */
interface Column<A> {
  readonly heading: string
  readonly cell: (row: A) => Child
}

const list = (values: ReadonlyArray<string | number>): string => values.join(", ")

/** The chain of a certificate that was issued, as a file to download. */
const chainLink = (area: "ssl" | "smime", certificate: CertificateRow): Child =>
  certificate.downloadable
    ? h("a", { attrs: { href: `/__admin/${area}/${certificate.id}/chain`, download: "" } }, "PEM chain", h("span", { className: "visually-hidden" }, ` of ${certificate.subject}`))
    : null

const statusBadge = (status: string): Child => h("span", { className: `badge ${status.toLowerCase().replace(/[^a-z]/g, "-")}` }, status)

const certificateColumns = (area: "ssl" | "smime", refresh: () => void): ReadonlyArray<Column<CertificateRow>> => [
  { heading: "ID", cell: (row) => (row.orderNumber === undefined ? row.id : `${row.id} (order ${row.orderNumber})`) },
  { heading: area === "ssl" ? "Common name" : "E-mail", cell: (row) => h("span", { className: "subject" }, row.subject) },
  { heading: "Status", cell: (row) => statusBadge(row.status) },
  { heading: "Profile", cell: (row) => row.profile },
  { heading: "Org", cell: (row) => row.orgId ?? "" },
  { heading: "Expires", cell: (row) => showTime(row.expires) },
  { heading: area === "ssl" ? "Names" : "Other e-mails", cell: (row) => list(row.names) },
  {
    heading: "Chain",
    cell: (row) =>
      area === "ssl" && (row.status === "Applied" || row.status === "Requested")
        ? button("Issue now", () => {
          void run(`Issuing certificate ${row.id}`, () => call("POST", `/__admin/ssl/${row.id}/issue`), `Certificate ${row.id} issued`).then(refresh)
        }, { attrs: { "aria-label": `Issue certificate ${row.id} now` } })
        : chainLink(area, row)
  }
]

const domainColumns: ReadonlyArray<Column<DomainRow>> = [
  { heading: "ID", cell: (row) => row.id },
  { heading: "Domain", cell: (row) => h("span", { className: "subject" }, row.name) },
  { heading: "Active", cell: (row) => (row.active ? "yes" : "suspended") },
  { heading: "DCV status", cell: (row) => statusBadge(row.dcvStatus) },
  { heading: "DCV method", cell: (row) => row.dcvMethod ?? "" },
  { heading: "DCV order", cell: (row) => (row.orderMode === null ? row.orderStatus : `${row.orderStatus} (${row.orderMode})`) },
  { heading: "Validated until", cell: (row) => showTime(row.dcvExpires) },
  { heading: "Delegated to", cell: (row) => list(row.delegatedTo) }
]

const acmeColumns: ReadonlyArray<Column<AcmeAccountRow>> = [
  { heading: "ID", cell: (row) => row.id },
  { heading: "Name", cell: (row) => h("span", { className: "subject" }, row.name) },
  { heading: "Kind", cell: (row) => (row.profile === null ? row.kind : `${row.kind}: ${row.profile}`) },
  { heading: "Org", cell: (row) => row.organizationId },
  { heading: "Server", cell: (row) => row.acmeServer },
  { heading: "Status", cell: (row) => statusBadge(row.status) },
  { heading: "Domains", cell: (row) => list(row.domains) },
  { heading: "Clients", cell: (row) => row.clients }
]

const personColumns: ReadonlyArray<Column<PersonRow>> = [
  { heading: "ID", cell: (row) => row.id },
  { heading: "Name", cell: (row) => h("span", { className: "subject" }, row.name) },
  { heading: "E-mail", cell: (row) => row.email },
  { heading: "Org", cell: (row) => row.organizationId },
  { heading: "Validation", cell: (row) => row.validationType }
]

const adminColumns: ReadonlyArray<Column<AdminRow>> = [
  { heading: "ID", cell: (row) => row.id },
  { heading: "Login", cell: (row) => h("span", { className: "subject" }, row.login) },
  { heading: "Name", cell: (row) => row.name },
  { heading: "E-mail", cell: (row) => row.email },
  { heading: "Type", cell: (row) => row.type },
  { heading: "Status", cell: (row) => statusBadge(row.status) },
  { heading: "Roles", cell: (row) => list(row.roles) }
]

const labels: Readonly<Record<AreaName, string>> = {
  ssl: "SSL certificates",
  smime: "S/MIME certificates",
  domains: "Domains",
  acme: "ACME accounts",
  persons: "Persons",
  admins: "Admins"
}

/** One area's list: search, pages, and its table read again while it is shown. */
const areaList = <A extends AreaName>(area: A, columns: (refresh: () => void) => ReadonlyArray<Column<AreaRows[A]>>) => {
  let position = 0
  let total = 0
  let shownText = ""
  let searchTimer: ReturnType<typeof setTimeout> | undefined

  const search = h("input", { attrs: { type: "search", autocomplete: "off", spellcheck: "false", placeholder: "words in any field" } })
  const previous = button("Previous page", () => void turn(-pageSize))
  const next = button("Next page", () => void turn(pageSize))
  const range = h("p", { className: "count", attrs: { "aria-live": "polite" } })
  const cols = columns(() => void refresh.now())
  const rows = table(`${labels[area]}, newest first`, cols.map((column) => column.heading))

  const load = async (): Promise<void> => {
    try {
      const query = new URLSearchParams({ position: String(position), size: String(pageSize) })
      if (search.value.trim() !== "") query.set("q", search.value.trim())
      const page = await getPage<AreaRows[A]>(`/__admin/state/${area}?${query.toString()}`)
      total = page.total
      if (position > 0 && position >= total) {
        position = Math.max(0, Math.floor((total - 1) / pageSize) * pageSize)
        return load()
      }
      const text = JSON.stringify(page.rows)
      // Drawn again only when something changed, so a focused button keeps its focus.
      if (text !== shownText) {
        shownText = text
        replaceChildren(rows.body, ...page.rows.map((item) => row(cols.map((column) => column.cell(item)))))
      }
      const rangeText = total === 0 ? "Nothing matches" : `${position + 1}–${Math.min(position + pageSize, total)} of ${total}`
      if (range.textContent !== rangeText) range.textContent = rangeText
      previous.disabled = position === 0
      next.disabled = position + pageSize >= total
    } catch (error) {
      warn(`Reading ${labels[area]}`, error)
    }
  }
  const refresh = whileShown(load, refreshMs)

  const turn = (by: number) => {
    position = Math.max(0, position + by)
    return refresh.now()
  }

  search.addEventListener("input", () => {
    if (searchTimer !== undefined) clearTimeout(searchTimer)
    searchTimer = setTimeout(() => {
      position = 0
      void refresh.now()
    }, 250)
  })

  const element = h(
    "div",
    { className: "area" },
    h(
      "form",
      { className: "toolbar", attrs: { role: "search", "aria-label": `Search ${labels[area]}` }, on: { submit: (event) => event.preventDefault() } },
      field(`Search ${labels[area]}`, search),
      h("div", { className: "actions" }, previous, next)
    ),
    range,
    h("div", { className: "scroll" }, rows.element)
  )
  return { element, show: refresh.show, hide: refresh.hide }
}

/** The State panel: one tab per area, and what starts and stops reading the shown one. */
export const statePanel = () => {
  const areas = {
    ssl: areaList("ssl", (refresh) => certificateColumns("ssl", refresh)),
    smime: areaList("smime", (refresh) => certificateColumns("smime", refresh)),
    domains: areaList("domains", () => domainColumns),
    acme: areaList("acme", () => acmeColumns),
    persons: areaList("persons", () => personColumns),
    admins: areaList("admins", () => adminColumns)
  }
  let visible = false
  const tabs = makeTabs(
    "Area",
    (Object.keys(areas) as Array<AreaName>).map((key) => ({
      key,
      label: labels[key],
      panel: areas[key].element,
      onShow: () => {
        if (visible) areas[key].show()
      },
      onHide: () => areas[key].hide()
    }))
  )
  tabs.select("ssl")
  const element = h("div", { className: "state" }, tabs.list, ...tabs.panels)
  return {
    element,
    show: () => {
      visible = true
      areas[tabs.selected() as AreaName].show()
    },
    hide: () => {
      visible = false
      areas[tabs.selected() as AreaName].hide()
    }
  }
}
