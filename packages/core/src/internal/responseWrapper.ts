/**
 * What the library's responses that wrap a platform response share: the answer's head, printing
 * and piping come from the original; each subclass says how the body is read.
 */
import type * as Effect from "effect/Effect"
import type * as Cookies from "effect/http/Cookies"
import type * as Headers from "effect/http/Headers"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as HttpIncomingMessage from "effect/http/HttpIncomingMessage"
import type * as UrlParams from "effect/http/UrlParams"
import * as Inspectable from "effect/Inspectable"
import type * as Option from "effect/Option"
import { pipeArguments } from "effect/Pipeable"
import type * as Schema from "effect/Schema"
import type * as Socket from "effect/socket/Socket"
import type * as Stream from "effect/Stream"

/** @internal */
export abstract class ResponseWrapper extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpClientResponse.TypeId]: typeof HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly [HttpIncomingMessage.TypeId]: typeof HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId

  constructor(readonly original: HttpClientResponse.HttpClientResponse) {
    super()
  }

  get request(): HttpClientRequest.HttpClientRequest {
    return this.original.request
  }
  get url(): string {
    return this.original.url
  }
  get status(): number {
    return this.original.status
  }
  get headers(): Headers.Headers {
    return this.original.headers
  }
  get cookies(): Cookies.Cookies {
    return this.original.cookies
  }
  get remoteAddress(): Option.Option<string> {
    return this.original.remoteAddress
  }
  get upgrade(): Effect.Effect<Socket.Socket, HttpClientError.HttpClientError> {
    return this.original.upgrade
  }

  abstract get json(): Effect.Effect<Schema.Json, HttpClientError.HttpClientError>
  abstract get text(): Effect.Effect<string, HttpClientError.HttpClientError>
  abstract get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError>
  abstract get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.HttpClientError>
  abstract get formData(): Effect.Effect<FormData, HttpClientError.HttpClientError>
  abstract get stream(): Stream.Stream<Uint8Array, HttpClientError.HttpClientError>

  override toJSON(): unknown {
    return this.original.toJSON()
  }

  override [Inspectable.NodeInspectSymbol](): unknown {
    return this.original[Inspectable.NodeInspectSymbol]()
  }

  pipe() {
    // eslint-disable-next-line prefer-rest-params
    return pipeArguments(this, arguments)
  }
}
