/**
 * What the dashboard tells its user after an action: a polite status line for what went well, an
 * alert for what did not; both live regions, so a screen reader says them too.
 */
import { h, replaceChildren } from "./dom.js"
import { messageOf } from "./api.js"

const status = h("p", { className: "notice", attrs: { role: "status", "aria-live": "polite" } })
const alert = h("p", { className: "notice error", attrs: { role: "alert" } })

/** The two regions, placed once on the page. */
export const noticeRegions = (): HTMLElement => h("div", { className: "notices" }, status, alert)

/** Says that something was done. */
export const announce = (message: string): void => {
  replaceChildren(alert)
  replaceChildren(status, message)
}

/** Says what went wrong. */
export const warn = (context: string, error: unknown): void => {
  replaceChildren(status)
  replaceChildren(alert, `${context}: ${messageOf(error)}`)
}

/** Runs an action, then announces `done`, or warns with what failed. */
export const run = async (context: string, action: () => Promise<unknown>, done: string): Promise<boolean> => {
  try {
    await action()
    announce(done)
    return true
  } catch (error) {
    warn(context, error)
    return false
  }
}
