/**
 * The core schemas against the vendor's OpenAPI document (25.9.2), and the mock server's answers
 * against the core schemas:
 * - each schema names exactly the properties of the spec's component it was written from, and
 *   each enum knows exactly the values the spec lists (so a field or value the spec adds is a
 *   failing test here, not a silent gap);
 * - every answer the mock gives for these operations decodes with the schemas, strictly: a field
 *   the schema does not name is reported (decoding for users ignores such fields).
 * The document is in the repository, at spec/ (read relative to this file).
 */
import { HttpBody } from "effect/http"
import { describe, expect, it, layer } from "@effect/vitest"
import { Effect, Result, Schema, type SchemaAST } from "effect"
import * as Fs from "node:fs"
import { fileURLToPath } from "node:url"
import { Domains, Organizations, ScmHttpClient, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as organizationSchemas from "../src/internal/schemas/organizations.js"
import * as sslSchemas from "../src/internal/schemas/sslCertificates.js"
import * as domainSchemas from "../src/internal/schemas/domains.js"
import * as Csr from "./fixtures/Csr.js"
import * as Mock from "./fixtures/Mock.js"
import { loadPatchedSpec } from "../../mock-server/src/internal/spec/specDocument.js"

interface JsonSchema {
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly items?: JsonSchema
  readonly enum?: ReadonlyArray<string>
  readonly $ref?: string
  readonly description?: string
}

interface Parameter {
  readonly name: string
  readonly description?: string
  readonly schema: JsonSchema
}

interface OpenApi {
  readonly paths: Readonly<Record<string, Readonly<Record<string, { readonly parameters?: ReadonlyArray<Parameter> }>>>>
  readonly components: { readonly schemas: Readonly<Record<string, JsonSchema>> }
}

const specUrl = new URL("../../../spec/scm-admin-api-25.9.2.openapi.json", import.meta.url)

const loadSpec = (): OpenApi => {
  const path = fileURLToPath(specUrl)
  if (!Fs.existsSync(path)) {
    throw new Error(`The vendor's OpenAPI document is missing at ${path}: tests read it from the repository's spec/.`)
  }
  return JSON.parse(Fs.readFileSync(path, "utf8")) as OpenApi
}

const spec = loadSpec()
const component = (name: string): JsonSchema => {
  const found = spec.components.schemas[name]
  if (found === undefined) throw new Error(`no component ${name} in the spec`)
  return found
}
const parameterOf = (path: string, name: string): Parameter => {
  const found = spec.paths[path]?.["get"]?.parameters?.find((candidate) => candidate.name === name)
  if (found === undefined) throw new Error(`no parameter ${name} on GET ${path}`)
  return found
}
const parameter = (path: string, name: string): JsonSchema => parameterOf(path, name).schema

/** What the check reads of a Struct schema: its field names. */
type AnyStruct = { readonly fields: Readonly<Record<string, unknown>> }

const patchedDcvStatus = (loadPatchedSpec(new URL("../../../spec/", import.meta.url))["components"] as unknown as {
  readonly schemas: Readonly<Record<string, JsonSchema>>
}).schemas["DcvStatus"]?.enum

/** Each core schema and the spec component it was written from. */
const structs: ReadonlyArray<readonly [AnyStruct, string]> = [
  [SslCertificates.Profile, "ApiCertType"],
  [SslCertificates.CustomField, "ApiCustomField"],
  [SslCertificates.CustomFieldValue, "ApiCertField"],
  [SslCertificates.Identity, "SSLIdentity"],
  [SslCertificates.Certificate, "CertDetailsResponse"],
  [sslSchemas.CertificateDetails, "CertificateDetails"],
  [sslSchemas.AutoInstallDetails, "AutoInstallDetails"],
  [sslSchemas.InstallNode, "InstallNode"],
  [sslSchemas.AutoRenewDetails, "AutoRenewDetails"],
  [SslCertificates.Enrolled, "EnrollResponse"],
  [SslCertificates.Renewed, "RenewResponse"],
  [Organizations.OrganizationSummary, "OrganizationBasicResp"],
  [Organizations.Department, "DepartmentBasicInfo"],
  [Organizations.Organization, "OrganizationResp"],
  [organizationSchemas.ClientCertificateSettings, "ClientCertificate"],
  [Domains.DomainIdentity, "DomainIdentity"],
  [Domains.Domain, "DomainInfo"],
  [Domains.Delegation, "DomainDelegation"],
  [domainSchemas.CtLogMonitoring, "CtLogMonitoring"]
]

/** The known values of an open enum (`Union(Literal(...), branded string)`) or a closed one. */
const literalsOf = (schema: Schema.Top): ReadonlyArray<unknown> => {
  const literals = (ast: SchemaAST.AST): ReadonlyArray<unknown> =>
    ast._tag === "Union" ? ast.types.flatMap(literals) : ast._tag === "Literal" ? [ast.literal] : []
  return literals(schema.ast)
}

const sorted = <A>(values: ReadonlyArray<A>) => [...values].map(String).sort()

describe("the core schemas follow the vendor's spec", () => {
  it.each(structs.map(([schema, name]) => [name, schema] as const))("%s: the same properties", (name, schema) => {
    expect(sorted(Object.keys(schema.fields))).toEqual(sorted(Object.keys(component(name).properties ?? {})))
  })

  it("every enum knows the values the spec lists", () => {
    const certificate = component("CertDetailsResponse").properties ?? {}
    const pairs: ReadonlyArray<readonly [string, Schema.Top, ReadonlyArray<string> | undefined]> = [
      ["SSL status (list filter)", SslCertificates.SslStatus, parameter("/api/ssl/v1", "status").enum],
      ["requestedVia (list filter)", SslCertificates.RequestedVia, parameter("/api/ssl/v1", "requestedVia").enum],
      ["installStatus", SslCertificates.InstallState, component("AutoInstallDetails").properties?.["state"]?.enum],
      ["install node status", SslCertificates.InstallNodeStatus, component("InstallNode").properties?.["status"]?.enum],
      ["renewal state", SslCertificates.RenewalState, component("AutoRenewDetails").properties?.["state"]?.enum],
      ["dcvMode", SslCertificates.DcvMode, component("EnrollRequest").properties?.["dcvMode"]?.enum],
      ["revoke reasonCode", SslCertificates.RevocationReasonCode, component("RevokeRequest").properties?.["reasonCode"]?.enum],
      ["details reasonCode", SslCertificates.CrlReasonCode.to, certificate["reasonCode"]?.enum],
      ["organization certTypes", Organizations.CertificateKind, component("OrganizationResp").properties?.["certTypes"]?.items?.enum],
      ["domain delegationStatus", Domains.DelegationStatus, component("DomainInfo").properties?.["delegationStatus"]?.enum],
      ["domain state", Domains.DomainState, component("DomainInfo").properties?.["state"]?.enum],
      // DcvStatus as patched (spec/patches/09): the DCV answers' constants beside the display words.
      ["domain validationStatus", Domains.ValidationStatus, patchedDcvStatus],
      ["domain validationMethod", Domains.ValidationMethod, component("DomainInfo").properties?.["validationMethod"]?.enum]
    ]
    for (const [what, schema, values] of pairs) {
      expect([what, sorted(literalsOf(schema))]).toEqual([what, sorted(values ?? [])])
    }
    const installFilter = parameter("/api/ssl/v1", "installStatus").enum
    expect(sorted(literalsOf(SslCertificates.InstallState))).toEqual(sorted(installFilter ?? []))
    const renewalFilter = parameter("/api/ssl/v1", "renewalStatus").enum
    expect(sorted(literalsOf(SslCertificates.RenewalState))).toEqual(sorted(renewalFilter ?? []))
  })

  it("collect offers the formats the spec's description lists", () => {
    const description = parameterOf("/api/ssl/v1/collect/{sslId}", "format").description ?? ""
    const listed = [...description.matchAll(/'\*([A-Za-z0-9]+)\*'/g)].map((match) => match[1])
    expect(sorted(SslCertificates.CollectFormat.literals)).toEqual(sorted(listed))
  })

  it("the list filters are the spec's query parameters (position and size are the Stream's)", () => {
    const names = (path: string) =>
      (spec.paths[path]?.["get"]?.parameters ?? []).map((candidate) => candidate.name).filter((name) =>
        name !== "position" && name !== "size"
      )
    // Compile-time lists of the filter keys: adding a filter to the type without the spec fails here.
    const sslFilters: Record<keyof SslCertificates.ListFilters, true> = {
      commonName: true,
      subjectAlternativeName: true,
      status: true,
      sslTypeId: true,
      discoveryStatus: true,
      vendor: true,
      orgId: true,
      installStatus: true,
      renewalStatus: true,
      issuer: true,
      serialNumber: true,
      requester: true,
      externalRequester: true,
      signatureAlgorithm: true,
      keyAlgorithm: true,
      keySize: true,
      keyParam: true,
      sha1Hash: true,
      md5Hash: true,
      sha256Hash: true,
      keyUsage: true,
      extendedKeyUsage: true,
      requestedVia: true
    }
    const domainFilters: Record<keyof Domains.ListFilters, true> = { name: true, state: true, status: true, orgId: true }
    expect(sorted(Object.keys(sslFilters))).toEqual(sorted(names("/api/ssl/v1")))
    expect(sorted(Object.keys(domainFilters))).toEqual(sorted(names("/api/domain/v1")))
  })
})

/** Strict decoding: fails on a field the schema does not name, listing every problem. */
const strictly = (schema: Schema.Decoder<unknown>, json: unknown, what: string): ReadonlyArray<string> =>
  Result.match(Schema.decodeUnknownResult(schema, { onExcessProperty: "error", errors: "all" })(json), {
    onFailure: (error) => [`${what}: ${error.message}`],
    onSuccess: () => []
  })

layer(MockScmServer.layer(Mock.mockOptions))("the mock's answers decode with the core schemas", (it) => {
  it.effect("types, custom fields, list pages, details in every status, enroll, renew, organizations, domains", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const client = yield* ScmHttpClient.ScmHttpClient
      const problems: Array<string> = []
      const check = (path: string, schema: Schema.Decoder<unknown>) =>
        Effect.flatMap(client.get(path), ScmHttpClient.json).pipe(
          Effect.tap((json) => Effect.sync(() => problems.push(...strictly(schema, json, `GET ${path}`))))
        )

      yield* check("/api/ssl/v1/types", Schema.Array(SslCertificates.Profile))
      yield* check("/api/ssl/v1/types?organizationId=1001", Schema.Array(SslCertificates.Profile))
      yield* check("/api/ssl/v1/customFields", Schema.Array(SslCertificates.CustomField))
      for (const query of ["", "?position=0&size=200", "?position=400&size=200", "?position=450&size=10", "?status=Revoked"]) {
        yield* check(`/api/ssl/v1${query}`, Schema.Array(SslCertificates.Identity))
      }
      // Seeded certificates cycle through their statuses every 10 ids.
      for (let sslId = 20001; sslId <= 20010; sslId++) yield* check(`/api/ssl/v1/${sslId}`, SslCertificates.Certificate)

      // A certificate through its lifecycle: Applied, Issued, renewed, Revoked.
      yield* mock.setIssuance({ manual: true })
      const csr = yield* Csr.generate("spec-decoding.example.com")
      const enrollBody = { orgId: 1001, certType: 1101, term: 200, csr: csr.pem, customFields: [{ name: "Cost center", value: "7" }] }
      const enrolled = yield* Effect.flatMap(
        client.post("/api/ssl/v1/enroll", { body: HttpBody.jsonUnsafe(enrollBody) }),
        ScmHttpClient.json
      )
      problems.push(...strictly(SslCertificates.Enrolled, enrolled, "POST /api/ssl/v1/enroll"))
      const { sslId } = Schema.decodeUnknownSync(SslCertificates.Enrolled)(enrolled)
      yield* check(`/api/ssl/v1/${sslId}`, SslCertificates.Certificate)
      yield* mock.issueCertificate(sslId)
      yield* check(`/api/ssl/v1/${sslId}`, SslCertificates.Certificate)
      const renewed = yield* Effect.flatMap(
        client.post(`/api/ssl/v1/renewById/${sslId}`, { body: HttpBody.jsonUnsafe({}) }),
        ScmHttpClient.json
      )
      problems.push(...strictly(SslCertificates.Renewed, renewed, `POST /api/ssl/v1/renewById/${sslId}`))
      yield* SslCertificates.revoke(sslId, { reasonCode: 1, reason: "spec decoding" })
      yield* check(`/api/ssl/v1/${sslId}`, SslCertificates.Certificate)

      yield* check("/api/organization/v1", Schema.Array(Organizations.OrganizationSummary))
      for (const organization of yield* Organizations.list()) {
        yield* check(`/api/organization/v1/${organization.id}`, Organizations.Organization)
        for (const department of organization.departments) {
          yield* check(`/api/organization/v1/${department.id}`, Organizations.Organization)
        }
      }
      yield* check("/api/domain/v1", Schema.Array(Domains.DomainIdentity))
      const domains = yield* Domains.page(undefined, { position: 0 })
      for (const domain of domains.items) yield* check(`/api/domain/v1/${domain.id}`, Domains.Domain)

      expect(problems).toEqual([])
    }).pipe(Effect.provide(Mock.password())))
})
