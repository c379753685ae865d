/**
 * The reports (`POST /report/v1/...`) answered from the mock's state at the `Clock`'s time: SSL
 * certificates from the SSL store, device certificates from a small fixed set, domains from the
 * domain data, and the activity log from what the SSL records say happened to them. Each takes the
 * request fields the REST reference documents (a date window on the date `certificateDateAttribute`
 * names, organizations, status ...) and answers `{statusCode: 0, reports: [...]}` with SCM's
 * `Content-Disposition`. The client-certificate (S/MIME) report lives with the S/MIME store.
 */
import { Clock, Effect, Result } from "effect"
import type { DomainSeed } from "../../state/seed.js"
import { type SslIssuer, type SslRecord, type SslStore, toProfile } from "../ssl/index.js"
import { type DeviceRecord, deviceRowOf, deviceStatusAt, seededDevices } from "./devices.js"
import {
  certificateReportRequest,
  codeField,
  inWindow,
  outputTypeOf,
  patternMatcher,
  reportResponse,
  windowOf
} from "./request.js"
import { activityRowsOf, adminFacts, domainRowOf, organizationFacts, sslRowOf, type SslRowContext } from "./rows.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { answer, type Answer, bodyFields } from "../../http/routeHelpers.js"
import { invalidField } from "../../http/scmErrors.js"
import type { SeedData } from "../../state/seed.js"

/** What the reports read. */
export interface ReportDeps {
  readonly seed: SeedData
  readonly store: SslStore
  readonly issuer: SslIssuer
  /** The domains as they are now (the domain area's state). */
  readonly domains: Effect.Effect<ReadonlyArray<DomainSeed>>
}

/** Reads the query and the body, then answers with `rows`. */
const report = (
  call: ApiCall,
  name: string,
  rows: (fields: Fields.Fields, now: number) => Effect.Effect<ReadonlyArray<unknown>, Answer>
): Effect.Effect<Answer> =>
  answer(Effect.gen(function* () {
    yield* Effect.fromResult(outputTypeOf(call.query))
    const fields = yield* bodyFields(call, "a report request")
    return reportResponse(name, yield* rows(fields, yield* Clock.currentTimeMillis))
  }))

// ---- SSL ----

/** The SSL report's status codes (the reference's; 11, External, is deprecated and reads as Issued). */
const sslStatusCodes = ["0", "1", "2", "3", "4", "11"] as const
const sslStatuses: Readonly<Record<(typeof sslStatusCodes)[number], ReadonlySet<string> | undefined>> = {
  "0": undefined,
  "1": new Set(["Requested", "Applied", "Approved", "SA Approved"]),
  "2": new Set(["Issued"]),
  "3": new Set(["Revoked"]),
  "4": new Set(["Expired"]),
  "11": new Set(["Issued"])
}

/**
 * The date attribute codes (the reference's table; the spec lists 2 to 5 for this report, the
 * reference's own example sends 1). Downloads are not recorded, so a window on them finds nothing.
 * Without one, a window is on the request date.
 */
const dateAttributeCodes = ["0", "1", "2", "3", "4", "5"] as const
const sslDate: Readonly<Record<(typeof dateAttributeCodes)[number], (record: SslRecord) => number | undefined>> = {
  "0": (record) => record.requested,
  "1": () => undefined,
  "2": (record) => record.revoked,
  "3": (record) => record.expires,
  "4": (record) => record.requested,
  "5": (record) => record.issued
}

/** `certificateRequestSource` codes and the `requestedVia` each names. */
const requestSources: Readonly<Record<string, string>> = {
  "0": "Enrollment Form",
  "1": "Client Admin",
  "2": "Web API",
  "3": "Discovery",
  "4": "Imported",
  "5": "SCEP",
  "7": "MS Agent",
  "9": "Bulk Request",
  "10": "ACME",
  "11": "EST",
  "12": "REST API"
}

/** The SSL report's text filters: at most so long, and a common name without `<`, `>` or `\`. */
const textFilter = (fields: Fields.Fields, name: string, maxLength: number, caseSensitive: boolean) =>
  Result.flatMap(Fields.optionalString(fields, name, maxLength), (pattern) =>
    pattern === undefined || pattern === ""
      ? Result.succeed(() => true)
      : name === "commonName" && /[<>\\]/.test(pattern)
      ? Result.fail(invalidField(name))
      : Result.succeed(patternMatcher(pattern, caseSensitive)))

const optionalBoolean = (fields: Fields.Fields, name: string) =>
  fields[name] === undefined || fields[name] === null || typeof fields[name] === "boolean"
    ? Result.succeed(undefined)
    : Result.fail(invalidField(name))

