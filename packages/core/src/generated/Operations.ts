/**
 * Every operation of the client: its name, where it is in the spec, and how its body is read.
 *
 * Generated, do not edit: run `npx pnpm@10 generate` (scripts/generate.ts), which runs
 * @effect/openapi-generator 4.0.0-beta.107 (effect 4.0.0-beta.107) on
 * spec/scm-admin-api-25.9.2.openapi.json with spec/patches/*.json.
 *
 * @since 1.0.0
 */

/** An operation of the generated client. */
export interface Operation {
  /** The client's function. */
  readonly name: string
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS" | "TRACE"
  /** The spec's path, with `{param}` placeholders. */
  readonly path: string
  /** The first segment after `/api/`: `ssl`, `smime`, `organization`, `domain` ... */
  readonly area: string
  /** The spec's tag ("SSL certificates", "Organizations" ...). */
  readonly tag?: string
  readonly operationId: string
  readonly summary?: string
  readonly deprecated: boolean
  /** How a binary body is read: whole (`bytes`) or as it arrives (`stream`); absent for JSON or none. */
  readonly binary?: "bytes" | "stream"
}

/** The operations, in the generator's order. */
export const operations: ReadonlyArray<Operation> = [
  {
    name: "getSslCertificatesList",
    method: "GET",
    path: "/api/ssl/v2",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-certificates-list",
    summary: "List SSL Certificates",
    deprecated: false
  },
  {
    name: "updateSslCertificateDetails",
    method: "PUT",
    path: "/api/ssl/v2",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "update-ssl-certificate-details",
    summary: "Update SSL Certificate Details",
    deprecated: false
  },
  {
    name: "getSslCertLocationDetails",
    method: "GET",
    path: "/api/ssl/v2/{sslId}/location/{locationId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-cert-location-details",
    summary: "Get Location Details",
    deprecated: false
  },
  {
    name: "updateSslCertCustomLocation",
    method: "PUT",
    path: "/api/ssl/v2/{sslId}/location/{locationId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "update-ssl-cert-custom-location",
    summary: "Update Custom Location",
    deprecated: false
  },
  {
    name: "deleteSslCertCustomLocation",
    method: "DELETE",
    path: "/api/ssl/v2/{sslId}/location/{locationId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "delete-ssl-cert-custom-location",
    summary: "Delete Custom Location",
    deprecated: false
  },
  {
    name: "getSslCertificatesList1",
    method: "GET",
    path: "/api/ssl/v1",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-certificates-list_1",
    summary: "List SSL Certificates",
    deprecated: false
  },
  {
    name: "updateSslCertificateDetails1",
    method: "PUT",
    path: "/api/ssl/v1",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "update-ssl-certificate-details_1",
    summary: "Update SSL Certificate Details",
    deprecated: false
  },
  {
    name: "getSslCertLocationDetails1",
    method: "GET",
    path: "/api/ssl/v1/{sslId}/location/{locationId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-cert-location-details_1",
    summary: "Get Location Details",
    deprecated: false
  },
  {
    name: "updateSslCertCustomLocation1",
    method: "PUT",
    path: "/api/ssl/v1/{sslId}/location/{locationId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "update-ssl-cert-custom-location_1",
    summary: "Update Custom Location",
    deprecated: false
  },
  {
    name: "deleteSslCertCustomLocation1",
    method: "DELETE",
    path: "/api/ssl/v1/{sslId}/location/{locationId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "delete-ssl-cert-custom-location_1",
    summary: "Delete Custom Location",
    deprecated: false
  },
  {
    name: "getClientCertificateDetails",
    method: "GET",
    path: "/api/smime/v2/{certId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-certificate-details",
    summary: "Get Client Certificate Details",
    deprecated: false
  },
  {
    name: "updateClientCertificateDetails",
    method: "PUT",
    path: "/api/smime/v2/{certId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "update-client-certificate-details",
    summary: "Update Client Certificate Details",
    deprecated: false
  },
  {
    name: "deleteClientCertificateById",
    method: "DELETE",
    path: "/api/smime/v2/{certId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "delete-client-certificate-by-id",
    summary: "Delete Client Certificate by Id",
    deprecated: false
  },
  {
    name: "getClientCertLocationDetails",
    method: "GET",
    path: "/api/smime/v2/{certId}/location/{locationId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-cert-location-details",
    summary: "Get Location Details",
    deprecated: false
  },
  {
    name: "updateClientCertCustomLocation",
    method: "PUT",
    path: "/api/smime/v2/{certId}/location/{locationId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "update-client-cert-custom-location",
    summary: "Update Custom Location",
    deprecated: false
  },
  {
    name: "deleteClientCertCustomLocation",
    method: "DELETE",
    path: "/api/smime/v2/{certId}/location/{locationId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "delete-client-cert-custom-location",
    summary: "Delete Custom Location",
    deprecated: false
  },
  {
    name: "getPersonInfoById",
    method: "GET",
    path: "/api/person/v2/{id}",
    area: "person",
    tag: "Persons",
    operationId: "get-person-info-by-id",
    summary: "Find Person by Id",
    deprecated: false
  },
  {
    name: "updatePerson",
    method: "PUT",
    path: "/api/person/v2/{id}",
    area: "person",
    tag: "Persons",
    operationId: "update-person",
    summary: "Update Person",
    deprecated: false
  },
  {
    name: "deletePerson",
    method: "DELETE",
    path: "/api/person/v2/{id}",
    area: "person",
    tag: "Persons",
    operationId: "delete-person",
    summary: "Delete Person",
    deprecated: false
  },
  {
    name: "updateValidatorAdminOrganizationValidation",
    method: "PUT",
    path: "/api/organization/v2/{orgId}/validations/{validationId}/validator",
    area: "organization",
    tag: "Validations",
    operationId: "update-validator-admin-organization-validation",
    summary: "Change validator",
    deprecated: false
  },
  {
    name: "reSubmitOrganizationValidation",
    method: "PUT",
    path: "/api/organization/v2/{orgId}/validations/{validationId}/revalidate",
    area: "organization",
    tag: "Validations",
    operationId: "re-submit-organization-validation",
    summary: "Re-submit the validation",
    deprecated: false
  },
  {
    name: "updateExternalValidationAssignment",
    method: "PUT",
    path: "/api/organization/v2/{orgId}/validations/assignment/{validationId}",
    area: "organization",
    tag: "Validations",
    operationId: "update-external-validation-assignment",
    summary: "Change external validation assignment",
    deprecated: false
  },
  {
    name: "getOrgDetails",
    method: "GET",
    path: "/api/organization/v1/{id}",
    area: "organization",
    tag: "Organizations",
    operationId: "get-org-details",
    summary: "Organization details",
    deprecated: false
  },
  {
    name: "updateOrganization",
    method: "PUT",
    path: "/api/organization/v1/{id}",
    area: "organization",
    tag: "Organizations",
    operationId: "update-organization",
    summary: "Update organization",
    deprecated: false
  },
  {
    name: "deleteOrg",
    method: "DELETE",
    path: "/api/organization/v1/{id}",
    area: "organization",
    tag: "Organizations",
    operationId: "delete-org",
    summary: "Delete Organization",
    deprecated: false
  },
  {
    name: "updateNotification",
    method: "PUT",
    path: "/api/notification/v1/{notificationId}",
    area: "notification",
    tag: "Notifications",
    operationId: "update-notification",
    summary: "Update Notification",
    deprecated: false
  },
  {
    name: "deleteNotification",
    method: "DELETE",
    path: "/api/notification/v1/{notificationId}",
    area: "notification",
    tag: "Notifications",
    operationId: "delete-notification",
    summary: "Delete Notification",
    deprecated: false
  },
  {
    name: "getEnrollmentEndpointDetails",
    method: "GET",
    path: "/api/endpoint/v1/{id}",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "get-enrollment-endpoint-details",
    summary: "Get enrollment endpoint details",
    deprecated: false
  },
  {
    name: "updateEnrollmentEndpoint",
    method: "PUT",
    path: "/api/endpoint/v1/{id}",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "update-enrollment-endpoint",
    summary: "Update enrollment endpoint",
    deprecated: false
  },
  {
    name: "deleteEnrollmentEndpoint",
    method: "DELETE",
    path: "/api/endpoint/v1/{id}",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "delete-enrollment-endpoint",
    summary: "Delete enrollment endpoint",
    deprecated: false
  },
  {
    name: "addEnrollmentEndpointDelegations",
    method: "PUT",
    path: "/api/endpoint/v1/{id}/delegations",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "add-enrollment-endpoint-delegations",
    summary: "Create/Update enrollment endpoint delegations",
    deprecated: false
  },
  {
    name: "removeEnrollmentEndpointDelegations",
    method: "DELETE",
    path: "/api/endpoint/v1/{id}/delegations",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "remove-enrollment-endpoint-delegations",
    summary: "Remove all enrollment endpoint delegations",
    deprecated: false
  },
  {
    name: "getEnrollmentEndpointConfig",
    method: "GET",
    path: "/api/endpoint/v1/{id}/config",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "get-enrollment-endpoint-config",
    summary: "Get enrollment endpoint configuration",
    deprecated: false
  },
  {
    name: "addEnrollmentEndpointConfig",
    method: "PUT",
    path: "/api/endpoint/v1/{id}/config",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "add-enrollment-endpoint-config",
    summary: "Create/Update enrollment endpoint configuration",
    deprecated: false
  },
  {
    name: "getEnrollmentEndpointAccountDetails",
    method: "GET",
    path: "/api/endpoint/v1/{eeId}/account/{id}",
    area: "endpoint",
    tag: "Endpoint Accounts",
    operationId: "get-enrollment-endpoint-account-details",
    summary: "Get enrollment endpoint account details",
    deprecated: false
  },
  {
    name: "updateEnrollmentEndpointAccount",
    method: "PUT",
    path: "/api/endpoint/v1/{eeId}/account/{id}",
    area: "endpoint",
    tag: "Endpoint Accounts",
    operationId: "update-enrollment-endpoint-account",
    summary: "Update enrollment endpoint account",
    deprecated: false
  },
  {
    name: "deleteEnrollmentEndpointAccount",
    method: "DELETE",
    path: "/api/endpoint/v1/{eeId}/account/{id}",
    area: "endpoint",
    tag: "Endpoint Accounts",
    operationId: "delete-enrollment-endpoint-account",
    summary: "Delete enrollment endpoint account",
    deprecated: false
  },
  {
    name: "suspendDomain",
    method: "PUT",
    path: "/api/domain/v1/{id}/suspend",
    area: "domain",
    tag: "Domains",
    operationId: "suspend-domain",
    summary: "Suspend domain",
    deprecated: false
  },
  {
    name: "ctLogMonitoring",
    method: "PUT",
    path: "/api/domain/v1/{id}/monitoring",
    area: "domain",
    tag: "Domains",
    operationId: "ct-log-monitoring",
    summary: "CT Log Monitoring",
    deprecated: false
  },
  {
    name: "activateDomain",
    method: "PUT",
    path: "/api/domain/v1/{id}/activate",
    area: "domain",
    tag: "Domains",
    operationId: "activate-domain",
    summary: "Activate domain",
    deprecated: false
  },
  {
    name: "updateNetworkTask",
    method: "PUT",
    path: "/api/discovery/v4/net_task/{id}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "update-network-task",
    summary: "Update network scan task",
    deprecated: false
  },
  {
    name: "updateMsAdScanTask",
    method: "PUT",
    path: "/api/discovery/v4/ad_task/{id}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "update-ms-ad-scan-task",
    summary: "Update MS AD scan task",
    deprecated: false
  },
  {
    name: "findCertificateBucketById",
    method: "GET",
    path: "/api/discovery/v1/bucket/{bucketId}",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "find-certificate-bucket-by-id",
    summary: "Find certificate bucket by ID",
    deprecated: false
  },
  {
    name: "updateCertificateBucket",
    method: "PUT",
    path: "/api/discovery/v1/bucket/{bucketId}",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "update-certificate-bucket",
    summary: "Update certificate bucket",
    deprecated: false
  },
  {
    name: "deleteCertificateBucket",
    method: "DELETE",
    path: "/api/discovery/v1/bucket/{bucketId}",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "delete-certificate-bucket",
    summary: "Delete certificate bucket",
    deprecated: false
  },
  {
    name: "resetClientSecret",
    method: "PUT",
    path: "/api/discovery/v1/bucket/{bucketId}/reset-client-secret",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "reset-client-secret",
    summary: "Reset certificate bucket client secret",
    deprecated: false
  },
  {
    name: "delegateOrganizationsToCertificateBucket",
    method: "PUT",
    path: "/api/discovery/v1/bucket/{bucketId}/delegations",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "delegate-organizations-to-certificate-bucket",
    summary: "Delegate organizations to existing certificate bucket",
    deprecated: false
  },
  {
    name: "updateAzureKeyVaultScanTask",
    method: "PUT",
    path: "/api/discovery/v1/azure_task/{id}",
    area: "discovery",
    tag: "Azure Key Vault Discovery Tasks",
    operationId: "update-azure-key-vault-scan-task",
    summary: "Update Azure Key Vault scan task",
    deprecated: false
  },
  {
    name: "getAssignmentRulesIdList",
    method: "GET",
    path: "/api/discovery/v1/assignmentrule",
    area: "discovery",
    tag: "Assignment rules",
    operationId: "get-assignment-rules-id-list",
    summary: "Get assignment rules ID list",
    deprecated: false
  },
  {
    name: "updateAssignmentRule",
    method: "PUT",
    path: "/api/discovery/v1/assignmentrule",
    area: "discovery",
    tag: "Assignment rules",
    operationId: "update-assignment-rule",
    summary: "Update assignment rule",
    deprecated: false
  },
  {
    name: "createAssignmentRule",
    method: "POST",
    path: "/api/discovery/v1/assignmentrule",
    area: "discovery",
    tag: "Assignment rules",
    operationId: "create-assignment-rule",
    summary: "Create assignment rule",
    deprecated: false
  },
  {
    name: "updateDeviceCertificateDetails",
    method: "PUT",
    path: "/api/device/v1/{certId}",
    area: "device",
    tag: "Device certificates",
    operationId: "update-device-certificate-details",
    summary: "Update Device Certificate Details",
    deprecated: false
  },
  {
    name: "deleteDeviceCertificateById",
    method: "DELETE",
    path: "/api/device/v1/{certId}",
    area: "device",
    tag: "Device certificates",
    operationId: "delete-device-certificate-by-id",
    summary: "Delete Device Certificate by Id",
    deprecated: false
  },
  {
    name: "getDeviceCertLocationDetails",
    method: "GET",
    path: "/api/device/v1/{certId}/location/{locationId}",
    area: "device",
    tag: "Device certificates",
    operationId: "get-device-cert-location-details",
    summary: "Get Location Details",
    deprecated: false
  },
  {
    name: "updateDeviceCertCustomLocation",
    method: "PUT",
    path: "/api/device/v1/{certId}/location/{locationId}",
    area: "device",
    tag: "Device certificates",
    operationId: "update-device-cert-custom-location",
    summary: "Update Custom Location",
    deprecated: false
  },
  {
    name: "deleteDeviceCertCustomLocation",
    method: "DELETE",
    path: "/api/device/v1/{certId}/location/{locationId}",
    area: "device",
    tag: "Device certificates",
    operationId: "delete-device-cert-custom-location",
    summary: "Delete Custom Location",
    deprecated: false
  },
  {
    name: "readCustomFieldsByCertType",
    method: "GET",
    path: "/api/customField/v2",
    area: "customField",
    tag: "Custom Fields",
    operationId: "read-custom-fields-by-cert-type",
    summary: "List custom fields",
    deprecated: false
  },
  {
    name: "updateCustomField",
    method: "PUT",
    path: "/api/customField/v2",
    area: "customField",
    tag: "Custom Fields",
    operationId: "update-custom-field",
    summary: "Update Custom Field",
    deprecated: false
  },
  {
    name: "createCustomField",
    method: "POST",
    path: "/api/customField/v2",
    area: "customField",
    tag: "Custom Fields",
    operationId: "create-custom-field",
    summary: "Create Custom Field",
    deprecated: false
  },
  {
    name: "getAzureAccountDetails",
    method: "GET",
    path: "/api/azure/v1/accounts/{id}",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "get-azure-account-details",
    summary: "Retrieve Azure account details",
    deprecated: false
  },
  {
    name: "updateAzureAccount",
    method: "PUT",
    path: "/api/azure/v1/accounts/{id}",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "update-azure-account",
    summary: "Update Azure account",
    deprecated: false
  },
  {
    name: "deleteAzureAccount",
    method: "DELETE",
    path: "/api/azure/v1/accounts/{id}",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "delete-azure-account",
    summary: "Delete Azure account",
    deprecated: false
  },
  {
    name: "delegateOrganizationsToAccount",
    method: "PUT",
    path: "/api/azure/v1/accounts/{id}/delegations",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "delegate-organizations-to-account",
    summary: "Delegate organizations to existing Azure account",
    deprecated: false
  },
  {
    name: "getNetworkAgentDetails",
    method: "GET",
    path: "/api/agent/v1/network/{id}",
    area: "agent",
    tag: "Network Agents",
    operationId: "get-network-agent-details",
    summary: "Get network agent details",
    deprecated: false
  },
  {
    name: "updateNetworkAgent",
    method: "PUT",
    path: "/api/agent/v1/network/{id}",
    area: "agent",
    tag: "Network Agents",
    operationId: "update-network-agent",
    summary: "Update network agent details",
    deprecated: false
  },
  {
    name: "deleteNetworkAgent",
    method: "DELETE",
    path: "/api/agent/v1/network/{id}",
    area: "agent",
    tag: "Network Agents",
    operationId: "delete-network-agent",
    summary: "Delete network agent",
    deprecated: false
  },
  {
    name: "getNetworkAgentServerDetails",
    method: "GET",
    path: "/api/agent/v1/network/{agentId}/server/{id}",
    area: "agent",
    tag: "Network Agents",
    operationId: "get-network-agent-server-details",
    summary: "Get server details",
    deprecated: false
  },
  {
    name: "updateServerDetails",
    method: "PUT",
    path: "/api/agent/v1/network/{agentId}/server/{id}",
    area: "agent",
    tag: "Network Agents",
    operationId: "update-server-details",
    summary: "Update server details",
    deprecated: false
  },
  {
    name: "deleteServerFromNetworkAgent",
    method: "DELETE",
    path: "/api/agent/v1/network/{agentId}/server/{id}",
    area: "agent",
    tag: "Network Agents",
    operationId: "delete-server-from-network-agent",
    summary: "Delete server",
    deprecated: false
  },
  {
    name: "getMsAgentDetails",
    method: "GET",
    path: "/api/agent/v1/ms/{id}",
    area: "agent",
    tag: "MS Agents",
    operationId: "get-ms-agent-details",
    summary: "Get MS Agent Details",
    deprecated: false
  },
  {
    name: "updateMsAgent",
    method: "PUT",
    path: "/api/agent/v1/ms/{id}",
    area: "agent",
    tag: "MS Agents",
    operationId: "update-ms-agent",
    summary: "Update MS Agent Details",
    deprecated: false
  },
  {
    name: "deleteMsAgent",
    method: "DELETE",
    path: "/api/agent/v1/ms/{id}",
    area: "agent",
    tag: "MS Agents",
    operationId: "delete-ms-agent",
    summary: "Delete MS Agent",
    deprecated: false
  },
  {
    name: "getAdminDetails",
    method: "GET",
    path: "/api/admin/v1/{id}",
    area: "admin",
    tag: "Administrators",
    operationId: "get-admin-details",
    summary: "Get administrator details",
    deprecated: false
  },
  {
    name: "updateAdminAccount",
    method: "PUT",
    path: "/api/admin/v1/{id}",
    area: "admin",
    tag: "Administrators",
    operationId: "update-admin-account",
    summary: "Update administrator",
    deprecated: false
  },
  {
    name: "deleteAdminUser",
    method: "DELETE",
    path: "/api/admin/v1/{id}",
    area: "admin",
    tag: "Administrators",
    operationId: "delete-admin-user",
    summary: "Delete administrator",
    deprecated: false
  },
  {
    name: "unlinkFromTemplate",
    method: "PUT",
    path: "/api/admin/v1/{id}/unlink",
    area: "admin",
    tag: "Administrators",
    operationId: "unlink-from-template",
    summary: "Unlink IdP administrator from template",
    deprecated: false
  },
  {
    name: "getAdminTemplateDetails",
    method: "GET",
    path: "/api/admin-template/v1/{id}",
    area: "admin-template",
    tag: "Template Administrators",
    operationId: "get-admin-template-details",
    summary: "Get IdP Template details",
    deprecated: false
  },
  {
    name: "updateAdminTemplate",
    method: "PUT",
    path: "/api/admin-template/v1/{id}",
    area: "admin-template",
    tag: "Template Administrators",
    operationId: "update-admin-template",
    summary: "Update IdP Template",
    deprecated: false
  },
  {
    name: "deleteAdminTemplate",
    method: "DELETE",
    path: "/api/admin-template/v1/{id}",
    area: "admin-template",
    tag: "Template Administrators",
    operationId: "delete-admin-template",
    summary: "Delete IdP Template",
    deprecated: false
  },
  {
    name: "getPublicAcmeAccountDetails",
    method: "GET",
    path: "/api/acme/v2/account/{id}",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "get-public-acme-account-details",
    summary: "Get ACME account details",
    deprecated: false
  },
  {
    name: "updatePublicAcmeAccount",
    method: "PUT",
    path: "/api/acme/v2/account/{id}",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "update-public-acme-account",
    summary: "Update ACME account details",
    deprecated: false
  },
  {
    name: "deletePublicAcmeAccount",
    method: "DELETE",
    path: "/api/acme/v2/account/{id}",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "delete-public-acme-account",
    summary: "Delete ACME account",
    deprecated: false
  },
  {
    name: "deactivatePublicAcmeAccountClient",
    method: "PUT",
    path: "/api/acme/v2/account/{id}/client/{clientId}",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "deactivate-public-acme-account-client",
    summary: "Deactivate ACME account’s client",
    deprecated: false
  },
  {
    name: "getUniversalAcmeAccountDetails",
    method: "GET",
    path: "/api/acme/v1/pca/account/{id}",
    area: "acme",
    tag: "Universal ACME accounts",
    operationId: "get-universal-acme-account-details",
    summary: "Get ACME account details",
    deprecated: false
  },
  {
    name: "updateUniversalAcmeAccount",
    method: "PUT",
    path: "/api/acme/v1/pca/account/{id}",
    area: "acme",
    tag: "Universal ACME accounts",
    operationId: "update-universal-acme-account",
    summary: "Update ACME account",
    deprecated: false
  },
  {
    name: "deleteUniversalAcmeAccount",
    method: "DELETE",
    path: "/api/acme/v1/pca/account/{id}",
    area: "acme",
    tag: "Universal ACME accounts",
    operationId: "delete-universal-acme-account",
    summary: "Delete ACME account",
    deprecated: false
  },
  {
    name: "deactivateUniversalAcmeAccountClient",
    method: "PUT",
    path: "/api/acme/v1/pca/account/{id}/client/{clientId}",
    area: "acme",
    tag: "Universal ACME accounts",
    operationId: "deactivate-universal-acme-account-client",
    summary: "Deactivate Universal ACME account’s client",
    deprecated: false
  },
  {
    name: "listSslCertLocations",
    method: "GET",
    path: "/api/ssl/v2/{sslId}/location",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "list-ssl-cert-locations",
    summary: "List Locations",
    deprecated: false
  },
  {
    name: "createSslCertCustomLocation",
    method: "POST",
    path: "/api/ssl/v2/{sslId}/location",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "create-ssl-cert-custom-location",
    summary: "Create Custom Location",
    deprecated: false
  },
  {
    name: "recheckSslCertDcvInfo",
    method: "POST",
    path: "/api/ssl/v2/{sslId}/dcv/recheck",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "recheck-ssl-cert-dcv-info",
    summary: "Recheck DCV process info",
    deprecated: false
  },
  {
    name: "revokeSslCertificateById",
    method: "POST",
    path: "/api/ssl/v2/revoke/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "revoke=ssl-certificate-by-id",
    summary: "Revoke SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "revokeSslCertificateBySerialNumber",
    method: "POST",
    path: "/api/ssl/v2/revoke/serial/{serialNumber}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "revoke-ssl-certificate-by-serial-number",
    summary: "Revoke SSL Certificate by Serial Number",
    deprecated: false
  },
  {
    name: "revokeManualSslCertificateByIdOrSnPlusIssuer",
    method: "POST",
    path: "/api/ssl/v2/revoke/manual",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "revokeManual=ssl-certificate-by-id-or-sn-plus-issuer",
    summary: "Mark As Revoked SSL Certificate by Id or SN + Issuer",
    deprecated: false
  },
  {
    name: "replaceSslCertificateById",
    method: "POST",
    path: "/api/ssl/v2/replace/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "replace-ssl-certificate-by-id",
    summary: "Replace SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "renewSslCertificateById",
    method: "POST",
    path: "/api/ssl/v2/renewById/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "renew-ssl-certificate-by-id",
    summary: "Renew SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "renewSslCertificateBySerialNumber",
    method: "POST",
    path: "/api/ssl/v2/renew/{renewId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "renew-ssl-certificate-by-serial-number",
    summary: "Renew SSL Certificate by Renew Id",
    deprecated: false
  },
  {
    name: "renewManual",
    method: "POST",
    path: "/api/ssl/v2/renew/manual/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "renewManual",
    deprecated: false
  },
  {
    name: "downloadSslFromKeyStore",
    method: "POST",
    path: "/api/ssl/v2/keystore/{sslId}/{formatType}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "download-ssl-from-key-store",
    summary: "Download Private Key From Private Key Agent",
    deprecated: false
  },
  {
    name: "importSslCertificate",
    method: "POST",
    path: "/api/ssl/v2/import",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "import-ssl-certificate",
    summary: "Import Certificates to SCM",
    deprecated: false
  },
  {
    name: "enrollSslCertificate",
    method: "POST",
    path: "/api/ssl/v2/enroll",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "enroll-ssl-certificate",
    summary: "Request SSL Certificate",
    deprecated: false
  },
  {
    name: "enrollSslCertificateWithKeyGen",
    method: "POST",
    path: "/api/ssl/v2/enroll-keygen",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "enroll-ssl-certificate-with-keyGen",
    summary: "Request SSL Certificate With Key and CSR generation",
    deprecated: false
  },
  {
    name: "declineSslCertificateById",
    method: "POST",
    path: "/api/ssl/v2/decline/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "decline-ssl-certificate-by-id",
    summary: "Decline SSL Certificate",
    deprecated: false
  },
  {
    name: "approveSslCertificateById",
    method: "POST",
    path: "/api/ssl/v2/approve/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "approve-ssl-certificate-by-id",
    summary: "Approve SSL Certificate",
    deprecated: false
  },
  {
    name: "listSslCertLocations1",
    method: "GET",
    path: "/api/ssl/v1/{sslId}/location",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "list-ssl-cert-locations_1",
    summary: "List Locations",
    deprecated: false
  },
  {
    name: "createSslCertCustomLocation1",
    method: "POST",
    path: "/api/ssl/v1/{sslId}/location",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "create-ssl-cert-custom-location_1",
    summary: "Create Custom Location",
    deprecated: false
  },
  {
    name: "recheckSslCertDcvInfo1",
    method: "POST",
    path: "/api/ssl/v1/{sslId}/dcv/recheck",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "recheck-ssl-cert-dcv-info_1",
    summary: "Recheck DCV process info",
    deprecated: false
  },
  {
    name: "revokeSslCertificateById1",
    method: "POST",
    path: "/api/ssl/v1/revoke/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "revoke=ssl-certificate-by-id_1",
    summary: "Revoke SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "revokeSslCertificateBySerialNumber1",
    method: "POST",
    path: "/api/ssl/v1/revoke/serial/{serialNumber}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "revoke-ssl-certificate-by-serial-number_1",
    summary: "Revoke SSL Certificate by Serial Number",
    deprecated: false
  },
  {
    name: "revokeManualSslCertificateByIdOrSnPlusIssuer1",
    method: "POST",
    path: "/api/ssl/v1/revoke/manual",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "revokeManual=ssl-certificate-by-id-or-sn-plus-issuer_1",
    summary: "Mark As Revoked SSL Certificate by Id or SN + Issuer",
    deprecated: false
  },
  {
    name: "replaceSslCertificateById1",
    method: "POST",
    path: "/api/ssl/v1/replace/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "replace-ssl-certificate-by-id_1",
    summary: "Replace SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "renewSslCertificateById1",
    method: "POST",
    path: "/api/ssl/v1/renewById/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "renew-ssl-certificate-by-id_1",
    summary: "Renew SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "renewSslCertificateBySerialNumber1",
    method: "POST",
    path: "/api/ssl/v1/renew/{renewId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "renew-ssl-certificate-by-serial-number_1",
    summary: "Renew SSL Certificate by Renew Id",
    deprecated: false
  },
  {
    name: "renewManual1",
    method: "POST",
    path: "/api/ssl/v1/renew/manual/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "renewManual_1",
    deprecated: false
  },
  {
    name: "getSslKeyStoreDownloadLink",
    method: "GET",
    path: "/api/ssl/v1/keystore/{sslId}/{formatType}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-key-store-download-link",
    summary: "Download Private Key From Private Key Agent",
    deprecated: false
  },
  {
    name: "downloadSslFromKeyStore1",
    method: "POST",
    path: "/api/ssl/v1/keystore/{sslId}/{formatType}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "download-ssl-from-key-store_1",
    summary: "Download Private Key From Private Key Agent",
    deprecated: false
  },
  {
    name: "importSslCertificate1",
    method: "POST",
    path: "/api/ssl/v1/import",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "import-ssl-certificate_1",
    summary: "Import Certificates to SCM",
    deprecated: false
  },
  {
    name: "enrollSslCertificate1",
    method: "POST",
    path: "/api/ssl/v1/enroll",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "enroll-ssl-certificate_1",
    summary: "Request SSL Certificate",
    deprecated: false
  },
  {
    name: "enrollSslCertificateWithKeyGen1",
    method: "POST",
    path: "/api/ssl/v1/enroll-keygen",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "enroll-ssl-certificate-with-keyGen_1",
    summary: "Request SSL Certificate With Key and CSR generation",
    deprecated: false
  },
  {
    name: "declineSslCertificateById1",
    method: "POST",
    path: "/api/ssl/v1/decline/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "decline-ssl-certificate-by-id_1",
    summary: "Decline SSL Certificate",
    deprecated: false
  },
  {
    name: "approveSslCertificateById1",
    method: "POST",
    path: "/api/ssl/v1/approve/{id}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "approve-ssl-certificate-by-id_1",
    summary: "Approve SSL Certificate",
    deprecated: false
  },
  {
    name: "listClientCertLocations",
    method: "GET",
    path: "/api/smime/v2/{certId}/location",
    area: "smime",
    tag: "Client Certificates",
    operationId: "list-client-cert-locations",
    summary: "List Locations",
    deprecated: false
  },
  {
    name: "createClientCertCustomLocation",
    method: "POST",
    path: "/api/smime/v2/{certId}/location",
    area: "smime",
    tag: "Client Certificates",
    operationId: "create-client-cert-custom-location",
    summary: "Create Custom Location",
    deprecated: false
  },
  {
    name: "revokeClientCertificatesByEmail",
    method: "POST",
    path: "/api/smime/v2/revoke",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revoke-client-certificates-by-email",
    summary: "Revoke All Client Certificates Related to Email",
    deprecated: false
  },
  {
    name: "revokeClientCertificateBySerialNumber",
    method: "POST",
    path: "/api/smime/v2/revoke/serial/{serialNumber}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revoke-client-certificate-by-serial-number",
    summary: "Revoke Client Certificate by Serial Number",
    deprecated: false
  },
  {
    name: "revokeClientCertificateByBackendCertificateId",
    method: "POST",
    path: "/api/smime/v2/revoke/order/{backendCertId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revoke-client-certificate-by-backend-certificate-id",
    summary: "Revoke Client Certificate by backend certificate ID",
    deprecated: false
  },
  {
    name: "revokeManualClientCertificateByIdOrSnPlusIssuer",
    method: "POST",
    path: "/api/smime/v2/revoke/manual",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revokeManual=client-certificate-by-id-or-sn-plus-issuer",
    summary: "Mark As Revoked Client Certificate by Id or SN + Issuer",
    deprecated: false
  },
  {
    name: "renewClientCertificateBySerialNumber",
    method: "POST",
    path: "/api/smime/v2/renew/serial/{serialNumber}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "renew-client-certificate-by-serial-number",
    summary: "Renew Client Certificate by Serial Number",
    deprecated: false
  },
  {
    name: "renewClientCertificateByBackendCertificateId",
    method: "POST",
    path: "/api/smime/v2/renew/order/{backendCertId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "renew-client-certificate-by-backend-certificate-id",
    summary: "Renew Client Certificate by backend certificate ID",
    deprecated: false
  },
  {
    name: "downloadP12ClientCertificate",
    method: "POST",
    path: "/api/smime/v2/keystore/{certId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "download-p12-client-certificate",
    summary: "Download Client Certificate in P12 format",
    deprecated: false,
    binary: "bytes"
  },
  {
    name: "downloadP12ClientCertificateStream",
    method: "POST",
    path: "/api/smime/v2/keystore/{certId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "download-p12-client-certificate",
    summary: "Download Client Certificate in P12 format",
    deprecated: false,
    binary: "stream"
  },
  {
    name: "importCertificates",
    method: "POST",
    path: "/api/smime/v2/import",
    area: "smime",
    tag: "Client Certificates",
    operationId: "importCertificates",
    deprecated: false
  },
  {
    name: "enrollClientCertificate",
    method: "POST",
    path: "/api/smime/v2/enroll",
    area: "smime",
    tag: "Client Certificates",
    operationId: "enroll-client-certificate",
    summary: "Request Client Certificate",
    deprecated: false
  },
  {
    name: "generateSslCertificatesLog",
    method: "POST",
    path: "/api/report/v1/ssl-certificates",
    area: "report",
    tag: "Reports",
    operationId: "generate-ssl-certificates-log",
    summary: "SSL Certificates Report",
    deprecated: false
  },
  {
    name: "generateDomainsLog",
    method: "POST",
    path: "/api/report/v1/domains",
    area: "report",
    tag: "Reports",
    operationId: "generate-domains-log",
    summary: "Domains Report",
    deprecated: false
  },
  {
    name: "generateDeviceCertificatesLog",
    method: "POST",
    path: "/api/report/v1/device-certificates",
    area: "report",
    tag: "Reports",
    operationId: "generate-device-certificates-log",
    summary: "Device Certificates Report",
    deprecated: false
  },
  {
    name: "generateSmimeCertificatesLog",
    method: "POST",
    path: "/api/report/v1/client-certificates",
    area: "report",
    tag: "Reports",
    operationId: "generate-smime-certificates-log",
    summary: "Client Certificates Report",
    deprecated: false
  },
  {
    name: "generateActivityReport",
    method: "POST",
    path: "/api/report/v1/activity",
    area: "report",
    tag: "Reports",
    operationId: "generate-activity-report",
    summary: "Activity Log Report",
    deprecated: false
  },
  {
    name: "listPersons",
    method: "GET",
    path: "/api/person/v2",
    area: "person",
    tag: "Persons",
    operationId: "list-persons",
    summary: "List Persons",
    deprecated: false
  },
  {
    name: "createPerson",
    method: "POST",
    path: "/api/person/v2",
    area: "person",
    tag: "Persons",
    operationId: "create-person",
    summary: "Create Person",
    deprecated: false
  },
  {
    name: "importKey",
    method: "POST",
    path: "/api/person/v2/{personId}/import-key",
    area: "person",
    tag: "Persons",
    operationId: "import-key",
    summary: "Import Private Key",
    deprecated: false
  },
  {
    name: "sendInvitation",
    method: "POST",
    path: "/api/person/v2/{id}/invitation/send",
    area: "person",
    tag: "Persons",
    operationId: "send-invitation",
    summary: "Send Enrollment Invitation",
    deprecated: false
  },
  {
    name: "syncOrganizationValidation",
    method: "POST",
    path: "/api/organization/v2/{orgId}/validations/{validationId}/sync",
    area: "organization",
    tag: "Validations",
    operationId: "sync-organization-validation",
    summary: "Synchronize validation",
    deprecated: false
  },
  {
    name: "submitOrganizationValidation",
    method: "POST",
    path: "/api/organization/v2/{orgId}/validations/submit",
    area: "organization",
    tag: "Validations",
    operationId: "submit-organization-validation",
    summary: "Submit validation",
    deprecated: false
  },
  {
    name: "createExternalValidationAssignment",
    method: "POST",
    path: "/api/organization/v2/{orgId}/validations/assignment",
    area: "organization",
    tag: "Validations",
    operationId: "create-external-validation-assignment",
    summary: "Create external validation assignment",
    deprecated: false
  },
  {
    name: "getOrgList",
    method: "GET",
    path: "/api/organization/v1",
    area: "organization",
    tag: "Organizations",
    operationId: "get-org-list",
    summary: "List organizations",
    deprecated: false
  },
  {
    name: "createOrganization",
    method: "POST",
    path: "/api/organization/v1",
    area: "organization",
    tag: "Organizations",
    operationId: "create-organization",
    summary: "Create organization",
    deprecated: false
  },
  {
    name: "getNotifyList",
    method: "GET",
    path: "/api/notification/v1",
    area: "notification",
    tag: "Notifications",
    operationId: "get-notify-list",
    summary: "List Notifications",
    deprecated: false
  },
  {
    name: "createNotification",
    method: "POST",
    path: "/api/notification/v1",
    area: "notification",
    tag: "Notifications",
    operationId: "create-notification",
    summary: "Create Notification",
    deprecated: false
  },
  {
    name: "listEnrollmentEndpoints",
    method: "GET",
    path: "/api/endpoint/v1",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "list-enrollment-endpoints",
    summary: "List enrollment endpoints",
    deprecated: false
  },
  {
    name: "createEnrollmentEndpoint",
    method: "POST",
    path: "/api/endpoint/v1",
    area: "endpoint",
    tag: "Endpoints",
    operationId: "create-enrollment-endpoint",
    summary: "Create enrollment endpoint",
    deprecated: false
  },
  {
    name: "listEnrollmentEndpointAccounts",
    method: "GET",
    path: "/api/endpoint/v1/{eeId}/account",
    area: "endpoint",
    tag: "Endpoint Accounts",
    operationId: "list-enrollment-endpoint-accounts",
    summary: "List enrollment endpoint accounts",
    deprecated: false
  },
  {
    name: "createEnrollmentEndpointAccount",
    method: "POST",
    path: "/api/endpoint/v1/{eeId}/account",
    area: "endpoint",
    tag: "Endpoint Accounts",
    operationId: "create-enrollment-endpoint-account",
    summary: "Create enrollment endpoint account",
    deprecated: false
  },
  {
    name: "listDomains",
    method: "GET",
    path: "/api/domain/v1",
    area: "domain",
    tag: "Domains",
    operationId: "list-domains",
    summary: "List domains",
    deprecated: false
  },
  {
    name: "createDomain",
    method: "POST",
    path: "/api/domain/v1",
    area: "domain",
    tag: "Domains",
    operationId: "create-domain",
    summary: "Create domain",
    deprecated: false
  },
  {
    name: "delegateDomain",
    method: "POST",
    path: "/api/domain/v1/{id}/delegation",
    area: "domain",
    tag: "Domains",
    operationId: "delegate-domain",
    summary: "Delegate domain",
    deprecated: false
  },
  {
    name: "removeDomainDelegation",
    method: "DELETE",
    path: "/api/domain/v1/{id}/delegation",
    area: "domain",
    tag: "Domains",
    operationId: "remove-domain-delegation",
    summary: "Remove domain delegation",
    deprecated: false
  },
  {
    name: "rejectDomainDelegation",
    method: "POST",
    path: "/api/domain/v1/{id}/delegation/reject",
    area: "domain",
    tag: "Domains",
    operationId: "reject-domain-delegation",
    summary: "Reject domain delegation",
    deprecated: false
  },
  {
    name: "approveDomainDelegation",
    method: "POST",
    path: "/api/domain/v1/{id}/delegation/approve",
    area: "domain",
    tag: "Domains",
    operationId: "approve-domain-delegation",
    summary: "Approve domain delegation",
    deprecated: false
  },
  {
    name: "addDelegation",
    method: "POST",
    path: "/api/domain/v1/delegation",
    area: "domain",
    tag: "Domains",
    operationId: "addDelegation",
    summary: "Delegate domains",
    deprecated: false
  },
  {
    name: "getNetworkScanTaskList",
    method: "GET",
    path: "/api/discovery/v4/net_task",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "get-network-scan-task-list",
    summary: "Get network scan task list",
    deprecated: false
  },
  {
    name: "createNetworkTask",
    method: "POST",
    path: "/api/discovery/v4/net_task",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "create-network-task",
    summary: "Create network scan task",
    deprecated: false
  },
  {
    name: "startNetworkScanTask",
    method: "POST",
    path: "/api/discovery/v4/net_task/{taskId}/start",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "start-network-scan-task",
    summary: "Start network scan task",
    deprecated: false
  },
  {
    name: "getMsAdScanTaskList",
    method: "GET",
    path: "/api/discovery/v4/ad_task",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "get-ms-ad-scan-task-list",
    summary: "Get MS AD scan task list",
    deprecated: false
  },
  {
    name: "createMsAdScanTask",
    method: "POST",
    path: "/api/discovery/v4/ad_task",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "create-ms-ad-scan-task",
    summary: "Add MS AD scan task",
    deprecated: false
  },
  {
    name: "startMsAdScanTask",
    method: "POST",
    path: "/api/discovery/v4/ad_task/{taskId}/start",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "start-ms-ad-scan-task",
    summary: "Start MS AD scan task",
    deprecated: false
  },
  {
    name: "stopOperation",
    method: "POST",
    path: "/api/discovery/v1/{type}/{taskId}/operation/{opId}/stop",
    area: "discovery",
    tag: "Operations",
    operationId: "stop-operation",
    summary: "Stop operation",
    deprecated: false
  },
  {
    name: "getCertificateBucketsList",
    method: "GET",
    path: "/api/discovery/v1/bucket",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "get-certificate-buckets-list",
    summary: "List certificate buckets",
    deprecated: false
  },
  {
    name: "createCertificateBucket",
    method: "POST",
    path: "/api/discovery/v1/bucket",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "create-certificate-bucket",
    summary: "Create certificate bucket",
    deprecated: false
  },
  {
    name: "runRulesForCertificateBucket",
    method: "POST",
    path: "/api/discovery/v1/bucket/{bucketId}/runrules",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "run-rules-for-certificate-bucket",
    summary: "Run rules against certificate bucket",
    deprecated: false
  },
  {
    name: "assignCertificatesInCertificateBucket",
    method: "POST",
    path: "/api/discovery/v1/bucket/{bucketId}/assign",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "assign-certificates-in-certificate-bucket",
    summary: "Assign certificates in certificate bucket",
    deprecated: false
  },
  {
    name: "getAzureKeyVaultScanTaskList",
    method: "GET",
    path: "/api/discovery/v1/azure_task",
    area: "discovery",
    tag: "Azure Key Vault Discovery Tasks",
    operationId: "get-azure-key-vault-scan-task-list",
    summary: "Get Azure Key Vault scan task list",
    deprecated: false
  },
  {
    name: "createAzureKeyVaultScanTask",
    method: "POST",
    path: "/api/discovery/v1/azure_task",
    area: "discovery",
    tag: "Azure Key Vault Discovery Tasks",
    operationId: "create-azure-key-vault-scan-task",
    summary: "Add Azure Key Vault scan task",
    deprecated: false
  },
  {
    name: "startAzureKeyVaultScanTask",
    method: "POST",
    path: "/api/discovery/v1/azure_task/{taskId}/start",
    area: "discovery",
    tag: "Azure Key Vault Discovery Tasks",
    operationId: "start-azure-key-vault-scan-task",
    summary: "Start Azure Key Vault scan task",
    deprecated: false
  },
  {
    name: "listDeviceCertLocations",
    method: "GET",
    path: "/api/device/v1/{certId}/location",
    area: "device",
    tag: "Device certificates",
    operationId: "list-device-cert-locations",
    summary: "List Locations",
    deprecated: false
  },
  {
    name: "createDeviceCertCustomLocation",
    method: "POST",
    path: "/api/device/v1/{certId}/location",
    area: "device",
    tag: "Device certificates",
    operationId: "create-device-cert-custom-location",
    summary: "Create Custom Location",
    deprecated: false
  },
  {
    name: "revokeDeviceCertificateBySerialNumber",
    method: "POST",
    path: "/api/device/v1/revoke/serial/{serialNumber}",
    area: "device",
    tag: "Device certificates",
    operationId: "revoke-device-certificate-by-serialNumber",
    summary: "Revoke Device Certificate by Serial Number",
    deprecated: false
  },
  {
    name: "revokeDeviceCertificateById",
    method: "POST",
    path: "/api/device/v1/revoke/order/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "revoke-device-certificate-by-id",
    summary: "Revoke Device Certificate by Id",
    deprecated: false
  },
  {
    name: "revokeManualDeviceCertificateByIdOrSnPlusIssuer",
    method: "POST",
    path: "/api/device/v1/revoke/manual",
    area: "device",
    tag: "Device certificates",
    operationId: "revokeManual=device-certificate-by-id-or-sn-plus-issuer",
    summary: "Mark As Revoked Device Certificate by Id or SN + Issuer",
    deprecated: false
  },
  {
    name: "replaceDeviceCertificateById",
    method: "POST",
    path: "/api/device/v1/replace/order/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "replace-device-certificate-by-id",
    summary: "Replace Device Certificate by Id",
    deprecated: false
  },
  {
    name: "renewDeviceCertificateBySerialNumber",
    method: "POST",
    path: "/api/device/v1/renew/serial/{serialNumber}",
    area: "device",
    tag: "Device certificates",
    operationId: "renew-device-certificate-by-serial-number",
    summary: "Renew Device Certificate by Serial Number",
    deprecated: false
  },
  {
    name: "renewDeviceCertificateById",
    method: "POST",
    path: "/api/device/v1/renew/order/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "renew-device-certificate-by-id",
    summary: "Renew Device Certificate by Id",
    deprecated: false
  },
  {
    name: "importCertificates1",
    method: "POST",
    path: "/api/device/v1/import",
    area: "device",
    tag: "Device certificates",
    operationId: "importCertificates_1",
    deprecated: false
  },
  {
    name: "enrollDeviceCertificate",
    method: "POST",
    path: "/api/device/v1/enroll",
    area: "device",
    tag: "Device certificates",
    operationId: "enroll-device-certificate",
    summary: "Request Device Certificate",
    deprecated: false
  },
  {
    name: "declineDeviceCertificate",
    method: "POST",
    path: "/api/device/v1/decline/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "decline-device-certificate",
    summary: "Decline Device Certificate",
    deprecated: false
  },
  {
    name: "approveDeviceCertificate",
    method: "POST",
    path: "/api/device/v1/approve/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "approve-device-certificate",
    summary: "Approve Device Certificate",
    deprecated: false
  },
  {
    name: "syncDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/sync",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "sync-dcv",
    summary: "Sync validation details with backend",
    deprecated: false
  },
  {
    name: "submitTxtDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/submit/domain/txt",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-txt-dcv",
    summary: "Submit validation DNS TXT",
    deprecated: false
  },
  {
    name: "submitHttpsDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/submit/domain/https",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-https-dcv",
    summary: "Submit validation HTTPS",
    deprecated: false
  },
  {
    name: "submitHttpDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/submit/domain/http",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-http-dcv",
    summary: "Submit validation HTTP",
    deprecated: false
  },
  {
    name: "submitEmailDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/submit/domain/email",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-email-dcv",
    summary: "Submit validation Email",
    deprecated: false
  },
  {
    name: "submitCnameDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/submit/domain/cname",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-cname-dcv",
    summary: "Submit validation CName",
    deprecated: false
  },
  {
    name: "submitBulkEmailDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/submit-bulk/domain/email",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-bulk-email-dcv",
    summary: "Submit validation Email Bulk",
    deprecated: false
  },
  {
    name: "getDcvStatus",
    method: "POST",
    path: "/api/dcv/v2/validation/status",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "get-dcv-status",
    summary: "Get validation details",
    deprecated: false
  },
  {
    name: "startTxtDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/start/domain/txt",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-txt-dcv",
    summary: "Start validation DNS TXT",
    deprecated: false
  },
  {
    name: "startHttpsDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/start/domain/https",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-https-dcv",
    summary: "Start validation HTTPS",
    deprecated: false
  },
  {
    name: "startHttpDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/start/domain/http",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-http-dcv",
    summary: "Start validation HTTP",
    deprecated: false
  },
  {
    name: "startEmailDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/start/domain/email",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-email-dcv",
    summary: "Start validation Email",
    deprecated: false
  },
  {
    name: "startCnameDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/start/domain/cname",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-cname-dcv",
    summary: "Start validation CName",
    deprecated: false
  },
  {
    name: "deleteDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/delete",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "delete-dcv",
    summary: "Delete validation",
    deprecated: false
  },
  {
    name: "clearDomainDcv",
    method: "POST",
    path: "/api/dcv/v2/validation/clear",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "clear-domain-dcv",
    summary: "Clear validation",
    deprecated: false
  },
  {
    name: "revokeManualCsCertificateByIdOrSnPlusIssuer",
    method: "POST",
    path: "/api/cscert/v1/revoke/manual",
    area: "cscert",
    tag: "cs-cert-resource-v-1",
    operationId: "revokeManual=cs-certificate-by-id-or-sn-plus-issuer",
    summary: "Mark As Revoked CodeSign Certificate by Id or SN + Issuer",
    deprecated: false
  },
  {
    name: "importCertificates2",
    method: "POST",
    path: "/api/cscert/v1/import",
    area: "cscert",
    tag: "cs-cert-resource-v-1",
    operationId: "importCertificates_2",
    deprecated: false
  },
  {
    name: "getAzureAccounts",
    method: "GET",
    path: "/api/azure/v1/accounts",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "get-azure-accounts",
    summary: "Retrieve Azure accounts",
    deprecated: false
  },
  {
    name: "createAzureAccount",
    method: "POST",
    path: "/api/azure/v1/accounts",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "create-azure-account",
    summary: "Create Azure account",
    deprecated: false
  },
  {
    name: "getNetworkAgentList",
    method: "GET",
    path: "/api/agent/v1/network",
    area: "agent",
    tag: "Network Agents",
    operationId: "get-network-agent-list",
    summary: "List network agents",
    deprecated: false
  },
  {
    name: "addNetworkAgent",
    method: "POST",
    path: "/api/agent/v1/network",
    area: "agent",
    tag: "Network Agents",
    operationId: "add-network-agent",
    summary: "Add network agent",
    deprecated: false
  },
  {
    name: "getNetworkAgentServersList",
    method: "GET",
    path: "/api/agent/v1/network/{agentId}/server",
    area: "agent",
    tag: "Network Agents",
    operationId: "get-network-agent-servers-list",
    summary: "List Servers",
    deprecated: false
  },
  {
    name: "addServerToNetworkAgent",
    method: "POST",
    path: "/api/agent/v1/network/{agentId}/server",
    area: "agent",
    tag: "Network Agents",
    operationId: "add-server-to-network-agent",
    summary: "Add server",
    deprecated: false
  },
  {
    name: "getMsAgentList",
    method: "GET",
    path: "/api/agent/v1/ms",
    area: "agent",
    tag: "MS Agents",
    operationId: "get-ms-agent-list",
    summary: "List MS Agents",
    deprecated: false
  },
  {
    name: "addMsAgent",
    method: "POST",
    path: "/api/agent/v1/ms",
    area: "agent",
    tag: "MS Agents",
    operationId: "add-ms-agent",
    summary: "Add MS Agent",
    deprecated: false
  },
  {
    name: "listAdminUsers",
    method: "GET",
    path: "/api/admin/v1",
    area: "admin",
    tag: "Administrators",
    operationId: "list-admin-users",
    summary: "List administrators",
    deprecated: false
  },
  {
    name: "createAdminAccount",
    method: "POST",
    path: "/api/admin/v1",
    area: "admin",
    tag: "Administrators",
    operationId: "create-admin-account",
    summary: "Create administrator",
    deprecated: false
  },
  {
    name: "changeAdminPassword",
    method: "POST",
    path: "/api/admin/v1/changepassword",
    area: "admin",
    tag: "Administrators",
    operationId: "change-admin-password",
    summary: "Change password",
    deprecated: false
  },
  {
    name: "listAdminTemplates",
    method: "GET",
    path: "/api/admin-template/v1",
    area: "admin-template",
    tag: "Template Administrators",
    operationId: "list-admin-templates",
    summary: "List IdP Templates",
    deprecated: false
  },
  {
    name: "createAdminTemplate",
    method: "POST",
    path: "/api/admin-template/v1",
    area: "admin-template",
    tag: "Template Administrators",
    operationId: "create-admin-template",
    summary: "Create IdP Template",
    deprecated: false
  },
  {
    name: "getPublicAcmeAccountsList",
    method: "GET",
    path: "/api/acme/v2/account",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "get-public-acme-accounts-list",
    summary: "List ACME accounts",
    deprecated: false
  },
  {
    name: "createPublicAcmeAccount",
    method: "POST",
    path: "/api/acme/v2/account",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "create-public-acme-account",
    summary: "Create ACME account",
    deprecated: false
  },
  {
    name: "listAcmeAccountDomains",
    method: "GET",
    path: "/api/acme/v2/account/{id}/domain",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "list-acme-account-domains",
    summary: "List ACME account’s domains",
    deprecated: false
  },
  {
    name: "addDomainsToPublicAcmeAccount",
    method: "POST",
    path: "/api/acme/v2/account/{id}/domain",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "add-domains-to-public-acme-account",
    summary: "Add domains to ACME account",
    deprecated: false
  },
  {
    name: "removeDomainsFromPublicAcmeAccount",
    method: "DELETE",
    path: "/api/acme/v2/account/{id}/domain",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "remove-domains-from-public-acme-account",
    summary: "Remove domains from ACME account",
    deprecated: false
  },
  {
    name: "getUniversalAcmeAccountsList",
    method: "GET",
    path: "/api/acme/v1/pca/account",
    area: "acme",
    tag: "Universal ACME accounts",
    operationId: "get-universal-acme-accounts-list",
    summary: "List ACME accounts",
    deprecated: false
  },
  {
    name: "createUniversalAcmeAccount",
    method: "POST",
    path: "/api/acme/v1/pca/account",
    area: "acme",
    tag: "Universal ACME accounts",
    operationId: "create-universal-acme-account",
    summary: "Create ACME account",
    deprecated: false
  },
  {
    name: "acmeEvDetailsValidation",
    method: "POST",
    path: "/api/acme/v1/evdetails/validation",
    area: "acme",
    tag: "ACME EV details validation",
    operationId: "acme-ev-details-validation",
    summary: "ACME EV details validation",
    deprecated: true
  },
  {
    name: "getSslCertificateDetails",
    method: "GET",
    path: "/api/ssl/v2/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-certificate-details",
    summary: "Get SSL Certificate Details",
    deprecated: false
  },
  {
    name: "deleteSslCertificateById",
    method: "DELETE",
    path: "/api/ssl/v2/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "delete-ssl-certificate-by-id",
    summary: "Delete SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "getSslCertDcvInfo",
    method: "GET",
    path: "/api/ssl/v2/{sslId}/dcv",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-cert-dcv-info",
    summary: "DCV process info",
    deprecated: false
  },
  {
    name: "getSslCertTypes",
    method: "GET",
    path: "/api/ssl/v2/types",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-cert-types",
    summary: "List SSL Certificate Profiles",
    deprecated: false
  },
  {
    name: "getSslCustomFields",
    method: "GET",
    path: "/api/ssl/v2/customFields",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-custom-fields",
    summary: "List SSL Certificate Custom Fields",
    deprecated: false
  },
  {
    name: "collectSslCertificate",
    method: "GET",
    path: "/api/ssl/v2/collect/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "collect-ssl-certificate",
    summary: "Collect SSL Certificate",
    deprecated: false,
    binary: "bytes"
  },
  {
    name: "collectSslCertificateStream",
    method: "GET",
    path: "/api/ssl/v2/collect/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "collect-ssl-certificate",
    summary: "Collect SSL Certificate",
    deprecated: false,
    binary: "stream"
  },
  {
    name: "getSslCertificateDetails1",
    method: "GET",
    path: "/api/ssl/v1/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-certificate-details_1",
    summary: "Get SSL Certificate Details",
    deprecated: false
  },
  {
    name: "deleteSslCertificateById1",
    method: "DELETE",
    path: "/api/ssl/v1/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "delete-ssl-certificate-by-id_1",
    summary: "Delete SSL Certificate by Id",
    deprecated: false
  },
  {
    name: "getSslCertDcvInfo1",
    method: "GET",
    path: "/api/ssl/v1/{sslId}/dcv",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-cert-dcv-info_1",
    summary: "DCV process info",
    deprecated: false
  },
  {
    name: "getSslCertTypes1",
    method: "GET",
    path: "/api/ssl/v1/types",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-cert-types_1",
    summary: "List SSL Certificate Profiles",
    deprecated: false
  },
  {
    name: "getSslCustomFields1",
    method: "GET",
    path: "/api/ssl/v1/customFields",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "get-ssl-custom-fields_1",
    summary: "List SSL Certificate Custom Fields",
    deprecated: false
  },
  {
    name: "collectSslCertificate1",
    method: "GET",
    path: "/api/ssl/v1/collect/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "collect-ssl-certificate_1",
    summary: "Collect SSL Certificate",
    deprecated: false,
    binary: "bytes"
  },
  {
    name: "collectSslCertificate1Stream",
    method: "GET",
    path: "/api/ssl/v1/collect/{sslId}",
    area: "ssl",
    tag: "SSL certificates",
    operationId: "collect-ssl-certificate_1",
    summary: "Collect SSL Certificate",
    deprecated: false,
    binary: "stream"
  },
  {
    name: "getClientCertificateList",
    method: "GET",
    path: "/api/smime/v2",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-certificate-list",
    summary: "List Client Certificates",
    deprecated: false
  },
  {
    name: "getClientCertProfiles",
    method: "GET",
    path: "/api/smime/v2/types",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-cert-profiles",
    summary: "List Client Certificate Profiles",
    deprecated: false
  },
  {
    name: "getClientCertCustomFields",
    method: "GET",
    path: "/api/smime/v2/customFields",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-cert-custom-fields",
    summary: "List Client Certificate Custom Fields",
    deprecated: false
  },
  {
    name: "collectClientCertificate",
    method: "GET",
    path: "/api/smime/v2/collect/{backendCertId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "collect-client-certificate",
    summary: "Collect Client Certificate",
    deprecated: false,
    binary: "bytes"
  },
  {
    name: "collectClientCertificateStream",
    method: "GET",
    path: "/api/smime/v2/collect/{backendCertId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "collect-client-certificate",
    summary: "Collect Client Certificate",
    deprecated: false,
    binary: "stream"
  },
  {
    name: "getEndpointList",
    method: "GET",
    path: "/api/person/v2/{id}/invitation/endpoint",
    area: "person",
    tag: "Persons",
    operationId: "get-endpoint-list",
    summary: "List Enrollment Endpoints",
    deprecated: false
  },
  {
    name: "getEndpointAccountList",
    method: "GET",
    path: "/api/person/v2/{id}/invitation/endpoint/{endpointId}/account",
    area: "person",
    tag: "Persons",
    operationId: "get-endpoint-account-list",
    summary: "List Enrollment Endpoint Accounts",
    deprecated: false
  },
  {
    name: "getPersonIdByEmail",
    method: "GET",
    path: "/api/person/v2/id/byEmail/{email}",
    area: "person",
    tag: "Persons",
    operationId: "get-person-id-by-email",
    summary: "Find Person by Email",
    deprecated: false
  },
  {
    name: "listOrganizationValidations",
    method: "GET",
    path: "/api/organization/v2/{orgId}/validations",
    area: "organization",
    tag: "Validations",
    operationId: "list-organization-validations",
    summary: "List validations",
    deprecated: false
  },
  {
    name: "getOrganizationValidationDetails",
    method: "GET",
    path: "/api/organization/v2/{orgId}/validations/{validationId}",
    area: "organization",
    tag: "Validations",
    operationId: "get-organization-validation-details",
    summary: "Get validation details",
    deprecated: false
  },
  {
    name: "resetAndRemoveOrganizationValidation",
    method: "DELETE",
    path: "/api/organization/v2/{orgId}/validations/{validationId}",
    area: "organization",
    tag: "Validations",
    operationId: "reset-and-remove-organization-validation",
    summary: "Reset and remove the validation",
    deprecated: false
  },
  {
    name: "getOrgListByCertType",
    method: "GET",
    path: "/api/organization/v1/report-type/{report-type}",
    area: "organization",
    tag: "Organizations",
    operationId: "get-org-list-by-cert-type",
    summary: "List organizations by certificate type",
    deprecated: false
  },
  {
    name: "getOrgsByRole",
    method: "GET",
    path: "/api/organization/v1/managed-by/{role}",
    area: "organization",
    tag: "Organizations",
    operationId: "get-orgs-by-role",
    summary: "List organizations by role",
    deprecated: false
  },
  {
    name: "getNotifyTypes",
    method: "GET",
    path: "/api/notification/v1/types",
    area: "notification",
    tag: "Notifications",
    operationId: "get-notify-types",
    summary: "Available Notification Types",
    deprecated: false
  },
  {
    name: "getDomainDetails",
    method: "GET",
    path: "/api/domain/v1/{id}",
    area: "domain",
    tag: "Domains",
    operationId: "get-domain-details",
    summary: "Get domain details",
    deprecated: false
  },
  {
    name: "deleteDomain",
    method: "DELETE",
    path: "/api/domain/v1/{id}",
    area: "domain",
    tag: "Domains",
    operationId: "delete-domain",
    summary: "Delete domain",
    deprecated: false
  },
  {
    name: "getNetworkTask",
    method: "GET",
    path: "/api/discovery/v4/net_task/{taskId}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "get-network-task",
    summary: "Get network scan task",
    deprecated: false
  },
  {
    name: "deleteNetworkScanTask",
    method: "DELETE",
    path: "/api/discovery/v4/net_task/{taskId}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "delete-network-scan-task",
    summary: "Delete network scan task",
    deprecated: false
  },
  {
    name: "getMsAdScanTask",
    method: "GET",
    path: "/api/discovery/v4/ad_task/{taskId}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "get-ms-ad-scan-task",
    summary: "Get MS AD scan task",
    deprecated: false
  },
  {
    name: "deleteMsAdScanTask",
    method: "DELETE",
    path: "/api/discovery/v4/ad_task/{taskId}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "delete-ms-ad-scan-task",
    summary: "Delete MS AD scan task",
    deprecated: false
  },
  {
    name: "getOperationsList",
    method: "GET",
    path: "/api/discovery/v1/{type}/{taskId}/operation",
    area: "discovery",
    tag: "Operations",
    operationId: "get-operations-list",
    summary: "Get operations list",
    deprecated: false
  },
  {
    name: "getOperationResult",
    method: "GET",
    path: "/api/discovery/v1/{type}/{taskId}/operation/{opId}/result",
    area: "discovery",
    tag: "Operations",
    operationId: "get-operation-result",
    summary: "Get result of operation",
    deprecated: false
  },
  {
    name: "getCertificateList",
    method: "GET",
    path: "/api/discovery/v1/bucket/{bucketId}/certificates",
    area: "discovery",
    tag: "Certificate Buckets",
    operationId: "get-certificate-list",
    summary: "Certificates in certificate bucket",
    deprecated: false
  },
  {
    name: "getAzureKeyVaultScanTask",
    method: "GET",
    path: "/api/discovery/v1/azure_task/{taskId}",
    area: "discovery",
    tag: "Azure Key Vault Discovery Tasks",
    operationId: "get-azure-key-vault-scan-task",
    summary: "Get Azure Key Vault scan task",
    deprecated: false
  },
  {
    name: "deleteAzureKeyVaultScanTask",
    method: "DELETE",
    path: "/api/discovery/v1/azure_task/{taskId}",
    area: "discovery",
    tag: "Azure Key Vault Discovery Tasks",
    operationId: "delete-azure-key-vault-scan-task",
    summary: "Delete Azure Key Vault scan task",
    deprecated: false
  },
  {
    name: "findAssignmentRuleById",
    method: "GET",
    path: "/api/discovery/v1/assignmentrule/{ruleId}",
    area: "discovery",
    tag: "Assignment rules",
    operationId: "find-assignment-rule-by-id",
    summary: "Find assignment rule by ID",
    deprecated: false
  },
  {
    name: "deleteAssignmentRule",
    method: "DELETE",
    path: "/api/discovery/v1/assignmentrule/{ruleId}",
    area: "discovery",
    tag: "Assignment rules",
    operationId: "delete-assignment-rule",
    summary: "Delete assignment rule",
    deprecated: false
  },
  {
    name: "getAssignmentRulesCount",
    method: "GET",
    path: "/api/discovery/v1/assignmentrule/count",
    area: "discovery",
    tag: "Assignment rules",
    operationId: "get-assignment-rules-count",
    summary: "Get assignment rules count",
    deprecated: false
  },
  {
    name: "getDeviceCertificatesList",
    method: "GET",
    path: "/api/device/v1",
    area: "device",
    tag: "Device certificates",
    operationId: "get-device-certificates-list",
    summary: "List Device Certificates",
    deprecated: false
  },
  {
    name: "getDeviceCertificatesDetails",
    method: "GET",
    path: "/api/device/v1/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "get-device-certificates-details",
    summary: "Get Device Certificate Details",
    deprecated: false
  },
  {
    name: "getDeviceProfiles",
    method: "GET",
    path: "/api/device/v1/types",
    area: "device",
    tag: "Device certificates",
    operationId: "get-device-profiles",
    summary: "List Device Certificate Profiles",
    deprecated: false
  },
  {
    name: "getDeviceCustomFields",
    method: "GET",
    path: "/api/device/v1/customFields",
    area: "device",
    tag: "Device certificates",
    operationId: "get-device-custom-fields",
    summary: "List Device Certificate Custom Fields",
    deprecated: false
  },
  {
    name: "collectDeviceCertificate",
    method: "GET",
    path: "/api/device/v1/collect/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "collect-device-certificate",
    summary: "Collect Device Certificate",
    deprecated: false,
    binary: "bytes"
  },
  {
    name: "collectDeviceCertificateStream",
    method: "GET",
    path: "/api/device/v1/collect/{deviceCertId}",
    area: "device",
    tag: "Device certificates",
    operationId: "collect-device-certificate",
    summary: "Collect Device Certificate",
    deprecated: false,
    binary: "stream"
  },
  {
    name: "listAllDcv",
    method: "GET",
    path: "/api/dcv/v2/validation",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "list-all-dcv",
    summary: "List domain validations",
    deprecated: false
  },
  {
    name: "getCustomFieldDetails",
    method: "GET",
    path: "/api/customField/v2/{id}",
    area: "customField",
    tag: "Custom Fields",
    operationId: "get-custom-field-details",
    summary: "Get Custom Field Details",
    deprecated: false
  },
  {
    name: "deleteCustomField",
    method: "DELETE",
    path: "/api/customField/v2/{id}",
    area: "customField",
    tag: "Custom Fields",
    operationId: "delete-custom-field",
    summary: "Delete Custom Field",
    deprecated: false
  },
  {
    name: "getDnsConnectorList",
    method: "GET",
    path: "/api/connector/v1/dns",
    area: "connector",
    tag: "DNS connector",
    operationId: "get-dns-connector-list",
    summary: "List DNS Connectors",
    deprecated: false
  },
  {
    name: "getDnsConnectorDetails",
    method: "GET",
    path: "/api/connector/v1/dns/{uuid}",
    area: "connector",
    tag: "DNS connector",
    operationId: "get-dns-connector-details",
    summary: "Get Connector Details",
    deprecated: false
  },
  {
    name: "getDnsConnectorProviderList",
    method: "GET",
    path: "/api/connector/v1/dns/{uuid}/provider",
    area: "connector",
    tag: "DNS connector",
    operationId: "get-dns-connector-provider-list",
    summary: "List DNS Connector Provides",
    deprecated: false
  },
  {
    name: "checkAzureAccount",
    method: "GET",
    path: "/api/azure/v1/accounts/{id}/check",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "check-azure-account",
    summary: "Check Azure account",
    deprecated: false
  },
  {
    name: "getVault",
    method: "GET",
    path: "/api/azure/v1/accounts/{accountId}/subscriptions/{subscriptionId}/resource-groups/{resourceGroup}/vaults",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "get-vault",
    summary: "Retrieve Vaults for Azure account",
    deprecated: false
  },
  {
    name: "getAzureResourceGroups",
    method: "GET",
    path: "/api/azure/v1/accounts/{accountId}/resource-groups",
    area: "azure",
    tag: "Azure Accounts",
    operationId: "get-azure-resource-groups",
    summary: "Retrieve Resource Groups for Azure account",
    deprecated: false
  },
  {
    name: "getNetworkAgentServersList1",
    method: "GET",
    path: "/api/agent/v1/network/{agentId}/server/{serverId}/node",
    area: "agent",
    tag: "Network Agents",
    operationId: "get-network-agent-servers-list_1",
    summary: "List Nodes",
    deprecated: false
  },
  {
    name: "getNetworkAgentServerNodeDetails",
    method: "GET",
    path: "/api/agent/v1/network/{agentId}/server/{serverId}/node/{id}",
    area: "agent",
    tag: "Network Agents",
    operationId: "get-network-agent-server-node-details",
    summary: "Get node details",
    deprecated: false
  },
  {
    name: "getAvailableAdminRoles",
    method: "GET",
    path: "/api/admin/v1/roles",
    area: "admin",
    tag: "Administrators",
    operationId: "get-available-admin-roles",
    summary: "Get available roles",
    deprecated: false
  },
  {
    name: "getAvailablePrivilegesForRoles",
    method: "GET",
    path: "/api/admin/v1/privileges",
    area: "admin",
    tag: "Administrators",
    operationId: "get-available-privileges-for-roles",
    summary: "Get available privileges",
    deprecated: false
  },
  {
    name: "getPasswordStatus",
    method: "GET",
    path: "/api/admin/v1/password",
    area: "admin",
    tag: "Administrators",
    operationId: "get-password-status",
    summary: "Get password state",
    deprecated: false
  },
  {
    name: "getAvailableIdentityProviders",
    method: "GET",
    path: "/api/admin/v1/idp",
    area: "admin",
    tag: "Administrators",
    operationId: "get-available-identity-providers",
    summary: "Get list of Identity Providers",
    deprecated: false
  },
  {
    name: "listAcmeAccountClients",
    method: "GET",
    path: "/api/acme/v2/account/{id}/client",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "list-acme-account-clients",
    summary: "List ACME account’s clients",
    deprecated: false
  },
  {
    name: "getPublicAcmeServersList",
    method: "GET",
    path: "/api/acme/v1/server",
    area: "acme",
    tag: "Sectigo Public ACME Servers",
    operationId: "get-public-acme-servers-list",
    summary: "List Sectigo Public ACME servers",
    deprecated: false
  },
  {
    name: "getUniversalAcmeAccountClientsList",
    method: "GET",
    path: "/api/acme/v1/pca/account/{id}/client",
    area: "acme",
    tag: "Universal ACME accounts",
    operationId: "get-universal-acme-account-clients-list",
    summary: "List ACME account’s clients",
    deprecated: false
  },
  {
    name: "countDomains",
    method: "GET",
    path: "/api/domain/v1/count",
    area: "domain",
    tag: "Domains",
    operationId: "count-domains",
    summary: "Count domains",
    deprecated: true
  },
  {
    name: "listCsodDeveloperRequests",
    method: "GET",
    path: "/api/csod/v1/requests/developer",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "list-csod-developer-requests",
    summary: "List code signing requests (developer)",
    deprecated: true
  },
  {
    name: "submitCsodRequest",
    method: "PUT",
    path: "/api/csod/v1/requests/developer",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "submit-csod-request",
    summary: "Submit code signing request",
    deprecated: true
  },
  {
    name: "createCsodRequest",
    method: "POST",
    path: "/api/csod/v1/requests/developer",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "create-csod-request",
    summary: "Create code signing request",
    deprecated: true
  },
  {
    name: "countCsodDeveloperRequests",
    method: "GET",
    path: "/api/csod/v1/requests/developer/count",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "count-csod-developer-requests",
    summary: "Count code signing requests (developer)",
    deprecated: true
  },
  {
    name: "getCsodDeveloperRequest",
    method: "GET",
    path: "/api/csod/v1/requests/developer/{requestId}",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "get-csod-developer-request",
    summary: "Get code signing request details (developer)",
    deprecated: true
  },
  {
    name: "listCsodAdminRequests",
    method: "GET",
    path: "/api/csod/v1/requests/admin",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "list-csod-admin-requests",
    summary: "List code signing requests (administrator)",
    deprecated: true
  },
  {
    name: "countCsodAdminRequests",
    method: "GET",
    path: "/api/csod/v1/requests/admin/count",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "count-csod-admin-requests",
    summary: "Count code signing requests (administrator)",
    deprecated: true
  },
  {
    name: "getCsodAdminRequest",
    method: "GET",
    path: "/api/csod/v1/requests/admin/{requestId}",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "get-csod-admin-request",
    summary: "Get code signing request details (administrator)",
    deprecated: true
  },
  {
    name: "approveCsodRequest",
    method: "POST",
    path: "/api/csod/v1/requests/admin/approve",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "approve-csod-request",
    summary: "Approve code signing request",
    deprecated: true
  },
  {
    name: "declineCsodRequest",
    method: "POST",
    path: "/api/csod/v1/requests/admin/decline",
    area: "csod",
    tag: "Code Signing on Demand",
    operationId: "decline-csod-request",
    summary: "Decline code signing request",
    deprecated: true
  },
  {
    name: "listCaBackends",
    method: "GET",
    path: "/api/ca-backend/v1",
    area: "ca-backend",
    tag: "CA Backends",
    operationId: "list-ca-backends",
    summary: "List CA Backends",
    deprecated: false
  },
  {
    name: "listClientCertificatesByPersonId",
    method: "GET",
    path: "/api/smime/v2/byPersonId/{pid}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "list-client-certificates-by-person-id",
    summary: "List client certificates by person ID",
    deprecated: false
  },
  {
    name: "listClientCertificatesByPersonEmail",
    method: "GET",
    path: "/api/smime/v2/byPersonEmail/{email}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "list-client-certificates-by-person-email",
    summary: "List client certificates by person email",
    deprecated: false
  },
  {
    name: "listAllDcvV1",
    method: "GET",
    path: "/api/dcv/v1/validation",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "list-all-dcv-v1",
    summary: "List domain validations",
    deprecated: false
  },
  {
    name: "getDcvStatusV1",
    method: "POST",
    path: "/api/dcv/v1/validation/status",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "get-dcv-status-v1",
    summary: "Get validation details",
    deprecated: true
  },
  {
    name: "syncDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/sync",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "sync-dcv-v1",
    summary: "Sync validation details with backend",
    deprecated: false
  },
  {
    name: "clearDomainDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/clear",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "clear-domain-dcv-v1",
    summary: "Clear validation",
    deprecated: false
  },
  {
    name: "deleteDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/delete",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "delete-dcv-v1",
    summary: "Delete validation",
    deprecated: false
  },
  {
    name: "startHttpDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/start/domain/http",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-http-dcv-v1",
    summary: "Start validation HTTP",
    deprecated: false
  },
  {
    name: "startHttpsDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/start/domain/https",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-https-dcv-v1",
    summary: "Start validation HTTPS",
    deprecated: false
  },
  {
    name: "submitHttpDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/submit/domain/http",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-http-dcv-v1",
    summary: "Submit validation HTTP",
    deprecated: false
  },
  {
    name: "submitHttpsDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/submit/domain/https",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-https-dcv-v1",
    summary: "Submit validation HTTPS",
    deprecated: false
  },
  {
    name: "startCnameDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/start/domain/cname",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-cname-dcv-v1",
    summary: "Start validation CName",
    deprecated: false
  },
  {
    name: "submitCnameDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/submit/domain/cname",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-cname-dcv-v1",
    summary: "Submit validation CName",
    deprecated: false
  },
  {
    name: "submitTxtDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/submit/domain/txt",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-txt-dcv-v1",
    summary: "Submit validation DNS TXT",
    deprecated: false
  },
  {
    name: "startEmailDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/start/domain/email",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "start-email-dcv-v1",
    summary: "Start validation Email",
    deprecated: false
  },
  {
    name: "submitEmailDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/submit/domain/email",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-email-dcv-v1",
    summary: "Submit validation Email",
    deprecated: false
  },
  {
    name: "submitBulkEmailDcvV1",
    method: "POST",
    path: "/api/dcv/v1/validation/submit-bulk/domain/email",
    area: "dcv",
    tag: "Domain Control Validation",
    operationId: "submit-bulk-email-dcv-v1",
    summary: "Submit validation Email Bulk",
    deprecated: false
  },
  {
    name: "listPersonsV1",
    method: "GET",
    path: "/api/person/v1",
    area: "person",
    tag: "Persons",
    operationId: "list-persons-v1",
    summary: "List Persons",
    deprecated: false
  },
  {
    name: "createPersonV1",
    method: "POST",
    path: "/api/person/v1",
    area: "person",
    tag: "Persons",
    operationId: "create-person-v1",
    summary: "Create Person",
    deprecated: false
  },
  {
    name: "getPersonIdByEmailV1",
    method: "GET",
    path: "/api/person/v1/id/byEmail/{email}",
    area: "person",
    tag: "Persons",
    operationId: "get-person-id-by-email-v1",
    summary: "Find Person by Email",
    deprecated: false
  },
  {
    name: "getPersonInfoByIdV1",
    method: "GET",
    path: "/api/person/v1/{id}",
    area: "person",
    tag: "Persons",
    operationId: "get-person-info-by-id-v1",
    summary: "Find Person by Id",
    deprecated: false
  },
  {
    name: "updatePersonV1",
    method: "PUT",
    path: "/api/person/v1/{id}",
    area: "person",
    tag: "Persons",
    operationId: "update-person-v1",
    summary: "Update Person",
    deprecated: false
  },
  {
    name: "deletePersonV1",
    method: "DELETE",
    path: "/api/person/v1/{id}",
    area: "person",
    tag: "Persons",
    operationId: "delete-person-v1",
    summary: "Delete Person",
    deprecated: false
  },
  {
    name: "importKeyV1",
    method: "POST",
    path: "/api/person/v1/{personId}/import-key",
    area: "person",
    tag: "Persons",
    operationId: "import-key-v1",
    summary: "Import Private Key",
    deprecated: true
  },
  {
    name: "sendInvitationV1",
    method: "POST",
    path: "/api/person/v1/{id}/invitation/send",
    area: "person",
    tag: "Persons",
    operationId: "send-invitation-v1",
    summary: "Send Enrollment Invitation",
    deprecated: true
  },
  {
    name: "getClientCertProfilesV1",
    method: "GET",
    path: "/api/smime/v1/types",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-cert-profiles-v1",
    summary: "List Client Certificate Profiles",
    deprecated: false
  },
  {
    name: "getClientCertCustomFieldsV1",
    method: "GET",
    path: "/api/smime/v1/customFields",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-cert-custom-fields-v1",
    summary: "List Client Certificate Custom Fields",
    deprecated: false
  },
  {
    name: "listClientCertificatesByPersonIdV1",
    method: "GET",
    path: "/api/smime/v1/byPersonId/{pid}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "list-client-certificates-by-person-id-v1",
    summary: "List client certificates by person ID",
    deprecated: true
  },
  {
    name: "listClientCertificatesByPersonEmailV1",
    method: "GET",
    path: "/api/smime/v1/byPersonEmail/{email}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "list-client-certificates-by-person-email-v1",
    summary: "List client certificates by person email",
    deprecated: true
  },
  {
    name: "getClientCertificateDetailsV1",
    method: "GET",
    path: "/api/smime/v1/{id}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "get-client-certificate-details-v1",
    summary: "Get Client Certificate Details",
    deprecated: false
  },
  {
    name: "updateClientCertificateDetailsV1",
    method: "PUT",
    path: "/api/smime/v1/{id}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "update-client-certificate-details-v1",
    summary: "Update Client Certificate Details",
    deprecated: false
  },
  {
    name: "enrollClientCertificateV1",
    method: "POST",
    path: "/api/smime/v1/enroll",
    area: "smime",
    tag: "Client Certificates",
    operationId: "enroll-client-certificate-v1",
    summary: "Request Client Certificate",
    deprecated: false
  },
  {
    name: "collectClientCertificateV1",
    method: "GET",
    path: "/api/smime/v1/collect/{backendCertId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "collect-client-certificate-v1",
    summary: "Collect Client Certificate",
    deprecated: false,
    binary: "bytes"
  },
  {
    name: "collectClientCertificateV1Stream",
    method: "GET",
    path: "/api/smime/v1/collect/{backendCertId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "collect-client-certificate-v1",
    summary: "Collect Client Certificate",
    deprecated: false,
    binary: "stream"
  },
  {
    name: "downloadP12ClientCertificateV1",
    method: "POST",
    path: "/api/smime/v1/keystore/{id}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "download-p12-client-certificate-v1",
    summary: "Download Client Certificate in P12 format",
    deprecated: false,
    binary: "bytes"
  },
  {
    name: "downloadP12ClientCertificateV1Stream",
    method: "POST",
    path: "/api/smime/v1/keystore/{id}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "download-p12-client-certificate-v1",
    summary: "Download Client Certificate in P12 format",
    deprecated: false,
    binary: "stream"
  },
  {
    name: "revokeClientCertificateByBackendCertificateIdV1",
    method: "POST",
    path: "/api/smime/v1/revoke/order/{backendCertId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revoke-client-certificate-by-backend-certificate-id-v1",
    summary: "Revoke Client Certificate by backend certificate ID",
    deprecated: false
  },
  {
    name: "revokeClientCertificateBySerialNumberV1",
    method: "POST",
    path: "/api/smime/v1/revoke/serial/{serialNumber}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revoke-client-certificate-by-serial-number-v1",
    summary: "Revoke Client Certificate by Serial Number",
    deprecated: false
  },
  {
    name: "revokeClientCertificatesByEmailV1",
    method: "POST",
    path: "/api/smime/v1/revoke",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revoke-client-certificates-by-email-v1",
    summary: "Revoke All Client Certificates Related to Email",
    deprecated: false
  },
  {
    name: "revokeClientCertificateManuallyV1",
    method: "POST",
    path: "/api/smime/v1/revoke/manual",
    area: "smime",
    tag: "Client Certificates",
    operationId: "revoke-client-certificate-manually-v1",
    summary: "Mark As Revoked Client Certificate by Id or SN + Issuer",
    deprecated: false
  },
  {
    name: "deleteClientCertificateByIdV1",
    method: "DELETE",
    path: "/api/smime/v1/{certId}",
    area: "smime",
    tag: "Client Certificates",
    operationId: "delete-client-certificate-by-id-v1",
    summary: "Delete Client Certificate by Id",
    deprecated: false
  },
  {
    name: "getPublicAcmeAccountsListV1",
    method: "GET",
    path: "/api/acme/v1/account",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "get-public-acme-accounts-list-v1",
    summary: "List ACME accounts",
    deprecated: true
  },
  {
    name: "createPublicAcmeAccountV1",
    method: "POST",
    path: "/api/acme/v1/account",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "create-public-acme-account-v1",
    summary: "Create ACME account",
    deprecated: true
  },
  {
    name: "getPublicAcmeAccountDetailsV1",
    method: "GET",
    path: "/api/acme/v1/account/{id}",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "get-public-acme-account-details-v1",
    summary: "Get ACME account details",
    deprecated: true
  },
  {
    name: "updatePublicAcmeAccountV1",
    method: "PUT",
    path: "/api/acme/v1/account/{id}",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "update-public-acme-account-v1",
    summary: "Update ACME account details",
    deprecated: true
  },
  {
    name: "deletePublicAcmeAccountV1",
    method: "DELETE",
    path: "/api/acme/v1/account/{id}",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "delete-public-acme-account-v1",
    summary: "Delete ACME account",
    deprecated: true
  },
  {
    name: "addDomainsToPublicAcmeAccountV1",
    method: "POST",
    path: "/api/acme/v1/account/{id}/domains",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "add-domains-to-public-acme-account-v1",
    summary: "Add domains to ACME account",
    deprecated: true
  },
  {
    name: "removeDomainsFromPublicAcmeAccountV1",
    method: "DELETE",
    path: "/api/acme/v1/account/{id}/domains",
    area: "acme",
    tag: "Sectigo Public ACME accounts",
    operationId: "remove-domains-from-public-acme-account-v1",
    summary: "Remove domains from ACME account",
    deprecated: true
  },
  {
    name: "readCustomFieldsV1",
    method: "GET",
    path: "/api/customField/v1",
    area: "customField",
    tag: "Custom Fields",
    operationId: "read-custom-fields-v1",
    summary: "List custom fields",
    deprecated: true
  },
  {
    name: "updateCustomFieldV1",
    method: "PUT",
    path: "/api/customField/v1",
    area: "customField",
    tag: "Custom Fields",
    operationId: "update-custom-field-v1",
    summary: "Update Custom Field",
    deprecated: true
  },
  {
    name: "createCustomFieldV1",
    method: "POST",
    path: "/api/customField/v1",
    area: "customField",
    tag: "Custom Fields",
    operationId: "create-custom-field-v1",
    summary: "Create Custom Field",
    deprecated: true
  },
  {
    name: "readCustomFieldsByCertTypeV1",
    method: "GET",
    path: "/api/customField/v1/{certType}",
    area: "customField",
    tag: "Custom Fields",
    operationId: "read-custom-fields-by-cert-type-v1",
    summary: "List custom fields",
    deprecated: true
  },
  {
    name: "deleteCustomFieldV1",
    method: "DELETE",
    path: "/api/customField/v1/{id}",
    area: "customField",
    tag: "Custom Fields",
    operationId: "delete-custom-field-v1",
    summary: "Delete Custom Field",
    deprecated: true
  },
  {
    name: "getNetworkScanTaskListV2",
    method: "GET",
    path: "/api/discovery/v2/net_task",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "get-network-scan-task-list-v2",
    summary: "Get network scan task list",
    deprecated: true
  },
  {
    name: "updateNetworkTaskV2",
    method: "PUT",
    path: "/api/discovery/v2/net_task",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "update-network-task-v2",
    summary: "Update network scan task",
    deprecated: true
  },
  {
    name: "createNetworkTaskV2",
    method: "POST",
    path: "/api/discovery/v2/net_task",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "create-network-task-v2",
    summary: "Create network scan task",
    deprecated: true
  },
  {
    name: "getNetworkTaskV2",
    method: "GET",
    path: "/api/discovery/v2/net_task/{taskId}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "get-network-task-v2",
    summary: "Get network scan task",
    deprecated: true
  },
  {
    name: "deleteNetworkScanTaskV2",
    method: "DELETE",
    path: "/api/discovery/v2/net_task/{taskId}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "delete-network-scan-task-v2",
    summary: "Delete network scan task",
    deprecated: true
  },
  {
    name: "startNetworkScanTaskV2",
    method: "POST",
    path: "/api/discovery/v2/net_task/{taskId}/start",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "start-network-scan-task-v2",
    summary: "Start network scan task",
    deprecated: true
  },
  {
    name: "getNetworkScanTaskListV3",
    method: "GET",
    path: "/api/discovery/v3/net_task",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "get-network-scan-task-list-v3",
    summary: "Get network scan task list",
    deprecated: false
  },
  {
    name: "createNetworkTaskV3",
    method: "POST",
    path: "/api/discovery/v3/net_task",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "create-network-task-v3",
    summary: "Create network scan task",
    deprecated: true
  },
  {
    name: "getNetworkTaskV3",
    method: "GET",
    path: "/api/discovery/v3/net_task/{taskId}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "get-network-task-v3",
    summary: "Get network scan task",
    deprecated: true
  },
  {
    name: "deleteNetworkScanTaskV3",
    method: "DELETE",
    path: "/api/discovery/v3/net_task/{taskId}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "delete-network-scan-task-v3",
    summary: "Delete network scan task",
    deprecated: false
  },
  {
    name: "updateNetworkTaskV3",
    method: "PUT",
    path: "/api/discovery/v3/net_task/{id}",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "update-network-task-v3",
    summary: "Update network scan task",
    deprecated: true
  },
  {
    name: "startNetworkScanTaskV3",
    method: "POST",
    path: "/api/discovery/v3/net_task/{taskId}/start",
    area: "discovery",
    tag: "Network Discovery Tasks",
    operationId: "start-network-scan-task-v3",
    summary: "Start network scan task",
    deprecated: false
  },
  {
    name: "getMsAdScanTaskListV2",
    method: "GET",
    path: "/api/discovery/v2/ad_task",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "get-ms-ad-scan-task-list-v2",
    summary: "Get MS AD scan task list",
    deprecated: true
  },
  {
    name: "updateMsAdScanTaskV2",
    method: "PUT",
    path: "/api/discovery/v2/ad_task",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "update-ms-ad-scan-task-v2",
    summary: "Update MS AD scan task",
    deprecated: true
  },
  {
    name: "createMsAdScanTaskV2",
    method: "POST",
    path: "/api/discovery/v2/ad_task",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "create-ms-ad-scan-task-v2",
    summary: "Add MS AD scan task",
    deprecated: true
  },
  {
    name: "getMsAdScanTaskV2",
    method: "GET",
    path: "/api/discovery/v2/ad_task/{taskId}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "get-ms-ad-scan-task-v2",
    summary: "Get MS AD scan task",
    deprecated: true
  },
  {
    name: "deleteMsAdScanTaskV2",
    method: "DELETE",
    path: "/api/discovery/v2/ad_task/{taskId}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "delete-ms-ad-scan-task-v2",
    summary: "Delete MS AD scan task",
    deprecated: true
  },
  {
    name: "startMsAdScanTaskV2",
    method: "POST",
    path: "/api/discovery/v2/ad_task/{taskId}/start",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "start-ms-ad-scan-task-v2",
    summary: "Start MS AD scan task",
    deprecated: true
  },
  {
    name: "getMsAdScanTaskListV3",
    method: "GET",
    path: "/api/discovery/v3/ad_task",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "get-ms-ad-scan-task-list-v3",
    summary: "Get MS AD scan task list",
    deprecated: false
  },
  {
    name: "createMsAdScanTaskV3",
    method: "POST",
    path: "/api/discovery/v3/ad_task",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "create-ms-ad-scan-task-v3",
    summary: "Add MS AD scan task",
    deprecated: true
  },
  {
    name: "getMsAdScanTaskV3",
    method: "GET",
    path: "/api/discovery/v3/ad_task/{taskId}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "get-ms-ad-scan-task-v3",
    summary: "Get MS AD scan task",
    deprecated: true
  },
  {
    name: "deleteMsAdScanTaskV3",
    method: "DELETE",
    path: "/api/discovery/v3/ad_task/{taskId}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "delete-ms-ad-scan-task-v3",
    summary: "Delete MS AD scan task",
    deprecated: false
  },
  {
    name: "updateMsAdScanTaskV3",
    method: "PUT",
    path: "/api/discovery/v3/ad_task/{id}",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "update-ms-ad-scan-task-v3",
    summary: "Update MS AD scan task",
    deprecated: true
  },
  {
    name: "startMsAdScanTaskV3",
    method: "POST",
    path: "/api/discovery/v3/ad_task/{taskId}/start",
    area: "discovery",
    tag: "MS AD Discovery Tasks",
    operationId: "start-ms-ad-scan-task-v3",
    summary: "Start MS AD scan task",
    deprecated: false
  },
  {
    name: "getOrgsByRoleManagedBy",
    method: "GET",
    path: "/api/organization/v1/managedBy/{role}",
    area: "organization",
    tag: "Organizations",
    operationId: "get-orgs-by-role-managed-by",
    summary: "List organizations by role",
    deprecated: false
  }
]
