/**
 * The SCM resources, written once and served behind every auth scheme: the scheme decides who is
 * asking, these handlers decide what they get. Paths are relative to the API root (`/api` or
 * `/private/api`). Answers that do not depend on the request are serialised once.
 */
import type { HttpServerResponse } from "@effect/platform"
import { Effect, Either, Ref } from "effect"
import type { Principal } from "./auth.js"
import { integerParam, literalParam, maxInt32, type QueryParams, stringParam } from "./query.js"
import { badRequest, jsonResponse } from "./scmErrors.js"
import type { SslCertificateSeed, SslTypeSeed } from "../MockScmServer.js"
import { type SeedData, sslStatuses } from "./seed.js"

/** One resource: a method and a path under the API root, and its handler. */
export interface Resource {
  readonly method: "GET"
  readonly path: string
  readonly handle: (principal: Principal, params: QueryParams) => Effect.Effect<HttpServerResponse.HttpServerResponse>
}

/** The resources and their mutable state. */
export interface Resources {
  readonly routes: ReadonlyArray<Resource>
  readonly reset: Effect.Effect<void>
}

/** SCM's page size limit. */
export const maxPageSize = 200

/** A field of a seed record if it has the expected type. */
const field = {
  string: (record: Readonly<Record<string, unknown>>, name: string): string | undefined =>
    typeof record[name] === "string" ? record[name] : undefined,
  number: (record: Readonly<Record<string, unknown>>, name: string): number | undefined =>
    typeof record[name] === "number" ? record[name] : undefined,
  strings: (record: Readonly<Record<string, unknown>>, name: string): ReadonlyArray<string> | undefined => {
    const value = record[name]
    return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : undefined
  },
  numbers: (record: Readonly<Record<string, unknown>>, name: string): ReadonlyArray<number> | undefined => {
    const value = record[name]
    return Array.isArray(value) && value.every((item) => typeof item === "number") ? value : undefined
  }
}

/** A certificate profile: as sent (without the mock-only `organizationIds`), and whom it is offered to. */
interface Profile {
  readonly sent: Readonly<Record<string, unknown>>
  readonly organizationIds: ReadonlyArray<number> | undefined
}

const toProfile = ({ organizationIds, ...sent }: SslTypeSeed): Profile => ({
  sent,
  organizationIds: field.numbers({ organizationIds }, "organizationIds")
})

/** A certificate: SSLIdentity as the list sends it, and the fields the filters read. */
interface Listed {
  readonly sslId: number
  readonly identity: Readonly<Record<string, unknown>>
  readonly commonName: string
  readonly subjectAlternativeNames: ReadonlyArray<string>
  readonly serialNumber: string | undefined
  readonly status: string | undefined
  readonly sslTypeId: number | undefined
  readonly orgId: number | undefined
  readonly requester: string | undefined
}

const toListed = (certificate: SslCertificateSeed): Listed => {
  const subjectAlternativeNames = field.strings(certificate, "subjectAlternativeNames")
  const serialNumber = field.string(certificate, "serialNumber")
  return {
    sslId: certificate.sslId,
    identity: {
      sslId: certificate.sslId,
      commonName: certificate.commonName,
      ...(subjectAlternativeNames === undefined ? {} : { subjectAlternativeNames }),
      ...(serialNumber === undefined ? {} : { serialNumber })
    },
    commonName: certificate.commonName,
    subjectAlternativeNames: subjectAlternativeNames ?? [],
    serialNumber,
    status: field.string(certificate, "status"),
    sslTypeId: field.number(certificate, "sslTypeId"),
    orgId: field.number(certificate, "orgId"),
    requester: field.string(certificate, "requester")
  }
}


interface ListQuery {
  readonly position: number
  readonly size: number
  readonly commonName: string | undefined
  readonly subjectAlternativeName: string | undefined
  readonly status: string | undefined
  readonly sslTypeId: number | undefined
  readonly orgId: number | undefined
  readonly serialNumber: string | undefined
  readonly requester: string | undefined
}

