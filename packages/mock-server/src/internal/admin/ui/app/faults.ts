/**
 * The Faults and settings tab: the queued faults (each removable, or all at once), a form that
 * adds one with the fields of `POST /__admin/faults` (the browser checks the ranges as you type;
 * the admin API checks the rest and its refusal is shown as it words it), the token lifetime, the
 * SSL issuance settings, revoking every token, and a reset of the whole mock.
 */
import type { FaultSpec } from "../../faults.js"
import type { IssuanceSettings } from "../../../areas/ssl/index.js"
import { call, getJson } from "./api.js"
import { button, checkedForm, field, h, replaceChildren, row, table } from "./dom.js"
import { announce, run, warn } from "./notices.js"
import { whileShown } from "./refresh.js"

const methods = ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"]
const maxDelayMs = 600_000
const maxTokenTtl = 31_536_000

/** What a fault does, in a few words. */
const effectOf = (fault: FaultSpec): string =>
  [
    fault.status === undefined ? undefined : `answers ${fault.status}${fault.body === undefined ? "" : " with a body"}`,
    fault.drop === true ? "drops the connection" : undefined,
    fault.emptyOk === true ? "empty 200 for a pending collect" : undefined,
    fault.delayMs === undefined ? undefined : `after ${fault.delayMs} ms`
  ].filter((part) => part !== undefined).join(", ")

