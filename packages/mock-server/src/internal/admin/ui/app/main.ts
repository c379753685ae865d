/**
 * The mock's dashboard: three tabs (Journal, State, Faults and settings) under a header that shows
 * the time on the mock's Clock. Served by the mock itself at `/__admin/ui`, as one script and one
 * style sheet, under a Content-Security-Policy that runs nothing else.
 */
import { getJson } from "./api.js"
import { h, replaceChildren } from "./dom.js"
import { faultsPanel } from "./faults.js"
import { journalPanel } from "./journal.js"
import { noticeRegions } from "./notices.js"
import { statePanel } from "./state.js"
import { makeTabs } from "./tabs.js"

const clock = h("time", { className: "clock" })

/** Reads the mock's Clock every second (a test's TestClock may jump). */
const tick = async () => {
  try {
    const { now } = await getJson<{ readonly now: string }>("/__admin/clock")
    clock.dateTime = now
    replaceChildren(clock, `${now.slice(0, 10)} ${now.slice(11, 19)} UTC`)
  } catch {
    replaceChildren(clock, "unreachable")
  }
  setTimeout(() => void tick(), 1000)
}

const start = () => {
  const journal = journalPanel()
  const state = statePanel()
  const faults = faultsPanel()
  const panels = { journal, state, faults }
  const tabs = makeTabs(
    "Dashboard",
    [
      { key: "journal", label: "Journal", panel: journal.element, onShow: journal.show, onHide: journal.hide },
      { key: "state", label: "State", panel: state.element, onShow: state.show, onHide: state.hide },
      { key: "faults", label: "Faults and settings", panel: faults.element, onShow: faults.show, onHide: faults.hide }
    ],
    (key) => {
      if (location.hash !== `#${key}`) history.replaceState(null, "", `#${key}`)
    }
  )
  const fromHash = () => location.hash.slice(1) in panels ? location.hash.slice(1) : "journal"
  window.addEventListener("hashchange", () => tabs.select(fromHash()))

  const main = h("main", { id: "main" }, tabs.list, ...tabs.panels)
  document.body.replaceChildren(
    h("a", { className: "skip", attrs: { href: "#main" } }, "Skip to the dashboard"),
    h(
      "header",
      { className: "top" },
      h("h1", {}, "SCM mock ", h("span", { className: "muted" }, "dashboard")),
      h("p", { className: "clock-line" }, "Mock time: ", clock),
      noticeRegions()
    ),
    main
  )
  tabs.select(fromHash())
  void tick()
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start)
else start()
