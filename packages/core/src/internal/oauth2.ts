/**
 * OAuth2 client credentials against SCM's Keycloak token endpoint.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import type { Options } from "../OAuth2.js"
import * as ScmError from "../ScmError.js"
import type { Service } from "../ScmHttpClient.js"
import * as Client from "./client.js"
import { drain, fromStatus, readErrorBody } from "./errors.js"
import type * as ScmRetry from "../ScmRetry.js"
import * as Retry from "./retry.js"
import * as Token from "./token.js"
import { display, unsafeBaseUrl } from "./url.js"

/** @internal */
export const defaultBaseUrl = "https://admin.enterprise.sectigo.com"

/** @internal */
export const defaultTokenUrl = "https://auth.sso.sectigo.com/auth/realms/apiclients/protocol/openid-connect/token"

/** @internal */
export const defaultRefreshSkew: Duration.Duration = Duration.seconds(60)

const isTransientStatus = (status: number) => status === 408 || status === 429 || status >= 500

type Decoded = Token.Issued | { readonly problem: string }

// Checked by hand rather than with a Schema: a parse error would quote the body, and the body
// holds the token.
const decodeTokenResponse = (json: unknown): Decoded => {
  if (!Predicate.isRecord(json)) return { problem: "the body is not a JSON object" }
  const accessToken = json.access_token
  if (typeof accessToken !== "string" || accessToken === "") return { problem: "it has no access_token" }
  const tokenType = json.token_type
  if (tokenType !== undefined && (typeof tokenType !== "string" || tokenType.toLowerCase() !== "bearer")) {
    return { problem: "its token_type is not Bearer" }
  }
  const expiresIn = typeof json.expires_in === "string" ? Number(json.expires_in) : json.expires_in
  return {
    accessToken: Redacted.make(accessToken),
    expiresInSeconds: typeof expiresIn === "number" && Number.isFinite(expiresIn) && expiresIn > 0
      ? expiresIn
      : Token.defaultLifetimeSeconds
  }
}

/**
 * Asks fetch-based clients not to follow redirects: a URL learned from a response never gets the
 * credentials. (The undici client never follows them; a redirect then surfaces as a non-2xx.)
 *
 * @internal
 */
export const withoutRedirects = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.flatMap(
    Effect.serviceOption(FetchHttpClient.RequestInit),
    (init) =>
      Effect.provideService(effect, FetchHttpClient.RequestInit, {
        ...Option.getOrUndefined(init),
        redirect: "manual"
      })
  )

/**
 * One token request, with transient failures retried on the policy. Everything that fails ends
 * as ScmTokenError; a 4xx (invalid_client, ...) fails at once.
 *
 * @internal
 */
