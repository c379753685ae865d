/**
 * S/MIME: client certificates enrolled (and issued: the mock issues them at once) for people who
 * exist, each for the operation that changes it, on v1 and v2 alike; a valid enrollment with a
 * real CSR.
 */
import { Effect } from "effect"
import * as Crypto from "node:crypto"
import type { ScmError } from "../../src/ScmError.js"
import * as Csr from "../fixtures/Csr.js"
import { type AreaState, type Call, invoke } from "./call.js"

const enrollment = (csr: string, email: string) => ({
  orgId: 1001,
  firstName: "Walk",
  lastName: "Smime",
  email,
  csr,
  certType: 1201,
  term: 365
})

interface Ordered {
  readonly backendCertId: string
}

const smimeState = (version: "v1" | "v2"): AreaState => (api) =>
  Effect.gen(function*() {
    const suffix = version === "v1" ? "V1" : ""
    const run = Crypto.randomBytes(3).toString("hex")
    const emailOf = (label: string) => `walk-smime-${label}-${version}-${run}@example.com`
    const enroll = (label: string) =>
      Effect.flatMap(Csr.generate(label, []), (csr) =>
        invoke(api, `enrollClientCertificate${suffix}`, { path: [], params: {}, payload: enrollment(csr.pem, emailOf(label)) }, false)) as Effect.Effect<
          Ordered,
          ScmError
        >
    /** The listed facts of an enrolled certificate (the list is v2 only). */
    const listed = (backendCertId: string) =>
      Effect.map(
        invoke(api, "getClientCertificateList", { path: [], params: { backendCertId }, payload: undefined }, false),
        (items) => (items as ReadonlyArray<{ readonly id: number; readonly serialNumber: string }>)[0]!
      ) as Effect.Effect<{ readonly id: number; readonly serialNumber: string }, ScmError>
    const collect = yield* enroll("collect")
    const revoke = yield* enroll("revoke")
    const bySerial = yield* enroll("serial")
    // Revoke by e-mail revokes every certificate of this person.
    yield* enroll("email")
    const renew = yield* enroll("renew")
    const renewBySerial = yield* enroll("renew-serial")
    const collected = yield* listed(collect.backendCertId)
    const serial = (yield* listed(bySerial.backendCertId)).serialNumber
    const renewSerial = (yield* listed(renewBySerial.backendCertId)).serialNumber
    const person = (yield* invoke(api, `getPersonIdByEmail${suffix}`, { path: [emailOf("collect")], params: {}, payload: undefined }, false)) as {
      readonly personId: number
    }
    const csr = yield* Csr.generate("enroll", [])
    const base = `/api/smime/${version}`
    const calls: Record<string, Partial<Call>> = {
      [`${base} GET`]: { params: { size: 5 } },
      [`${base}/enroll POST`]: { payload: enrollment(csr.pem, emailOf("enroll")) },
      [`${base}/collect/{backendCertId} GET`]: { path: [collect.backendCertId], params: { format: "x509" } },
      [`${base}/revoke/order/{backendCertId} POST`]: { path: [revoke.backendCertId], payload: { reasonCode: "4", reason: "superseded" } },
      [`${base}/revoke/serial/{serialNumber} POST`]: { path: [serial], payload: { reason: "key compromise" } },
      [`${base}/revoke POST`]: { payload: { email: emailOf("email"), reason: "left" } },
      [`${base}/renew/order/{backendCertId} POST`]: { path: [renew.backendCertId] },
      [`${base}/renew/serial/{serialNumber} POST`]: { path: [renewSerial] },
      [`${base}/byPersonId/{pid} GET`]: { path: [String(person.personId)] },
      [`${base}/byPersonEmail/{email} GET`]: { path: [emailOf("collect")] },
      [`${base}/{id} GET`]: { path: [String(collected.id)] }
    }
    return calls
  })

/** What the smime area's stateful operations need, on both versions. */
export const state: AreaState = (api, mock) =>
  Effect.map(Effect.all([smimeState("v1")(api, mock), smimeState("v2")(api, mock)]), ([v1, v2]) => ({ ...v1, ...v2 }))
