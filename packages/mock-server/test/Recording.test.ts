/**
 * The recording format and its redaction, at the unit level: what a file looks like, and that each
 * kind of secret (by name, by form, by value seen before) is replaced before it is written.
 */
import { describe, expect, it } from "@effect/vitest"
import { generateKeyPairSync } from "node:crypto"
import { bodyRecord, encodeExchange, type Exchange, fileName, formatName } from "../src/internal/recording/exchange.js"
import { isSecretName, makeRedactor } from "../src/internal/recording/redaction.js"

const exchange = (request: Partial<Exchange["request"]>, response: Partial<Exchange["response"]> = {}): Exchange => ({
  format: formatName,
  request: { method: "POST", path: "/api/x", headers: {}, ...request },
  response: { status: 200, headers: {}, ...response }
})

const secretKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey
const keyPem = secretKey.export({ type: "pkcs8", format: "pem" }).toString()
const keyDer = secretKey.export({ type: "pkcs8", format: "der" })

describe("recording format", () => {
  it("names files by number, method and path, so that they sort in recording order", () => {
    expect(fileName(1, "GET", "/api/ssl/v1/types")).toBe("000001-GET-api-ssl-v1-types.json")
    expect(fileName(42, "POST", "/api/acme/v2/account")).toBe("000042-POST-api-acme-v2-account.json")
    expect(fileName(7, "GET", "/api/person/v2/id/byEmail/a%40b.example")).toBe("000007-GET-api-person-v2-id-byEmail-a-40b.example.json")
    expect(fileName(3, "GET", `/api/${"x".repeat(200)}`)).toHaveLength("000003-GET-".length + 80 + ".json".length)
  })

  it("keeps JSON as JSON, other text as text, other bytes as base64, and no body as no key", () => {
    expect(bodyRecord(Buffer.from(`{"a":1}`), "application/json;charset=UTF-8")).toEqual({ json: { a: 1 } })
    expect(bodyRecord(Buffer.from(`{"a":`), "application/json")).toEqual({ text: `{"a":` })
    expect(bodyRecord(Buffer.from("-----BEGIN CERTIFICATE-----\nMII\n"), "application/octet-stream")).toEqual({ text: "-----BEGIN CERTIFICATE-----\nMII\n" })
    expect(bodyRecord(Buffer.from([0x30, 0x82, 0xff, 0x00]), "application/octet-stream")).toEqual({ base64: "MIL/AA==" })
    expect(bodyRecord(new Uint8Array(), "application/json")).toEqual({})
  })

  it("writes keys in a fixed order, headers sorted, two-space indents and a final newline", () => {
    const text = encodeExchange({
      response: { json: { b: 1, a: 2 }, headers: { "x-total-count": "1", "content-type": "application/json" }, status: 200 },
      request: { headers: { login: "admin", accept: "*/*" }, path: "/api/ssl/v1", method: "GET", query: { size: "1" } },
      upstream: "https://cert-manager.com",
      format: formatName
    })
    expect(text).toBe(`{
  "format": "scm-mock-recording/1",
  "upstream": "https://cert-manager.com",
  "request": {
    "method": "GET",
    "path": "/api/ssl/v1",
    "query": {
      "size": "1"
    },
    "headers": {
      "accept": "*/*",
      "login": "admin"
    }
  },
  "response": {
    "status": 200,
    "headers": {
      "content-type": "application/json",
      "x-total-count": "1"
    },
    "json": {
      "b": 1,
      "a": 2
    }
  }
}
`)
  })
})

