/**
 * The twin patches: operations the REST 25.5 reference documents on an older path (`/api/dcv/v1`,
 * `/api/person/v1`, `/api/discovery/v2` ...) whose newer version the spec has. Each twin is built
 * from the spec's modern operation (after the hand-written patches, so their fixes carry over)
 * plus the differences the reference shows for the old one: its path spelling, its request and
 * response fields, its status codes and headers. Every difference below names where the reference
 * shows it, so that nothing is assumed equal to the newer version without having been compared.
 *
 * `scripts/generate.ts` runs this before the generator and writes `spec/patches/5x-twin-*.json`;
 * `generate --check` (CI) fails when a committed twin patch is not what this file builds.
 */

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }
type JsonRecord = Record<string, Json>

/** An operation, schema or other object of the spec being edited (a deep copy of the spec's). */
type Mutable = Record<string, unknown>

const isObject = (value: unknown): value is Mutable => typeof value === "object" && value !== null && !Array.isArray(value)

/** The object at `key` of `record`; fails (naming `what`) when there is none. */
const objectAt = (record: Mutable, key: string, what: string): Mutable => {
  const value = record[key]
  return isObject(value) ? value : fail(`no ${what}`)
}

const parametersOf = (operation: Mutable): Array<Mutable> =>
  Array.isArray(operation["parameters"]) ? operation["parameters"].filter(isObject) : []

export type Method = "get" | "put" | "post" | "delete"

/** A change from the modern operation to the twin, and the reference's evidence for it. */
type Edit = (operation: Mutable) => void

interface Twin {
  readonly method: Method
  /** The reference's path, with its own parameter names (matched to the modern ones by position). */
  readonly path: string
  /** The spec's operation it is the older version of. */
  readonly from: readonly [Method, string]
  readonly operationId: string
  /** The reference's section (and version marker) it comes from. */
  readonly reference: string
  /** As the reference marks the section ("V1 - Deprecated"). */
  readonly deprecated: boolean
  readonly edits?: ReadonlyArray<Edit>
}

/** A schema the twins of an area need: a component of the spec with the reference's differences. */
interface DerivedSchema {
  readonly from: string
  readonly omit?: ReadonlyArray<string>
  readonly add?: Readonly<Record<string, Json>>
  /** Replaces the base's `required` (the reference's "Required"/"Should not be empty" column). */
  readonly required?: ReadonlyArray<string>
}

interface TwinArea {
  /** The patch file: `5N-twin-<area>.json`. */
  readonly file: string
  /** Why the file exists (every operation of the patch carries it). */
  readonly reason: string
  readonly schemas?: Readonly<Record<string, DerivedSchema>>
  readonly twins: ReadonlyArray<Twin>
}

// ---------------------------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------------------------

const schemaRef = (name: string): JsonRecord => ({ $ref: `#/components/schemas/${name}` })

const jsonContent = (schema: Json): JsonRecord => ({ "application/json": { schema } })

/** The success `status` answers `schema` as JSON. */
const responseSchema = (status: string, schema: Json): Edit => (operation) => {
  objectAt(objectAt(operation, "responses", "responses"), status, `response ${status} to give a schema`)["content"] = jsonContent(schema)
}

