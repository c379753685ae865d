import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Exit } from "effect"
import { TestClock } from "effect/testing"
import { json, send } from "./support/raw.js"
import { apiClient, failure, makeCsr } from "./support/ssl.js"

/** Enrolls a certificate on a server started inside the test, so the test's TestClock is its Clock. */
const enrollOn = (mock: MockScmServer.Service) =>
  Effect.gen(function* () {
    const api = yield* apiClient(mock, "password")
    const csr = yield* makeCsr("clock.example.com")
    const enrolled = yield* api.post("/api/ssl/v1/enroll", { orgId: 1001, certType: 1101, term: 200, csr: csr.pem })
    expect(enrolled.status).toBe(200)
    const { sslId } = json(enrolled) as { readonly sslId: number }
    return { api, sslId, collect: Effect.map(api.get(`/api/ssl/v1/collect/${sslId}/x509CO`), failure) }
  })

describe("MockScmServer issuance", () => {
  it.effect("issues after the configured delay on the Clock, and dates the certificate then", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({ issuanceDelaySeconds: 30 })
      const { api, collect, sslId } = yield* enrollOn(mock)
      expect(yield* collect).toEqual({ status: 400, code: -183 })
      yield* TestClock.adjust("29 seconds")
      expect(yield* collect).toEqual({ status: 400, code: -183 })
      expect(json(yield* api.get(`/api/ssl/v1/${sslId}`))).toMatchObject({ status: "Applied" })
      yield* TestClock.adjust("1 second")
      expect((yield* api.get(`/api/ssl/v1/collect/${sslId}/x509CO`)).status).toBe(200)
      // v2 dates to the second; v1 writes the day as SCM does (MM/dd/yyyy).
      expect(json(yield* api.get(`/api/ssl/v2/${sslId}`))).toMatchObject({
        status: "Issued",
        requested: "1970-01-01T00:00:00.000Z",
        issued: "1970-01-01T00:00:30.000Z",
        expires: "1970-07-20T00:00:30.000Z"
      })
      expect(json(yield* api.get(`/api/ssl/v1/${sslId}`))).toMatchObject({ requested: "01/01/1970", issued: "01/01/1970", expires: "07/20/1970" })
    }))

  it.effect("issues at the next request by default", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make()
      const { api, sslId } = yield* enrollOn(mock)
      expect((yield* api.get(`/api/ssl/v1/collect/${sslId}/x509CO`)).status).toBe(200)
    }))

  it.effect("answers -1400 while being processed, or -1400 and -183 in turns, as set", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({ manualIssuance: true, pendingCollect: "beingProcessed" })
      const first = yield* enrollOn(mock)
      expect(yield* first.collect).toEqual({ status: 400, code: -1400 })
      expect(yield* first.collect).toEqual({ status: 400, code: -1400 })
      yield* mock.setIssuance({ pendingCollect: "alternate" })
      const second = yield* enrollOn(mock)
      const codes = [yield* second.collect, yield* second.collect, yield* second.collect].map((answer) => answer.code)
      expect(codes).toEqual([-1400, -183, -1400])
      yield* mock.issueCertificate(second.sslId)
      expect((yield* second.api.get(`/api/ssl/v1/collect/${second.sslId}/x509CO`)).status).toBe(200)
    }))

  it.effect("GET and PUT /__admin/ssl/settings; reset restores the settings and the certificates", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({ issuanceDelaySeconds: 5 })
      const settings = `${mock.httpUrl}/__admin/ssl/settings`
      expect(json(yield* send(settings))).toEqual({ delaySeconds: 5, manual: false, requireApproval: false, pendingCollect: "notCollectable" })
      const put = (body: unknown) =>
        send(settings, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      expect(json(yield* put({ manual: true, pendingCollect: "alternate" }))).toEqual({
        delaySeconds: 5,
        manual: true,
        requireApproval: false,
        pendingCollect: "alternate"
      })
      for (const bad of [{ delaySeconds: -1 }, { delaySeconds: 1.5 }, { manual: "yes" }, { pendingCollect: "later" }, { other: 1 }, []]) {
        expect((yield* put(bad)).status).toBe(400)
      }
      expect(yield* mock.issuance).toMatchObject({ manual: true })
      const { api, sslId } = yield* enrollOn(mock)
      yield* mock.reset
      expect(yield* mock.issuance).toEqual({ delaySeconds: 5, manual: false, requireApproval: false, pendingCollect: "notCollectable" })
      expect((yield* api.get(`/api/ssl/v1/${sslId}`)).status).toBe(404)
      expect((yield* api.get("/api/ssl/v1?size=0")).headers["x-total-count"]).toBe("450")
    }))

  it.effect("refuses invalid issuance options at start, and setIssuance dies on a bad delay", () =>
    Effect.gen(function* () {
      for (const options of [{ issuanceDelaySeconds: -1 }, { issuanceDelaySeconds: 0.5 }, { pendingCollect: "soon" as MockScmServer.PendingCollect }]) {
        const exit = yield* Effect.exit(MockScmServer.make(options))
        expect(Exit.isFailure(exit)).toBe(true)
      }
      const mock = yield* MockScmServer.make()
      expect(Exit.isFailure(yield* Effect.exit(mock.setIssuance({ delaySeconds: -5 })))).toBe(true)
    }))
})
