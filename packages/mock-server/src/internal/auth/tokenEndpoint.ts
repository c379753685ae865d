/**
 * The token endpoint of Sectigo's Keycloak realm: OAuth 2.0 client credentials (RFC 6749 section
 * 4.4), with the client authenticated by HTTP Basic or by `client_id`/`client_secret` in the form
 * body (section 2.3.1), and errors as section 5.2 has them.
 */
import type { HttpServerRequest, HttpServerResponse } from "effect/http"
import { Effect, Redacted } from "effect"
import { hasMediaType, readText } from "../http/body.js"
import { header } from "../http/requestHeaders.js"
import { jsonResponse } from "../http/scmErrors.js"
import { type ExpectedSecret, secretMatches } from "./secrets.js"
import type { TokenStore } from "./tokens.js"

/** The path of the token endpoint, as on auth.sso.sectigo.com. */
export const tokenPath = "/auth/realms/apiclients/protocol/openid-connect/token"

/** What the endpoint checks clients against. */
export interface TokenEndpointConfig {
  readonly clientId: ExpectedSecret
  readonly clientSecret: ExpectedSecret
  readonly tokens: TokenStore
}

/** Token answers must not be cached by anyone (RFC 6749 section 5.1). */
const noStore = { "cache-control": "no-store", pragma: "no-cache" }

type OAuthError = "invalid_request" | "invalid_client" | "unsupported_grant_type"

const oauthError = (
  status: number,
  error: OAuthError,
  description: string,
  headers: Readonly<Record<string, string>> = {}
): HttpServerResponse.HttpServerResponse =>
  jsonResponse(status, { error, error_description: description }, { ...noStore, ...headers })

const invalidRequest = (description: string) => oauthError(400, "invalid_request", description)

const refusals = {
  notPost: oauthError(405, "invalid_request", "The token endpoint accepts POST only", { allow: "POST" }),
  contentType: invalidRequest("Content-Type must be application/x-www-form-urlencoded"),
  tooLarge: oauthError(413, "invalid_request", "Request body is larger than 1 MiB"),
  unreadable: invalidRequest("The request body could not be read"),
  twoMethods: invalidRequest("Use one client authentication method: HTTP Basic or client_secret in the body, not both"),
  idMismatch: invalidRequest("client_id in the body differs from the one in the Authorization header"),
  noGrant: invalidRequest("grant_type is required"),
  grant: oauthError(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported"),
  // RFC 6749: a client that tried HTTP Basic gets a 401 with a Basic challenge.
  badBasic: oauthError(401, "invalid_client", "Invalid client or Invalid client credentials", {
    "www-authenticate": `Basic realm="scm"`
  }),
  badClient: oauthError(401, "invalid_client", "Invalid client or Invalid client credentials"),
  noClient: oauthError(401, "invalid_client", "Client authentication is required")
}

const formParams = ["grant_type", "client_id", "client_secret", "scope"] as const

interface BasicCredentials {
  readonly clientId: string
  readonly clientSecret: string
}

const base64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Form-decoding as RFC 6749 section 2.3.1 asks of both halves; `undefined` when malformed. */
const formDecode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text.replaceAll("+", " "))
  } catch {
    return undefined
  }
}

/** `undefined` when not a well-formed Basic header. */
const parseBasic = (authorization: string): BasicCredentials | undefined => {
  const space = authorization.indexOf(" ")
  if (space === -1 || authorization.slice(0, space).toLowerCase() !== "basic") return undefined
  const encoded = authorization.slice(space + 1).trim()
  if (!base64.test(encoded)) return undefined
  const decoded = Buffer.from(encoded, "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  if (colon === -1) return undefined
  const clientId = formDecode(decoded.slice(0, colon))
  const clientSecret = formDecode(decoded.slice(colon + 1))
  return clientId === undefined || clientSecret === undefined ? undefined : { clientId, clientSecret }
}

/** The handler of `POST <tokenPath>`. */
export const makeTokenEndpoint = (config: TokenEndpointConfig) => {
  /** Both halves are compared, whatever the first one gave, so timing tells nothing. */
  const clientMatches = (clientId: string, clientSecret: string): boolean => {
    const idOk = secretMatches(config.clientId, clientId)
    const secretOk = secretMatches(config.clientSecret, clientSecret)
    return idOk && secretOk
  }

  const issue = Effect.map(config.tokens.issue, (token) =>
    jsonResponse(
      200,
      {
        access_token: Redacted.value(token.accessToken),
        expires_in: token.expiresIn,
        refresh_expires_in: 0,
        token_type: "Bearer",
        "not-before-policy": 0,
        scope: ""
      },
      noStore
    ))

  const answer = (request: HttpServerRequest.HttpServerRequest, body: string): Effect.Effect<HttpServerResponse.HttpServerResponse> => {
    const form = new URLSearchParams(body)
    for (const name of formParams) {
      if (form.getAll(name).length > 1) return Effect.succeed(invalidRequest(`${name} is given more than once`))
    }
    // Keycloak checks the grant type is there before it authenticates the client.
    const grantType = form.get("grant_type")
    if (grantType === null || grantType === "") return Effect.succeed(refusals.noGrant)
    const authorization = header(request, "authorization")
    const bodyId = form.get("client_id")
    const bodySecret = form.get("client_secret")
    if (authorization !== undefined) {
      if (bodySecret !== null) return Effect.succeed(refusals.twoMethods)
      const basic = parseBasic(authorization)
      if (basic === undefined) return Effect.succeed(refusals.badBasic)
      if (bodyId !== null && bodyId !== basic.clientId) return Effect.succeed(refusals.idMismatch)
      if (!clientMatches(basic.clientId, basic.clientSecret)) return Effect.succeed(refusals.badBasic)
    } else if (bodyId === null || bodySecret === null) {
      return Effect.succeed(refusals.noClient)
    } else if (!clientMatches(bodyId, bodySecret)) {
      return Effect.succeed(refusals.badClient)
    }
    if (grantType !== "client_credentials") return Effect.succeed(refusals.grant)
    return issue
  }

  return (request: HttpServerRequest.HttpServerRequest): Effect.Effect<HttpServerResponse.HttpServerResponse> => {
    if (request.method !== "POST") return Effect.succeed(refusals.notPost)
    if (!hasMediaType(request, "application/x-www-form-urlencoded")) return Effect.succeed(refusals.contentType)
    return readText(request).pipe(
      Effect.flatMap((body) => answer(request, body)),
      Effect.catchTags({
        BodyTooLarge: () => Effect.succeed(refusals.tooLarge),
        BodyUnreadable: () => Effect.succeed(refusals.unreadable)
      })
    )
  }
}