const listQuery = (params: QueryParams): Either.Either<ListQuery, string> =>
  Either.gen(function* () {
    return {
      position: (yield* integerParam(params, "position", 0, maxInt32)) ?? 0,
      // Without `size` a page is as large as SCM allows; a client that never paginates sees only 200.
      size: (yield* integerParam(params, "size", 0, maxPageSize)) ?? maxPageSize,
      commonName: yield* stringParam(params, "commonName", 1024),
      subjectAlternativeName: yield* stringParam(params, "subjectAlternativeName", 1024),
      status: yield* literalParam(params, "status", sslStatuses),
      sslTypeId: yield* integerParam(params, "sslTypeId", 1, maxInt32),
      orgId: yield* integerParam(params, "orgId", -maxInt32, maxInt32),
      serialNumber: yield* stringParam(params, "serialNumber", 128),
      requester: yield* stringParam(params, "requester", 128)
    }
  })

const contains = (text: string, part: string): boolean => text.toLowerCase().includes(part.toLowerCase())

/** Text filters match case-insensitively as substrings (serial numbers: whole); ids and status exactly. */
const matchesQuery = (query: ListQuery) => {
  const { commonName, subjectAlternativeName, status, sslTypeId, orgId, serialNumber, requester } = query
  return (certificate: Listed): boolean =>
    (commonName === undefined || contains(certificate.commonName, commonName)) &&
    (subjectAlternativeName === undefined || certificate.subjectAlternativeNames.some((name) => contains(name, subjectAlternativeName))) &&
    (status === undefined || certificate.status === status) &&
    (sslTypeId === undefined || certificate.sslTypeId === sslTypeId) &&
    (orgId === undefined || certificate.orgId === orgId) &&
    (serialNumber === undefined || certificate.serialNumber?.toUpperCase() === serialNumber.toUpperCase()) &&
    (requester === undefined || certificate.requester === requester)
}

const listedInOrder = (certificates: ReadonlyArray<SslCertificateSeed>): ReadonlyArray<Listed> =>
  certificates.map(toListed).sort((a, b) => a.sslId - b.sslId)

/** The resources over `seed`; `reset` restores the seeded certificates. */
export const makeResources = (seed: SeedData): Effect.Effect<Resources> =>
  Effect.map(Ref.make(listedInOrder(seed.sslCertificates)), (certificates) => {
    const profiles = seed.sslTypes.map(toProfile)
    // Answers that depend on nothing in the request, built once.
    const allTypes = jsonResponse(200, profiles.map((profile) => profile.sent))
    const organizations = Effect.succeed(jsonResponse(200, seed.organizations))
    const typesFor = (organizationId: number | undefined) =>
      organizationId === undefined
        ? allTypes
        : jsonResponse(
          200,
          profiles
            .filter((profile) => profile.organizationIds === undefined || profile.organizationIds.includes(organizationId))
            .map((profile) => profile.sent)
        )
    const succeedAllTypes = Effect.succeed(allTypes)

    const types: Resource = {
      method: "GET",
      path: "/ssl/v1/types",
      handle: (_principal, params) =>
        params["organizationId"] === undefined
          ? succeedAllTypes
          : Effect.succeed(Either.match(integerParam(params, "organizationId", 1, maxInt32), { onLeft: badRequest, onRight: typesFor }))
    }

    const list: Resource = {
      method: "GET",
      path: "/ssl/v1",
      handle: (_principal, params) =>
        Either.match(listQuery(params), {
          onLeft: (description) => Effect.succeed(badRequest(description)),
          onRight: (query) =>
            Effect.map(Ref.get(certificates), (all) => {
              const matching = all.filter(matchesQuery(query))
              const page = matching.slice(query.position, query.position + query.size).map((listed) => listed.identity)
              return jsonResponse(200, page, { "x-total-count": String(matching.length) })
            })
        })
    }

    const organizationList: Resource = {
      method: "GET",
      path: "/organization/v1",
      handle: () => organizations
    }

    return {
      routes: [types, list, organizationList],
      reset: Ref.set(certificates, listedInOrder(seed.sslCertificates))
    }
  })