const sslFilter = (fields: Fields.Fields) =>
  Result.gen(function* () {
    const request = yield* certificateReportRequest(fields, {
      statuses: sslStatusCodes,
      anyStatus: "0",
      dateAttributes: dateAttributeCodes,
      defaultDateAttribute: "4"
    })
    const commonName = yield* textFilter(fields, "commonName", 256, false)
    const externalRequester = yield* textFilter(fields, "externalRequester", 512, true)
    const source = yield* codeField(fields, "certificateRequestSource", [...Object.keys(requestSources), ""], "")
    yield* Fields.optionalString(fields, "serialNumberFormat", 64)
    yield* optionalBoolean(fields, "includeIpAddresses")
    const statuses = sslStatuses[request.status]
    const date = sslDate[request.dateAttribute]
    const requestedVia = source === "" ? undefined : requestSources[source]
    return (record: SslRecord): boolean =>
      (statuses === undefined || statuses.has(record.status)) &&
      (request.organizationIds === undefined || (record.orgId !== undefined && request.organizationIds.has(record.orgId))) &&
      inWindow(request.window, date(record)) &&
      commonName(record.commonName) &&
      externalRequester(record.externalRequester) &&
      (requestedVia === undefined || record.requestedVia === requestedVia)
  })

// ---- devices ----

/** The device report's status codes: 7 (Awaiting Approval) reads as Requested, 10 (Downloaded) as Issued. */
const deviceStatusCodes = ["0", "1", "2", "3", "4", "7", "8", "9", "10"] as const
const deviceStatuses: Readonly<Record<(typeof deviceStatusCodes)[number], string | undefined>> = {
  "0": undefined,
  "1": "Requested",
  "2": "Issued",
  "3": "Revoked",
  "4": "Expired",
  "7": "Requested",
  "8": "Approved",
  "9": "Applied",
  "10": "Issued"
}

const deviceDate: Readonly<Record<(typeof dateAttributeCodes)[number], (device: DeviceRecord) => number | undefined>> = {
  "0": (device) => device.requested,
  "1": () => undefined,
  "2": (device) => device.revoked,
  "3": (device) => device.expires,
  "4": (device) => device.requested,
  "5": (device) => device.issued
}

/** The SSL, device, domain and activity reports over the mock's state. */
export const reportResources = (deps: ReportDeps): Effect.Effect<ReadonlyArray<Resource>> =>
  Effect.gen(function* () {
    const start = yield* Clock.currentTimeMillis
    const devices = seededDevices(start)
    const context: SslRowContext = {
      organizations: organizationFacts(deps.seed.organizations),
      admins: adminFacts(deps.seed.admins),
      profiles: new Map(deps.seed.sslTypes.map(toProfile).map((profile) => [profile.id, profile])),
      issuer: new deps.issuer.x509.X509Certificate(deps.issuer.issuingCaPem).subject
    }
    const sslRow = sslRowOf(context)
    return [
      {
        method: "POST",
        path: "/report/v1/ssl-certificates",
        handle: (call) =>
          report(call, "ssl-certificates", (fields) =>
            Effect.gen(function* () {
              const matches = yield* Effect.fromResult(sslFilter(fields))
              return (yield* deps.store.all).filter(matches).map(sslRow)
            }))
      },
      {
        method: "POST",
        path: "/report/v1/device-certificates",
        handle: (call) =>
          report(call, "device-certificates", (fields, now) =>
            Effect.gen(function* () {
              const request = yield* Effect.fromResult(certificateReportRequest(fields, {
                statuses: deviceStatusCodes,
                anyStatus: "0",
                dateAttributes: dateAttributeCodes,
                defaultDateAttribute: "4"
              }))
              yield* Effect.fromResult(Fields.optionalString(fields, "serialNumberFormat", 64))
              const status = deviceStatuses[request.status]
              const dateOf = deviceDate[request.dateAttribute]
              return devices
                .filter((device) =>
                  (status === undefined || deviceStatusAt(device, now) === status) &&
                  (request.organizationIds === undefined || request.organizationIds.has(device.orgId)) &&
                  inWindow(request.window, dateOf(device))
                )
                .map(deviceRowOf(context.organizations, context.issuer, now))
            }))
      },
      {
        // The spec and the reference give this report no request body: none is read.
        method: "POST",
        path: "/report/v1/domains",
        handle: (call) =>
          answer(Effect.gen(function* () {
            yield* Effect.fromResult(outputTypeOf(call.query))
            const now = yield* Clock.currentTimeMillis
            const domains = [...(yield* deps.domains)].sort((a, b) => a.id - b.id)
            return reportResponse("domains", domains.map(domainRowOf(now)))
          }))
      },
      {
        method: "POST",
        path: "/report/v1/activity",
        handle: (call) =>
          report(call, "activity", (fields, now) =>
            Effect.gen(function* () {
              const window = yield* Effect.fromResult(windowOf(fields))
              const events = activityRowsOf(yield* deps.store.all, now, context)
              return events.filter((event) => inWindow(window, event.at)).map((event) => event.row)
            }))
      }
    ] satisfies ReadonlyArray<Resource>
  })
