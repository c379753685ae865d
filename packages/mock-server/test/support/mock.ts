/**
 * Logging in to the mock server the three ways, for tests: headers and token requests built from
 * the service's seeded credentials.
 */
import { expect } from "@effect/vitest"
import type { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import { form, json, type RawRequest, send } from "./raw.js"

/** The password-scheme headers of the seeded admin, with some replaced. */
export const passwordHeaders = (mock: MockScmServer.Service, overrides: Readonly<Record<string, string>> = {}): Record<string, string> => ({
  login: mock.credentials.login,
  password: Redacted.value(mock.credentials.password),
  customerUri: mock.credentials.customerUri,
  ...overrides
})

/** A request logged in with the password scheme. */
export const passwordLogin = (mock: MockScmServer.Service, overrides: Readonly<Record<string, string>> = {}): RawRequest => ({
  headers: passwordHeaders(mock, overrides)
})

/** The token request of a client sending its credentials in the form body. */
export const credentialsForm = (mock: MockScmServer.Service) =>
  form({
    grant_type: "client_credentials",
    client_id: mock.credentials.clientId,
    client_secret: Redacted.value(mock.credentials.clientSecret)
  })

/** The token endpoint's successful answer. */
export interface TokenAnswer {
  readonly access_token: string
  readonly expires_in: number
}

/** Fetches a token with the seeded client credentials (and checks that it was issued). */
export const fetchToken = (mock: MockScmServer.Service): Effect.Effect<TokenAnswer, unknown> =>
  Effect.map(send(mock.tokenUrl, { method: "POST", ...credentialsForm(mock) }), (response) => {
    expect(response.status).toBe(200)
    return json(response) as TokenAnswer
  })

/** A request carrying a Bearer token. */
export const bearer = (token: string): RawRequest => ({ headers: { authorization: `Bearer ${token}` } })

/** The header every admin call that changes state needs: the admin API refuses others with 415. */
export const adminJson: Readonly<Record<string, string>> = { "content-type": "application/json" }

/** An admin request as a client sends it: a call that is not GET or HEAD gets `adminJson`, unless it sets its own content type. */
export const adminRequest = (request: RawRequest = {}): RawRequest => {
  const method = request.method ?? "GET"
  return method === "GET" || method === "HEAD" ? request : { ...request, headers: { ...adminJson, ...request.headers } }
}
