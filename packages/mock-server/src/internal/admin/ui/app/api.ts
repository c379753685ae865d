/**
 * The admin API as the dashboard calls it: same origin only, and every call that changes state
 * sends `Content-Type: application/json`, as the admin API asks of every client (a page of
 * another site cannot, without a CORS preflight the mock never grants).
 */

/** An answer that was not 2xx, with the admin API's own description of why. */
export class AdminError extends Error {
  constructor(readonly status: number, description: string) {
    super(description)
  }
}

/** The description of an error answer: SCM's `{code, description}`, or the text. */
const describe = async (response: Response): Promise<string> => {
  const text = await response.text()
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body === "object" && body !== null && "description" in body && typeof body.description === "string") return body.description
  } catch {
    // Not JSON: the text says it.
  }
  return text === "" ? `${response.status} ${response.statusText}` : text
}

/** Sends one admin call; fails with an `AdminError` unless the answer is 2xx. */
export const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
  const response = await fetch(path, {
    method,
    credentials: "omit",
    cache: "no-store",
    headers: method === "GET" ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  if (!response.ok) throw new AdminError(response.status, await describe(response))
  return response
}

/** A JSON read. */
export const getJson = async <A>(path: string): Promise<A> => (await call("GET", path)).json() as Promise<A>

/** A page of a list and the total the admin API counted (`X-Total-Count`). */
export const getPage = async <A>(path: string): Promise<{ readonly rows: ReadonlyArray<A>; readonly total: number }> => {
  const response = await call("GET", path)
  return { rows: (await response.json()) as ReadonlyArray<A>, total: Number(response.headers.get("x-total-count") ?? "0") }
}

/** The message an error shows: an admin refusal's description, or what went wrong on the way. */
export const messageOf = (error: unknown): string =>
  error instanceof AdminError ? `${error.message} (${error.status})` : error instanceof Error ? error.message : String(error)
