/**
 * OAuth2 client credentials against SCM's Keycloak token endpoint.
 */
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import type { Options, TokenStatus } from "../OAuth2.js"
import * as ScmError from "../ScmError.js"
import type { Service } from "../ScmHttpClient.js"
import { decodeText, formatBytes, maxTokenResponseBytes, readCapped } from "./body.js"
import * as Client from "./client.js"
import { timeoutMillis, timeoutOf } from "./deadline.js"
import { drain, fromStatus, readErrorBody, redirectOrigin } from "./errors.js"
import type * as ScmRetry from "../ScmRetry.js"
import * as Retry from "./retry.js"
import { formsOf, isBearerToken, scrubText } from "./secrets.js"
import * as Token from "./token.js"
import { display, baseUrlUnsafe } from "./url.js"

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
  if (!Predicate.isObject(json)) return { problem: "the body is not a JSON object" }
  const accessToken = json.access_token
  if (typeof accessToken !== "string" || accessToken === "") return { problem: "it has no access_token" }
  // Checked on arrival: a token that cannot travel in a header would otherwise reach a transport,
  // whose error message may quote it.
  if (!isBearerToken(accessToken)) return { problem: "its access_token is not a bearer token (RFC 6750 b64token)" }
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
  readonly timeoutMillis: number | undefined
}): (reason: Token.Reason) => Effect.Effect<Token.Issued, ScmError.ScmTokenError> => {
  const transport = Client.transportOf(options.httpClient, options.timeoutMillis)
  const policy = Retry.policy(options.retry)
  const tokenUrl = display(options.tokenUrl)
  // What the endpoint may echo of the request: the secret, as is or form-encoded.
  const secrets = formsOf(Redacted.value(options.clientSecret))
  const scrub = (text: string | undefined) => text === undefined ? undefined : scrubText(text, secrets)

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
        Effect.mapError(
          readCapped(response, maxTokenResponseBytes),
          (error): ScmError.ScmError =>
            error._tag === "ScmTransportError"
              ? error
              : timeoutOf(error) ??
                tokenError({ status: response.status, errorDescription: "the token response could not be read" })
        ),
        (capped) => {
          if (capped._tag === "TooLarge") {
            return Effect.fail(tokenError({
              status: response.status,
              errorDescription: `the token response is larger than ${formatBytes(maxTokenResponseBytes)}, so it was not read`
            }))
          }
          let json: unknown
          try {
            json = JSON.parse(decodeText(capped.bytes))
          } catch {
            // The parser's message would quote the body, and the body holds the token.
            return Effect.fail(tokenError({ status: response.status, errorDescription: "the token response is not JSON" }))
          }
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
    return Effect.flatMap(readErrorBody(response, secrets), (body) => {
      if (isTransientStatus(response.status)) {
        // Handed to the retry loop as the API errors it knows, Retry-After included.
        return Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.fail(fromStatus(response, body, "oauth2", now)))
      }
      const redirect = response.status >= 300 && response.status < 400 ? redirectOrigin(response) : undefined
      return Effect.fail(tokenError({
        status: response.status,
        error: body.error,
        errorDescription: redirect === undefined
          ? body.errorDescription ?? body.description ?? body.problem
          : `a redirect to ${redirect}, not followed (the secret goes to the configured token URL only)`
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
        return tokenError({ status: error.status, errorDescription: scrub(error.description), cause: error })
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
    const attempt = transport(request, onResponse)
    const issued = yield* (policy === undefined ? attempt : Retry.withRetry(attempt, policy, true)).pipe(
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

/**
 * What `Tokens.current` says of a token: its times, never its value.
 *
 * @internal
 */
export const statusOf = (token: Token.Token): TokenStatus => ({
  obtainedAt: DateTime.makeUnsafe(token.obtainedAt),
  expiresAt: DateTime.makeUnsafe(token.expiresAt),
  renewsAt: DateTime.makeUnsafe(token.refreshAt),
  lifetime: Duration.seconds(token.lifetimeSeconds)
})

/**
 * The `Tokens` of a strategy that sends no bearer token.
 *
 * @internal
 */
export const noTokens: { readonly current: Effect.Effect<Option.Option<TokenStatus>> } = { current: Effect.succeedNone }

/**
 * The client and what a program may see of its token.
 *
 * @internal
 */
export interface Built {
  readonly service: Service
  readonly current: Effect.Effect<Option.Option<TokenStatus>>
}

/** @internal */
export const make = (options: Options): Effect.Effect<Service, never, HttpClient.HttpClient | Scope.Scope> =>
  Effect.map(build(options), (built) => built.service)

/** @internal */
export const build = (options: Options): Effect.Effect<Built, never, HttpClient.HttpClient | Scope.Scope> =>
  Effect.gen(function*() {
    const httpClient = yield* HttpClient.HttpClient
    const baseUrl = baseUrlUnsafe(options.baseUrl ?? defaultBaseUrl, "OAuth2 baseUrl")
    const tokenUrl = options.tokenUrl ?? defaultTokenUrl
    baseUrlUnsafe(tokenUrl, "OAuth2 tokenUrl")
    const timeout = timeoutMillis(options.timeout)
    const tokens = yield* Token.make({
      fetch: tokenEndpoint({
        httpClient,
        tokenUrl,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        retry: options.retry,
        timeoutMillis: timeout
      }),
      makeAuthorization: bearer,
      refreshSkewMillis: Duration.toMillis(options.refreshSkew ?? defaultRefreshSkew)
    })

    const withToken = (request: HttpClientRequest.HttpClientRequest, url: string, token: Token.Token) =>
      Client.sendTo(request, url, Client.headersWith(request.headers, undefined, "authorization", Redacted.value(token.authorization)))

    // A 401 with a bearer token: drain it, drop the token (if still current), resend once with a
    // fresh one. Whatever the resend gets, 401 included, goes to the status mapping.
    const resendAfterUnauthorized = <B>(
      request: HttpClientRequest.HttpClientRequest,
      url: string,
      transport: Client.Transport,
      onResponse: Client.OnResponse<B>,
      token: Token.Token,
      response: HttpClientResponse.HttpClientResponse
    ) =>
      drain(response).pipe(
        Effect.andThen(
          Effect.logDebug("SCM answered 401 to a bearer token: renewing the token and resending once").pipe(
            Effect.annotateLogs({ "scm.method": request.method, "scm.url": display(url) })
          )
        ),
        Effect.andThen(tokens.refreshAfterUnauthorized(token)),
        Effect.flatMap((fresh) => transport(withToken(request, url, fresh), onResponse))
      )

    const sendWith = <B>(
      request: HttpClientRequest.HttpClientRequest,
      url: string,
      transport: Client.Transport,
      onResponse: Client.OnResponse<B>,
      token: Token.Token
    ) =>
      transport(withToken(request, url, token), (response) =>
        response.status === 401
          ? resendAfterUnauthorized(request, url, transport, onResponse, token, response)
          : onResponse(response))

    // The token is looked up when the attempt runs (a retry runs it again): a valid one at once,
    // without the step `tokens.get` takes to return it.
    const send: Client.Authenticator["send"] = (request, url, transport, onResponse) =>
      Effect.suspend(() => {
        const token = tokens.peek()
        return token === undefined
          ? Effect.flatMap(tokens.get, (fresh) => sendWith(request, url, transport, onResponse, fresh))
          : sendWith(request, url, transport, onResponse, token)
      })

    const service = Client.make({
      httpClient,
      baseUrl,
      retry: options.retry,
      timeoutMillis: timeout,
      authenticator: { scheme: "oauth2", send }
    })
    const current = Effect.sync(() => {
      const token = tokens.peek()
      return token === undefined ? Option.none() : Option.some(statusOf(token))
    })
    return { service, current }
  })
