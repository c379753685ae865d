/**
 * The report area: the mock answers the SSL, device, domain and activity reports from its state,
 * and the client-certificate report from the S/MIME store.
 * The spec's samples ask for `organizationIds: [{}]` (its items are typed as any JSON), which SCM
 * refuses: the walk asks for seeded organizations instead, in a window the seeded data falls in.
 */
import { Clock, Effect } from "effect"
import type { AreaState, Call } from "./call.js"

/** A window on the expiry date from the walk's start to a year later, over the seeded organizations. */
const window = Effect.map(Clock.currentTimeMillis, (now) => ({
  from: new Date(now).toISOString(),
  to: new Date(now + 365 * 24 * 60 * 60 * 1000).toISOString(),
  organizationIds: [1001, 1002, 1003, 1010, 1011, 1020],
  certificateDateAttribute: "3"
}))

/** What the report area's stateful operations need. */
export const state: AreaState = () =>
  Effect.map(window, (payload): Record<string, Partial<Call>> => ({
    "/api/report/v1/ssl-certificates POST": { payload: { ...payload, certificateStatus: "2", commonName: "example" } },
    "/api/report/v1/device-certificates POST": { payload: { ...payload, certificateStatus: "2" } },
    "/api/report/v1/client-certificates POST": { payload: { ...payload, certificateStatus: "2" } },
    "/api/report/v1/activity POST": { payload: { from: payload.from.slice(0, 10) } }
  }))
