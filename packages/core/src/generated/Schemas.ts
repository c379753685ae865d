/**
 * The schemas of the spec's components, requests and responses.
 *
 * Generated, do not edit: run `npx pnpm@10 generate` (scripts/generate.ts), which runs
 * @effect/openapi-generator 4.0.0-beta.107 (effect 4.0.0-beta.107) on
 * spec/scm-admin-api-25.9.2.openapi.json with spec/patches/*.json.
 *
 * @since 1.0.0
 */

import * as Schema from "effect/Schema"

// recursive declarations
export type Organization = { readonly id?: number; readonly name?: string; readonly department?: Organization }
export const Organization = Schema.suspend((): Schema.Codec<Organization> => __recursive_Organization)
// non-recursive definitions
export type SSLIdentity = {
  readonly sslId?: number
  readonly commonName?: string
  readonly subjectAlternativeNames?: ReadonlyArray<string>
  readonly serialNumber?: string
}
export const SSLIdentity = Schema.Struct({
  sslId: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  commonName: Schema.optionalKey(Schema.String),
  subjectAlternativeNames: Schema.optionalKey(Schema.Array(Schema.String)),
  serialNumber: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "SSLIdentity" })
export type ApiCertField = { readonly name: string; readonly value: string }
export const ApiCertField = Schema.Struct({
  name: Schema.String.annotate({ description: "Name of an enabled custom field." })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  value: Schema.String.annotate({
    description: "Value of the custom field. For input type 'DATE' format is yyyy-MM-dd"
  })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
}).annotate({ identifier: "ApiCertField" })
export type AutoRenewDetails = {
  readonly state?: "Not scheduled" | "Scheduled" | "Started" | "Successful" | "Failed"
  readonly daysBeforeExpiration?: number
}
export const AutoRenewDetails = Schema.Struct({
  state: Schema.optionalKey(
    Schema.Literals(["Not scheduled", "Scheduled", "Started", "Successful", "Failed"]).annotate({
      description: "Auto-Renewal state"
    })
  ),
  daysBeforeExpiration: Schema.optionalKey(
    Schema.Number.annotate({ description: "Days before expiration to start auto-renewal", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
}).annotate({ identifier: "AutoRenewDetails" })
export type ApiCertType = {
  readonly id?: number
  readonly name?: string
  readonly description?: string
  readonly terms?: ReadonlyArray<number>
  readonly keyTypes?: { readonly [x: string]: ReadonlyArray<string> }
  readonly useSecondaryOrgName?: boolean
}
export const ApiCertType = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Profile name" })),
  description: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Profile description" })),
  terms: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
    ).annotate({ description: "Terms (in days) available for the Certificate Profile" })
  ),
  keyTypes: Schema.optionalKey(
    Schema.Record(Schema.String, Schema.Array(Schema.String)).annotate({
      description: "Key types available for the Certificate Profile"
    })
  ),
  useSecondaryOrgName: Schema.optionalKey(Schema.Boolean.annotate({ description: "Use secondary organization name" }))
}).annotate({ identifier: "ApiCertType" })
export type CertificateDetails = {
  readonly issuer?: string
  readonly subject?: string
  readonly subjectAltNames?: string
  readonly md5Hash?: string
  readonly sha1Hash?: string
  readonly sha256Hash?: string
}
export const CertificateDetails = Schema.Struct({
  issuer: Schema.optionalKey(Schema.String.annotate({ description: "The subject of the issuing CA certificate" })),
  subject: Schema.optionalKey(Schema.String.annotate({ description: "The subject of CA certificate" })),
  subjectAltNames: Schema.optionalKey(
    Schema.String.annotate({ description: "The subject alternative names of the issuing CA certificate" })
  ),
  md5Hash: Schema.optionalKey(Schema.String.annotate({ description: "The MD5 fingerprint of CA certificate" })),
  sha1Hash: Schema.optionalKey(Schema.String.annotate({ description: "The SHA1 fingerprint of CA certificate" })),
  sha256Hash: Schema.optionalKey(Schema.String.annotate({ description: "The SHA256 fingerprint of CA certificate" }))
}).annotate({ identifier: "CertificateDetails" })
export type InstallNode = {
  readonly name?: string
  readonly port?: number
  readonly status?: "NotStarted" | "PrivateKeySaved" | "CertSaved" | "Deployed" | "Completed" | "Failed" | "Invalid"
}
export const InstallNode = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Node name" })),
  port: Schema.optionalKey(
    Schema.Number.annotate({ description: "Node port", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "NotStarted",
      "PrivateKeySaved",
      "CertSaved",
      "Deployed",
      "Completed",
      "Failed",
      "Invalid"
    ]).annotate({ description: "Auto install status" })
  )
}).annotate({ identifier: "InstallNode" })
export type LocationResponseItem = {
  readonly id?: number
  readonly locationType?:
    | "ACME"
    | "CUSTOM"
    | "NODE_PORT"
    | "NETWORK_HOST"
    | "ACTIVE_DIRECTORY_ENTRY"
    | "AZURE_KEY_VAULT"
    | "AZURE_KEY_VAULT_CERT"
    | "PK_AGENT"
    | "NETWORK_AGENT"
    | "SECTIGO_KEY_VAULT"
    | "LEGACY_KEY_ARCHIVE"
    | "AWS_CM"
    | "GCP_CM"
  readonly name?: string
  readonly details?: { readonly [x: string]: string }
}
export const LocationResponseItem = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Location ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  locationType: Schema.optionalKey(
    Schema.Literals([
      "ACME",
      "CUSTOM",
      "NODE_PORT",
      "NETWORK_HOST",
      "ACTIVE_DIRECTORY_ENTRY",
      "AZURE_KEY_VAULT",
      "AZURE_KEY_VAULT_CERT",
      "PK_AGENT",
      "NETWORK_AGENT",
      "SECTIGO_KEY_VAULT",
      "LEGACY_KEY_ARCHIVE",
      "AWS_CM",
      "GCP_CM"
    ]).annotate({ description: "Location type" })
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Location name" })),
  details: Schema.optionalKey(
    Schema.Record(Schema.String, Schema.String)
      .annotate({ description: "Location details" })
      .check(Schema.isMinProperties(1).annotate({ expected: "a value with at least 1 entry" }))
  )
}).annotate({ identifier: "LocationResponseItem" })
export type NotFoundErrorResponse = {
  readonly code?: string
  readonly description: Schema.Json
  readonly details?: Schema.Json
  readonly items?: ReadonlyArray<Schema.Json>
  readonly [x: string]: Schema.Json
}
export const NotFoundErrorResponse = Schema.StructWithRest(
  Schema.Struct({
    code: Schema.optionalKey(Schema.String.annotate({ description: "Error code", format: "int32" })),
    description: Schema.Json.annotate({ expected: "JSON value", description: "Error description" }),
    details: Schema.optionalKey(Schema.Json.annotate({ expected: "JSON value", description: "Additional details" })),
    items: Schema.optionalKey(
      Schema.Array(Schema.Json.annotate({ expected: "JSON value" })).annotate({ description: "Related items" })
    )
  }),
  [Schema.Record(Schema.String, Schema.Json.annotate({ expected: "JSON value" }))]
).annotate({ description: "Error response with details", identifier: "NotFoundErrorResponse" })
export type LocationCreateUpdateRequest = { readonly details?: { readonly [x: string]: string } }
export const LocationCreateUpdateRequest = Schema.Struct({
  details: Schema.optionalKey(
    Schema.Record(Schema.String, Schema.String)
      .annotate({ description: "Key-value details for the certificate location." })
      .check(Schema.isMinProperties(1).annotate({ expected: "a value with at least 1 entry" }))
  )
}).annotate({ identifier: "LocationCreateUpdateRequest" })
export type PersonInfo = {
  readonly id?: number
  readonly firstName?: string
  readonly middleName?: string
  readonly lastName?: string
  readonly email?: string
  readonly organizationId?: number
  readonly validationType?: "STANDARD" | "HIGH"
  readonly phone?: string
  readonly secondaryEmails?: ReadonlyArray<string>
  readonly commonName?: string
  readonly eppn?: string | null
  readonly upn?: string | null
  readonly created?: string
  readonly createdBy?: string
  readonly modified?: string
  readonly modifiedBy?: string
}
export const PersonInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Person ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  firstName: Schema.optionalKey(
    Schema.String.annotate({ description: "Person first name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  middleName: Schema.optionalKey(
    Schema.String.annotate({ description: "Person middle name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  lastName: Schema.optionalKey(
    Schema.String.annotate({ description: "Person last name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Person e-mail" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  validationType: Schema.optionalKey(
    Schema.Literals(["STANDARD", "HIGH"]).annotate({ description: "Person validation type" })
  ),
  phone: Schema.optionalKey(
    Schema.String.annotate({ description: "Person Phone" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
      .check(
        Schema.isPattern(new RegExp("[#|0-9|\\(|\\)|\\-|\\+| x]*")).annotate({
          expected: "a string matching the RegExp [#|0-9|\\(|\\)|\\-|\\+| x]*"
        })
      )
  ),
  secondaryEmails: Schema.optionalKey(
    Schema.Array(
      Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
        Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })
      )
    ).annotate({ description: "Person Secondary Emails" })
  ),
  commonName: Schema.optionalKey(
    Schema.String.annotate({ description: "Person Common Name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  eppn: Schema.optionalKey(
    Schema.Union([
      Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
        Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })
      ),
      Schema.Null
    ]).annotate({ description: "Person EPPN" })
  ),
  upn: Schema.optionalKey(
    Schema.Union([
      Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
        Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })
      ),
      Schema.Null
    ]).annotate({ description: "Person UPN" })
  ),
  created: Schema.optionalKey(
    Schema.String.annotate({ description: "Created date", readOnly: true, format: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'" })
  ),
  createdBy: Schema.optionalKey(
    Schema.String.annotate({ description: "Name of the administrator who added the person", readOnly: true })
  ),
  modified: Schema.optionalKey(
    Schema.String.annotate({ description: "Modified date", readOnly: true, format: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'" })
  ),
  modifiedBy: Schema.optionalKey(
    Schema.String.annotate({ description: "Name of the administrator who last modified the person", readOnly: true })
  )
}).annotate({ identifier: "PersonInfo" })
export type OrganizationGeneralDetails = {
  readonly legalName?: string
  readonly assumedName?: string | null
  readonly address1?: string
  readonly address2?: string
  readonly address3?: string
  readonly city?: string
  readonly stateProvince?: string
  readonly postalCode?: string
  readonly country?: string
}
export const OrganizationGeneralDetails = Schema.Struct({
  legalName: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization legal name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  assumedName: Schema.optionalKey(
    Schema.Union([
      Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
        Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })
      ),
      Schema.Null
    ]).annotate({
      description: "Organization's assumed/DBA name (doing business as). Applicable only for EV validations."
    })
  ),
  address1: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 1" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address2: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 2" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address3: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 3" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  city: Schema.optionalKey(
    Schema.String.annotate({ description: "City" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  stateProvince: Schema.optionalKey(
    Schema.String.annotate({ description: "State or province" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  postalCode: Schema.optionalKey(
    Schema.String.annotate({ description: "Postal code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(10).annotate({ expected: "a value with a length of at most 10" }))
  ),
  country: Schema.optionalKey(
    Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  )
}).annotate({ identifier: "OrganizationGeneralDetails" })
export type RegistrationAgency = {
  readonly dunAndBradstreetNumber?: string
  readonly registrationNumber?: string
  readonly city?: string
  readonly state?: string
  readonly country?: string
  readonly dateOfIncorporation?: string | string
  readonly businessCategory?: "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity"
}
export const RegistrationAgency = Schema.Struct({
  dunAndBradstreetNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "DUN and Bradstreet Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(20).annotate({ expected: "a value with a length of at most 20" }))
  ),
  registrationNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Company Registration Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  city: Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of City or Town" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  state: Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of State" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  country: Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of Country. (ISO 3166-1 alpha-2 country code)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  dateOfIncorporation: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Date of incorporation" })
  ),
  businessCategory: Schema.optionalKey(
    Schema.Literals(["PrivateOrganization", "GovernmentEntity", "BusinessEntity", "NonCommercialEntity"]).annotate({
      description: "Business category"
    })
  )
}).annotate({ identifier: "RegistrationAgency" })
export type ContractSigner = {
  readonly forename?: string
  readonly surname?: string
  readonly email?: string
  readonly phoneNumber?: string
}
export const ContractSigner = Schema.Struct({
  forename: Schema.optionalKey(
    Schema.String.annotate({ description: "Forename" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  surname: Schema.optionalKey(
    Schema.String.annotate({ description: "Surname" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Email" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  phoneNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Phone number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  )
}).annotate({ identifier: "ContractSigner" })
export type DepartmentBasicInfo = { readonly id?: number; readonly parentName?: string; readonly name?: string }
export const DepartmentBasicInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Department ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  parentName: Schema.optionalKey(Schema.String.annotate({ description: "Parent organization name" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Department name" }))
}).annotate({ identifier: "DepartmentBasicInfo" })
export type ClientCertificate = {
  readonly allowKeyRecoveryByMasterAdmins?: boolean
  readonly allowKeyRecoveryByOrgAdmins?: boolean
  readonly allowKeyRecoveryByDepartmentAdmins?: boolean
}
export const ClientCertificate = Schema.Struct({
  allowKeyRecoveryByMasterAdmins: Schema.optionalKey(Schema.Boolean),
  allowKeyRecoveryByOrgAdmins: Schema.optionalKey(Schema.Boolean),
  allowKeyRecoveryByDepartmentAdmins: Schema.optionalKey(Schema.Boolean)
}).annotate({ identifier: "ClientCertificate" })
export type UpdateOrganizationRequest = {
  readonly name?: string
  readonly address1?: string
  readonly address2?: string
  readonly address3?: string
  readonly city?: string
  readonly stateProvince?: string
  readonly postalCode?: string
  readonly country?: string
  readonly alternativeName?: string
  readonly schacHomeOrganization?: string
  readonly alias?: string
  readonly contactEmails?: string
  readonly contactWebhook?: string
  readonly contactSlack?: string
  readonly contactTeams?: string
  readonly sslCertsApiEnabled?: boolean
  readonly clientCertsApiEnabled?: boolean
}
export const UpdateOrganizationRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization or department name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address1: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 1" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address2: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 2" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address3: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 3" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  city: Schema.optionalKey(
    Schema.String.annotate({ description: "City" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  stateProvince: Schema.optionalKey(
    Schema.String.annotate({ description: "State or province" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  postalCode: Schema.optionalKey(
    Schema.String.annotate({ description: "Postal code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(10).annotate({ expected: "a value with a length of at most 10" }))
  ),
  country: Schema.optionalKey(
    Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  alternativeName: Schema.optionalKey(
    Schema.String.annotate({ description: "Alternative name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  schacHomeOrganization: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization SCHAC code (Deprecated, please use 'alias' instead)" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  alias: Schema.optionalKey(
    Schema.String.annotate({ description: "Unique name used to lookup organization/department from SAML attributes" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  contactEmails: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization contact emails, separated by comma" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  contactWebhook: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" })
    )
  ),
  contactSlack: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" })
    )
  ),
  contactTeams: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" })
    )
  ),
  sslCertsApiEnabled: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Allow Web/REST API operations for SSL certificates of this organization/department"
    })
  ),
  clientCertsApiEnabled: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Allow Web/REST API operations for Client certificates of this organization/department"
    })
  )
}).annotate({ identifier: "UpdateOrganizationRequest" })
export type OrgDetails = {
  readonly selectedOrgType: "ANY" | "ANYDEPT" | "SELECTED"
  readonly orgDelegations?: ReadonlyArray<Schema.Json>
}
export const OrgDetails = Schema.Struct({
  selectedOrgType: Schema.Literals(["ANY", "ANYDEPT", "SELECTED"]).annotate({
    description: "Organization selection type"
  }),
  orgDelegations: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Organization ID" })).check(
      Schema.isUnique().annotate({ expected: "an array with unique items" })
    )
  )
}).annotate({ identifier: "OrgDetails" })
export type RecipientRequest = { readonly type: "EMAIL" | "SLACK" | "TEAMS" | "WEBHOOK"; readonly value: string }
export const RecipientRequest = Schema.Struct({
  type: Schema.Literals(["EMAIL", "SLACK", "TEAMS", "WEBHOOK"]).annotate({
    description: "Notification recipient type"
  }),
  value: Schema.String.annotate({ description: "Notification recipient value" })
}).annotate({ identifier: "RecipientRequest" })
export type NotificationAdditionalDetails = {
  readonly days?: number
  readonly certTypeId?: number
  readonly freq?: "ONCE" | "DAILY"
  readonly revokedByAdmin?: boolean
  readonly revokedByUser?: boolean
}
export const NotificationAdditionalDetails = Schema.Struct({
  days: Schema.optionalKey(
    Schema.Number.annotate({ description: "Number of remaining days", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  certTypeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Profile id that this notification belongs to", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  freq: Schema.optionalKey(Schema.Literals(["ONCE", "DAILY"]).annotate({ description: "Notification frequency" })),
  revokedByAdmin: Schema.optionalKey(Schema.Boolean.annotate({ description: "For certificates, revoked by admin" })),
  revokedByUser: Schema.optionalKey(Schema.Boolean.annotate({ description: "For certificates, revoked by user" }))
}).annotate({ identifier: "NotificationAdditionalDetails" })
export type EnrolmentEndpointItem = {
  readonly id?: number
  readonly name?: string
  readonly type?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
  readonly url?: string
  readonly uriExtension?: string
  readonly organizations?: ReadonlyArray<{
    readonly id?: number
    readonly name?: string
    readonly department?: Organization
  }>
  readonly webFormAuthTypes?: ReadonlyArray<"EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID">
}
export const EnrolmentEndpointItem = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Endpoint ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Endpoint name" })),
  type: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ]).annotate({ description: "Endpoint type" })
  ),
  delegationMode: Schema.optionalKey(
    Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "Delegation mode" })
  ),
  url: Schema.optionalKey(Schema.String.annotate({ description: "Endpoint URL" })),
  uriExtension: Schema.optionalKey(Schema.String.annotate({ description: "Endpoint URI extension" })),
  organizations: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        id: Schema.optionalKey(
          Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
            Schema.isInt().annotate({ expected: "an integer" })
          )
        ),
        name: Schema.optionalKey(Schema.String.annotate({ description: "Organization name" })),
        department: Schema.optionalKey(Organization)
      }).annotate({ description: "Delegated organization" })
    )
  ),
  webFormAuthTypes: Schema.optionalKey(
    Schema.Array(
      Schema.Literals(["EMAIL_CONFIRMATION", "IDP", "SECRET_ID"]).annotate({
        description: "Web Form authentication method"
      })
    )
  )
}).annotate({ identifier: "EnrolmentEndpointItem" })
export type EnrollmentEndpointConfigInfo = {
  readonly enrollmentHelp?: string
  readonly enrollmentLinkName?: string
  readonly enrollmentLinkAddress?: string
  readonly webFormAuthTypes?: ReadonlyArray<"EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID">
  readonly contactName?: string
  readonly contactEmail?: string
  readonly contactPhone?: string
}
export const EnrollmentEndpointConfigInfo = Schema.Struct({
  enrollmentHelp: Schema.optionalKey(Schema.String.annotate({ description: "Endpoint enrollment instructions" })),
  enrollmentLinkName: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL name" })
  ),
  enrollmentLinkAddress: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL" })
  ),
  webFormAuthTypes: Schema.optionalKey(
    Schema.Array(
      Schema.Literals(["EMAIL_CONFIRMATION", "IDP", "SECRET_ID"]).annotate({
        description: "Web Form authentication method"
      })
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  contactName: Schema.optionalKey(Schema.String.annotate({ description: "Contact name" })),
  contactEmail: Schema.optionalKey(Schema.String.annotate({ description: "Contact e-mail" })),
  contactPhone: Schema.optionalKey(Schema.String.annotate({ description: "Contact phone" }))
}).annotate({ identifier: "EnrollmentEndpointConfigInfo" })
export type EnrollmentEndpointConfigRequest = {
  readonly enrollmentHelp?: string
  readonly enrollmentLinkName?: string
  readonly enrollmentLinkAddress?: string
  readonly webFormAuthTypes?: ReadonlyArray<"EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID">
  readonly contactName?: string
  readonly contactEmail?: string
  readonly contactPhone?: string
}
export const EnrollmentEndpointConfigRequest = Schema.Struct({
  enrollmentHelp: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment instructions" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
  ),
  enrollmentLinkName: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  enrollmentLinkAddress: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
  ),
  webFormAuthTypes: Schema.optionalKey(
    Schema.Array(
      Schema.Literals(["EMAIL_CONFIRMATION", "IDP", "SECRET_ID"]).annotate({
        description: "Web Form authentication method"
      })
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  contactName: Schema.optionalKey(
    Schema.String.annotate({ description: "Contact name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  contactEmail: Schema.optionalKey(
    Schema.String.annotate({ description: "Contact e-mail" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  contactPhone: Schema.optionalKey(
    Schema.String.annotate({ description: "Contact phone" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  )
}).annotate({ identifier: "EnrollmentEndpointConfigRequest" })
export type EndpointAccountItem = {
  readonly name?: string
  readonly type?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly organization?: { readonly id?: number; readonly name?: string; readonly department?: Organization }
  readonly idToken?: string
}
export const EndpointAccountItem = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Account name" })),
  type: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ]).annotate({ description: "Endpoint type" })
  ),
  organization: Schema.optionalKey(
    Schema.Struct({
      id: Schema.optionalKey(
        Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
          Schema.isInt().annotate({ expected: "an integer" })
        )
      ),
      name: Schema.optionalKey(Schema.String.annotate({ description: "Organization name" })),
      department: Schema.optionalKey(Organization)
    }).annotate({ description: "Account organization" })
  ),
  idToken: Schema.optionalKey(Schema.String.annotate({ description: "Account ID token" }))
}).annotate({ identifier: "EndpointAccountItem" })
export type CreatePublicAcmeEnrollAccount = {
  readonly type: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly name?: string
  readonly organizationId?: number
  readonly supportedType?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly domains?: ReadonlyArray<string>
}
export const CreatePublicAcmeEnrollAccount = Schema.Struct({
  type: Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
    description: "Endpoint type"
  }),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Account name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  supportedType: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ])
  ),
  domains: Schema.optionalKey(Schema.Array(Schema.String))
}).annotate({ identifier: "CreatePublicAcmeEnrollAccount" })
export type CreateSslMaggieEnrollAccount = {
  readonly type: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly name?: string
  readonly organizationId?: number
  readonly supportedType?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly profileId?: number
  readonly profileIds?: ReadonlyArray<number>
}
export const CreateSslMaggieEnrollAccount = Schema.Struct({
  type: Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
    description: "Endpoint type"
  }),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Account name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  supportedType: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ])
  ),
  profileId: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  profileIds: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
  )
}).annotate({ identifier: "CreateSslMaggieEnrollAccount" })
export type CsWebFormAccountRequest = {
  readonly type: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly name?: string
  readonly organizationId?: number
  readonly supportedType?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly profileIds?: ReadonlyArray<number>
  readonly csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN"
  readonly allowEmptyPin?: boolean
  readonly preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1"
}
export const CsWebFormAccountRequest = Schema.Struct({
  type: Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
    description: "Endpoint type"
  }),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Account name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  supportedType: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ])
  ),
  profileIds: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated profile ID" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
    )
  ),
  csrGenerationMethod: Schema.optionalKey(
    Schema.Literals(["BROWSER", "SERVER", "PROVIDED", "SECTIGOGEN", "TOKEN"]).annotate({
      description: "CSR Generation method"
    })
  ),
  allowEmptyPin: Schema.optionalKey(Schema.Boolean),
  preferredKeyProtectionAlgorithm: Schema.optionalKey(
    Schema.Literals(["AES256-SHA256", "TripleDES-SHA1"]).annotate({ description: "Preferred key protection algorithm" })
  )
}).annotate({ identifier: "CsWebFormAccountRequest" })
export type DeviceWebFormAccountRequest = {
  readonly type: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly name?: string
  readonly organizationId?: number
  readonly supportedType?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly profileIds?: ReadonlyArray<number>
  readonly csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN"
  readonly autoApprove?: boolean
  readonly allowEmptyPin?: boolean
  readonly accountAuthMethod?: "ACCESS_CODE" | "IDP_ASSERTIONS_MAPPING" | "NONE"
  readonly accessCode?: string
  readonly idpMappingRules?: ReadonlyArray<{
    readonly key?:
      | "cn"
      | "displayname"
      | "entitlement"
      | "eppn"
      | "givenname"
      | "groups"
      | "mail"
      | "schachomeorganization"
      | "sn"
      | "uid"
    readonly matchType: "MATCHES" | "CONTAINS"
    readonly values?: ReadonlyArray<string>
  }>
  readonly preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1"
}
export const DeviceWebFormAccountRequest = Schema.Struct({
  type: Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
    description: "Endpoint type"
  }),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Account name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  supportedType: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ])
  ),
  profileIds: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated profile ID" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
    )
  ),
  csrGenerationMethod: Schema.optionalKey(
    Schema.Literals(["BROWSER", "SERVER", "PROVIDED", "SECTIGOGEN", "TOKEN"]).annotate({
      description: "CSR Generation method"
    })
  ),
  autoApprove: Schema.optionalKey(Schema.Boolean.annotate({ description: "Automatically approve requests" })),
  allowEmptyPin: Schema.optionalKey(Schema.Boolean.annotate({ description: "Allow empty PKCS12 password" })),
  accountAuthMethod: Schema.optionalKey(
    Schema.Literals(["ACCESS_CODE", "IDP_ASSERTIONS_MAPPING", "NONE"]).annotate({
      description: "Account authentication method"
    })
  ),
  accessCode: Schema.optionalKey(
    Schema.String.annotate({ description: "Access code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  idpMappingRules: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        key: Schema.optionalKey(
          Schema.Literals([
            "cn",
            "displayname",
            "entitlement",
            "eppn",
            "givenname",
            "groups",
            "mail",
            "schachomeorganization",
            "sn",
            "uid"
          ]).annotate({ description: "Attribute name" })
        ),
        matchType: Schema.Literals(["MATCHES", "CONTAINS"]).annotate({ description: "Match type" }),
        values: Schema.optionalKey(
          Schema.Array(
            Schema.String.annotate({ description: "Attribute value" }).check(
              Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
            )
          ).check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
        )
      }).annotate({ description: "IDP assertion mapping rule" })
    )
  ),
  preferredKeyProtectionAlgorithm: Schema.optionalKey(
    Schema.Literals(["AES256-SHA256", "TripleDES-SHA1"]).annotate({ description: "Preferred key protection algorithm" })
  )
}).annotate({ identifier: "DeviceWebFormAccountRequest" })
export type SSLWebFormAccountRequest = {
  readonly type: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly name?: string
  readonly organizationId?: number
  readonly supportedType?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly profileIds?: ReadonlyArray<number>
  readonly csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN"
  readonly autoApprove?: boolean
  readonly allowEmptyPin?: boolean
  readonly allowAutoRenew?: boolean
  readonly accountAuthMethod?: "ACCESS_CODE" | "IDP_ASSERTIONS_MAPPING" | "NONE"
  readonly accessCode?: string
  readonly idpMappingRules?: ReadonlyArray<{
    readonly key?:
      | "cn"
      | "displayname"
      | "entitlement"
      | "eppn"
      | "givenname"
      | "groups"
      | "mail"
      | "schachomeorganization"
      | "sn"
      | "uid"
    readonly matchType: "MATCHES" | "CONTAINS"
    readonly values?: ReadonlyArray<string>
  }>
  readonly preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1"
}
export const SSLWebFormAccountRequest = Schema.Struct({
  type: Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
    description: "Endpoint type"
  }),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Account name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  supportedType: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ])
  ),
  profileIds: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated profile ID" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
    )
  ),
  csrGenerationMethod: Schema.optionalKey(
    Schema.Literals(["BROWSER", "SERVER", "PROVIDED", "SECTIGOGEN", "TOKEN"]).annotate({
      description: "CSR Generation method"
    })
  ),
  autoApprove: Schema.optionalKey(Schema.Boolean.annotate({ description: "Automatically approve requests" })),
  allowEmptyPin: Schema.optionalKey(Schema.Boolean.annotate({ description: "Allow empty PKCS12 password" })),
  allowAutoRenew: Schema.optionalKey(Schema.Boolean.annotate({ description: "Allow auto renew" })),
  accountAuthMethod: Schema.optionalKey(
    Schema.Literals(["ACCESS_CODE", "IDP_ASSERTIONS_MAPPING", "NONE"]).annotate({
      description: "Account authentication method"
    })
  ),
  accessCode: Schema.optionalKey(
    Schema.String.annotate({ description: "Access code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  idpMappingRules: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        key: Schema.optionalKey(
          Schema.Literals([
            "cn",
            "displayname",
            "entitlement",
            "eppn",
            "givenname",
            "groups",
            "mail",
            "schachomeorganization",
            "sn",
            "uid"
          ]).annotate({ description: "Attribute name" })
        ),
        matchType: Schema.Literals(["MATCHES", "CONTAINS"]).annotate({ description: "Match type" }),
        values: Schema.optionalKey(
          Schema.Array(
            Schema.String.annotate({ description: "Attribute value" }).check(
              Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
            )
          ).check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
        )
      }).annotate({ description: "IDP assertion mapping rule" })
    )
  ),
  preferredKeyProtectionAlgorithm: Schema.optionalKey(
    Schema.Literals(["AES256-SHA256", "TripleDES-SHA1"]).annotate({ description: "Preferred key protection algorithm" })
  )
}).annotate({ identifier: "SSLWebFormAccountRequest" })
export type SmimeWebFormAccountRequest = {
  readonly type: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly name?: string
  readonly organizationId?: number
  readonly supportedType?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly profileIds?: ReadonlyArray<number>
  readonly csrGenerationMethod?: "BROWSER" | "SERVER" | "PROVIDED" | "SECTIGOGEN" | "TOKEN"
  readonly allowEmptyPin?: boolean
  readonly accountAuthMethod?: "ACCESS_CODE" | "IDP_ASSERTIONS_MAPPING" | "NONE"
  readonly accessCode?: string
  readonly idpMappingRules?: ReadonlyArray<{
    readonly key?:
      | "cn"
      | "displayname"
      | "entitlement"
      | "eppn"
      | "givenname"
      | "groups"
      | "mail"
      | "schachomeorganization"
      | "sn"
      | "uid"
    readonly matchType: "MATCHES" | "CONTAINS"
    readonly values?: ReadonlyArray<string>
  }>
  readonly preferredKeyProtectionAlgorithm?: "AES256-SHA256" | "TripleDES-SHA1"
}
export const SmimeWebFormAccountRequest = Schema.Struct({
  type: Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
    description: "Endpoint type"
  }),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Account name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  supportedType: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ])
  ),
  profileIds: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated profile ID" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
    )
  ),
  csrGenerationMethod: Schema.optionalKey(
    Schema.Literals(["BROWSER", "SERVER", "PROVIDED", "SECTIGOGEN", "TOKEN"]).annotate({
      description: "CSR Generation method"
    })
  ),
  allowEmptyPin: Schema.optionalKey(Schema.Boolean.annotate({ description: "Allow empty PKCS12 password" })),
  accountAuthMethod: Schema.optionalKey(
    Schema.Literals(["ACCESS_CODE", "IDP_ASSERTIONS_MAPPING", "NONE"]).annotate({
      description: "Account authentication method"
    })
  ),
  accessCode: Schema.optionalKey(
    Schema.String.annotate({ description: "Access code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  idpMappingRules: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        key: Schema.optionalKey(
          Schema.Literals([
            "cn",
            "displayname",
            "entitlement",
            "eppn",
            "givenname",
            "groups",
            "mail",
            "schachomeorganization",
            "sn",
            "uid"
          ]).annotate({ description: "Attribute name" })
        ),
        matchType: Schema.Literals(["MATCHES", "CONTAINS"]).annotate({ description: "Match type" }),
        values: Schema.optionalKey(
          Schema.Array(
            Schema.String.annotate({ description: "Attribute value" }).check(
              Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
            )
          ).check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
        )
      }).annotate({ description: "IDP assertion mapping rule" })
    )
  ),
  preferredKeyProtectionAlgorithm: Schema.optionalKey(
    Schema.Literals(["AES256-SHA256", "TripleDES-SHA1"]).annotate({ description: "Preferred key protection algorithm" })
  )
}).annotate({ identifier: "SmimeWebFormAccountRequest" })
export type CtLogMonitoring = {
  readonly bucketId?: string
  readonly enabled?: boolean
  readonly includeSubdomains?: boolean
}
export const CtLogMonitoring = Schema.Struct({
  bucketId: Schema.optionalKey(
    Schema.String.annotate({
      description: "Certificate Bucket ID for CT log monitoring. Required if CT Log monitoring is going to be enabled."
    })
  ),
  enabled: Schema.optionalKey(Schema.Boolean.annotate({ description: "Enable CT log monitoring for this domain." })),
  includeSubdomains: Schema.optionalKey(Schema.Boolean.annotate({ description: "Monitor subdomains." }))
}).annotate({ description: "CT log monitoring settings.", identifier: "CtLogMonitoring" })
export type Time = { readonly hours?: number; readonly minutes?: number }
export const Time = Schema.Struct({
  hours: Schema.optionalKey(
    Schema.Number.annotate({ description: "Hours", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(23).annotate({ expected: "a value less than or equal to 23" }))
  ),
  minutes: Schema.optionalKey(
    Schema.Number.annotate({ description: "Minutes", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(59).annotate({ expected: "a value less than or equal to 59" }))
  )
}).annotate({ description: "Time", identifier: "Time" })
export type Range = { readonly address: string; readonly ports?: string }
export const Range = Schema.Struct({
  address: Schema.String.annotate({ description: "Range address" })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(253).annotate({ expected: "a value with a length of at most 253" })),
  ports: Schema.optionalKey(
    Schema.String.annotate({ description: "Range ports" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(253).annotate({ expected: "a value with a length of at most 253" }))
  )
}).annotate({ identifier: "Range" })
export type BucketDetailsResponse = {
  readonly clientId?: string
  readonly id?: string
  readonly name?: string
  readonly authenticationEnabled?: boolean
  readonly assignmentRules?: ReadonlyArray<number>
  readonly orgDelegations?: ReadonlyArray<number>
}
export const BucketDetailsResponse = Schema.Struct({
  clientId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "REST Authentication Client id. It will be shown all the time if authentication on a bucket is enabled, and will not be shown if authentication is disabled."
    })
  ),
  id: Schema.optionalKey(Schema.String.annotate({ description: "Certificate bucket ID", format: "uuid" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Certificate bucket name" })),
  authenticationEnabled: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is REST authentication enabled" })),
  assignmentRules: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
    ).annotate({ description: "Assignment rule IDs" })
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
      .annotate({ description: "Delegated organization IDs" })
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "BucketDetailsResponse" })
export type UpdateBucketRequest = {
  readonly name: string
  readonly authenticationEnabled?: boolean
  readonly assignmentRules?: ReadonlyArray<number>
}
export const UpdateBucketRequest = Schema.Struct({
  name: Schema.String.check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })).check(
    Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })
  ),
  authenticationEnabled: Schema.optionalKey(Schema.Boolean),
  assignmentRules: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
  )
}).annotate({ identifier: "UpdateBucketRequest" })
export type BucketUpdateResponse = {
  readonly clientId?: string
  readonly clientSecret?: string
  readonly id?: string
  readonly name?: string
  readonly authenticationEnabled?: boolean
  readonly assignmentRules?: ReadonlyArray<number>
  readonly orgDelegations?: ReadonlyArray<number>
}
export const BucketUpdateResponse = Schema.Struct({
  clientId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "REST Authentication Client id. It will be shown all the time if authentication on a bucket is enabled, and will not be shown if authentication is disabled."
    })
  ),
  clientSecret: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "REST Authentication Client secret. It will be shown only once if you decide to enable authentication on the bucket, if it was disabled before."
    })
  ),
  id: Schema.optionalKey(Schema.String.annotate({ description: "Certificate bucket ID", format: "uuid" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Certificate bucket name" })),
  authenticationEnabled: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is REST authentication enabled" })),
  assignmentRules: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
    ).annotate({ description: "Assignment rule IDs" })
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
      .annotate({ description: "Delegated organization IDs" })
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "BucketUpdateResponse" })
export type BucketBasicInfo = { readonly clientId?: string; readonly clientSecret?: string }
export const BucketBasicInfo = Schema.Struct({
  clientId: Schema.optionalKey(Schema.String.annotate({ description: "REST Authentication Client id" })),
  clientSecret: Schema.optionalKey(Schema.String.annotate({ description: "REST Authentication Client secret" }))
}).annotate({ identifier: "BucketBasicInfo" })
export type DelegateRequest = {
  readonly delegationMode: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
  readonly orgDelegations?: ReadonlyArray<number>
}
export const DelegateRequest = Schema.Struct({
  delegationMode: Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "Delegation mode" }),
  orgDelegations: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated organization ID" })
        .check(Schema.isFinite().annotate({ expected: "a finite number" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "DelegateRequest" })
export type BucketDelegateOrgsResponse = {
  readonly clientId?: string
  readonly id?: string
  readonly name?: string
  readonly authenticationEnabled?: boolean
  readonly assignmentRules?: ReadonlyArray<number>
  readonly orgDelegations?: ReadonlyArray<number>
}
export const BucketDelegateOrgsResponse = Schema.Struct({
  clientId: Schema.optionalKey(Schema.String.annotate({ description: "REST Authentication Client id" })),
  id: Schema.optionalKey(Schema.String.annotate({ description: "Certificate bucket ID", format: "uuid" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Certificate bucket name" })),
  authenticationEnabled: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is REST authentication enabled" })),
  assignmentRules: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
    ).annotate({ description: "Assignment rule IDs" })
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
      .annotate({ description: "Delegated organization IDs" })
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "BucketDelegateOrgsResponse" })
export type RuleFilter = {
  readonly filterType?:
    | "COMMON_NAME"
    | "ORGANIZATION"
    | "ORGANIZATION_UNIT"
    | "CITY"
    | "STATE"
    | "COUNTRY"
    | "SUBJECT_ALT_NAME"
    | "ISSUER"
    | "IP"
    | "PORT"
    | "DOMAIN_COMPONENT"
    | "TEMPLATE_NAME"
    | "KU"
    | "EKU"
    | "HOST_NAME"
  readonly matchType?: "MATCHES" | "STARTS_WITH" | "ENDS_WITH" | "CONTAINS" | "MATCH_REGEX" | "GREATER_THAN"
  readonly value?: string
}
export const RuleFilter = Schema.Struct({
  filterType: Schema.optionalKey(
    Schema.Literals([
      "COMMON_NAME",
      "ORGANIZATION",
      "ORGANIZATION_UNIT",
      "CITY",
      "STATE",
      "COUNTRY",
      "SUBJECT_ALT_NAME",
      "ISSUER",
      "IP",
      "PORT",
      "DOMAIN_COMPONENT",
      "TEMPLATE_NAME",
      "KU",
      "EKU",
      "HOST_NAME"
    ]).annotate({ description: "Rule filter type" })
  ),
  matchType: Schema.optionalKey(
    Schema.Literals(["MATCHES", "STARTS_WITH", "ENDS_WITH", "CONTAINS", "MATCH_REGEX", "GREATER_THAN"]).annotate({
      description: "Rule match type"
    })
  ),
  value: Schema.optionalKey(
    Schema.String.annotate({ description: "Rule value" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  )
}).annotate({ identifier: "RuleFilter" })
export type ErrorResponse = {
  readonly code?: number
  readonly description: string
  readonly items?: ReadonlyArray<string>
  readonly details?: string
}
export const ErrorResponse = Schema.Struct({
  code: Schema.optionalKey(
    Schema.Number.annotate({ description: "Error code", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  description: Schema.String.annotate({ description: "Error description" }),
  items: Schema.optionalKey(Schema.Array(Schema.String)),
  details: Schema.optionalKey(Schema.String.annotate({ description: "Additional details" }))
}).annotate({ description: "Error response with details.", identifier: "ErrorResponse" })
export type CustomFieldInput = {
  readonly type?: "TEXT_SINGLE_LINE" | "TEXT_MULTI_LINE" | "EMAIL" | "NUMBER" | "TEXT_OPTION" | "DATE"
}
export const CustomFieldInput = Schema.Struct({
  type: Schema.optionalKey(
    Schema.Literals(["TEXT_SINGLE_LINE", "TEXT_MULTI_LINE", "EMAIL", "NUMBER", "TEXT_OPTION", "DATE"]).annotate({
      description: "Custom field input type"
    })
  )
}).annotate({ identifier: "CustomFieldInput" })
export type TextOptionInput = {
  readonly type?: "TEXT_SINGLE_LINE" | "TEXT_MULTI_LINE" | "EMAIL" | "NUMBER" | "TEXT_OPTION" | "DATE"
  readonly options?: ReadonlyArray<Schema.Json>
}
export const TextOptionInput = Schema.Struct({
  type: Schema.optionalKey(
    Schema.Literals(["TEXT_SINGLE_LINE", "TEXT_MULTI_LINE", "EMAIL", "NUMBER", "TEXT_OPTION", "DATE"]).annotate({
      description: "Custom field input type"
    })
  ),
  options: Schema.optionalKey(
    Schema.Array(
      Schema.Json.annotate({ expected: "JSON value", description: "Options for TEXT_OPTION input type" })
    ).check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
  )
}).annotate({ identifier: "TextOptionInput" })
export type AzureAccountDetails = {
  readonly name?: string
  readonly applicationId?: string
  readonly directoryId?: string
  readonly environment?: "AZURE" | "AZURE_US_GOVERNMENT" | "AZURE_GERMANY" | "AZURE_CHINA"
  readonly delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
  readonly orgDelegations?: ReadonlyArray<number>
}
export const AzureAccountDetails = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Azure account name" })),
  applicationId: Schema.optionalKey(Schema.String.annotate({ description: "Azure application ID" })),
  directoryId: Schema.optionalKey(Schema.String.annotate({ description: "Azure directory ID" })),
  environment: Schema.optionalKey(
    Schema.Literals(["AZURE", "AZURE_US_GOVERNMENT", "AZURE_GERMANY", "AZURE_CHINA"]).annotate({
      description: "Azure environment"
    })
  ),
  delegationMode: Schema.optionalKey(
    Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "Azure account delegation mode" })
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
      .annotate({ description: "Delegated organization IDs" })
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "AzureAccountDetails" })
export type AzureAccountUpdateRequest = {
  readonly name?: string
  readonly applicationId?: string
  readonly directoryId?: string
  readonly environment?: "AZURE" | "AZURE_US_GOVERNMENT" | "AZURE_GERMANY" | "AZURE_CHINA"
  readonly applicationSecret?: string
}
export const AzureAccountUpdateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Azure account name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  applicationId: Schema.optionalKey(
    Schema.String.annotate({ description: "Azure application ID" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(36).annotate({ expected: "a value with a length of at most 36" }))
  ),
  directoryId: Schema.optionalKey(
    Schema.String.annotate({ description: "Azure directory ID" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(36).annotate({ expected: "a value with a length of at most 36" }))
  ),
  environment: Schema.optionalKey(
    Schema.Literals(["AZURE", "AZURE_US_GOVERNMENT", "AZURE_GERMANY", "AZURE_CHINA"]).annotate({
      description: "Azure environment"
    })
  ),
  applicationSecret: Schema.optionalKey(
    Schema.String.annotate({ description: "Azure application (client) secret" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(40).annotate({ expected: "a value with a length of at most 40" }))
  )
}).annotate({ identifier: "AzureAccountUpdateRequest" })
export type DelegatedOrgsResponse = { readonly orgDelegations?: ReadonlyArray<number> }
export const DelegatedOrgsResponse = Schema.Struct({
  orgDelegations: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
      .annotate({ description: "Delegated organization IDs" })
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "DelegatedOrgsResponse" })
export type ExAgentDetails = {
  readonly id?: number
  readonly version?: string
  readonly os?: "WINDOWS" | "LINUX" | "MAC" | "CROSS_PLATFORM" | "LINUX_DOCKER"
  readonly autoUpdate?: boolean
  readonly localIp?: string
  readonly lastActivity?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
  readonly installationToken?: string
  readonly secretKey?: string
  readonly orgId?: number
  readonly comments?: string
  readonly active?: boolean
  readonly name?: string
}
export const ExAgentDetails = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Network agent ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  version: Schema.optionalKey(Schema.String.annotate({ description: "Network agent version" })),
  os: Schema.optionalKey(
    Schema.Literals(["WINDOWS", "LINUX", "MAC", "CROSS_PLATFORM", "LINUX_DOCKER"]).annotate({
      description: "Operating system on host where Network agent installed"
    })
  ),
  autoUpdate: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "Enabled or disabled Network agent auto update" })
  ),
  localIp: Schema.optionalKey(Schema.String.annotate({ description: "IP addresses list Network agent installed on" })),
  lastActivity: Schema.optionalKey(
    Schema.String.annotate({ description: "Last Network agent activity timestamp. Optional.", format: "date-time" })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({
      description: "Network agent current status."
    })
  ),
  installationToken: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The token which can be used during an installation of Network agent at client’s environment.\nProvided for new Network agents only or those which were not connected to SCM yet. Optional.\n"
    })
  ),
  secretKey: Schema.optionalKey(
    Schema.String.annotate({ description: "Secret key to authenticate Network agent on SCM" })
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  comments: Schema.optionalKey(Schema.String.annotate({ description: "Network agent comments" })),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "Denotes either agent active or not." })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" }))
}).annotate({ identifier: "ExAgentDetails" })
export type ExAgentUpdateRequest = {
  readonly name?: string
  readonly active?: boolean
  readonly comments?: string
  readonly secretKey?: string
  readonly keystorePwd?: string
}
export const ExAgentUpdateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Agent name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "Denotes either agent active or not." })),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Network agent comments" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  secretKey: Schema.optionalKey(
    Schema.String.annotate({ description: "New secret key used for Network agent lookup and authorization." })
      .check(Schema.isMinLength(10).annotate({ expected: "a value with a length of at least 10" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  keystorePwd: Schema.optionalKey(
    Schema.String.annotate({
      description: "New password for the local keystore where Network agent stores certificates and keys."
    })
      .check(Schema.isMinLength(10).annotate({ expected: "a value with a length of at least 10" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  )
}).annotate({ identifier: "ExAgentUpdateRequest" })
export type TargetServerDto = {
  readonly id?: number
  readonly vendor?: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP"
  readonly connectionType?:
    | "LOCAL"
    | "LOCAL_LEGACY_NATIVE_API"
    | "REMOTE_REST_API"
    | "REMOTE_SSH"
    | "REMOTE_WIN_RM"
    | "REMOTE_LEGACY_NATIVE_API"
  readonly name?: string
  readonly path?: string
  readonly status?: "INIT" | "ACTIVE" | "INACTIVE" | "RESTART_REQUIRED" | "RESTARTING"
  readonly errorMessage?: string
  readonly ip?: string
  readonly port?: number
  readonly altPathForCert?: string
  readonly username?: string
  readonly privateKeyPath?: string
  readonly storeName?: string
}
export const TargetServerDto = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "ID of server discovered by Network agent", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  vendor: Schema.optionalKey(
    Schema.Literals(["APACHE_2", "IIS", "TOMCAT", "F5_BIG_IP"]).annotate({
      description: "Vendor of server discovered by Network agent"
    })
  ),
  connectionType: Schema.optionalKey(
    Schema.Literals([
      "LOCAL",
      "LOCAL_LEGACY_NATIVE_API",
      "REMOTE_REST_API",
      "REMOTE_SSH",
      "REMOTE_WIN_RM",
      "REMOTE_LEGACY_NATIVE_API"
    ]).annotate({ description: "Connection type to server discovered by Network agent" })
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of server discovered by Network agent" })),
  path: Schema.optionalKey(
    Schema.String.annotate({
      description: "Path to root directory where server discovered by Network agent is installed."
    })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["INIT", "ACTIVE", "INACTIVE", "RESTART_REQUIRED", "RESTARTING"]).annotate({
      description: "The state of server discovered by Network agent"
    })
  ),
  errorMessage: Schema.optionalKey(
    Schema.String.annotate({
      description: "The error occurred when Network agent was executing a command intended for this discovered server."
    })
  ),
  ip: Schema.optionalKey(
    Schema.String.annotate({ description: "Hostname or IP of server discovered by Network agent" })
  ),
  port: Schema.optionalKey(
    Schema.Number.annotate({ description: "Port number on server discovered by Network agent", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  altPathForCert: Schema.optionalKey(
    Schema.String.annotate({
      description: "Alternative path to a directory where server discovered by Network agent stores certificates."
    })
  ),
  username: Schema.optionalKey(
    Schema.String.annotate({ description: "Username(login) to gain access to server discovered by Network agent." })
  ),
  privateKeyPath: Schema.optionalKey(
    Schema.String.annotate({
      description: "Path to a directory where Network agent stores private key to authenticate on discovered server."
    })
  ),
  storeName: Schema.optionalKey(
    Schema.String.annotate({ description: "Store name to gain access to server discovered by Network agent." })
  )
}).annotate({ identifier: "TargetServerDto" })
export type TargetServerUpdateRequest = {
  readonly name?: string
  readonly vendor?: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP"
  readonly connectionType?:
    | "LOCAL"
    | "LOCAL_LEGACY_NATIVE_API"
    | "REMOTE_REST_API"
    | "REMOTE_SSH"
    | "REMOTE_WIN_RM"
    | "REMOTE_LEGACY_NATIVE_API"
  readonly ip?: string
  readonly port?: number
  readonly path?: string
  readonly altPathForCert?: string
  readonly privateKeyPath?: string
  readonly passPhrase?: string
  readonly username?: string
  readonly password?: string
  readonly storeName?: string
  readonly storeCredId?: string
}
export const TargetServerUpdateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({
      description: "Name of server discovered by Network agent. Optional. Must be not blank if specified."
    })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  vendor: Schema.optionalKey(
    Schema.Literals(["APACHE_2", "IIS", "TOMCAT", "F5_BIG_IP"]).annotate({
      description: "Vendor of server discovered by Network agent"
    })
  ),
  connectionType: Schema.optionalKey(
    Schema.Literals([
      "LOCAL",
      "LOCAL_LEGACY_NATIVE_API",
      "REMOTE_REST_API",
      "REMOTE_SSH",
      "REMOTE_WIN_RM",
      "REMOTE_LEGACY_NATIVE_API"
    ]).annotate({ description: "Connection type to server discovered by Network agent. Must be specified." })
  ),
  ip: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Hostname or IP address of server that's creating as one discovered by Network agent. Required for a remote server."
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  port: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Port number on server discovered by Network agent.\nRequired for a remote server and for all except 'Microsoft IIS' vendors.",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  path: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Path to root directory(in case of 'Apache Tomcat' vendor)\nor to the 'apachectl' executable(in case of 'Apache' vendor)\nof server discovered by Network agent. Can be specified only for listed vendors. Optional"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  altPathForCert: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Alternative path to a directory where server discovered by Network agent stores certificates.\nCan be specified for a remote server and for 'Apache' vendor only. Optional."
    })
  ),
  privateKeyPath: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Path to a directory where Network agent stores private key to authenticate on discovered server.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nMust be used in conjunction with 'passPhrase' but not with 'username'/'password' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  passPhrase: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Passphrase to gain access to keystore where Network agent preserves the private key to authenticate on discovered server.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nUsed together with 'privateKeyPath' but not with 'username'/'password' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
  ),
  username: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Username(login) to gain access to server discovered by Network agent.\nCan be specified for a remote server and for all vendors.\nMust be used in conjunction with 'password' or 'privateKeyPath'/'passPhrase' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  password: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Password for username to gain access to server discovered by Network agent.\nCan be specified for a remote server and for all vendors.\nUsed together with 'username' but not with 'privateKeyPath'/'passPhrase' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
  ),
  storeName: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Store name to gain access to server discovered by Network agent.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nMust be used in conjunction with 'storeCredId' but not with 'username'/'password' parameters and not with 'privateKeyPath'/'passPhrase' parameters. Optional.\n"
    })
  ),
  storeCredId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Store credential ID to gain access to server discovered by Network agent.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nMust be used in conjunction with 'storeName' but not with 'username'/'password' parameters and not with 'privateKeyPath'/'passPhrase' parameters. Optional.\n"
    })
  )
}).annotate({ identifier: "TargetServerUpdateRequest" })
export type MsAgentDetails = {
  readonly installationToken?: string
  readonly id?: number
  readonly name?: string
  readonly active?: boolean
  readonly version?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
  readonly secretKey?: string
  readonly comments?: string
  readonly autoUpdate?: boolean
  readonly localIp?: string
  readonly lastActivity?: string
  readonly caProxyEnabled?: boolean
  readonly adDomainsList?: string
  readonly adDomainsListRestricted?: boolean
  readonly defaultEnrollmentOrgId?: number
}
export const MsAgentDetails = Schema.Struct({
  installationToken: Schema.optionalKey(
    Schema.String.annotate({ description: "The token which can be used during MS Agent installation" })
  ),
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "MS Agent ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "MS Agent name" })),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "MS Agent active state" })),
  version: Schema.optionalKey(Schema.String.annotate({ description: "MS Agent version" })),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({
      description: "MS Agent current status"
    })
  ),
  secretKey: Schema.optionalKey(Schema.String.annotate({ description: "MS Agent secret key" })),
  comments: Schema.optionalKey(Schema.String.annotate({ description: "MS Agent comments" })),
  autoUpdate: Schema.optionalKey(Schema.Boolean.annotate({ description: "Enabled or disabled MS Agent auto update" })),
  localIp: Schema.optionalKey(Schema.String.annotate({ description: "IP addresses list Agent installed on" })),
  lastActivity: Schema.optionalKey(
    Schema.String.annotate({ description: "Last Agent activity timestamp", format: "date-time" })
  ),
  caProxyEnabled: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is MS Agent installed as MS CA or not" })),
  adDomainsList: Schema.optionalKey(
    Schema.String.annotate({ description: "List of domains to include or exclude from discovery" })
  ),
  adDomainsListRestricted: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "If true domains from list will be excluded from discovery. If false - only specified domains will be included to discovery"
    })
  ),
  defaultEnrollmentOrgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Default Organization/Department to enroll certificates by MS Agent",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
}).annotate({ identifier: "MsAgentDetails" })
export type MsAgentUpdateRequest = {
  readonly name?: string
  readonly comments?: string
  readonly active?: boolean
  readonly adDomainsList?: string
  readonly adDomainsListRestricted?: boolean
  readonly defaultEnrollmentOrgId?: number
}
export const MsAgentUpdateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "MS Agent name. Must be null or not blank." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "MS Agent comments" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "MS Agent active state" })),
  adDomainsList: Schema.optionalKey(
    Schema.String.annotate({ description: "List of domains to include or exclude from discovery. Comma separated" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  adDomainsListRestricted: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "If true - domains from list will be excluded from discovery. If false - only specified domains will be included to discovery"
    })
  ),
  defaultEnrollmentOrgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Default Organization/Department to enroll certificates by MS Agent",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
}).annotate({ identifier: "MsAgentUpdateRequest" })
export type ClientRole =
  "MRAO" | "RAO_SSL" | "RAO_SMIME" | "RAO_CS" | "RAO_DEVICE" | "DRAO_SSL" | "DRAO_SMIME" | "DRAO_CS" | "DRAO_DEVICE"
export const ClientRole = Schema.Literals([
  "MRAO",
  "RAO_SSL",
  "RAO_SMIME",
  "RAO_CS",
  "RAO_DEVICE",
  "DRAO_SSL",
  "DRAO_SMIME",
  "DRAO_CS",
  "DRAO_DEVICE"
]).annotate({ identifier: "ClientRole" })
export type ClientPrivilege =
  | "allowCreate"
  | "allowEdit"
  | "allowDelete"
  | "allowDCV"
  | "autoApproveCertificates"
  | "allowMsAdDiscovery"
  | "allowKeyVault"
  | "approveDomainDelegation"
  | "allowManageDomains"
  | "sslRequest"
  | "sslRenew"
  | "sslReplace"
  | "sslRevoke"
  | "sslApprove"
  | "sslManage"
  | "clientCertRequest"
  | "clientCertRevoke"
  | "clientCertManage"
  | "csRequest"
  | "csRevoke"
  | "csManage"
  | "deviceRequest"
  | "deviceRenew"
  | "deviceReplace"
  | "deviceRevoke"
  | "deviceApprove"
  | "deviceManage"
  | "editOrganizationAndDepartment"
  | "addOrganizationAndDepartments"
  | "addDepartments"
  | "editDepartments"
  | "orgValidationManager"
  | "viewUsage"
  | "viewSubscriptions"
  | "manageSubscriptions"
  | "acceptCustomerLicenseAgreement"
  | "externalClm"
export const ClientPrivilege = Schema.Literals([
  "allowCreate",
  "allowEdit",
  "allowDelete",
  "allowDCV",
  "autoApproveCertificates",
  "allowMsAdDiscovery",
  "allowKeyVault",
  "approveDomainDelegation",
  "allowManageDomains",
  "sslRequest",
  "sslRenew",
  "sslReplace",
  "sslRevoke",
  "sslApprove",
  "sslManage",
  "clientCertRequest",
  "clientCertRevoke",
  "clientCertManage",
  "csRequest",
  "csRevoke",
  "csManage",
  "deviceRequest",
  "deviceRenew",
  "deviceReplace",
  "deviceRevoke",
  "deviceApprove",
  "deviceManage",
  "editOrganizationAndDepartment",
  "addOrganizationAndDepartments",
  "addDepartments",
  "editDepartments",
  "orgValidationManager",
  "viewUsage",
  "viewSubscriptions",
  "manageSubscriptions",
  "acceptCustomerLicenseAgreement",
  "externalClm"
]).annotate({ identifier: "ClientPrivilege" })
export type IdpMappingRuleDTO = {
  readonly attribute?: string
  readonly matchType?: "MATCHES" | "CONTAINS"
  readonly values?: ReadonlyArray<Schema.Json>
}
export const IdpMappingRuleDTO = Schema.Struct({
  attribute: Schema.optionalKey(
    Schema.String.annotate({ description: "IdP attribute name." }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  matchType: Schema.optionalKey(
    Schema.Literals(["MATCHES", "CONTAINS"]).annotate({ description: "Matching type.", default: "MATCHES" })
  ),
  values: Schema.optionalKey(
    Schema.Array(
      Schema.Json.annotate({
        expected: "JSON value",
        description:
          'Allowed values that IdP attribute value should match in whole or in part, depending of specified "matchType". Note: in case of collection attribute, rule is applied on its items - if at least one meets the rule, it will be considered as matched.'
      })
    )
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
  )
}).annotate({ identifier: "IdpMappingRuleDTO" })
export type IdpTemplateDeleteOption = "UNLINK" | "DELETE"
export const IdpTemplateDeleteOption = Schema.Literals(["UNLINK", "DELETE"]).annotate({
  default: "UNLINK",
  identifier: "IdpTemplateDeleteOption"
})
export type PublicAcmeAccountInfoV2 = {
  readonly id?: number
  readonly accountId?: string
  readonly macId?: string
  readonly macKey?: string
  readonly acmeServer?: string
  readonly name?: string
  readonly organizationId?: number
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly ovOrderNumber?: number
  readonly ovAnchorID?: string
  readonly validationId?: string
}
export const PublicAcmeAccountInfoV2 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  accountId: Schema.optionalKey(Schema.String),
  macId: Schema.optionalKey(Schema.String.annotate({ description: "ACME account key ID" })),
  macKey: Schema.optionalKey(Schema.String.annotate({ description: "ACME account HMAC key" })),
  acmeServer: Schema.optionalKey(Schema.String.annotate({ description: "ACME account server name" })),
  name: Schema.optionalKey(Schema.String),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  certValidationType: Schema.optionalKey(
    Schema.Literals(["DV", "OV", "EV"]).annotate({ description: "ACME account server validation type" })
  ),
  ovOrderNumber: Schema.optionalKey(
    Schema.Number.annotate({ description: "OV order number (deprecated, see 'ovAnchorID')", format: "int64" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  ovAnchorID: Schema.optionalKey(Schema.String.annotate({ description: "OV anchor certificate ID" })),
  validationId: Schema.optionalKey(Schema.String.annotate({ description: "Validation Id" }))
}).annotate({ identifier: "PublicAcmeAccountInfoV2" })
export type PublicAcmeAccountUpdateRequest = { readonly name?: string }
export const PublicAcmeAccountUpdateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  )
}).annotate({ identifier: "PublicAcmeAccountUpdateRequest" })
export type PrivateAcmeAccountInfo = {
  readonly id?: number
  readonly accountId?: string
  readonly macId?: string
  readonly macKey?: string
  readonly acmeServer?: string
  readonly name?: string
  readonly organizationId?: number
  readonly profileName?: string
}
export const PrivateAcmeAccountInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Universal ACME account entity ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  accountId: Schema.optionalKey(Schema.String.annotate({ description: "Universal ACME account ID" })),
  macId: Schema.optionalKey(Schema.String.annotate({ description: "Universal ACME account key ID" })),
  macKey: Schema.optionalKey(Schema.String.annotate({ description: "Universal ACME account HMAC key" })),
  acmeServer: Schema.optionalKey(Schema.String.annotate({ description: "Universal ACME account server name" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Universal ACME account name" })),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Universal ACME account organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  profileName: Schema.optionalKey(Schema.String.annotate({ description: "Universal ACME account profile name" }))
}).annotate({ identifier: "PrivateAcmeAccountInfo" })
export type PrivateAcmeAccountUpdateRequest = { readonly name?: string }
export const PrivateAcmeAccountUpdateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Universal ACME account name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  )
}).annotate({ identifier: "PrivateAcmeAccountUpdateRequest" })
export type ErrorDetails = { readonly code?: number; readonly description?: string | null }
export const ErrorDetails = Schema.Struct({
  code: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  description: Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]))
}).annotate({ identifier: "ErrorDetails" })
export type DcvLog = {
  readonly dcvStatus?: string
  readonly domainName?: string
  readonly lastCheck?: string | string
  readonly nextCheck?: string | string
  readonly dcvDate?: string | string | null
  readonly dcvEmailRefNumber?: number
}
export const DcvLog = Schema.Struct({
  dcvStatus: Schema.optionalKey(Schema.String),
  domainName: Schema.optionalKey(Schema.String),
  lastCheck: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")).annotate({
          expected: "a string matching the RegExp ^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
        })
      )
    ])
  ),
  nextCheck: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")).annotate({
          expected: "a string matching the RegExp ^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
        })
      )
    ])
  ),
  dcvDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")).annotate({
          expected: "a string matching the RegExp ^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
        })
      ),
      Schema.Null
    ])
  ),
  dcvEmailRefNumber: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
}).annotate({ identifier: "DcvLog" })
export type DcvInstructionResp = {
  readonly domainName?: string
  readonly dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly host?: string
  readonly point?: string
  readonly url?: string
  readonly file?: string
  readonly dcvEmail?: string
}
export const DcvInstructionResp = Schema.Struct({
  domainName: Schema.optionalKey(Schema.String),
  dcvMode: Schema.optionalKey(Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"])),
  host: Schema.optionalKey(Schema.String),
  point: Schema.optionalKey(Schema.String),
  url: Schema.optionalKey(Schema.String),
  file: Schema.optionalKey(Schema.String),
  dcvEmail: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "DcvInstructionResp" })
export type RevokeRequest = {
  readonly reasonCode?: 0 | 1 | 3 | 4 | 5 | "0" | "1" | "3" | "4" | "5"
  readonly reason?: string
}
export const RevokeRequest = Schema.Struct({
  reasonCode: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 3, 4, 5]), Schema.Literals(["0", "1", "3", "4", "5"])]).annotate({
      description:
        "Revocation reason code to be put to CRL (Mozilla Root Store Policy 2.8 section 6.1.1)\nReason code (unspecified (0),\nkeyCompromise (1),\naffiliationChanged (3),\nsuperseded (4),\ncessationOfOperation (5))"
    })
  ),
  reason: Schema.optionalKey(
    Schema.String.annotate({ description: "Short message explaining why certificate needs to be revoked" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  )
}).annotate({ identifier: "RevokeRequest" })
export type MarkAsRevokedRequest = {
  readonly certId?: number
  readonly serialNumber?: string | null
  readonly issuer?: string | null
  readonly revokeDate?: string
  readonly reasonCode?: 0 | 1 | 3 | 4 | 5 | "0" | "1" | "3" | "4" | "5"
}
export const MarkAsRevokedRequest = Schema.Struct({
  certId: Schema.optionalKey(
    Schema.Number.annotate({ description: "SSL id", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  serialNumber: Schema.optionalKey(
    Schema.Union([Schema.String, Schema.Null]).annotate({ description: "SSL serial number" })
  ),
  issuer: Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ description: "SSL issuer" })),
  revokeDate: Schema.optionalKey(Schema.String.annotate({ description: "SSL revoke date", format: "date-time" })),
  reasonCode: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 3, 4, 5]), Schema.Literals(["0", "1", "3", "4", "5"])]).annotate({
      description:
        "Revocation reason code to be put to CRL (Mozilla Root Store Policy 2.8 section 6.1.1)\nReason code (unspecified (0),\nkeyCompromise (1),\naffiliationChanged (3),\nsuperseded (4),\ncessationOfOperation (5))"
    })
  )
}).annotate({ identifier: "MarkAsRevokedRequest" })
export type ReplaceRequest = {
  readonly csr?: string
  readonly reason?: string
  readonly commonName?: string
  readonly subjectAlternativeNames?: ReadonlyArray<string>
  readonly dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly dcvEmail?: string
}
export const ReplaceRequest = Schema.Struct({
  csr: Schema.optionalKey(
    Schema.String.annotate({ description: "Certificate signing request" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(32767).annotate({ expected: "a value with a length of at most 32767" }))
      .check(
        Schema.isPattern(new RegExp("[a-zA-Z0-9-+=\\/\\s]+")).annotate({
          expected: "a string matching the RegExp [a-zA-Z0-9-+=\\/\\s]+"
        })
      )
  ),
  reason: Schema.optionalKey(
    Schema.String.annotate({ description: "Short message with a reason why certificate needs to be replaced" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Certificate common name" })),
  subjectAlternativeNames: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({ description: "Array of subject alternative names" })
  ),
  dcvMode: Schema.optionalKey(
    Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"]).annotate({
      description: "DCV mode for domain validation"
    })
  ),
  dcvEmail: Schema.optionalKey(Schema.String.annotate({ description: "DCV email in case of email validation" }))
}).annotate({ identifier: "ReplaceRequest" })
export type RenewInfo = {
  readonly csr?: string
  readonly dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly dcvEmail?: string
}
export const RenewInfo = Schema.Struct({
  csr: Schema.optionalKey(
    Schema.String.annotate({ description: "Certificate signing request (optional)" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(32767).annotate({ expected: "a value with a length of at most 32767" }))
      .check(
        Schema.isPattern(new RegExp("[a-zA-Z0-9-+=\\/\\s]+")).annotate({
          expected: "a string matching the RegExp [a-zA-Z0-9-+=\\/\\s]+"
        })
      )
  ),
  dcvMode: Schema.optionalKey(
    Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"]).annotate({
      description: "DCV mode for domain validation"
    })
  ),
  dcvEmail: Schema.optionalKey(Schema.String.annotate({ description: "DCV email in case of email validation" }))
}).annotate({ identifier: "RenewInfo" })
export type RenewResponse = { readonly sslId?: number }
export const RenewResponse = Schema.Struct({
  sslId: Schema.optionalKey(
    Schema.Number.annotate({ description: "New certificate ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "RenewResponse" })
export type RenewManualRequest = {
  readonly id?: number
  readonly orderNumber?: string
  readonly dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly dcvEmail?: string
}
export const RenewManualRequest = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  orderNumber: Schema.optionalKey(Schema.String),
  dcvMode: Schema.optionalKey(Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"])),
  dcvEmail: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "RenewManualRequest" })
export type DownloadLinkRequest = { readonly passphrase?: string }
export const DownloadLinkRequest = Schema.Struct({
  passphrase: Schema.optionalKey(
    Schema.String.annotate({ description: "Password for the keystore protection" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  )
}).annotate({ identifier: "DownloadLinkRequest" })
export type DownloadFromPKResponse = { readonly link?: string }
export const DownloadFromPKResponse = Schema.Struct({
  link: Schema.optionalKey(
    Schema.String.annotate({ description: "Link to download key or certificate from Private Key Controller" })
  )
}).annotate({ identifier: "DownloadFromPKResponse" })
export type CertificateIdentity = { readonly id?: number; readonly subject?: string; readonly serialNumber?: string }
export const CertificateIdentity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description: "An ID using which this certificate can be renewed or revoked through Enrollment form",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  subject: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Subject" })),
  serialNumber: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Serial Number" }))
}).annotate({ identifier: "CertificateIdentity" })
export type ImportReport = { readonly processedCount?: number; readonly errors?: ReadonlyArray<string> }
export const ImportReport = Schema.Struct({
  processedCount: Schema.optionalKey(
    Schema.Number.annotate({ description: "Total number of processed certificates", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  errors: Schema.optionalKey(Schema.Array(Schema.String).annotate({ description: "An array of occurred errors" }))
}).annotate({ identifier: "ImportReport" })
export type EnrollResponse = { readonly sslId?: number; readonly renewId?: string }
export const EnrollResponse = Schema.Struct({
  sslId: Schema.optionalKey(
    Schema.Number.annotate({ description: "SSL id", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  renewId: Schema.optionalKey(Schema.String.annotate({ description: "Renew id" }))
}).annotate({ identifier: "EnrollResponse" })
export type AzureKeyVault = { readonly azureAccountId: number; readonly vaultKey: string }
export const AzureKeyVault = Schema.Struct({
  azureAccountId: Schema.Number.annotate({ format: "int32" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  ),
  vaultKey: Schema.String
}).annotate({ identifier: "AzureKeyVault" })
export type DeclineRequest = { readonly message?: string }
export const DeclineRequest = Schema.Struct({
  message: Schema.optionalKey(
    Schema.String.annotate({
      description: "Short message containing accompanying information for certificate decline action"
    })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  )
}).annotate({ identifier: "DeclineRequest" })
export type ApproveRequest = { readonly message?: string }
export const ApproveRequest = Schema.Struct({
  message: Schema.optionalKey(
    Schema.String.annotate({
      description: "Short message containing accompanying information for certificate approval action"
    })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  )
}).annotate({ identifier: "ApproveRequest" })
export type RevokeByEmailRequest = {
  readonly reasonCode?: 0 | 1 | 3 | 4 | 5 | "0" | "1" | "3" | "4" | "5"
  readonly reason?: string
  readonly email?: string
}
export const RevokeByEmailRequest = Schema.Struct({
  reasonCode: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 3, 4, 5]), Schema.Literals(["0", "1", "3", "4", "5"])]).annotate({
      description:
        "Revocation reason code to be put to CRL (Mozilla Root Store Policy 2.8 section 6.1.1)\nReason code (unspecified (0),\nkeyCompromise (1),\naffiliationChanged (3),\nsuperseded (4),\ncessationOfOperation (5))"
    })
  ),
  reason: Schema.optionalKey(
    Schema.String.annotate({ description: "Short message explaining why certificate needs to be revoked" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Person e-mail address" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  )
}).annotate({ identifier: "RevokeByEmailRequest" })
export type ClientRevokeRequest = {
  readonly reasonCode?: 0 | 1 | 3 | 4 | 5 | "0" | "1" | "3" | "4" | "5"
  readonly reason?: string
}
export const ClientRevokeRequest = Schema.Struct({
  reasonCode: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 3, 4, 5]), Schema.Literals(["0", "1", "3", "4", "5"])]).annotate({
      description:
        "Revocation reason code to be put to CRL (Mozilla Root Store Policy 2.8 section 6.1.1)\nReason code (unspecified (0),\nkeyCompromise (1),\naffiliationChanged (3),\nsuperseded (4),\ncessationOfOperation (5))"
    })
  ),
  reason: Schema.optionalKey(
    Schema.String.annotate({ description: "Short message explaining why certificate needs to be revoked" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  )
}).annotate({ identifier: "ClientRevokeRequest" })
export type ClientEnrollResponse = { readonly orderNumber?: number; readonly backendCertId?: string }
export const ClientEnrollResponse = Schema.Struct({
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Obsolete parameter for the order identifier under which the certificate request has been processed. BackendCertId should be used instead.",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "Certificate ID in enrolling backend." }))
}).annotate({ identifier: "ClientEnrollResponse" })
export type P12DownloadRequest = {
  readonly passphrase?: string
  readonly encryptionType?: "AES256-SHA256" | "TripleDES-SHA1"
}
export const P12DownloadRequest = Schema.Struct({
  passphrase: Schema.optionalKey(Schema.String.annotate({ description: "p12 passphrase" })),
  encryptionType: Schema.optionalKey(
    Schema.Literals(["AES256-SHA256", "TripleDES-SHA1"]).annotate({ description: "p12 encryption type" })
  )
}).annotate({ identifier: "P12DownloadRequest" })
export type SslCertificatesReportRequest = {
  readonly from?: string
  readonly to?: string
  readonly organizationIds?: ReadonlyArray<Schema.Json>
  readonly commonName?: string
  readonly externalRequester?: string
  readonly certificateStatus?: 0 | 1 | 2 | 3 | 4 | "0" | "1" | "2" | "3" | "4"
  readonly certificateDateAttribute?: 2 | 3 | 4 | 5 | 1 | "2" | "3" | "4" | "5" | "1"
  readonly certificateRequestSource?:
    0 | 1 | 2 | 3 | 4 | 5 | 7 | 9 | 10 | 11 | 12 | "0" | "1" | "2" | "3" | "4" | "5" | "7" | "9" | "10" | "11" | "12"
  readonly serialNumberFormat?: string
  readonly includeIpAddresses?: boolean
}
export const SslCertificatesReportRequest = Schema.Struct({
  from: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The report contains SSL certificates which date, defined by 'certificateDateAttribute' request field, is not earlier than this date.\nISO format, YYYY-MM-DD. Must be earlier than 'to' date.",
      format: "date-time"
    })
  ),
  to: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The report contains SSL certificates which date, defined by 'certificateDateAttribute' request field, is not later than this date.\nISO format, YYYY-MM-DD. Must not be earlier than 'from' date.",
      format: "date-time"
    })
  ),
  organizationIds: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Organization ID" }))
  ),
  commonName: Schema.optionalKey(
    Schema.String.annotate({ description: "The report will contain only certs with Common Name pattern like this" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
      .check(
        Schema.isPattern(new RegExp("^((?!.*[><\\\\].*).)*$")).annotate({
          expected: "a string matching the RegExp ^((?!.*[><\\\\].*).)*$"
        })
      )
  ),
  externalRequester: Schema.optionalKey(
    Schema.String.annotate({
      description: "The report will contain only certs with External Requester pattern like this (case sensitive)"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  certificateStatus: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 2, 3, 4]), Schema.Literals(["0", "1", "2", "3", "4"])]).annotate({
      description:
        "Status ID of SSL certificates that are included in the report.\nThe values applicable to this type of report are:\n[0(Any), 1(Requested), 2(Issued), 3(Revoked), 4(Expired)]. 11(External) - deprecated, see 'Certificate Status Codes' section for details."
    })
  ),
  certificateDateAttribute: Schema.optionalKey(
    Schema.Union([Schema.Literals([2, 3, 4, 5, 1]), Schema.Literals(["2", "3", "4", "5", "1"])]).annotate({
      description:
        "Unique identifier of the date type.\nThe values applicable to this type of report are:\n[2 (Revocation Date), 3 (Expiration Date), 4 (Request Date), 5 (Issuance Date)]"
    })
  ),
  certificateRequestSource: Schema.optionalKey(
    Schema.Union([
      Schema.Literals([0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12]),
      Schema.Literals(["0", "1", "2", "3", "4", "5", "7", "9", "10", "11", "12"])
    ]).annotate({
      description:
        "The source a certificate has been requested from.\nThe values applicable to this type of report are:\n0 (Enrollment Form), 1 (Client Admin), 2 (Web API), 3 (Discovery), 4 (Imported), 5 (SCEP), 7 (MS Agent), 9 (Bulk Request), 10 (ACME), 11 (EST), 12 (REST API)"
    })
  ),
  serialNumberFormat: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Special format of a Serial Number, if required.\nIf the value specified is 'HEXWithLeadingZeros', then report contains certificate serial numbers in HEX format without leading zeros stripped."
    })
  ),
  includeIpAddresses: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Include certificate IP locations. Significantly affects report generation time."
    })
  )
}).annotate({ identifier: "SslCertificatesReportRequest" })
export type ReportRowDomain = {
  readonly id?: number
  readonly name?: string
  readonly status?: "Suspended" | "Active"
  readonly requested?: string
  readonly dcvStatus?: "Not Initiated" | "Validated" | "Action Required" | "Expired"
  readonly stickyUntil?: string
}
export const ReportRowDomain = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Domain id", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Domain name" })),
  status: Schema.optionalKey(Schema.Literals(["Suspended", "Active"]).annotate({ description: "Domain state" })),
  requested: Schema.optionalKey(Schema.String.annotate({ description: "Domain requested date", format: "date-time" })),
  dcvStatus: Schema.optionalKey(
    Schema.Literals(["Not Initiated", "Validated", "Action Required", "Expired"]).annotate({
      description: "Domain control validation status"
    })
  ),
  stickyUntil: Schema.optionalKey(Schema.String.annotate({ description: "DCV expiration date", format: "date-time" }))
}).annotate({ identifier: "ReportRowDomain" })
export type DeviceCertificatesReportRequest = {
  readonly from?: string
  readonly to?: string
  readonly organizationIds?: ReadonlyArray<Schema.Json>
  readonly certificateStatus?: 0 | 1 | 2 | 3 | 4 | 8 | 9 | "0" | "1" | "2" | "3" | "4" | "8" | "9"
  readonly certificateDateAttribute?: 2 | 3 | 4 | 5 | "2" | "3" | "4" | "5"
  readonly serialNumberFormat?: string
}
export const DeviceCertificatesReportRequest = Schema.Struct({
  from: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The report contains Device certificates which date, defined by 'certificateDateAttribute' request field, is not earlier than this date.\nISO format, YYYY-MM-DD. Must be earlier than 'to' date.",
      format: "date-time"
    })
  ),
  to: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The report contains Device certificates which date, defined by 'certificateDateAttribute' request field, is not later than this date.\nISO format, YYYY-MM-DD. Must not be earlier than 'from' date.",
      format: "date-time"
    })
  ),
  organizationIds: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Organization ID" }))
  ),
  certificateStatus: Schema.optionalKey(
    Schema.Union([
      Schema.Literals([0, 1, 2, 3, 4, 8, 9]),
      Schema.Literals(["0", "1", "2", "3", "4", "8", "9"])
    ]).annotate({
      description:
        "Status ID of Client certificates that are included in the report.\nThe values applicable to this type of report are:\n[0 (Any), 1 (Requested),  2 (Issued), 3 (Revoked), 4 (Expired), 8 (Approved), 9 (Applied)].\nDeprecated statuses: 10 (Downloaded), 7 (Awaiting Approval) - see 'Certificate Status Codes' section for details."
    })
  ),
  certificateDateAttribute: Schema.optionalKey(
    Schema.Union([Schema.Literals([2, 3, 4, 5]), Schema.Literals(["2", "3", "4", "5"])]).annotate({
      description:
        "Unique identifier of the date type.\nThe values applicable to this type of report are: [2(Revocation Date), 3(Expiration Date), 4(Request Date), 5(Issuance Date)]"
    })
  ),
  serialNumberFormat: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Special format of a Serial Number, if required.\nIf the value specified is 'HEXWithLeadingZeros', then report contains certificate serial numbers in HEX format without leading zeros stripped."
    })
  )
}).annotate({ identifier: "DeviceCertificatesReportRequest" })
export type WSOrganization = { readonly id?: string; readonly name?: string }
export const WSOrganization = Schema.Struct({
  id: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization id which this action is associated with" })
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization name which this action is associated with" })
  )
}).annotate({ identifier: "WSOrganization" })
export type WSCustomField = { readonly name?: string; readonly value?: string }
export const WSCustomField = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Custom field name" })),
  value: Schema.optionalKey(Schema.String.annotate({ description: "Custom field value" }))
}).annotate({ identifier: "WSCustomField" })
export type ClientCertificatesReportRequest = {
  readonly from?: string
  readonly to?: string
  readonly organizationIds?: ReadonlyArray<Schema.Json>
  readonly certificateStatus?: 0 | 2 | 3 | 4 | 5 | 6 | "0" | "2" | "3" | "4" | "5" | "6"
  readonly certificateDateAttribute?: 0 | 1 | 2 | 3 | "0" | "1" | "2" | "3"
}
export const ClientCertificatesReportRequest = Schema.Struct({
  from: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The report contains Client certificates which date, defined by 'certificateDateAttribute' request field, is not earlier than this date.\nISO format, YYYY-MM-DD. Must be earlier than 'to' date.",
      format: "date-time"
    })
  ),
  to: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The report contains Client certificates which date, defined by 'certificateDateAttribute' request field, is not later than this date.\nISO format, YYYY-MM-DD. Must not be earlier than 'from' date.",
      format: "date-time"
    })
  ),
  organizationIds: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Organization ID" }))
  ),
  certificateStatus: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 2, 3, 4, 5, 6]), Schema.Literals(["0", "2", "3", "4", "5", "6"])]).annotate({
      description:
        'Status ID of Client certificates that are included in the report.\nThe values applicable to this type of report are:\n[0(Any), 2(Enrolled), 3(Revoked), 4(Expired), 5(Enrolled - Pending Download), 6(Not Enrolled)].\n\n2(Enrolled) - Former \'Enrolled - Downloaded\'. Use with "certificateDateAttribute" equal to "Date of Downloading" to get old semantic.\nPerson list (without client certificates) will be present in the report as well for values: [0(Any), 6(Not Enrolled)]'
    })
  ),
  certificateDateAttribute: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 2, 3]), Schema.Literals(["0", "1", "2", "3"])]).annotate({
      description:
        "Unique identifier of the date type.\nThe values applicable to this type of report are: [0(Enrolled Date), 1(Downloaded Date), 2(Revocation Date), 3(Expiration Date)]"
    })
  )
}).annotate({ identifier: "ClientCertificatesReportRequest" })
export type WSPerson = { readonly name?: string; readonly email?: string; readonly guid?: string }
export const WSPerson = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Person name" })),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Person email" })),
  guid: Schema.optionalKey(Schema.String.annotate({ description: "Person GUID" }))
}).annotate({ identifier: "WSPerson" })
export type ActivityReportRequest = { readonly from?: string; readonly to?: string }
export const ActivityReportRequest = Schema.Struct({
  from: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Activity log includes the events that occurred from this date (ISO format, YYYY-MM-DD).\nFilters the audit log records by 'created' date.",
      format: "date-time"
    })
  ),
  to: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Activity log includes the events that occurred not later than this date (ISO format, YYYY-MM-DD)\nFilters the audit log records by 'created' date.",
      format: "date-time"
    })
  )
}).annotate({ identifier: "ActivityReportRequest" })
export type WSAction = { readonly id?: number; readonly actionName?: string }
export const WSAction = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Action ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  actionName: Schema.optionalKey(Schema.String.annotate({ description: "Action name" }))
}).annotate({ identifier: "WSAction" })
export type WSAdmin = { readonly login?: string; readonly fullName?: string; readonly email?: string }
export const WSAdmin = Schema.Struct({
  login: Schema.optionalKey(
    Schema.String.annotate({ description: "An admin login which this action is associated with" })
  ),
  fullName: Schema.optionalKey(Schema.String.annotate({ description: "Admin full name" })),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Admin email" }))
}).annotate({ identifier: "WSAdmin" })
export type WSSSL = {
  readonly orderNumber?: number
  readonly backendCertId?: string
  readonly commonName?: string
  readonly sslType?: string
  readonly term?: number
}
export const WSSSL = Schema.Struct({
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "The obsolete parameter for the order identifier under which the SSL certificate request has been processed. backendCertId should be used instead",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "SSL certificate ID in enrolling backend" })),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "SSL certificate common name" })),
  sslType: Schema.optionalKey(Schema.String.annotate({ description: "SSL certificate profile name" })),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "SSL certificate term (days)", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "WSSSL" })
export type WSNotification = { readonly description?: string }
export const WSNotification = Schema.Struct({
  description: Schema.optionalKey(Schema.String.annotate({ description: "Notification description" }))
}).annotate({ identifier: "WSNotification" })
export type ImportResponseV2 = { readonly entries?: ReadonlyArray<Schema.Json> }
export const ImportResponseV2 = Schema.Struct({
  entries: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Key Store entry" }))
  )
}).annotate({ identifier: "ImportResponseV2" })
export type InvitationRequestDtoV2 = { readonly accountId?: number }
export const InvitationRequestDtoV2 = Schema.Struct({
  accountId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Client Certificate Web Form Account ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "InvitationRequestDtoV2" })
export type EnrolmentEndpointListItem = {
  readonly id?: number
  readonly name?: string
  readonly type?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
}
export const EnrolmentEndpointListItem = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Endpoint ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Endpoint name" })),
  type: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ]).annotate({ description: "Endpoint type" })
  ),
  delegationMode: Schema.optionalKey(
    Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "Delegation mode" })
  )
}).annotate({ identifier: "EnrolmentEndpointListItem" })
export type EnrollmentAccountListItem = {
  readonly id?: number
  readonly name?: string
  readonly type?:
    | "SSL_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "CODE_SIGN_REST_API"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_WEB_FORM"
    | "SSL_MAGGIE_UI"
  readonly idToken?: string
  readonly organization?: { readonly id?: number; readonly name?: string; readonly department?: Organization }
}
export const EnrollmentAccountListItem = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Account name" })),
  type: Schema.optionalKey(
    Schema.Literals([
      "SSL_WEB_FORM",
      "PUBLIC_ACME",
      "PRIVATE_ACME",
      "SMIME_WEB_FORM",
      "DEVICE_WEB_FORM",
      "BULK_ENROLLMENT_WEB_FORM",
      "SMIME_SCEP",
      "DEVICE_SCEP",
      "SMIME_SCEP_INTUNE",
      "DEVICE_SCEP_INTUNE",
      "SSL_EST",
      "SMIME_EST",
      "DEVICE_EST",
      "CODE_SIGN_REST_API",
      "SSL_REST_API",
      "CLIENT_REST_API",
      "DEVICE_REST_API",
      "CODE_SIGN_WEB_FORM",
      "SSL_MAGGIE_UI"
    ]).annotate({ description: "Endpoint type" })
  ),
  idToken: Schema.optionalKey(Schema.String.annotate({ description: "Account ID token" })),
  organization: Schema.optionalKey(
    Schema.Struct({
      id: Schema.optionalKey(
        Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
          Schema.isInt().annotate({ expected: "an integer" })
        )
      ),
      name: Schema.optionalKey(Schema.String.annotate({ description: "Organization name" })),
      department: Schema.optionalKey(Organization)
    }).annotate({ description: "Account organization" })
  )
}).annotate({ identifier: "EnrollmentAccountListItem" })
export type DomainIdentity = { readonly id?: number; readonly name?: string }
export const DomainIdentity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  name: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "DomainIdentity" })
export type DomainDelegation = {
  readonly orgId: number
  readonly certTypes: ReadonlyArray<Schema.Json>
  readonly domainCertificateRequestPrivileges?: ReadonlyArray<Schema.Json>
  readonly status?: "ACTIVE" | "REQUESTED"
}
export const DomainDelegation = Schema.Struct({
  orgId: Schema.Number.annotate({ description: "Organization / department ID.", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  certTypes: Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Certificate type" }))
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
    .check(Schema.isUnique().annotate({ expected: "an array with unique items" })),
  domainCertificateRequestPrivileges: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Domain certificate request privileges" }))
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  status: Schema.optionalKey(
    Schema.Literals(["ACTIVE", "REQUESTED"]).annotate({ description: "Domain delegation status", readOnly: true })
  )
}).annotate({ identifier: "DomainDelegation" })
export type DomainApproveDelegation = { readonly orgId: number }
export const DomainApproveDelegation = Schema.Struct({
  orgId: Schema.Number.annotate({ description: "Organization / department ID.", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
}).annotate({ identifier: "DomainApproveDelegation" })
export type DomainsDelegation = {
  readonly orgId: number
  readonly certTypes: ReadonlyArray<Schema.Json>
  readonly domainCertificateRequestPrivileges?: ReadonlyArray<Schema.Json>
  readonly status?: "ACTIVE" | "REQUESTED"
  readonly domainIds: ReadonlyArray<Schema.Json>
}
export const DomainsDelegation = Schema.Struct({
  orgId: Schema.Number.annotate({ description: "Organization / department ID.", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  certTypes: Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Certificate type" }))
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
    .check(Schema.isUnique().annotate({ expected: "an array with unique items" })),
  domainCertificateRequestPrivileges: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Domain certificate request privileges" }))
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  status: Schema.optionalKey(
    Schema.Literals(["ACTIVE", "REQUESTED"]).annotate({ description: "Domain delegation status", readOnly: true })
  ),
  domainIds: Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Domain ID" }))
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(1000).annotate({ expected: "a value with a length of at most 1000" }))
    .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
}).annotate({ identifier: "DomainsDelegation" })
export type ShortDetailsResponse = { readonly taskId?: number; readonly name?: string; readonly status?: string | null }
export const ShortDetailsResponse = Schema.Struct({
  taskId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Scan Task ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(Schema.Union([Schema.String, Schema.Null]).annotate({ description: "Scan Task Status" }))
}).annotate({ identifier: "ShortDetailsResponse" })
export type IdNameResponse = { readonly id?: string; readonly name?: string }
export const IdNameResponse = Schema.Struct({
  id: Schema.optionalKey(Schema.String.annotate({ description: "ID" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name" }))
}).annotate({ identifier: "IdNameResponse" })
export type BucketRequest = {
  readonly name: string
  readonly authenticationEnabled?: boolean
  readonly assignmentRules?: ReadonlyArray<number>
  readonly orgDelegations?: ReadonlyArray<number>
}
export const BucketRequest = Schema.Struct({
  name: Schema.String.annotate({ description: "Certificate bucket name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })),
  authenticationEnabled: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is REST authentication enabled" })),
  assignmentRules: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
    ).annotate({ description: "Assignment rule IDs" })
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })))
      .annotate({ description: "Delegated organization IDs" })
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "BucketRequest" })
export type BucketBasicDetailsResponse = { readonly clientId?: string; readonly clientSecret?: string }
export const BucketBasicDetailsResponse = Schema.Struct({
  clientId: Schema.optionalKey(Schema.String.annotate({ description: "REST Authentication Client id" })),
  clientSecret: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "REST Authentication Client secret. The Client Secret is displayed once (now) for added security. Please copy it and keep it somewhere safe and accessible. Note, you’ll be able to reset your Client Secret if needed."
    })
  )
}).annotate({ identifier: "BucketBasicDetailsResponse" })
export type AssignRequest = {
  readonly hashes?: ReadonlyArray<string>
  readonly certType: "SSL" | "SMIME" | "CodeSign" | "Device"
  readonly organizationId: number
}
export const AssignRequest = Schema.Struct({
  hashes: Schema.optionalKey(
    Schema.Array(Schema.String)
      .annotate({ description: "List of certificate hashes" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
  ),
  certType: Schema.Literals(["SSL", "SMIME", "CodeSign", "Device"]).annotate({ description: "Certificate type" }),
  organizationId: Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  )
}).annotate({ identifier: "AssignRequest" })
export type DeviceRevokeRequest = {
  readonly reasonCode?: 0 | 1 | 3 | 4 | 5 | "0" | "1" | "3" | "4" | "5"
  readonly reason?: string
}
export const DeviceRevokeRequest = Schema.Struct({
  reasonCode: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 3, 4, 5]), Schema.Literals(["0", "1", "3", "4", "5"])]).annotate({
      description:
        "Revocation reason code to be put to CRL (Mozilla Root Store Policy 2.8 section 6.1.1)\nReason code (unspecified (0),\nkeyCompromise (1),\naffiliationChanged (3),\nsuperseded (4),\ncessationOfOperation (5))"
    })
  ),
  reason: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" })
    )
  )
}).annotate({ identifier: "DeviceRevokeRequest" })
export type DeviceEnrollResponse = {
  readonly deviceCertId?: number
  readonly status?:
    | "Requested"
    | "Approved"
    | "Declined"
    | "Applied"
    | "Issued"
    | "Downloaded"
    | "Expired"
    | "Revoked"
    | "Rejected"
    | "APPROVED"
}
export const DeviceEnrollResponse = Schema.Struct({
  deviceCertId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Unique ID for certificate. This ID should be used for certificate operations.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "Requested",
      "Approved",
      "Declined",
      "Applied",
      "Issued",
      "Downloaded",
      "Expired",
      "Revoked",
      "Rejected",
      "APPROVED"
    ]).annotate({ description: "Certificate status." })
  )
}).annotate({ identifier: "DeviceEnrollResponse" })
export type DomainRequest = { readonly domain?: string; readonly domains?: ReadonlyArray<string> }
export const DomainRequest = Schema.Struct({
  domain: Schema.optionalKey(
    Schema.String.annotate({ description: "Domain name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  domains: Schema.optionalKey(
    Schema.Array(
      Schema.String.annotate({ description: "Domain names" })
        .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
        .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
    ).annotate({ description: "Domain names" })
  )
}).annotate({ identifier: "DomainRequest" })
export type DomainEmailRequest = { readonly domain?: string; readonly email?: string }
export const DomainEmailRequest = Schema.Struct({
  domain: Schema.optionalKey(
    Schema.String.annotate({ description: "Domain name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Email address for DCV" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  )
}).annotate({ identifier: "DomainEmailRequest" })
export type DomainDcvEmails = {
  readonly domainName?: string
  readonly whoisEmails?: ReadonlyArray<string>
  readonly adminEmails?: ReadonlyArray<string>
  readonly dnsTxtEmails?: ReadonlyArray<string>
}
export const DomainDcvEmails = Schema.Struct({
  domainName: Schema.optionalKey(Schema.String),
  whoisEmails: Schema.optionalKey(Schema.Array(Schema.String)),
  adminEmails: Schema.optionalKey(Schema.Array(Schema.String)),
  dnsTxtEmails: Schema.optionalKey(Schema.Array(Schema.String))
}).annotate({ identifier: "DomainDcvEmails" })
export type DomainCnameRequest = {
  readonly domain?: string
  readonly domains?: ReadonlyArray<string>
  readonly dnsAgentUUID?: string
  readonly dnsProviderName?: string
}
export const DomainCnameRequest = Schema.Struct({
  domain: Schema.optionalKey(
    Schema.String.annotate({ description: "Domain name" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  domains: Schema.optionalKey(
    Schema.Array(
      Schema.String.annotate({ description: "Domain names" })
        .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
        .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
    ).annotate({ description: "Domain names" })
  ),
  dnsAgentUUID: Schema.optionalKey(Schema.String.annotate({ description: "DNS Agent UUID (Optional)" })),
  dnsProviderName: Schema.optionalKey(Schema.String.annotate({ description: "DNS Provider name (Optional)" }))
}).annotate({ identifier: "DomainCnameRequest" })
export type DomainEmailBulkRequest = { readonly domains?: ReadonlyArray<string>; readonly email?: string }
export const DomainEmailBulkRequest = Schema.Struct({
  domains: Schema.optionalKey(
    Schema.Array(
      Schema.String.annotate({ description: "Domain name" })
        .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
        .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
    ).check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Email address for DCV" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  )
}).annotate({ identifier: "DomainEmailBulkRequest" })
export type AzureAccountItem = {
  readonly name?: string
  readonly applicationId?: string
  readonly directoryId?: string
  readonly id?: number
  readonly delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
}
export const AzureAccountItem = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Azure account name" })),
  applicationId: Schema.optionalKey(Schema.String.annotate({ description: "Azure application ID" })),
  directoryId: Schema.optionalKey(Schema.String.annotate({ description: "Azure directory ID" })),
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Azure account ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  delegationMode: Schema.optionalKey(
    Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "Azure account delegation mode" })
  )
}).annotate({ identifier: "AzureAccountItem" })
export type AzureAccountCreateRequest = {
  readonly name: string
  readonly applicationId: string
  readonly directoryId: string
  readonly environment: "AZURE" | "AZURE_US_GOVERNMENT" | "AZURE_GERMANY" | "AZURE_CHINA"
  readonly applicationSecret: string
}
export const AzureAccountCreateRequest = Schema.Struct({
  name: Schema.String.annotate({ description: "Azure account name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })),
  applicationId: Schema.String.annotate({ description: "Azure application ID" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(36).annotate({ expected: "a value with a length of at most 36" })),
  directoryId: Schema.String.annotate({ description: "Azure directory ID" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(36).annotate({ expected: "a value with a length of at most 36" })),
  environment: Schema.Literals(["AZURE", "AZURE_US_GOVERNMENT", "AZURE_GERMANY", "AZURE_CHINA"]).annotate({
    description: "Azure environment"
  }),
  applicationSecret: Schema.String.annotate({ description: "Azure application (client) secret" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(40).annotate({ expected: "a value with a length of at most 40" }))
}).annotate({ identifier: "AzureAccountCreateRequest" })
export type ExAgentIdentity = {
  readonly version?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
  readonly id?: number
  readonly active?: boolean
  readonly name?: string
}
export const ExAgentIdentity = Schema.Struct({
  version: Schema.optionalKey(Schema.String.annotate({ description: "Network agent version" })),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({
      description: "Network agent current status"
    })
  ),
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Agent ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "Denotes either agent active or not." })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" }))
}).annotate({ identifier: "ExAgentIdentity" })
export type ExAgentCreateRequest = {
  readonly name?: string
  readonly active: boolean
  readonly comments?: string
  readonly orgId: number
}
export const ExAgentCreateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Agent name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  active: Schema.Boolean.annotate({ description: "Denotes either agent active or not." }),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Network agent comments" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  orgId: Schema.Number.annotate({ description: "Organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
}).annotate({ identifier: "ExAgentCreateRequest" })
export type ExAgentCreateResponse = { readonly installationToken?: string }
export const ExAgentCreateResponse = Schema.Struct({
  installationToken: Schema.optionalKey(
    Schema.String.annotate({
      description: "The token which can be used during an installation of Network agent at client's environment."
    })
  )
}).annotate({ identifier: "ExAgentCreateResponse" })
export type NamedSuspendableIdentity = { readonly id?: number; readonly active?: boolean; readonly name?: string }
export const NamedSuspendableIdentity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Server ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "Denotes either server active or not." })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Server name" }))
}).annotate({ identifier: "NamedSuspendableIdentity" })
export type TargetServerCreateRequest = {
  readonly name?: string
  readonly vendor: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP"
  readonly connectionType?:
    | "LOCAL"
    | "LOCAL_LEGACY_NATIVE_API"
    | "REMOTE_REST_API"
    | "REMOTE_SSH"
    | "REMOTE_WIN_RM"
    | "REMOTE_LEGACY_NATIVE_API"
  readonly ip?: string
  readonly port?: number
  readonly path?: string
  readonly altPathForCert?: string
  readonly privateKeyPath?: string
  readonly passPhrase?: string
  readonly username?: string
  readonly password?: string
  readonly storeName?: string
  readonly storeCredId?: string
}
export const TargetServerCreateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Name of server discovered by Network agent. Must be not blank." })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  vendor: Schema.Literals(["APACHE_2", "IIS", "TOMCAT", "F5_BIG_IP"]).annotate({
    description: "Vendor of server discovered by Network agent"
  }),
  connectionType: Schema.optionalKey(
    Schema.Literals([
      "LOCAL",
      "LOCAL_LEGACY_NATIVE_API",
      "REMOTE_REST_API",
      "REMOTE_SSH",
      "REMOTE_WIN_RM",
      "REMOTE_LEGACY_NATIVE_API"
    ]).annotate({ description: "Connection type to server discovered by Network agent. Must be specified." })
  ),
  ip: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Hostname or IP address of server that's creating as one discovered by Network agent. Required for a remote server."
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  port: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Port number on server discovered by Network agent.\nRequired for a remote server and for all except 'Microsoft IIS' vendors.",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  path: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Path to root directory(in case of 'Apache Tomcat' vendor)\nor to the 'apachectl' executable(in case of 'Apache' vendor)\nof server discovered by Network agent. Can be specified only for listed vendors. Optional"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  altPathForCert: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Alternative path to a directory where server discovered by Network agent stores certificates.\nCan be specified for a remote server and for 'Apache' vendor only. Optional."
    })
  ),
  privateKeyPath: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Path to a directory where Network agent stores private key to authenticate on discovered server.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nMust be used in conjunction with 'passPhrase' but not with 'username'/'password' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  passPhrase: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Passphrase to gain access to keystore where Network agent preserves the private key to authenticate on discovered server.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nUsed together with 'privateKeyPath' but not with 'username'/'password' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
  ),
  username: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Username(login) to gain access to server discovered by Network agent.\nCan be specified for a remote server and for all vendors.\nMust be used in conjunction with 'password' or 'privateKeyPath'/'passPhrase' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  password: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Password for username to gain access to server discovered by Network agent.\nCan be specified for a remote server and for all vendors.\nUsed together with 'username' but not with 'privateKeyPath'/'passPhrase' parameters and not with 'storeName'/'storeCredId' parameters. Optional.\n"
    })
  ),
  storeName: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Store name to gain access to server discovered by Network agent.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nMust be used in conjunction with 'storeCredId' but not with 'username'/'password' parameters and not with 'privateKeyPath'/'passPhrase' parameters. Optional.\n"
    })
  ),
  storeCredId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Store credential ID to gain access to server discovered by Network agent.\nCan be specified for a remote server and for 'Apache' and 'Apache Tomcat' vendors only.\nMust be used in conjunction with 'storeName' but not with 'username'/'password' parameters and not with 'privateKeyPath'/'passPhrase' parameters. Optional.\n"
    })
  )
}).annotate({ identifier: "TargetServerCreateRequest" })
export type MsAgentDetailsCompact = {
  readonly id?: number
  readonly name?: string
  readonly active?: boolean
  readonly version?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
}
export const MsAgentDetailsCompact = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "MS Agent ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "MS Agent name" })),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "MS Agent active state" })),
  version: Schema.optionalKey(Schema.String.annotate({ description: "MS Agent version" })),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({
      description: "MS Agent current status"
    })
  )
}).annotate({ identifier: "MsAgentDetailsCompact" })
export type MsAgentCreateRequest = {
  readonly name?: string
  readonly comments?: string
  readonly active?: boolean
  readonly adDomainsList?: string
  readonly adDomainsListRestricted?: boolean
  readonly defaultEnrollmentOrgId?: number
}
export const MsAgentCreateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "MS Agent name. Must be not blank." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "MS Agent comments" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "MS Agent active state" })),
  adDomainsList: Schema.optionalKey(
    Schema.String.annotate({ description: "List of domains to include or exclude from discovery. Comma separated" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  adDomainsListRestricted: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "If true - domains from list will be excluded from discovery. If false - only specified domains will be included to discovery"
    })
  ),
  defaultEnrollmentOrgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Default Organization/Department to enroll certificates by MS Agent",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
}).annotate({ identifier: "MsAgentCreateRequest" })
export type MsAgentToken = { readonly installationToken?: string }
export const MsAgentToken = Schema.Struct({
  installationToken: Schema.optionalKey(
    Schema.String.annotate({ description: "The token which can be used during MS Agent installation" })
  )
}).annotate({ identifier: "MsAgentToken" })
export type ClientAdminIdentity = {
  readonly id?: number
  readonly type?: "STANDARD" | "API" | "SAS" | "IDP"
  readonly login?: string
  readonly forename?: string
  readonly surname?: string
  readonly email?: string
}
export const ClientAdminIdentity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Admin identifier", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  type: Schema.optionalKey(
    Schema.Literals(["STANDARD", "API", "SAS", "IDP"]).annotate({ description: "Admin account type" })
  ),
  login: Schema.optionalKey(Schema.String.annotate({ description: "Login name." })),
  forename: Schema.optionalKey(Schema.String.annotate({ description: "First name." })),
  surname: Schema.optionalKey(Schema.String.annotate({ description: "Last name." })),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Email address." }))
}).annotate({ identifier: "ClientAdminIdentity" })
export type ChangePasswordRequest = { readonly newPassword?: string }
export const ChangePasswordRequest = Schema.Struct({
  newPassword: Schema.optionalKey(
    Schema.String.annotate({
      description: "New password for admin user. The value should comply with the customer's password policy."
    })
  )
}).annotate({ identifier: "ChangePasswordRequest" })
export type IdpTemplateIdentity = { readonly id?: number; readonly name?: string; readonly identityProviderId?: number }
export const IdpTemplateIdentity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "IdP template identifier", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Template name." })),
  identityProviderId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Identifier of assigned Identity Provider.", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "IdpTemplateIdentity" })
export type PublicAcmeAccountCreateRequest = {
  readonly acmeServer?: string
  readonly name?: string
  readonly organizationId: number
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly validationId?: string
}
export const PublicAcmeAccountCreateRequest = Schema.Struct({
  acmeServer: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account server name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.Number.annotate({ description: "ACME account organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  certValidationType: Schema.optionalKey(
    Schema.Literals(["DV", "OV", "EV"]).annotate({ description: "ACME account server validation type" })
  ),
  validationId: Schema.optionalKey(Schema.String.annotate({ description: "Validation Id" }))
}).annotate({ identifier: "PublicAcmeAccountCreateRequest" })
export type PublicAcmeDomainInfo = {
  readonly name?: string
  readonly validUntil?: string
  readonly stickyUntil?: string
  readonly ovAnchorOrderNumber?: number
  readonly evAnchorOrderNumber?: number
  readonly ovAnchorID?: string
  readonly evAnchorID?: string
  readonly validationId?: string
}
export const PublicAcmeDomainInfo = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Domain name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  validUntil: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account domain validation until date in ISO-8601 format" })
  ),
  stickyUntil: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account domain validation sticky until date in ISO-8601 format" })
  ),
  ovAnchorOrderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "ACME account validated domain OV order number from Sectigo public CA (deprecated, see 'ovAnchorID')",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  evAnchorOrderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "ACME account validated domain EV order number from Sectigo public CA (deprecated, see 'evAnchorID')",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  ovAnchorID: Schema.optionalKey(
    Schema.String.annotate({
      description: "ACME account validated domain OV anchor certificate ID from Sectigo public CA"
    })
  ),
  evAnchorID: Schema.optionalKey(
    Schema.String.annotate({
      description: "ACME account validated domain EV anchor certificate ID from Sectigo public CA"
    })
  ),
  validationId: Schema.optionalKey(
    Schema.String.annotate({
      description: "ACME account validated domain validation ID (EV,OV) from Sectigo public CA"
    })
  )
}).annotate({ identifier: "PublicAcmeDomainInfo" })
export type PublicAcmeDomainNameInfo = { readonly name?: string; readonly validationId?: string }
export const PublicAcmeDomainNameInfo = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Domain name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  validationId: Schema.optionalKey(
    Schema.String.annotate({
      description: "ACME account validated domain validation ID (EV,OV) from Sectigo public CA"
    })
  )
}).annotate({ identifier: "PublicAcmeDomainNameInfo" })
export type NotAddedDomainsResponse = { readonly notAddedDomains?: ReadonlyArray<string> }
export const NotAddedDomainsResponse = Schema.Struct({
  notAddedDomains: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({ description: "Domains not added to the ACME account upon update operation" })
  )
}).annotate({ identifier: "NotAddedDomainsResponse" })
export type NotRemovedDomainsResponse = { readonly notRemovedDomains?: ReadonlyArray<string> }
export const NotRemovedDomainsResponse = Schema.Struct({
  notRemovedDomains: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({
      description: "Domains not removed from the ACME account upon update operation"
    })
  )
}).annotate({ identifier: "NotRemovedDomainsResponse" })
export type PrivateAcmeAccountCreateRequest = {
  readonly acmeServer?: string
  readonly name?: string
  readonly organizationId: number
  readonly profileName?: string
}
export const PrivateAcmeAccountCreateRequest = Schema.Struct({
  acmeServer: Schema.optionalKey(
    Schema.String.annotate({ description: "Universal ACME account server name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Universal ACME account name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  organizationId: Schema.Number.annotate({ description: "Universal ACME account organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  profileName: Schema.optionalKey(
    Schema.String.annotate({ description: "Universal ACME account profile name" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  )
}).annotate({ identifier: "PrivateAcmeAccountCreateRequest" })
export type PublicAcmeAccountEvInfo = {
  readonly orgName?: string
  readonly orgCountry?: string
  readonly postOfficeBox?: string
  readonly orgAddress1?: string
  readonly orgAddress2?: string
  readonly orgAddress3?: string
  readonly orgLocality?: string
  readonly orgStateOrProvince?: string
  readonly orgPostalCode?: string
  readonly orgJoiState?: string
  readonly orgJoiCountry?: string
  readonly orgJoiLocality?: string
  readonly assumedName?: string
  readonly businessCategory?: "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity"
  readonly dateOfIncorporation?: string
  readonly companyNumber?: string
}
export const PublicAcmeAccountEvInfo = Schema.Struct({
  orgName: Schema.optionalKey(Schema.String.annotate({ description: "EV organization name" })),
  orgCountry: Schema.optionalKey(Schema.String.annotate({ description: "EV organization country" })),
  postOfficeBox: Schema.optionalKey(Schema.String.annotate({ description: "EV organization post office box" })),
  orgAddress1: Schema.optionalKey(Schema.String.annotate({ description: "EV organization address 1" })),
  orgAddress2: Schema.optionalKey(Schema.String.annotate({ description: "EV organization address 2" })),
  orgAddress3: Schema.optionalKey(Schema.String.annotate({ description: "EV organization address 3" })),
  orgLocality: Schema.optionalKey(Schema.String.annotate({ description: "EV organization city" })),
  orgStateOrProvince: Schema.optionalKey(Schema.String.annotate({ description: "EV organization state/province" })),
  orgPostalCode: Schema.optionalKey(Schema.String.annotate({ description: "EV organization postal code" })),
  orgJoiState: Schema.optionalKey(
    Schema.String.annotate({ description: "EV organization state or province of incorporation" })
  ),
  orgJoiCountry: Schema.optionalKey(
    Schema.String.annotate({ description: "EV organization country of incorporation" })
  ),
  orgJoiLocality: Schema.optionalKey(
    Schema.String.annotate({ description: "EV organization jurisdiction of incorporation city or town" })
  ),
  assumedName: Schema.optionalKey(Schema.String.annotate({ description: "EV organization assumed name" })),
  businessCategory: Schema.optionalKey(
    Schema.Literals(["PrivateOrganization", "GovernmentEntity", "BusinessEntity", "NonCommercialEntity"]).annotate({
      description: "EV organization business category"
    })
  ),
  dateOfIncorporation: Schema.optionalKey(
    Schema.String.annotate({ description: "EV organization date of incorporation" })
  ),
  companyNumber: Schema.optionalKey(Schema.String.annotate({ description: "EV organization registration number" }))
}).annotate({ identifier: "PublicAcmeAccountEvInfo" })
export type ApiCustomField = { readonly id?: number; readonly name?: string; readonly mandatory?: boolean }
export const ApiCustomField = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Custom field id", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Custom field name" })),
  mandatory: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is field mandatory" }))
}).annotate({ identifier: "ApiCustomField" })
export type EnrollmentEndpointInfo = { readonly id?: number; readonly name?: string; readonly url?: string }
export const EnrollmentEndpointInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Endpoint ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Endpoint name" })),
  url: Schema.optionalKey(Schema.String.annotate({ description: "Endpoint url" }))
}).annotate({ identifier: "EnrollmentEndpointInfo" })
export type SmimeAccountInfo = {
  readonly id?: number
  readonly name?: string
  readonly profiles?: ReadonlyArray<string>
}
export const SmimeAccountInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Account ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Account name" })),
  profiles: Schema.optionalKey(Schema.Array(Schema.String).annotate({ description: "Array of profiles names" }))
}).annotate({ identifier: "SmimeAccountInfo" })
export type PersonIdResponse = { readonly personId?: number }
export const PersonIdResponse = Schema.Struct({
  personId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Person ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "PersonIdResponse" })
export type ValidationResponseItem = {
  readonly id?: number
  readonly type?: "EMAIL" | "DV" | "OV" | "EV" | "PRIVATE"
  readonly status?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED"
  readonly backgroundStatus?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED"
  readonly submitted?: string
  readonly expires?: string
  readonly alternative?: boolean
  readonly backendId?: number
  readonly backendType?: "SASP" | "PRIVATE_CA" | "MS_CA" | "DIGI_CERT" | "ENTRUST" | "AWS_PCA" | "GOOGLE"
  readonly domain?: string
  readonly settings?: { readonly [x: string]: string }
  readonly validator?: { readonly id?: number; readonly name?: string }
  readonly permittedCertTypes?: ReadonlyArray<string>
}
export const ValidationResponseItem = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Validation ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  type: Schema.optionalKey(
    Schema.Literals(["EMAIL", "DV", "OV", "EV", "PRIVATE"]).annotate({ description: "Validation type" })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_VALIDATED", "PENDING", "EXPIRED", "FAILED", "VALIDATED"]).annotate({
      description: "Validation status"
    })
  ),
  backgroundStatus: Schema.optionalKey(
    Schema.Literals(["NOT_VALIDATED", "PENDING", "EXPIRED", "FAILED", "VALIDATED"]).annotate({
      description: "Validation background status"
    })
  ),
  submitted: Schema.optionalKey(Schema.String.annotate({ description: "Submitted date" })),
  expires: Schema.optionalKey(Schema.String.annotate({ description: "Expires date" })),
  alternative: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is alternative" })),
  backendId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Backend ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  backendType: Schema.optionalKey(
    Schema.Literals(["SASP", "PRIVATE_CA", "MS_CA", "DIGI_CERT", "ENTRUST", "AWS_PCA", "GOOGLE"]).annotate({
      description: "Backend type"
    })
  ),
  domain: Schema.optionalKey(Schema.String.annotate({ description: "Domain" })),
  settings: Schema.optionalKey(
    Schema.Record(Schema.String, Schema.String.annotate({ description: "Settings JSON object" })).annotate({
      description: "Settings JSON object"
    })
  ),
  validator: Schema.optionalKey(
    Schema.Struct({
      id: Schema.optionalKey(
        Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
      ),
      name: Schema.optionalKey(Schema.String)
    }).annotate({ description: "Validator" })
  ),
  permittedCertTypes: Schema.optionalKey(
    Schema.Array(Schema.String.annotate({ description: "Certificate type" })).check(
      Schema.isUnique().annotate({ expected: "an array with unique items" })
    )
  )
}).annotate({ identifier: "ValidationResponseItem" })
export type OperationResp = {
  readonly id?: string
  readonly status?: "in_progress" | "failed" | "completed" | "cancelled" | "expired"
  readonly created?: string
  readonly modified?: string
  readonly bucketId?: string
  readonly error?: string
}
export const OperationResp = Schema.Struct({
  id: Schema.optionalKey(Schema.String.annotate({ description: "Operation ID" })),
  status: Schema.optionalKey(
    Schema.Literals(["in_progress", "failed", "completed", "cancelled", "expired"]).annotate({
      description: "Operation status"
    })
  ),
  created: Schema.optionalKey(
    Schema.String.annotate({ description: "Operation create date (start scan)", format: "date-time" })
  ),
  modified: Schema.optionalKey(
    Schema.String.annotate({ description: "Operation last modification date", format: "date-time" })
  ),
  bucketId: Schema.optionalKey(Schema.String.annotate({ description: "Bucket ID" })),
  error: Schema.optionalKey(Schema.String.annotate({ description: "Error description and details" }))
}).annotate({ identifier: "OperationResp" })
export type RuleFilterInfo = {
  readonly filterType?:
    | "COMMON_NAME"
    | "ORGANIZATION"
    | "ORGANIZATION_UNIT"
    | "CITY"
    | "STATE"
    | "COUNTRY"
    | "SUBJECT_ALT_NAME"
    | "ISSUER"
    | "IP"
    | "PORT"
    | "DOMAIN_COMPONENT"
    | "TEMPLATE_NAME"
    | "KU"
    | "EKU"
    | "HOST_NAME"
  readonly matchType?: "MATCHES" | "STARTS_WITH" | "ENDS_WITH" | "CONTAINS" | "MATCH_REGEX" | "GREATER_THAN"
  readonly value?: string
}
export const RuleFilterInfo = Schema.Struct({
  filterType: Schema.optionalKey(
    Schema.Literals([
      "COMMON_NAME",
      "ORGANIZATION",
      "ORGANIZATION_UNIT",
      "CITY",
      "STATE",
      "COUNTRY",
      "SUBJECT_ALT_NAME",
      "ISSUER",
      "IP",
      "PORT",
      "DOMAIN_COMPONENT",
      "TEMPLATE_NAME",
      "KU",
      "EKU",
      "HOST_NAME"
    ]).annotate({ description: "Rule filter type" })
  ),
  matchType: Schema.optionalKey(
    Schema.Literals(["MATCHES", "STARTS_WITH", "ENDS_WITH", "CONTAINS", "MATCH_REGEX", "GREATER_THAN"]).annotate({
      description: "Rule match type"
    })
  ),
  value: Schema.optionalKey(Schema.String.annotate({ description: "Rule value" }))
}).annotate({ identifier: "RuleFilterInfo" })
export type GetCountResponse = { readonly count?: number }
export const GetCountResponse = Schema.Struct({
  count: Schema.optionalKey(
    Schema.Number.annotate({ description: "Assignment rules count", format: "int64" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "GetCountResponse" })
export type ApiDeviceCertType = {
  readonly id?: number
  readonly name?: string
  readonly description?: string
  readonly terms?: ReadonlyArray<number>
  readonly keyTypes?: { readonly [x: string]: ReadonlyArray<string> }
  readonly useSecondaryOrgName?: boolean
  readonly term?: number
  readonly ku?: ReadonlyArray<string>
  readonly eku?: ReadonlyArray<string>
}
export const ApiDeviceCertType = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Profile name" })),
  description: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Profile description" })),
  terms: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
    ).annotate({ description: "Terms (in days) available for the Certificate Profile" })
  ),
  keyTypes: Schema.optionalKey(
    Schema.Record(Schema.String, Schema.Array(Schema.String)).annotate({
      description: "Key types available for the Certificate Profile"
    })
  ),
  useSecondaryOrgName: Schema.optionalKey(Schema.Boolean.annotate({ description: "Use secondary organization name" })),
  term: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Terms (in days) available for the Certificate Profile",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  ku: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({ description: "Key Usages available for the Certificate Profile" })
  ),
  eku: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({ description: "Extended Key Usages available for the Certificate Profile" })
  )
}).annotate({ identifier: "ApiDeviceCertType" })
export type DcvStatus = "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
export const DcvStatus = Schema.Literals([
  "Not validated",
  "Validated",
  "Expired",
  "NOT_VALIDATED",
  "VALIDATED",
  "EXPIRED"
]).annotate({ description: "Domain validation status", identifier: "DcvStatus" })
export type DcvOrderStatus =
  "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
export const DcvOrderStatus = Schema.Literals([
  "Not initiated",
  "Awaiting submission",
  "Submitted",
  "Rejected",
  "NOT_INITIATED",
  "SUBMITTED"
]).annotate({ description: "Validation order status.", identifier: "DcvOrderStatus" })
export type DnsConnectorList = {
  readonly name: string
  readonly comments: string
  readonly id?: string
  readonly version?: string
  readonly revision?: string
  readonly hostname?: string
  readonly os?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
  readonly delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
}
export const DnsConnectorList = Schema.Struct({
  name: Schema.String.annotate({ description: "name of the connector" })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })),
  comments: Schema.String.annotate({ description: "comments" })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  id: Schema.optionalKey(Schema.String.annotate({ description: "ID of the connector" })),
  version: Schema.optionalKey(Schema.String.annotate({ description: "version" })),
  revision: Schema.optionalKey(Schema.String.annotate({ description: "revision" })),
  hostname: Schema.optionalKey(Schema.String.annotate({ description: "hostname" })),
  os: Schema.optionalKey(Schema.String.annotate({ description: "os" })),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({ description: "status" })
  ),
  delegationMode: Schema.optionalKey(
    Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "delegationMode" })
  )
}).annotate({ identifier: "DnsConnectorList" })
export type IdName = { readonly id?: number; readonly name?: string }
export const IdName = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  name: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "IdName" })
export type AzureAccountCheckStatus = { readonly checkName?: string; readonly message?: string }
export const AzureAccountCheckStatus = Schema.Struct({
  checkName: Schema.optionalKey(Schema.String.annotate({ description: "Azure account check name" })),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Azure account check result" }))
}).annotate({ identifier: "AzureAccountCheckStatus" })
export type AzureVault = { readonly name?: string; readonly key?: string; readonly skuName?: string }
export const AzureVault = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Azure vault key" })),
  key: Schema.optionalKey(Schema.String.annotate({ description: "Azure vault name" })),
  skuName: Schema.optionalKey(Schema.String.annotate({ description: "Azure vault SKU name" }))
}).annotate({ identifier: "AzureVault" })
export type AzureResource = {
  readonly name?: string
  readonly key?: string
  readonly skuName?: string
  readonly subscriptionId?: string
}
export const AzureResource = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Azure resource group name" })),
  key: Schema.optionalKey(Schema.String.annotate({ description: "Azure resource group key" })),
  skuName: Schema.optionalKey(Schema.String.annotate({ description: "Azure resource group SKU name" })),
  subscriptionId: Schema.optionalKey(Schema.String.annotate({ description: "Azure resource group subscription ID" }))
}).annotate({ identifier: "AzureResource" })
export type NamedIdentity = { readonly id?: number; readonly name?: string }
export const NamedIdentity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Server node ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Server node name" }))
}).annotate({ identifier: "NamedIdentity" })
export type TargetServerNodeDto = {
  readonly id?: number
  readonly alias?: string
  readonly name?: string
  readonly protocol?: "HTTP" | "HTTPS" | "UNKNOWN"
  readonly address?: string
  readonly port?: number
  readonly errorMessage?: string
  readonly sslId?: number
}
export const TargetServerNodeDto = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "ID of node in server discovered by Network agent", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  alias: Schema.optionalKey(
    Schema.String.annotate({ description: "Name of node in server discovered by Network agent" })
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Full name of node in server discovered by Network agent" })
  ),
  protocol: Schema.optionalKey(
    Schema.Literals(["HTTP", "HTTPS", "UNKNOWN"]).annotate({
      description: "Schema of protocol used to connect to node in server discovered by Network agent."
    })
  ),
  address: Schema.optionalKey(
    Schema.String.annotate({ description: "IP address of node in server discovered by Network agent" })
  ),
  port: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Port number listening by node in server discovered by Network agent",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  errorMessage: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The error occurred when Network agent was executing a command intended for node in server discovered by Network agent"
    })
  ),
  sslId: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "ID of entity of SSL certificate installed on server node and discovered by Network agent either from SSL connection or from server configuration",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
}).annotate({ identifier: "TargetServerNodeDto" })
export type PrivilegeDescription = {
  readonly name?:
    | "allowCreate"
    | "allowEdit"
    | "allowDelete"
    | "allowDCV"
    | "autoApproveCertificates"
    | "allowMsAdDiscovery"
    | "allowKeyVault"
    | "approveDomainDelegation"
    | "allowManageDomains"
    | "sslRequest"
    | "sslRenew"
    | "sslReplace"
    | "sslRevoke"
    | "sslApprove"
    | "sslManage"
    | "clientCertRequest"
    | "clientCertRevoke"
    | "clientCertManage"
    | "csRequest"
    | "csRevoke"
    | "csManage"
    | "deviceRequest"
    | "deviceRenew"
    | "deviceReplace"
    | "deviceRevoke"
    | "deviceApprove"
    | "deviceManage"
    | "editOrganizationAndDepartment"
    | "addOrganizationAndDepartments"
    | "addDepartments"
    | "editDepartments"
    | "orgValidationManager"
    | "viewUsage"
    | "viewSubscriptions"
    | "manageSubscriptions"
    | "acceptCustomerLicenseAgreement"
    | "externalClm"
  readonly description?: string
}
export const PrivilegeDescription = Schema.Struct({
  name: Schema.optionalKey(
    Schema.Literals([
      "allowCreate",
      "allowEdit",
      "allowDelete",
      "allowDCV",
      "autoApproveCertificates",
      "allowMsAdDiscovery",
      "allowKeyVault",
      "approveDomainDelegation",
      "allowManageDomains",
      "sslRequest",
      "sslRenew",
      "sslReplace",
      "sslRevoke",
      "sslApprove",
      "sslManage",
      "clientCertRequest",
      "clientCertRevoke",
      "clientCertManage",
      "csRequest",
      "csRevoke",
      "csManage",
      "deviceRequest",
      "deviceRenew",
      "deviceReplace",
      "deviceRevoke",
      "deviceApprove",
      "deviceManage",
      "editOrganizationAndDepartment",
      "addOrganizationAndDepartments",
      "addDepartments",
      "editDepartments",
      "orgValidationManager",
      "viewUsage",
      "viewSubscriptions",
      "manageSubscriptions",
      "acceptCustomerLicenseAgreement",
      "externalClm"
    ]).annotate({ description: "Privilege name" })
  ),
  description: Schema.optionalKey(Schema.String.annotate({ description: "Privilege description" }))
}).annotate({ identifier: "PrivilegeDescription" })
export type ClientAdminStatusResponse = {
  readonly expirationDate?: string
  readonly state?: "ALIVE" | "EXPIRED" | "NEVER_EXPIRE"
}
export const ClientAdminStatusResponse = Schema.Struct({
  expirationDate: Schema.optionalKey(
    Schema.String.annotate({ description: "Password expiration date.", format: "date" })
  ),
  state: Schema.optionalKey(
    Schema.Literals(["ALIVE", "EXPIRED", "NEVER_EXPIRE"]).annotate({ description: "Password state." })
  )
}).annotate({ identifier: "ClientAdminStatusResponse" })
export type IdpInfo = { readonly id?: number; readonly name?: string }
export const IdpInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Identity Provider ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Identity Provider name" }))
}).annotate({ identifier: "IdpInfo" })
export type PublicAcmeClientInfo = {
  readonly id?: number
  readonly accountId?: string
  readonly ipAddress?: string
  readonly userAgent?: string
  readonly status?: string
  readonly lastActivity?: string
  readonly contacts?: string
}
export const PublicAcmeClientInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  accountId: Schema.optionalKey(Schema.String),
  ipAddress: Schema.optionalKey(
    Schema.String.annotate({ description: "IP address of host from where the ACME account’s client was last active" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(39).annotate({ expected: "a value with a length of at most 39" }))
  ),
  userAgent: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account client’s user agent name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  status: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account client’s status" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(11).annotate({ expected: "a value with a length of at most 11" }))
  ),
  lastActivity: Schema.optionalKey(
    Schema.String.annotate({ description: "Date when ACME account’s client was last active" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  contacts: Schema.optionalKey(
    Schema.String.annotate({ description: "Contact(s) concerning of ACME client operations" })
  )
}).annotate({ identifier: "PublicAcmeClientInfo" })
export type AcmeServerInfo = {
  readonly url?: string
  readonly caId?: number
  readonly name?: string
  readonly singleProductId?: number
  readonly multiProductId?: number
  readonly wcProductId?: number
  readonly certValidationType?: "DV" | "OV" | "EV"
}
export const AcmeServerInfo = Schema.Struct({
  url: Schema.optionalKey(Schema.String.annotate({ description: "ACME server URL" })),
  caId: Schema.optionalKey(
    Schema.Number.annotate({ description: "ACME server CA ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "ACME server name" })),
  singleProductId: Schema.optionalKey(
    Schema.Number.annotate({ description: "ACME server single product ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  multiProductId: Schema.optionalKey(
    Schema.Number.annotate({ description: "ACME server multi product ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  wcProductId: Schema.optionalKey(
    Schema.Number.annotate({ description: "ACME server WC product ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  certValidationType: Schema.optionalKey(
    Schema.Literals(["DV", "OV", "EV"]).annotate({ description: "ACME server validation type" })
  )
}).annotate({ identifier: "AcmeServerInfo" })
export type PrivateAcmeClientInfo = {
  readonly id?: number
  readonly accountId?: string
  readonly ipAddress?: string
  readonly userAgent?: string
  readonly status?: string
  readonly lastActivity?: string
  readonly contacts: string
}
export const PrivateAcmeClientInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Internal SCM identifier of Universal ACME account client",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  accountId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Universal ACME account client’s accountID. Note this identifier is concerning to the ACME client itself, but not to its parent Universal ACME account."
    })
  ),
  ipAddress: Schema.optionalKey(
    Schema.String.annotate({ description: "IP address of host from where the ACME account’s client was last active" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(39).annotate({ expected: "a value with a length of at most 39" }))
  ),
  userAgent: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account client’s user agent name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  status: Schema.optionalKey(
    Schema.String.annotate({ description: "ACME account client’s status" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(11).annotate({ expected: "a value with a length of at most 11" }))
  ),
  lastActivity: Schema.optionalKey(
    Schema.String.annotate({ description: "Date when ACME account’s client was last active" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  contacts: Schema.String.annotate({ description: "Contact(s) concerning of ACME client operations" })
}).annotate({ identifier: "PrivateAcmeClientInfo" })
export type CsodSubmitRequest = { readonly requestId: number }
export const CsodSubmitRequest = Schema.Struct({
  requestId: Schema.Number.annotate({ description: "Request ID returned when request created", format: "int32" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  )
}).annotate({ identifier: "CsodSubmitRequest" })
export type CsodCreateRequest = {
  readonly organizationId: number
  readonly version: string
  readonly algorithms: string
  readonly signingType: string
}
export const CsodCreateRequest = Schema.Struct({
  organizationId: Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  ),
  version: Schema.String.annotate({
    description: "A free form field that can be used to provide file version information if required"
  }).check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })),
  algorithms: Schema.String.annotate({
    description:
      "Hashing algorithm to use. Multiple comma separated values are possible if the file signing type supports it. Supported values are: MD5, SHA1, SHA256, SHA384, SHA512"
  }),
  signingType: Schema.String.annotate({
    description:
      "Type of file(s) to sign. All uploaded files must be of the same type. Supported values are: MICROSOFT_AUTHENTICODE, JAVA, MICROSOFT_OFFICE_AND_VBA, WINDOWS_PHONE_AND_XBOX, ANDROID, HASH_SUM, POWERSHELL"
  })
}).annotate({ identifier: "CsodCreateRequest" })
export type CsodCreateResponse = { readonly requestId?: number; readonly uploadUrl?: string }
export const CsodCreateResponse = Schema.Struct({
  requestId: Schema.optionalKey(
    Schema.Number.annotate({ description: "ID for created request", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  uploadUrl: Schema.optionalKey(Schema.String.annotate({ description: "URL to upload files for signing" }))
}).annotate({ identifier: "CsodCreateResponse" })
export type CsodCountResponse = { readonly count?: number }
export const CsodCountResponse = Schema.Struct({
  count: Schema.optionalKey(
    Schema.Number.annotate({ description: "Requests count", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "CsodCountResponse" })
export type CsodSignedFile = { readonly name?: string; readonly downloadUrl?: string; readonly size?: number }
export const CsodSignedFile = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "File name" })),
  downloadUrl: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "URL to download the digitally signed file from. The process of downloading does involve a redirect to the code signing agent"
    })
  ),
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "File size", format: "int64" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "CsodSignedFile" })
export type CsodDecisionRequest = { readonly requestId: number; readonly comment?: string }
export const CsodDecisionRequest = Schema.Struct({
  requestId: Schema.Number.annotate({ description: "Request ID to be approved or declined", format: "int32" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  ),
  comment: Schema.optionalKey(Schema.String.annotate({ description: "Short message about the approval or decline" }))
}).annotate({ identifier: "CsodDecisionRequest" })
export type CaBackend = {
  readonly id?: number
  readonly name?: string
  readonly type?: string
  readonly public?: boolean
  readonly connectorBackendType?: string
}
export const CaBackend = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "CA Backend ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "CA Backend name" })),
  type: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "CA Backend type. Possible values are: [SASP, PRIVATE_CA, MS_CA, DIGI_CERT, ENTRUST, AWS_PCA, GOOGLE]"
    })
  ),
  public: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "Flag indicating whether the CA Backend is public" })
  ),
  connectorBackendType: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Applicable only for the connector-based backends. The type of CA backend used in the connector command-line interface."
    })
  )
}).annotate({ identifier: "CaBackend" })
export type DcvStatusResponseV2 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly validationDate?: string | string
  readonly expirationDate?: string | string
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly orderMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly host?: string
  readonly point?: string
  readonly url?: string
  readonly firstLine?: string
  readonly secondLine?: string
  readonly validationEmail?: string
  readonly emailValidationReferenceNumber?: string
  readonly orderBackendId?: string
  readonly submittedDate?: string | string
  readonly lastCheck?: string
  readonly nextCheck?: string
}
export const DcvStatusResponseV2 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status"
    })
  ),
  validationDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation date" })
  ),
  expirationDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation expiration date" })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  orderMode: Schema.optionalKey(
    Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"]).annotate({
      description: "Validation order mode."
    })
  ),
  host: Schema.optionalKey(Schema.String.annotate({ description: "DNS validation record host value." })),
  point: Schema.optionalKey(Schema.String.annotate({ description: "DNS validation record point value." })),
  url: Schema.optionalKey(
    Schema.String.annotate({
      description:
        'HTTP(s) validation. URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTP server.'
    })
  ),
  firstLine: Schema.optionalKey(
    Schema.String.annotate({ description: "HTTP(s) validation. Validation txt file content: first line." })
  ),
  secondLine: Schema.optionalKey(
    Schema.String.annotate({ description: "HTTP(s) validation. Validation txt file content: second line." })
  ),
  validationEmail: Schema.optionalKey(Schema.String.annotate({ description: "Email validation recipient." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  ),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "Validation order backend id." })),
  submittedDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation order submission date" })
  ),
  lastCheck: Schema.optionalKey(Schema.String.annotate({ format: "date-time" })),
  nextCheck: Schema.optionalKey(Schema.String.annotate({ format: "date-time" }))
}).annotate({ identifier: "DcvStatusResponseV2" })
export type SubmitDomainResponse = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
  readonly orderBackendId?: string
  readonly emailValidationReferenceNumber?: string
}
export const SubmitDomainResponse = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." })),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "DCV order backend ID." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  )
}).annotate({ identifier: "SubmitDomainResponse" })
export type ImportKeyResponseV1 = { readonly id?: number }
export const ImportKeyResponseV1 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description: "ID of created certificate based on imported payload",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
}).annotate({ identifier: "ImportKeyResponseV1" })
export type InvitationRequestV1 = { readonly term?: number; readonly keyType?: string; readonly profileId?: number }
export const InvitationRequestV1 = Schema.Struct({
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Term for certificate in days", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  keyType: Schema.optionalKey(Schema.String.annotate({ description: "Allowed Key Type" })),
  profileId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Profile ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "InvitationRequestV1" })
export type PublicAcmeAccountInfoV1 = {
  readonly id?: number
  readonly accountId?: string
  readonly macId?: string
  readonly macKey?: string
  readonly acmeServer?: string
  readonly name?: string
  readonly organizationId?: number
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly ovOrderNumber?: number
  readonly ovAnchorID?: string
  readonly validationId?: string
  readonly status?: string
  readonly contacts?: string
  readonly domains?: ReadonlyArray<{ readonly name?: string }>
}
export const PublicAcmeAccountInfoV1 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  accountId: Schema.optionalKey(Schema.String),
  macId: Schema.optionalKey(Schema.String.annotate({ description: "ACME account key ID" })),
  macKey: Schema.optionalKey(Schema.String.annotate({ description: "ACME account HMAC key" })),
  acmeServer: Schema.optionalKey(Schema.String.annotate({ description: "ACME account server name" })),
  name: Schema.optionalKey(Schema.String),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  certValidationType: Schema.optionalKey(
    Schema.Literals(["DV", "OV", "EV"]).annotate({ description: "ACME account server validation type" })
  ),
  ovOrderNumber: Schema.optionalKey(
    Schema.Number.annotate({ description: "OV order number (deprecated, see 'ovAnchorID')", format: "int64" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  ovAnchorID: Schema.optionalKey(Schema.String.annotate({ description: "OV anchor certificate ID" })),
  validationId: Schema.optionalKey(Schema.String.annotate({ description: "Validation Id" })),
  status: Schema.optionalKey(Schema.String.annotate({ description: "ACME account status" })),
  contacts: Schema.optionalKey(Schema.String.annotate({ description: "ACME account contacts" })),
  domains: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({ name: Schema.optionalKey(Schema.String.annotate({ description: "ACME account domain name" })) })
    ).annotate({ description: "ACME account domains" })
  )
}).annotate({ identifier: "PublicAcmeAccountInfoV1" })
export type CreateCustomFieldReqV1 = {
  readonly name: string
  readonly state?: "SUSPENDED_ACTIVE" | "ACTIVE" | "INACTIVE" | "SUSPENDED_INACTIVE"
  readonly mandatory?: boolean
  readonly certType?: "ssl" | "smime" | "device"
}
export const CreateCustomFieldReqV1 = Schema.Struct({
  name: Schema.String.annotate({ description: "Custom field name" })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  state: Schema.optionalKey(
    Schema.Literals(["SUSPENDED_ACTIVE", "ACTIVE", "INACTIVE", "SUSPENDED_INACTIVE"]).annotate({
      description: "State of custom field"
    })
  ),
  mandatory: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is field mandatory" })),
  certType: Schema.optionalKey(
    Schema.Literals(["ssl", "smime", "device"]).annotate({ description: "Custom field certificate type" })
  )
}).annotate({ identifier: "CreateCustomFieldReqV1" })
export type ScanTaskCreatedDiscoveryV2 = { readonly taskId?: number }
export const ScanTaskCreatedDiscoveryV2 = Schema.Struct({
  taskId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Scan Task ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
}).annotate({ identifier: "ScanTaskCreatedDiscoveryV2" })
export type CertUpdateRequest = { readonly customFields?: ReadonlyArray<ApiCertField>; readonly comments?: string }
export const CertUpdateRequest = Schema.Struct({
  customFields: Schema.optionalKey(Schema.Array(ApiCertField).annotate({ description: "Custom fields" })),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Comments" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  )
}).annotate({ identifier: "CertUpdateRequest" })
export type CertificateImportRequest = {
  readonly orgID: number
  readonly customFields?: ReadonlyArray<ApiCertField>
  readonly owner?: string
  readonly externalRequester?: string
  readonly backendCertId?: string
  readonly cert?: string
  readonly csr?: string
  readonly comments?: string
  readonly licensedSansCount?: number
  readonly updateLicenseService?: boolean
  readonly revokeDate?: string
  readonly renewDate?: string
  readonly licenseKey?: string
  readonly force?: boolean
  readonly reasonCode?: 0 | 1 | 3 | 4 | 5 | "0" | "1" | "3" | "4" | "5"
}
export const CertificateImportRequest = Schema.Struct({
  orgID: Schema.Number.annotate({ format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  customFields: Schema.optionalKey(Schema.Array(ApiCertField)),
  owner: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })
    )
  ),
  externalRequester: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" })
    )
  ),
  backendCertId: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" })
    )
  ),
  cert: Schema.optionalKey(
    Schema.String.annotate({ format: "byte" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  csr: Schema.optionalKey(Schema.String),
  comments: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" })
    )
  ),
  licensedSansCount: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  updateLicenseService: Schema.optionalKey(Schema.Boolean),
  revokeDate: Schema.optionalKey(Schema.String.annotate({ format: "date-time" })),
  renewDate: Schema.optionalKey(Schema.String.annotate({ format: "date-time" })),
  licenseKey: Schema.optionalKey(Schema.String),
  force: Schema.optionalKey(Schema.Boolean),
  reasonCode: Schema.optionalKey(
    Schema.Union([Schema.Literals([0, 1, 3, 4, 5]), Schema.Literals(["0", "1", "3", "4", "5"])]).annotate({
      description:
        "Revocation reason code to be put to CRL (Mozilla Root Store Policy 2.8 section 6.1.1)\nReason code (unspecified (0),\nkeyCompromise (1),\naffiliationChanged (3),\nsuperseded (4),\ncessationOfOperation (5))"
    })
  )
}).annotate({ identifier: "CertificateImportRequest" })
export type EnrollRequest = {
  readonly orgId: number
  readonly subjAltNames?: string
  readonly certType?: number
  readonly term?: number
  readonly comments?: string
  readonly externalRequester?: string
  readonly customFields?: ReadonlyArray<ApiCertField>
  readonly dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly dcvEmail?: string
  readonly csr?: string
}
export const EnrollRequest = Schema.Struct({
  orgId: Schema.Number.annotate({ description: "Organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  subjAltNames: Schema.optionalKey(
    Schema.String.annotate({ description: "Subject alternative names (comma separated)" })
  ),
  certType: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate validity period in days", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Comments for enroll request" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  externalRequester: Schema.optionalKey(
    Schema.String.annotate({
      description: "External Requester. Acceptable format: 'email@domain.com' or 'email1@domain.com, email2@domain.com'"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  customFields: Schema.optionalKey(
    Schema.Array(ApiCertField).annotate({
      description: "Custom fields to be applied to requested certificate. Must contain mandatory custom fields."
    })
  ),
  dcvMode: Schema.optionalKey(
    Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"]).annotate({
      description: "DCV mode for domain validation"
    })
  ),
  dcvEmail: Schema.optionalKey(Schema.String.annotate({ description: "DCV email in case of email validation" })),
  csr: Schema.optionalKey(
    Schema.String.annotate({ description: "Certificate signing request" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(32767).annotate({ expected: "a value with a length of at most 32767" }))
      .check(
        Schema.isPattern(new RegExp("[a-zA-Z0-9-+=\\/\\s]+")).annotate({
          expected: "a string matching the RegExp [a-zA-Z0-9-+=\\/\\s]+"
        })
      )
  )
}).annotate({ identifier: "EnrollRequest" })
export type ClientEnrollRequest = {
  readonly orgId?: number
  readonly firstName?: string
  readonly middleName?: string
  readonly lastName?: string
  readonly email?: string
  readonly phone?: string
  readonly secondaryEmails?: ReadonlyArray<string>
  readonly csr?: string
  readonly certType?: number
  readonly term?: number
  readonly customFields?: ReadonlyArray<ApiCertField>
  readonly commonName?: string
  readonly upn?: string | null
  readonly eppn?: string | null
  readonly comments?: string
}
export const ClientEnrollRequest = Schema.Struct({
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  firstName: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Person first name. Constraint: firstName must not be empty, firstName + middleName + lastName must be in range of 1 to 64 characters"
    })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  middleName: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Person middle name. Constraint: firstName + middleName + lastName must be in range of 1 to 64 characters"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  lastName: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Person last name. Constraint: lastName must not be empty, firstName + middleName + lastName must be in range of 1 to 64 characters"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Person e-mail" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  phone: Schema.optionalKey(
    Schema.String.annotate({ description: "Person telephone" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
      .check(
        Schema.isPattern(new RegExp("[#|0-9|\\(|\\)|\\-|\\+| x]*")).annotate({
          expected: "a string matching the RegExp [#|0-9|\\(|\\)|\\-|\\+| x]*"
        })
      )
  ),
  secondaryEmails: Schema.optionalKey(
    Schema.Array(
      Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
        Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })
      )
    ).annotate({ description: "Person secondary e-mails" })
  ),
  csr: Schema.optionalKey(
    Schema.String.annotate({ description: "Certificate signing request" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(32767).annotate({ expected: "a value with a length of at most 32767" }))
      .check(
        Schema.isPattern(new RegExp("[a-zA-Z0-9-+=\\/\\s]+")).annotate({
          expected: "a string matching the RegExp [a-zA-Z0-9-+=\\/\\s]+"
        })
      )
  ),
  certType: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate validity period in days", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  customFields: Schema.optionalKey(
    Schema.Array(ApiCertField).annotate({ description: "Custom fields to be applied to requested certificate" })
  ),
  commonName: Schema.optionalKey(
    Schema.String.annotate({
      description: "Person's common name, if omitted will be constructed from Person's full name"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  upn: Schema.optionalKey(
    Schema.Union([
      Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
        Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })
      ),
      Schema.Null
    ]).annotate({ description: "Principal name" })
  ),
  eppn: Schema.optionalKey(
    Schema.Union([
      Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
        Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })
      ),
      Schema.Null
    ]).annotate({ description: "EPPN" })
  ),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Comments for enroll request" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  )
}).annotate({ identifier: "ClientEnrollRequest" })
export type SSLReportResponseRow = {
  readonly id?: number
  readonly type?: string
  readonly typeId?: number
  readonly orgId?: number
  readonly commonName?: string
  readonly subjAltNames?: string
  readonly status?: string
  readonly requester?: string
  readonly approver?: string
  readonly organizationName?: string
  readonly orderNumber?: number
  readonly backendCertId?: string
  readonly servers?: number
  readonly serverType?: string
  readonly requestedVia?:
    | "Enrollment Form"
    | "Client Admin"
    | "Web API"
    | "Discovery"
    | "Imported"
    | "SCEP"
    | "CD Agent"
    | "MS Agent"
    | "MS CA"
    | "Bulk Request"
    | "ACME"
    | "EST"
    | "REST API"
  readonly term?: number
  readonly comments?: string
  readonly requested?: string
  readonly approved?: string
  readonly declined?: string
  readonly issued?: string
  readonly downloaded?: string
  readonly expires?: string
  readonly revoked?: string
  readonly replaced?: string
  readonly issuer?: string
  readonly ipAddresses?: string
  readonly externalRequester?: string
  readonly serialNumber?: string
  readonly city?: string
  readonly state?: string
  readonly country?: string
  readonly signatureAlg?: string
  readonly publicKeyAlg?: string
  readonly publicKeySize?: string
  readonly publicKeyType?: string
  readonly sha1?: string
  readonly md5?: string
  readonly customFields?: ReadonlyArray<ApiCertField>
}
export const SSLReportResponseRow = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description: "An ID using which this certificate can be renewed or revoked through Enrollment form",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  type: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Profile name" })),
  typeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "An organization ID which this certificate is associated with",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "SSL certificate common name" })),
  subjAltNames: Schema.optionalKey(Schema.String.annotate({ description: "Subject alternative names" })),
  status: Schema.optionalKey(Schema.String.annotate({ description: "The status of this certificate" })),
  requester: Schema.optionalKey(Schema.String.annotate({ description: "Requester" })),
  approver: Schema.optionalKey(Schema.String.annotate({ description: "Approver" })),
  organizationName: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization name which this certificate is associated with" })
  ),
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "The obsolete parameter for the order identifier under which the certificate request has been processed. backendCertId should be used instead",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "Certificate ID in enrolling backend" })),
  servers: Schema.optionalKey(
    Schema.Number.annotate({ description: "Deprecated", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  serverType: Schema.optionalKey(Schema.String.annotate({ description: "Deprecated" })),
  requestedVia: Schema.optionalKey(
    Schema.Literals([
      "Enrollment Form",
      "Client Admin",
      "Web API",
      "Discovery",
      "Imported",
      "SCEP",
      "CD Agent",
      "MS Agent",
      "MS CA",
      "Bulk Request",
      "ACME",
      "EST",
      "REST API"
    ]).annotate({ description: "Requested Via" })
  ),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Term (days)", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  comments: Schema.optionalKey(Schema.String.annotate({ description: "Comments" })),
  requested: Schema.optionalKey(Schema.String.annotate({ description: "Requested Date", format: "date-time" })),
  approved: Schema.optionalKey(Schema.String.annotate({ description: "Approved Date", format: "date-time" })),
  declined: Schema.optionalKey(Schema.String.annotate({ description: "Declined Date", format: "date-time" })),
  issued: Schema.optionalKey(Schema.String.annotate({ description: "Issued Date", format: "date-time" })),
  downloaded: Schema.optionalKey(Schema.String.annotate({ description: "Downloaded Date", format: "date-time" })),
  expires: Schema.optionalKey(Schema.String.annotate({ description: "Expires Date", format: "date-time" })),
  revoked: Schema.optionalKey(Schema.String.annotate({ description: "Revoked Date", format: "date-time" })),
  replaced: Schema.optionalKey(Schema.String.annotate({ description: "Replaced Date", format: "date-time" })),
  issuer: Schema.optionalKey(Schema.String.annotate({ description: "The subject of the issuing CA certificate" })),
  ipAddresses: Schema.optionalKey(Schema.String.annotate({ description: "IP addresses" })),
  externalRequester: Schema.optionalKey(Schema.String.annotate({ description: "External requester" })),
  serialNumber: Schema.optionalKey(Schema.String.annotate({ description: "SSL Serial Number" })),
  city: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization city which this certificate is associated with" })
  ),
  state: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization state which this certificate is associated with" })
  ),
  country: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization country which this certificate is associated with" })
  ),
  signatureAlg: Schema.optionalKey(Schema.String.annotate({ description: "Signature algorithm" })),
  publicKeyAlg: Schema.optionalKey(
    Schema.String.annotate({ description: 'Key algorithm (deprecated, see "publicKeyType")' })
  ),
  publicKeySize: Schema.optionalKey(
    Schema.String.annotate({ description: 'Key size (deprecated, see "publicKeyType")' })
  ),
  publicKeyType: Schema.optionalKey(
    Schema.String.annotate({ description: "Key type. For example: RSA - 2048, EC - P-256." })
  ),
  sha1: Schema.optionalKey(Schema.String.annotate({ description: "SHA1 Hash" })),
  md5: Schema.optionalKey(Schema.String.annotate({ description: "MD5 Hash" })),
  customFields: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<ApiCertField> => ApiCertField).annotate({ description: "Custom field details" })
    )
  )
}).annotate({ identifier: "SSLReportResponseRow" })
export type PKCS12Request = {
  readonly p12: string
  readonly password?: string
  readonly customFields?: ReadonlyArray<ApiCertField>
}
export const PKCS12Request = Schema.Struct({
  p12: Schema.String.annotate({ description: "Base64 encoded pkcs12 file", format: "byte" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  password: Schema.optionalKey(Schema.String.annotate({ description: "Password to access pkcs12 file" })),
  customFields: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<ApiCertField> => ApiCertField).annotate({ description: "Custom field item" })
    )
  )
}).annotate({ identifier: "PKCS12Request" })
export type DeviceEnrollRequest = {
  readonly orgId: number
  readonly term?: number
  readonly csr?: string
  readonly certType: number
  readonly customFields?: ReadonlyArray<ApiCertField>
  readonly optionalFields?: ReadonlyArray<ApiCertField>
  readonly comments?: string
}
export const DeviceEnrollRequest = Schema.Struct({
  orgId: Schema.Number.annotate({ description: "Organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate validity period in days", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  csr: Schema.optionalKey(
    Schema.String.annotate({ description: "Certificate signing request" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(32767).annotate({ expected: "a value with a length of at most 32767" }))
      .check(
        Schema.isPattern(new RegExp("[a-zA-Z0-9-+=\\/\\s]+")).annotate({
          expected: "a string matching the RegExp [a-zA-Z0-9-+=\\/\\s]+"
        })
      )
  ),
  certType: Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  customFields: Schema.optionalKey(
    Schema.Array(ApiCertField).annotate({
      description: "Custom fields to be applied to requested certificate. Must contain mandatory custom fields."
    })
  ),
  optionalFields: Schema.optionalKey(
    Schema.Array(ApiCertField).annotate({ description: "Optional fields to be applied to requested certificate" })
  ),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Comments for enroll request" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  )
}).annotate({ identifier: "DeviceEnrollRequest" })
export type SslInfo = {
  readonly customFields?: ReadonlyArray<ApiCertField>
  readonly comments?: string
  readonly sslId: number
  readonly term?: number
  readonly certTypeId?: number
  readonly orgId?: number
  readonly requester?: string
  readonly requesterAdminId?: number
  readonly approverAdminId?: number
  readonly commonName?: string
  readonly csr?: string
  readonly serverSoftware?: string
  readonly externalRequester?: string
  readonly subjectAlternativeNames?: ReadonlyArray<string>
  readonly autoRenewDetails?: AutoRenewDetails
  readonly suspendNotifications?: boolean
}
export const SslInfo = Schema.Struct({
  customFields: Schema.optionalKey(Schema.Array(ApiCertField).annotate({ description: "Custom fields" })),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Comments" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  sslId: Schema.Number.annotate({ description: "Certificate ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Term (days)", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  certTypeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  requester: Schema.optionalKey(Schema.String.annotate({ description: "Requester" })),
  requesterAdminId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Requester Admin Id", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  approverAdminId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Approver Admin Id. Value -1 will set the approver admin to <None>",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(-1).annotate({ expected: "a value greater than or equal to -1" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Certificate common name" })),
  csr: Schema.optionalKey(
    Schema.String.annotate({ description: "Certificate signing request" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(32767).annotate({ expected: "a value with a length of at most 32767" }))
      .check(
        Schema.isPattern(new RegExp("[a-zA-Z0-9-+=\\/\\s]+")).annotate({
          expected: "a string matching the RegExp [a-zA-Z0-9-+=\\/\\s]+"
        })
      )
  ),
  serverSoftware: Schema.optionalKey(Schema.String),
  externalRequester: Schema.optionalKey(
    Schema.String.annotate({ description: "External requester emails, comma-separated" })
  ),
  subjectAlternativeNames: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({ description: "Subject alternative names" })
  ),
  autoRenewDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<AutoRenewDetails> => AutoRenewDetails).annotate({
      description: "Auto-Renewal Information"
    })
  ),
  suspendNotifications: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "Suspend Notifications for the certificate" })
  )
}).annotate({ identifier: "SslInfo" })
export type ApiSmimeV2 = {
  readonly id?: number
  readonly state?: string
  readonly certificateDetails?: CertificateDetails
  readonly serialNumber?: string
  readonly orderNumber?: number
  readonly backendCertId?: string
  readonly expires?: string | string
  readonly comments?: string
}
export const ApiSmimeV2 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  state: Schema.optionalKey(Schema.String.annotate({ description: "Certificate state" })),
  certificateDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<CertificateDetails> => CertificateDetails).annotate({
      description: "Certificate details"
    })
  ),
  serialNumber: Schema.optionalKey(Schema.String.annotate({ description: "Certificate serial number" })),
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate serial number", format: "int64" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "Certificate ID in enrolling backend" })),
  expires: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Certificate expiration date" })
  ),
  comments: Schema.optionalKey(Schema.String.annotate({ description: "Certificate comments" }))
}).annotate({ identifier: "ApiSmimeV2" })
export type DeviceCertIdentity = {
  readonly id?: number
  readonly status?: string
  readonly backendCertId?: string
  readonly certificateDetails?: CertificateDetails
}
export const DeviceCertIdentity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Unique ID for certificate. Known as deviceCertId in some methods. This ID should be used for certificate operations. ",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  status: Schema.optionalKey(Schema.String.annotate({ description: "Certificate status" })),
  backendCertId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "ID of certificate in the enrolling backend. Should not be used for certificate operations but will work during migration phase. "
    })
  ),
  certificateDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<CertificateDetails> => CertificateDetails).annotate({
      description: "Certificate details"
    })
  )
}).annotate({ identifier: "DeviceCertIdentity" })
export type ApiSmimeByPersonV1 = {
  readonly id?: number
  readonly state?: string
  readonly certificateDetails?: CertificateDetails
}
export const ApiSmimeByPersonV1 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  state: Schema.optionalKey(Schema.String.annotate({ description: "Certificate state" })),
  certificateDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<CertificateDetails> => CertificateDetails).annotate({
      description: "Certificate details"
    })
  )
}).annotate({ identifier: "ApiSmimeByPersonV1" })
export type AutoInstallDetails = {
  readonly state?:
    | "Not configured"
    | "Not started"
    | "Key processing"
    | "Key and CSR ready"
    | "Certificate processing"
    | "Installation scheduled"
    | "Installation processing"
    | "Action required"
    | "Ready for install"
    | "Server restart required"
    | "Completed"
    | "Invalid configuration"
  readonly nodes?: ReadonlyArray<InstallNode>
}
export const AutoInstallDetails = Schema.Struct({
  state: Schema.optionalKey(
    Schema.Literals([
      "Not configured",
      "Not started",
      "Key processing",
      "Key and CSR ready",
      "Certificate processing",
      "Installation scheduled",
      "Installation processing",
      "Action required",
      "Ready for install",
      "Server restart required",
      "Completed",
      "Invalid configuration"
    ]).annotate({ description: "Auto-Installation state" })
  ),
  nodes: Schema.optionalKey(
    Schema.Array(InstallNode).annotate({ description: "Auto-Installation nodes (planned or already installed to)" })
  )
}).annotate({ identifier: "AutoInstallDetails" })
export type OrganizationEVDetails = {
  readonly registrationAgency?: RegistrationAgency
  readonly contractSigner?: ContractSigner
}
export const OrganizationEVDetails = Schema.Struct({
  registrationAgency: Schema.optionalKey(RegistrationAgency),
  contractSigner: Schema.optionalKey(ContractSigner)
}).annotate({ identifier: "OrganizationEVDetails" })
export type OrganizationBasicResp = {
  readonly id?: number
  readonly name?: string
  readonly parentName?: string
  readonly departments?: ReadonlyArray<DepartmentBasicInfo>
}
export const OrganizationBasicResp = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Organization name" })),
  parentName: Schema.optionalKey(Schema.String.annotate({ description: "Parent organization name" })),
  departments: Schema.optionalKey(
    Schema.Array(DepartmentBasicInfo).annotate({ description: "List of departments with basic details" })
  )
}).annotate({ identifier: "OrganizationBasicResp" })
export type OrganizationResp = {
  readonly id?: number
  readonly name?: string
  readonly parentId?: number
  readonly parentName?: string
  readonly parentSecondaryName?: string
  readonly certTypes?: ReadonlyArray<"SMIME" | "SSL" | "CodeSign" | "SMIMEAuth" | "Device">
  readonly departments?: ReadonlyArray<DepartmentBasicInfo>
  readonly secondaryName?: string
  readonly schacHomeOrganization?: string
  readonly alias?: string
  readonly contactEmails?: string
  readonly contactWebhook?: string
  readonly contactSlack?: string
  readonly contactTeams?: string
  readonly address1?: string
  readonly address2?: string
  readonly address3?: string
  readonly city?: string
  readonly stateOrProvince?: string
  readonly postalCode?: string
  readonly country?: string
  readonly validationStatus?: string
  readonly secondaryValidationStatus?: string
  readonly clientCertificate?: ClientCertificate
  readonly sslCertsApiEnabled?: boolean
  readonly clientCertsApiEnabled?: boolean
}
export const OrganizationResp = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Organization name" })),
  parentId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Parent organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  parentName: Schema.optionalKey(Schema.String.annotate({ description: "Parent organization name" })),
  parentSecondaryName: Schema.optionalKey(
    Schema.String.annotate({ description: "Parent organization alternative name" })
  ),
  certTypes: Schema.optionalKey(
    Schema.Array(Schema.Literals(["SMIME", "SSL", "CodeSign", "SMIMEAuth", "Device"]))
      .annotate({ description: "Allowed certificate types" })
      .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  departments: Schema.optionalKey(
    Schema.Array(DepartmentBasicInfo).annotate({ description: "Organization's departments (if any)" })
  ),
  secondaryName: Schema.optionalKey(Schema.String.annotate({ description: "Organization alternative name" })),
  schacHomeOrganization: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization SCHAC code. (Deprecated, please use 'alias' instead)." })
  ),
  alias: Schema.optionalKey(Schema.String.annotate({ description: "Organization alias" })),
  contactEmails: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization contact emails (comma separated)" })
  ),
  contactWebhook: Schema.optionalKey(Schema.String.annotate({ description: "Organization contact webhook" })),
  contactSlack: Schema.optionalKey(Schema.String.annotate({ description: "Organization contact slack" })),
  contactTeams: Schema.optionalKey(Schema.String.annotate({ description: "Organization contact teams" })),
  address1: Schema.optionalKey(Schema.String.annotate({ description: "Address line 1" })),
  address2: Schema.optionalKey(Schema.String.annotate({ description: "Address line 2" })),
  address3: Schema.optionalKey(Schema.String.annotate({ description: "Address line 3" })),
  city: Schema.optionalKey(Schema.String.annotate({ description: "City" })),
  stateOrProvince: Schema.optionalKey(Schema.String.annotate({ description: "State or province" })),
  postalCode: Schema.optionalKey(Schema.String.annotate({ description: "Postal code" })),
  country: Schema.optionalKey(Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })),
  validationStatus: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Organization validation status. Deprecated, please use 'Organization validations' API to view organization's validations."
    })
  ),
  secondaryValidationStatus: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Organization secondary validation status. Deprecated, please use 'Organization validations' API to view organization's validations."
    })
  ),
  clientCertificate: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<ClientCertificate> => ClientCertificate).annotate({
      description: "Client certificate settings"
    })
  ),
  sslCertsApiEnabled: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Allow Web/REST API operations for SSL certificates of this organization/department."
    })
  ),
  clientCertsApiEnabled: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Allow Web/REST API operations for Client certificates of this organization/department"
    })
  )
}).annotate({ identifier: "OrganizationResp" })
export type AddOrganizationRequest = {
  readonly parentOrgName?: string
  readonly name?: string
  readonly address1?: string
  readonly address2?: string
  readonly address3?: string
  readonly city?: string
  readonly stateProvince?: string
  readonly postalCode?: string
  readonly country?: string
  readonly clientCertificate: ClientCertificate
  readonly alternativeName?: string
  readonly schacHomeOrganization?: string
  readonly alias?: string
  readonly sslCertsApiEnabled?: boolean
  readonly clientCertsApiEnabled?: boolean
  readonly contactEmails?: string
  readonly contactWebhook?: string
  readonly contactSlack?: string
  readonly contactTeams?: string
}
export const AddOrganizationRequest = Schema.Struct({
  parentOrgName: Schema.optionalKey(
    Schema.String.annotate({ description: "Parent organization name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization or department name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address1: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 1" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address2: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 2" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  address3: Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 3" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  city: Schema.optionalKey(
    Schema.String.annotate({ description: "City" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  stateProvince: Schema.optionalKey(
    Schema.String.annotate({ description: "State or province" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  postalCode: Schema.optionalKey(
    Schema.String.annotate({ description: "Postal code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(10).annotate({ expected: "a value with a length of at most 10" }))
  ),
  country: Schema.optionalKey(
    Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  clientCertificate: Schema.suspend((): Schema.Codec<ClientCertificate> => ClientCertificate).annotate({
    description: "Client certificate settings"
  }),
  alternativeName: Schema.optionalKey(
    Schema.String.annotate({ description: "Alternative name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  schacHomeOrganization: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization SCHAC code. (Deprecated, please use 'alias' instead)." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  alias: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization alias." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  sslCertsApiEnabled: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Allow Web/REST API operations for SSL certificates of this organization/department."
    })
  ),
  clientCertsApiEnabled: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Allow Web/REST API operations for Client certificates of this organization/department"
    })
  ),
  contactEmails: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization contact emails, separated by comma" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  contactWebhook: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" })
    )
  ),
  contactSlack: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" })
    )
  ),
  contactTeams: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" })).check(
      Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" })
    )
  )
}).annotate({ identifier: "AddOrganizationRequest" })
export type RecipientDetails = {
  readonly notifyRoles?: ReadonlyArray<
    | "APPROVER"
    | "REQUESTER"
    | "MRAO"
    | "SSL_RAO"
    | "SSL_DRAO"
    | "SMIME_RAO"
    | "SMIME_DRAO"
    | "CS_RAO"
    | "CS_DRAO"
    | "DEVICE_RAO"
    | "DEVICE_DRAO"
    | "EXTERNAL_REQUESTER"
    | "ORGANIZATION_CONTACT"
  >
  readonly recipients?: ReadonlyArray<RecipientRequest>
}
export const RecipientDetails = Schema.Struct({
  notifyRoles: Schema.optionalKey(
    Schema.Array(
      Schema.Literals([
        "APPROVER",
        "REQUESTER",
        "MRAO",
        "SSL_RAO",
        "SSL_DRAO",
        "SMIME_RAO",
        "SMIME_DRAO",
        "CS_RAO",
        "CS_DRAO",
        "DEVICE_RAO",
        "DEVICE_DRAO",
        "EXTERNAL_REQUESTER",
        "ORGANIZATION_CONTACT"
      ])
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  recipients: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<RecipientRequest> => RecipientRequest).annotate({ description: "Recipient info" })
    )
  )
}).annotate({ identifier: "RecipientDetails" })
export type AdTaskRequestV2 = {
  readonly name?: string
  readonly certBucketId: string
  readonly frequency?: string
  readonly timeZone?: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly year?: number
  readonly depth: number
  readonly agent?: string
  readonly domainDefinition?: string
}
export const AdTaskRequestV2 = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Task name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.optionalKey(
    Schema.String.annotate({ description: "Task frequency" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  timeZone: Schema.optionalKey(
    Schema.String.annotate({ description: "Time zone" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(12).annotate({ expected: "a value less than or equal to 12" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(31).annotate({ expected: "a value less than or equal to 31" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(7).annotate({ expected: "a value less than or equal to 7" }))
  ),
  year: Schema.optionalKey(
    Schema.Number.annotate({ description: "Year", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  depth: Schema.Number.annotate({ description: "Max depth of the scan", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isLessThanOrEqualTo(99).annotate({ expected: "a value less than or equal to 99" })),
  agent: Schema.optionalKey(
    Schema.String.annotate({ description: "Agent name" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  domainDefinition: Schema.optionalKey(
    Schema.String.annotate({ description: "Domains to scan" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  )
}).annotate({ identifier: "AdTaskRequestV2" })
export type AzureTaskRequest = {
  readonly name?: string
  readonly certBucketId: string
  readonly frequency?: string
  readonly timeZone?: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly year?: number
  readonly azureAccountId: number
  readonly resourceGroup?: string
  readonly keyVault?: string
}
export const AzureTaskRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Task name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.optionalKey(
    Schema.String.annotate({ description: "Task frequency" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  timeZone: Schema.optionalKey(
    Schema.String.annotate({ description: "Time zone" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(12).annotate({ expected: "a value less than or equal to 12" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(31).annotate({ expected: "a value less than or equal to 31" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(7).annotate({ expected: "a value less than or equal to 7" }))
  ),
  year: Schema.optionalKey(
    Schema.Number.annotate({ description: "Year", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  azureAccountId: Schema.Number.annotate({ format: "int32" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  ),
  resourceGroup: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
  ),
  keyVault: Schema.optionalKey(
    Schema.String.check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
  )
}).annotate({ identifier: "AzureTaskRequest" })
export type MsAdTaskDetailsResponse = {
  readonly name?: string
  readonly agent?: string
  readonly frequency?: string
  readonly timeZone?: string
  readonly time?: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly year?: number
  readonly status?:
    | "IN_PROCESS"
    | "FAILED"
    | "CANCELED"
    | "SUCCESSFUL"
    | "PARTIAL_SUCCESSFUL"
    | "PROCESSING_RESULT"
    | "null"
    | "Scan in process"
    | "Scan FAILED"
    | "Scan CANCELED by user"
    | "Scan completed (Successful)"
    | "Scan completed (Partial SUCCESSFUL)"
    | "Scan completed (Processing Result)"
  readonly depth?: number
  readonly domainDefinition?: string
}
export const MsAdTaskDetailsResponse = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Task name" })),
  agent: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" })),
  frequency: Schema.optionalKey(Schema.String.annotate({ description: "Task frequency" })),
  timeZone: Schema.optionalKey(Schema.String.annotate({ description: "Time zone" })),
  time: Schema.optionalKey(Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" })),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  year: Schema.optionalKey(
    Schema.Number.annotate({ description: "Year", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT",
      "null",
      "Scan in process",
      "Scan FAILED",
      "Scan CANCELED by user",
      "Scan completed (Successful)",
      "Scan completed (Partial SUCCESSFUL)",
      "Scan completed (Processing Result)"
    ]).annotate({ description: "Task status." })
  ),
  depth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Max depth of the scan", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  domainDefinition: Schema.optionalKey(Schema.String.annotate({ description: "Domains to scan" }))
}).annotate({ identifier: "MsAdTaskDetailsResponse" })
export type AzureTaskDetailsResponse = {
  readonly name?: string
  readonly agent?: string
  readonly frequency?: string
  readonly timeZone?: string
  readonly time?: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly year?: number
  readonly status?:
    | "IN_PROCESS"
    | "FAILED"
    | "CANCELED"
    | "SUCCESSFUL"
    | "PARTIAL_SUCCESSFUL"
    | "PROCESSING_RESULT"
    | "null"
    | "Scan in process"
    | "Scan FAILED"
    | "Scan CANCELED by user"
    | "Scan completed (Successful)"
    | "Scan completed (Partial SUCCESSFUL)"
    | "Scan completed (Processing Result)"
  readonly azureAccountId?: number
  readonly resourceGroup?: string
  readonly keyVault?: string
}
export const AzureTaskDetailsResponse = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Task name" })),
  agent: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" })),
  frequency: Schema.optionalKey(Schema.String.annotate({ description: "Task frequency" })),
  timeZone: Schema.optionalKey(Schema.String.annotate({ description: "Time zone" })),
  time: Schema.optionalKey(Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" })),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  year: Schema.optionalKey(
    Schema.Number.annotate({ description: "Year", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT",
      "null",
      "Scan in process",
      "Scan FAILED",
      "Scan CANCELED by user",
      "Scan completed (Successful)",
      "Scan completed (Partial SUCCESSFUL)",
      "Scan completed (Processing Result)"
    ]).annotate({ description: "Task status." })
  ),
  azureAccountId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Azure account id", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  resourceGroup: Schema.optionalKey(Schema.String.annotate({ description: "Resource group name" })),
  keyVault: Schema.optionalKey(Schema.String.annotate({ description: "Key Vault name" }))
}).annotate({ identifier: "AzureTaskDetailsResponse" })
export type MsAdScanTaskUpdateDiscoveryV2 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly depth: number
  readonly agent: string
  readonly domainDefinition?: string
  readonly taskId: number
}
export const MsAdScanTaskUpdateDiscoveryV2 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(11).annotate({ expected: "a value less than or equal to 11" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(30).annotate({ expected: "a value less than or equal to 30" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(6).annotate({ expected: "a value less than or equal to 6" }))
  ),
  depth: Schema.Number.annotate({ description: "Max depth of the scan", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isLessThanOrEqualTo(99).annotate({ expected: "a value less than or equal to 99" })),
  agent: Schema.String.annotate({ description: "Agent name" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  domainDefinition: Schema.optionalKey(
    Schema.String.annotate({ description: "Domains to scan" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  taskId: Schema.Number.annotate({ description: "Task ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
}).annotate({ identifier: "MsAdScanTaskUpdateDiscoveryV2" })
export type MsAdScanTaskRequestDiscoveryV2 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly depth?: number
  readonly agent?: string
  readonly domainDefinition?: string
}
export const MsAdScanTaskRequestDiscoveryV2 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  depth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Max depth of the scan", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isLessThanOrEqualTo(99).annotate({ expected: "a value less than or equal to 99" }))
  ),
  agent: Schema.optionalKey(
    Schema.String.annotate({ description: "Agent name" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  domainDefinition: Schema.optionalKey(
    Schema.String.annotate({ description: "Domains to scan" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  )
}).annotate({ identifier: "MsAdScanTaskRequestDiscoveryV2" })
export type MsAdScanTaskDetailsDiscoveryV3 = {
  readonly name?: string
  readonly agent?: string
  readonly frequency?: string
  readonly timeZone?: string
  readonly time?: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly status?:
    | "IN_PROCESS"
    | "FAILED"
    | "CANCELED"
    | "SUCCESSFUL"
    | "PARTIAL_SUCCESSFUL"
    | "PROCESSING_RESULT"
    | "null"
    | "Scan in process"
    | "Scan FAILED"
    | "Scan CANCELED by user"
    | "Scan completed (Successful)"
    | "Scan completed (Partial SUCCESSFUL)"
    | "Scan completed (Processing Result)"
  readonly depth?: number
  readonly domainDefinition?: string
}
export const MsAdScanTaskDetailsDiscoveryV3 = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Task name" })),
  agent: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" })),
  frequency: Schema.optionalKey(Schema.String.annotate({ description: "Task frequency" })),
  timeZone: Schema.optionalKey(Schema.String.annotate({ description: "Time zone" })),
  time: Schema.optionalKey(Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" })),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT",
      "null",
      "Scan in process",
      "Scan FAILED",
      "Scan CANCELED by user",
      "Scan completed (Successful)",
      "Scan completed (Partial SUCCESSFUL)",
      "Scan completed (Processing Result)"
    ]).annotate({ description: "Task status." })
  ),
  depth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Max depth of the scan", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  domainDefinition: Schema.optionalKey(Schema.String.annotate({ description: "Domains to scan" }))
}).annotate({ identifier: "MsAdScanTaskDetailsDiscoveryV3" })
export type MsAdScanTaskRequestDiscoveryV3 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly depth: number
  readonly agent: string
  readonly domainDefinition?: string
}
export const MsAdScanTaskRequestDiscoveryV3 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(11).annotate({ expected: "a value less than or equal to 11" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(30).annotate({ expected: "a value less than or equal to 30" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(6).annotate({ expected: "a value less than or equal to 6" }))
  ),
  depth: Schema.Number.annotate({ description: "Max depth of the scan", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isLessThanOrEqualTo(99).annotate({ expected: "a value less than or equal to 99" })),
  agent: Schema.String.annotate({ description: "Agent name" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  domainDefinition: Schema.optionalKey(
    Schema.String.annotate({ description: "Domains to scan" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  )
}).annotate({ identifier: "MsAdScanTaskRequestDiscoveryV3" })
export type MsAdScanTaskUpdateDiscoveryV3 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly depth: number
  readonly agent: string
  readonly domainDefinition?: string
}
export const MsAdScanTaskUpdateDiscoveryV3 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(11).annotate({ expected: "a value less than or equal to 11" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(30).annotate({ expected: "a value less than or equal to 30" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(6).annotate({ expected: "a value less than or equal to 6" }))
  ),
  depth: Schema.Number.annotate({ description: "Max depth of the scan", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isLessThanOrEqualTo(99).annotate({ expected: "a value less than or equal to 99" })),
  agent: Schema.String.annotate({ description: "Agent name" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  domainDefinition: Schema.optionalKey(
    Schema.String.annotate({ description: "Domains to scan" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  )
}).annotate({ identifier: "MsAdScanTaskUpdateDiscoveryV3" })
export type NetTaskRequestV2 = {
  readonly name?: string
  readonly certBucketId: string
  readonly frequency?: string
  readonly timeZone?: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly year?: number
  readonly ranges?: ReadonlyArray<Range>
  readonly agent?: string
}
export const NetTaskRequestV2 = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Task name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.optionalKey(
    Schema.String.annotate({ description: "Task frequency" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  timeZone: Schema.optionalKey(
    Schema.String.annotate({ description: "Time zone" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(12).annotate({ expected: "a value less than or equal to 12" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(31).annotate({ expected: "a value less than or equal to 31" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
      .check(Schema.isLessThanOrEqualTo(7).annotate({ expected: "a value less than or equal to 7" }))
  ),
  year: Schema.optionalKey(
    Schema.Number.annotate({ description: "Year", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  ranges: Schema.optionalKey(
    Schema.Array(Schema.suspend((): Schema.Codec<Range> => Range).annotate({ description: "Scan range" })).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  agent: Schema.optionalKey(
    Schema.String.annotate({ description: "Agent name" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  )
}).annotate({ identifier: "NetTaskRequestV2" })
export type DetailsResponse = {
  readonly name?: string
  readonly agent?: string
  readonly ranges?: ReadonlyArray<Range>
  readonly frequency?: string
  readonly timeZone?: string
  readonly time?: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly year?: number
  readonly status?:
    | "IN_PROCESS"
    | "FAILED"
    | "CANCELED"
    | "SUCCESSFUL"
    | "PARTIAL_SUCCESSFUL"
    | "PROCESSING_RESULT"
    | "null"
    | "Scan in process"
    | "Scan FAILED"
    | "Scan CANCELED by user"
    | "Scan completed (Successful)"
    | "Scan completed (Partial SUCCESSFUL)"
    | "Scan completed (Processing Result)"
}
export const DetailsResponse = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Task name" })),
  agent: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" })),
  ranges: Schema.optionalKey(
    Schema.Array(Schema.suspend((): Schema.Codec<Range> => Range).annotate({ description: "Scan range" }))
  ),
  frequency: Schema.optionalKey(Schema.String.annotate({ description: "Task frequency" })),
  timeZone: Schema.optionalKey(Schema.String.annotate({ description: "Time zone" })),
  time: Schema.optionalKey(Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" })),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  year: Schema.optionalKey(
    Schema.Number.annotate({ description: "Year", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT",
      "null",
      "Scan in process",
      "Scan FAILED",
      "Scan CANCELED by user",
      "Scan completed (Successful)",
      "Scan completed (Partial SUCCESSFUL)",
      "Scan completed (Processing Result)"
    ]).annotate({ description: "Task status." })
  )
}).annotate({ identifier: "DetailsResponse" })
export type NetworkScanTaskUpdateDiscoveryV2 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly ranges: ReadonlyArray<Range>
  readonly agent: string
  readonly taskId: number
}
export const NetworkScanTaskUpdateDiscoveryV2 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(11).annotate({ expected: "a value less than or equal to 11" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(30).annotate({ expected: "a value less than or equal to 30" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(6).annotate({ expected: "a value less than or equal to 6" }))
  ),
  ranges: Schema.Array(Schema.suspend((): Schema.Codec<Range> => Range).annotate({ description: "Scan range" })).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  agent: Schema.String.annotate({ description: "Agent name" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  taskId: Schema.Number.annotate({ description: "Task ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
}).annotate({ identifier: "NetworkScanTaskUpdateDiscoveryV2" })
export type NetworkScanTaskRequestDiscoveryV2 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly ranges?: ReadonlyArray<Range>
  readonly agent?: string
}
export const NetworkScanTaskRequestDiscoveryV2 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  ranges: Schema.optionalKey(
    Schema.Array(Schema.suspend((): Schema.Codec<Range> => Range).annotate({ description: "Scan range" })).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  ),
  agent: Schema.optionalKey(
    Schema.String.annotate({ description: "Agent name" }).check(
      Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
    )
  )
}).annotate({ identifier: "NetworkScanTaskRequestDiscoveryV2" })
export type NetworkScanTaskDetailsDiscoveryV3 = {
  readonly name?: string
  readonly agent?: string
  readonly ranges?: ReadonlyArray<Range>
  readonly frequency?: string
  readonly timeZone?: string
  readonly time?: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly status?:
    | "IN_PROCESS"
    | "FAILED"
    | "CANCELED"
    | "SUCCESSFUL"
    | "PARTIAL_SUCCESSFUL"
    | "PROCESSING_RESULT"
    | "null"
    | "Scan in process"
    | "Scan FAILED"
    | "Scan CANCELED by user"
    | "Scan completed (Successful)"
    | "Scan completed (Partial SUCCESSFUL)"
    | "Scan completed (Processing Result)"
}
export const NetworkScanTaskDetailsDiscoveryV3 = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Task name" })),
  agent: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" })),
  ranges: Schema.optionalKey(
    Schema.Array(Schema.suspend((): Schema.Codec<Range> => Range).annotate({ description: "Scan range" }))
  ),
  frequency: Schema.optionalKey(Schema.String.annotate({ description: "Task frequency" })),
  timeZone: Schema.optionalKey(Schema.String.annotate({ description: "Time zone" })),
  time: Schema.optionalKey(Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" })),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT",
      "null",
      "Scan in process",
      "Scan FAILED",
      "Scan CANCELED by user",
      "Scan completed (Successful)",
      "Scan completed (Partial SUCCESSFUL)",
      "Scan completed (Processing Result)"
    ]).annotate({ description: "Task status." })
  )
}).annotate({ identifier: "NetworkScanTaskDetailsDiscoveryV3" })
export type NetworkScanTaskRequestDiscoveryV3 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly ranges: ReadonlyArray<Range>
  readonly agent: string
}
export const NetworkScanTaskRequestDiscoveryV3 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(11).annotate({ expected: "a value less than or equal to 11" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(30).annotate({ expected: "a value less than or equal to 30" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(6).annotate({ expected: "a value less than or equal to 6" }))
  ),
  ranges: Schema.Array(Schema.suspend((): Schema.Codec<Range> => Range).annotate({ description: "Scan range" })).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  agent: Schema.String.annotate({ description: "Agent name" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  )
}).annotate({ identifier: "NetworkScanTaskRequestDiscoveryV3" })
export type NetworkScanTaskUpdateDiscoveryV3 = {
  readonly name: string
  readonly certBucketId: string
  readonly frequency: string
  readonly timeZone: string
  readonly time: Time
  readonly month?: number
  readonly dayOfMonth?: number
  readonly dayOfWeek?: number
  readonly ranges: ReadonlyArray<Range>
  readonly agent: string
}
export const NetworkScanTaskUpdateDiscoveryV3 = Schema.Struct({
  name: Schema.String.annotate({ description: "Task name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  certBucketId: Schema.String.annotate({
    description: "Id of the bucket to which this task will be applied",
    format: "uuid"
  }),
  frequency: Schema.String.annotate({ description: "Task frequency" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  timeZone: Schema.String.annotate({ description: "Time zone" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  time: Schema.suspend((): Schema.Codec<Time> => Time).annotate({ description: "Time" }),
  month: Schema.optionalKey(
    Schema.Number.annotate({ description: "Month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(11).annotate({ expected: "a value less than or equal to 11" }))
  ),
  dayOfMonth: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of month", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(30).annotate({ expected: "a value less than or equal to 30" }))
  ),
  dayOfWeek: Schema.optionalKey(
    Schema.Number.annotate({ description: "Day of week", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(6).annotate({ expected: "a value less than or equal to 6" }))
  ),
  ranges: Schema.Array(Schema.suspend((): Schema.Codec<Range> => Range).annotate({ description: "Scan range" })).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  ),
  agent: Schema.String.annotate({ description: "Agent name" }).check(
    Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
  )
}).annotate({ identifier: "NetworkScanTaskUpdateDiscoveryV3" })
export type EditRuleRequest = {
  readonly name: string
  readonly orgId: number
  readonly filters?: ReadonlyArray<RuleFilter>
  readonly certType?: "SSL" | "SMIME" | "CodeSign" | "Device"
  readonly ruleId: number
}
export const EditRuleRequest = Schema.Struct({
  name: Schema.String.annotate({ description: "Assignment rule name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })),
  orgId: Schema.Number.annotate({ description: "Organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  filters: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<RuleFilter> => RuleFilter).annotate({ description: "Assignment rule filter" })
    )
  ),
  certType: Schema.optionalKey(
    Schema.Literals(["SSL", "SMIME", "CodeSign", "Device"]).annotate({
      description: "Certificate type. Default value is SSL for backward compatibility."
    })
  ),
  ruleId: Schema.Number.annotate({ description: "Assignment rule ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
}).annotate({ identifier: "EditRuleRequest" })
export type AddRuleRequest = {
  readonly name: string
  readonly orgId: number
  readonly filters?: ReadonlyArray<RuleFilter>
  readonly certType?: "SSL" | "SMIME" | "CodeSign" | "Device"
}
export const AddRuleRequest = Schema.Struct({
  name: Schema.String.annotate({ description: "Assignment rule name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })),
  orgId: Schema.Number.annotate({ description: "Organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  filters: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<RuleFilter> => RuleFilter).annotate({ description: "Assignment rule filter" })
    )
  ),
  certType: Schema.optionalKey(
    Schema.Literals(["SSL", "SMIME", "CodeSign", "Device"]).annotate({
      description: "Certificate type. Default value is SSL for backward compatibility."
    })
  )
}).annotate({ identifier: "AddRuleRequest" })
export type ApiCustomFieldV2 = {
  readonly id?: number
  readonly name?: string
  readonly certType?: "SSL" | "SMIME" | "Device" | "CodeSign" | "ssl"
  readonly state?: "SUSPENDED_ACTIVE" | "ACTIVE" | "INACTIVE" | "SUSPENDED_INACTIVE"
  readonly input?: CustomFieldInput | TextOptionInput
  readonly mandatories?: ReadonlyArray<"ADMIN_UI" | "REST_API" | "SOAP_API" | "WEB_FORM">
}
export const ApiCustomFieldV2 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Custom field ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Custom field name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  certType: Schema.optionalKey(
    Schema.Literals(["SSL", "SMIME", "Device", "CodeSign", "ssl"]).annotate({
      description: "Custom field certificate type"
    })
  ),
  state: Schema.optionalKey(
    Schema.Literals(["SUSPENDED_ACTIVE", "ACTIVE", "INACTIVE", "SUSPENDED_INACTIVE"]).annotate({
      description: "State of custom field"
    })
  ),
  input: Schema.optionalKey(
    Schema.Union([CustomFieldInput, TextOptionInput]).annotate({ description: "Custom field input object" })
  ),
  mandatories: Schema.optionalKey(
    Schema.Array(
      Schema.Literals(["ADMIN_UI", "REST_API", "SOAP_API", "WEB_FORM"]).annotate({ description: "Access method" })
    )
  )
}).annotate({ identifier: "ApiCustomFieldV2" })
export type CreateCustomFieldReqV2 = {
  readonly name?: string
  readonly certType: "SSL" | "SMIME" | "Device" | "CodeSign" | "ssl"
  readonly state?: "SUSPENDED_ACTIVE" | "ACTIVE" | "INACTIVE" | "SUSPENDED_INACTIVE"
  readonly input?: CustomFieldInput | TextOptionInput
  readonly mandatories?: ReadonlyArray<"ADMIN_UI" | "REST_API" | "SOAP_API" | "WEB_FORM">
}
export const CreateCustomFieldReqV2 = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Custom field name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  certType: Schema.Literals(["SSL", "SMIME", "Device", "CodeSign", "ssl"]).annotate({
    description: "Custom field certificate type"
  }),
  state: Schema.optionalKey(
    Schema.Literals(["SUSPENDED_ACTIVE", "ACTIVE", "INACTIVE", "SUSPENDED_INACTIVE"]).annotate({
      description: "State of custom field"
    })
  ),
  input: Schema.optionalKey(Schema.Union([CustomFieldInput, TextOptionInput])),
  mandatories: Schema.optionalKey(
    Schema.Array(
      Schema.Literals(["ADMIN_UI", "REST_API", "SOAP_API", "WEB_FORM"]).annotate({ description: "Access method" })
    )
  )
}).annotate({ identifier: "CreateCustomFieldReqV2" })
export type ApiCustomFieldV1 = {
  readonly id?: number
  readonly name?: string
  readonly state?: "SUSPENDED_ACTIVE" | "ACTIVE" | "INACTIVE" | "SUSPENDED_INACTIVE"
  readonly input?: CustomFieldInput | TextOptionInput
  readonly mandatory?: boolean
  readonly certType?: "ssl" | "smime" | "device"
}
export const ApiCustomFieldV1 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Custom field ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Custom field name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  state: Schema.optionalKey(
    Schema.Literals(["SUSPENDED_ACTIVE", "ACTIVE", "INACTIVE", "SUSPENDED_INACTIVE"]).annotate({
      description: "State of custom field"
    })
  ),
  input: Schema.optionalKey(
    Schema.Union([CustomFieldInput, TextOptionInput]).annotate({ description: "Custom field input object" })
  ),
  mandatory: Schema.optionalKey(Schema.Boolean.annotate({ description: "Is field mandatory" })),
  certType: Schema.optionalKey(
    Schema.Literals(["ssl", "smime", "device"]).annotate({ description: "Custom field certificate type" })
  )
}).annotate({ identifier: "ApiCustomFieldV1" })
export type ClientAdminDetailsResponse = {
  readonly id?: number
  readonly type?: "STANDARD" | "API" | "SAS" | "IDP"
  readonly status?: string
  readonly forename?: string
  readonly surname?: string
  readonly login?: string
  readonly email?: string
  readonly title?: string
  readonly address?: string
  readonly city?: string
  readonly state?: string
  readonly country?: string
  readonly zip?: string
  readonly phone?: string
  readonly locale?: string
  readonly created?: string
  readonly modified?: string
  readonly deleted?: string
  readonly reseted?: string
  readonly lastPasswordChange?: string
  readonly credentials?: ReadonlyArray<{ readonly role: ClientRole; readonly orgId?: number }>
  readonly passwordState?: "ALIVE" | "EXPIRED" | "NEVER_EXPIRE"
  readonly passwordExpiryDate?: string
  readonly clientAdminCreator?: number
  readonly authCert?: string
  readonly activeState?: string
  readonly privileges?: ReadonlyArray<Schema.Json>
  readonly failedDate?: string
  readonly failedAttempts?: number
  readonly identityProviderId?: number
  readonly idp?: string
  readonly idpPersonId?: string
  readonly relationship?: string
  readonly idpLoginInvited?: string
  readonly activeStatus?: string
  readonly templateId?: number
}
export const ClientAdminDetailsResponse = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Admin identifier", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  type: Schema.optionalKey(
    Schema.Literals(["STANDARD", "API", "SAS", "IDP"]).annotate({ description: "Admin account type" })
  ),
  status: Schema.optionalKey(
    Schema.String.annotate({ description: "Deprecated. Value is always 'ACTIVE' for backward compatibility" })
  ),
  forename: Schema.optionalKey(Schema.String.annotate({ description: "First name." })),
  surname: Schema.optionalKey(Schema.String.annotate({ description: "Last name." })),
  login: Schema.optionalKey(Schema.String.annotate({ description: "Login name." })),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Email address." })),
  title: Schema.optionalKey(Schema.String.annotate({ description: "Admin title." })),
  address: Schema.optionalKey(Schema.String.annotate({ description: "Street address." })),
  city: Schema.optionalKey(Schema.String.annotate({ description: "City / locality name." })),
  state: Schema.optionalKey(Schema.String.annotate({ description: "State or province name." })),
  country: Schema.optionalKey(Schema.String.annotate({ description: "Country code." })),
  zip: Schema.optionalKey(Schema.String.annotate({ description: "Postal code." })),
  phone: Schema.optionalKey(Schema.String.annotate({ description: "Phone number." })),
  locale: Schema.optionalKey(Schema.String.annotate({ description: "Admin locale." })),
  created: Schema.optionalKey(Schema.String.annotate({ description: "Admin's creation date.", format: "date" })),
  modified: Schema.optionalKey(
    Schema.String.annotate({ description: "Admin's last modification date.", format: "date" })
  ),
  deleted: Schema.optionalKey(
    Schema.String.annotate({ description: "Admin's deletion date (for deleted admins only).", format: "date" })
  ),
  reseted: Schema.optionalKey(
    Schema.String.annotate({ description: "Password's reset date (if password has been reset).", format: "date" })
  ),
  lastPasswordChange: Schema.optionalKey(
    Schema.String.annotate({ description: "Last password change date.", format: "date" })
  ),
  credentials: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        role: Schema.suspend((): Schema.Codec<ClientRole> => ClientRole).annotate({ description: "Admin role." }),
        orgId: Schema.optionalKey(
          Schema.Number.annotate({
            description:
              "Applicable for RAO, DRAO roles only. Specify the context of the Organization ID (RAO) or Department ID (DRAO) this role is related to.",
            format: "int32"
          }).check(Schema.isInt().annotate({ expected: "an integer" }))
        )
      })
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  passwordState: Schema.optionalKey(
    Schema.Literals(["ALIVE", "EXPIRED", "NEVER_EXPIRE"]).annotate({ description: "Password state." })
  ),
  passwordExpiryDate: Schema.optionalKey(
    Schema.String.annotate({ description: "Password expiration date.", format: "date" })
  ),
  clientAdminCreator: Schema.optionalKey(
    Schema.Number.annotate({ description: "Identifier of creator Admin.", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  authCert: Schema.optionalKey(Schema.String.annotate({ description: "Authentication Certificate Serial Number." })),
  activeState: Schema.optionalKey(
    Schema.String.annotate({ description: "Admin's status. Possible values: ACTIVE, SUSPENDED." })
  ),
  privileges: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Admin privilege." })).check(
      Schema.isUnique().annotate({ expected: "an array with unique items" })
    )
  ),
  failedDate: Schema.optionalKey(
    Schema.String.annotate({ description: "Date of last failed attempt to log in.", format: "date" })
  ),
  failedAttempts: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Number of failed attempts to log in. Date of last failed attempt to log in.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  identityProviderId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Identifier of assigned Identity Provider.", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  idp: Schema.optionalKey(Schema.String.annotate({ description: "Name of assigned Identity Provider." })),
  idpPersonId: Schema.optionalKey(
    Schema.String.annotate({ description: "Person Identifier (EPPN) in scope of Identity Provider." })
  ),
  relationship: Schema.optionalKey(
    Schema.String.annotate({ description: "Administrator’s relationship to the company." })
  ),
  idpLoginInvited: Schema.optionalKey(
    Schema.String.annotate({
      description: "For IDP admins: the date when login invitation was sent to the admin’s email.",
      format: "date"
    })
  ),
  activeStatus: Schema.optionalKey(Schema.String.annotate({ description: "Deprecated, see 'activeState' instead." })),
  templateId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "For IdP admins created automatically by IdP template - identifier of the parent Idp template.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
}).annotate({ identifier: "ClientAdminDetailsResponse" })
export type CredentialDTO = { readonly role: ClientRole; readonly orgId?: number }
export const CredentialDTO = Schema.Struct({
  role: Schema.suspend((): Schema.Codec<ClientRole> => ClientRole).annotate({ description: "Admin role." }),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Applicable for RAO, DRAO roles only. Specify the context of the Organization ID (RAO) or Department ID (DRAO) this role is related to.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
}).annotate({ identifier: "CredentialDTO" })
export type IdpTemplateDetails = {
  readonly name?: string
  readonly privileges?: ReadonlyArray<
    | "allowCreate"
    | "allowEdit"
    | "allowDelete"
    | "allowDCV"
    | "autoApproveCertificates"
    | "allowMsAdDiscovery"
    | "allowKeyVault"
    | "approveDomainDelegation"
    | "allowManageDomains"
    | "sslRequest"
    | "sslRenew"
    | "sslReplace"
    | "sslRevoke"
    | "sslApprove"
    | "sslManage"
    | "clientCertRequest"
    | "clientCertRevoke"
    | "clientCertManage"
    | "csRequest"
    | "csRevoke"
    | "csManage"
    | "deviceRequest"
    | "deviceRenew"
    | "deviceReplace"
    | "deviceRevoke"
    | "deviceApprove"
    | "deviceManage"
    | "editOrganizationAndDepartment"
    | "addOrganizationAndDepartments"
    | "addDepartments"
    | "editDepartments"
    | "orgValidationManager"
    | "viewUsage"
    | "viewSubscriptions"
    | "manageSubscriptions"
    | "acceptCustomerLicenseAgreement"
    | "externalClm"
  >
  readonly credentials?: ReadonlyArray<{ readonly role: ClientRole; readonly orgId?: number }>
  readonly identityProviderId?: number
  readonly idpMappingRules?: ReadonlyArray<{
    readonly attribute?: string
    readonly matchType?: "MATCHES" | "CONTAINS"
    readonly values?: ReadonlyArray<Schema.Json>
  }>
  readonly id?: number
  readonly created?: string
  readonly modified?: string
  readonly deleted?: string
}
export const IdpTemplateDetails = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Template name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  privileges: Schema.optionalKey(
    Schema.Array(
      Schema.Literals([
        "allowCreate",
        "allowEdit",
        "allowDelete",
        "allowDCV",
        "autoApproveCertificates",
        "allowMsAdDiscovery",
        "allowKeyVault",
        "approveDomainDelegation",
        "allowManageDomains",
        "sslRequest",
        "sslRenew",
        "sslReplace",
        "sslRevoke",
        "sslApprove",
        "sslManage",
        "clientCertRequest",
        "clientCertRevoke",
        "clientCertManage",
        "csRequest",
        "csRevoke",
        "csManage",
        "deviceRequest",
        "deviceRenew",
        "deviceReplace",
        "deviceRevoke",
        "deviceApprove",
        "deviceManage",
        "editOrganizationAndDepartment",
        "addOrganizationAndDepartments",
        "addDepartments",
        "editDepartments",
        "orgValidationManager",
        "viewUsage",
        "viewSubscriptions",
        "manageSubscriptions",
        "acceptCustomerLicenseAgreement",
        "externalClm"
      ]).annotate({ description: "Admin privilege" })
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  credentials: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        role: Schema.suspend((): Schema.Codec<ClientRole> => ClientRole).annotate({ description: "Admin role." }),
        orgId: Schema.optionalKey(
          Schema.Number.annotate({
            description:
              "Applicable for RAO, DRAO roles only. Specify the context of the Organization ID (RAO) or Department ID (DRAO) this role is related to.",
            format: "int32"
          }).check(Schema.isInt().annotate({ expected: "an integer" }))
        )
      })
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  identityProviderId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Identifier of assigned Identity Provider.", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  idpMappingRules: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        attribute: Schema.optionalKey(
          Schema.String.annotate({ description: "IdP attribute name." }).check(
            Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" })
          )
        ),
        matchType: Schema.optionalKey(
          Schema.Literals(["MATCHES", "CONTAINS"]).annotate({ description: "Matching type.", default: "MATCHES" })
        ),
        values: Schema.optionalKey(
          Schema.Array(
            Schema.Json.annotate({
              expected: "JSON value",
              description:
                'Allowed values that IdP attribute value should match in whole or in part, depending of specified "matchType". Note: in case of collection attribute, rule is applied on its items - if at least one meets the rule, it will be considered as matched.'
            })
          )
            .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
            .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
        )
      })
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "IdP template identifier", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  created: Schema.optionalKey(Schema.String.annotate({ description: "IdP template creation date.", format: "date" })),
  modified: Schema.optionalKey(
    Schema.String.annotate({ description: "IdP template last modification date.", format: "date" })
  ),
  deleted: Schema.optionalKey(
    Schema.String.annotate({ description: "IdP template deletion date (for deleted templates only).", format: "date" })
  )
}).annotate({ identifier: "IdpTemplateDetails" })
export type DcvLogResp = { readonly error?: ErrorDetails; readonly log?: ReadonlyArray<DcvLog> }
export const DcvLogResp = Schema.Struct({
  error: Schema.optionalKey(ErrorDetails),
  log: Schema.optionalKey(Schema.Array(DcvLog))
}).annotate({ identifier: "DcvLogResp" })
export type CertificateImportResponse = {
  readonly successful?: boolean
  readonly backendCertId?: string
  readonly cert?: CertificateIdentity
  readonly created?: boolean
  readonly errorMessage?: string
}
export const CertificateImportResponse = Schema.Struct({
  successful: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "Indicates whether the certificate import was successful or not." })
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "Certificate ID on the CA backend." })),
  cert: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<CertificateIdentity> => CertificateIdentity).annotate({
      description: "Certificate Identity containing details of the imported certificate."
    })
  ),
  created: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "Indicates if the certificate was created during the import process. If false, it means the certificate already existed in the system."
    })
  ),
  errorMessage: Schema.optionalKey(
    Schema.String.annotate({ description: "Error message with details of the failed import." })
  )
}).annotate({ identifier: "CertificateImportResponse" })
export type EnrollRequestKeyGen = {
  readonly orgId: number
  readonly subjAltNames?: string
  readonly certType?: number
  readonly term?: number
  readonly comments?: string
  readonly externalRequester?: string
  readonly customFields?: ReadonlyArray<ApiCertField>
  readonly dcvMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT" | null
  readonly dcvEmail?: string | null
  readonly commonName: string
  readonly passPhrase?: string
  readonly keySize?: number
  readonly keyParam?: string
  readonly algorithm?: string
  readonly keyGenerationMethod?: "PK_AGENT" | "AZURE_KEY_VAULT"
  readonly azureKeyVault?: AzureKeyVault
  readonly reuseKey?: boolean
  readonly exportableKey?: boolean
  readonly hsmOnly?: boolean
}
export const EnrollRequestKeyGen = Schema.Struct({
  orgId: Schema.Number.annotate({ description: "Organization ID", format: "int32" })
    .check(Schema.isInt().annotate({ expected: "an integer" }))
    .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" })),
  subjAltNames: Schema.optionalKey(
    Schema.String.annotate({ description: "Subject alternative names (comma separated)" })
  ),
  certType: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate Profile ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate validity period in days", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  comments: Schema.optionalKey(
    Schema.String.annotate({ description: "Comments for enroll request" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  externalRequester: Schema.optionalKey(
    Schema.String.annotate({
      description: "External Requester. Acceptable format: 'email@domain.com' or 'email1@domain.com, email2@domain.com'"
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  customFields: Schema.optionalKey(
    Schema.Array(ApiCertField).annotate({
      description: "Custom fields to be applied to requested certificate. Must contain mandatory custom fields."
    })
  ),
  dcvMode: Schema.optionalKey(
    Schema.Union([
      Schema.Literal("EMAIL"),
      Schema.Literal("CNAME"),
      Schema.Literal("HTTP"),
      Schema.Literal("HTTPS"),
      Schema.Literal("AUTO"),
      Schema.Literal("TXT"),
      Schema.Null
    ]).annotate({ description: "DCV mode for domain validation" })
  ),
  dcvEmail: Schema.optionalKey(
    Schema.Union([Schema.String, Schema.Null]).annotate({ description: "DCV email in case of email validation" })
  ),
  commonName: Schema.String.annotate({ description: "Certificate common name" }),
  passPhrase: Schema.optionalKey(
    Schema.String.annotate({
      description: "Password to protect PKCS#12 certificate(in case of Private Key agent key generation mode)."
    })
      .check(Schema.isMinLength(8).annotate({ expected: "a value with a length of at least 8" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  keySize: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  keyParam: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Keypair key size (for RSA) or curve name (for EC).\nApplied only in case keypair algorithm is specified."
    })
  ),
  algorithm: Schema.optionalKey(Schema.String.annotate({ description: "Keypair algorithm" })),
  keyGenerationMethod: Schema.optionalKey(Schema.Literals(["PK_AGENT", "AZURE_KEY_VAULT"])),
  azureKeyVault: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<AzureKeyVault> => AzureKeyVault).annotate({
      description:
        "Azure Key Vault configuration: azureAccountId and vaultKey\n(required if keyGenerationMethod is AZURE_KEY_VAULT)"
    })
  ),
  reuseKey: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "Reuse keypair if exists. For AZURE_KEY_VAULT only" })
  ),
  exportableKey: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Exportable keypair(not possible if the key is on HSM). For AZURE_KEY_VAULT only"
    })
  ),
  hsmOnly: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "Generate keypair on HSM. Requires enterprise Azure Vault. For AZURE_KEY_VAULT only"
    })
  )
}).annotate({ identifier: "EnrollRequestKeyGen" })
export type DomainReportResponse = {
  readonly statusCode?: number
  readonly message?: string
  readonly reports?: ReadonlyArray<ReportRowDomain>
}
export const DomainReportResponse = Schema.Struct({
  statusCode: Schema.optionalKey(
    Schema.Number.annotate({ description: "Report execution status code", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Error details if present" })),
  reports: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<ReportRowDomain> => ReportRowDomain).annotate({ description: "Domains info" })
    )
  )
}).annotate({ identifier: "DomainReportResponse" })
export type ReportRowDeviceCert = {
  readonly id?: number
  readonly commonName?: string
  readonly organization?: WSOrganization
  readonly deviceCertStatus?: string
  readonly subject?: string
  readonly email?: string
  readonly city?: string
  readonly state?: string
  readonly country?: string
  readonly orderNumber?: number
  readonly backendCertId?: string
  readonly serialNumber?: string
  readonly caId?: number
  readonly caName?: string
  readonly certTypeName?: string
  readonly keyUsage?: string
  readonly extendedKeyUsage?: string
  readonly enrolled?: string
  readonly downloaded?: string
  readonly revoked?: string
  readonly expire?: string
  readonly enrollType?:
    | "API"
    | "DISCOVERY"
    | "API_APPROVAL"
    | "SELF_ENROLLMENT"
    | "SCEP_ENROLL"
    | "MS_CA"
    | "MS_CA_ENROLL_ON_BEHALF"
    | "UI"
    | "EST_ENROLL"
    | "REST_ENROLL"
  readonly keyAlgorithm?: string
  readonly keySize?: number
  readonly keyType?: string
  readonly signatureAlgorithm?: string
  readonly approver?: string
  readonly customFields?: ReadonlyArray<WSCustomField>
  readonly comments?: string
}
export const ReportRowDeviceCert = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description: "An ID using which this certificate can be renewed or revoked through Enrollment form",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Certificate common name" })),
  organization: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSOrganization> => WSOrganization).annotate({ description: "Organization info" })
  ),
  deviceCertStatus: Schema.optionalKey(Schema.String.annotate({ description: "The status of this certificate" })),
  subject: Schema.optionalKey(Schema.String.annotate({ description: "Certificate subject" })),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Certificate email" })),
  city: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization city which this certificate is associated with" })
  ),
  state: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization state which this certificate is associated with" })
  ),
  country: Schema.optionalKey(
    Schema.String.annotate({ description: "An organization country which this certificate is associated with" })
  ),
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "The obsolete parameter for the order identifier under which the certificate request has been processed. backendCertId should be used instead",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "Certificate ID in enrolling backend" })),
  serialNumber: Schema.optionalKey(Schema.String.annotate({ description: "Device certificate serial number" })),
  caId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Certificate authority ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  caName: Schema.optionalKey(Schema.String.annotate({ description: "Certificate authority name" })),
  certTypeName: Schema.optionalKey(Schema.String.annotate({ description: "Certificate Profile name" })),
  keyUsage: Schema.optionalKey(
    Schema.String.annotate({
      description: "Key usage extensions define the purpose of the public key contained in a certificate"
    })
  ),
  extendedKeyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Extended key usage further refines key usage extensions" })
  ),
  enrolled: Schema.optionalKey(Schema.String.annotate({ description: "Enrolled date", format: "date-time" })),
  downloaded: Schema.optionalKey(Schema.String.annotate({ description: "Download date", format: "date-time" })),
  revoked: Schema.optionalKey(Schema.String.annotate({ description: "Revocation date", format: "date-time" })),
  expire: Schema.optionalKey(Schema.String.annotate({ description: "Expiration date", format: "date-time" })),
  enrollType: Schema.optionalKey(
    Schema.Literals([
      "API",
      "DISCOVERY",
      "API_APPROVAL",
      "SELF_ENROLLMENT",
      "SCEP_ENROLL",
      "MS_CA",
      "MS_CA_ENROLL_ON_BEHALF",
      "UI",
      "EST_ENROLL",
      "REST_ENROLL"
    ]).annotate({ description: "Enrollment type" })
  ),
  keyAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: 'Key algorithm (deprecated, see "keyType")' })
  ),
  keySize: Schema.optionalKey(
    Schema.Number.annotate({ description: 'Key size (deprecated, see "keyType")', format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  keyType: Schema.optionalKey(
    Schema.String.annotate({ description: "Key type. For example: RSA - 2048, EC - P-256." })
  ),
  signatureAlgorithm: Schema.optionalKey(Schema.String.annotate({ description: "Signature algorithm" })),
  approver: Schema.optionalKey(Schema.String.annotate({ description: "Approver" })),
  customFields: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<WSCustomField> => WSCustomField).annotate({ description: "Custom field" })
    )
  ),
  comments: Schema.optionalKey(Schema.String.annotate({ description: "Certificate comments" }))
}).annotate({ identifier: "ReportRowDeviceCert" })
export type ReportRowClientCert = {
  readonly id?: number
  readonly person?: WSPerson
  readonly organization?: WSOrganization
  readonly subject?: string
  readonly email?: string
  readonly orderNumber?: number
  readonly backendCertId?: string
  readonly enrolled?: string
  readonly downloaded?: string
  readonly revoked?: string
  readonly expire?: string
  readonly enrollType?:
    | "Admin Enroll"
    | "Self Enroll"
    | "API Enroll"
    | "Auto Enroll"
    | "CSV Enroll"
    | "SCEP Enroll"
    | "IdP Enroll"
    | "MS Agent Enroll"
    | "Discovery"
    | "MS CA Enroll"
    | "Imported"
    | "EST Enroll"
    | "REST Enroll API"
  readonly customFields?: ReadonlyArray<WSCustomField>
  readonly comments?: string
}
export const ReportRowClientCert = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description: "An ID using which this certificate can be renewed or revoked through Enrollment form",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  person: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSPerson> => WSPerson).annotate({ description: "Person info" })
  ),
  organization: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSOrganization> => WSOrganization).annotate({ description: "Organization info" })
  ),
  subject: Schema.optionalKey(Schema.String.annotate({ description: "Certificate subject" })),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Certificate email" })),
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "The obsolete parameter for the order identifier under which the certificate request has been processed. backendCertId should be used instead",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "Certificate ID in enrolling backend" })),
  enrolled: Schema.optionalKey(Schema.String.annotate({ description: "Enrolled date", format: "date-time" })),
  downloaded: Schema.optionalKey(Schema.String.annotate({ description: "Downloaded date", format: "date-time" })),
  revoked: Schema.optionalKey(Schema.String.annotate({ description: "Revoked date", format: "date-time" })),
  expire: Schema.optionalKey(Schema.String.annotate({ description: "Expired date", format: "date-time" })),
  enrollType: Schema.optionalKey(
    Schema.Literals([
      "Admin Enroll",
      "Self Enroll",
      "API Enroll",
      "Auto Enroll",
      "CSV Enroll",
      "SCEP Enroll",
      "IdP Enroll",
      "MS Agent Enroll",
      "Discovery",
      "MS CA Enroll",
      "Imported",
      "EST Enroll",
      "REST Enroll API"
    ]).annotate({ description: "Enrollment type" })
  ),
  customFields: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<WSCustomField> => WSCustomField).annotate({ description: "Custom field" })
    )
  ),
  comments: Schema.optionalKey(Schema.String.annotate({ description: "Certificate comments" }))
}).annotate({ identifier: "ReportRowClientCert" })
export type WSSMIME = {
  readonly person?: WSPerson
  readonly orderNumber?: number
  readonly backendCertId?: string
  readonly ordered?: string
  readonly revoked?: string
  readonly collected?: string
  readonly downloaded?: string
  readonly expires?: string
  readonly state?:
    "blank" | "created" | "requested" | "issued" | "downloaded" | "expired" | "revoked" | "rejected" | "pre_revoked"
  readonly serialNumber?: string
  readonly subject?: string
}
export const WSSMIME = Schema.Struct({
  person: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSPerson> => WSPerson).annotate({
      description: "Info about person which this certificate is associated with"
    })
  ),
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "The obsolete parameter for the order identifier under which the client certificate request has been processed. backendCertId should be used instead",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  backendCertId: Schema.optionalKey(
    Schema.String.annotate({ description: "Client certificate ID in enrolling backend" })
  ),
  ordered: Schema.optionalKey(Schema.String.annotate({ description: "Order date", format: "date-time" })),
  revoked: Schema.optionalKey(Schema.String.annotate({ description: "Revocation date", format: "date-time" })),
  collected: Schema.optionalKey(Schema.String.annotate({ description: "Collected date", format: "date-time" })),
  downloaded: Schema.optionalKey(Schema.String.annotate({ description: "Downloaded date", format: "date-time" })),
  expires: Schema.optionalKey(Schema.String.annotate({ description: "Expiration date", format: "date-time" })),
  state: Schema.optionalKey(
    Schema.Literals([
      "blank",
      "created",
      "requested",
      "issued",
      "downloaded",
      "expired",
      "revoked",
      "rejected",
      "pre_revoked"
    ]).annotate({ description: "Client certificate state" })
  ),
  serialNumber: Schema.optionalKey(Schema.String.annotate({ description: "Client certificate serial number" })),
  subject: Schema.optionalKey(Schema.String.annotate({ description: "Client certificate subject" }))
}).annotate({ identifier: "WSSMIME" })
export type CreateDomainRequest = {
  readonly name: string
  readonly description?: string
  readonly active?: boolean | string
  readonly ctLogMonitoring?: CtLogMonitoring
  readonly delegations: ReadonlyArray<DomainDelegation>
}
export const CreateDomainRequest = Schema.Struct({
  name: Schema.String.annotate({ description: "Domain name" })
    .check(Schema.isMinLength(4).annotate({ expected: "a value with a length of at least 4" }))
    .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" })),
  description: Schema.optionalKey(
    Schema.String.annotate({ description: "Domain description" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  active: Schema.optionalKey(
    Schema.Union([Schema.Boolean, Schema.String]).annotate({
      description: "Required domain state. Set 'false' if you want to create domain in suspended state.",
      default: "true"
    })
  ),
  ctLogMonitoring: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<CtLogMonitoring> => CtLogMonitoring).annotate({
      description: "CT log monitoring settings."
    })
  ),
  delegations: Schema.Array(
    Schema.suspend((): Schema.Codec<DomainDelegation> => DomainDelegation).annotate({
      description: "Domain delegation to organization / department in context of particular certificate types."
    })
  )
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
}).annotate({ identifier: "CreateDomainRequest" })
export type DomainInfo = {
  readonly id?: number
  readonly name?: string
  readonly delegationStatus?: "ACTIVE" | "REQUESTED"
  readonly state?: "SUSPENDED" | "ACTIVE"
  readonly validationStatus?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly validationMethod?: "HTTP_CSR_HASH" | "CNAME_CSR_HASH" | "EMAIL" | "HTTPS_CSR_HASH" | "DNSTXT_RANDOM_VALUE"
  readonly dcvValidation?: string
  readonly dcvExpiration?: string
  readonly delegations?: ReadonlyArray<DomainDelegation>
  readonly ctLogMonitoring?: CtLogMonitoring
}
export const DomainInfo = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Domain ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Domain name" })),
  delegationStatus: Schema.optionalKey(
    Schema.Literals(["ACTIVE", "REQUESTED"]).annotate({ description: "Domain delegation status." })
  ),
  state: Schema.optionalKey(Schema.Literals(["SUSPENDED", "ACTIVE"]).annotate({ description: "Domain state." })),
  validationStatus: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status. This field is shown only if DCV is enabled for customer."
    })
  ),
  validationMethod: Schema.optionalKey(
    Schema.Literals(["HTTP_CSR_HASH", "CNAME_CSR_HASH", "EMAIL", "HTTPS_CSR_HASH", "DNSTXT_RANDOM_VALUE"]).annotate({
      description: "Domain validation method. This field is shown only if DCV is enabled for customer."
    })
  ),
  dcvValidation: Schema.optionalKey(
    Schema.String.annotate({
      description: "DCV validation date. This field is shown only if DCV is enabled for customer.",
      format: "date"
    })
  ),
  dcvExpiration: Schema.optionalKey(
    Schema.String.annotate({
      description: "DCV expiration date. This field is shown only if DCV is enabled for customer.",
      format: "date"
    })
  ),
  delegations: Schema.optionalKey(Schema.Array(DomainDelegation)),
  ctLogMonitoring: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<CtLogMonitoring> => CtLogMonitoring).annotate({
      description: "CT log monitoring settings."
    })
  )
}).annotate({ identifier: "DomainInfo" })
export type PublicAcmeDomainList = { readonly domains?: ReadonlyArray<PublicAcmeDomainInfo> }
export const PublicAcmeDomainList = Schema.Struct({
  domains: Schema.optionalKey(
    Schema.Array(PublicAcmeDomainInfo)
      .annotate({ description: "Domains list" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
  )
}).annotate({ identifier: "PublicAcmeDomainList" })
export type PublicAcmeDomainListPublicAcmeDomainNameInfo = {
  readonly domains?: ReadonlyArray<PublicAcmeDomainNameInfo>
}
export const PublicAcmeDomainListPublicAcmeDomainNameInfo = Schema.Struct({
  domains: Schema.optionalKey(
    Schema.Array(PublicAcmeDomainNameInfo)
      .annotate({ description: "Domains list" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
  )
}).annotate({ identifier: "PublicAcmeDomainListPublicAcmeDomainNameInfo" })
export type OperationsListResponse = { readonly total?: number; readonly data?: ReadonlyArray<OperationResp> }
export const OperationsListResponse = Schema.Struct({
  total: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of certificate discovery operations found", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  data: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<OperationResp> => OperationResp).annotate({
        description: "Operation info object"
      })
    )
  )
}).annotate({ identifier: "OperationsListResponse" })
export type RuleDetailsInfo = {
  readonly name?: string
  readonly orgId?: number
  readonly filters?: ReadonlyArray<RuleFilterInfo>
  readonly certType?: "SSL" | "SMIME" | "CodeSign" | "Device"
}
export const RuleDetailsInfo = Schema.Struct({
  name: Schema.optionalKey(Schema.String.annotate({ description: "Assignment rule name" })),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  filters: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<RuleFilterInfo> => RuleFilterInfo).annotate({
        description: "Assignment rule filter"
      })
    )
  ),
  certType: Schema.optionalKey(
    Schema.Literals(["SSL", "SMIME", "CodeSign", "Device"]).annotate({
      description: "Assignment rule certificate type"
    })
  )
}).annotate({ identifier: "RuleDetailsInfo" })
export type DcvSearchResult = {
  readonly domain?: string
  readonly dcvStatus?: DcvStatus
  readonly dcvMethod?: "HTTP_CSR_HASH" | "CNAME_CSR_HASH" | "EMAIL" | "HTTPS_CSR_HASH" | "DNSTXT_RANDOM_VALUE"
  readonly dcvOrderStatus?: DcvOrderStatus
  readonly dcvOrderMethod?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly expirationDate?: string | string
}
export const DcvSearchResult = Schema.Struct({
  domain: Schema.optionalKey(Schema.String.annotate({ description: "Domain name." })),
  dcvStatus: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<DcvStatus> => DcvStatus).annotate({ description: "Domain validation status" })
  ),
  dcvMethod: Schema.optionalKey(
    Schema.Literals(["HTTP_CSR_HASH", "CNAME_CSR_HASH", "EMAIL", "HTTPS_CSR_HASH", "DNSTXT_RANDOM_VALUE"]).annotate({
      description: "DCV method."
    })
  ),
  dcvOrderStatus: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<DcvOrderStatus> => DcvOrderStatus).annotate({
      description: "Validation order status."
    })
  ),
  dcvOrderMethod: Schema.optionalKey(
    Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"]).annotate({
      description: "Validation order method."
    })
  ),
  expirationDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "DCV Expiration date" })
  )
}).annotate({ identifier: "DcvSearchResult" })
export type DnsConnector = {
  readonly name: string
  readonly comments: string
  readonly id?: string
  readonly version?: string
  readonly revision?: string
  readonly hostname?: string
  readonly os?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
  readonly delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
  readonly delegatedOrganizations?: ReadonlyArray<IdName>
}
export const DnsConnector = Schema.Struct({
  name: Schema.String.annotate({ description: "name of the connector" })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" })),
  comments: Schema.String.annotate({ description: "comments" })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  id: Schema.optionalKey(Schema.String.annotate({ description: "ID of the connector" })),
  version: Schema.optionalKey(Schema.String.annotate({ description: "version" })),
  revision: Schema.optionalKey(Schema.String.annotate({ description: "revision" })),
  hostname: Schema.optionalKey(Schema.String.annotate({ description: "hostname" })),
  os: Schema.optionalKey(Schema.String.annotate({ description: "os" })),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({ description: "status" })
  ),
  delegationMode: Schema.optionalKey(
    Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "delegationMode" })
  ),
  delegatedOrganizations: Schema.optionalKey(
    Schema.Array(IdName).annotate({ description: "ID and name of organization to which the connector is delegated." })
  )
}).annotate({ identifier: "DnsConnector" })
export type CsodRequestDetails = {
  readonly developerEmail?: string
  readonly organization?: string
  readonly department?: string
  readonly approver?: string
  readonly version?: string
  readonly signingService?: string
  readonly created?: string
  readonly state?: string
  readonly digestAlgorithms?: ReadonlyArray<string>
  readonly files?: ReadonlyArray<CsodSignedFile>
}
export const CsodRequestDetails = Schema.Struct({
  developerEmail: Schema.optionalKey(Schema.String.annotate({ description: "Developer email address" })),
  organization: Schema.optionalKey(Schema.String.annotate({ description: "Organization name" })),
  department: Schema.optionalKey(Schema.String.annotate({ description: "Department name. Optional" })),
  approver: Schema.optionalKey(Schema.String.annotate({ description: "Name of the person who approved operation" })),
  version: Schema.optionalKey(Schema.String.annotate({ description: "Value provided when creating request" })),
  signingService: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Type of file(s), possible values are: MICROSOFT_AUTHENTICODE, JAVA, MICROSOFT_OFFICE_AND_VBA, WINDOWS_PHONE_AND_XBOX, ANDROID, HASH_SUM, POWERSHELL"
    })
  ),
  created: Schema.optionalKey(Schema.String.annotate({ description: "Creation date" })),
  state: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "State of request, possible values are: INIT, CREATED, IN_PROGRESS, DECLINED, SIGNED, EXPIRED, FAILED"
    })
  ),
  digestAlgorithms: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({ description: "Array of applied hash algorithms" })
  ),
  files: Schema.optionalKey(Schema.Array(CsodSignedFile).annotate({ description: "Array of signed files" }))
}).annotate({ identifier: "CsodRequestDetails" })
export type SSLReportResponse = {
  readonly statusCode?: number
  readonly message?: string
  readonly reports?: ReadonlyArray<SSLReportResponseRow>
}
export const SSLReportResponse = Schema.Struct({
  statusCode: Schema.optionalKey(
    Schema.Number.annotate({ description: "Report execution status code", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Error details if present" })),
  reports: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<SSLReportResponseRow> => SSLReportResponseRow).annotate({
        description: "Details of SSL certificate"
      })
    )
  )
}).annotate({ identifier: "SSLReportResponse" })
export type CertDetailsResponse = {
  readonly commonName?: string
  readonly sslId?: number
  readonly id?: number
  readonly orgId?: number
  readonly status?: string
  readonly orderNumber?: number
  readonly backendCertId?: string
  readonly vendor?: string
  readonly certType?: ApiCertType
  readonly subType?: string
  readonly validationType?: string
  readonly term?: number
  readonly owner?: string
  readonly ownerId?: number
  readonly requester?: string
  readonly requesterId?: number
  readonly requestedVia?: string
  readonly externalRequester?: string
  readonly comments?: string
  readonly requested?: string | string
  readonly approved?: string | string
  readonly issued?: string | string
  readonly declined?: string
  readonly expires?: string | string
  readonly replaced?: string
  readonly revoked?: string | string
  readonly reasonCode?:
    0 | 1 | 2 | 3 | 4 | 5 | 6 | 8 | 9 | 10 | "0" | "1" | "2" | "3" | "4" | "5" | "6" | "8" | "9" | "10"
  readonly renewed?: boolean
  readonly renewedDate?: string
  readonly serialNumber?: string
  readonly signatureAlg?: string
  readonly keyAlgorithm?: string
  readonly keySize?: number
  readonly keyType?: string
  readonly keyUsages?: ReadonlyArray<string>
  readonly extendedKeyUsages?: ReadonlyArray<string>
  readonly subjectAlternativeNames?: ReadonlyArray<string>
  readonly customFields?: ReadonlyArray<ApiCertField>
  readonly certificateDetails?: CertificateDetails
  readonly autoInstallDetails?: AutoInstallDetails
  readonly autoRenewDetails?: AutoRenewDetails
  readonly suspendNotifications?: boolean
}
export const CertDetailsResponse = Schema.Struct({
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Certificate common name" })),
  sslId: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "An ID using which this certificate can be renewed or revoked through Enrollment form. Deprecated. Use 'id' instead\"",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  id: Schema.optionalKey(
    Schema.Number.annotate({
      description: "An ID using which this certificate can be renewed or revoked through Enrollment form",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "An organization which this certificate is associated with",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  status: Schema.optionalKey(Schema.String.annotate({ description: "The status of this certificate" })),
  orderNumber: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "The obsolete parameter for the order identifier under which the certificate request has been processed. backendCertId should be used instead",
      format: "int64"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  backendCertId: Schema.optionalKey(Schema.String.annotate({ description: "Certificate ID in enrolling backend" })),
  vendor: Schema.optionalKey(Schema.String.annotate({ description: "The name of the issuing CA" })),
  certType: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<ApiCertType> => ApiCertType).annotate({
      description: "Information about Certificate Profile this certificate was enrolled from"
    })
  ),
  subType: Schema.optionalKey(
    Schema.String.annotate({ description: "Subtype, available only for managed Client certificates" })
  ),
  validationType: Schema.optionalKey(
    Schema.String.annotate({ description: "Validation type, available only for managed SSL certificates" })
  ),
  term: Schema.optionalKey(
    Schema.Number.annotate({ description: "Term (days)", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  owner: Schema.optionalKey(
    Schema.String.annotate({ description: "The approver of the request for this certificate" })
  ),
  ownerId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The approver ID of the request for this certificate",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  requester: Schema.optionalKey(Schema.String.annotate({ description: "Requester" })),
  requesterId: Schema.optionalKey(
    Schema.Number.annotate({ description: "The Requester ID, when available", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  requestedVia: Schema.optionalKey(Schema.String.annotate({ description: "Requested Via" })),
  externalRequester: Schema.optionalKey(Schema.String.annotate({ description: "External Requester, when available" })),
  comments: Schema.optionalKey(Schema.String.annotate({ description: "Comments" })),
  requested: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{2}\\/\\d{2}\\/\\d{4}$")).annotate({
          expected: "a string matching the RegExp ^\\d{2}\\/\\d{2}\\/\\d{4}$"
        })
      )
    ]).annotate({ description: "Requested date" })
  ),
  approved: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{2}\\/\\d{2}\\/\\d{4}$")).annotate({
          expected: "a string matching the RegExp ^\\d{2}\\/\\d{2}\\/\\d{4}$"
        })
      )
    ]).annotate({ description: "Approved date" })
  ),
  issued: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{2}\\/\\d{2}\\/\\d{4}$")).annotate({
          expected: "a string matching the RegExp ^\\d{2}\\/\\d{2}\\/\\d{4}$"
        })
      )
    ]).annotate({ description: "Issued date" })
  ),
  declined: Schema.optionalKey(Schema.String.annotate({ description: "Declined date", format: "date-time" })),
  expires: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{2}\\/\\d{2}\\/\\d{4}$")).annotate({
          expected: "a string matching the RegExp ^\\d{2}\\/\\d{2}\\/\\d{4}$"
        })
      )
    ]).annotate({ description: "Expiration date" })
  ),
  replaced: Schema.optionalKey(Schema.String.annotate({ description: "Replaced date", format: "date-time" })),
  revoked: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.check(
        Schema.isPattern(new RegExp("^\\d{2}\\/\\d{2}\\/\\d{4}$")).annotate({
          expected: "a string matching the RegExp ^\\d{2}\\/\\d{2}\\/\\d{4}$"
        })
      )
    ]).annotate({ description: "Revocation date" })
  ),
  reasonCode: Schema.optionalKey(
    Schema.Union([
      Schema.Literals([0, 1, 2, 3, 4, 5, 6, 8, 9, 10]),
      Schema.Literals(["0", "1", "2", "3", "4", "5", "6", "8", "9", "10"])
    ]).annotate({
      description:
        "Revocation reason code to be put to CRL (Mozilla Root Store Policy 2.8 section 6.1.1)\nReason code (unspecified (0),\nkeyCompromise (1),\naffiliationChanged (3),\nsuperseded (4),\ncessationOfOperation (5))"
    })
  ),
  renewed: Schema.optionalKey(Schema.Boolean.annotate({ description: "Renewal indicator" })),
  renewedDate: Schema.optionalKey(Schema.String.annotate({ description: "Renewal date", format: "date-time" })),
  serialNumber: Schema.optionalKey(Schema.String.annotate({ description: "SSL Serial Number" })),
  signatureAlg: Schema.optionalKey(Schema.String.annotate({ description: "Signature Algorithm" })),
  keyAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: 'Key algorithm (deprecated, see "keyType")' })
  ),
  keySize: Schema.optionalKey(
    Schema.Number.annotate({ description: 'Key size (deprecated, see "keyType")', format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  keyType: Schema.optionalKey(
    Schema.String.annotate({ description: "Key type. For example: RSA - 2048, EC - P-256." })
  ),
  keyUsages: Schema.optionalKey(Schema.Array(Schema.String).annotate({ description: "Key Usages" })),
  extendedKeyUsages: Schema.optionalKey(Schema.Array(Schema.String).annotate({ description: "Extended Key Usages" })),
  subjectAlternativeNames: Schema.optionalKey(
    Schema.Array(Schema.String).annotate({ description: "Subject alternative names" })
  ),
  customFields: Schema.optionalKey(Schema.Array(ApiCertField).annotate({ description: "Custom fields" })),
  certificateDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<CertificateDetails> => CertificateDetails).annotate({
      description: "Certificate details"
    })
  ),
  autoInstallDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<AutoInstallDetails> => AutoInstallDetails).annotate({
      description: "Auto-Installation Information"
    })
  ),
  autoRenewDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<AutoRenewDetails> => AutoRenewDetails).annotate({
      description: "Auto-Renewal Information"
    })
  ),
  suspendNotifications: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "Suspend Notifications for the certificate" })
  )
}).annotate({ identifier: "CertDetailsResponse" })
export type OrganizationDetails = {
  readonly generalDetails: OrganizationGeneralDetails
  readonly organizationIdentifier?: string
  readonly evDetails?: OrganizationEVDetails
}
export const OrganizationDetails = Schema.Struct({
  generalDetails: Schema.suspend((): Schema.Codec<OrganizationGeneralDetails> => OrganizationGeneralDetails).annotate({
    description: "General organization details."
  }),
  organizationIdentifier: Schema.optionalKey(
    Schema.String.annotate({ description: "Organization Identifier. Applicable only for OV S/MIME validation." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  evDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<OrganizationEVDetails> => OrganizationEVDetails).annotate({
      description: "EV details, required for EV validation."
    })
  )
}).annotate({ identifier: "OrganizationDetails" })
export type NotificationRequest = {
  readonly description?: string
  readonly active?: boolean
  readonly orgData?: OrgDetails
  readonly recipientData: RecipientDetails
  readonly additionalData?: NotificationAdditionalDetails
}
export const NotificationRequest = Schema.Struct({
  description: Schema.optionalKey(
    Schema.String.annotate({ description: "Notification description" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  active: Schema.optionalKey(Schema.Boolean),
  orgData: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<OrgDetails> => OrgDetails).annotate({
      description: "Delegated organization details"
    })
  ),
  recipientData: Schema.suspend((): Schema.Codec<RecipientDetails> => RecipientDetails).annotate({
    description: "Notification recipient details"
  }),
  additionalData: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<NotificationAdditionalDetails> => NotificationAdditionalDetails).annotate({
      description: "Notification additional details"
    })
  )
}).annotate({ identifier: "NotificationRequest" })
export type NotificationResponse = {
  readonly description?: string
  readonly active?: boolean
  readonly orgData?: OrgDetails
  readonly recipientData: RecipientDetails
  readonly additionalData?: NotificationAdditionalDetails
  readonly type:
    | "Client Certificate Expiration"
    | "Client Certificate Revoked"
    | "SSL Certificate Approved"
    | "SSL Certificate Awaiting Approval"
    | "SSL Certificate Declined"
    | "SSL Certificate Expiration"
    | "SSL Certificate Issuance Failed"
    | "SSL Certificate Revoked"
    | "Discovery Scan Summary"
    | "SSL SA Approved to RA"
    | "Admin Created"
    | "Domain Delegation Awaiting Approval"
    | "Domain Delegation Approved"
    | "SSL Certificate Issued"
    | "Code Signing Certificate Invitation"
    | "Code Signing Certificate Issued"
    | "Code Signing Certificate Downloaded"
    | "Code Signing Certificate Revoked"
    | "Code Signing Certificate Expiration"
    | "Code Signing Certificate Requested"
    | "Email Validation"
    | "Email Invitation"
    | "Domain DCV Expiration"
    | "Domain DCV Validated"
    | "Domain DCV Needed-New Domain"
    | "Remote SSL Certificate Installed"
    | "Remote SSL Certificate Installation Failed"
    | "Admin IdP Login Invitation"
    | "Code Sign Request Declined"
    | "Code Sign Request Signed"
    | "Code Sign Developer Created"
    | "Code Sign Developer Reset Password"
    | "Code Sign Developer New Email"
    | "Code Sign Request Created"
    | "CS CSF Revoke"
    | "Device Certificate Expiration"
    | "Device Certificate Revoked"
    | "Device Awaiting Approval"
    | "SSL Certificate Auto-Renewal Failed"
    | "SSL Certificate Awaiting Manual Installation"
    | "Device Certificate Issued"
    | "Device Certificate Approved"
    | "Device Certificate Declined"
    | "Client Admin Change Password by API"
    | "SSL Bulk Awaiting Approval"
    | "SSL Bulk Enroll Completed"
    | "SSL Certificate Issued (Distribution List)"
    | "Client Certificate Issued (Distribution List)"
    | "Device Certificate Issued (Distribution List)"
    | "Code Signing Certificate Issued (Distribution List)"
    | "MS Agent Status Changed"
    | "Network Agent Disconnected"
    | "Email Confirmation"
    | "Certificate Enrollment Invitation"
    | "Domain Delegation Awaiting Approval MRAO"
    | "Report generated"
    | "DCV Renew Failed"
    | "SAS Admin Login Invitation"
    | "DNS Connector Disconnected"
    | "CA Connector Disconnected"
    | "Private CA Certificate Expiration"
    | "Subscription change"
    | "Certificate Usage Threshold"
    | "Certificate Usage Exceeds Inventory"
    | "ClientCertExpiration"
    | "ClientCertRevoked"
    | "SMIMEEnrolledDl"
    | "CSCertDownloaded"
    | "CSCertRevoked"
    | "CSCertExpiration"
    | "CSCertRequested"
    | "CsEnrolledDl"
    | "SSLApproved"
    | "SSLAwaitingApproval"
    | "SSLDeclined"
    | "SSLExpiration"
    | "SSLIssuanceFailed"
    | "SSLRevoked"
    | "DiscoveryScanSummary"
    | "ExSSLCertificateInstalled"
    | "ExSSLInstallationFailed"
    | "ArFailed"
    | "ManualInstallReady"
    | "SSLEnrolledDl"
    | "AdminCreation"
    | "DomainAwaitingApproval"
    | "DomainAwaitingApprovalMrao"
    | "DomainApproved"
    | "MsAgentChangeStatus"
    | "NetworkAgentDisconnected"
  readonly id?: number
  readonly created?: string
  readonly createdBy?: string
  readonly modified?: string
  readonly modifiedBy?: string
}
export const NotificationResponse = Schema.Struct({
  description: Schema.optionalKey(
    Schema.String.annotate({ description: "Notification description" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  active: Schema.optionalKey(Schema.Boolean),
  orgData: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<OrgDetails> => OrgDetails).annotate({
      description: "Delegated organization details"
    })
  ),
  recipientData: Schema.suspend((): Schema.Codec<RecipientDetails> => RecipientDetails).annotate({
    description: "Notification recipient details"
  }),
  additionalData: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<NotificationAdditionalDetails> => NotificationAdditionalDetails).annotate({
      description: "Notification additional details"
    })
  ),
  type: Schema.Literals([
    "Client Certificate Expiration",
    "Client Certificate Revoked",
    "SSL Certificate Approved",
    "SSL Certificate Awaiting Approval",
    "SSL Certificate Declined",
    "SSL Certificate Expiration",
    "SSL Certificate Issuance Failed",
    "SSL Certificate Revoked",
    "Discovery Scan Summary",
    "SSL SA Approved to RA",
    "Admin Created",
    "Domain Delegation Awaiting Approval",
    "Domain Delegation Approved",
    "SSL Certificate Issued",
    "Code Signing Certificate Invitation",
    "Code Signing Certificate Issued",
    "Code Signing Certificate Downloaded",
    "Code Signing Certificate Revoked",
    "Code Signing Certificate Expiration",
    "Code Signing Certificate Requested",
    "Email Validation",
    "Email Invitation",
    "Domain DCV Expiration",
    "Domain DCV Validated",
    "Domain DCV Needed-New Domain",
    "Remote SSL Certificate Installed",
    "Remote SSL Certificate Installation Failed",
    "Admin IdP Login Invitation",
    "Code Sign Request Declined",
    "Code Sign Request Signed",
    "Code Sign Developer Created",
    "Code Sign Developer Reset Password",
    "Code Sign Developer New Email",
    "Code Sign Request Created",
    "CS CSF Revoke",
    "Device Certificate Expiration",
    "Device Certificate Revoked",
    "Device Awaiting Approval",
    "SSL Certificate Auto-Renewal Failed",
    "SSL Certificate Awaiting Manual Installation",
    "Device Certificate Issued",
    "Device Certificate Approved",
    "Device Certificate Declined",
    "Client Admin Change Password by API",
    "SSL Bulk Awaiting Approval",
    "SSL Bulk Enroll Completed",
    "SSL Certificate Issued (Distribution List)",
    "Client Certificate Issued (Distribution List)",
    "Device Certificate Issued (Distribution List)",
    "Code Signing Certificate Issued (Distribution List)",
    "MS Agent Status Changed",
    "Network Agent Disconnected",
    "Email Confirmation",
    "Certificate Enrollment Invitation",
    "Domain Delegation Awaiting Approval MRAO",
    "Report generated",
    "DCV Renew Failed",
    "SAS Admin Login Invitation",
    "DNS Connector Disconnected",
    "CA Connector Disconnected",
    "Private CA Certificate Expiration",
    "Subscription change",
    "Certificate Usage Threshold",
    "Certificate Usage Exceeds Inventory",
    "ClientCertExpiration",
    "ClientCertRevoked",
    "SMIMEEnrolledDl",
    "CSCertDownloaded",
    "CSCertRevoked",
    "CSCertExpiration",
    "CSCertRequested",
    "CsEnrolledDl",
    "SSLApproved",
    "SSLAwaitingApproval",
    "SSLDeclined",
    "SSLExpiration",
    "SSLIssuanceFailed",
    "SSLRevoked",
    "DiscoveryScanSummary",
    "ExSSLCertificateInstalled",
    "ExSSLInstallationFailed",
    "ArFailed",
    "ManualInstallReady",
    "SSLEnrolledDl",
    "AdminCreation",
    "DomainAwaitingApproval",
    "DomainAwaitingApprovalMrao",
    "DomainApproved",
    "MsAgentChangeStatus",
    "NetworkAgentDisconnected"
  ]).annotate({ description: "Notification Type" }),
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Notification ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  created: Schema.optionalKey(
    Schema.String.annotate({ description: "Created date", format: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'" })
  ),
  createdBy: Schema.optionalKey(
    Schema.String.annotate({ description: "Name of the administrator who created the notification." })
  ),
  modified: Schema.optionalKey(
    Schema.String.annotate({ description: "Modified date", format: "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'" })
  ),
  modifiedBy: Schema.optionalKey(
    Schema.String.annotate({ description: "Name of the administrator who last modified the notification." })
  )
}).annotate({ identifier: "NotificationResponse" })
export type NotificationCreateRequest = {
  readonly description?: string
  readonly active?: boolean
  readonly orgData?: OrgDetails
  readonly recipientData: RecipientDetails
  readonly additionalData?: NotificationAdditionalDetails
  readonly type:
    | "Client Certificate Expiration"
    | "Client Certificate Revoked"
    | "SSL Certificate Approved"
    | "SSL Certificate Awaiting Approval"
    | "SSL Certificate Declined"
    | "SSL Certificate Expiration"
    | "SSL Certificate Issuance Failed"
    | "SSL Certificate Revoked"
    | "Discovery Scan Summary"
    | "SSL SA Approved to RA"
    | "Admin Created"
    | "Domain Delegation Awaiting Approval"
    | "Domain Delegation Approved"
    | "SSL Certificate Issued"
    | "Code Signing Certificate Invitation"
    | "Code Signing Certificate Issued"
    | "Code Signing Certificate Downloaded"
    | "Code Signing Certificate Revoked"
    | "Code Signing Certificate Expiration"
    | "Code Signing Certificate Requested"
    | "Email Validation"
    | "Email Invitation"
    | "Domain DCV Expiration"
    | "Domain DCV Validated"
    | "Domain DCV Needed-New Domain"
    | "Remote SSL Certificate Installed"
    | "Remote SSL Certificate Installation Failed"
    | "Admin IdP Login Invitation"
    | "Code Sign Request Declined"
    | "Code Sign Request Signed"
    | "Code Sign Developer Created"
    | "Code Sign Developer Reset Password"
    | "Code Sign Developer New Email"
    | "Code Sign Request Created"
    | "CS CSF Revoke"
    | "Device Certificate Expiration"
    | "Device Certificate Revoked"
    | "Device Awaiting Approval"
    | "SSL Certificate Auto-Renewal Failed"
    | "SSL Certificate Awaiting Manual Installation"
    | "Device Certificate Issued"
    | "Device Certificate Approved"
    | "Device Certificate Declined"
    | "Client Admin Change Password by API"
    | "SSL Bulk Awaiting Approval"
    | "SSL Bulk Enroll Completed"
    | "SSL Certificate Issued (Distribution List)"
    | "Client Certificate Issued (Distribution List)"
    | "Device Certificate Issued (Distribution List)"
    | "Code Signing Certificate Issued (Distribution List)"
    | "MS Agent Status Changed"
    | "Network Agent Disconnected"
    | "Email Confirmation"
    | "Certificate Enrollment Invitation"
    | "Domain Delegation Awaiting Approval MRAO"
    | "Report generated"
    | "DCV Renew Failed"
    | "SAS Admin Login Invitation"
    | "DNS Connector Disconnected"
    | "CA Connector Disconnected"
    | "Private CA Certificate Expiration"
    | "Subscription change"
    | "Certificate Usage Threshold"
    | "Certificate Usage Exceeds Inventory"
    | "ClientCertExpiration"
    | "ClientCertRevoked"
    | "SMIMEEnrolledDl"
    | "CSCertDownloaded"
    | "CSCertRevoked"
    | "CSCertExpiration"
    | "CSCertRequested"
    | "CsEnrolledDl"
    | "SSLApproved"
    | "SSLAwaitingApproval"
    | "SSLDeclined"
    | "SSLExpiration"
    | "SSLIssuanceFailed"
    | "SSLRevoked"
    | "DiscoveryScanSummary"
    | "ExSSLCertificateInstalled"
    | "ExSSLInstallationFailed"
    | "ArFailed"
    | "ManualInstallReady"
    | "SSLEnrolledDl"
    | "AdminCreation"
    | "DomainAwaitingApproval"
    | "DomainAwaitingApprovalMrao"
    | "DomainApproved"
    | "MsAgentChangeStatus"
    | "NetworkAgentDisconnected"
}
export const NotificationCreateRequest = Schema.Struct({
  description: Schema.optionalKey(
    Schema.String.annotate({ description: "Notification description" })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  active: Schema.optionalKey(Schema.Boolean),
  orgData: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<OrgDetails> => OrgDetails).annotate({
      description: "Delegated organization details"
    })
  ),
  recipientData: Schema.suspend((): Schema.Codec<RecipientDetails> => RecipientDetails).annotate({
    description: "Notification recipient details"
  }),
  additionalData: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<NotificationAdditionalDetails> => NotificationAdditionalDetails).annotate({
      description: "Notification additional details"
    })
  ),
  type: Schema.Literals([
    "Client Certificate Expiration",
    "Client Certificate Revoked",
    "SSL Certificate Approved",
    "SSL Certificate Awaiting Approval",
    "SSL Certificate Declined",
    "SSL Certificate Expiration",
    "SSL Certificate Issuance Failed",
    "SSL Certificate Revoked",
    "Discovery Scan Summary",
    "SSL SA Approved to RA",
    "Admin Created",
    "Domain Delegation Awaiting Approval",
    "Domain Delegation Approved",
    "SSL Certificate Issued",
    "Code Signing Certificate Invitation",
    "Code Signing Certificate Issued",
    "Code Signing Certificate Downloaded",
    "Code Signing Certificate Revoked",
    "Code Signing Certificate Expiration",
    "Code Signing Certificate Requested",
    "Email Validation",
    "Email Invitation",
    "Domain DCV Expiration",
    "Domain DCV Validated",
    "Domain DCV Needed-New Domain",
    "Remote SSL Certificate Installed",
    "Remote SSL Certificate Installation Failed",
    "Admin IdP Login Invitation",
    "Code Sign Request Declined",
    "Code Sign Request Signed",
    "Code Sign Developer Created",
    "Code Sign Developer Reset Password",
    "Code Sign Developer New Email",
    "Code Sign Request Created",
    "CS CSF Revoke",
    "Device Certificate Expiration",
    "Device Certificate Revoked",
    "Device Awaiting Approval",
    "SSL Certificate Auto-Renewal Failed",
    "SSL Certificate Awaiting Manual Installation",
    "Device Certificate Issued",
    "Device Certificate Approved",
    "Device Certificate Declined",
    "Client Admin Change Password by API",
    "SSL Bulk Awaiting Approval",
    "SSL Bulk Enroll Completed",
    "SSL Certificate Issued (Distribution List)",
    "Client Certificate Issued (Distribution List)",
    "Device Certificate Issued (Distribution List)",
    "Code Signing Certificate Issued (Distribution List)",
    "MS Agent Status Changed",
    "Network Agent Disconnected",
    "Email Confirmation",
    "Certificate Enrollment Invitation",
    "Domain Delegation Awaiting Approval MRAO",
    "Report generated",
    "DCV Renew Failed",
    "SAS Admin Login Invitation",
    "DNS Connector Disconnected",
    "CA Connector Disconnected",
    "Private CA Certificate Expiration",
    "Subscription change",
    "Certificate Usage Threshold",
    "Certificate Usage Exceeds Inventory",
    "ClientCertExpiration",
    "ClientCertRevoked",
    "SMIMEEnrolledDl",
    "CSCertDownloaded",
    "CSCertRevoked",
    "CSCertExpiration",
    "CSCertRequested",
    "CsEnrolledDl",
    "SSLApproved",
    "SSLAwaitingApproval",
    "SSLDeclined",
    "SSLExpiration",
    "SSLIssuanceFailed",
    "SSLRevoked",
    "DiscoveryScanSummary",
    "ExSSLCertificateInstalled",
    "ExSSLInstallationFailed",
    "ArFailed",
    "ManualInstallReady",
    "SSLEnrolledDl",
    "AdminCreation",
    "DomainAwaitingApproval",
    "DomainAwaitingApprovalMrao",
    "DomainApproved",
    "MsAgentChangeStatus",
    "NetworkAgentDisconnected"
  ]).annotate({ description: "Notification Type" })
}).annotate({ identifier: "NotificationCreateRequest" })
export type CreateAndUpdateClientAdminRequest = {
  readonly type?: "STANDARD" | "API" | "SAS" | "IDP"
  readonly login?: string
  readonly email?: string
  readonly forename?: string
  readonly surname?: string
  readonly title?: string
  readonly telephone?: string
  readonly street?: string
  readonly locality?: string
  readonly state?: string
  readonly postalCode?: string
  readonly country?: string
  readonly relationship?: string
  readonly certificateSerialNumber?: string
  readonly password?: string
  readonly privileges?: ReadonlyArray<Schema.Json>
  readonly credentials?: ReadonlyArray<CredentialDTO>
  readonly identityProviderId?: number
  readonly idpPersonId?: string
  readonly activeStatus?: string
}
export const CreateAndUpdateClientAdminRequest = Schema.Struct({
  type: Schema.optionalKey(
    Schema.Literals(["STANDARD", "API", "SAS", "IDP"]).annotate({ description: "Admin account type" })
  ),
  login: Schema.optionalKey(
    Schema.String.annotate({ description: "Login name." })
      .check(Schema.isMinLength(3).annotate({ expected: "a value with a length of at least 3" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
      .check(
        Schema.isPattern(new RegExp("^([a-zA-Z0-9\\!\\@\\_\\.\\-\\+\\'])*$")).annotate({
          expected: "a string matching the RegExp ^([a-zA-Z0-9\\!\\@\\_\\.\\-\\+\\'])*$"
        })
      )
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Email address." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  forename: Schema.optionalKey(
    Schema.String.annotate({ description: "First name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  surname: Schema.optionalKey(
    Schema.String.annotate({ description: "Last name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  title: Schema.optionalKey(
    Schema.String.annotate({ description: "Admin title." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  telephone: Schema.optionalKey(
    Schema.String.annotate({ description: "Phone number." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
      .check(
        Schema.isPattern(new RegExp("[#|0-9|\\(|\\)|\\-|\\+| x]*")).annotate({
          expected: "a string matching the RegExp [#|0-9|\\(|\\)|\\-|\\+| x]*"
        })
      )
  ),
  street: Schema.optionalKey(
    Schema.String.annotate({ description: "Street address." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  locality: Schema.optionalKey(
    Schema.String.annotate({ description: "City / locality name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  state: Schema.optionalKey(
    Schema.String.annotate({ description: "State or province name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  postalCode: Schema.optionalKey(
    Schema.String.annotate({ description: "Postal code." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(40).annotate({ expected: "a value with a length of at most 40" }))
      .check(
        Schema.isPattern(new RegExp("^[a-zA-Z0-9\\s-]{0,10}$")).annotate({
          expected: "a string matching the RegExp ^[a-zA-Z0-9\\s-]{0,10}$"
        })
      )
  ),
  country: Schema.optionalKey(
    Schema.String.annotate({ description: "ISO-3166 country code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  relationship: Schema.optionalKey(
    Schema.String.annotate({ description: "Administrator’s relationship to the company." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  certificateSerialNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Authentication Certificate Serial Number." }).check(
      Schema.isPattern(new RegExp("(0x)?[0-9a-fA-F:]+")).annotate({
        expected: "a string matching the RegExp (0x)?[0-9a-fA-F:]+"
      })
    )
  ),
  password: Schema.optionalKey(
    Schema.String.annotate({ description: "Admin password. Applied only for admin types: STANDARD, API." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  privileges: Schema.optionalKey(
    Schema.Array(Schema.Json.annotate({ expected: "JSON value", description: "Admin's privilege." })).check(
      Schema.isUnique().annotate({ expected: "an array with unique items" })
    )
  ),
  credentials: Schema.optionalKey(
    Schema.Array(CredentialDTO).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  identityProviderId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Identifier of assigned Identity Provider.", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  idpPersonId: Schema.optionalKey(
    Schema.String.annotate({ description: "Person Identifier (EPPN) in scope of Identity Provider." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  activeStatus: Schema.optionalKey(
    Schema.String.annotate({ description: "Admin status. Possible values: ACTIVE, SUSPENDED.", default: "ACTIVE" })
  )
}).annotate({ identifier: "CreateAndUpdateClientAdminRequest" })
export type CreateAndUpdateIdpTemplateRequest = {
  readonly name?: string
  readonly privileges?: ReadonlyArray<ClientPrivilege>
  readonly credentials?: ReadonlyArray<CredentialDTO>
  readonly identityProviderId?: number
  readonly idpMappingRules?: ReadonlyArray<IdpMappingRuleDTO>
}
export const CreateAndUpdateIdpTemplateRequest = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Template name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
      .check(
        Schema.isPattern(
          new RegExp(
            '^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
          )
        ).annotate({
          expected:
            'a string matching the RegExp ^((?!.*[>|<|!|@|#|\\$|\\%|\\^|\\*|\\(|\\)|~|\\?|/|\\\\|\\&|\\_|\\+|=|\\"|:|;|,|\\{|\\}|\\[|\\]|\\||`].*).)*$'
        })
      )
  ),
  privileges: Schema.optionalKey(
    Schema.Array(
      Schema.suspend((): Schema.Codec<ClientPrivilege> => ClientPrivilege).annotate({ description: "Admin privilege" })
    ).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  credentials: Schema.optionalKey(
    Schema.Array(CredentialDTO).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  ),
  identityProviderId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Identifier of assigned Identity Provider.", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  idpMappingRules: Schema.optionalKey(
    Schema.Array(IdpMappingRuleDTO).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
  )
}).annotate({ identifier: "CreateAndUpdateIdpTemplateRequest" })
export type DcvInfoResp = { readonly dcvLog?: DcvLogResp; readonly instructions?: ReadonlyArray<DcvInstructionResp> }
export const DcvInfoResp = Schema.Struct({
  dcvLog: Schema.optionalKey(DcvLogResp),
  instructions: Schema.optionalKey(Schema.Array(DcvInstructionResp))
}).annotate({ identifier: "DcvInfoResp" })
export type DeviceCertReportResponse = {
  readonly statusCode?: number
  readonly message?: string
  readonly reports?: ReadonlyArray<ReportRowDeviceCert>
}
export const DeviceCertReportResponse = Schema.Struct({
  statusCode: Schema.optionalKey(
    Schema.Number.annotate({ description: "Report execution status code", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Error details if present" })),
  reports: Schema.optionalKey(Schema.Array(ReportRowDeviceCert))
}).annotate({ identifier: "DeviceCertReportResponse" })
export type ClientCertReportResponse = {
  readonly statusCode?: number
  readonly message?: string
  readonly reports?: ReadonlyArray<ReportRowClientCert>
}
export const ClientCertReportResponse = Schema.Struct({
  statusCode: Schema.optionalKey(
    Schema.Number.annotate({ description: "Report execution status code", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Error details if present" })),
  reports: Schema.optionalKey(Schema.Array(ReportRowClientCert))
}).annotate({ identifier: "ClientCertReportResponse" })
export type ReportRowActivity = {
  readonly id?: number
  readonly guid?: string
  readonly action?: WSAction
  readonly admin?: WSAdmin
  readonly person?: WSPerson
  readonly org?: WSOrganization
  readonly smime?: WSSMIME
  readonly ssl?: WSSSL
  readonly notif?: WSNotification
  readonly customerName?: string
  readonly description?: string
  readonly accessMethod?: string
  readonly address?: string
  readonly date?: string
}
export const ReportRowActivity = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Activity log record ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  guid: Schema.optionalKey(Schema.String.annotate({ description: "Activity log record GUID" })),
  action: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSAction> => WSAction).annotate({ description: "Action info" })
  ),
  admin: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSAdmin> => WSAdmin).annotate({ description: "Admin user info" })
  ),
  person: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSPerson> => WSPerson).annotate({ description: "Person info" })
  ),
  org: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSOrganization> => WSOrganization).annotate({ description: "Organization info" })
  ),
  smime: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSSMIME> => WSSMIME).annotate({ description: "Client certificate info" })
  ),
  ssl: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSSSL> => WSSSL).annotate({ description: "SSL certificate info" })
  ),
  notif: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<WSNotification> => WSNotification).annotate({ description: "Notification info" })
  ),
  customerName: Schema.optionalKey(Schema.String.annotate({ description: "Customer name" })),
  description: Schema.optionalKey(Schema.String.annotate({ description: "Activity log record description" })),
  accessMethod: Schema.optionalKey(
    Schema.String.annotate({ description: "An access method used to perform the action" })
  ),
  address: Schema.optionalKey(Schema.String.annotate({ description: "Source IP address of the action request" })),
  date: Schema.optionalKey(Schema.String.annotate({ description: "Action timestamp", format: "date-time" }))
}).annotate({ identifier: "ReportRowActivity" })
export type ValidationDetailsResponseV2 = {
  readonly id?: number
  readonly validationLevel?: "OV_SSL" | "OV_SMIME" | "EV_SSL"
  readonly status?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED"
  readonly backgroundStatus?: "NOT_VALIDATED" | "PENDING" | "EXPIRED" | "FAILED" | "VALIDATED"
  readonly submitted?: string
  readonly backgroundSubmitted?: string
  readonly expires?: string
  readonly alternative?: boolean
  readonly backendId?: number
  readonly backendType?: "SASP" | "PRIVATE_CA" | "MS_CA" | "DIGI_CERT" | "ENTRUST" | "AWS_PCA" | "GOOGLE"
  readonly settings?: { readonly [x: string]: string }
  readonly validator?: { readonly id?: number; readonly name?: string }
  readonly organizationDetails?: OrganizationDetails
}
export const ValidationDetailsResponseV2 = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Validation ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  validationLevel: Schema.optionalKey(
    Schema.Literals(["OV_SSL", "OV_SMIME", "EV_SSL"]).annotate({ description: "Validation level" })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_VALIDATED", "PENDING", "EXPIRED", "FAILED", "VALIDATED"]).annotate({
      description: "Validation status"
    })
  ),
  backgroundStatus: Schema.optionalKey(
    Schema.Literals(["NOT_VALIDATED", "PENDING", "EXPIRED", "FAILED", "VALIDATED"]).annotate({
      description: "Validation background status"
    })
  ),
  submitted: Schema.optionalKey(Schema.String.annotate({ description: "Submitted date" })),
  backgroundSubmitted: Schema.optionalKey(
    Schema.String.annotate({ description: "Background validation submitted date" })
  ),
  expires: Schema.optionalKey(Schema.String.annotate({ description: "Expiration date" })),
  alternative: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "Validation set. Primary (alternative = false) or Secondary (alternative = true). Note: Secondary validation sets are available only for accounts with the corresponding feature enabled."
    })
  ),
  backendId: Schema.optionalKey(
    Schema.Number.annotate({ description: "CA backend ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  backendType: Schema.optionalKey(
    Schema.Literals(["SASP", "PRIVATE_CA", "MS_CA", "DIGI_CERT", "ENTRUST", "AWS_PCA", "GOOGLE"]).annotate({
      description: "CA backend type"
    })
  ),
  settings: Schema.optionalKey(
    Schema.Record(
      Schema.String,
      Schema.String.annotate({ description: "Validation settings. Tracking information for the CA backends." })
    ).annotate({ description: "Validation settings. Tracking information for the CA backends." })
  ),
  validator: Schema.optionalKey(
    Schema.Struct({
      id: Schema.optionalKey(
        Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
      ),
      name: Schema.optionalKey(Schema.String)
    }).annotate({ description: "Validator admin" })
  ),
  organizationDetails: Schema.optionalKey(
    Schema.suspend((): Schema.Codec<OrganizationDetails> => OrganizationDetails).annotate({
      description: "Validated organization details."
    })
  )
}).annotate({ identifier: "ValidationDetailsResponseV2" })
export type ActivityReportResponse = {
  readonly statusCode?: number
  readonly message?: string
  readonly reports?: ReadonlyArray<ReportRowActivity>
}
export const ActivityReportResponse = Schema.Struct({
  statusCode: Schema.optionalKey(
    Schema.Number.annotate({ description: "Report execution status code", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Error details if present" })),
  reports: Schema.optionalKey(Schema.Array(ReportRowActivity))
}).annotate({ identifier: "ActivityReportResponse" })
// recursive definitions
const __recursive_Organization = Schema.Struct({
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Organization name" })),
  department: Schema.optionalKey(Schema.suspend((): Schema.Codec<Organization> => Organization))
}).annotate({ description: "Account organization", identifier: "Organization" })
// schemas
export type GetSslCertificatesListParams = {
  readonly size?: number
  readonly position?: number
  readonly commonName?: string
  readonly subjectAlternativeName?: string
  readonly status?:
    | "Invalid"
    | "Requested"
    | "Approved"
    | "Declined"
    | "Applied"
    | "Issued"
    | "Revoked"
    | "Expired"
    | "Replaced"
    | "Rejected"
    | "SA Approved"
    | "Init"
  readonly sslTypeId?: number
  readonly discoveryStatus?: "NotDeployed" | "Deployed"
  readonly vendor?: string
  readonly orgId?: number
  readonly installStatus?:
    | "Not configured"
    | "Not started"
    | "Key processing"
    | "Key and CSR ready"
    | "Certificate processing"
    | "Installation scheduled"
    | "Installation processing"
    | "Action required"
    | "Ready for install"
    | "Server restart required"
    | "Completed"
    | "Invalid configuration"
  readonly renewalStatus?: "Not scheduled" | "Scheduled" | "Started" | "Successful" | "Failed"
  readonly issuer?: string
  readonly serialNumber?: string
  readonly requester?: string
  readonly externalRequester?: string
  readonly signatureAlgorithm?: string
  readonly keyAlgorithm?: string
  readonly keySize?: number
  readonly keyParam?: string
  readonly sha1Hash?: string
  readonly md5Hash?: string
  readonly sha256Hash?: string
  readonly keyUsage?: string
  readonly extendedKeyUsage?: string
  readonly requestedVia?:
    | "Enrollment Form"
    | "Client Admin"
    | "Web API"
    | "Discovery"
    | "Imported"
    | "SCEP"
    | "CD Agent"
    | "MS Agent"
    | "MS CA"
    | "Bulk Request"
    | "ACME"
    | "EST"
    | "REST API"
}
export const GetSslCertificatesListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Filter by Common Name" })),
  subjectAlternativeName: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Subject Alternative Name" })
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "Invalid",
      "Requested",
      "Approved",
      "Declined",
      "Applied",
      "Issued",
      "Revoked",
      "Expired",
      "Replaced",
      "Rejected",
      "SA Approved",
      "Init"
    ]).annotate({ description: "Filter by status." })
  ),
  sslTypeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Certificate Profile ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  discoveryStatus: Schema.optionalKey(
    Schema.Literals(["NotDeployed", "Deployed"]).annotate({
      description: 'Filter by discovery status. (deprecated, see "requestedVia").'
    })
  ),
  vendor: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Vendor" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  installStatus: Schema.optionalKey(
    Schema.Literals([
      "Not configured",
      "Not started",
      "Key processing",
      "Key and CSR ready",
      "Certificate processing",
      "Installation scheduled",
      "Installation processing",
      "Action required",
      "Ready for install",
      "Server restart required",
      "Completed",
      "Invalid configuration"
    ]).annotate({ description: "Filter by Install status" })
  ),
  renewalStatus: Schema.optionalKey(
    Schema.Literals(["Not scheduled", "Scheduled", "Started", "Successful", "Failed"]).annotate({
      description: "Filter by Renewal status."
    })
  ),
  issuer: Schema.optionalKey(Schema.String.annotate({ description: "Filter by Issuer" })),
  serialNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Serial Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  requester: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Requester" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  externalRequester: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by External Requester" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  signatureAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Signature Algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keyAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Key Algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keySize: Schema.optionalKey(
    Schema.Number.annotate({ description: 'Filter by Key Size filter (deprecated, see "keyParam")', format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  keyParam: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Key Size/Curve Name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  sha1Hash: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by SHA1 Hash" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(40).annotate({ expected: "a value with a length of at most 40" }))
  ),
  md5Hash: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by MD5 Hash" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  sha256Hash: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by SHA256 Hash" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  keyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Key Usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  extendedKeyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Extended Key Usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  requestedVia: Schema.optionalKey(
    Schema.Literals([
      "Enrollment Form",
      "Client Admin",
      "Web API",
      "Discovery",
      "Imported",
      "SCEP",
      "CD Agent",
      "MS Agent",
      "MS CA",
      "Bulk Request",
      "ACME",
      "EST",
      "REST API"
    ]).annotate({ description: "Filter by Requested Via" })
  )
})
export type GetSslCertificatesList200 = ReadonlyArray<SSLIdentity>
export const GetSslCertificatesList200 = Schema.Array(SSLIdentity)
export type UpdateSslCertificateDetailsRequestJson = SslInfo
export const UpdateSslCertificateDetailsRequestJson = SslInfo
export type UpdateSslCertificateDetails200 = CertDetailsResponse
export const UpdateSslCertificateDetails200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "SSL identity" })
export type GetSslCertLocationDetails200 = LocationResponseItem
export const GetSslCertLocationDetails200 = Schema.suspend(
  (): Schema.Codec<LocationResponseItem> => LocationResponseItem
).annotate({ description: "SSL certificate location details" })
export type GetSslCertLocationDetails404 = NotFoundErrorResponse
export const GetSslCertLocationDetails404 = NotFoundErrorResponse
export type UpdateSslCertCustomLocationRequestJson = LocationCreateUpdateRequest
export const UpdateSslCertCustomLocationRequestJson = LocationCreateUpdateRequest
export type UpdateSslCertCustomLocation404 = NotFoundErrorResponse
export const UpdateSslCertCustomLocation404 = NotFoundErrorResponse
export type DeleteSslCertCustomLocation404 = NotFoundErrorResponse
export const DeleteSslCertCustomLocation404 = NotFoundErrorResponse
export type GetSslCertificatesList1Params = {
  readonly size?: number
  readonly position?: number
  readonly commonName?: string
  readonly subjectAlternativeName?: string
  readonly status?:
    | "Invalid"
    | "Requested"
    | "Approved"
    | "Declined"
    | "Applied"
    | "Issued"
    | "Revoked"
    | "Expired"
    | "Replaced"
    | "Rejected"
    | "SA Approved"
    | "Init"
  readonly sslTypeId?: number
  readonly discoveryStatus?: "NotDeployed" | "Deployed"
  readonly vendor?: string
  readonly orgId?: number
  readonly installStatus?:
    | "Not configured"
    | "Not started"
    | "Key processing"
    | "Key and CSR ready"
    | "Certificate processing"
    | "Installation scheduled"
    | "Installation processing"
    | "Action required"
    | "Ready for install"
    | "Server restart required"
    | "Completed"
    | "Invalid configuration"
  readonly renewalStatus?: "Not scheduled" | "Scheduled" | "Started" | "Successful" | "Failed"
  readonly issuer?: string
  readonly serialNumber?: string
  readonly requester?: string
  readonly externalRequester?: string
  readonly signatureAlgorithm?: string
  readonly keyAlgorithm?: string
  readonly keySize?: number
  readonly keyParam?: string
  readonly sha1Hash?: string
  readonly md5Hash?: string
  readonly sha256Hash?: string
  readonly keyUsage?: string
  readonly extendedKeyUsage?: string
  readonly requestedVia?:
    | "Enrollment Form"
    | "Client Admin"
    | "Web API"
    | "Discovery"
    | "Imported"
    | "SCEP"
    | "CD Agent"
    | "MS Agent"
    | "MS CA"
    | "Bulk Request"
    | "ACME"
    | "EST"
    | "REST API"
}
export const GetSslCertificatesList1Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Filter by Common Name" })),
  subjectAlternativeName: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Subject Alternative Name" })
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "Invalid",
      "Requested",
      "Approved",
      "Declined",
      "Applied",
      "Issued",
      "Revoked",
      "Expired",
      "Replaced",
      "Rejected",
      "SA Approved",
      "Init"
    ]).annotate({ description: "Filter by status." })
  ),
  sslTypeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Certificate Profile ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  discoveryStatus: Schema.optionalKey(
    Schema.Literals(["NotDeployed", "Deployed"]).annotate({
      description: 'Filter by discovery status. (deprecated, see "requestedVia").'
    })
  ),
  vendor: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Vendor" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  installStatus: Schema.optionalKey(
    Schema.Literals([
      "Not configured",
      "Not started",
      "Key processing",
      "Key and CSR ready",
      "Certificate processing",
      "Installation scheduled",
      "Installation processing",
      "Action required",
      "Ready for install",
      "Server restart required",
      "Completed",
      "Invalid configuration"
    ]).annotate({ description: "Filter by Install status" })
  ),
  renewalStatus: Schema.optionalKey(
    Schema.Literals(["Not scheduled", "Scheduled", "Started", "Successful", "Failed"]).annotate({
      description: "Filter by Renewal status."
    })
  ),
  issuer: Schema.optionalKey(Schema.String.annotate({ description: "Filter by Issuer" })),
  serialNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Serial Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  requester: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Requester" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  externalRequester: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by External Requester" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  signatureAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Signature Algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keyAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Key Algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keySize: Schema.optionalKey(
    Schema.Number.annotate({ description: 'Filter by Key Size filter (deprecated, see "keyParam")', format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  keyParam: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Key Size/Curve Name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  sha1Hash: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by SHA1 Hash" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(40).annotate({ expected: "a value with a length of at most 40" }))
  ),
  md5Hash: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by MD5 Hash" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  sha256Hash: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by SHA256 Hash" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  keyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Key Usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  extendedKeyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by Extended Key Usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  requestedVia: Schema.optionalKey(
    Schema.Literals([
      "Enrollment Form",
      "Client Admin",
      "Web API",
      "Discovery",
      "Imported",
      "SCEP",
      "CD Agent",
      "MS Agent",
      "MS CA",
      "Bulk Request",
      "ACME",
      "EST",
      "REST API"
    ]).annotate({ description: "Filter by Requested Via" })
  )
})
export type GetSslCertificatesList1200 = ReadonlyArray<SSLIdentity>
export const GetSslCertificatesList1200 = Schema.Array(SSLIdentity)
export type UpdateSslCertificateDetails1RequestJson = SslInfo
export const UpdateSslCertificateDetails1RequestJson = SslInfo
export type UpdateSslCertificateDetails1200 = CertDetailsResponse
export const UpdateSslCertificateDetails1200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "SSL identity" })
export type GetSslCertLocationDetails1200 = LocationResponseItem
export const GetSslCertLocationDetails1200 = Schema.suspend(
  (): Schema.Codec<LocationResponseItem> => LocationResponseItem
).annotate({ description: "SSL certificate location details" })
export type GetSslCertLocationDetails1404 = NotFoundErrorResponse
export const GetSslCertLocationDetails1404 = NotFoundErrorResponse
export type UpdateSslCertCustomLocation1RequestJson = LocationCreateUpdateRequest
export const UpdateSslCertCustomLocation1RequestJson = LocationCreateUpdateRequest
export type UpdateSslCertCustomLocation1404 = NotFoundErrorResponse
export const UpdateSslCertCustomLocation1404 = NotFoundErrorResponse
export type DeleteSslCertCustomLocation1404 = NotFoundErrorResponse
export const DeleteSslCertCustomLocation1404 = NotFoundErrorResponse
export type GetClientCertificateDetails200 = CertDetailsResponse
export const GetClientCertificateDetails200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "Client certificate identity" })
export type GetClientCertificateDetails404 = NotFoundErrorResponse
export const GetClientCertificateDetails404 = NotFoundErrorResponse
export type UpdateClientCertificateDetailsRequestJson = CertUpdateRequest
export const UpdateClientCertificateDetailsRequestJson = CertUpdateRequest
export type UpdateClientCertificateDetails200 = CertDetailsResponse
export const UpdateClientCertificateDetails200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "Client certificate identity" })
export type UpdateClientCertificateDetails404 = NotFoundErrorResponse
export const UpdateClientCertificateDetails404 = NotFoundErrorResponse
export type GetClientCertLocationDetails200 = LocationResponseItem
export const GetClientCertLocationDetails200 = Schema.suspend(
  (): Schema.Codec<LocationResponseItem> => LocationResponseItem
).annotate({ description: "Client certificate location details" })
export type GetClientCertLocationDetails404 = NotFoundErrorResponse
export const GetClientCertLocationDetails404 = NotFoundErrorResponse
export type UpdateClientCertCustomLocationRequestJson = LocationCreateUpdateRequest
export const UpdateClientCertCustomLocationRequestJson = LocationCreateUpdateRequest
export type UpdateClientCertCustomLocation404 = NotFoundErrorResponse
export const UpdateClientCertCustomLocation404 = NotFoundErrorResponse
export type DeleteClientCertCustomLocation404 = NotFoundErrorResponse
export const DeleteClientCertCustomLocation404 = NotFoundErrorResponse
export type GetPersonInfoById200 = PersonInfo
export const GetPersonInfoById200 = Schema.suspend((): Schema.Codec<PersonInfo> => PersonInfo).annotate({
  description: "Person info response"
})
export type GetPersonInfoById404 = NotFoundErrorResponse
export const GetPersonInfoById404 = NotFoundErrorResponse
export type UpdatePersonRequestJson = PersonInfo
export const UpdatePersonRequestJson = PersonInfo
export type UpdatePerson404 = NotFoundErrorResponse
export const UpdatePerson404 = NotFoundErrorResponse
export type DeletePerson404 = NotFoundErrorResponse
export const DeletePerson404 = NotFoundErrorResponse
export type UpdateValidatorAdminOrganizationValidationParams = { readonly adminId?: number }
export const UpdateValidatorAdminOrganizationValidationParams = Schema.Struct({
  adminId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Validator admin ID" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
})
export type UpdateValidatorAdminOrganizationValidationRequestJson = { readonly adminId: number }
export const UpdateValidatorAdminOrganizationValidationRequestJson = Schema.Struct({
  adminId: Schema.Number.annotate({ description: "Validator admin ID" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  )
})
export type UpdateValidatorAdminOrganizationValidation404 = NotFoundErrorResponse
export const UpdateValidatorAdminOrganizationValidation404 = NotFoundErrorResponse
export type ReSubmitOrganizationValidationParams = {
  readonly "organizationDetails.generalDetails.legalName"?: string
  readonly "organizationDetails.generalDetails.assumedName"?: string
  readonly "organizationDetails.generalDetails.address1"?: string
  readonly "organizationDetails.generalDetails.address2"?: string
  readonly "organizationDetails.generalDetails.address3"?: string
  readonly "organizationDetails.generalDetails.city"?: string
  readonly "organizationDetails.generalDetails.stateProvince"?: string
  readonly "organizationDetails.generalDetails.postalCode"?: string
  readonly "organizationDetails.generalDetails.country"?: string
  readonly "organizationDetails.organizationIdentifier"?: string
  readonly "organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber"?: string
  readonly "organizationDetails.evDetails.registrationAgency.registrationNumber"?: string
  readonly "organizationDetails.evDetails.registrationAgency.city"?: string
  readonly "organizationDetails.evDetails.registrationAgency.state"?: string
  readonly "organizationDetails.evDetails.registrationAgency.country"?: string
  readonly "organizationDetails.evDetails.registrationAgency.dateOfIncorporation"?: string
  readonly "organizationDetails.evDetails.registrationAgency.businessCategory"?:
    "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity"
  readonly "organizationDetails.evDetails.contractSigner.forename"?: string
  readonly "organizationDetails.evDetails.contractSigner.surname"?: string
  readonly "organizationDetails.evDetails.contractSigner.email"?: string
  readonly "organizationDetails.evDetails.contractSigner.phoneNumber"?: string
}
export const ReSubmitOrganizationValidationParams = Schema.Struct({
  "organizationDetails.generalDetails.legalName": Schema.optionalKey(
    Schema.String.annotate({ description: "Organization legal name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  "organizationDetails.generalDetails.assumedName": Schema.optionalKey(
    Schema.String.annotate({
      description: "Organization's assumed/DBA name (doing business as). Applicable only for EV validations."
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  "organizationDetails.generalDetails.address1": Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 1" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.generalDetails.address2": Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 2" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.generalDetails.address3": Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 3" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.generalDetails.city": Schema.optionalKey(
    Schema.String.annotate({ description: "City" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  "organizationDetails.generalDetails.stateProvince": Schema.optionalKey(
    Schema.String.annotate({ description: "State or province" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  "organizationDetails.generalDetails.postalCode": Schema.optionalKey(
    Schema.String.annotate({ description: "Postal code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(10).annotate({ expected: "a value with a length of at most 10" }))
  ),
  "organizationDetails.generalDetails.country": Schema.optionalKey(
    Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  "organizationDetails.organizationIdentifier": Schema.optionalKey(
    Schema.String.annotate({ description: "Organization Identifier. Applicable only for OV S/MIME validation." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber": Schema.optionalKey(
    Schema.String.annotate({ description: "DUN and Bradstreet Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(20).annotate({ expected: "a value with a length of at most 20" }))
  ),
  "organizationDetails.evDetails.registrationAgency.registrationNumber": Schema.optionalKey(
    Schema.String.annotate({ description: "Company Registration Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  "organizationDetails.evDetails.registrationAgency.city": Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of City or Town" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.evDetails.registrationAgency.state": Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of State" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.evDetails.registrationAgency.country": Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of Country. (ISO 3166-1 alpha-2 country code)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  "organizationDetails.evDetails.registrationAgency.dateOfIncorporation": Schema.optionalKey(
    Schema.String.annotate({ description: "Date of incorporation", format: "date-time" })
  ),
  "organizationDetails.evDetails.registrationAgency.businessCategory": Schema.optionalKey(
    Schema.Literals(["PrivateOrganization", "GovernmentEntity", "BusinessEntity", "NonCommercialEntity"]).annotate({
      description: "Business category"
    })
  ),
  "organizationDetails.evDetails.contractSigner.forename": Schema.optionalKey(
    Schema.String.annotate({ description: "Forename" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  "organizationDetails.evDetails.contractSigner.surname": Schema.optionalKey(
    Schema.String.annotate({ description: "Surname" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  "organizationDetails.evDetails.contractSigner.email": Schema.optionalKey(
    Schema.String.annotate({ description: "Email" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  "organizationDetails.evDetails.contractSigner.phoneNumber": Schema.optionalKey(
    Schema.String.annotate({ description: "Phone number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  )
})
export type ReSubmitOrganizationValidationRequestJson = {
  readonly organizationDetails?: {
    readonly generalDetails?: {
      readonly legalName?: string
      readonly assumedName?: string
      readonly address1?: string
      readonly address2?: string
      readonly address3?: string
      readonly city?: string
      readonly stateProvince?: string
      readonly postalCode?: string
      readonly country?: string
    }
    readonly organizationIdentifier?: string
    readonly evDetails?: {
      readonly registrationAgency?: {
        readonly dunAndBradstreetNumber?: string
        readonly registrationNumber?: string
        readonly city?: string
        readonly state?: string
        readonly country?: string
        readonly dateOfIncorporation?: string | string
        readonly businessCategory?:
          "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity"
      }
      readonly contractSigner?: {
        readonly forename?: string
        readonly surname?: string
        readonly email?: string
        readonly phoneNumber?: string
      }
    }
  }
}
export const ReSubmitOrganizationValidationRequestJson = Schema.Struct({
  organizationDetails: Schema.optionalKey(
    Schema.Struct({
      generalDetails: Schema.optionalKey(
        Schema.Struct({
          legalName: Schema.optionalKey(
            Schema.String.annotate({ description: "Organization legal name" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
          ),
          assumedName: Schema.optionalKey(
            Schema.String.annotate({
              description: "Organization's assumed/DBA name (doing business as). Applicable only for EV validations."
            })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
          ),
          address1: Schema.optionalKey(
            Schema.String.annotate({ description: "Address line 1" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
          ),
          address2: Schema.optionalKey(
            Schema.String.annotate({ description: "Address line 2" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
          ),
          address3: Schema.optionalKey(
            Schema.String.annotate({ description: "Address line 3" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
          ),
          city: Schema.optionalKey(
            Schema.String.annotate({ description: "City" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
          ),
          stateProvince: Schema.optionalKey(
            Schema.String.annotate({ description: "State or province" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
          ),
          postalCode: Schema.optionalKey(
            Schema.String.annotate({ description: "Postal code" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(10).annotate({ expected: "a value with a length of at most 10" }))
          ),
          country: Schema.optionalKey(
            Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })
              .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
              .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
          )
        })
      ),
      organizationIdentifier: Schema.optionalKey(
        Schema.String.annotate({ description: "Organization Identifier. Applicable only for OV S/MIME validation." })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
      ),
      evDetails: Schema.optionalKey(
        Schema.Struct({
          registrationAgency: Schema.optionalKey(
            Schema.Struct({
              dunAndBradstreetNumber: Schema.optionalKey(
                Schema.String.annotate({ description: "DUN and Bradstreet Number" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(20).annotate({ expected: "a value with a length of at most 20" }))
              ),
              registrationNumber: Schema.optionalKey(
                Schema.String.annotate({ description: "Company Registration Number" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
              ),
              city: Schema.optionalKey(
                Schema.String.annotate({ description: "Jurisdiction of City or Town" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
              ),
              state: Schema.optionalKey(
                Schema.String.annotate({ description: "Jurisdiction of State" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
              ),
              country: Schema.optionalKey(
                Schema.String.annotate({ description: "Jurisdiction of Country. (ISO 3166-1 alpha-2 country code)" })
                  .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
                  .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
              ),
              dateOfIncorporation: Schema.optionalKey(
                Schema.Union([
                  Schema.String.annotate({ format: "date-time" }),
                  Schema.String.annotate({ format: "date" })
                ]).annotate({ description: "Date of incorporation" })
              ),
              businessCategory: Schema.optionalKey(
                Schema.Literals([
                  "PrivateOrganization",
                  "GovernmentEntity",
                  "BusinessEntity",
                  "NonCommercialEntity"
                ]).annotate({ description: "Business category" })
              )
            })
          ),
          contractSigner: Schema.optionalKey(
            Schema.Struct({
              forename: Schema.optionalKey(
                Schema.String.annotate({ description: "Forename" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
              ),
              surname: Schema.optionalKey(
                Schema.String.annotate({ description: "Surname" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
              ),
              email: Schema.optionalKey(
                Schema.String.annotate({ description: "Email" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
              ),
              phoneNumber: Schema.optionalKey(
                Schema.String.annotate({ description: "Phone number" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
              )
            })
          )
        })
      )
    })
  )
})
export type ReSubmitOrganizationValidation200 = ValidationDetailsResponseV2
export const ReSubmitOrganizationValidation200 = Schema.suspend(
  (): Schema.Codec<ValidationDetailsResponseV2> => ValidationDetailsResponseV2
).annotate({ description: "Validation details." })
export type ReSubmitOrganizationValidation404 = NotFoundErrorResponse
export const ReSubmitOrganizationValidation404 = NotFoundErrorResponse
export type UpdateExternalValidationAssignmentParams = {
  readonly externalOrgId?: string
  readonly externalOrgName?: string
}
export const UpdateExternalValidationAssignmentParams = Schema.Struct({
  externalOrgId: Schema.optionalKey(
    Schema.String.annotate({ description: "External CA backend organization ID." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  externalOrgName: Schema.optionalKey(
    Schema.String.annotate({ description: "External CA backend organization name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  )
})
export type UpdateExternalValidationAssignmentRequestJson = {
  readonly externalOrgId: string
  readonly externalOrgName: string
}
export const UpdateExternalValidationAssignmentRequestJson = Schema.Struct({
  externalOrgId: Schema.String.annotate({ description: "External CA backend organization ID." })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  externalOrgName: Schema.String.annotate({ description: "External CA backend organization name." })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
})
export type UpdateExternalValidationAssignment404 = NotFoundErrorResponse
export const UpdateExternalValidationAssignment404 = NotFoundErrorResponse
export type GetOrgDetails200 = OrganizationResp
export const GetOrgDetails200 = Schema.suspend((): Schema.Codec<OrganizationResp> => OrganizationResp).annotate({
  description: "Organization detailed info"
})
export type GetOrgDetails404 = NotFoundErrorResponse
export const GetOrgDetails404 = NotFoundErrorResponse
export type UpdateOrganizationRequestJson = UpdateOrganizationRequest
export const UpdateOrganizationRequestJson = UpdateOrganizationRequest
export type UpdateOrganization200 = OrganizationResp
export const UpdateOrganization200 = Schema.suspend((): Schema.Codec<OrganizationResp> => OrganizationResp).annotate({
  description: "Organization detailed info"
})
export type UpdateOrganization404 = NotFoundErrorResponse
export const UpdateOrganization404 = NotFoundErrorResponse
export type DeleteOrg404 = NotFoundErrorResponse
export const DeleteOrg404 = NotFoundErrorResponse
export type UpdateNotificationRequestJson = NotificationRequest
export const UpdateNotificationRequestJson = NotificationRequest
export type UpdateNotification200 = OrganizationBasicResp
export const UpdateNotification200 = Schema.suspend(
  (): Schema.Codec<OrganizationBasicResp> => OrganizationBasicResp
).annotate({ description: "Notification info object" })
export type GetEnrollmentEndpointDetails200 = EnrolmentEndpointItem
export const GetEnrollmentEndpointDetails200 = Schema.suspend(
  (): Schema.Codec<EnrolmentEndpointItem> => EnrolmentEndpointItem
).annotate({ description: "Endpoint details" })
export type GetEnrollmentEndpointDetails404 = NotFoundErrorResponse
export const GetEnrollmentEndpointDetails404 = NotFoundErrorResponse
export type UpdateEnrollmentEndpointParams = {
  readonly name?: string
  readonly endpointType?: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly uriExtension?: string
  readonly "config.enrollmentHelp"?: string
  readonly "config.enrollmentLinkName"?: string
  readonly "config.enrollmentLinkAddress"?: string
  readonly "config.webFormAuthTypes"?: ReadonlyArray<
    "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID" | "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID"
  >
  readonly "config.contactName"?: string
  readonly "config.contactEmail"?: string
  readonly "config.contactPhone"?: string
  readonly orgDelegations?: ReadonlyArray<number>
}
export const UpdateEnrollmentEndpointParams = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  endpointType: Schema.optionalKey(
    Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
      description: "Endpoint type"
    })
  ),
  uriExtension: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint URI extension" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(58).annotate({ expected: "a value with a length of at most 58" }))
  ),
  "config.enrollmentHelp": Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment instructions" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
  ),
  "config.enrollmentLinkName": Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  "config.enrollmentLinkAddress": Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
  ),
  "config.webFormAuthTypes": Schema.optionalKey(
    Schema.Array(
      Schema.Literals(["EMAIL_CONFIRMATION", "IDP", "SECRET_ID", "EMAIL_CONFIRMATION", "IDP", "SECRET_ID"]).annotate({
        description: "Web Form authentication method"
      })
    )
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
  ),
  "config.contactName": Schema.optionalKey(
    Schema.String.annotate({ description: "Contact name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  "config.contactEmail": Schema.optionalKey(
    Schema.String.annotate({ description: "Contact e-mail" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  "config.contactPhone": Schema.optionalKey(
    Schema.String.annotate({ description: "Contact phone" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated organization ID", format: "int32" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
        .check(
          Schema.isLessThanOrEqualTo(2147483647).annotate({ expected: "a value less than or equal to 2147483647" })
        )
    )
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
  )
})
export type UpdateEnrollmentEndpointRequestJson = {
  readonly name?: string
  readonly endpointType?: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly uriExtension?: string
  readonly config?: {
    readonly enrollmentHelp?: string
    readonly enrollmentLinkName?: string
    readonly enrollmentLinkAddress?: string
    readonly webFormAuthTypes?: ReadonlyArray<
      "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID" | "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID"
    >
    readonly contactName?: string
    readonly contactEmail?: string
    readonly contactPhone?: string
  }
  readonly orgDelegations?: ReadonlyArray<number>
}
export const UpdateEnrollmentEndpointRequestJson = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  endpointType: Schema.optionalKey(
    Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
      description: "Endpoint type"
    })
  ),
  uriExtension: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint URI extension" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(58).annotate({ expected: "a value with a length of at most 58" }))
  ),
  config: Schema.optionalKey(
    Schema.Struct({
      enrollmentHelp: Schema.optionalKey(
        Schema.String.annotate({ description: "Endpoint enrollment instructions" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
      ),
      enrollmentLinkName: Schema.optionalKey(
        Schema.String.annotate({ description: "Endpoint enrollment external instructions URL name" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
      ),
      enrollmentLinkAddress: Schema.optionalKey(
        Schema.String.annotate({ description: "Endpoint enrollment external instructions URL" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
      ),
      webFormAuthTypes: Schema.optionalKey(
        Schema.Array(
          Schema.Literals([
            "EMAIL_CONFIRMATION",
            "IDP",
            "SECRET_ID",
            "EMAIL_CONFIRMATION",
            "IDP",
            "SECRET_ID"
          ]).annotate({ description: "Web Form authentication method" })
        )
          .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
          .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
      ),
      contactName: Schema.optionalKey(
        Schema.String.annotate({ description: "Contact name" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
      ),
      contactEmail: Schema.optionalKey(
        Schema.String.annotate({ description: "Contact e-mail" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
      ),
      contactPhone: Schema.optionalKey(
        Schema.String.annotate({ description: "Contact phone" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
      )
    })
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated organization ID", format: "int32" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
        .check(
          Schema.isLessThanOrEqualTo(2147483647).annotate({ expected: "a value less than or equal to 2147483647" })
        )
    )
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
  )
})
export type UpdateEnrollmentEndpoint404 = NotFoundErrorResponse
export const UpdateEnrollmentEndpoint404 = NotFoundErrorResponse
export type DeleteEnrollmentEndpoint404 = NotFoundErrorResponse
export const DeleteEnrollmentEndpoint404 = NotFoundErrorResponse
export type AddEnrollmentEndpointDelegationsRequestJson = ReadonlyArray<number>
export const AddEnrollmentEndpointDelegationsRequestJson = Schema.Array(
  Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
)
  .annotate({ description: "Delegated organizations IDs" })
  .check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
export type AddEnrollmentEndpointDelegations404 = NotFoundErrorResponse
export const AddEnrollmentEndpointDelegations404 = NotFoundErrorResponse
export type RemoveEnrollmentEndpointDelegations404 = NotFoundErrorResponse
export const RemoveEnrollmentEndpointDelegations404 = NotFoundErrorResponse
export type GetEnrollmentEndpointConfig200 = EnrollmentEndpointConfigInfo
export const GetEnrollmentEndpointConfig200 = Schema.suspend(
  (): Schema.Codec<EnrollmentEndpointConfigInfo> => EnrollmentEndpointConfigInfo
).annotate({ description: "Endpoint configuration" })
export type GetEnrollmentEndpointConfig404 = NotFoundErrorResponse
export const GetEnrollmentEndpointConfig404 = NotFoundErrorResponse
export type AddEnrollmentEndpointConfigRequestJson = EnrollmentEndpointConfigRequest
export const AddEnrollmentEndpointConfigRequestJson = EnrollmentEndpointConfigRequest
export type AddEnrollmentEndpointConfig404 = NotFoundErrorResponse
export const AddEnrollmentEndpointConfig404 = NotFoundErrorResponse
export type GetEnrollmentEndpointAccountDetails200 = EndpointAccountItem
export const GetEnrollmentEndpointAccountDetails200 = Schema.suspend(
  (): Schema.Codec<EndpointAccountItem> => EndpointAccountItem
).annotate({ description: "Endpoint account details." })
export type GetEnrollmentEndpointAccountDetails404 = NotFoundErrorResponse
export const GetEnrollmentEndpointAccountDetails404 = NotFoundErrorResponse
export type UpdateEnrollmentEndpointAccountRequestJson =
  | CreatePublicAcmeEnrollAccount
  | CreateSslMaggieEnrollAccount
  | CsWebFormAccountRequest
  | DeviceWebFormAccountRequest
  | SSLWebFormAccountRequest
  | SmimeWebFormAccountRequest
export const UpdateEnrollmentEndpointAccountRequestJson = Schema.Union([
  CreatePublicAcmeEnrollAccount,
  CreateSslMaggieEnrollAccount,
  CsWebFormAccountRequest,
  DeviceWebFormAccountRequest,
  SSLWebFormAccountRequest,
  SmimeWebFormAccountRequest
])
export type UpdateEnrollmentEndpointAccount404 = NotFoundErrorResponse
export const UpdateEnrollmentEndpointAccount404 = NotFoundErrorResponse
export type DeleteEnrollmentEndpointAccount404 = NotFoundErrorResponse
export const DeleteEnrollmentEndpointAccount404 = NotFoundErrorResponse
export type SuspendDomain404 = NotFoundErrorResponse
export const SuspendDomain404 = NotFoundErrorResponse
export type CtLogMonitoringRequestJson = CtLogMonitoring
export const CtLogMonitoringRequestJson = CtLogMonitoring
export type CtLogMonitoring404 = NotFoundErrorResponse
export const CtLogMonitoring404 = NotFoundErrorResponse
export type ActivateDomain404 = NotFoundErrorResponse
export const ActivateDomain404 = NotFoundErrorResponse
export type UpdateNetworkTaskRequestJson = NetTaskRequestV2
export const UpdateNetworkTaskRequestJson = NetTaskRequestV2
export type UpdateNetworkTask404 = NotFoundErrorResponse
export const UpdateNetworkTask404 = NotFoundErrorResponse
export type UpdateMsAdScanTaskRequestJson = AdTaskRequestV2
export const UpdateMsAdScanTaskRequestJson = AdTaskRequestV2
export type UpdateMsAdScanTask404 = NotFoundErrorResponse
export const UpdateMsAdScanTask404 = NotFoundErrorResponse
export type FindCertificateBucketById200 = BucketDetailsResponse
export const FindCertificateBucketById200 = BucketDetailsResponse
export type FindCertificateBucketById404 = NotFoundErrorResponse
export const FindCertificateBucketById404 = NotFoundErrorResponse
export type UpdateCertificateBucketRequestJson = UpdateBucketRequest
export const UpdateCertificateBucketRequestJson = UpdateBucketRequest
export type UpdateCertificateBucket200 = BucketUpdateResponse
export const UpdateCertificateBucket200 = BucketUpdateResponse
export type UpdateCertificateBucket404 = NotFoundErrorResponse
export const UpdateCertificateBucket404 = NotFoundErrorResponse
export type DeleteCertificateBucket404 = NotFoundErrorResponse
export const DeleteCertificateBucket404 = NotFoundErrorResponse
export type ResetClientSecret200 = BucketBasicInfo
export const ResetClientSecret200 = BucketBasicInfo
export type ResetClientSecret404 = NotFoundErrorResponse
export const ResetClientSecret404 = NotFoundErrorResponse
export type DelegateOrganizationsToCertificateBucketRequestJson = DelegateRequest
export const DelegateOrganizationsToCertificateBucketRequestJson = DelegateRequest
export type DelegateOrganizationsToCertificateBucket200 = BucketDelegateOrgsResponse
export const DelegateOrganizationsToCertificateBucket200 = BucketDelegateOrgsResponse
export type DelegateOrganizationsToCertificateBucket404 = NotFoundErrorResponse
export const DelegateOrganizationsToCertificateBucket404 = NotFoundErrorResponse
export type UpdateAzureKeyVaultScanTaskRequestJson = AzureTaskRequest
export const UpdateAzureKeyVaultScanTaskRequestJson = AzureTaskRequest
export type UpdateAzureKeyVaultScanTask404 = NotFoundErrorResponse
export const UpdateAzureKeyVaultScanTask404 = NotFoundErrorResponse
export type GetAssignmentRulesIdListParams = { readonly size?: number; readonly position?: number }
export const GetAssignmentRulesIdListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type GetAssignmentRulesIdList200 = ReadonlyArray<number>
export const GetAssignmentRulesIdList200 = Schema.Array(
  Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
)
export type UpdateAssignmentRuleRequestJson = EditRuleRequest
export const UpdateAssignmentRuleRequestJson = EditRuleRequest
export type UpdateAssignmentRule404 = ErrorResponse
export const UpdateAssignmentRule404 = ErrorResponse
export type CreateAssignmentRuleRequestJson = AddRuleRequest
export const CreateAssignmentRuleRequestJson = AddRuleRequest
export type UpdateDeviceCertificateDetailsRequestJson = CertUpdateRequest
export const UpdateDeviceCertificateDetailsRequestJson = CertUpdateRequest
export type UpdateDeviceCertificateDetails200 = CertDetailsResponse
export const UpdateDeviceCertificateDetails200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "Device certificate identity" })
export type UpdateDeviceCertificateDetails404 = NotFoundErrorResponse
export const UpdateDeviceCertificateDetails404 = NotFoundErrorResponse
export type GetDeviceCertLocationDetails200 = LocationResponseItem
export const GetDeviceCertLocationDetails200 = Schema.suspend(
  (): Schema.Codec<LocationResponseItem> => LocationResponseItem
).annotate({ description: "Device certificate location details" })
export type GetDeviceCertLocationDetails404 = NotFoundErrorResponse
export const GetDeviceCertLocationDetails404 = NotFoundErrorResponse
export type UpdateDeviceCertCustomLocationRequestJson = LocationCreateUpdateRequest
export const UpdateDeviceCertCustomLocationRequestJson = LocationCreateUpdateRequest
export type UpdateDeviceCertCustomLocation404 = NotFoundErrorResponse
export const UpdateDeviceCertCustomLocation404 = NotFoundErrorResponse
export type DeleteDeviceCertCustomLocation404 = NotFoundErrorResponse
export const DeleteDeviceCertCustomLocation404 = NotFoundErrorResponse
export type ReadCustomFieldsByCertTypeParams = { readonly certType?: "SSL" | "SMIME" | "Device" }
export const ReadCustomFieldsByCertTypeParams = Schema.Struct({
  certType: Schema.optionalKey(
    Schema.Literals(["SSL", "SMIME", "Device"]).annotate({ description: "Certificate Type of Custom Field" })
  )
})
export type ReadCustomFieldsByCertType200 = ReadonlyArray<ApiCustomFieldV2>
export const ReadCustomFieldsByCertType200 = Schema.Array(ApiCustomFieldV2)
export type UpdateCustomFieldRequestJson = ApiCustomFieldV2
export const UpdateCustomFieldRequestJson = ApiCustomFieldV2
export type UpdateCustomField200 = ApiCustomFieldV2
export const UpdateCustomField200 = Schema.suspend((): Schema.Codec<ApiCustomFieldV2> => ApiCustomFieldV2).annotate({
  description: "Custom Field info object"
})
export type CreateCustomFieldRequestJson = CreateCustomFieldReqV2
export const CreateCustomFieldRequestJson = CreateCustomFieldReqV2
export type GetAzureAccountDetails200 = AzureAccountDetails
export const GetAzureAccountDetails200 = Schema.suspend(
  (): Schema.Codec<AzureAccountDetails> => AzureAccountDetails
).annotate({ description: "Azure account details schema" })
export type GetAzureAccountDetails404 = NotFoundErrorResponse
export const GetAzureAccountDetails404 = NotFoundErrorResponse
export type UpdateAzureAccountRequestJson = AzureAccountUpdateRequest
export const UpdateAzureAccountRequestJson = AzureAccountUpdateRequest
export type UpdateAzureAccount404 = NotFoundErrorResponse
export const UpdateAzureAccount404 = NotFoundErrorResponse
export type DeleteAzureAccount404 = NotFoundErrorResponse
export const DeleteAzureAccount404 = NotFoundErrorResponse
export type DelegateOrganizationsToAccountRequestJson = DelegateRequest
export const DelegateOrganizationsToAccountRequestJson = DelegateRequest
export type DelegateOrganizationsToAccount200 = DelegatedOrgsResponse
export const DelegateOrganizationsToAccount200 = DelegatedOrgsResponse
export type DelegateOrganizationsToAccount404 = NotFoundErrorResponse
export const DelegateOrganizationsToAccount404 = NotFoundErrorResponse
export type GetNetworkAgentDetails200 = ExAgentDetails
export const GetNetworkAgentDetails200 = Schema.suspend((): Schema.Codec<ExAgentDetails> => ExAgentDetails).annotate({
  description: "Response object with network agent details."
})
export type GetNetworkAgentDetails404 = NotFoundErrorResponse
export const GetNetworkAgentDetails404 = NotFoundErrorResponse
export type UpdateNetworkAgentRequestJson = ExAgentUpdateRequest
export const UpdateNetworkAgentRequestJson = ExAgentUpdateRequest
export type UpdateNetworkAgent404 = NotFoundErrorResponse
export const UpdateNetworkAgent404 = NotFoundErrorResponse
export type DeleteNetworkAgent404 = NotFoundErrorResponse
export const DeleteNetworkAgent404 = NotFoundErrorResponse
export type GetNetworkAgentServerDetails200 = TargetServerDto
export const GetNetworkAgentServerDetails200 = Schema.suspend(
  (): Schema.Codec<TargetServerDto> => TargetServerDto
).annotate({ description: "Response object with server details." })
export type UpdateServerDetailsRequestJson = TargetServerUpdateRequest
export const UpdateServerDetailsRequestJson = TargetServerUpdateRequest
export type GetMsAgentDetails200 = MsAgentDetails
export const GetMsAgentDetails200 = Schema.suspend((): Schema.Codec<MsAgentDetails> => MsAgentDetails).annotate({
  description: "Response object with ms agent details."
})
export type GetMsAgentDetails404 = NotFoundErrorResponse
export const GetMsAgentDetails404 = NotFoundErrorResponse
export type UpdateMsAgentRequestJson = MsAgentUpdateRequest
export const UpdateMsAgentRequestJson = MsAgentUpdateRequest
export type UpdateMsAgent200 = {}
export const UpdateMsAgent200 = Schema.Struct({})
export type UpdateMsAgent404 = NotFoundErrorResponse
export const UpdateMsAgent404 = NotFoundErrorResponse
export type DeleteMsAgent200 = {}
export const DeleteMsAgent200 = Schema.Struct({})
export type DeleteMsAgent404 = NotFoundErrorResponse
export const DeleteMsAgent404 = NotFoundErrorResponse
export type GetAdminDetails200 = ClientAdminDetailsResponse
export const GetAdminDetails200 = Schema.suspend(
  (): Schema.Codec<ClientAdminDetailsResponse> => ClientAdminDetailsResponse
).annotate({ description: "Administrator details" })
export type GetAdminDetails404 = NotFoundErrorResponse
export const GetAdminDetails404 = NotFoundErrorResponse
export type UpdateAdminAccountRequestJson = CreateAndUpdateClientAdminRequest
export const UpdateAdminAccountRequestJson = CreateAndUpdateClientAdminRequest
export type UpdateAdminAccount404 = NotFoundErrorResponse
export const UpdateAdminAccount404 = NotFoundErrorResponse
export type DeleteAdminUserParams = { readonly replacingRequesterId?: number }
export const DeleteAdminUserParams = Schema.Struct({
  replacingRequesterId: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type DeleteAdminUser404 = NotFoundErrorResponse
export const DeleteAdminUser404 = NotFoundErrorResponse
export type UnlinkFromTemplate404 = NotFoundErrorResponse
export const UnlinkFromTemplate404 = NotFoundErrorResponse
export type GetAdminTemplateDetails200 = IdpTemplateDetails
export const GetAdminTemplateDetails200 = Schema.suspend(
  (): Schema.Codec<IdpTemplateDetails> => IdpTemplateDetails
).annotate({ description: "IdP Template details" })
export type UpdateAdminTemplateRequestJson = CreateAndUpdateIdpTemplateRequest
export const UpdateAdminTemplateRequestJson = CreateAndUpdateIdpTemplateRequest
export type UpdateAdminTemplate404 = NotFoundErrorResponse
export const UpdateAdminTemplate404 = NotFoundErrorResponse
export type DeleteAdminTemplateParams = {
  readonly relatedAdminsAction?: IdpTemplateDeleteOption
  readonly replacingRequesterId?: number
}
export const DeleteAdminTemplateParams = Schema.Struct({
  relatedAdminsAction: Schema.optionalKey(IdpTemplateDeleteOption),
  replacingRequesterId: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type DeleteAdminTemplate404 = NotFoundErrorResponse
export const DeleteAdminTemplate404 = NotFoundErrorResponse
export type GetPublicAcmeAccountDetails200 = PublicAcmeAccountInfoV2
export const GetPublicAcmeAccountDetails200 = Schema.suspend(
  (): Schema.Codec<PublicAcmeAccountInfoV2> => PublicAcmeAccountInfoV2
).annotate({ description: "Public ACME account detailed info" })
export type GetPublicAcmeAccountDetails404 = NotFoundErrorResponse
export const GetPublicAcmeAccountDetails404 = NotFoundErrorResponse
export type UpdatePublicAcmeAccountRequestJson = PublicAcmeAccountUpdateRequest
export const UpdatePublicAcmeAccountRequestJson = PublicAcmeAccountUpdateRequest
export type UpdatePublicAcmeAccount404 = NotFoundErrorResponse
export const UpdatePublicAcmeAccount404 = NotFoundErrorResponse
export type DeletePublicAcmeAccount404 = NotFoundErrorResponse
export const DeletePublicAcmeAccount404 = NotFoundErrorResponse
export type DeactivatePublicAcmeAccountClient404 = NotFoundErrorResponse
export const DeactivatePublicAcmeAccountClient404 = NotFoundErrorResponse
export type GetUniversalAcmeAccountDetails200 = PrivateAcmeAccountInfo
export const GetUniversalAcmeAccountDetails200 = Schema.suspend(
  (): Schema.Codec<PrivateAcmeAccountInfo> => PrivateAcmeAccountInfo
).annotate({ description: "Universal ACME account detailed info" })
export type GetUniversalAcmeAccountDetails404 = NotFoundErrorResponse
export const GetUniversalAcmeAccountDetails404 = NotFoundErrorResponse
export type UpdateUniversalAcmeAccountRequestJson = PrivateAcmeAccountUpdateRequest
export const UpdateUniversalAcmeAccountRequestJson = PrivateAcmeAccountUpdateRequest
export type UpdateUniversalAcmeAccount404 = NotFoundErrorResponse
export const UpdateUniversalAcmeAccount404 = NotFoundErrorResponse
export type DeleteUniversalAcmeAccount404 = NotFoundErrorResponse
export const DeleteUniversalAcmeAccount404 = NotFoundErrorResponse
export type DeactivateUniversalAcmeAccountClient404 = NotFoundErrorResponse
export const DeactivateUniversalAcmeAccountClient404 = NotFoundErrorResponse
export type ListSslCertLocations200 = ReadonlyArray<LocationResponseItem>
export const ListSslCertLocations200 = Schema.Array(LocationResponseItem)
export type ListSslCertLocations404 = NotFoundErrorResponse
export const ListSslCertLocations404 = NotFoundErrorResponse
export type CreateSslCertCustomLocationRequestJson = LocationCreateUpdateRequest
export const CreateSslCertCustomLocationRequestJson = LocationCreateUpdateRequest
export type CreateSslCertCustomLocation404 = NotFoundErrorResponse
export const CreateSslCertCustomLocation404 = NotFoundErrorResponse
export type RecheckSslCertDcvInfo202 = DcvInfoResp
export const RecheckSslCertDcvInfo202 = DcvInfoResp
export type RecheckSslCertDcvInfo404 = NotFoundErrorResponse
export const RecheckSslCertDcvInfo404 = NotFoundErrorResponse
export type RevokeSslCertificateByIdRequestJson = RevokeRequest
export const RevokeSslCertificateByIdRequestJson = RevokeRequest
export type RevokeSslCertificateBySerialNumberRequestJson = RevokeRequest
export const RevokeSslCertificateBySerialNumberRequestJson = RevokeRequest
export type RevokeManualSslCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export const RevokeManualSslCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export type ReplaceSslCertificateByIdRequestJson = ReplaceRequest
export const ReplaceSslCertificateByIdRequestJson = ReplaceRequest
export type RenewSslCertificateByIdRequestJson = RenewInfo
export const RenewSslCertificateByIdRequestJson = RenewInfo
export type RenewSslCertificateById200 = RenewResponse
export const RenewSslCertificateById200 = Schema.suspend((): Schema.Codec<RenewResponse> => RenewResponse).annotate({
  description: "Renew SSL Certificate response object"
})
export type RenewSslCertificateBySerialNumberRequestJson = RenewInfo
export const RenewSslCertificateBySerialNumberRequestJson = RenewInfo
export type RenewManualRequestJson = RenewManualRequest
export const RenewManualRequestJson = RenewManualRequest
export type DownloadSslFromKeyStoreRequestJson = DownloadLinkRequest
export const DownloadSslFromKeyStoreRequestJson = DownloadLinkRequest
export type DownloadSslFromKeyStore200 = DownloadFromPKResponse
export const DownloadSslFromKeyStore200 = Schema.suspend(
  (): Schema.Codec<DownloadFromPKResponse> => DownloadFromPKResponse
).annotate({ description: "Link to download key or certificate from Private Key Controller" })
export type ImportSslCertificateRequestJson = ReadonlyArray<CertificateImportRequest>
export const ImportSslCertificateRequestJson = Schema.Array(CertificateImportRequest)
export type ImportSslCertificate200 = ReadonlyArray<CertificateImportResponse> | ImportReport
export const ImportSslCertificate200 = Schema.Union(
  [
    Schema.Array(CertificateImportResponse),
    Schema.suspend((): Schema.Codec<ImportReport> => ImportReport).annotate({ description: "Import report" })
  ],
  { mode: "oneOf" }
)
export type EnrollSslCertificateRequestJson = EnrollRequest
export const EnrollSslCertificateRequestJson = EnrollRequest
export type EnrollSslCertificate200 = EnrollResponse
export const EnrollSslCertificate200 = Schema.suspend((): Schema.Codec<EnrollResponse> => EnrollResponse).annotate({
  description: "Identifiers of requested SSL Certificate"
})
export type EnrollSslCertificateWithKeyGenRequestJson = EnrollRequestKeyGen
export const EnrollSslCertificateWithKeyGenRequestJson = EnrollRequestKeyGen
export type EnrollSslCertificateWithKeyGen200 = EnrollResponse
export const EnrollSslCertificateWithKeyGen200 = Schema.suspend(
  (): Schema.Codec<EnrollResponse> => EnrollResponse
).annotate({ description: "Identifiers of requested SSL Certificate" })
export type DeclineSslCertificateByIdRequestJson = DeclineRequest
export const DeclineSslCertificateByIdRequestJson = DeclineRequest
export type ApproveSslCertificateByIdRequestJson = ApproveRequest
export const ApproveSslCertificateByIdRequestJson = ApproveRequest
export type ListSslCertLocations1200 = ReadonlyArray<LocationResponseItem>
export const ListSslCertLocations1200 = Schema.Array(LocationResponseItem)
export type ListSslCertLocations1404 = NotFoundErrorResponse
export const ListSslCertLocations1404 = NotFoundErrorResponse
export type CreateSslCertCustomLocation1RequestJson = LocationCreateUpdateRequest
export const CreateSslCertCustomLocation1RequestJson = LocationCreateUpdateRequest
export type CreateSslCertCustomLocation1404 = NotFoundErrorResponse
export const CreateSslCertCustomLocation1404 = NotFoundErrorResponse
export type RecheckSslCertDcvInfo1202 = DcvInfoResp
export const RecheckSslCertDcvInfo1202 = DcvInfoResp
export type RecheckSslCertDcvInfo1404 = NotFoundErrorResponse
export const RecheckSslCertDcvInfo1404 = NotFoundErrorResponse
export type RevokeSslCertificateById1RequestJson = RevokeRequest
export const RevokeSslCertificateById1RequestJson = RevokeRequest
export type RevokeSslCertificateBySerialNumber1RequestJson = RevokeRequest
export const RevokeSslCertificateBySerialNumber1RequestJson = RevokeRequest
export type RevokeManualSslCertificateByIdOrSnPlusIssuer1RequestJson = MarkAsRevokedRequest
export const RevokeManualSslCertificateByIdOrSnPlusIssuer1RequestJson = MarkAsRevokedRequest
export type ReplaceSslCertificateById1RequestJson = ReplaceRequest
export const ReplaceSslCertificateById1RequestJson = ReplaceRequest
export type RenewSslCertificateById1RequestJson = RenewInfo
export const RenewSslCertificateById1RequestJson = RenewInfo
export type RenewSslCertificateById1200 = RenewResponse
export const RenewSslCertificateById1200 = Schema.suspend((): Schema.Codec<RenewResponse> => RenewResponse).annotate({
  description: "Renew SSL Certificate response object"
})
export type RenewSslCertificateBySerialNumber1RequestJson = RenewInfo
export const RenewSslCertificateBySerialNumber1RequestJson = RenewInfo
export type RenewManual1RequestJson = RenewManualRequest
export const RenewManual1RequestJson = RenewManualRequest
export type GetSslKeyStoreDownloadLink200 = DownloadFromPKResponse
export const GetSslKeyStoreDownloadLink200 = Schema.suspend(
  (): Schema.Codec<DownloadFromPKResponse> => DownloadFromPKResponse
).annotate({ description: "Link to download key or certificate from Private Key Controller" })
export type DownloadSslFromKeyStore1RequestJson = DownloadLinkRequest
export const DownloadSslFromKeyStore1RequestJson = DownloadLinkRequest
export type DownloadSslFromKeyStore1200 = DownloadFromPKResponse
export const DownloadSslFromKeyStore1200 = Schema.suspend(
  (): Schema.Codec<DownloadFromPKResponse> => DownloadFromPKResponse
).annotate({ description: "Link to download key or certificate from Private Key Controller" })
export type ImportSslCertificate1Params = { readonly orgId: number; readonly file: string }
export const ImportSslCertificate1Params = Schema.Struct({
  orgId: Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" })),
  file: Schema.String.annotate({ format: "binary" })
})
export type ImportSslCertificate1200 = ImportReport
export const ImportSslCertificate1200 = Schema.suspend((): Schema.Codec<ImportReport> => ImportReport).annotate({
  description: "Import report"
})
export type EnrollSslCertificate1RequestJson = EnrollRequest
export const EnrollSslCertificate1RequestJson = EnrollRequest
export type EnrollSslCertificate1200 = EnrollResponse
export const EnrollSslCertificate1200 = Schema.suspend((): Schema.Codec<EnrollResponse> => EnrollResponse).annotate({
  description: "Identifiers of requested SSL Certificate"
})
export type EnrollSslCertificateWithKeyGen1RequestJson = EnrollRequestKeyGen
export const EnrollSslCertificateWithKeyGen1RequestJson = EnrollRequestKeyGen
export type EnrollSslCertificateWithKeyGen1200 = EnrollResponse
export const EnrollSslCertificateWithKeyGen1200 = Schema.suspend(
  (): Schema.Codec<EnrollResponse> => EnrollResponse
).annotate({ description: "Identifiers of requested SSL Certificate" })
export type DeclineSslCertificateById1RequestJson = DeclineRequest
export const DeclineSslCertificateById1RequestJson = DeclineRequest
export type ApproveSslCertificateById1RequestJson = ApproveRequest
export const ApproveSslCertificateById1RequestJson = ApproveRequest
export type ListClientCertLocations200 = ReadonlyArray<LocationResponseItem>
export const ListClientCertLocations200 = Schema.Array(LocationResponseItem)
export type ListClientCertLocations404 = NotFoundErrorResponse
export const ListClientCertLocations404 = NotFoundErrorResponse
export type CreateClientCertCustomLocationRequestJson = LocationCreateUpdateRequest
export const CreateClientCertCustomLocationRequestJson = LocationCreateUpdateRequest
export type CreateClientCertCustomLocation404 = NotFoundErrorResponse
export const CreateClientCertCustomLocation404 = NotFoundErrorResponse
export type RevokeClientCertificatesByEmailRequestJson = RevokeByEmailRequest
export const RevokeClientCertificatesByEmailRequestJson = RevokeByEmailRequest
export type RevokeClientCertificatesByEmail404 = ErrorResponse
export const RevokeClientCertificatesByEmail404 = Schema.suspend(
  (): Schema.Codec<ErrorResponse> => ErrorResponse
).annotate({ description: "Error code and error description." })
export type RevokeClientCertificateBySerialNumberRequestJson = ClientRevokeRequest
export const RevokeClientCertificateBySerialNumberRequestJson = ClientRevokeRequest
export type RevokeClientCertificateByBackendCertificateIdRequestJson = ClientRevokeRequest
export const RevokeClientCertificateByBackendCertificateIdRequestJson = ClientRevokeRequest
export type RevokeManualClientCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export const RevokeManualClientCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export type RenewClientCertificateBySerialNumber200 = ClientEnrollResponse
export const RenewClientCertificateBySerialNumber200 = Schema.suspend(
  (): Schema.Codec<ClientEnrollResponse> => ClientEnrollResponse
).annotate({ description: "Identifier of enrolled Certificate" })
export type RenewClientCertificateByBackendCertificateId200 = ClientEnrollResponse
export const RenewClientCertificateByBackendCertificateId200 = Schema.suspend(
  (): Schema.Codec<ClientEnrollResponse> => ClientEnrollResponse
).annotate({ description: "Identifier of enrolled Certificate" })
export type DownloadP12ClientCertificateRequestJson = P12DownloadRequest
export const DownloadP12ClientCertificateRequestJson = P12DownloadRequest
export type DownloadP12ClientCertificate404 = NotFoundErrorResponse
export const DownloadP12ClientCertificate404 = NotFoundErrorResponse
export type ImportCertificatesRequestJson = ReadonlyArray<CertificateImportRequest>
export const ImportCertificatesRequestJson = Schema.Array(CertificateImportRequest)
export type ImportCertificates200 = ReadonlyArray<CertificateImportResponse>
export const ImportCertificates200 = Schema.Array(CertificateImportResponse)
export type EnrollClientCertificateRequestJson = ClientEnrollRequest
export const EnrollClientCertificateRequestJson = ClientEnrollRequest
export type EnrollClientCertificate200 = ClientEnrollResponse
export const EnrollClientCertificate200 = Schema.suspend(
  (): Schema.Codec<ClientEnrollResponse> => ClientEnrollResponse
).annotate({ description: "Identifier of enrolled Certificate" })
export type GenerateSslCertificatesLogParams = { readonly output_type?: string }
export const GenerateSslCertificatesLogParams = Schema.Struct({ output_type: Schema.optionalKey(Schema.String) })
export type GenerateSslCertificatesLogRequestJson = SslCertificatesReportRequest
export const GenerateSslCertificatesLogRequestJson = SslCertificatesReportRequest
export type GenerateSslCertificatesLog200 = SSLReportResponse
export const GenerateSslCertificatesLog200 = Schema.suspend(
  (): Schema.Codec<SSLReportResponse> => SSLReportResponse
).annotate({ description: "SSL certificate report object" })
export type GenerateDomainsLogParams = { readonly output_type?: string }
export const GenerateDomainsLogParams = Schema.Struct({ output_type: Schema.optionalKey(Schema.String) })
export type GenerateDomainsLog200 = DomainReportResponse
export const GenerateDomainsLog200 = Schema.suspend(
  (): Schema.Codec<DomainReportResponse> => DomainReportResponse
).annotate({ description: "Domains report object" })
export type GenerateDeviceCertificatesLogParams = { readonly output_type?: string }
export const GenerateDeviceCertificatesLogParams = Schema.Struct({ output_type: Schema.optionalKey(Schema.String) })
export type GenerateDeviceCertificatesLogRequestJson = DeviceCertificatesReportRequest
export const GenerateDeviceCertificatesLogRequestJson = DeviceCertificatesReportRequest
export type GenerateDeviceCertificatesLog200 = DeviceCertReportResponse
export const GenerateDeviceCertificatesLog200 = Schema.suspend(
  (): Schema.Codec<DeviceCertReportResponse> => DeviceCertReportResponse
).annotate({ description: "Device certificate report object" })
export type GenerateSmimeCertificatesLogParams = { readonly output_type?: string }
export const GenerateSmimeCertificatesLogParams = Schema.Struct({ output_type: Schema.optionalKey(Schema.String) })
export type GenerateSmimeCertificatesLogRequestJson = ClientCertificatesReportRequest
export const GenerateSmimeCertificatesLogRequestJson = ClientCertificatesReportRequest
export type GenerateSmimeCertificatesLog200 = ClientCertReportResponse
export const GenerateSmimeCertificatesLog200 = Schema.suspend(
  (): Schema.Codec<ClientCertReportResponse> => ClientCertReportResponse
).annotate({ description: "Client certificate report object" })
export type GenerateActivityReportParams = { readonly output_type?: string }
export const GenerateActivityReportParams = Schema.Struct({ output_type: Schema.optionalKey(Schema.String) })
export type GenerateActivityReportRequestJson = ActivityReportRequest
export const GenerateActivityReportRequestJson = ActivityReportRequest
export type GenerateActivityReport200 = ActivityReportResponse
export const GenerateActivityReport200 = Schema.suspend(
  (): Schema.Codec<ActivityReportResponse> => ActivityReportResponse
).annotate({ description: "Activity Report Details" })
export type ListPersonsParams = {
  readonly size?: number
  readonly position?: number
  readonly email?: string
  readonly name?: string
  readonly organizationId?: number
  readonly commonName?: string
  readonly phone?: string
  readonly secondaryEmail?: string
}
export const ListPersonsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Person email" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Person name (url encoded)" })),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Person commonName" })),
  phone: Schema.optionalKey(
    Schema.String.annotate({ description: "Person phone" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
      .check(
        Schema.isPattern(new RegExp("[#|0-9|\\(|\\)|\\-|\\+| x]*")).annotate({
          expected: "a string matching the RegExp [#|0-9|\\(|\\)|\\-|\\+| x]*"
        })
      )
  ),
  secondaryEmail: Schema.optionalKey(Schema.String.annotate({ description: "Person Secondary Email" }))
})
export type ListPersons200 = ReadonlyArray<PersonInfo>
export const ListPersons200 = Schema.Array(PersonInfo)
export type CreatePersonRequestJson = PersonInfo
export const CreatePersonRequestJson = PersonInfo
export type CreatePerson404 = ErrorResponse
export const CreatePerson404 = Schema.suspend((): Schema.Codec<ErrorResponse> => ErrorResponse).annotate({
  description: "Error code and error description."
})
export type ImportKeyRequestJson = PKCS12Request
export const ImportKeyRequestJson = PKCS12Request
export type ImportKey200 = ImportResponseV2
export const ImportKey200 = Schema.suspend((): Schema.Codec<ImportResponseV2> => ImportResponseV2).annotate({
  description: "Key Store entry list"
})
export type ImportKey404 = NotFoundErrorResponse
export const ImportKey404 = NotFoundErrorResponse
export type SendInvitationRequestJson = InvitationRequestDtoV2
export const SendInvitationRequestJson = InvitationRequestDtoV2
export type SendInvitation404 = NotFoundErrorResponse
export const SendInvitation404 = NotFoundErrorResponse
export type SyncOrganizationValidation200 = ValidationDetailsResponseV2
export const SyncOrganizationValidation200 = Schema.suspend(
  (): Schema.Codec<ValidationDetailsResponseV2> => ValidationDetailsResponseV2
).annotate({ description: "Validation details." })
export type SyncOrganizationValidation404 = NotFoundErrorResponse
export const SyncOrganizationValidation404 = NotFoundErrorResponse
export type SubmitOrganizationValidationParams = {
  readonly validationLevel?: "OV_SSL" | "OV_SMIME" | "EV_SSL"
  readonly alternative?: string
  readonly backendId?: number
  readonly overwriteIfExists?: boolean
  readonly "organizationDetails.generalDetails.legalName"?: string
  readonly "organizationDetails.generalDetails.assumedName"?: string
  readonly "organizationDetails.generalDetails.address1"?: string
  readonly "organizationDetails.generalDetails.address2"?: string
  readonly "organizationDetails.generalDetails.address3"?: string
  readonly "organizationDetails.generalDetails.city"?: string
  readonly "organizationDetails.generalDetails.stateProvince"?: string
  readonly "organizationDetails.generalDetails.postalCode"?: string
  readonly "organizationDetails.generalDetails.country"?: string
  readonly "organizationDetails.organizationIdentifier"?: string
  readonly "organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber"?: string
  readonly "organizationDetails.evDetails.registrationAgency.registrationNumber"?: string
  readonly "organizationDetails.evDetails.registrationAgency.city"?: string
  readonly "organizationDetails.evDetails.registrationAgency.state"?: string
  readonly "organizationDetails.evDetails.registrationAgency.country"?: string
  readonly "organizationDetails.evDetails.registrationAgency.dateOfIncorporation"?: string
  readonly "organizationDetails.evDetails.registrationAgency.businessCategory"?:
    "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity"
  readonly "organizationDetails.evDetails.contractSigner.forename"?: string
  readonly "organizationDetails.evDetails.contractSigner.surname"?: string
  readonly "organizationDetails.evDetails.contractSigner.email"?: string
  readonly "organizationDetails.evDetails.contractSigner.phoneNumber"?: string
}
export const SubmitOrganizationValidationParams = Schema.Struct({
  validationLevel: Schema.optionalKey(
    Schema.Literals(["OV_SSL", "OV_SMIME", "EV_SSL"]).annotate({ description: "Validation level" })
  ),
  alternative: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "Validation set. Primary (alternative = false) or Secondary (alternative = true). Note: Secondary validation sets are available only for accounts with the corresponding feature enabled."
    })
  ),
  backendId: Schema.optionalKey(
    Schema.Number.annotate({ description: "CA Backend ID" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  overwriteIfExists: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "This flag is required to manage the processing when validation with such configuration already exists.By default, overwriting the existing validations is not allowed."
    })
  ),
  "organizationDetails.generalDetails.legalName": Schema.optionalKey(
    Schema.String.annotate({ description: "Organization legal name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  "organizationDetails.generalDetails.assumedName": Schema.optionalKey(
    Schema.String.annotate({
      description: "Organization's assumed/DBA name (doing business as). Applicable only for EV validations."
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  "organizationDetails.generalDetails.address1": Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 1" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.generalDetails.address2": Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 2" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.generalDetails.address3": Schema.optionalKey(
    Schema.String.annotate({ description: "Address line 3" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.generalDetails.city": Schema.optionalKey(
    Schema.String.annotate({ description: "City" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  "organizationDetails.generalDetails.stateProvince": Schema.optionalKey(
    Schema.String.annotate({ description: "State or province" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  "organizationDetails.generalDetails.postalCode": Schema.optionalKey(
    Schema.String.annotate({ description: "Postal code" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(10).annotate({ expected: "a value with a length of at most 10" }))
  ),
  "organizationDetails.generalDetails.country": Schema.optionalKey(
    Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  "organizationDetails.organizationIdentifier": Schema.optionalKey(
    Schema.String.annotate({ description: "Organization Identifier. Applicable only for OV S/MIME validation." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber": Schema.optionalKey(
    Schema.String.annotate({ description: "DUN and Bradstreet Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(20).annotate({ expected: "a value with a length of at most 20" }))
  ),
  "organizationDetails.evDetails.registrationAgency.registrationNumber": Schema.optionalKey(
    Schema.String.annotate({ description: "Company Registration Number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  "organizationDetails.evDetails.registrationAgency.city": Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of City or Town" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.evDetails.registrationAgency.state": Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of State" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  "organizationDetails.evDetails.registrationAgency.country": Schema.optionalKey(
    Schema.String.annotate({ description: "Jurisdiction of Country. (ISO 3166-1 alpha-2 country code)" })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
  ),
  "organizationDetails.evDetails.registrationAgency.dateOfIncorporation": Schema.optionalKey(
    Schema.String.annotate({ description: "Date of incorporation", format: "date-time" })
  ),
  "organizationDetails.evDetails.registrationAgency.businessCategory": Schema.optionalKey(
    Schema.Literals(["PrivateOrganization", "GovernmentEntity", "BusinessEntity", "NonCommercialEntity"]).annotate({
      description: "Business category"
    })
  ),
  "organizationDetails.evDetails.contractSigner.forename": Schema.optionalKey(
    Schema.String.annotate({ description: "Forename" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  "organizationDetails.evDetails.contractSigner.surname": Schema.optionalKey(
    Schema.String.annotate({ description: "Surname" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  "organizationDetails.evDetails.contractSigner.email": Schema.optionalKey(
    Schema.String.annotate({ description: "Email" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  "organizationDetails.evDetails.contractSigner.phoneNumber": Schema.optionalKey(
    Schema.String.annotate({ description: "Phone number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  )
})
export type SubmitOrganizationValidationRequestJson = {
  readonly validationLevel: "OV_SSL" | "OV_SMIME" | "EV_SSL"
  readonly alternative?: boolean | string
  readonly backendId: number
  readonly overwriteIfExists?: boolean
  readonly organizationDetails?: {
    readonly generalDetails?: {
      readonly legalName?: string
      readonly assumedName?: string
      readonly address1?: string
      readonly address2?: string
      readonly address3?: string
      readonly city?: string
      readonly stateProvince?: string
      readonly postalCode?: string
      readonly country?: string
    }
    readonly organizationIdentifier?: string
    readonly evDetails?: {
      readonly registrationAgency?: {
        readonly dunAndBradstreetNumber?: string
        readonly registrationNumber?: string
        readonly city?: string
        readonly state?: string
        readonly country?: string
        readonly dateOfIncorporation?: string | string
        readonly businessCategory?:
          "PrivateOrganization" | "GovernmentEntity" | "BusinessEntity" | "NonCommercialEntity"
      }
      readonly contractSigner?: {
        readonly forename?: string
        readonly surname?: string
        readonly email?: string
        readonly phoneNumber?: string
      }
    }
  }
}
export const SubmitOrganizationValidationRequestJson = Schema.Struct({
  validationLevel: Schema.Literals(["OV_SSL", "OV_SMIME", "EV_SSL"]).annotate({ description: "Validation level" }),
  alternative: Schema.optionalKey(
    Schema.Union([Schema.Boolean, Schema.String]).annotate({
      description:
        "Validation set. Primary (alternative = false) or Secondary (alternative = true). Note: Secondary validation sets are available only for accounts with the corresponding feature enabled."
    })
  ),
  backendId: Schema.Number.annotate({ description: "CA Backend ID" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  ),
  overwriteIfExists: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "This flag is required to manage the processing when validation with such configuration already exists.By default, overwriting the existing validations is not allowed."
    })
  ),
  organizationDetails: Schema.optionalKey(
    Schema.Struct({
      generalDetails: Schema.optionalKey(
        Schema.Struct({
          legalName: Schema.optionalKey(
            Schema.String.annotate({ description: "Organization legal name" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
          ),
          assumedName: Schema.optionalKey(
            Schema.String.annotate({
              description: "Organization's assumed/DBA name (doing business as). Applicable only for EV validations."
            })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
          ),
          address1: Schema.optionalKey(
            Schema.String.annotate({ description: "Address line 1" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
          ),
          address2: Schema.optionalKey(
            Schema.String.annotate({ description: "Address line 2" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
          ),
          address3: Schema.optionalKey(
            Schema.String.annotate({ description: "Address line 3" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
          ),
          city: Schema.optionalKey(
            Schema.String.annotate({ description: "City" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
          ),
          stateProvince: Schema.optionalKey(
            Schema.String.annotate({ description: "State or province" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
          ),
          postalCode: Schema.optionalKey(
            Schema.String.annotate({ description: "Postal code" })
              .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
              .check(Schema.isMaxLength(10).annotate({ expected: "a value with a length of at most 10" }))
          ),
          country: Schema.optionalKey(
            Schema.String.annotate({ description: "Country code (ISO 3166-1 alpha-2)" })
              .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
              .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
          )
        })
      ),
      organizationIdentifier: Schema.optionalKey(
        Schema.String.annotate({ description: "Organization Identifier. Applicable only for OV S/MIME validation." })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
      ),
      evDetails: Schema.optionalKey(
        Schema.Struct({
          registrationAgency: Schema.optionalKey(
            Schema.Struct({
              dunAndBradstreetNumber: Schema.optionalKey(
                Schema.String.annotate({ description: "DUN and Bradstreet Number" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(20).annotate({ expected: "a value with a length of at most 20" }))
              ),
              registrationNumber: Schema.optionalKey(
                Schema.String.annotate({ description: "Company Registration Number" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
              ),
              city: Schema.optionalKey(
                Schema.String.annotate({ description: "Jurisdiction of City or Town" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
              ),
              state: Schema.optionalKey(
                Schema.String.annotate({ description: "Jurisdiction of State" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
              ),
              country: Schema.optionalKey(
                Schema.String.annotate({ description: "Jurisdiction of Country. (ISO 3166-1 alpha-2 country code)" })
                  .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
                  .check(Schema.isMaxLength(2).annotate({ expected: "a value with a length of at most 2" }))
              ),
              dateOfIncorporation: Schema.optionalKey(
                Schema.Union([
                  Schema.String.annotate({ format: "date-time" }),
                  Schema.String.annotate({ format: "date" })
                ]).annotate({ description: "Date of incorporation" })
              ),
              businessCategory: Schema.optionalKey(
                Schema.Literals([
                  "PrivateOrganization",
                  "GovernmentEntity",
                  "BusinessEntity",
                  "NonCommercialEntity"
                ]).annotate({ description: "Business category" })
              )
            })
          ),
          contractSigner: Schema.optionalKey(
            Schema.Struct({
              forename: Schema.optionalKey(
                Schema.String.annotate({ description: "Forename" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
              ),
              surname: Schema.optionalKey(
                Schema.String.annotate({ description: "Surname" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
              ),
              email: Schema.optionalKey(
                Schema.String.annotate({ description: "Email" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
              ),
              phoneNumber: Schema.optionalKey(
                Schema.String.annotate({ description: "Phone number" })
                  .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
                  .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
              )
            })
          )
        })
      )
    })
  )
})
export type SubmitOrganizationValidation404 = NotFoundErrorResponse
export const SubmitOrganizationValidation404 = NotFoundErrorResponse
export type CreateExternalValidationAssignmentParams = {
  readonly validationLevel?: string
  readonly caBackendId?: number
  readonly alternative?: boolean
  readonly overwriteIfExists?: boolean
  readonly externalOrgId?: string
  readonly externalOrgName?: string
}
export const CreateExternalValidationAssignmentParams = Schema.Struct({
  validationLevel: Schema.optionalKey(
    Schema.String.annotate({ description: "Validation level. Available values: OV_SSL, EV_SSL." })
  ),
  caBackendId: Schema.optionalKey(
    Schema.Number.annotate({ description: "External CA backend ID" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  alternative: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "(Optional) Validation set. Primary (alternative = false) or Secondary (alternative = true). Note: Secondary validation sets are available only for accounts with the corresponding feature enabled."
    })
  ),
  overwriteIfExists: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "This flag is required to manage the processing when validation with such configuration already exists.By default, overwriting the existing validations is not allowed."
    })
  ),
  externalOrgId: Schema.optionalKey(
    Schema.String.annotate({ description: "External CA backend organization ID." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  externalOrgName: Schema.optionalKey(
    Schema.String.annotate({ description: "External CA backend organization name." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  )
})
export type CreateExternalValidationAssignmentRequestJson = {
  readonly validationLevel: string
  readonly caBackendId: number
  readonly alternative?: boolean | string
  readonly overwriteIfExists?: boolean
  readonly externalOrgId: string
  readonly externalOrgName: string
}
export const CreateExternalValidationAssignmentRequestJson = Schema.Struct({
  validationLevel: Schema.String.annotate({ description: "Validation level. Available values: OV_SSL, EV_SSL." }),
  caBackendId: Schema.Number.annotate({ description: "External CA backend ID" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  ),
  alternative: Schema.optionalKey(
    Schema.Union([Schema.Boolean, Schema.String]).annotate({
      description:
        "(Optional) Validation set. Primary (alternative = false) or Secondary (alternative = true). Note: Secondary validation sets are available only for accounts with the corresponding feature enabled."
    })
  ),
  overwriteIfExists: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "This flag is required to manage the processing when validation with such configuration already exists.By default, overwriting the existing validations is not allowed."
    })
  ),
  externalOrgId: Schema.String.annotate({ description: "External CA backend organization ID." })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  externalOrgName: Schema.String.annotate({ description: "External CA backend organization name." })
    .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
})
export type CreateExternalValidationAssignment404 = NotFoundErrorResponse
export const CreateExternalValidationAssignment404 = NotFoundErrorResponse
export type GetOrgList200 = ReadonlyArray<OrganizationBasicResp>
export const GetOrgList200 = Schema.Array(OrganizationBasicResp)
export type CreateOrganizationRequestJson = AddOrganizationRequest
export const CreateOrganizationRequestJson = AddOrganizationRequest
export type GetNotifyListParams = {
  readonly size?: number
  readonly position?: number
  readonly description?: string
  readonly id?: number
  readonly orgId?: number
  readonly selectedOrgType?: "ANY" | "ANYDEPT" | "SELECTED"
  readonly type?:
    | "Client Certificate Expiration"
    | "Client Certificate Revoked"
    | "SSL Certificate Approved"
    | "SSL Certificate Awaiting Approval"
    | "SSL Certificate Declined"
    | "SSL Certificate Expiration"
    | "SSL Certificate Issuance Failed"
    | "SSL Certificate Revoked"
    | "Discovery Scan Summary"
    | "SSL SA Approved to RA"
    | "Admin Created"
    | "Domain Delegation Awaiting Approval"
    | "Domain Delegation Approved"
    | "SSL Certificate Issued"
    | "Code Signing Certificate Invitation"
    | "Code Signing Certificate Issued"
    | "Code Signing Certificate Downloaded"
    | "Code Signing Certificate Revoked"
    | "Code Signing Certificate Expiration"
    | "Code Signing Certificate Requested"
    | "Email Validation"
    | "Email Invitation"
    | "Domain DCV Expiration"
    | "Domain DCV Validated"
    | "Domain DCV Needed-New Domain"
    | "Remote SSL Certificate Installed"
    | "Remote SSL Certificate Installation Failed"
    | "Admin IdP Login Invitation"
    | "Code Sign Request Declined"
    | "Code Sign Request Signed"
    | "Code Sign Developer Created"
    | "Code Sign Developer Reset Password"
    | "Code Sign Developer New Email"
    | "Code Sign Request Created"
    | "CS CSF Revoke"
    | "Device Certificate Expiration"
    | "Device Certificate Revoked"
    | "Device Awaiting Approval"
    | "SSL Certificate Auto-Renewal Failed"
    | "SSL Certificate Awaiting Manual Installation"
    | "Device Certificate Issued"
    | "Device Certificate Approved"
    | "Device Certificate Declined"
    | "Client Admin Change Password by API"
    | "SSL Bulk Awaiting Approval"
    | "SSL Bulk Enroll Completed"
    | "SSL Certificate Issued (Distribution List)"
    | "Client Certificate Issued (Distribution List)"
    | "Device Certificate Issued (Distribution List)"
    | "Code Signing Certificate Issued (Distribution List)"
    | "MS Agent Status Changed"
    | "Network Agent Disconnected"
    | "Email Confirmation"
    | "Certificate Enrollment Invitation"
    | "Domain Delegation Awaiting Approval MRAO"
    | "Report generated"
    | "DCV Renew Failed"
    | "SAS Admin Login Invitation"
    | "DNS Connector Disconnected"
    | "CA Connector Disconnected"
    | "Private CA Certificate Expiration"
    | "Subscription change"
    | "Certificate Usage Threshold"
    | "Certificate Usage Exceeds Inventory"
    | "ClientCertExpiration"
    | "ClientCertRevoked"
    | "SMIMEEnrolledDl"
    | "CSCertDownloaded"
    | "CSCertRevoked"
    | "CSCertExpiration"
    | "CSCertRequested"
    | "CsEnrolledDl"
    | "SSLApproved"
    | "SSLAwaitingApproval"
    | "SSLDeclined"
    | "SSLExpiration"
    | "SSLIssuanceFailed"
    | "SSLRevoked"
    | "DiscoveryScanSummary"
    | "ExSSLCertificateInstalled"
    | "ExSSLInstallationFailed"
    | "ArFailed"
    | "ManualInstallReady"
    | "SSLEnrolledDl"
    | "AdminCreation"
    | "DomainAwaitingApproval"
    | "DomainAwaitingApprovalMrao"
    | "DomainApproved"
    | "MsAgentChangeStatus"
    | "NetworkAgentDisconnected"
  readonly certTypeId?: number
}
export const GetNotifyListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  description: Schema.optionalKey(Schema.String.annotate({ description: "Notification description" })),
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Notification ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Notification organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  selectedOrgType: Schema.optionalKey(
    Schema.Literals(["ANY", "ANYDEPT", "SELECTED"]).annotate({ description: "Selected organization type" })
  ),
  type: Schema.optionalKey(
    Schema.Literals([
      "Client Certificate Expiration",
      "Client Certificate Revoked",
      "SSL Certificate Approved",
      "SSL Certificate Awaiting Approval",
      "SSL Certificate Declined",
      "SSL Certificate Expiration",
      "SSL Certificate Issuance Failed",
      "SSL Certificate Revoked",
      "Discovery Scan Summary",
      "SSL SA Approved to RA",
      "Admin Created",
      "Domain Delegation Awaiting Approval",
      "Domain Delegation Approved",
      "SSL Certificate Issued",
      "Code Signing Certificate Invitation",
      "Code Signing Certificate Issued",
      "Code Signing Certificate Downloaded",
      "Code Signing Certificate Revoked",
      "Code Signing Certificate Expiration",
      "Code Signing Certificate Requested",
      "Email Validation",
      "Email Invitation",
      "Domain DCV Expiration",
      "Domain DCV Validated",
      "Domain DCV Needed-New Domain",
      "Remote SSL Certificate Installed",
      "Remote SSL Certificate Installation Failed",
      "Admin IdP Login Invitation",
      "Code Sign Request Declined",
      "Code Sign Request Signed",
      "Code Sign Developer Created",
      "Code Sign Developer Reset Password",
      "Code Sign Developer New Email",
      "Code Sign Request Created",
      "CS CSF Revoke",
      "Device Certificate Expiration",
      "Device Certificate Revoked",
      "Device Awaiting Approval",
      "SSL Certificate Auto-Renewal Failed",
      "SSL Certificate Awaiting Manual Installation",
      "Device Certificate Issued",
      "Device Certificate Approved",
      "Device Certificate Declined",
      "Client Admin Change Password by API",
      "SSL Bulk Awaiting Approval",
      "SSL Bulk Enroll Completed",
      "SSL Certificate Issued (Distribution List)",
      "Client Certificate Issued (Distribution List)",
      "Device Certificate Issued (Distribution List)",
      "Code Signing Certificate Issued (Distribution List)",
      "MS Agent Status Changed",
      "Network Agent Disconnected",
      "Email Confirmation",
      "Certificate Enrollment Invitation",
      "Domain Delegation Awaiting Approval MRAO",
      "Report generated",
      "DCV Renew Failed",
      "SAS Admin Login Invitation",
      "DNS Connector Disconnected",
      "CA Connector Disconnected",
      "Private CA Certificate Expiration",
      "Subscription change",
      "Certificate Usage Threshold",
      "Certificate Usage Exceeds Inventory",
      "ClientCertExpiration",
      "ClientCertRevoked",
      "SMIMEEnrolledDl",
      "CSCertDownloaded",
      "CSCertRevoked",
      "CSCertExpiration",
      "CSCertRequested",
      "CsEnrolledDl",
      "SSLApproved",
      "SSLAwaitingApproval",
      "SSLDeclined",
      "SSLExpiration",
      "SSLIssuanceFailed",
      "SSLRevoked",
      "DiscoveryScanSummary",
      "ExSSLCertificateInstalled",
      "ExSSLInstallationFailed",
      "ArFailed",
      "ManualInstallReady",
      "SSLEnrolledDl",
      "AdminCreation",
      "DomainAwaitingApproval",
      "DomainAwaitingApprovalMrao",
      "DomainApproved",
      "MsAgentChangeStatus",
      "NetworkAgentDisconnected"
    ]).annotate({ description: "Notification type" })
  ),
  certTypeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Notification profile ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
})
export type GetNotifyList200 = ReadonlyArray<NotificationResponse>
export const GetNotifyList200 = Schema.Array(NotificationResponse)
export type CreateNotificationRequestJson = NotificationCreateRequest
export const CreateNotificationRequestJson = NotificationCreateRequest
export type ListEnrollmentEndpointsParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly uriExtension?: string
  readonly endpointTypes?: ReadonlyArray<
    | "SSL_WEB_FORM"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "CODE_SIGN_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_REST_API"
  >
  readonly "endpointTypes[]"?: ReadonlyArray<
    | "SSL_WEB_FORM"
    | "SMIME_WEB_FORM"
    | "DEVICE_WEB_FORM"
    | "CODE_SIGN_WEB_FORM"
    | "BULK_ENROLLMENT_WEB_FORM"
    | "PUBLIC_ACME"
    | "PRIVATE_ACME"
    | "SMIME_SCEP"
    | "DEVICE_SCEP"
    | "SMIME_SCEP_INTUNE"
    | "DEVICE_SCEP_INTUNE"
    | "SSL_EST"
    | "SMIME_EST"
    | "DEVICE_EST"
    | "SSL_REST_API"
    | "CLIENT_REST_API"
    | "DEVICE_REST_API"
    | "CODE_SIGN_REST_API"
  >
}
export const ListEnrollmentEndpointsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of the endpoint" })),
  uriExtension: Schema.optionalKey(Schema.String.annotate({ description: "URI extension" })),
  endpointTypes: Schema.optionalKey(
    Schema.Array(
      Schema.Literals([
        "SSL_WEB_FORM",
        "SMIME_WEB_FORM",
        "DEVICE_WEB_FORM",
        "CODE_SIGN_WEB_FORM",
        "BULK_ENROLLMENT_WEB_FORM",
        "PUBLIC_ACME",
        "PRIVATE_ACME",
        "SMIME_SCEP",
        "DEVICE_SCEP",
        "SMIME_SCEP_INTUNE",
        "DEVICE_SCEP_INTUNE",
        "SSL_EST",
        "SMIME_EST",
        "DEVICE_EST",
        "SSL_REST_API",
        "CLIENT_REST_API",
        "DEVICE_REST_API",
        "CODE_SIGN_REST_API"
      ]).annotate({ description: "Endpoint types" })
    )
  ),
  "endpointTypes[]": Schema.optionalKey(
    Schema.Array(
      Schema.Literals([
        "SSL_WEB_FORM",
        "SMIME_WEB_FORM",
        "DEVICE_WEB_FORM",
        "CODE_SIGN_WEB_FORM",
        "BULK_ENROLLMENT_WEB_FORM",
        "PUBLIC_ACME",
        "PRIVATE_ACME",
        "SMIME_SCEP",
        "DEVICE_SCEP",
        "SMIME_SCEP_INTUNE",
        "DEVICE_SCEP_INTUNE",
        "SSL_EST",
        "SMIME_EST",
        "DEVICE_EST",
        "SSL_REST_API",
        "CLIENT_REST_API",
        "DEVICE_REST_API",
        "CODE_SIGN_REST_API"
      ]).annotate({ description: "Endpoint types" })
    )
  )
})
export type ListEnrollmentEndpoints200 = ReadonlyArray<EnrolmentEndpointListItem>
export const ListEnrollmentEndpoints200 = Schema.Array(EnrolmentEndpointListItem)
export type CreateEnrollmentEndpointParams = {
  readonly name?: string
  readonly endpointType?: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly uriExtension?: string
  readonly "config.enrollmentHelp"?: string
  readonly "config.enrollmentLinkName"?: string
  readonly "config.enrollmentLinkAddress"?: string
  readonly "config.webFormAuthTypes"?: ReadonlyArray<
    "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID" | "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID"
  >
  readonly "config.contactName"?: string
  readonly "config.contactEmail"?: string
  readonly "config.contactPhone"?: string
  readonly orgDelegations?: ReadonlyArray<number>
}
export const CreateEnrollmentEndpointParams = Schema.Struct({
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint name" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  endpointType: Schema.optionalKey(
    Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
      description: "Endpoint type"
    })
  ),
  uriExtension: Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint URI extension" })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(58).annotate({ expected: "a value with a length of at most 58" }))
  ),
  "config.enrollmentHelp": Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment instructions" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
  ),
  "config.enrollmentLinkName": Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  "config.enrollmentLinkAddress": Schema.optionalKey(
    Schema.String.annotate({ description: "Endpoint enrollment external instructions URL" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
  ),
  "config.webFormAuthTypes": Schema.optionalKey(
    Schema.Array(
      Schema.Literals(["EMAIL_CONFIRMATION", "IDP", "SECRET_ID", "EMAIL_CONFIRMATION", "IDP", "SECRET_ID"]).annotate({
        description: "Web Form authentication method"
      })
    )
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
  ),
  "config.contactName": Schema.optionalKey(
    Schema.String.annotate({ description: "Contact name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  "config.contactEmail": Schema.optionalKey(
    Schema.String.annotate({ description: "Contact e-mail" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  "config.contactPhone": Schema.optionalKey(
    Schema.String.annotate({ description: "Contact phone" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated organization ID", format: "int32" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
        .check(
          Schema.isLessThanOrEqualTo(2147483647).annotate({ expected: "a value less than or equal to 2147483647" })
        )
    )
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
  )
})
export type CreateEnrollmentEndpointRequestJson = {
  readonly name: string
  readonly endpointType: "SSL_WEB_FORM" | "SMIME_WEB_FORM" | "DEVICE_WEB_FORM" | "CODE_SIGN_WEB_FORM"
  readonly uriExtension: string
  readonly config?: {
    readonly enrollmentHelp?: string
    readonly enrollmentLinkName?: string
    readonly enrollmentLinkAddress?: string
    readonly webFormAuthTypes?: ReadonlyArray<
      "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID" | "EMAIL_CONFIRMATION" | "IDP" | "SECRET_ID"
    >
    readonly contactName?: string
    readonly contactEmail?: string
    readonly contactPhone?: string
  }
  readonly orgDelegations?: ReadonlyArray<number>
}
export const CreateEnrollmentEndpointRequestJson = Schema.Struct({
  name: Schema.String.annotate({ description: "Endpoint name" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" })),
  endpointType: Schema.Literals(["SSL_WEB_FORM", "SMIME_WEB_FORM", "DEVICE_WEB_FORM", "CODE_SIGN_WEB_FORM"]).annotate({
    description: "Endpoint type"
  }),
  uriExtension: Schema.String.annotate({ description: "Endpoint URI extension" })
    .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
    .check(Schema.isMaxLength(58).annotate({ expected: "a value with a length of at most 58" })),
  config: Schema.optionalKey(
    Schema.Struct({
      enrollmentHelp: Schema.optionalKey(
        Schema.String.annotate({ description: "Endpoint enrollment instructions" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
      ),
      enrollmentLinkName: Schema.optionalKey(
        Schema.String.annotate({ description: "Endpoint enrollment external instructions URL name" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
      ),
      enrollmentLinkAddress: Schema.optionalKey(
        Schema.String.annotate({ description: "Endpoint enrollment external instructions URL" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(2048).annotate({ expected: "a value with a length of at most 2048" }))
      ),
      webFormAuthTypes: Schema.optionalKey(
        Schema.Array(
          Schema.Literals([
            "EMAIL_CONFIRMATION",
            "IDP",
            "SECRET_ID",
            "EMAIL_CONFIRMATION",
            "IDP",
            "SECRET_ID"
          ]).annotate({ description: "Web Form authentication method" })
        )
          .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
          .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
      ),
      contactName: Schema.optionalKey(
        Schema.String.annotate({ description: "Contact name" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
      ),
      contactEmail: Schema.optionalKey(
        Schema.String.annotate({ description: "Contact e-mail" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
      ),
      contactPhone: Schema.optionalKey(
        Schema.String.annotate({ description: "Contact phone" })
          .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
          .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
      )
    })
  ),
  orgDelegations: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Delegated organization ID", format: "int32" })
        .check(Schema.isInt().annotate({ expected: "an integer" }))
        .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
        .check(
          Schema.isLessThanOrEqualTo(2147483647).annotate({ expected: "a value less than or equal to 2147483647" })
        )
    )
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(2147483647).annotate({ expected: "a value with a length of at most 2147483647" }))
  )
})
export type ListEnrollmentEndpointAccountsParams = { readonly size?: number; readonly position?: number }
export const ListEnrollmentEndpointAccountsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type ListEnrollmentEndpointAccounts200 = ReadonlyArray<EnrollmentAccountListItem>
export const ListEnrollmentEndpointAccounts200 = Schema.Array(EnrollmentAccountListItem)
export type ListEnrollmentEndpointAccounts404 = NotFoundErrorResponse
export const ListEnrollmentEndpointAccounts404 = NotFoundErrorResponse
export type CreateEnrollmentEndpointAccountRequestJson =
  | CreatePublicAcmeEnrollAccount
  | CreateSslMaggieEnrollAccount
  | CsWebFormAccountRequest
  | DeviceWebFormAccountRequest
  | SSLWebFormAccountRequest
  | SmimeWebFormAccountRequest
export const CreateEnrollmentEndpointAccountRequestJson = Schema.Union([
  CreatePublicAcmeEnrollAccount,
  CreateSslMaggieEnrollAccount,
  CsWebFormAccountRequest,
  DeviceWebFormAccountRequest,
  SSLWebFormAccountRequest,
  SmimeWebFormAccountRequest
])
export type CreateEnrollmentEndpointAccount404 = NotFoundErrorResponse
export const CreateEnrollmentEndpointAccount404 = NotFoundErrorResponse
export type ListDomainsParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly state?: "active" | "inactive"
  readonly status?: "requested" | "approved"
  readonly orgId?: number
}
export const ListDomainsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by domain name." })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  state: Schema.optionalKey(
    Schema.Literals(["active", "inactive"]).annotate({ description: "Filter by active state." })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["requested", "approved"]).annotate({ description: "Filter by requested status." })
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by organization / department ID" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type ListDomains200 = ReadonlyArray<DomainIdentity>
export const ListDomains200 = Schema.Array(DomainIdentity)
export type CreateDomainRequestJson = CreateDomainRequest
export const CreateDomainRequestJson = CreateDomainRequest
export type DelegateDomainRequestJson = DomainDelegation
export const DelegateDomainRequestJson = DomainDelegation
export type DelegateDomain404 = NotFoundErrorResponse
export const DelegateDomain404 = NotFoundErrorResponse
export type RemoveDomainDelegationRequestJson = DomainDelegation
export const RemoveDomainDelegationRequestJson = DomainDelegation
export type RemoveDomainDelegation404 = NotFoundErrorResponse
export const RemoveDomainDelegation404 = NotFoundErrorResponse
export type RejectDomainDelegationRequestJson = DomainApproveDelegation
export const RejectDomainDelegationRequestJson = DomainApproveDelegation
export type RejectDomainDelegation404 = NotFoundErrorResponse
export const RejectDomainDelegation404 = NotFoundErrorResponse
export type ApproveDomainDelegationRequestJson = DomainApproveDelegation
export const ApproveDomainDelegationRequestJson = DomainApproveDelegation
export type ApproveDomainDelegation404 = NotFoundErrorResponse
export const ApproveDomainDelegation404 = NotFoundErrorResponse
export type AddDelegationRequestJson = DomainsDelegation
export const AddDelegationRequestJson = DomainsDelegation
export type GetNetworkScanTaskListParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT"
}
export const GetNetworkScanTaskListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT"
    ]).annotate({ description: "Task status" })
  )
})
export type GetNetworkScanTaskList200 = ReadonlyArray<ShortDetailsResponse>
export const GetNetworkScanTaskList200 = Schema.Array(ShortDetailsResponse)
export type CreateNetworkTaskRequestJson = NetTaskRequestV2
export const CreateNetworkTaskRequestJson = NetTaskRequestV2
export type StartNetworkScanTask404 = NotFoundErrorResponse
export const StartNetworkScanTask404 = NotFoundErrorResponse
export type GetMsAdScanTaskListParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT"
}
export const GetMsAdScanTaskListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT"
    ]).annotate({ description: "Task status" })
  )
})
export type GetMsAdScanTaskList200 = ReadonlyArray<ShortDetailsResponse>
export const GetMsAdScanTaskList200 = Schema.Array(ShortDetailsResponse)
export type CreateMsAdScanTaskRequestJson = AdTaskRequestV2
export const CreateMsAdScanTaskRequestJson = AdTaskRequestV2
export type StartMsAdScanTask404 = NotFoundErrorResponse
export const StartMsAdScanTask404 = NotFoundErrorResponse
export type GetCertificateBucketsListParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly orgId?: number
  readonly delegationMode?: "GLOBAL_FOR_CUSTOMER" | "CUSTOMIZED"
}
export const GetCertificateBucketsListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Certificate bucket name" })),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  delegationMode: Schema.optionalKey(
    Schema.Literals(["GLOBAL_FOR_CUSTOMER", "CUSTOMIZED"]).annotate({ description: "Delegation mode" })
  )
})
export type GetCertificateBucketsList200 = ReadonlyArray<IdNameResponse>
export const GetCertificateBucketsList200 = Schema.Array(IdNameResponse)
export type CreateCertificateBucketRequestJson = BucketRequest
export const CreateCertificateBucketRequestJson = BucketRequest
export type CreateCertificateBucket201 = BucketBasicDetailsResponse
export const CreateCertificateBucket201 = BucketBasicDetailsResponse
export type RunRulesForCertificateBucket404 = NotFoundErrorResponse
export const RunRulesForCertificateBucket404 = NotFoundErrorResponse
export type AssignCertificatesInCertificateBucketRequestJson = AssignRequest
export const AssignCertificatesInCertificateBucketRequestJson = AssignRequest
export type AssignCertificatesInCertificateBucket404 = NotFoundErrorResponse
export const AssignCertificatesInCertificateBucket404 = NotFoundErrorResponse
export type GetAzureKeyVaultScanTaskListParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT"
}
export const GetAzureKeyVaultScanTaskListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT"
    ]).annotate({ description: "Task status" })
  )
})
export type GetAzureKeyVaultScanTaskList200 = ReadonlyArray<ShortDetailsResponse>
export const GetAzureKeyVaultScanTaskList200 = Schema.Array(ShortDetailsResponse)
export type CreateAzureKeyVaultScanTaskRequestJson = AzureTaskRequest
export const CreateAzureKeyVaultScanTaskRequestJson = AzureTaskRequest
export type StartAzureKeyVaultScanTask404 = NotFoundErrorResponse
export const StartAzureKeyVaultScanTask404 = NotFoundErrorResponse
export type ListDeviceCertLocations200 = ReadonlyArray<LocationResponseItem>
export const ListDeviceCertLocations200 = Schema.Array(LocationResponseItem)
export type ListDeviceCertLocations404 = NotFoundErrorResponse
export const ListDeviceCertLocations404 = NotFoundErrorResponse
export type CreateDeviceCertCustomLocationRequestJson = LocationCreateUpdateRequest
export const CreateDeviceCertCustomLocationRequestJson = LocationCreateUpdateRequest
export type CreateDeviceCertCustomLocation404 = NotFoundErrorResponse
export const CreateDeviceCertCustomLocation404 = NotFoundErrorResponse
export type RevokeDeviceCertificateBySerialNumberRequestJson = DeviceRevokeRequest
export const RevokeDeviceCertificateBySerialNumberRequestJson = DeviceRevokeRequest
export type RevokeDeviceCertificateBySerialNumber404 = NotFoundErrorResponse
export const RevokeDeviceCertificateBySerialNumber404 = NotFoundErrorResponse
export type RevokeDeviceCertificateByIdRequestJson = DeviceRevokeRequest
export const RevokeDeviceCertificateByIdRequestJson = DeviceRevokeRequest
export type RevokeDeviceCertificateById404 = NotFoundErrorResponse
export const RevokeDeviceCertificateById404 = NotFoundErrorResponse
export type RevokeManualDeviceCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export const RevokeManualDeviceCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export type ReplaceDeviceCertificateByIdRequestJson = ReplaceRequest
export const ReplaceDeviceCertificateByIdRequestJson = ReplaceRequest
export type ReplaceDeviceCertificateById404 = NotFoundErrorResponse
export const ReplaceDeviceCertificateById404 = NotFoundErrorResponse
export type RenewDeviceCertificateBySerialNumber200 = DeviceEnrollResponse
export const RenewDeviceCertificateBySerialNumber200 = Schema.suspend(
  (): Schema.Codec<DeviceEnrollResponse> => DeviceEnrollResponse
).annotate({ description: "Renew response object" })
export type RenewDeviceCertificateBySerialNumber404 = NotFoundErrorResponse
export const RenewDeviceCertificateBySerialNumber404 = NotFoundErrorResponse
export type RenewDeviceCertificateById200 = DeviceEnrollResponse
export const RenewDeviceCertificateById200 = Schema.suspend(
  (): Schema.Codec<DeviceEnrollResponse> => DeviceEnrollResponse
).annotate({ description: "Renew response object" })
export type RenewDeviceCertificateById404 = NotFoundErrorResponse
export const RenewDeviceCertificateById404 = NotFoundErrorResponse
export type ImportCertificates1RequestJson = ReadonlyArray<CertificateImportRequest>
export const ImportCertificates1RequestJson = Schema.Array(CertificateImportRequest)
export type ImportCertificates1200 = ReadonlyArray<CertificateImportResponse>
export const ImportCertificates1200 = Schema.Array(CertificateImportResponse)
export type EnrollDeviceCertificateRequestJson = DeviceEnrollRequest
export const EnrollDeviceCertificateRequestJson = DeviceEnrollRequest
export type EnrollDeviceCertificate200 = DeviceEnrollResponse
export const EnrollDeviceCertificate200 = Schema.suspend(
  (): Schema.Codec<DeviceEnrollResponse> => DeviceEnrollResponse
).annotate({ description: "Enroll response object" })
export type DeclineDeviceCertificateRequestJson = DeclineRequest
export const DeclineDeviceCertificateRequestJson = DeclineRequest
export type DeclineDeviceCertificate404 = NotFoundErrorResponse
export const DeclineDeviceCertificate404 = NotFoundErrorResponse
export type ApproveDeviceCertificateRequestJson = ApproveRequest
export const ApproveDeviceCertificateRequestJson = ApproveRequest
export type ApproveDeviceCertificate404 = NotFoundErrorResponse
export const ApproveDeviceCertificate404 = NotFoundErrorResponse
export type SyncDcvParams = { readonly force?: boolean }
export const SyncDcvParams = Schema.Struct({ force: Schema.optionalKey(Schema.Boolean) })
export type SyncDcvRequestJson = DomainRequest
export const SyncDcvRequestJson = DomainRequest
export type SyncDcv200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
}
export const SyncDcv200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status"
    })
  )
})
export type SyncDcv404 = ErrorResponse
export const SyncDcv404 = ErrorResponse
export type SubmitTxtDcvRequestJson = DomainRequest
export const SubmitTxtDcvRequestJson = DomainRequest
export type SubmitTxtDcv200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
  readonly orderBackendId?: string
  readonly emailValidationReferenceNumber?: string
  readonly host?: string
  readonly point?: string
}
export const SubmitTxtDcv200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." })),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "DCV order backend ID." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  ),
  host: Schema.optionalKey(Schema.String),
  point: Schema.optionalKey(Schema.String)
})
export type SubmitTxtDcv404 = ErrorResponse
export const SubmitTxtDcv404 = ErrorResponse
export type SubmitHttpsDcvRequestJson = DomainRequest
export const SubmitHttpsDcvRequestJson = DomainRequest
export type SubmitHttpsDcv200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
  readonly orderBackendId?: string
  readonly emailValidationReferenceNumber?: string
}
export const SubmitHttpsDcv200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." })),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "DCV order backend ID." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  )
})
export type SubmitHttpsDcv404 = ErrorResponse
export const SubmitHttpsDcv404 = ErrorResponse
export type SubmitHttpDcvRequestJson = DomainRequest
export const SubmitHttpDcvRequestJson = DomainRequest
export type SubmitHttpDcv200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
  readonly orderBackendId?: string
  readonly emailValidationReferenceNumber?: string
}
export const SubmitHttpDcv200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." })),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "DCV order backend ID." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  )
})
export type SubmitHttpDcv404 = ErrorResponse
export const SubmitHttpDcv404 = ErrorResponse
export type SubmitEmailDcvRequestJson = DomainEmailRequest
export const SubmitEmailDcvRequestJson = DomainEmailRequest
export type SubmitEmailDcv200 = {
  readonly emails?: ReadonlyArray<string>
  readonly dcvEmails?: ReadonlyArray<DomainDcvEmails>
}
export const SubmitEmailDcv200 = Schema.Struct({
  emails: Schema.optionalKey(Schema.Array(Schema.String.annotate({ description: "Email address" }))),
  dcvEmails: Schema.optionalKey(Schema.Array(DomainDcvEmails))
})
export type SubmitEmailDcv404 = ErrorResponse
export const SubmitEmailDcv404 = ErrorResponse
export type SubmitCnameDcvRequestJson = DomainCnameRequest
export const SubmitCnameDcvRequestJson = DomainCnameRequest
export type SubmitCnameDcv200 = { readonly url?: string; readonly firstLine?: string; readonly secondLine?: string }
export const SubmitCnameDcv200 = Schema.Struct({
  url: Schema.optionalKey(
    Schema.String.annotate({
      description: 'URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTP server.'
    })
  ),
  firstLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: first line." })),
  secondLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: second line." }))
})
export type SubmitCnameDcv404 = ErrorResponse
export const SubmitCnameDcv404 = ErrorResponse
export type SubmitBulkEmailDcvRequestJson = DomainEmailBulkRequest
export const SubmitBulkEmailDcvRequestJson = DomainEmailBulkRequest
export type SubmitBulkEmailDcv200 = {
  readonly emails?: ReadonlyArray<string>
  readonly dcvEmails?: ReadonlyArray<DomainDcvEmails>
}
export const SubmitBulkEmailDcv200 = Schema.Struct({
  emails: Schema.optionalKey(Schema.Array(Schema.String.annotate({ description: "Email address" }))),
  dcvEmails: Schema.optionalKey(Schema.Array(DomainDcvEmails))
})
export type SubmitBulkEmailDcv404 = ErrorResponse
export const SubmitBulkEmailDcv404 = ErrorResponse
export type GetDcvStatusRequestJson = DomainRequest
export const GetDcvStatusRequestJson = DomainRequest
export type GetDcvStatus200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly validationDate?: string | string
  readonly expirationDate?: string | string
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly orderMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly host?: string
  readonly point?: string
  readonly url?: string
  readonly firstLine?: string
  readonly secondLine?: string
  readonly validationEmail?: string
  readonly emailValidationReferenceNumber?: string
  readonly orderBackendId?: string
  readonly submittedDate?: string | string
  readonly lastCheck?: string
  readonly nextCheck?: string
}
export const GetDcvStatus200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status"
    })
  ),
  validationDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation date" })
  ),
  expirationDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation expiration date" })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  orderMode: Schema.optionalKey(
    Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"]).annotate({
      description: "Validation order mode."
    })
  ),
  host: Schema.optionalKey(Schema.String.annotate({ description: "DNS validation record host value." })),
  point: Schema.optionalKey(Schema.String.annotate({ description: "DNS validation record point value." })),
  url: Schema.optionalKey(
    Schema.String.annotate({
      description:
        'HTTP(s) validation. URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTP server.'
    })
  ),
  firstLine: Schema.optionalKey(
    Schema.String.annotate({ description: "HTTP(s) validation. Validation txt file content: first line." })
  ),
  secondLine: Schema.optionalKey(
    Schema.String.annotate({ description: "HTTP(s) validation. Validation txt file content: second line." })
  ),
  validationEmail: Schema.optionalKey(Schema.String.annotate({ description: "Email validation recipient." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  ),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "Validation order backend id." })),
  submittedDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation order submission date" })
  ),
  lastCheck: Schema.optionalKey(Schema.String.annotate({ format: "date-time" })),
  nextCheck: Schema.optionalKey(Schema.String.annotate({ format: "date-time" }))
})
export type GetDcvStatus404 = ErrorResponse
export const GetDcvStatus404 = ErrorResponse
export type StartTxtDcvRequestJson = DomainRequest
export const StartTxtDcvRequestJson = DomainRequest
export type StartTxtDcv200 = { readonly message?: string }
export const StartTxtDcv200 = Schema.Struct({ message: Schema.optionalKey(Schema.String) })
export type StartHttpsDcvRequestJson = DomainRequest
export const StartHttpsDcvRequestJson = DomainRequest
export type StartHttpsDcv200 = { readonly url?: string; readonly firstLine?: string; readonly secondLine?: string }
export const StartHttpsDcv200 = Schema.Struct({
  url: Schema.optionalKey(
    Schema.String.annotate({
      description: 'URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTPS server.'
    })
  ),
  firstLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: first line." })),
  secondLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: second line." }))
})
export type StartHttpsDcv404 = ErrorResponse
export const StartHttpsDcv404 = ErrorResponse
export type StartHttpDcvRequestJson = DomainRequest
export const StartHttpDcvRequestJson = DomainRequest
export type StartHttpDcv200 = { readonly url?: string; readonly firstLine?: string; readonly secondLine?: string }
export const StartHttpDcv200 = Schema.Struct({
  url: Schema.optionalKey(
    Schema.String.annotate({
      description: 'URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTP server.'
    })
  ),
  firstLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: first line." })),
  secondLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: second line." }))
})
export type StartHttpDcv404 = ErrorResponse
export const StartHttpDcv404 = ErrorResponse
export type StartEmailDcvRequestJson = DomainRequest
export const StartEmailDcvRequestJson = DomainRequest
export type StartEmailDcv200 = {
  readonly emails?: ReadonlyArray<string>
  readonly dcvEmails?: ReadonlyArray<DomainDcvEmails>
}
export const StartEmailDcv200 = Schema.Struct({
  emails: Schema.optionalKey(Schema.Array(Schema.String.annotate({ description: "Email address" }))),
  dcvEmails: Schema.optionalKey(Schema.Array(DomainDcvEmails))
})
export type StartEmailDcv404 = ErrorResponse
export const StartEmailDcv404 = ErrorResponse
export type StartCnameDcvRequestJson = DomainRequest
export const StartCnameDcvRequestJson = DomainRequest
export type StartCnameDcv200 = { readonly host?: string; readonly point?: string }
export const StartCnameDcv200 = Schema.Struct({
  host: Schema.optionalKey(Schema.String),
  point: Schema.optionalKey(Schema.String)
})
export type StartCnameDcv404 = ErrorResponse
export const StartCnameDcv404 = ErrorResponse
export type DeleteDcvRequestJson = DomainRequest
export const DeleteDcvRequestJson = DomainRequest
export type DeleteDcv404 = ErrorResponse
export const DeleteDcv404 = ErrorResponse
export type ClearDomainDcvRequestJson = DomainRequest
export const ClearDomainDcvRequestJson = DomainRequest
export type ClearDomainDcv200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
}
export const ClearDomainDcv200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." }))
})
export type ClearDomainDcv404 = ErrorResponse
export const ClearDomainDcv404 = ErrorResponse
export type RevokeManualCsCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export const RevokeManualCsCertificateByIdOrSnPlusIssuerRequestJson = MarkAsRevokedRequest
export type ImportCertificates2RequestJson = ReadonlyArray<CertificateImportRequest>
export const ImportCertificates2RequestJson = Schema.Array(CertificateImportRequest)
export type ImportCertificates2200 = ReadonlyArray<CertificateImportResponse>
export const ImportCertificates2200 = Schema.Array(CertificateImportResponse)
export type GetAzureAccountsParams = { readonly size?: number; readonly position?: number }
export const GetAzureAccountsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type GetAzureAccounts200 = ReadonlyArray<AzureAccountItem>
export const GetAzureAccounts200 = Schema.Array(AzureAccountItem)
export type CreateAzureAccountRequestJson = AzureAccountCreateRequest
export const CreateAzureAccountRequestJson = AzureAccountCreateRequest
export type GetNetworkAgentListParams = {
  readonly size?: number
  readonly position?: number
  readonly orgId?: number
  readonly includeDepOfOrg?: boolean
  readonly version?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
  readonly id?: number
  readonly name?: string
  readonly active?: boolean
  readonly countOnly?: boolean
}
export const GetNetworkAgentListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Matching against ID of Organization to which the Network agent belongs.",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  includeDepOfOrg: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "Denotes whether need to consider the departments of organization specified by 'orgId' parameters (if any) to match against when listing"
    })
  ),
  version: Schema.optionalKey(
    Schema.String.annotate({
      description: "The whole or part of Network agent version to match against to anywhere in the version. Optional."
    })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({
      description: "Return Network agents with specified status only. Optional."
    })
  ),
  id: Schema.optionalKey(
    Schema.Number.annotate({ description: "Agent ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Agent name" })),
  active: Schema.optionalKey(Schema.Boolean),
  countOnly: Schema.optionalKey(Schema.Boolean)
})
export type GetNetworkAgentList200 = ReadonlyArray<ExAgentIdentity>
export const GetNetworkAgentList200 = Schema.Array(ExAgentIdentity)
export type AddNetworkAgentRequestJson = ExAgentCreateRequest
export const AddNetworkAgentRequestJson = ExAgentCreateRequest
export type AddNetworkAgent201 = ExAgentCreateResponse
export const AddNetworkAgent201 = Schema.suspend(
  (): Schema.Codec<ExAgentCreateResponse> => ExAgentCreateResponse
).annotate({ description: "Response object with installation token" })
export type GetNetworkAgentServersListParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly vendor?: "APACHE_2" | "IIS" | "TOMCAT" | "F5_BIG_IP"
  readonly status?: "INIT" | "ACTIVE" | "INACTIVE" | "RESTART_REQUIRED" | "RESTARTING"
  readonly countOnly?: boolean
}
export const GetNetworkAgentServersListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The whole or part of name of server discovered by Network agent to match against to anywhere in the server name with insensitive case compare when counting."
    })
  ),
  vendor: Schema.optionalKey(
    Schema.Literals(["APACHE_2", "IIS", "TOMCAT", "F5_BIG_IP"]).annotate({
      description: "To match against a Vendor of server discovered by Network agent."
    })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["INIT", "ACTIVE", "INACTIVE", "RESTART_REQUIRED", "RESTARTING"]).annotate({
      description: "To match against a State of server discovered by Network agent."
    })
  ),
  countOnly: Schema.optionalKey(Schema.Boolean)
})
export type GetNetworkAgentServersList200 = ReadonlyArray<NamedSuspendableIdentity>
export const GetNetworkAgentServersList200 = Schema.Array(NamedSuspendableIdentity)
export type GetNetworkAgentServersList404 = NotFoundErrorResponse
export const GetNetworkAgentServersList404 = NotFoundErrorResponse
export type AddServerToNetworkAgentRequestJson = TargetServerCreateRequest
export const AddServerToNetworkAgentRequestJson = TargetServerCreateRequest
export type AddServerToNetworkAgent404 = NotFoundErrorResponse
export const AddServerToNetworkAgent404 = NotFoundErrorResponse
export type GetMsAgentListParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly active?: boolean
  readonly version?: string
  readonly status?: string
}
export const GetMsAgentListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Filter by Agent name" })),
  active: Schema.optionalKey(Schema.Boolean.annotate({ description: "Filter by active" })),
  version: Schema.optionalKey(Schema.String.annotate({ description: "Filter by Agent version" })),
  status: Schema.optionalKey(
    Schema.String.annotate({
      description: "Filter by status. Allowed values: [NOT_AVAILABLE, NOT_CONNECTED, CONNECTED]"
    })
  )
})
export type GetMsAgentList200 = ReadonlyArray<MsAgentDetailsCompact>
export const GetMsAgentList200 = Schema.Array(MsAgentDetailsCompact)
export type AddMsAgentRequestJson = MsAgentCreateRequest
export const AddMsAgentRequestJson = MsAgentCreateRequest
export type AddMsAgent201 = MsAgentToken
export const AddMsAgent201 = Schema.suspend((): Schema.Codec<MsAgentToken> => MsAgentToken).annotate({
  description: "Response object with installation token"
})
export type ListAdminUsersParams = {
  readonly size?: number
  readonly position?: number
  readonly login?: string
  readonly email?: string
  readonly activeState?: string
  readonly orgId?: number
  readonly type?: string
  readonly templateId?: number
  readonly identityProviderId?: number
  readonly role?: string
}
export const ListAdminUsersParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  login: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by login." })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by email." })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  activeState: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by admin status. Allowed values: ACTIVE, SUSPENDED." })
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Filter by ID of the organization / department this admin should have access to."
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  type: Schema.optionalKey(
    Schema.String.annotate({ description: "Admin type filter. Allowed values: STANDARD, IDP, SAS, API." })
  ),
  templateId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by assigned IdP template ID." }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  identityProviderId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Identity Provider ID." }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  role: Schema.optionalKey(Schema.String.annotate({ description: "Filter by admin role." }))
})
export type ListAdminUsers200 = ReadonlyArray<ClientAdminIdentity>
export const ListAdminUsers200 = Schema.Array(ClientAdminIdentity)
export type CreateAdminAccountRequestJson = CreateAndUpdateClientAdminRequest
export const CreateAdminAccountRequestJson = CreateAndUpdateClientAdminRequest
export type ChangeAdminPasswordParams = { readonly password: string }
export const ChangeAdminPasswordParams = Schema.Struct({ password: Schema.String })
export type ChangeAdminPasswordRequestJson = ChangePasswordRequest
export const ChangeAdminPasswordRequestJson = ChangePasswordRequest
export type ListAdminTemplatesParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly orgId?: number
  readonly identityProviderId?: number
}
export const ListAdminTemplatesParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by template name." })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({
      description: "Filter by ID of the organization / department this admin template should be assigned to."
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  identityProviderId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Identity Provider ID." }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  )
})
export type ListAdminTemplates200 = ReadonlyArray<IdpTemplateIdentity>
export const ListAdminTemplates200 = Schema.Array(IdpTemplateIdentity)
export type CreateAdminTemplateRequestJson = CreateAndUpdateIdpTemplateRequest
export const CreateAdminTemplateRequestJson = CreateAndUpdateIdpTemplateRequest
export type GetPublicAcmeAccountsListParams = {
  readonly size?: number
  readonly position?: number
  readonly organizationId?: number
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly name?: string
  readonly acmeServer?: string
  readonly status?: string
}
export const GetPublicAcmeAccountsListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Organization ID. You can append '%2C-2' (e.g. organizationId=105%2C-2) URL-encoded suffix for none departments selection, only organization(e.g. with ID=105) itself.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  certValidationType: Schema.optionalKey(
    Schema.Literals(["DV", "OV", "EV"]).annotate({ description: "ACME account server validation type" })
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "ACME account name" })),
  acmeServer: Schema.optionalKey(Schema.String.annotate({ description: "ACME account server name" })),
  status: Schema.optionalKey(Schema.String)
})
export type GetPublicAcmeAccountsList200 = ReadonlyArray<PublicAcmeAccountInfoV2>
export const GetPublicAcmeAccountsList200 = Schema.Array(PublicAcmeAccountInfoV2)
export type CreatePublicAcmeAccountRequestJson = PublicAcmeAccountCreateRequest
export const CreatePublicAcmeAccountRequestJson = PublicAcmeAccountCreateRequest
export type ListAcmeAccountDomainsParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly expiresWithinNextDays?: number
  readonly stickyExpiresWithinNextDays?: number
}
export const ListAcmeAccountDomainsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The RegExp that can be used as a filter to get ACME account domains whose names match against. Special characters should be URL-encoded e.g. \\. ⇒ %5C%2E"
    })
  ),
  expiresWithinNextDays: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Number of days(from current date) that is used as a filter to get ACME account’s domains whose 'validUntil' field(date) falls within the specifies time period, so during which ACME account’s domain validation will be or already has(in case of negative number) expired. Zero number of days means today, negative number of days means before today, positive number of days means after today.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  stickyExpiresWithinNextDays: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Number of days(from current date) that is used as a filter to get ACME account’s domains whose 'stickyUntil' field(date) falls within the specifies time period, so during which ACME account domain validation sticky will be or already has(in case of negative number) expired. Zero number of days means today, negative number of days means before today, positive number of days means after today.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
})
export type ListAcmeAccountDomains200 = ReadonlyArray<PublicAcmeDomainInfo>
export const ListAcmeAccountDomains200 = Schema.Array(PublicAcmeDomainInfo)
export type ListAcmeAccountDomains404 = NotFoundErrorResponse
export const ListAcmeAccountDomains404 = NotFoundErrorResponse
export type AddDomainsToPublicAcmeAccountRequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export const AddDomainsToPublicAcmeAccountRequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export type AddDomainsToPublicAcmeAccount200 = NotAddedDomainsResponse
export const AddDomainsToPublicAcmeAccount200 = Schema.suspend(
  (): Schema.Codec<NotAddedDomainsResponse> => NotAddedDomainsResponse
).annotate({ description: "List of not added domains" })
export type AddDomainsToPublicAcmeAccount404 = NotFoundErrorResponse
export const AddDomainsToPublicAcmeAccount404 = NotFoundErrorResponse
export type RemoveDomainsFromPublicAcmeAccountRequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export const RemoveDomainsFromPublicAcmeAccountRequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export type RemoveDomainsFromPublicAcmeAccount200 = NotRemovedDomainsResponse
export const RemoveDomainsFromPublicAcmeAccount200 = Schema.suspend(
  (): Schema.Codec<NotRemovedDomainsResponse> => NotRemovedDomainsResponse
).annotate({ description: "List of not added domains" })
export type RemoveDomainsFromPublicAcmeAccount404 = NotFoundErrorResponse
export const RemoveDomainsFromPublicAcmeAccount404 = NotFoundErrorResponse
export type GetUniversalAcmeAccountsListParams = {
  readonly size?: number
  readonly position?: number
  readonly organizationId?: number
  readonly name?: string
  readonly acmeServer?: string
}
export const GetUniversalAcmeAccountsListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "ACME account name" })),
  acmeServer: Schema.optionalKey(Schema.String.annotate({ description: "ACME account server name" }))
})
export type GetUniversalAcmeAccountsList200 = ReadonlyArray<PrivateAcmeAccountInfo>
export const GetUniversalAcmeAccountsList200 = Schema.Array(PrivateAcmeAccountInfo)
export type CreateUniversalAcmeAccountRequestJson = PrivateAcmeAccountCreateRequest
export const CreateUniversalAcmeAccountRequestJson = PrivateAcmeAccountCreateRequest
export type AcmeEvDetailsValidationRequestJson = PublicAcmeAccountEvInfo
export const AcmeEvDetailsValidationRequestJson = PublicAcmeAccountEvInfo
export type AcmeEvDetailsValidation200 = PublicAcmeDomainList
export const AcmeEvDetailsValidation200 = Schema.suspend(
  (): Schema.Codec<PublicAcmeDomainList> => PublicAcmeDomainList
).annotate({ description: "List of Public ACME domains " })
export type GetSslCertificateDetails200 = CertDetailsResponse
export const GetSslCertificateDetails200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "SSL identity" })
export type GetSslCertificateDetails404 = NotFoundErrorResponse
export const GetSslCertificateDetails404 = NotFoundErrorResponse
export type DeleteSslCertificateById404 = NotFoundErrorResponse
export const DeleteSslCertificateById404 = NotFoundErrorResponse
export type GetSslCertDcvInfo200 = ReadonlyArray<DcvInfoResp>
export const GetSslCertDcvInfo200 = Schema.Array(DcvInfoResp)
export type GetSslCertDcvInfo404 = NotFoundErrorResponse
export const GetSslCertDcvInfo404 = NotFoundErrorResponse
export type GetSslCertTypesParams = { readonly organizationId?: number }
export const GetSslCertTypesParams = Schema.Struct({
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Organization ID (optional)", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type GetSslCertTypes200 = ReadonlyArray<ApiCertType>
export const GetSslCertTypes200 = Schema.Array(ApiCertType)
export type GetSslCustomFields200 = ReadonlyArray<ApiCustomField>
export const GetSslCustomFields200 = Schema.Array(ApiCustomField)
export type CollectSslCertificateParams = { readonly format?: string }
export const CollectSslCertificateParams = Schema.Struct({
  format: Schema.optionalKey(Schema.String.annotate({ default: "base64" }))
})
export type CollectSslCertificate404 = NotFoundErrorResponse
export const CollectSslCertificate404 = NotFoundErrorResponse
export type GetSslCertificateDetails1200 = CertDetailsResponse
export const GetSslCertificateDetails1200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "SSL identity" })
export type GetSslCertificateDetails1404 = NotFoundErrorResponse
export const GetSslCertificateDetails1404 = NotFoundErrorResponse
export type DeleteSslCertificateById1404 = NotFoundErrorResponse
export const DeleteSslCertificateById1404 = NotFoundErrorResponse
export type GetSslCertDcvInfo1200 = DcvInfoResp
export const GetSslCertDcvInfo1200 = DcvInfoResp
export type GetSslCertDcvInfo1404 = NotFoundErrorResponse
export const GetSslCertDcvInfo1404 = NotFoundErrorResponse
export type GetSslCertTypes1Params = { readonly organizationId?: number }
export const GetSslCertTypes1Params = Schema.Struct({
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Organization ID (optional)", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type GetSslCertTypes1200 = ReadonlyArray<ApiCertType>
export const GetSslCertTypes1200 = Schema.Array(ApiCertType)
export type GetSslCustomFields1200 = ReadonlyArray<ApiCustomField>
export const GetSslCustomFields1200 = Schema.Array(ApiCustomField)
export type CollectSslCertificate1Params = { readonly format?: string }
export const CollectSslCertificate1Params = Schema.Struct({
  format: Schema.optionalKey(Schema.String.annotate({ default: "base64" }))
})
export type CollectSslCertificate1404 = NotFoundErrorResponse
export const CollectSslCertificate1404 = NotFoundErrorResponse
export type GetClientCertificateListParams = {
  readonly size?: number
  readonly position?: number
  readonly keyVault?: boolean
  readonly state?:
    "blank" | "created" | "requested" | "issued" | "downloaded" | "expired" | "revoked" | "rejected" | "pre_revoked"
  readonly certTypeId?: number
  readonly personId?: number
  readonly backendCertId?: string
  readonly serialNumber?: string
  readonly signatureAlgorithm?: string
  readonly keyAlgorithm?: string
  readonly keyParam?: string
  readonly keyUsage?: string
  readonly extendedKeyUsage?: string
  readonly email?: string
}
export const GetClientCertificateListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  keyVault: Schema.optionalKey(Schema.Boolean.annotate({ description: "Filter by certificate Key Vault flag" })),
  state: Schema.optionalKey(
    Schema.Literals([
      "blank",
      "created",
      "requested",
      "issued",
      "downloaded",
      "expired",
      "revoked",
      "rejected",
      "pre_revoked"
    ]).annotate({ description: "Filter by certificate state." })
  ),
  certTypeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by certificate profile ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  personId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by certificate person ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  backendCertId: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate backend ID" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  serialNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate serial number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  signatureAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate signature algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keyAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate public key algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keyParam: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate public key size or curve name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(100).annotate({ expected: "a value with a length of at most 100" }))
  ),
  keyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate key usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  extendedKeyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate extended key usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Filter by certificate person email" }))
})
export type GetClientCertificateList200 = ReadonlyArray<ApiSmimeV2>
export const GetClientCertificateList200 = Schema.Array(ApiSmimeV2)
export type GetClientCertProfilesParams = { readonly organizationId?: number }
export const GetClientCertProfilesParams = Schema.Struct({
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Organization ID (optional)", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type GetClientCertProfiles200 = ReadonlyArray<ApiCertType>
export const GetClientCertProfiles200 = Schema.Array(ApiCertType)
export type GetClientCertCustomFields200 = ReadonlyArray<ApiCustomField>
export const GetClientCertCustomFields200 = Schema.Array(ApiCustomField)
export type CollectClientCertificateParams = { readonly format?: string }
export const CollectClientCertificateParams = Schema.Struct({
  format: Schema.optionalKey(Schema.String.annotate({ default: "base64" }))
})
export type GetEndpointList200 = ReadonlyArray<EnrollmentEndpointInfo>
export const GetEndpointList200 = Schema.Array(EnrollmentEndpointInfo)
export type GetEndpointAccountList200 = ReadonlyArray<SmimeAccountInfo>
export const GetEndpointAccountList200 = Schema.Array(SmimeAccountInfo)
export type GetEndpointAccountList404 = NotFoundErrorResponse
export const GetEndpointAccountList404 = NotFoundErrorResponse
export type GetPersonIdByEmail200 = PersonIdResponse
export const GetPersonIdByEmail200 = Schema.suspend((): Schema.Codec<PersonIdResponse> => PersonIdResponse).annotate({
  description: "Person id response"
})
export type GetPersonIdByEmail404 = NotFoundErrorResponse
export const GetPersonIdByEmail404 = NotFoundErrorResponse
export type ListOrganizationValidations200 = ReadonlyArray<ValidationResponseItem>
export const ListOrganizationValidations200 = Schema.Array(ValidationResponseItem)
export type ListOrganizationValidations404 = NotFoundErrorResponse
export const ListOrganizationValidations404 = NotFoundErrorResponse
export type GetOrganizationValidationDetails200 = ValidationDetailsResponseV2
export const GetOrganizationValidationDetails200 = Schema.suspend(
  (): Schema.Codec<ValidationDetailsResponseV2> => ValidationDetailsResponseV2
).annotate({ description: "Validation details." })
export type GetOrganizationValidationDetails404 = NotFoundErrorResponse
export const GetOrganizationValidationDetails404 = NotFoundErrorResponse
export type ResetAndRemoveOrganizationValidation404 = NotFoundErrorResponse
export const ResetAndRemoveOrganizationValidation404 = NotFoundErrorResponse
export type GetOrgListByCertType200 = ReadonlyArray<OrganizationBasicResp>
export const GetOrgListByCertType200 = Schema.Array(OrganizationBasicResp).annotate({
  description: "List of organizations with basic details"
})
export type GetOrgsByRole200 = ReadonlyArray<OrganizationBasicResp>
export const GetOrgsByRole200 = Schema.Array(OrganizationBasicResp)
export type GetNotifyTypes200 = ReadonlyArray<
  | "Client Certificate Expiration"
  | "Client Certificate Revoked"
  | "SSL Certificate Approved"
  | "SSL Certificate Awaiting Approval"
  | "SSL Certificate Declined"
  | "SSL Certificate Expiration"
  | "SSL Certificate Issuance Failed"
  | "SSL Certificate Revoked"
  | "Discovery Scan Summary"
  | "SSL SA Approved to RA"
  | "Admin Created"
  | "Domain Delegation Awaiting Approval"
  | "Domain Delegation Approved"
  | "SSL Certificate Issued"
  | "Code Signing Certificate Invitation"
  | "Code Signing Certificate Issued"
  | "Code Signing Certificate Downloaded"
  | "Code Signing Certificate Revoked"
  | "Code Signing Certificate Expiration"
  | "Code Signing Certificate Requested"
  | "Email Validation"
  | "Email Invitation"
  | "Domain DCV Expiration"
  | "Domain DCV Validated"
  | "Domain DCV Needed-New Domain"
  | "Remote SSL Certificate Installed"
  | "Remote SSL Certificate Installation Failed"
  | "Admin IdP Login Invitation"
  | "Code Sign Request Declined"
  | "Code Sign Request Signed"
  | "Code Sign Developer Created"
  | "Code Sign Developer Reset Password"
  | "Code Sign Developer New Email"
  | "Code Sign Request Created"
  | "CS CSF Revoke"
  | "Device Certificate Expiration"
  | "Device Certificate Revoked"
  | "Device Awaiting Approval"
  | "SSL Certificate Auto-Renewal Failed"
  | "SSL Certificate Awaiting Manual Installation"
  | "Device Certificate Issued"
  | "Device Certificate Approved"
  | "Device Certificate Declined"
  | "Client Admin Change Password by API"
  | "SSL Bulk Awaiting Approval"
  | "SSL Bulk Enroll Completed"
  | "SSL Certificate Issued (Distribution List)"
  | "Client Certificate Issued (Distribution List)"
  | "Device Certificate Issued (Distribution List)"
  | "Code Signing Certificate Issued (Distribution List)"
  | "MS Agent Status Changed"
  | "Network Agent Disconnected"
  | "Email Confirmation"
  | "Certificate Enrollment Invitation"
  | "Domain Delegation Awaiting Approval MRAO"
  | "Report generated"
  | "DCV Renew Failed"
  | "SAS Admin Login Invitation"
  | "DNS Connector Disconnected"
  | "CA Connector Disconnected"
  | "Private CA Certificate Expiration"
  | "Subscription change"
  | "Certificate Usage Threshold"
  | "Certificate Usage Exceeds Inventory"
  | "ClientCertExpiration"
  | "ClientCertRevoked"
  | "SMIMEEnrolledDl"
  | "CSCertDownloaded"
  | "CSCertRevoked"
  | "CSCertExpiration"
  | "CSCertRequested"
  | "CsEnrolledDl"
  | "SSLApproved"
  | "SSLAwaitingApproval"
  | "SSLDeclined"
  | "SSLExpiration"
  | "SSLIssuanceFailed"
  | "SSLRevoked"
  | "DiscoveryScanSummary"
  | "ExSSLCertificateInstalled"
  | "ExSSLInstallationFailed"
  | "ArFailed"
  | "ManualInstallReady"
  | "SSLEnrolledDl"
  | "AdminCreation"
  | "DomainAwaitingApproval"
  | "DomainAwaitingApprovalMrao"
  | "DomainApproved"
  | "MsAgentChangeStatus"
  | "NetworkAgentDisconnected"
>
export const GetNotifyTypes200 = Schema.Array(
  Schema.Literals([
    "Client Certificate Expiration",
    "Client Certificate Revoked",
    "SSL Certificate Approved",
    "SSL Certificate Awaiting Approval",
    "SSL Certificate Declined",
    "SSL Certificate Expiration",
    "SSL Certificate Issuance Failed",
    "SSL Certificate Revoked",
    "Discovery Scan Summary",
    "SSL SA Approved to RA",
    "Admin Created",
    "Domain Delegation Awaiting Approval",
    "Domain Delegation Approved",
    "SSL Certificate Issued",
    "Code Signing Certificate Invitation",
    "Code Signing Certificate Issued",
    "Code Signing Certificate Downloaded",
    "Code Signing Certificate Revoked",
    "Code Signing Certificate Expiration",
    "Code Signing Certificate Requested",
    "Email Validation",
    "Email Invitation",
    "Domain DCV Expiration",
    "Domain DCV Validated",
    "Domain DCV Needed-New Domain",
    "Remote SSL Certificate Installed",
    "Remote SSL Certificate Installation Failed",
    "Admin IdP Login Invitation",
    "Code Sign Request Declined",
    "Code Sign Request Signed",
    "Code Sign Developer Created",
    "Code Sign Developer Reset Password",
    "Code Sign Developer New Email",
    "Code Sign Request Created",
    "CS CSF Revoke",
    "Device Certificate Expiration",
    "Device Certificate Revoked",
    "Device Awaiting Approval",
    "SSL Certificate Auto-Renewal Failed",
    "SSL Certificate Awaiting Manual Installation",
    "Device Certificate Issued",
    "Device Certificate Approved",
    "Device Certificate Declined",
    "Client Admin Change Password by API",
    "SSL Bulk Awaiting Approval",
    "SSL Bulk Enroll Completed",
    "SSL Certificate Issued (Distribution List)",
    "Client Certificate Issued (Distribution List)",
    "Device Certificate Issued (Distribution List)",
    "Code Signing Certificate Issued (Distribution List)",
    "MS Agent Status Changed",
    "Network Agent Disconnected",
    "Email Confirmation",
    "Certificate Enrollment Invitation",
    "Domain Delegation Awaiting Approval MRAO",
    "Report generated",
    "DCV Renew Failed",
    "SAS Admin Login Invitation",
    "DNS Connector Disconnected",
    "CA Connector Disconnected",
    "Private CA Certificate Expiration",
    "Subscription change",
    "Certificate Usage Threshold",
    "Certificate Usage Exceeds Inventory",
    "ClientCertExpiration",
    "ClientCertRevoked",
    "SMIMEEnrolledDl",
    "CSCertDownloaded",
    "CSCertRevoked",
    "CSCertExpiration",
    "CSCertRequested",
    "CsEnrolledDl",
    "SSLApproved",
    "SSLAwaitingApproval",
    "SSLDeclined",
    "SSLExpiration",
    "SSLIssuanceFailed",
    "SSLRevoked",
    "DiscoveryScanSummary",
    "ExSSLCertificateInstalled",
    "ExSSLInstallationFailed",
    "ArFailed",
    "ManualInstallReady",
    "SSLEnrolledDl",
    "AdminCreation",
    "DomainAwaitingApproval",
    "DomainAwaitingApprovalMrao",
    "DomainApproved",
    "MsAgentChangeStatus",
    "NetworkAgentDisconnected"
  ])
)
export type GetDomainDetails200 = DomainInfo
export const GetDomainDetails200 = Schema.suspend((): Schema.Codec<DomainInfo> => DomainInfo).annotate({
  description: "Domain details."
})
export type GetDomainDetails404 = NotFoundErrorResponse
export const GetDomainDetails404 = NotFoundErrorResponse
export type DeleteDomain404 = NotFoundErrorResponse
export const DeleteDomain404 = NotFoundErrorResponse
export type GetNetworkTask200 = DetailsResponse
export const GetNetworkTask200 = Schema.suspend((): Schema.Codec<DetailsResponse> => DetailsResponse).annotate({
  description: "Response object with network discovery task details"
})
export type GetNetworkTask404 = NotFoundErrorResponse
export const GetNetworkTask404 = NotFoundErrorResponse
export type DeleteNetworkScanTask404 = NotFoundErrorResponse
export const DeleteNetworkScanTask404 = NotFoundErrorResponse
export type GetMsAdScanTask200 = MsAdTaskDetailsResponse
export const GetMsAdScanTask200 = Schema.suspend(
  (): Schema.Codec<MsAdTaskDetailsResponse> => MsAdTaskDetailsResponse
).annotate({ description: "MS AD scan task detailed info" })
export type GetMsAdScanTask404 = NotFoundErrorResponse
export const GetMsAdScanTask404 = NotFoundErrorResponse
export type DeleteMsAdScanTask404 = NotFoundErrorResponse
export const DeleteMsAdScanTask404 = NotFoundErrorResponse
export type GetOperationsListParams = { readonly size?: number; readonly position?: number }
export const GetOperationsListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type GetOperationsList200 = OperationsListResponse
export const GetOperationsList200 = Schema.suspend(
  (): Schema.Codec<OperationsListResponse> => OperationsListResponse
).annotate({ description: "Certificate discovery operations info list object" })
export type GetOperationsList404 = NotFoundErrorResponse
export const GetOperationsList404 = NotFoundErrorResponse
export type GetOperationResultParams = { readonly size?: number; readonly position?: number }
export const GetOperationResultParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type GetOperationResult200 = {
  readonly total?: number
  readonly data?: ReadonlyArray<{
    readonly certificate?: { readonly hash?: string; readonly metadata?: {}; readonly details?: {} }
    readonly location?: {}
  }>
}
export const GetOperationResult200 = Schema.Struct({
  total: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  data: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        certificate: Schema.optionalKey(
          Schema.Struct({
            hash: Schema.optionalKey(Schema.String),
            metadata: Schema.optionalKey(Schema.Struct({})),
            details: Schema.optionalKey(Schema.Struct({}))
          })
        ),
        location: Schema.optionalKey(Schema.Struct({}))
      })
    )
  )
})
export type GetOperationResult404 = ErrorResponse
export const GetOperationResult404 = ErrorResponse
export type GetCertificateListParams = { readonly size?: number; readonly position?: number }
export const GetCertificateListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type GetCertificateList200 = {
  readonly total?: number
  readonly data?: ReadonlyArray<{ readonly hash?: string; readonly metadata?: {}; readonly details?: {} }>
}
export const GetCertificateList200 = Schema.Struct({
  total: Schema.optionalKey(
    Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  data: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        hash: Schema.optionalKey(Schema.String),
        metadata: Schema.optionalKey(Schema.Struct({})),
        details: Schema.optionalKey(Schema.Struct({}))
      })
    )
  )
})
export type GetCertificateList404 = NotFoundErrorResponse
export const GetCertificateList404 = NotFoundErrorResponse
export type GetAzureKeyVaultScanTask200 = AzureTaskDetailsResponse
export const GetAzureKeyVaultScanTask200 = Schema.suspend(
  (): Schema.Codec<AzureTaskDetailsResponse> => AzureTaskDetailsResponse
).annotate({ description: "Azure Key Vault scan task detailed info" })
export type GetAzureKeyVaultScanTask404 = NotFoundErrorResponse
export const GetAzureKeyVaultScanTask404 = NotFoundErrorResponse
export type DeleteAzureKeyVaultScanTask404 = NotFoundErrorResponse
export const DeleteAzureKeyVaultScanTask404 = NotFoundErrorResponse
export type FindAssignmentRuleById200 = RuleDetailsInfo
export const FindAssignmentRuleById200 = Schema.suspend((): Schema.Codec<RuleDetailsInfo> => RuleDetailsInfo).annotate({
  description: "Assignment rule detailed info"
})
export type FindAssignmentRuleById404 = NotFoundErrorResponse
export const FindAssignmentRuleById404 = NotFoundErrorResponse
export type DeleteAssignmentRuleRequestJson = AddRuleRequest
export const DeleteAssignmentRuleRequestJson = AddRuleRequest
export type DeleteAssignmentRule404 = NotFoundErrorResponse
export const DeleteAssignmentRule404 = NotFoundErrorResponse
export type GetAssignmentRulesCount200 = GetCountResponse
export const GetAssignmentRulesCount200 = Schema.suspend(
  (): Schema.Codec<GetCountResponse> => GetCountResponse
).annotate({ description: "Assignment rule count" })
export type GetDeviceCertificatesListParams = {
  readonly size?: number
  readonly position?: number
  readonly commonName?: string
  readonly email?: string
  readonly status?:
    | "Requested"
    | "Approved"
    | "Declined"
    | "Applied"
    | "Issued"
    | "Downloaded"
    | "Expired"
    | "Revoked"
    | "Rejected"
    | "APPROVED"
  readonly certTypeId?: number
  readonly backendCertId?: string
  readonly orgId?: number
  readonly serialNumber?: string
  readonly signatureAlgorithm?: string
  readonly keyAlgorithm?: string
  readonly keyParam?: string
  readonly keyUsage?: string
  readonly extendedKeyUsage?: string
}
export const GetDeviceCertificatesListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  commonName: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate common name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(128).annotate({ expected: "a value with a length of at most 128" }))
  ),
  email: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate requester email" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  status: Schema.optionalKey(
    Schema.Literals([
      "Requested",
      "Approved",
      "Declined",
      "Applied",
      "Issued",
      "Downloaded",
      "Expired",
      "Revoked",
      "Rejected",
      "APPROVED"
    ]).annotate({ description: "Filter by certificate status" })
  ),
  certTypeId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by certificate profile ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  backendCertId: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "**Deprecated** Filter by ID of certificate in the enrolling backend. Should not be used for certificate operations but will work during migration phase. "
    })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(255).annotate({ expected: "a value with a length of at most 255" }))
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by certificate organization ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  serialNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate serial number" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(64).annotate({ expected: "a value with a length of at most 64" }))
  ),
  signatureAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate signature algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keyAlgorithm: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate public key algorithm" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
  ),
  keyParam: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate public key size or curve name" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(100).annotate({ expected: "a value with a length of at most 100" }))
  ),
  keyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate key usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  extendedKeyUsage: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by certificate extended key Usage" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  )
})
export type GetDeviceCertificatesList200 = ReadonlyArray<DeviceCertIdentity>
export const GetDeviceCertificatesList200 = Schema.Array(DeviceCertIdentity)
export type GetDeviceCertificatesDetails200 = CertDetailsResponse
export const GetDeviceCertificatesDetails200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "Array of Device identities according to applied filters" })
export type GetDeviceCertificatesDetails404 = NotFoundErrorResponse
export const GetDeviceCertificatesDetails404 = NotFoundErrorResponse
export type GetDeviceProfilesParams = { readonly organizationId?: number }
export const GetDeviceProfilesParams = Schema.Struct({
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Organization ID (optional)", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type GetDeviceProfiles200 = ReadonlyArray<ApiDeviceCertType>
export const GetDeviceProfiles200 = Schema.Array(ApiDeviceCertType)
export type GetDeviceCustomFields200 = ReadonlyArray<ApiCustomField>
export const GetDeviceCustomFields200 = Schema.Array(ApiCustomField)
export type CollectDeviceCertificateParams = { readonly format: string }
export const CollectDeviceCertificateParams = Schema.Struct({ format: Schema.String.annotate({ default: "base64" }) })
export type CollectDeviceCertificate404 = NotFoundErrorResponse
export const CollectDeviceCertificate404 = NotFoundErrorResponse
export type ListAllDcvParams = {
  readonly domain?: string
  readonly expiresIn?: number
  readonly org?: number
  readonly department?: number
  readonly dcvStatus?: string
  readonly orderStatus?: string
  readonly size?: number
  readonly position?: number
}
export const ListAllDcvParams = Schema.Struct({
  domain: Schema.optionalKey(Schema.String.annotate({ description: "Filter by domain name." })),
  expiresIn: Schema.optionalKey(
    Schema.Number.annotate({ description: "Expires in (days) filter." })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  org: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by delegation to the organization with specified ID." })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  department: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by delegation to the department with specified ID." })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  dcvStatus: Schema.optionalKey(Schema.String.annotate({ description: "Filter by domain validation status." })),
  orderStatus: Schema.optionalKey(Schema.String.annotate({ description: "Filter by validation order status." })),
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type ListAllDcv200 = ReadonlyArray<DcvSearchResult>
export const ListAllDcv200 = Schema.Array(DcvSearchResult)
export type GetCustomFieldDetails200 = ApiCustomFieldV2
export const GetCustomFieldDetails200 = Schema.suspend((): Schema.Codec<ApiCustomFieldV2> => ApiCustomFieldV2).annotate(
  { description: "Custom Field info object" }
)
export type GetCustomFieldDetails404 = NotFoundErrorResponse
export const GetCustomFieldDetails404 = NotFoundErrorResponse
export type DeleteCustomField404 = NotFoundErrorResponse
export const DeleteCustomField404 = NotFoundErrorResponse
export type GetDnsConnectorListParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "NOT_AVAILABLE" | "NOT_CONNECTED" | "CONNECTED"
  readonly orgIds?: ReadonlyArray<number>
}
export const GetDnsConnectorListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Filter by connector name" })),
  status: Schema.optionalKey(
    Schema.Literals(["NOT_AVAILABLE", "NOT_CONNECTED", "CONNECTED"]).annotate({
      description: "Filter by status. Allowed values: [NOT_AVAILABLE, NOT_CONNECTED, CONNECTED]"
    })
  ),
  orgIds: Schema.optionalKey(
    Schema.Array(
      Schema.Number.annotate({ description: "Filter by organization ID.", format: "int32" }).check(
        Schema.isInt().annotate({ expected: "an integer" })
      )
    ).annotate({ description: "Filter by organization ID." })
  )
})
export type GetDnsConnectorList200 = ReadonlyArray<DnsConnectorList>
export const GetDnsConnectorList200 = Schema.Array(DnsConnectorList)
export type GetDnsConnectorDetails200 = DnsConnector
export const GetDnsConnectorDetails200 = Schema.suspend((): Schema.Codec<DnsConnector> => DnsConnector).annotate({
  description: "Response object with connector details."
})
export type GetDnsConnectorDetails404 = NotFoundErrorResponse
export const GetDnsConnectorDetails404 = NotFoundErrorResponse
export type GetDnsConnectorProviderList200 = ReadonlyArray<string>
export const GetDnsConnectorProviderList200 = Schema.Array(Schema.String)
export type GetDnsConnectorProviderList404 = NotFoundErrorResponse
export const GetDnsConnectorProviderList404 = NotFoundErrorResponse
export type CheckAzureAccount200 = ReadonlyArray<AzureAccountCheckStatus>
export const CheckAzureAccount200 = Schema.Array(AzureAccountCheckStatus)
export type CheckAzureAccount404 = NotFoundErrorResponse
export const CheckAzureAccount404 = NotFoundErrorResponse
export type GetVault200 = ReadonlyArray<AzureVault>
export const GetVault200 = Schema.Array(AzureVault)
export type GetVault404 = NotFoundErrorResponse
export const GetVault404 = NotFoundErrorResponse
export type GetAzureResourceGroups200 = ReadonlyArray<AzureResource>
export const GetAzureResourceGroups200 = Schema.Array(AzureResource)
export type GetAzureResourceGroups404 = NotFoundErrorResponse
export const GetAzureResourceGroups404 = NotFoundErrorResponse
export type GetNetworkAgentServersList1Params = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly alias?: string
  readonly protocol?: "HTTP" | "HTTPS" | "UNKNOWN"
  readonly address?: string
  readonly port?: number
  readonly sslId?: number
  readonly countOnly?: boolean
}
export const GetNetworkAgentServersList1Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The whole or part of full name of node in server discovered by Network agent to match against to anywhere in the node full name with insensitive case compare when counting."
    })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(1024).annotate({ expected: "a value with a length of at most 1024" }))
  ),
  alias: Schema.optionalKey(
    Schema.String.annotate({
      description:
        "The whole or part of name of node in server discovered by Network agent to match against to anywhere in the node name with insensitive case compare when counting."
    })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(512).annotate({ expected: "a value with a length of at most 512" }))
  ),
  protocol: Schema.optionalKey(
    Schema.Literals(["HTTP", "HTTPS", "UNKNOWN"]).annotate({
      description: "To match against a Schema of protocol used to connect to node in server discovered by Network agent"
    })
  ),
  address: Schema.optionalKey(
    Schema.String.annotate({
      description: "To match against an IP address of node in server discovered by Network agent"
    })
      .check(Schema.isMinLength(1).annotate({ expected: "a value with a length of at least 1" }))
      .check(Schema.isMaxLength(39).annotate({ expected: "a value with a length of at most 39" }))
  ),
  port: Schema.optionalKey(
    Schema.Number.annotate({
      description: "To match against a Port number listening by node in server discovered by Network agent",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  sslId: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "To match against an ID of entity of SSL certificate installed on server node and discovered by Network agent either from SSL connection or from server configuration",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  countOnly: Schema.optionalKey(Schema.Boolean)
})
export type GetNetworkAgentServersList1200 = ReadonlyArray<NamedIdentity>
export const GetNetworkAgentServersList1200 = Schema.Array(NamedIdentity)
export type GetNetworkAgentServerNodeDetails200 = TargetServerNodeDto
export const GetNetworkAgentServerNodeDetails200 = Schema.suspend(
  (): Schema.Codec<TargetServerNodeDto> => TargetServerNodeDto
).annotate({ description: "Response object with server node details." })
export type GetAvailableAdminRolesParams = { readonly isForEdit?: boolean }
export const GetAvailableAdminRolesParams = Schema.Struct({
  isForEdit: Schema.optionalKey(Schema.Boolean.annotate({ default: false }))
})
export type GetAvailableAdminRoles200 = ReadonlyArray<ClientRole>
export const GetAvailableAdminRoles200 = Schema.Array(ClientRole)
export type GetAvailablePrivilegesForRolesParams = { readonly role: ReadonlyArray<ClientRole> }
export const GetAvailablePrivilegesForRolesParams = Schema.Struct({
  role: Schema.Array(ClientRole).check(Schema.isUnique().annotate({ expected: "an array with unique items" }))
})
export type GetAvailablePrivilegesForRoles200 = ReadonlyArray<PrivilegeDescription>
export const GetAvailablePrivilegesForRoles200 = Schema.Array(PrivilegeDescription)
export type GetPasswordStatus200 = ClientAdminStatusResponse
export const GetPasswordStatus200 = Schema.suspend(
  (): Schema.Codec<ClientAdminStatusResponse> => ClientAdminStatusResponse
).annotate({ description: "Details about admin password state and its expiration date (if any)" })
export type GetAvailableIdentityProviders200 = ReadonlyArray<IdpInfo>
export const GetAvailableIdentityProviders200 = Schema.Array(IdpInfo)
export type ListAcmeAccountClientsParams = {
  readonly size?: number
  readonly position?: number
  readonly contacts?: string
  readonly userAgent?: string
  readonly ipAddress?: string
  readonly status?: ReadonlyArray<string>
  readonly lastActivityWithinPrevDays?: number
}
export const ListAcmeAccountClientsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  contacts: Schema.optionalKey(
    Schema.String.annotate({
      description: "The any substring of ACME account client’s 'contacts' field to match against"
    })
  ),
  userAgent: Schema.optionalKey(
    Schema.String.annotate({
      description: "The any substring of ACME account client’s 'userAgent' field to match against"
    })
  ),
  ipAddress: Schema.optionalKey(
    Schema.String.annotate({
      description: "The any substring of ACME account client’s 'ipAddress' field to match against"
    })
  ),
  status: Schema.optionalKey(
    Schema.Array(
      Schema.String.annotate({ description: "The status string of ACME account client’s 'status' field to equal" })
    ).annotate({ description: "The status string of ACME account client’s 'status' field to equal" })
  ),
  lastActivityWithinPrevDays: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Number of days (from end of the current day to the past) that is used as a filter to get ACME account’s clients whose 'lastActivity' field (date) falls within the specifies time period, so during which ACME account’s client was last active (connected/requested the private or Sectigo public CA).",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
})
export type ListAcmeAccountClients200 = ReadonlyArray<PublicAcmeClientInfo>
export const ListAcmeAccountClients200 = Schema.Array(PublicAcmeClientInfo)
export type ListAcmeAccountClients404 = NotFoundErrorResponse
export const ListAcmeAccountClients404 = NotFoundErrorResponse
export type GetPublicAcmeServersListParams = {
  readonly size?: number
  readonly position?: number
  readonly caId?: number
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly url?: string
  readonly name?: string
}
export const GetPublicAcmeServersListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  caId: Schema.optionalKey(
    Schema.Number.annotate({ description: "ACME server CA ID", format: "int32" }).check(
      Schema.isInt().annotate({ expected: "an integer" })
    )
  ),
  certValidationType: Schema.optionalKey(
    Schema.Literals(["DV", "OV", "EV"]).annotate({ description: "ACME server validation type" })
  ),
  url: Schema.optionalKey(Schema.String.annotate({ description: "ACME server URL" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "ACME server name" }))
})
export type GetPublicAcmeServersList200 = ReadonlyArray<AcmeServerInfo>
export const GetPublicAcmeServersList200 = Schema.Array(AcmeServerInfo).annotate({
  description: "List of ACME server info objects"
})
export type GetUniversalAcmeAccountClientsListParams = {
  readonly size?: number
  readonly position?: number
  readonly userAgent?: string
  readonly ipAddress?: string
  readonly status?: ReadonlyArray<string>
  readonly lastActivityWithinPrevDays?: number
}
export const GetUniversalAcmeAccountClientsListParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  userAgent: Schema.optionalKey(
    Schema.String.annotate({
      description: "The any substring of ACME account client’s 'userAgent' field to match against"
    })
  ),
  ipAddress: Schema.optionalKey(
    Schema.String.annotate({
      description: "The any substring of ACME account client’s 'ipAddress' field to match against"
    })
  ),
  status: Schema.optionalKey(
    Schema.Array(
      Schema.String.annotate({ description: "The status string of ACME account client’s 'status' field to equal" })
    ).annotate({ description: "The status string of ACME account client’s 'status' field to equal" })
  ),
  lastActivityWithinPrevDays: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Number of days (from end of the current day to the past) that is used as a filter to get ACME account’s clients whose 'lastActivity' field (date) falls within the specifies time period, so during which ACME account’s client was last active (connected/requested the private or Sectigo public CA).",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  )
})
export type GetUniversalAcmeAccountClientsList200 = ReadonlyArray<PrivateAcmeClientInfo>
export const GetUniversalAcmeAccountClientsList200 = Schema.Array(PrivateAcmeClientInfo)
export type GetUniversalAcmeAccountClientsList404 = NotFoundErrorResponse
export const GetUniversalAcmeAccountClientsList404 = NotFoundErrorResponse
export type CountDomainsParams = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly state?: "active" | "inactive"
  readonly status?: "requested" | "approved"
  readonly orgId?: number
}
export const CountDomainsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(
    Schema.String.annotate({ description: "Filter by domain name." })
      .check(Schema.isMinLength(2).annotate({ expected: "a value with a length of at least 2" }))
      .check(Schema.isMaxLength(256).annotate({ expected: "a value with a length of at most 256" }))
  ),
  state: Schema.optionalKey(
    Schema.Literals(["active", "inactive"]).annotate({ description: "Filter by active state." })
  ),
  status: Schema.optionalKey(
    Schema.Literals(["requested", "approved"]).annotate({ description: "Filter by requested status." })
  ),
  orgId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by organization / department ID" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type CountDomains200 = { readonly count: number }
export const CountDomains200 = Schema.Struct({
  count: Schema.Number.annotate({ description: "Count for domains", format: "int32" }).check(
    Schema.isInt().annotate({ expected: "an integer" })
  )
})
export type ListCsodDeveloperRequestsParams = { readonly size?: number; readonly position?: number }
export const ListCsodDeveloperRequestsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type ListCsodDeveloperRequests200 = ReadonlyArray<number>
export const ListCsodDeveloperRequests200 = Schema.Array(
  Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
).annotate({ description: "Array of request IDs" })
export type SubmitCsodRequestRequestJson = CsodSubmitRequest
export const SubmitCsodRequestRequestJson = CsodSubmitRequest
export type CreateCsodRequestRequestJson = CsodCreateRequest
export const CreateCsodRequestRequestJson = CsodCreateRequest
export type CreateCsodRequest200 = CsodCreateResponse
export const CreateCsodRequest200 = CsodCreateResponse
export type CountCsodDeveloperRequests200 = CsodCountResponse
export const CountCsodDeveloperRequests200 = CsodCountResponse
export type GetCsodDeveloperRequest200 = CsodRequestDetails
export const GetCsodDeveloperRequest200 = CsodRequestDetails
export type ListCsodAdminRequestsParams = { readonly size?: number; readonly position?: number }
export const ListCsodAdminRequestsParams = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type ListCsodAdminRequests200 = ReadonlyArray<number>
export const ListCsodAdminRequests200 = Schema.Array(
  Schema.Number.annotate({ format: "int32" }).check(Schema.isInt().annotate({ expected: "an integer" }))
).annotate({ description: "Array of request IDs" })
export type CountCsodAdminRequests200 = CsodCountResponse
export const CountCsodAdminRequests200 = CsodCountResponse
export type GetCsodAdminRequest200 = CsodRequestDetails
export const GetCsodAdminRequest200 = CsodRequestDetails
export type ApproveCsodRequestRequestJson = CsodDecisionRequest
export const ApproveCsodRequestRequestJson = CsodDecisionRequest
export type DeclineCsodRequestRequestJson = CsodDecisionRequest
export const DeclineCsodRequestRequestJson = CsodDecisionRequest
export type ListCaBackends200 = ReadonlyArray<CaBackend>
export const ListCaBackends200 = Schema.Array(CaBackend)
export type ListClientCertificatesByPersonId200 = ReadonlyArray<ApiSmimeV2>
export const ListClientCertificatesByPersonId200 = Schema.Array(ApiSmimeV2)
export type ListClientCertificatesByPersonEmail200 = ReadonlyArray<ApiSmimeV2>
export const ListClientCertificatesByPersonEmail200 = Schema.Array(ApiSmimeV2)
export type ListAllDcvV1Params = {
  readonly domain?: string
  readonly expiresIn?: number
  readonly org?: number
  readonly department?: number
  readonly dcvStatus?: string
  readonly orderStatus?: string
  readonly size?: number
  readonly position?: number
}
export const ListAllDcvV1Params = Schema.Struct({
  domain: Schema.optionalKey(Schema.String.annotate({ description: "Filter by domain name." })),
  expiresIn: Schema.optionalKey(
    Schema.Number.annotate({ description: "Expires in (days) filter." })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  org: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by delegation to the organization with specified ID." })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  department: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by delegation to the department with specified ID." })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  dcvStatus: Schema.optionalKey(Schema.String.annotate({ description: "Filter by domain validation status." })),
  orderStatus: Schema.optionalKey(Schema.String.annotate({ description: "Filter by validation order status." })),
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  )
})
export type ListAllDcvV1200 = ReadonlyArray<DcvSearchResult>
export const ListAllDcvV1200 = Schema.Array(DcvSearchResult)
export type GetDcvStatusV1RequestJson = DomainRequest
export const GetDcvStatusV1RequestJson = DomainRequest
export type GetDcvStatusV1200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly validationDate?: string | string
  readonly expirationDate?: string | string
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly orderMode?: "EMAIL" | "CNAME" | "HTTP" | "HTTPS" | "AUTO" | "TXT"
  readonly host?: string
  readonly point?: string
  readonly url?: string
  readonly firstLine?: string
  readonly secondLine?: string
  readonly validationEmail?: string
  readonly emailValidationReferenceNumber?: string
  readonly orderBackendId?: string
  readonly submittedDate?: string | string
  readonly lastCheck?: string
  readonly nextCheck?: string
}
export const GetDcvStatusV1200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status"
    })
  ),
  validationDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation date" })
  ),
  expirationDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation expiration date" })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  orderMode: Schema.optionalKey(
    Schema.Literals(["EMAIL", "CNAME", "HTTP", "HTTPS", "AUTO", "TXT"]).annotate({
      description: "Validation order mode."
    })
  ),
  host: Schema.optionalKey(Schema.String.annotate({ description: "DNS validation record host value." })),
  point: Schema.optionalKey(Schema.String.annotate({ description: "DNS validation record point value." })),
  url: Schema.optionalKey(
    Schema.String.annotate({
      description:
        'HTTP(s) validation. URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTP server.'
    })
  ),
  firstLine: Schema.optionalKey(
    Schema.String.annotate({ description: "HTTP(s) validation. Validation txt file content: first line." })
  ),
  secondLine: Schema.optionalKey(
    Schema.String.annotate({ description: "HTTP(s) validation. Validation txt file content: second line." })
  ),
  validationEmail: Schema.optionalKey(Schema.String.annotate({ description: "Email validation recipient." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  ),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "Validation order backend id." })),
  submittedDate: Schema.optionalKey(
    Schema.Union([
      Schema.String.annotate({ format: "date-time" }),
      Schema.String.annotate({ format: "date" })
    ]).annotate({ description: "Validation order submission date" })
  ),
  lastCheck: Schema.optionalKey(Schema.String.annotate({ format: "date-time" })),
  nextCheck: Schema.optionalKey(Schema.String.annotate({ format: "date-time" }))
})
export type GetDcvStatusV1404 = ErrorResponse
export const GetDcvStatusV1404 = ErrorResponse
export type SyncDcvV1Params = { readonly force?: boolean }
export const SyncDcvV1Params = Schema.Struct({ force: Schema.optionalKey(Schema.Boolean) })
export type SyncDcvV1RequestJson = DomainRequest
export const SyncDcvV1RequestJson = DomainRequest
export type SyncDcvV1200 = DcvStatusResponseV2
export const SyncDcvV1200 = DcvStatusResponseV2
export type SyncDcvV1404 = ErrorResponse
export const SyncDcvV1404 = ErrorResponse
export type ClearDomainDcvV1RequestJson = DomainRequest
export const ClearDomainDcvV1RequestJson = DomainRequest
export type ClearDomainDcvV1200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
}
export const ClearDomainDcvV1200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." }))
})
export type ClearDomainDcvV1404 = ErrorResponse
export const ClearDomainDcvV1404 = ErrorResponse
export type DeleteDcvV1RequestJson = DomainRequest
export const DeleteDcvV1RequestJson = DomainRequest
export type DeleteDcvV1404 = ErrorResponse
export const DeleteDcvV1404 = ErrorResponse
export type StartHttpDcvV1RequestJson = DomainRequest
export const StartHttpDcvV1RequestJson = DomainRequest
export type StartHttpDcvV1200 = { readonly url?: string; readonly firstLine?: string; readonly secondLine?: string }
export const StartHttpDcvV1200 = Schema.Struct({
  url: Schema.optionalKey(
    Schema.String.annotate({
      description: 'URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTP server.'
    })
  ),
  firstLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: first line." })),
  secondLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: second line." }))
})
export type StartHttpDcvV1404 = ErrorResponse
export const StartHttpDcvV1404 = ErrorResponse
export type StartHttpsDcvV1RequestJson = DomainRequest
export const StartHttpsDcvV1RequestJson = DomainRequest
export type StartHttpsDcvV1200 = { readonly url?: string; readonly firstLine?: string; readonly secondLine?: string }
export const StartHttpsDcvV1200 = Schema.Struct({
  url: Schema.optionalKey(
    Schema.String.annotate({
      description: 'URL to the validation txt file in the "/.well-known/pki-validation" directory of the HTTPS server.'
    })
  ),
  firstLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: first line." })),
  secondLine: Schema.optionalKey(Schema.String.annotate({ description: "Validation txt file content: second line." }))
})
export type StartHttpsDcvV1404 = ErrorResponse
export const StartHttpsDcvV1404 = ErrorResponse
export type SubmitHttpDcvV1RequestJson = DomainRequest
export const SubmitHttpDcvV1RequestJson = DomainRequest
export type SubmitHttpDcvV1200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
  readonly orderBackendId?: string
  readonly emailValidationReferenceNumber?: string
}
export const SubmitHttpDcvV1200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." })),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "DCV order backend ID." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  )
})
export type SubmitHttpDcvV1404 = ErrorResponse
export const SubmitHttpDcvV1404 = ErrorResponse
export type SubmitHttpsDcvV1RequestJson = DomainRequest
export const SubmitHttpsDcvV1RequestJson = DomainRequest
export type SubmitHttpsDcvV1200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
  readonly orderBackendId?: string
  readonly emailValidationReferenceNumber?: string
}
export const SubmitHttpsDcvV1200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." })),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "DCV order backend ID." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  )
})
export type SubmitHttpsDcvV1404 = ErrorResponse
export const SubmitHttpsDcvV1404 = ErrorResponse
export type StartCnameDcvV1RequestJson = DomainRequest
export const StartCnameDcvV1RequestJson = DomainRequest
export type StartCnameDcvV1200 = { readonly host?: string; readonly point?: string }
export const StartCnameDcvV1200 = Schema.Struct({
  host: Schema.optionalKey(Schema.String),
  point: Schema.optionalKey(Schema.String)
})
export type StartCnameDcvV1404 = ErrorResponse
export const StartCnameDcvV1404 = ErrorResponse
export type SubmitCnameDcvV1RequestJson = DomainCnameRequest
export const SubmitCnameDcvV1RequestJson = DomainCnameRequest
export type SubmitCnameDcvV1200 = SubmitDomainResponse
export const SubmitCnameDcvV1200 = SubmitDomainResponse
export type SubmitCnameDcvV1404 = ErrorResponse
export const SubmitCnameDcvV1404 = ErrorResponse
export type SubmitTxtDcvV1RequestJson = DomainRequest
export const SubmitTxtDcvV1RequestJson = DomainRequest
export type SubmitTxtDcvV1200 = {
  readonly status?: "Not validated" | "Validated" | "Expired" | "NOT_VALIDATED" | "VALIDATED" | "EXPIRED"
  readonly orderStatus?:
    "Not initiated" | "Awaiting submission" | "Submitted" | "Rejected" | "NOT_INITIATED" | "SUBMITTED"
  readonly message?: string
  readonly orderBackendId?: string
  readonly emailValidationReferenceNumber?: string
  readonly host?: string
  readonly point?: string
}
export const SubmitTxtDcvV1200 = Schema.Struct({
  status: Schema.optionalKey(
    Schema.Literals(["Not validated", "Validated", "Expired", "NOT_VALIDATED", "VALIDATED", "EXPIRED"]).annotate({
      description: "Domain validation status."
    })
  ),
  orderStatus: Schema.optionalKey(
    Schema.Literals([
      "Not initiated",
      "Awaiting submission",
      "Submitted",
      "Rejected",
      "NOT_INITIATED",
      "SUBMITTED"
    ]).annotate({ description: "Validation order status." })
  ),
  message: Schema.optionalKey(Schema.String.annotate({ description: "Message with details." })),
  orderBackendId: Schema.optionalKey(Schema.String.annotate({ description: "DCV order backend ID." })),
  emailValidationReferenceNumber: Schema.optionalKey(
    Schema.String.annotate({ description: "Email validation reference number." })
  ),
  host: Schema.optionalKey(Schema.String),
  point: Schema.optionalKey(Schema.String)
})
export type SubmitTxtDcvV1404 = ErrorResponse
export const SubmitTxtDcvV1404 = ErrorResponse
export type StartEmailDcvV1RequestJson = DomainRequest
export const StartEmailDcvV1RequestJson = DomainRequest
export type StartEmailDcvV1200 = {
  readonly emails?: ReadonlyArray<string>
  readonly dcvEmails?: ReadonlyArray<DomainDcvEmails>
}
export const StartEmailDcvV1200 = Schema.Struct({
  emails: Schema.optionalKey(Schema.Array(Schema.String.annotate({ description: "Email address" }))),
  dcvEmails: Schema.optionalKey(Schema.Array(DomainDcvEmails))
})
export type StartEmailDcvV1404 = ErrorResponse
export const StartEmailDcvV1404 = ErrorResponse
export type SubmitEmailDcvV1RequestJson = DomainEmailRequest
export const SubmitEmailDcvV1RequestJson = DomainEmailRequest
export type SubmitEmailDcvV1200 = SubmitDomainResponse
export const SubmitEmailDcvV1200 = SubmitDomainResponse
export type SubmitEmailDcvV1404 = ErrorResponse
export const SubmitEmailDcvV1404 = ErrorResponse
export type SubmitBulkEmailDcvV1RequestJson = DomainEmailBulkRequest
export const SubmitBulkEmailDcvV1RequestJson = DomainEmailBulkRequest
export type SubmitBulkEmailDcvV1200 = SubmitDomainResponse
export const SubmitBulkEmailDcvV1200 = SubmitDomainResponse
export type SubmitBulkEmailDcvV1404 = ErrorResponse
export const SubmitBulkEmailDcvV1404 = ErrorResponse
export type ListPersonsV1Params = {
  readonly size?: number
  readonly position?: number
  readonly email?: string
  readonly name?: string
  readonly organizationId?: number
  readonly commonName?: string
  readonly phone?: string
  readonly secondaryEmail?: string
}
export const ListPersonsV1Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  email: Schema.optionalKey(Schema.String.annotate({ description: "Person email" })),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Person name (url encoded)" })),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Organization ID", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  ),
  commonName: Schema.optionalKey(Schema.String.annotate({ description: "Person commonName" })),
  phone: Schema.optionalKey(
    Schema.String.annotate({ description: "Person phone" })
      .check(Schema.isMinLength(0).annotate({ expected: "a value with a length of at least 0" }))
      .check(Schema.isMaxLength(32).annotate({ expected: "a value with a length of at most 32" }))
      .check(
        Schema.isPattern(new RegExp("[#|0-9|\\(|\\)|\\-|\\+| x]*")).annotate({
          expected: "a string matching the RegExp [#|0-9|\\(|\\)|\\-|\\+| x]*"
        })
      )
  ),
  secondaryEmail: Schema.optionalKey(Schema.String.annotate({ description: "Person Secondary Email" }))
})
export type ListPersonsV1200 = ReadonlyArray<PersonInfo>
export const ListPersonsV1200 = Schema.Array(PersonInfo)
export type CreatePersonV1RequestJson = PersonInfo
export const CreatePersonV1RequestJson = PersonInfo
export type CreatePersonV1404 = ErrorResponse
export const CreatePersonV1404 = Schema.suspend((): Schema.Codec<ErrorResponse> => ErrorResponse).annotate({
  description: "Error code and error description."
})
export type GetPersonIdByEmailV1200 = PersonIdResponse
export const GetPersonIdByEmailV1200 = Schema.suspend((): Schema.Codec<PersonIdResponse> => PersonIdResponse).annotate({
  description: "Person id response"
})
export type GetPersonIdByEmailV1404 = NotFoundErrorResponse
export const GetPersonIdByEmailV1404 = NotFoundErrorResponse
export type GetPersonInfoByIdV1200 = PersonInfo
export const GetPersonInfoByIdV1200 = Schema.suspend((): Schema.Codec<PersonInfo> => PersonInfo).annotate({
  description: "Person info response"
})
export type GetPersonInfoByIdV1404 = NotFoundErrorResponse
export const GetPersonInfoByIdV1404 = NotFoundErrorResponse
export type UpdatePersonV1RequestJson = PersonInfo
export const UpdatePersonV1RequestJson = PersonInfo
export type UpdatePersonV1404 = NotFoundErrorResponse
export const UpdatePersonV1404 = NotFoundErrorResponse
export type DeletePersonV1404 = NotFoundErrorResponse
export const DeletePersonV1404 = NotFoundErrorResponse
export type ImportKeyV1RequestJson = PKCS12Request
export const ImportKeyV1RequestJson = PKCS12Request
export type ImportKeyV1200 = ImportKeyResponseV1
export const ImportKeyV1200 = ImportKeyResponseV1
export type ImportKeyV1404 = NotFoundErrorResponse
export const ImportKeyV1404 = NotFoundErrorResponse
export type SendInvitationV1RequestJson = InvitationRequestV1
export const SendInvitationV1RequestJson = InvitationRequestV1
export type SendInvitationV1404 = NotFoundErrorResponse
export const SendInvitationV1404 = NotFoundErrorResponse
export type GetClientCertProfilesV1Params = { readonly organizationId?: number }
export const GetClientCertProfilesV1Params = Schema.Struct({
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({ description: "Filter by Organization ID (optional)", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(1).annotate({ expected: "a value greater than or equal to 1" }))
  )
})
export type GetClientCertProfilesV1200 = ReadonlyArray<ApiCertType>
export const GetClientCertProfilesV1200 = Schema.Array(ApiCertType)
export type GetClientCertCustomFieldsV1200 = ReadonlyArray<ApiCustomField>
export const GetClientCertCustomFieldsV1200 = Schema.Array(ApiCustomField)
export type ListClientCertificatesByPersonIdV1200 = ReadonlyArray<ApiSmimeByPersonV1>
export const ListClientCertificatesByPersonIdV1200 = Schema.Array(ApiSmimeByPersonV1)
export type ListClientCertificatesByPersonEmailV1200 = ReadonlyArray<ApiSmimeByPersonV1>
export const ListClientCertificatesByPersonEmailV1200 = Schema.Array(ApiSmimeByPersonV1)
export type GetClientCertificateDetailsV1200 = CertDetailsResponse
export const GetClientCertificateDetailsV1200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "Client certificate identity" })
export type GetClientCertificateDetailsV1404 = NotFoundErrorResponse
export const GetClientCertificateDetailsV1404 = NotFoundErrorResponse
export type UpdateClientCertificateDetailsV1RequestJson = CertUpdateRequest
export const UpdateClientCertificateDetailsV1RequestJson = CertUpdateRequest
export type UpdateClientCertificateDetailsV1200 = CertDetailsResponse
export const UpdateClientCertificateDetailsV1200 = Schema.suspend(
  (): Schema.Codec<CertDetailsResponse> => CertDetailsResponse
).annotate({ description: "Client certificate identity" })
export type UpdateClientCertificateDetailsV1404 = NotFoundErrorResponse
export const UpdateClientCertificateDetailsV1404 = NotFoundErrorResponse
export type EnrollClientCertificateV1RequestJson = ClientEnrollRequest
export const EnrollClientCertificateV1RequestJson = ClientEnrollRequest
export type EnrollClientCertificateV1200 = ClientEnrollResponse
export const EnrollClientCertificateV1200 = Schema.suspend(
  (): Schema.Codec<ClientEnrollResponse> => ClientEnrollResponse
).annotate({ description: "Identifier of enrolled Certificate" })
export type CollectClientCertificateV1Params = { readonly format?: string }
export const CollectClientCertificateV1Params = Schema.Struct({
  format: Schema.optionalKey(Schema.String.annotate({ default: "base64" }))
})
export type DownloadP12ClientCertificateV1RequestJson = P12DownloadRequest
export const DownloadP12ClientCertificateV1RequestJson = P12DownloadRequest
export type DownloadP12ClientCertificateV1404 = NotFoundErrorResponse
export const DownloadP12ClientCertificateV1404 = NotFoundErrorResponse
export type RevokeClientCertificateByBackendCertificateIdV1RequestJson = ClientRevokeRequest
export const RevokeClientCertificateByBackendCertificateIdV1RequestJson = ClientRevokeRequest
export type RevokeClientCertificateBySerialNumberV1RequestJson = ClientRevokeRequest
export const RevokeClientCertificateBySerialNumberV1RequestJson = ClientRevokeRequest
export type RevokeClientCertificatesByEmailV1RequestJson = RevokeByEmailRequest
export const RevokeClientCertificatesByEmailV1RequestJson = RevokeByEmailRequest
export type RevokeClientCertificatesByEmailV1404 = ErrorResponse
export const RevokeClientCertificatesByEmailV1404 = Schema.suspend(
  (): Schema.Codec<ErrorResponse> => ErrorResponse
).annotate({ description: "Error code and error description." })
export type RevokeClientCertificateManuallyV1RequestJson = MarkAsRevokedRequest
export const RevokeClientCertificateManuallyV1RequestJson = MarkAsRevokedRequest
export type GetPublicAcmeAccountsListV1Params = {
  readonly size?: number
  readonly position?: number
  readonly organizationId?: number
  readonly certValidationType?: "DV" | "OV" | "EV"
  readonly name?: string
  readonly acmeServer?: string
  readonly status?: string
}
export const GetPublicAcmeAccountsListV1Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  organizationId: Schema.optionalKey(
    Schema.Number.annotate({
      description:
        "Organization ID. You can append '%2C-2' (e.g. organizationId=105%2C-2) URL-encoded suffix for none departments selection, only organization(e.g. with ID=105) itself.",
      format: "int32"
    }).check(Schema.isInt().annotate({ expected: "an integer" }))
  ),
  certValidationType: Schema.optionalKey(
    Schema.Literals(["DV", "OV", "EV"]).annotate({ description: "ACME account server validation type" })
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "ACME account name" })),
  acmeServer: Schema.optionalKey(Schema.String.annotate({ description: "ACME account server name" })),
  status: Schema.optionalKey(Schema.String)
})
export type GetPublicAcmeAccountsListV1200 = ReadonlyArray<PublicAcmeAccountInfoV1>
export const GetPublicAcmeAccountsListV1200 = Schema.Array(PublicAcmeAccountInfoV1)
export type CreatePublicAcmeAccountV1RequestJson = PublicAcmeAccountCreateRequest
export const CreatePublicAcmeAccountV1RequestJson = PublicAcmeAccountCreateRequest
export type GetPublicAcmeAccountDetailsV1200 = PublicAcmeAccountInfoV1
export const GetPublicAcmeAccountDetailsV1200 = PublicAcmeAccountInfoV1
export type GetPublicAcmeAccountDetailsV1404 = NotFoundErrorResponse
export const GetPublicAcmeAccountDetailsV1404 = NotFoundErrorResponse
export type UpdatePublicAcmeAccountV1RequestJson = PublicAcmeAccountUpdateRequest
export const UpdatePublicAcmeAccountV1RequestJson = PublicAcmeAccountUpdateRequest
export type UpdatePublicAcmeAccountV1404 = NotFoundErrorResponse
export const UpdatePublicAcmeAccountV1404 = NotFoundErrorResponse
export type DeletePublicAcmeAccountV1404 = NotFoundErrorResponse
export const DeletePublicAcmeAccountV1404 = NotFoundErrorResponse
export type AddDomainsToPublicAcmeAccountV1RequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export const AddDomainsToPublicAcmeAccountV1RequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export type AddDomainsToPublicAcmeAccountV1200 = NotAddedDomainsResponse
export const AddDomainsToPublicAcmeAccountV1200 = Schema.suspend(
  (): Schema.Codec<NotAddedDomainsResponse> => NotAddedDomainsResponse
).annotate({ description: "List of not added domains" })
export type AddDomainsToPublicAcmeAccountV1404 = NotFoundErrorResponse
export const AddDomainsToPublicAcmeAccountV1404 = NotFoundErrorResponse
export type RemoveDomainsFromPublicAcmeAccountV1RequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export const RemoveDomainsFromPublicAcmeAccountV1RequestJson = PublicAcmeDomainListPublicAcmeDomainNameInfo
export type RemoveDomainsFromPublicAcmeAccountV1200 = NotRemovedDomainsResponse
export const RemoveDomainsFromPublicAcmeAccountV1200 = Schema.suspend(
  (): Schema.Codec<NotRemovedDomainsResponse> => NotRemovedDomainsResponse
).annotate({ description: "List of not added domains" })
export type RemoveDomainsFromPublicAcmeAccountV1404 = NotFoundErrorResponse
export const RemoveDomainsFromPublicAcmeAccountV1404 = NotFoundErrorResponse
export type ReadCustomFieldsV1200 = ReadonlyArray<ApiCustomFieldV1>
export const ReadCustomFieldsV1200 = Schema.Array(ApiCustomFieldV1)
export type UpdateCustomFieldV1RequestJson = ApiCustomFieldV1
export const UpdateCustomFieldV1RequestJson = ApiCustomFieldV1
export type UpdateCustomFieldV1200 = ApiCustomFieldV1
export const UpdateCustomFieldV1200 = ApiCustomFieldV1
export type CreateCustomFieldV1RequestJson = CreateCustomFieldReqV1
export const CreateCustomFieldV1RequestJson = CreateCustomFieldReqV1
export type CreateCustomFieldV1200 = ApiCustomFieldV1
export const CreateCustomFieldV1200 = ApiCustomFieldV1
export type ReadCustomFieldsByCertTypeV1200 = ReadonlyArray<ApiCustomFieldV1>
export const ReadCustomFieldsByCertTypeV1200 = Schema.Array(ApiCustomFieldV1)
export type DeleteCustomFieldV1404 = NotFoundErrorResponse
export const DeleteCustomFieldV1404 = NotFoundErrorResponse
export type GetNetworkScanTaskListV2Params = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT"
}
export const GetNetworkScanTaskListV2Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT"
    ]).annotate({ description: "Task status" })
  )
})
export type GetNetworkScanTaskListV2200 = ReadonlyArray<ShortDetailsResponse>
export const GetNetworkScanTaskListV2200 = Schema.Array(ShortDetailsResponse)
export type UpdateNetworkTaskV2RequestJson = NetworkScanTaskUpdateDiscoveryV2
export const UpdateNetworkTaskV2RequestJson = NetworkScanTaskUpdateDiscoveryV2
export type UpdateNetworkTaskV2404 = NotFoundErrorResponse
export const UpdateNetworkTaskV2404 = NotFoundErrorResponse
export type CreateNetworkTaskV2RequestJson = NetworkScanTaskRequestDiscoveryV2
export const CreateNetworkTaskV2RequestJson = NetworkScanTaskRequestDiscoveryV2
export type CreateNetworkTaskV2201 = ScanTaskCreatedDiscoveryV2
export const CreateNetworkTaskV2201 = ScanTaskCreatedDiscoveryV2
export type GetNetworkTaskV2200 = NetworkScanTaskDetailsDiscoveryV3
export const GetNetworkTaskV2200 = NetworkScanTaskDetailsDiscoveryV3
export type GetNetworkTaskV2404 = NotFoundErrorResponse
export const GetNetworkTaskV2404 = NotFoundErrorResponse
export type DeleteNetworkScanTaskV2404 = NotFoundErrorResponse
export const DeleteNetworkScanTaskV2404 = NotFoundErrorResponse
export type StartNetworkScanTaskV2404 = NotFoundErrorResponse
export const StartNetworkScanTaskV2404 = NotFoundErrorResponse
export type GetNetworkScanTaskListV3Params = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT"
}
export const GetNetworkScanTaskListV3Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT"
    ]).annotate({ description: "Task status" })
  )
})
export type GetNetworkScanTaskListV3200 = ReadonlyArray<ShortDetailsResponse>
export const GetNetworkScanTaskListV3200 = Schema.Array(ShortDetailsResponse)
export type CreateNetworkTaskV3RequestJson = NetworkScanTaskRequestDiscoveryV3
export const CreateNetworkTaskV3RequestJson = NetworkScanTaskRequestDiscoveryV3
export type GetNetworkTaskV3200 = NetworkScanTaskDetailsDiscoveryV3
export const GetNetworkTaskV3200 = NetworkScanTaskDetailsDiscoveryV3
export type GetNetworkTaskV3404 = NotFoundErrorResponse
export const GetNetworkTaskV3404 = NotFoundErrorResponse
export type DeleteNetworkScanTaskV3404 = NotFoundErrorResponse
export const DeleteNetworkScanTaskV3404 = NotFoundErrorResponse
export type UpdateNetworkTaskV3RequestJson = NetworkScanTaskUpdateDiscoveryV3
export const UpdateNetworkTaskV3RequestJson = NetworkScanTaskUpdateDiscoveryV3
export type UpdateNetworkTaskV3404 = NotFoundErrorResponse
export const UpdateNetworkTaskV3404 = NotFoundErrorResponse
export type StartNetworkScanTaskV3404 = NotFoundErrorResponse
export const StartNetworkScanTaskV3404 = NotFoundErrorResponse
export type GetMsAdScanTaskListV2Params = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT"
}
export const GetMsAdScanTaskListV2Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT"
    ]).annotate({ description: "Task status" })
  )
})
export type GetMsAdScanTaskListV2200 = ReadonlyArray<ShortDetailsResponse>
export const GetMsAdScanTaskListV2200 = Schema.Array(ShortDetailsResponse)
export type UpdateMsAdScanTaskV2RequestJson = MsAdScanTaskUpdateDiscoveryV2
export const UpdateMsAdScanTaskV2RequestJson = MsAdScanTaskUpdateDiscoveryV2
export type UpdateMsAdScanTaskV2404 = NotFoundErrorResponse
export const UpdateMsAdScanTaskV2404 = NotFoundErrorResponse
export type CreateMsAdScanTaskV2RequestJson = MsAdScanTaskRequestDiscoveryV2
export const CreateMsAdScanTaskV2RequestJson = MsAdScanTaskRequestDiscoveryV2
export type CreateMsAdScanTaskV2201 = ScanTaskCreatedDiscoveryV2
export const CreateMsAdScanTaskV2201 = ScanTaskCreatedDiscoveryV2
export type GetMsAdScanTaskV2200 = MsAdScanTaskDetailsDiscoveryV3
export const GetMsAdScanTaskV2200 = MsAdScanTaskDetailsDiscoveryV3
export type GetMsAdScanTaskV2404 = NotFoundErrorResponse
export const GetMsAdScanTaskV2404 = NotFoundErrorResponse
export type DeleteMsAdScanTaskV2404 = NotFoundErrorResponse
export const DeleteMsAdScanTaskV2404 = NotFoundErrorResponse
export type StartMsAdScanTaskV2404 = NotFoundErrorResponse
export const StartMsAdScanTaskV2404 = NotFoundErrorResponse
export type GetMsAdScanTaskListV3Params = {
  readonly size?: number
  readonly position?: number
  readonly name?: string
  readonly status?: "IN_PROCESS" | "FAILED" | "CANCELED" | "SUCCESSFUL" | "PARTIAL_SUCCESSFUL" | "PROCESSING_RESULT"
}
export const GetMsAdScanTaskListV3Params = Schema.Struct({
  size: Schema.optionalKey(
    Schema.Number.annotate({ description: "Count of entries", format: "int32" })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
      .check(Schema.isLessThanOrEqualTo(200).annotate({ expected: "a value less than or equal to 200" }))
  ),
  position: Schema.optionalKey(
    Schema.Number.annotate({
      description: "The first position (entry) to return from the results of the query",
      format: "int32"
    })
      .check(Schema.isInt().annotate({ expected: "an integer" }))
      .check(Schema.isGreaterThanOrEqualTo(0).annotate({ expected: "a value greater than or equal to 0" }))
  ),
  name: Schema.optionalKey(Schema.String.annotate({ description: "Name of Scan Task" })),
  status: Schema.optionalKey(
    Schema.Literals([
      "IN_PROCESS",
      "FAILED",
      "CANCELED",
      "SUCCESSFUL",
      "PARTIAL_SUCCESSFUL",
      "PROCESSING_RESULT"
    ]).annotate({ description: "Task status" })
  )
})
export type GetMsAdScanTaskListV3200 = ReadonlyArray<ShortDetailsResponse>
export const GetMsAdScanTaskListV3200 = Schema.Array(ShortDetailsResponse)
export type CreateMsAdScanTaskV3RequestJson = MsAdScanTaskRequestDiscoveryV3
export const CreateMsAdScanTaskV3RequestJson = MsAdScanTaskRequestDiscoveryV3
export type GetMsAdScanTaskV3200 = MsAdScanTaskDetailsDiscoveryV3
export const GetMsAdScanTaskV3200 = MsAdScanTaskDetailsDiscoveryV3
export type GetMsAdScanTaskV3404 = NotFoundErrorResponse
export const GetMsAdScanTaskV3404 = NotFoundErrorResponse
export type DeleteMsAdScanTaskV3404 = NotFoundErrorResponse
export const DeleteMsAdScanTaskV3404 = NotFoundErrorResponse
export type UpdateMsAdScanTaskV3RequestJson = MsAdScanTaskUpdateDiscoveryV3
export const UpdateMsAdScanTaskV3RequestJson = MsAdScanTaskUpdateDiscoveryV3
export type UpdateMsAdScanTaskV3404 = NotFoundErrorResponse
export const UpdateMsAdScanTaskV3404 = NotFoundErrorResponse
export type StartMsAdScanTaskV3404 = NotFoundErrorResponse
export const StartMsAdScanTaskV3404 = NotFoundErrorResponse
export type GetOrgsByRoleManagedBy200 = ReadonlyArray<OrganizationBasicResp>
export const GetOrgsByRoleManagedBy200 = Schema.Array(OrganizationBasicResp)