describe("recording redaction", () => {
  it("knows a secret by its name, whatever its spelling", () => {
    for (const name of ["password", "newPassword", "client_secret", "access_token", "refresh_token", "eabHmacKey", "macKey", "installationToken", "keystorePwd", "passPhrase", "applicationSecret", "secretKey", "p12", "Set-Cookie", "x-auth-token", "privateKey"]) {
      expect(isSecretName(name), name).toBe(true)
    }
    for (const name of ["login", "customerUri", "macId", "token_type", "expires_in", "keyAlgorithm", "key", "commonName", "tokenUrl"]) {
      expect(isSecretName(name), name).toBe(false)
    }
  })

  it("replaces credential headers, cookies and secret JSON fields, keeps the listed headers and drops the rest", () => {
    const redact = makeRedactor()
    const out = redact(exchange(
      {
        headers: { login: "admin", password: "s3cret-password", customeruri: "acme", "x-api-key": "dropped-key-value", cookie: "JSESSIONID=session-cookie-1", "content-type": "application/json" },
        json: { eabHmacKey: "hmac-key-value-1", nested: [{ client_secret: "client-secret-1", name: "kept" }], empty: { password: "" } }
      },
      {
        headers: { "set-cookie": "JSESSIONID=session-cookie-2; Path=/", date: "Mon", "content-type": "application/json", location: "https://cert-manager.com/api/x/1" },
        json: { access_token: "access-token-1", token_type: "Bearer", macKey: "mac-key-value-1" }
      }
    ))
    expect(out.request.headers).toEqual({ login: "admin", password: "REDACTED", customeruri: "acme", cookie: "REDACTED", "content-type": "application/json" })
    expect(out.request.json).toEqual({ eabHmacKey: "REDACTED", nested: [{ client_secret: "REDACTED", name: "kept" }], empty: { password: "" } })
    expect(out.response.headers).toEqual({ "set-cookie": "REDACTED", "content-type": "application/json", location: "https://cert-manager.com/api/x/1" })
    expect(out.response.json).toEqual({ access_token: "REDACTED", token_type: "Bearer", macKey: "REDACTED" })
  })

  it("keeps the scheme of an Authorization header and replaces its credential, Basic's secret included", () => {
    const redact = makeRedactor()
    const basic = Buffer.from("client-id:basic-client-secret").toString("base64")
    const out = redact(exchange(
      { headers: { authorization: `Basic ${basic}` }, query: { echo: "basic-client-secret" } },
      { json: { description: "bad secret basic-client-secret" } }
    ))
    expect(out.request.headers).toEqual({ authorization: "Basic REDACTED" })
    // The secret is found wherever else it appears: in a query value, in an answer's text.
    expect(out.request.query).toEqual({ echo: "REDACTED" })
    expect(out.response.json).toEqual({ description: "bad secret REDACTED" })
  })

  it("replaces secret form fields and query parameters", () => {
    const redact = makeRedactor()
    const out = redact(exchange({
      headers: { "content-type": "application/x-www-form-urlencoded" },
      query: { size: "10", access_token: ["t1-abcdef", "t2-abcdef"] },
      text: "grant_type=client_credentials&client_id=id&client_secret=form-secret-1"
    }))
    expect(out.request.text).toBe("grant_type=client_credentials&client_id=id&client_secret=REDACTED")
    expect(out.request.query).toEqual({ size: "10", access_token: ["REDACTED", "REDACTED"] })
  })

  it("takes private keys out: PEM in any string, key DER bodies whole", () => {
    const redact = makeRedactor()
    const out = redact(exchange(
      { headers: { "content-type": "application/json" }, json: { certificate: `cert\n${keyPem}tail` } },
      { headers: { "content-type": "application/octet-stream" }, base64: keyDer.toString("base64") }
    ))
    expect(out.request.json).toEqual({ certificate: "cert\nREDACTED\ntail" })
    expect(out.response).toEqual({ status: 200, headers: { "content-type": "application/octet-stream" }, text: "REDACTED" })
    const text = redact(exchange({}, { text: `key: ${keyPem}` }))
    expect(text.response.text).toBe("key: REDACTED\n")
    // A key store sent as base64 text is known by its media type.
    const store = redact(exchange({}, { headers: { "content-type": "application/x-pkcs12" }, text: "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCC" }))
    expect(store.response).toEqual({ status: 200, headers: { "content-type": "application/x-pkcs12" }, text: "REDACTED" })
  })

  it("remembers the secrets of earlier exchanges: a token issued once is taken out of a later answer", () => {
    const redact = makeRedactor()
    redact(exchange({}, { json: { access_token: "token-issued-earlier" } }))
    const later = redact(exchange({ method: "GET" }, { json: { description: "token token-issued-earlier is unknown" } }))
    expect(later.response.json).toEqual({ description: "token REDACTED is unknown" })
    // A short value is replaced where it is named, not searched for in ordinary text.
    const short = redact(exchange({ json: { pin: "1234", id: 1234 } }))
    expect(short.request.json).toEqual({ pin: "REDACTED", id: 1234 })
  })
})