export const tokenEndpoint = (options: {
  readonly httpClient: HttpClient.HttpClient
  readonly tokenUrl: string
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  readonly retry: ScmRetry.Retry | undefined
}): (reason: Token.Reason) => Effect.Effect<Token.Issued, ScmError.ScmTokenError> => {
  const transport = Client.transportOf(options.httpClient)
  const policy = Retry.policy(options.retry)
  const tokenUrl = display(options.tokenUrl)

  const tokenError = (fields: {
    readonly status?: number | undefined
    readonly error?: string | undefined
    readonly errorDescription?: string | undefined
    readonly cause?: unknown
  }) =>
    new ScmError.ScmTokenError({
      tokenUrl,
      ...(fields.status === undefined ? {} : { status: fields.status }),
      ...(fields.error === undefined ? {} : { error: fields.error }),
      ...(fields.errorDescription === undefined ? {} : { errorDescription: fields.errorDescription }),
      ...(fields.cause === undefined ? {} : { cause: fields.cause })
    })

  const onResponse = (
    response: HttpClientResponse.HttpClientResponse
  ): Effect.Effect<Token.Issued, ScmError.ScmError> => {
    if (response.status >= 200 && response.status < 300) {
      return Effect.flatMap(
        Effect.mapError(response.json, () =>
          tokenError({ status: response.status, errorDescription: "the token response is not JSON" })),
        (json) => {
          const decoded = decodeTokenResponse(json)
          return "problem" in decoded
            ? Effect.fail(tokenError({
              status: response.status,
              errorDescription: `unusable token response: ${decoded.problem}`
            }))
            : Effect.succeed(decoded)
        }
      )
    }
    return Effect.flatMap(readErrorBody(response), (body) => {
      if (isTransientStatus(response.status)) {
        // Handed to the retry loop as the API errors it knows, Retry-After included.
        return Effect.flatMap(Effect.clock, (clock) =>
          Effect.fail(fromStatus(response, body, "oauth2", clock.unsafeCurrentTimeMillis())))
      }
      return Effect.fail(tokenError({
        status: response.status,
        error: body.error,
        errorDescription: body.errorDescription ?? body.description
      }))
    })
  }

  const toTokenError = (error: ScmError.ScmError): ScmError.ScmTokenError => {
    switch (error._tag) {
      case "ScmTokenError":
        return error
      case "ScmTransportError":
        return tokenError({ cause: error })
      case "ScmApiError":
      case "ScmRateLimitError":
        return tokenError({ status: error.status, errorDescription: error.description, cause: error })
      default:
        return tokenError({ cause: error })
    }
  }

  return Effect.fn("OAuth2.fetchToken")(function*(reason: Token.Reason) {
    yield* Effect.annotateCurrentSpan({ "scm.token_url": tokenUrl, "scm.token_reason": reason })
    // The secret is unwrapped here, into the body of a request to the configured token URL only.
    const request = HttpClientRequest.post(options.tokenUrl).pipe(
      HttpClientRequest.acceptJson,
      HttpClientRequest.bodyUrlParams({
        grant_type: "client_credentials",
        client_id: options.clientId,
        client_secret: Redacted.value(options.clientSecret)
      })
    )
    const attempt = Effect.flatMap(transport(request), onResponse)
    const issued = yield* (policy === undefined ? attempt : Retry.withRetry(attempt, policy, true)).pipe(
      withoutRedirects,
      Effect.mapError(toTokenError)
    )
    yield* Effect.annotateCurrentSpan("scm.expires_in_s", issued.expiresInSeconds)
    yield* Effect.logDebug("SCM access token obtained").pipe(
      Effect.annotateLogs({
        "scm.token_url": tokenUrl,
        "scm.token_reason": reason,
        "scm.expires_in_s": issued.expiresInSeconds
      })
    )
    return issued
  }, Effect.tapError((error) =>
    Effect.logDebug("SCM token request failed").pipe(
      Effect.annotateLogs({ "scm.token_url": tokenUrl, "scm.error": error.message })
    )))
}

const bearer = (accessToken: Redacted.Redacted<string>) => Redacted.make(`Bearer ${Redacted.value(accessToken)}`)

/** @internal */
export const make = (options: Options): Effect.Effect<Service, never, HttpClient.HttpClient | Scope.Scope> =>
  Effect.gen(function*() {
    const httpClient = yield* HttpClient.HttpClient
    const baseUrl = unsafeBaseUrl(options.baseUrl ?? defaultBaseUrl, "OAuth2 baseUrl")
    const tokenUrl = options.tokenUrl ?? defaultTokenUrl
    unsafeBaseUrl(tokenUrl, "OAuth2 tokenUrl")
    const tokens = yield* Token.make({
      fetch: tokenEndpoint({
        httpClient,
        tokenUrl,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        retry: options.retry
      }),
      makeAuthorization: bearer,
      refreshSkewMillis: Duration.toMillis(options.refreshSkew ?? defaultRefreshSkew)
    })

    const withToken = (request: HttpClientRequest.HttpClientRequest, token: Token.Token) =>
      HttpClientRequest.setHeader(request, "authorization", Redacted.value(token.authorization))

    // A 401 with a bearer token: drain it, drop the token (if still current), resend once with a
    // fresh one. Whatever the resend gets, 401 included, goes to the status mapping.
    const resendAfterUnauthorized = (
      request: HttpClientRequest.HttpClientRequest,
      transport: Client.Transport,
      token: Token.Token,
      response: HttpClientResponse.HttpClientResponse
    ) =>
      drain(response).pipe(
        Effect.zipRight(
          Effect.logDebug("SCM answered 401 to a bearer token: renewing the token and resending once").pipe(
            Effect.annotateLogs({ "scm.method": request.method, "scm.url": display(request.url) })
          )
        ),
        Effect.zipRight(tokens.refreshAfterUnauthorized(token)),
        Effect.flatMap((fresh) => transport(withToken(request, fresh)))
      )

    const send: Client.Authenticator["send"] = (request, transport) =>
      Effect.flatMap(tokens.get, (token) =>
        Effect.flatMap(
          transport(withToken(request, token)),
          (response) =>
            response.status === 401
              ? resendAfterUnauthorized(request, transport, token, response)
              : Effect.succeed(response)
        ))

    return yield* Client.make({ httpClient, baseUrl, retry: options.retry, authenticator: { scheme: "oauth2", send } })
  })
