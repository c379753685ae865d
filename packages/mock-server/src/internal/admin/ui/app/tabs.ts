/**
 * Tabs as the WAI-ARIA tabs pattern has them: a `tablist` of `tab` buttons, each controlling a
 * `tabpanel`; one tab in the Tab order (the selected one), the arrow keys, Home and End moving
 * between tabs, and selection following focus.
 */
import { h, uniqueId } from "./dom.js"

/** One tab: its label, its panel's content, and what to do when it is shown or hidden. */
export interface TabSpec {
  readonly key: string
  readonly label: string
  readonly panel: HTMLElement
  readonly onShow?: () => void
  readonly onHide?: () => void
}

/** The tab list and its panels. */
export interface Tabs {
  readonly list: HTMLElement
  readonly panels: ReadonlyArray<HTMLElement>
  readonly select: (key: string, focus?: boolean) => void
  readonly selected: () => string
}

/** Makes tabs named `label` (for assistive technology); `onSelect` hears every change. */
export const makeTabs = (label: string, specs: ReadonlyArray<TabSpec>, onSelect: (key: string) => void = () => {}): Tabs => {
  const tabs = specs.map((spec) => {
    const tabId = uniqueId("tab")
    const panelId = uniqueId("panel")
    const tab = h("button", {
      id: tabId,
      className: "tab",
      attrs: { type: "button", role: "tab", "aria-controls": panelId, "aria-selected": "false", tabindex: -1, "data-key": spec.key }
    }, spec.label)
    const panel = h("section", { id: panelId, className: "panel", attrs: { role: "tabpanel", "aria-labelledby": tabId, tabindex: 0, hidden: true } }, spec.panel)
    return { spec, tab, panel }
  })
  let current = ""

  const select = (key: string, focus = false) => {
    const target = tabs.find((candidate) => candidate.spec.key === key) ?? tabs[0]
    if (target === undefined) return
    for (const item of tabs) {
      const on = item === target
      item.tab.setAttribute("aria-selected", String(on))
      item.tab.tabIndex = on ? 0 : -1
      item.panel.hidden = !on
      if (!on && item.spec.key === current) item.spec.onHide?.()
    }
    if (focus) target.tab.focus()
    if (current !== target.spec.key) {
      current = target.spec.key
      target.spec.onShow?.()
      onSelect(current)
    }
  }

  const list = h("div", { className: "tablist", attrs: { role: "tablist", "aria-label": label } }, ...tabs.map((item) => item.tab))
  list.addEventListener("click", (event) => {
    const tab = (event.target as Element).closest("[role=tab]")
    if (tab instanceof HTMLElement && tab.dataset["key"] !== undefined) select(tab.dataset["key"], true)
  })
  list.addEventListener("keydown", (event) => {
    const index = tabs.findIndex((item) => item.tab === document.activeElement)
    if (index === -1) return
    const last = tabs.length - 1
    const next = event.key === "ArrowRight" || event.key === "ArrowDown"
      ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" || event.key === "ArrowUp"
      ? (index === 0 ? last : index - 1)
      : event.key === "Home"
      ? 0
      : event.key === "End"
      ? last
      : undefined
    if (next === undefined) return
    event.preventDefault()
    const key = tabs[next]?.spec.key
    if (key !== undefined) select(key, true)
  })
  return { list, panels: tabs.map((item) => item.panel), select, selected: () => current }
}
