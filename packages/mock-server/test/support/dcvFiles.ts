/**
 * Calling the mock's API with any method as the seeded password admin, for the DCV and domain tests.
 */
import type { MockScmServer } from "@scm-effect/mock-server"
import { passwordLogin } from "./mock.js"
import { send } from "./raw.js"

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