/** `Name: value` lines as a header record; a line without a colon is refused. */
const headerLines = (text: string): Record<string, string> | string => {
  const headers: Record<string, string> = {}
  for (const line of text.split("\n").map((candidate) => candidate.trim()).filter((candidate) => candidate !== "")) {
    const colon = line.indexOf(":")
    if (colon <= 0) return `"${line}" is not a "Name: value" header line`
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return headers
}

const numberInput = (min: number, max: number, extra: Readonly<Record<string, string | number>> = {}) =>
  h("input", { attrs: { type: "number", inputmode: "numeric", min, max, step: 1, ...extra } })

const checkbox = (label: string, hint?: string) => {
  const input = h("input", { attrs: { type: "checkbox" } })
  const element = h("div", { className: "check" }, h("label", {}, input, ` ${label}`), hint === undefined ? null : h("span", { className: "hint" }, hint))
  return { input, element }
}

/** The form that adds a fault. */
const faultForm = (added: () => void) => {
  const method = h("input", { attrs: { type: "text", list: "fault-methods", autocomplete: "off", spellcheck: "false", pattern: "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+", placeholder: "any" } })
  const path = h("input", { attrs: { type: "text", required: true, autocomplete: "off", spellcheck: "false", pattern: "/.*", placeholder: "/api/ssl/v1/types" } })
  const match = h("select", {}, h("option", { attrs: { value: "exact" } }, "exact"), h("option", { attrs: { value: "prefix" } }, "prefix"))
  const times = numberInput(1, Number.MAX_SAFE_INTEGER, { placeholder: "1" })
  const status = numberInput(200, 599, { placeholder: "503" })
  const headers = h("textarea", { attrs: { rows: 2, spellcheck: "false", placeholder: "Retry-After: 2" } })
  const body = h("textarea", { attrs: { rows: 3, spellcheck: "false", placeholder: "{\"code\": -1, \"description\": \"...\"}" } })
  const bodyIsJson = checkbox("Send the body as JSON", "Unchecked, the body is sent as text.")
  const delay = numberInput(0, maxDelayMs, { placeholder: "0" })
  const drop = checkbox("Drop the connection")
  const emptyOk = checkbox("Empty 200 for a collect that is not ready", "In place of -183 or -1400, as real SCM sometimes answers.")
  const error = h("p", { className: "notice error", attrs: { role: "alert" } })
  bodyIsJson.input.checked = true

  const spec = (): Record<string, unknown> | string => {
    const fault: Record<string, unknown> = { path: path.value.trim(), match: match.value }
    if (method.value.trim() !== "") fault["method"] = method.value.trim().toUpperCase()
    if (times.value !== "") fault["times"] = Number(times.value)
    if (status.value !== "") fault["status"] = Number(status.value)
    if (delay.value !== "") fault["delayMs"] = Number(delay.value)
    if (drop.input.checked) fault["drop"] = true
    if (emptyOk.input.checked) fault["emptyOk"] = true
    const headerRecord = headerLines(headers.value)
    if (typeof headerRecord === "string") return headerRecord
    if (Object.keys(headerRecord).length > 0) fault["headers"] = headerRecord
    if (body.value !== "") {
      if (bodyIsJson.input.checked) {
        try {
          fault["body"] = JSON.parse(body.value)
        } catch {
          return "The body is not valid JSON (uncheck \"Send the body as JSON\" to send it as text)"
        }
      } else {
        fault["body"] = body.value
      }
    }
    return fault
  }

  const form = checkedForm(
    {
      className: "fault-form",
      attrs: { "aria-labelledby": "add-fault-heading" },
      // The last refusal goes as soon as the form is sent again, valid or not.
      on: { submit: () => replaceChildren(error) }
    },
    () => {
      const fault = spec()
      if (typeof fault === "string") {
        replaceChildren(error, fault)
        return
      }
      void call("POST", "/__admin/faults", fault).then(
        () => {
          announce(`Fault added for ${fault["path"]}`)
          added()
        },
        (refusal: unknown) => replaceChildren(error, refusal instanceof Error ? refusal.message : String(refusal))
      )
    },
    h("h3", { id: "add-fault-heading" }, "Add a fault"),
    h("datalist", { id: "fault-methods" }, ...methods.map((name) => h("option", { attrs: { value: name } }))),
    h(
      "div",
      { className: "grid" },
      field("Path", path, "Starts with /; the query is not compared."),
      field("Match", match),
      field("Method", method, "Any when empty."),
      field("Times", times, "How many requests it applies to."),
      field("Status", status, "200 to 599: answer with it."),
      field("Delay (ms)", delay, `0 to ${maxDelayMs}, on the mock's Clock.`)
    ),
    field("Headers", headers, "One \"Name: value\" per line; needs a status."),
    field("Body", body, "Needs a status."),
    bodyIsJson.element,
    drop.element,
    emptyOk.element,
    error,
    h("div", { className: "actions" }, h("button", { attrs: { type: "submit" } }, "Add fault"))
  )
  return form
}

/** A fault as the queue lists it, but for the uses it has left (they go down as requests arrive). */
const withoutTimes = ({ times: _times, ...rest }: FaultSpec): string => JSON.stringify(rest)

/**
 * Removes the fault shown at `shownIndex`. The admin API removes by place in the queue, and the
 * place moves when a fault ahead is used up between the last read and the click: the queue is
 * read again and the same fault (the nearest one alike) removed where it is now.
 */
const removeFault = async (fault: FaultSpec, shownIndex: number): Promise<void> => {
  const wanted = withoutTimes(fault)
  const places = (await getJson<ReadonlyArray<FaultSpec>>("/__admin/faults"))
    .flatMap((candidate, index) => (withoutTimes(candidate) === wanted ? [index] : []))
  const place = places.sort((a, b) => Math.abs(a - shownIndex) - Math.abs(b - shownIndex))[0]
  if (place === undefined) throw new Error(`the fault for ${fault.path} is no longer queued (used up or removed meanwhile)`)
  await call("DELETE", `/__admin/faults/${place}`)
}

/** The Faults and settings panel. */
export const faultsPanel = () => {
  const queue = table("Queued faults, first used first", ["#", "Method", "Path", "Match", "Times left", "Effect", ""])
  let shownText: string | undefined
  /** Reads the queue (requests use faults up: every second while shown), drawn again only when it changed. */
  const readQueue = async (): Promise<void> => {
    try {
      const faults = await getJson<ReadonlyArray<FaultSpec>>("/__admin/faults")
      const text = JSON.stringify(faults)
      if (text === shownText) return
      shownText = text
      replaceChildren(
        queue.body,
        ...(faults.length === 0
          ? [h("tr", {}, h("td", { attrs: { colspan: 7 } }, "No fault is queued: every request gets the mock's own answer."))]
          : faults.map((fault, index) =>
            row([
              index + 1,
              fault.method ?? "any",
              h("code", {}, fault.path),
              fault.match ?? "exact",
              fault.times ?? 1,
              effectOf(fault),
              button("Remove", () => {
                void run(`Removing fault ${index + 1}`, () => removeFault(fault, index), `Fault ${index + 1} removed`).then(() => void refresh())
              }, { attrs: { "aria-label": `Remove fault ${index + 1} (${fault.path})` } })
            ])
          ))
      )
    } catch (error) {
      warn("Reading the faults", error)
    }
  }
  const queueRefresh = whileShown(readQueue, 1000)
  const refresh = queueRefresh.now
  const removeAll = button("Remove all faults", () => {
    void run("Removing the faults", () => call("DELETE", "/__admin/faults"), "All faults removed").then(() => void refresh())
  })

  const tokenTtl = numberInput(0, maxTokenTtl)
  const tokens = checkedForm(
    { attrs: { "aria-label": "Tokens" } },
    () => void run("Saving the token lifetime", () => call("PUT", "/__admin/settings", { tokenTtl: Number(tokenTtl.value) }), `Tokens issued from now on last ${tokenTtl.value} s`),
    h("h3", {}, "Tokens"),
    field("Token lifetime (seconds)", tokenTtl, `For tokens issued from now on, 0 to ${maxTokenTtl}.`),
    h(
      "div",
      { className: "actions" },
      h("button", { attrs: { type: "submit" } }, "Save lifetime"),
      button("Revoke every token", () => void run("Revoking the tokens", () => call("POST", "/__admin/tokens/revoke"), "Every token issued so far is revoked"))
    )
  )

  const delaySeconds = numberInput(0, maxTokenTtl)
  const manual = checkbox("Issue only when told to (Issue now, or POST /__admin/ssl/{id}/issue)")
  const requireApproval = checkbox("Enrollments wait for approval")
  const pendingCollect = h("select", {}, ...["notCollectable", "beingProcessed", "alternate"].map((value) => h("option", { attrs: { value } }, value)))
  const issuance = checkedForm(
    { attrs: { "aria-label": "SSL issuance" } },
    () =>
      void run(
        "Saving the issuance settings",
        () =>
          call("PUT", "/__admin/ssl/settings", {
            delaySeconds: Number(delaySeconds.value),
            manual: manual.input.checked,
            requireApproval: requireApproval.input.checked,
            pendingCollect: pendingCollect.value
          }),
        "Issuance settings saved, for enrollments from now on"
      ),
    h("h3", {}, "SSL issuance"),
    field("Issuance delay (seconds)", delaySeconds, "From enrollment to issuance, on the mock's Clock."),
    manual.element,
    requireApproval.element,
    field("A collect before issuance answers", pendingCollect, "-183, -1400, or the two in turns."),
    h("div", { className: "actions" }, h("button", { attrs: { type: "submit" } }, "Save issuance settings"))
  )

  let confirmTimer: ReturnType<typeof setTimeout> | undefined
  const reset = button("Reset the mock…", () => {
    if (confirmTimer === undefined) {
      reset.textContent = "Press again to reset everything"
      reset.classList.add("danger")
      confirmTimer = setTimeout(disarm, 4000)
      return
    }
    disarm()
    void run("Resetting", () => call("POST", "/__admin/reset"), "The mock is back to how it started").then(() => {
      void refresh()
      void loadSettings()
    })
  })
  const disarm = () => {
    if (confirmTimer !== undefined) clearTimeout(confirmTimer)
    confirmTimer = undefined
    reset.textContent = "Reset the mock…"
    reset.classList.remove("danger")
  }

  /** The settings, read when the tab is shown (not again: they are being edited). */
  const loadSettings = async () => {
    try {
      const [settings, ssl] = await Promise.all([
        getJson<{ readonly tokenTtl: number }>("/__admin/settings"),
        getJson<IssuanceSettings>("/__admin/ssl/settings")
      ])
      tokenTtl.value = String(settings.tokenTtl)
      delaySeconds.value = String(ssl.delaySeconds)
      manual.input.checked = ssl.manual
      requireApproval.input.checked = ssl.requireApproval
      pendingCollect.value = ssl.pendingCollect
    } catch (error) {
      warn("Reading the settings", error)
    }
  }

  const element = h(
    "div",
    { className: "faults" },
    h(
      "div",
      { className: "column" },
      h("div", { className: "section-head" }, h("h3", {}, "Queued faults"), removeAll),
      h("div", { className: "scroll" }, queue.element),
      faultForm(() => void refresh())
    ),
    h(
      "div",
      { className: "column" },
      tokens,
      issuance,
      h(
        "div",
        { className: "reset" },
        h("h3", {}, "Reset"),
        h("p", { className: "hint" }, "Faults, journal, tokens, settings and every area's data back to how the mock started."),
        reset
      )
    )
  )
  return {
    element,
    show: () => {
      queueRefresh.show()
      void loadSettings()
    },
    hide: () => {
      queueRefresh.hide()
      disarm()
    }
  }
}
