/**
 * SSL: certificates enrolled, issued and waiting for approval, on v1 and v2 alike.
 */
import { Effect } from "effect"
import type { ScmError } from "../../src/ScmError.js"
import * as Csr from "../fixtures/Csr.js"
import { type AreaState, type Call, invoke } from "./call.js"

/** The stateful SSL operations need the mock's state: certificates enrolled, issued, waiting for approval. */
const sslState = (version: "v1" | "v2"): AreaState => (api, mock) =>
  Effect.gen(function*() {
    const suffix = version === "v1" ? "1" : ""
    const enroll = (name: string) =>
      Effect.flatMap(Csr.generate(`${name}-${version}.example.com`), (csr) =>
        invoke(api, `enrollSslCertificate${suffix}`, {
          path: [],
          params: {},
          payload: { orgId: 1001, certType: 1101, term: 200, csr: csr.pem }
        }, false)) as Effect.Effect<{ readonly sslId: number }, ScmError>
    const issued = (name: string) => Effect.tap(enroll(name), ({ sslId }) => mock.issueCertificate(sslId))
    const collect = yield* issued("collect")
    const revoke = yield* issued("revoke")
    const bySerial = yield* issued("serial")
    const renew = yield* issued("renew")
    yield* mock.setIssuance({ requireApproval: true })
    const approve = yield* enroll("approve")
    yield* mock.setIssuance({ requireApproval: false })
    const details = (yield* invoke(api, `getSslCertificateDetails${suffix}`, { path: [String(bySerial.sslId)], params: {}, payload: undefined }, false)) as {
      readonly serialNumber: string
    }
    const csr = yield* Csr.generate(`enroll-${version}.example.com`)
    const ids = (sslId: number) => [String(sslId)]
    const calls: Record<string, Partial<Call>> = {
      [`/api/ssl/${version} GET`]: { params: { size: 5 } },
      [`/api/ssl/${version}/{sslId} GET`]: { path: ids(collect.sslId) },
      [`/api/ssl/${version}/enroll POST`]: { payload: { orgId: 1001, certType: 1101, term: 200, csr: csr.pem } },
      [`/api/ssl/${version}/collect/{sslId} GET`]: { path: ids(collect.sslId), params: { format: "x509" } },
      [`/api/ssl/${version}/approve/{id} POST`]: { path: ids(approve.sslId), payload: { message: "approved" } },
      // Real clients send no reasonCode: SCM accepts that.
      [`/api/ssl/${version}/revoke/{id} POST`]: { path: ids(revoke.sslId), payload: { reason: "superseded" } },
      [`/api/ssl/${version}/revoke/serial/{serialNumber} POST`]: { path: [details.serialNumber], payload: { reason: "key compromise" } },
      [`/api/ssl/${version}/renewById/{sslId} POST`]: { path: ids(renew.sslId), payload: {} }
    }
    return calls
  })

/** Both versions of the SSL area. */
export const state: AreaState = (api, mock) =>
  Effect.map(Effect.all([sslState("v1")(api, mock), sslState("v2")(api, mock)]), ([v1, v2]) => ({ ...v1, ...v2 }))
