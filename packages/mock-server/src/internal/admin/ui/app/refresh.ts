/**
 * Reading something again while it is shown: the journal, an area's page, the fault queue all
 * change as requests arrive, and nothing tells the page.
 */

/** What starts, stops and hurries the reading. */
export interface Refresh {
  /** Reads now (after an action, say), then again every interval while shown. */
  readonly now: () => Promise<void>
  readonly show: () => void
  readonly hide: () => void
}

/** Runs `read` when shown and every `everyMs` after each read, until hidden. */
export const whileShown = (read: () => Promise<void>, everyMs: number): Refresh => {
  let visible = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const now = async () => {
    stop()
    await read()
    // Another read may have started meanwhile and set its own timer: one is enough.
    if (visible && timer === undefined) timer = setTimeout(() => void now(), everyMs)
  }
  return {
    now,
    show: () => {
      visible = true
      void now()
    },
    hide: () => {
      visible = false
      stop()
    }
  }
}
