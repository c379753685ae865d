/**
 * Calling the mock's API with any method as the seeded password admin, and reading a JSON answer
 * whose status the test expects.
 */
import { expect } from "@effect/vitest"
import type { MockScmServer } from "@scm-effect/mock-server"
import { passwordLogin } from "./mock.js"
import { json, type RawResponse, send } from "./raw.js"

/** A JSON call to the mock's API as the seeded password admin, any method. */
export const scmCall = (mock: MockScmServer.Service) => (method: string, path: string, body?: unknown) => {
  const login = passwordLogin(mock)
  return send(`${mock.httpUrl}${path}`, {
    ...login,
    method,
    headers: { ...login.headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) })
  })
}

/** The JSON body of an answer that must have `status` (the body is shown when it has not). */
export const ok = <A = Record<string, unknown>>(response: RawResponse, status = 200): A => {
  expect(response.status, response.text).toBe(status)
  return json(response) as A
}
