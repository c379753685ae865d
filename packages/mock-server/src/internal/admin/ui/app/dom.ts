/**
 * Building the page: elements made with `createElement`, text set as text. Nothing here (or
 * anywhere in the dashboard) parses markup: a certificate's common name or a request path that
 * holds `<script>` is shown as those characters, never run.
 */

/** A child of an element: a node, text (numbers included), or nothing. */
export type Child = Node | string | number | null | undefined | false

/** What an element is made with. */
export interface Props {
  readonly className?: string
  readonly id?: string
  /** Attributes, as text: `aria-*`, `role`, `type`, `for` ... */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void }
}

/** An element of `tag` with `props` and `children` (text as text nodes). */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: ReadonlyArray<Child>): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  if (props.className !== undefined) element.className = props.className
  if (props.id !== undefined) element.id = props.id
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? "" : String(value))
  }
  for (const [name, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(name, listener as EventListener)
  }
  append(element, children)
  return element
}

/** Appends `children`, text as text nodes. */
export const append = (parent: Node, children: ReadonlyArray<Child>): void => {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child)
  }
}

/** Replaces the children of `parent`. */
export const replaceChildren = (parent: Element, ...children: ReadonlyArray<Child>): void => {
  parent.replaceChildren()
  append(parent, children)
}

let ids = 0

/** A page-unique id, for `for`, `aria-controls` and `aria-labelledby`. */
export const uniqueId = (prefix: string): string => `${prefix}-${++ids}`

/** A labelled form control: the label names the control for assistive technology. */
export const field = (label: string, control: HTMLElement, hint?: string): HTMLElement => {
  const id = control.id === "" ? (control.id = uniqueId("field")) : control.id
  const hintElement = hint === undefined ? undefined : h("span", { className: "hint", id: `${id}-hint` }, hint)
  if (hintElement !== undefined) control.setAttribute("aria-describedby", hintElement.id)
  return h("div", { className: "field" }, h("label", { attrs: { for: id } }, label), control, hintElement)
}

/** A button that runs `action`. */
export const button = (label: string, action: () => void, props: Props = {}): HTMLButtonElement =>
  h("button", { ...props, attrs: { type: "button", ...props.attrs }, on: { click: action, ...props.on } }, label)

/**
 * A form whose submission stays in the page: `submit` runs only once the browser finds every
 * control valid (the ranges and patterns of its inputs), after showing what is not; a `submit`
 * listener in `props` hears every attempt first.
 */
export const checkedForm = (props: Props, submit: () => void, ...children: ReadonlyArray<Child>): HTMLFormElement => {
  const form: HTMLFormElement = h("form", {
    ...props,
    on: {
      ...props.on,
      submit: (event) => {
        event.preventDefault()
        props.on?.submit?.(event)
        if (form.reportValidity()) submit()
      }
    }
  }, ...children)
  return form
}

/** A table with a caption (visually hidden when `hideCaption`), a header row and a body to fill. */
export const table = (caption: string, headings: ReadonlyArray<string>, hideCaption = true) => {
  const body = h("tbody")
  const element = h(
    "table",
    {},
    h("caption", { className: hideCaption ? "visually-hidden" : "" }, caption),
    h("thead", {}, h("tr", {}, ...headings.map((heading) => h("th", { attrs: { scope: "col" } }, heading)))),
    body
  )
  return { element, body }
}

/** A row of cells, each text or a node. */
export const row = (cells: ReadonlyArray<Child>, props: Props = {}): HTMLTableRowElement => h("tr", props, ...cells.map((cell) => h("td", {}, cell)))

/** An RFC 3339 time as the dashboard shows it: date and time to the second, in UTC (the mock's Clock may be a test's). */
export const showTime = (iso: string | null): string => (iso === null ? "" : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`)

/** The time of day to the millisecond, for the journal. */
export const showTimeOfDay = (iso: string): string => iso.slice(11, 23)