/** The success `from` becomes `to`, answering `response` (its headers and body, none of `from`'s). */
const successStatus = (from: string, to: string, response: JsonRecord): Edit => (operation) => {
  const responses = objectAt(operation, "responses", "responses")
  if (responses[from] === undefined) fail(`no response ${from} to replace`)
  const entries = Object.entries(responses).map(([status, value]): readonly [string, unknown] => (status === from ? [to, response] : [status, value]))
  operation["responses"] = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

const withHeader = (status: string, name: string, description: string): Edit => (operation) => {
  const response = objectAt(objectAt(operation, "responses", "responses"), status, `response ${status} to give a header`)
  response["headers"] = { ...(isObject(response["headers"]) ? response["headers"] : {}), [name]: { description, style: "simple", schema: { type: "integer" } } }
}

const requestSchema = (schema: Json): Edit => (operation) => {
  const body = objectAt(operation, "requestBody", "request body to replace")
  body["content"] = Object.fromEntries(Object.keys(objectAt(body, "content", "request content")).map((type) => [type, { schema }]))
}

const withoutRequestBody: Edit = (operation) => {
  if (operation["requestBody"] === undefined) fail("no request body to remove")
  delete operation["requestBody"]
}

const withoutQueryParameter = (name: string): Edit => (operation) => {
  const parameters = parametersOf(operation)
  if (!parameters.some((parameter) => parameter["name"] === name && parameter["in"] === "query")) fail(`no query parameter ${name}`)
  operation["parameters"] = parameters.filter((parameter) => parameter["name"] !== name)
}

/** The modern query parameter `name` is a path segment of the twin (`/customField/v1/{certType}`), of `schema`. */
const queryToPath = (name: string, schema: Json): Edit => (operation) => {
  const parameter = parametersOf(operation).find((candidate) => candidate["name"] === name && candidate["in"] === "query") ?? fail(`no query parameter ${name}`)
  parameter["in"] = "path"
  parameter["required"] = true
  parameter["schema"] = schema
}

// ---------------------------------------------------------------------------------------------
// The areas
// ---------------------------------------------------------------------------------------------

const twin = (
  method: Method,
  path: string,
  from: string,
  operationId: string,
  reference: string,
  deprecated: boolean,
  ...edits: ReadonlyArray<Edit>
): Twin => ({ method, path, from: [method, from], operationId, reference, deprecated, edits })

const mandatory: Json = { type: "boolean", description: "Is field mandatory" }
// "Possible values: ssl, smime, device" (lower case, as the examples answer), not v2's SSL/SMIME/Device/CodeSign.
const certTypeV1: Json = { type: "string", description: "Custom field certificate type", enum: ["ssl", "smime", "device"] }

const dcv = "/api/dcv/v2/validation"
const dcvV1 = "/api/dcv/v1/validation"

const areas: ReadonlyArray<TwinArea> = [
  {
    file: "50-twin-dcv-v1.json",
    reason:
      "The REST 25.5 reference documents domain control validation on /api/dcv/v1/validation (\"Domain Control Validation\", the sections without a version marker and \"V1 - Deprecated\"); the spec has only /api/dcv/v2. Twins built by scripts/spec-twins.ts from the v2 operations, with the answers the reference's v1 field tables give where the spec's v2 schema differs.",
    twins: [
      twin("get", dcvV1, dcv, "list-all-dcv-v1", "List domain control validations", false),
      twin("post", `${dcvV1}/status`, `${dcv}/status`, "get-dcv-status-v1", "Get domain control validation details, V1 - Deprecated", true),
      // The reference's v1 sync answers every status field (status, validationDate ... nextCheck); the spec's v2 only `status`.
      twin("post", `${dcvV1}/sync`, `${dcv}/sync`, "sync-dcv-v1", "Sync domain control validation details with backend", false, responseSchema("200", schemaRef("DcvStatusResponseV2"))),
      twin("post", `${dcvV1}/clear`, `${dcv}/clear`, "clear-domain-dcv-v1", "Clear domain control validation", false),
      twin("post", `${dcvV1}/delete`, `${dcv}/delete`, "delete-dcv-v1", "Delete domain control validation", false),
      twin("post", `${dcvV1}/start/domain/http`, `${dcv}/start/domain/http`, "start-http-dcv-v1", "Validate domain: Method HTTP", false),
      twin("post", `${dcvV1}/start/domain/https`, `${dcv}/start/domain/https`, "start-https-dcv-v1", "Validate domain: Method HTTP", false),
      twin("post", `${dcvV1}/submit/domain/http`, `${dcv}/submit/domain/http`, "submit-http-dcv-v1", "Validate domain: Method HTTP", false),
      twin("post", `${dcvV1}/submit/domain/https`, `${dcv}/submit/domain/https`, "submit-https-dcv-v1", "Validate domain: Method HTTP", false),
      twin("post", `${dcvV1}/start/domain/cname`, `${dcv}/start/domain/cname`, "start-cname-dcv-v1", "Validate domain: Method DNS", false),
      // The reference's v1 submit answers status, orderStatus, message, orderBackendId; the spec's v2 cname and
      // email submits give the start answers' schemas (url/firstLine, emails) instead.
      twin("post", `${dcvV1}/submit/domain/cname`, `${dcv}/submit/domain/cname`, "submit-cname-dcv-v1", "Validate domain: Method DNS", false, responseSchema("200", schemaRef("SubmitDomainResponse"))),
      twin("post", `${dcvV1}/submit/domain/txt`, `${dcv}/submit/domain/txt`, "submit-txt-dcv-v1", "Validate domain: Method DNS", false),
      twin("post", `${dcvV1}/start/domain/email`, `${dcv}/start/domain/email`, "start-email-dcv-v1", "Validate domain: Method Email", false),
      twin("post", `${dcvV1}/submit/domain/email`, `${dcv}/submit/domain/email`, "submit-email-dcv-v1", "Validate domain: Method Email", false, responseSchema("200", schemaRef("SubmitDomainResponse"))),
      twin("post", `${dcvV1}/submit-bulk/domain/email`, `${dcv}/submit-bulk/domain/email`, "submit-bulk-email-dcv-v1", "Validate domain: Method Email", false, responseSchema("200", schemaRef("SubmitDomainResponse")))
    ]
  },
  {
    file: "51-twin-person-v1.json",
    reason:
      "The REST 25.5 reference documents persons on /api/person/v1 (\"Persons\"); the spec has only /api/person/v2. Twins built by scripts/spec-twins.ts from the v2 operations; import-key and invitation/send take and answer what the reference's \"V1 - Deprecated\" field tables give.",
    schemas: {
      ImportKeyResponseV1: { from: "ImportResponseV2", omit: ["entries"], add: { id: { type: "integer", format: "int32", description: "ID of created certificate based on imported payload" } } },
      InvitationRequestV1: {
        from: "InvitationRequestDtoV2",
        omit: ["accountId"],
        add: {
          term: { type: "integer", format: "int32", description: "Term for certificate in days" },
          keyType: { type: "string", description: "Allowed Key Type" },
          profileId: { type: "integer", format: "int32", description: "Profile ID" }
        }
      }
    },
    twins: [
      twin("get", "/api/person/v1", "/api/person/v2", "list-persons-v1", "List persons", false),
      twin("get", "/api/person/v1/id/byEmail/{email}", "/api/person/v2/id/byEmail/{email}", "get-person-id-by-email-v1", "Get person ID by email", false),
      twin("get", "/api/person/v1/{id}", "/api/person/v2/{id}", "get-person-info-by-id-v1", "Get person details", false),
      twin("post", "/api/person/v1", "/api/person/v2", "create-person-v1", "Create person (201 Created, Location)", false),
      twin("put", "/api/person/v1/{id}", "/api/person/v2/{id}", "update-person-v1", "Update person", false),
      twin("delete", "/api/person/v1/{id}", "/api/person/v2/{id}", "delete-person-v1", "Delete person", false),
      twin("post", "/api/person/v1/{personId}/import-key", "/api/person/v2/{personId}/import-key", "import-key-v1", "Import private key, V1 - Deprecated: answers {\"id\": n}", true, responseSchema("200", schemaRef("ImportKeyResponseV1"))),
      twin("post", "/api/person/v1/{id}/invitation/send", "/api/person/v2/{id}/invitation/send", "send-invitation-v1", "Send invitation, V1 - Deprecated: takes term, keyType, profileId", true, requestSchema(schemaRef("InvitationRequestV1")))
    ]
  },
  {
    file: "52-twin-smime-v1.json",
    reason:
      "The REST 25.5 reference documents client certificates on /api/smime/v1 (\"Client Certificates\"); the spec has only /api/smime/v2. Twins built by scripts/spec-twins.ts from the v2 operations (byPersonId/byPersonEmail from 12-add-smime-by-person-v2.json), with the v1 field tables' differences.",
    schemas: {
      // "V1 - Deprecated" byPersonId/byPersonEmail answer id, certificateDetails and state only.
      ApiSmimeByPersonV1: { from: "ApiSmimeV2", omit: ["serialNumber", "orderNumber", "backendCertId", "expires", "comments"] }
    },
    twins: [
      twin("get", "/api/smime/v1/types", "/api/smime/v2/types", "get-client-cert-profiles-v1", "List client certificate profiles", false),
      twin("get", "/api/smime/v1/customFields", "/api/smime/v2/customFields", "get-client-cert-custom-fields-v1", "List client certificate custom fields", false),
      twin("get", "/api/smime/v1/byPersonId/{pid}", "/api/smime/v2/byPersonId/{pid}", "list-client-certificates-by-person-id-v1", "List client certificates by person ID, V1 - Deprecated", true, responseSchema("200", { type: "array", items: schemaRef("ApiSmimeByPersonV1") })),
      twin("get", "/api/smime/v1/byPersonEmail/{email}", "/api/smime/v2/byPersonEmail/{email}", "list-client-certificates-by-person-email-v1", "List client certificates by person email, V1 - Deprecated", true, responseSchema("200", { type: "array", items: schemaRef("ApiSmimeByPersonV1") })),
      // Its answer is CertDetailsResponse, as the v2 GET's once 13-smime-details-response.json mends it.
      twin("get", "/api/smime/v1/{id}", "/api/smime/v2/{certId}", "get-client-certificate-details-v1", "Client certificate details", false),
      twin("post", "/api/smime/v1/enroll", "/api/smime/v2/enroll", "enroll-client-certificate-v1", "Enroll client certificate: Request client certificate", false),
      twin("get", "/api/smime/v1/collect/{backendCertId}", "/api/smime/v2/collect/{backendCertId}", "collect-client-certificate-v1", "Collect client certificate", false),
      twin("post", "/api/smime/v1/keystore/{id}", "/api/smime/v2/keystore/{certId}", "download-p12-client-certificate-v1", "Download P12 client certificate", false),
      twin("put", "/api/smime/v1/{id}", "/api/smime/v2/{certId}", "update-client-certificate-details-v1", "Update client certificate details", false),
      twin("post", "/api/smime/v1/revoke/order/{backendCertId}", "/api/smime/v2/revoke/order/{backendCertId}", "revoke-client-certificate-by-backend-certificate-id-v1", "Revoke client certificate by backend certificate ID", false),
      twin("post", "/api/smime/v1/revoke/serial/{serialNumber}", "/api/smime/v2/revoke/serial/{serialNumber}", "revoke-client-certificate-by-serial-number-v1", "Revoke client certificate by serial number", false),
      twin("post", "/api/smime/v1/revoke", "/api/smime/v2/revoke", "revoke-client-certificates-by-email-v1", "Revoke all client certificates related to email", false),
      twin("post", "/api/smime/v1/revoke/manual", "/api/smime/v2/revoke/manual", "revoke-client-certificate-manually-v1", "Manual Revoke client certificate by Id or serial number + issuer", false),
      twin("delete", "/api/smime/v1/{certId}", "/api/smime/v2/{certId}", "delete-client-certificate-by-id-v1", "Delete client certificate by Id", false)
    ]
  },
  {
    file: "53-twin-acme-v1.json",
    reason:
      "The REST 25.5 reference documents Sectigo public ACME accounts on /api/acme/v1/account (\"V1 - Deprecated\"; its domains are `/domains` where v2 says `/domain`); the spec has only /api/acme/v2/account. Twins built by scripts/spec-twins.ts from the v2 operations; the v1 accounts carry status, contacts and domains, and the list filters by status (as v2 does, patch 32), as the v1 field tables give.",
    schemas: {
      PublicAcmeAccountInfoV1: {
        from: "PublicAcmeAccountInfoV2",
        add: {
          status: { type: "string", description: "ACME account status" },
          contacts: { type: "string", description: "ACME account contacts" },
          domains: {
            type: "array",
            description: "ACME account domains",
            items: { type: "object", properties: { name: { type: "string", description: "ACME account domain name" } } }
          }
        }
      }
    },
    twins: [
      // The status filter comes with v2's (patch 32: the reference filters v2 by status too).
      twin("get", "/api/acme/v1/account", "/api/acme/v2/account", "get-public-acme-accounts-list-v1", "List Sectigo Public ACME accounts, V1 - Deprecated", true,
        responseSchema("200", { type: "array", items: schemaRef("PublicAcmeAccountInfoV1") })),
      twin("get", "/api/acme/v1/account/{id}", "/api/acme/v2/account/{id}", "get-public-acme-account-details-v1", "Get Sectigo Public ACME account details, V1 - Deprecated", true, responseSchema("200", schemaRef("PublicAcmeAccountInfoV1"))),
      twin("post", "/api/acme/v1/account", "/api/acme/v2/account", "create-public-acme-account-v1", "Create Sectigo Public ACME account, V1 - Deprecated (201 Created, Location)", true),
      twin("put", "/api/acme/v1/account/{id}", "/api/acme/v2/account/{id}", "update-public-acme-account-v1", "Update Sectigo Public ACME account details, V1 - Deprecated", true),
      twin("delete", "/api/acme/v1/account/{id}", "/api/acme/v2/account/{id}", "delete-public-acme-account-v1", "Delete Sectigo Public ACME account, V1 - Deprecated (204)", true),
      twin("post", "/api/acme/v1/account/{id}/domains", "/api/acme/v2/account/{id}/domain", "add-domains-to-public-acme-account-v1", "Add domains to Sectigo Public ACME account, V1 - Deprecated", true),
      twin("delete", "/api/acme/v1/account/{id}/domains", "/api/acme/v2/account/{id}/domain", "remove-domains-from-public-acme-account-v1", "Remove domains from Sectigo Public ACME account, V1 - Deprecated", true)
    ]
  },
  {
    file: "54-twin-custom-field-v1.json",
    reason:
      "The REST 25.5 reference documents custom fields on /api/customField/v1 (\"V1 - Deprecated\": `mandatory` a boolean where v2 has `mandatories`, no input options, the certificate type a path segment, a create that answers 200 with the field); the spec has only /api/customField/v2. Twins built by scripts/spec-twins.ts from the v2 operations with those differences.",
    schemas: {
      ApiCustomFieldV1: { from: "ApiCustomFieldV2", omit: ["mandatories", "certType"], add: { mandatory, certType: certTypeV1 } },
      // The v1 create takes name, mandatory, certType and state; its name "Must not be blank".
      CreateCustomFieldReqV1: { from: "CreateCustomFieldReqV2", omit: ["mandatories", "input", "certType"], add: { mandatory, certType: certTypeV1 }, required: ["name"] }
    },
    twins: [
      // v1 lists every type's fields (the reference gives it no parameter); v2 filters by `certType`.
      twin("get", "/api/customField/v1", "/api/customField/v2", "read-custom-fields-v1", "List custom fields, V1 - Deprecated", true,
        withoutQueryParameter("certType"), responseSchema("200", { type: "array", items: schemaRef("ApiCustomFieldV1") })),
      // v2 filters with `?certType=`; v1 names the type in the path (`/api/customField/v1/ssl`).
      twin("get", "/api/customField/v1/{certType}", "/api/customField/v2", "read-custom-fields-by-cert-type-v1", "List custom fields by certificate type, V1 - Deprecated", true,
        queryToPath("certType", certTypeV1), responseSchema("200", { type: "array", items: schemaRef("ApiCustomFieldV1") })),
      twin("post", "/api/customField/v1", "/api/customField/v2", "create-custom-field-v1", "Create custom field, V1 - Deprecated: 200 with the field", true,
        requestSchema(schemaRef("CreateCustomFieldReqV1")),
        successStatus("201", "200", { description: "Custom Field info object", content: jsonContent(schemaRef("ApiCustomFieldV1")) })),
      twin("put", "/api/customField/v1", "/api/customField/v2", "update-custom-field-v1", "Update custom field, V1 - Deprecated", true,
        requestSchema(schemaRef("ApiCustomFieldV1")), responseSchema("200", schemaRef("ApiCustomFieldV1"))),
      twin("delete", "/api/customField/v1/{id}", "/api/customField/v2/{id}", "delete-custom-field-v1", "Delete custom field, V1 - Deprecated (204)", true)
    ]
  },
  discoveryArea(),
  {
    file: "56-twin-organization-v1-managed-by.json",
    reason:
      "The REST 25.5 reference spells the organizations of an admin's role /api/organization/v1/managedBy/{role} (\"Get organizations managed by role\"); the spec spells it managed-by. Both answer; the twin is built by scripts/spec-twins.ts from the spec's operation.",
    twins: [
      twin("get", "/api/organization/v1/managedBy/{role}", "/api/organization/v1/managed-by/{role}", "get-orgs-by-role-managed-by", "List organizations managed by role", false)
    ]
  },
  {
    file: "57-twin-ssl-v1-keystore-get.json",
    reason:
      "The REST 25.5 reference documents \"Download private key from Private Key Agent\" as GET /api/ssl/v1/keystore/{sslId}/{formatType} with no body; the spec has only the POST with a passphrase body. The twin is built by scripts/spec-twins.ts from the POST, without its body.",
    twins: [
      { ...twin("get", "/api/ssl/v1/keystore/{sslId}/{formatType}", "/api/ssl/v1/keystore/{sslId}/{formatType}", "get-ssl-key-store-download-link", "Download private key from Private Key Agent", false, withoutRequestBody), from: ["post", "/api/ssl/v1/keystore/{sslId}/{formatType}"] }
    ]
  }
]

/** Discovery's v2 and v3 network and MS AD tasks: one table, four families. */
function discoveryArea(): TwinArea {
  // The reference's v2/v3 tasks have no `year` (added by v4), their own required fields (its
  // "Must not be empty/null" column) and, but for v2's creates (no constraint; the examples send 0),
  // zero-based schedule fields: month at most 11, day of month at most 30, day of week at most 6.
  const noYear = ["year"]
  const schedule = (maximum: { month: number; dayOfMonth: number; dayOfWeek: number } | undefined) =>
    Object.fromEntries(
      (["month", "dayOfMonth", "dayOfWeek"] as const).map((field) => [
        field,
        {
          type: "integer",
          format: "int32",
          description: { month: "Month", dayOfMonth: "Day of month", dayOfWeek: "Day of week" }[field],
          ...(maximum === undefined ? {} : { minimum: 0, maximum: maximum[field] })
        }
      ])
    )
  const zeroBased = schedule({ month: 11, dayOfMonth: 30, dayOfWeek: 6 })
  const unconstrained = schedule(undefined)
  const common = ["name", "certBucketId", "frequency", "timeZone", "time"]
  const net = ["name", "agent", "ranges", "certBucketId", "frequency", "timeZone", "time"]
  const ad = ["name", "agent", "certBucketId", "frequency", "timeZone", "time", "depth"]
  const taskId = { taskId: { type: "integer", format: "int32", description: "Task ID", minimum: 1 } } as const
  const schemas: Record<string, DerivedSchema> = {
    NetworkScanTaskRequestDiscoveryV2: { from: "NetTaskRequestV2", omit: noYear, add: unconstrained, required: common },
    NetworkScanTaskUpdateDiscoveryV2: { from: "NetTaskRequestV2", omit: noYear, add: { ...zeroBased, ...taskId }, required: ["taskId", ...net] },
    NetworkScanTaskRequestDiscoveryV3: { from: "NetTaskRequestV2", omit: noYear, add: zeroBased, required: net },
    NetworkScanTaskUpdateDiscoveryV3: { from: "NetTaskRequestV2", omit: noYear, add: zeroBased, required: net },
    NetworkScanTaskDetailsDiscoveryV3: { from: "DetailsResponse", omit: noYear },
    MsAdScanTaskRequestDiscoveryV2: { from: "AdTaskRequestV2", omit: noYear, add: unconstrained, required: common },
    MsAdScanTaskUpdateDiscoveryV2: { from: "AdTaskRequestV2", omit: noYear, add: { ...zeroBased, ...taskId }, required: ["taskId", ...ad] },
    MsAdScanTaskRequestDiscoveryV3: { from: "AdTaskRequestV2", omit: noYear, add: zeroBased, required: ad },
    MsAdScanTaskUpdateDiscoveryV3: { from: "AdTaskRequestV2", omit: noYear, add: zeroBased, required: ad },
    MsAdScanTaskDetailsDiscoveryV3: { from: "MsAdTaskDetailsResponse", omit: noYear },
    ScanTaskCreatedDiscoveryV2: { from: "ShortDetailsResponse", omit: ["name", "status"] }
  }
  const families = [
    { segment: "net_task", schema: "NetworkScanTask", ids: { list: "get-network-scan-task-list", get: "get-network-task", create: "create-network-task", update: "update-network-task", start: "start-network-scan-task", delete: "delete-network-scan-task" }, title: "network scan task" },
    { segment: "ad_task", schema: "MsAdScanTask", ids: { list: "get-ms-ad-scan-task-list", get: "get-ms-ad-scan-task", create: "create-ms-ad-scan-task", update: "update-ms-ad-scan-task", start: "start-ms-ad-scan-task", delete: "delete-ms-ad-scan-task" }, title: "MS AD scan task" }
  ] as const
  const twins: Array<Twin> = []
  for (const family of families) {
    const modern = `/api/discovery/v4/${family.segment}`
    for (const version of ["v2", "v3"] as const) {
      const base = `/api/discovery/${version}/${family.segment}`
      const marker = (deprecated: boolean) => `${version.toUpperCase()}${deprecated ? " - Deprecated" : ""}`
      const listDeprecated = version === "v2"
      twins.push(
        twin("get", base, modern, `${family.ids.list}-${version}`, `Get ${family.title} list, ${marker(listDeprecated)}`, listDeprecated,
          // Both versions' lists answer X-Total-Count; the spec's v4 network list does not say so.
          ...(family.segment === "net_task" ? [withHeader("200", "X-Total-Count", "Total count of tasks matching the filter")] : [])),
        twin("get", `${base}/{taskId}`, `${modern}/{taskId}`, `${family.ids.get}-${version}`, `Get ${family.title}, ${marker(true)}`, true, responseSchema("200", schemaRef(`${family.schema}DetailsDiscoveryV3`))),
        version === "v2"
          // v2 answers 201 with `{"taskId": n}` and no Location.
          ? twin("post", base, modern, `${family.ids.create}-v2`, `Add ${family.title}, V2 - Deprecated: 201 with {"taskId": n}`, true,
            requestSchema(schemaRef(`${family.schema}RequestDiscoveryV2`)),
            successStatus("201", "201", { description: "Created task", content: jsonContent(schemaRef("ScanTaskCreatedDiscoveryV2")) }))
          : twin("post", base, modern, `${family.ids.create}-v3`, `Add ${family.title}, V3 - Deprecated (201 Created, Location)`, true, requestSchema(schemaRef(`${family.schema}RequestDiscoveryV3`))),
        version === "v2"
          // v2 updates PUT the collection with the task's id in the body.
          ? { ...twin("put", base, `${modern}/{id}`, `${family.ids.update}-v2`, `Update ${family.title}, V2 - Deprecated: taskId in the body`, true, requestSchema(schemaRef(`${family.schema}UpdateDiscoveryV2`))), from: ["put", `${modern}/{id}`] as const }
          : twin("put", `${base}/{id}`, `${modern}/{id}`, `${family.ids.update}-v3`, `Update ${family.title}, V3 - Deprecated`, true, requestSchema(schemaRef(`${family.schema}UpdateDiscoveryV3`))),
        twin("post", `${base}/{taskId}/start`, `${modern}/{taskId}/start`, `${family.ids.start}-${version}`, `Start ${family.title}, ${marker(version === "v2")}`, version === "v2"),
        twin("delete", `${base}/{taskId}`, `${modern}/{taskId}`, `${family.ids.delete}-${version}`, `Delete ${family.title}, ${marker(version === "v2")} (204)`, version === "v2")
      )
    }
  }
  return {
    file: "55-twin-discovery-v2-v3.json",
    reason:
      "The REST 25.5 reference documents network and MS AD discovery tasks on /api/discovery/v2 and /v3 (\"Discovery\", V2 - Deprecated and V3) beside v4; the spec has only /api/discovery/v4. Twins built by scripts/spec-twins.ts from the v4 operations, without v4's `year`, with the required fields and zero-based schedule fields of the reference's tables, v2's create answering {\"taskId\": n} and v2's update taking the task id in the body.",
    schemas,
    twins
  }
}

// ---------------------------------------------------------------------------------------------
// Building the patches
// ---------------------------------------------------------------------------------------------

/** A twin that cannot be built: its modern operation, a component or a field it names is missing. */
export class TwinError extends Error {}

function fail(message: string): never {
  throw new TwinError(`spec-twins: ${message}`)
}

/** The twin patch files' names: every other patch must sort before them (twins see their fixes). */
export const isTwinPatch = (file: string): boolean => /^5\d-twin-[\w-]+\.json$/.test(file)

const pointer = (...tokens: ReadonlyArray<string>) => "/" + tokens.map((token) => token.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")

const copy = <A>(value: A): A => JSON.parse(JSON.stringify(value)) as A

const parameterNames = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!)

const derive = (components: Mutable, name: string, derived: DerivedSchema): Mutable => {
  const schema = copy(objectAt(components, derived.from, `component ${derived.from} for ${name}`))
  const properties = objectAt(schema, "properties", `properties in ${derived.from}`)
  for (const property of derived.omit ?? []) {
    if (!(property in properties)) fail(`${name}: ${derived.from} has no ${property} to omit`)
    delete properties[property]
  }
  for (const [property, value] of Object.entries(derived.add ?? {})) properties[property] = copy(value)
  const required = derived.required ??
    (Array.isArray(schema["required"]) ? schema["required"].filter((field): field is string => typeof field === "string" && field in properties) : undefined)
  for (const field of required ?? []) if (!(field in properties)) fail(`${name}: required ${field} is no property`)
  if (required === undefined || required.length === 0) delete schema["required"]
  else schema["required"] = [...required]
  delete schema["xml"]
  return schema
}

/** The modern operation, as the twin: path parameters renamed to the reference's, id, summary, edits. */
const buildOperation = (spec: Mutable, area: TwinArea, entry: Twin): Mutable => {
  const [fromMethod, fromPath] = entry.from
  const where = `${entry.method} ${entry.path}`
  const modern = objectAt(objectAt(objectAt(spec, "paths", "paths"), fromPath, `${fromPath} for ${where}`), fromMethod, `${fromMethod} ${fromPath} for ${where}`)
  const operation = copy(modern)
  const modernNames = parameterNames(fromPath)
  const twinNames = parameterNames(entry.path)
  // Positional: the twin's n-th path parameter is the modern n-th, renamed; extra modern ones go.
  const renamed = new Map(modernNames.map((name, index) => [name, twinNames[index]]))
  operation["parameters"] = parametersOf(operation).flatMap((parameter) => {
    if (parameter["in"] !== "path") return [parameter]
    const to = renamed.get(String(parameter["name"]))
    return to === undefined ? [] : [{ ...parameter, name: to }]
  })
  operation["operationId"] = entry.operationId
  operation["description"] = [
    typeof modern["description"] === "string" ? modern["description"] : modern["summary"],
    `REST 25.5 reference: "${entry.reference}". The older version of \`${fromMethod.toUpperCase()} ${fromPath}\` (${area.file}, built by scripts/spec-twins.ts).`
  ].filter((line) => typeof line === "string" && line !== "").join("\n\n")
  if (entry.deprecated) operation["deprecated"] = true
  else delete operation["deprecated"]
  for (const edit of entry.edits ?? []) edit(operation)
  const pathNames = parametersOf(operation).filter((parameter) => parameter["in"] === "path").map((parameter) => String(parameter["name"]))
  if ([...pathNames].sort().join() !== [...twinNames].sort().join()) fail(`${where}: path parameters ${pathNames.join()} for {${twinNames.join("}, {")}}`)
  if (parametersOf(operation).length === 0) delete operation["parameters"]
  return operation
}

/**
 * The twin patch files for `spec` (the vendor's document with every other patch applied), as
 * file name to text. Throws when a modern operation, a component or a field it names is missing,
 * or when a twin's path is in the spec already.
 */
export const twinPatches = (spec: unknown): ReadonlyMap<string, string> => {
  const document = isObject(spec) ? spec : fail("the spec is no object")
  const components = objectAt(objectAt(document, "components", "components"), "schemas", "component schemas")
  const paths = objectAt(document, "paths", "paths")
  const files = new Map<string, string>()
  const operationIds = new Set<string>()
  for (const item of Object.values(paths).filter(isObject)) {
    for (const operation of Object.values(item).filter(isObject)) {
      if (typeof operation["operationId"] === "string") operationIds.add(operation["operationId"])
    }
  }
  for (const area of areas) {
    if (!isTwinPatch(area.file)) fail(`${area.file} is not named as a twin patch`)
    const operations: Array<Mutable> = []
    for (const [name, derived] of Object.entries(area.schemas ?? {})) {
      if (components[name] !== undefined) fail(`component ${name} exists already`)
      operations.push({ op: "add", path: pointer("components", "schemas", name), description: area.reason, value: derive(components, name, derived) })
    }
    const items = new Map<string, Mutable>()
    for (const entry of area.twins) {
      if (operationIds.has(entry.operationId)) fail(`operationId ${entry.operationId} is taken`)
      operationIds.add(entry.operationId)
      const existing = paths[entry.path]
      if (isObject(existing) && existing[entry.method] !== undefined) fail(`${entry.method} ${entry.path} is in the spec already`)
      const item = items.get(entry.path) ?? {}
      if (item[entry.method] !== undefined) fail(`${entry.method} ${entry.path} twice`)
      item[entry.method] = buildOperation(document, area, entry)
      items.set(entry.path, item)
    }
    for (const [path, item] of items) {
      if (paths[path] === undefined) {
        operations.push({ op: "add", path: pointer("paths", path), description: area.reason, value: item })
      } else {
        for (const [method, operation] of Object.entries(item)) {
          operations.push({ op: "add", path: pointer("paths", path, method), description: area.reason, value: operation })
        }
      }
    }
    files.set(area.file, JSON.stringify(operations, null, 2) + "\n")
  }
  return files
}

