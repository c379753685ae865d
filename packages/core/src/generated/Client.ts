/**
 * One function per operation of the spec, over any HttpClient that fails non-2xx answers itself.
 *
 * Generated, do not edit: run `npx pnpm@10 generate` (scripts/generate.ts), which runs
 * @effect/openapi-generator 4.0.0-beta.107 (effect 4.0.0-beta.107) on
 * spec/scm-admin-api-25.9.2.openapi.json with spec/patches/*.json.
 *
 * @since 1.0.0
 */

import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import {
  AcmeEvDetailsValidation200,
  AddDomainsToPublicAcmeAccount200,
  AddDomainsToPublicAcmeAccountV1200,
  AddMsAgent201,
  AddNetworkAgent201,
  CheckAzureAccount200,
  ClearDomainDcv200,
  ClearDomainDcvV1200,
  CountCsodAdminRequests200,
  CountCsodDeveloperRequests200,
  CountDomains200,
  CreateCertificateBucket201,
  CreateCsodRequest200,
  CreateCustomFieldV1200,
  CreateMsAdScanTaskV2201,
  CreateNetworkTaskV2201,
  DelegateOrganizationsToAccount200,
  DelegateOrganizationsToCertificateBucket200,
  DeleteMsAgent200,
  DownloadSslFromKeyStore1200,
  DownloadSslFromKeyStore200,
  EnrollClientCertificate200,
  EnrollClientCertificateV1200,
  EnrollDeviceCertificate200,
  EnrollSslCertificate1200,
  EnrollSslCertificate200,
  EnrollSslCertificateWithKeyGen1200,
  EnrollSslCertificateWithKeyGen200,
  FindAssignmentRuleById200,
  FindCertificateBucketById200,
  GenerateActivityReport200,
  GenerateDeviceCertificatesLog200,
  GenerateDomainsLog200,
  GenerateSmimeCertificatesLog200,
  GenerateSslCertificatesLog200,
  GetAdminDetails200,
  GetAdminTemplateDetails200,
  GetAssignmentRulesCount200,
  GetAssignmentRulesIdList200,
  GetAvailableAdminRoles200,
  GetAvailableIdentityProviders200,
  GetAvailablePrivilegesForRoles200,
  GetAzureAccountDetails200,
  GetAzureAccounts200,
  GetAzureKeyVaultScanTask200,
  GetAzureKeyVaultScanTaskList200,
  GetAzureResourceGroups200,
  GetCertificateBucketsList200,
  GetCertificateList200,
  GetClientCertCustomFields200,
  GetClientCertCustomFieldsV1200,
  GetClientCertLocationDetails200,
  GetClientCertProfiles200,
  GetClientCertProfilesV1200,
  GetClientCertificateDetails200,
  GetClientCertificateDetailsV1200,
  GetClientCertificateList200,
  GetCsodAdminRequest200,
  GetCsodDeveloperRequest200,
  GetCustomFieldDetails200,
  GetDcvStatus200,
  GetDcvStatusV1200,
  GetDeviceCertLocationDetails200,
  GetDeviceCertificatesDetails200,
  GetDeviceCertificatesList200,
  GetDeviceCustomFields200,
  GetDeviceProfiles200,
  GetDnsConnectorDetails200,
  GetDnsConnectorList200,
  GetDnsConnectorProviderList200,
  GetDomainDetails200,
  GetEndpointAccountList200,
  GetEndpointList200,
  GetEnrollmentEndpointAccountDetails200,
  GetEnrollmentEndpointConfig200,
  GetEnrollmentEndpointDetails200,
  GetMsAdScanTask200,
  GetMsAdScanTaskList200,
  GetMsAdScanTaskListV2200,
  GetMsAdScanTaskListV3200,
  GetMsAdScanTaskV2200,
  GetMsAdScanTaskV3200,
  GetMsAgentDetails200,
  GetMsAgentList200,
  GetNetworkAgentDetails200,
  GetNetworkAgentList200,
  GetNetworkAgentServerDetails200,
  GetNetworkAgentServerNodeDetails200,
  GetNetworkAgentServersList1200,
  GetNetworkAgentServersList200,
  GetNetworkScanTaskList200,
  GetNetworkScanTaskListV2200,
  GetNetworkScanTaskListV3200,
  GetNetworkTask200,
  GetNetworkTaskV2200,
  GetNetworkTaskV3200,
  GetNotifyList200,
  GetNotifyTypes200,
  GetOperationResult200,
  GetOperationsList200,
  GetOrgDetails200,
  GetOrgList200,
  GetOrgListByCertType200,
  GetOrganizationValidationDetails200,
  GetOrgsByRole200,
  GetOrgsByRoleManagedBy200,
  GetPasswordStatus200,
  GetPersonIdByEmail200,
  GetPersonIdByEmailV1200,
  GetPersonInfoById200,
  GetPersonInfoByIdV1200,
  GetPublicAcmeAccountDetails200,
  GetPublicAcmeAccountDetailsV1200,
  GetPublicAcmeAccountsList200,
  GetPublicAcmeAccountsListV1200,
  GetPublicAcmeServersList200,
  GetSslCertDcvInfo1200,
  GetSslCertDcvInfo200,
  GetSslCertLocationDetails1200,
  GetSslCertLocationDetails200,
  GetSslCertTypes1200,
  GetSslCertTypes200,
  GetSslCertificateDetails1200,
  GetSslCertificateDetails200,
  GetSslCertificatesList1200,
  GetSslCertificatesList200,
  GetSslCustomFields1200,
  GetSslCustomFields200,
  GetSslKeyStoreDownloadLink200,
  GetUniversalAcmeAccountClientsList200,
  GetUniversalAcmeAccountDetails200,
  GetUniversalAcmeAccountsList200,
  GetVault200,
  ImportCertificates1200,
  ImportCertificates200,
  ImportCertificates2200,
  ImportKey200,
  ImportKeyV1200,
  ImportSslCertificate1200,
  ImportSslCertificate200,
  ListAcmeAccountClients200,
  ListAcmeAccountDomains200,
  ListAdminTemplates200,
  ListAdminUsers200,
  ListAllDcv200,
  ListAllDcvV1200,
  ListCaBackends200,
  ListClientCertLocations200,
  ListClientCertificatesByPersonEmail200,
  ListClientCertificatesByPersonEmailV1200,
  ListClientCertificatesByPersonId200,
  ListClientCertificatesByPersonIdV1200,
  ListCsodAdminRequests200,
  ListCsodDeveloperRequests200,
  ListDeviceCertLocations200,
  ListDomains200,
  ListEnrollmentEndpointAccounts200,
  ListEnrollmentEndpoints200,
  ListOrganizationValidations200,
  ListPersons200,
  ListPersonsV1200,
  ListSslCertLocations1200,
  ListSslCertLocations200,
  ReSubmitOrganizationValidation200,
  ReadCustomFieldsByCertType200,
  ReadCustomFieldsByCertTypeV1200,
  ReadCustomFieldsV1200,
  RecheckSslCertDcvInfo1202,
  RecheckSslCertDcvInfo202,
  RemoveDomainsFromPublicAcmeAccount200,
  RemoveDomainsFromPublicAcmeAccountV1200,
  RenewClientCertificateByBackendCertificateId200,
  RenewClientCertificateBySerialNumber200,
  RenewDeviceCertificateById200,
  RenewDeviceCertificateBySerialNumber200,
  RenewSslCertificateById1200,
  RenewSslCertificateById200,
  ResetClientSecret200,
  StartCnameDcv200,
  StartCnameDcvV1200,
  StartEmailDcv200,
  StartEmailDcvV1200,
  StartHttpDcv200,
  StartHttpDcvV1200,
  StartHttpsDcv200,
  StartHttpsDcvV1200,
  StartTxtDcv200,
  SubmitBulkEmailDcv200,
  SubmitBulkEmailDcvV1200,
  SubmitCnameDcv200,
  SubmitCnameDcvV1200,
  SubmitEmailDcv200,
  SubmitEmailDcvV1200,
  SubmitHttpDcv200,
  SubmitHttpDcvV1200,
  SubmitHttpsDcv200,
  SubmitHttpsDcvV1200,
  SubmitTxtDcv200,
  SubmitTxtDcvV1200,
  SyncDcv200,
  SyncDcvV1200,
  SyncOrganizationValidation200,
  UpdateCertificateBucket200,
  UpdateClientCertificateDetails200,
  UpdateClientCertificateDetailsV1200,
  UpdateCustomField200,
  UpdateCustomFieldV1200,
  UpdateDeviceCertificateDetails200,
  UpdateMsAgent200,
  UpdateNotification200,
  UpdateOrganization200,
  UpdateSslCertificateDetails1200,
  UpdateSslCertificateDetails200
} from "./Schemas.js"
import type {
  AcmeEvDetailsValidationRequestJson,
  AddDelegationRequestJson,
  AddDomainsToPublicAcmeAccountRequestJson,
  AddDomainsToPublicAcmeAccountV1RequestJson,
  AddEnrollmentEndpointConfigRequestJson,
  AddEnrollmentEndpointDelegationsRequestJson,
  AddMsAgentRequestJson,
  AddNetworkAgentRequestJson,
  AddServerToNetworkAgentRequestJson,
  ApproveCsodRequestRequestJson,
  ApproveDeviceCertificateRequestJson,
  ApproveDomainDelegationRequestJson,
  ApproveSslCertificateById1RequestJson,
  ApproveSslCertificateByIdRequestJson,
  AssignCertificatesInCertificateBucketRequestJson,
  ChangeAdminPasswordParams,
  ChangeAdminPasswordRequestJson,
  ClearDomainDcvRequestJson,
  ClearDomainDcvV1RequestJson,
  CollectClientCertificateParams,
  CollectClientCertificateV1Params,
  CollectDeviceCertificateParams,
  CollectSslCertificate1Params,
  CollectSslCertificateParams,
  CountDomainsParams,
  CreateAdminAccountRequestJson,
  CreateAdminTemplateRequestJson,
  CreateAssignmentRuleRequestJson,
  CreateAzureAccountRequestJson,
  CreateAzureKeyVaultScanTaskRequestJson,
  CreateCertificateBucketRequestJson,
  CreateClientCertCustomLocationRequestJson,
  CreateCsodRequestRequestJson,
  CreateCustomFieldRequestJson,
  CreateCustomFieldV1RequestJson,
  CreateDeviceCertCustomLocationRequestJson,
  CreateDomainRequestJson,
  CreateEnrollmentEndpointAccountRequestJson,
  CreateEnrollmentEndpointParams,
  CreateEnrollmentEndpointRequestJson,
  CreateExternalValidationAssignmentParams,
  CreateExternalValidationAssignmentRequestJson,
  CreateMsAdScanTaskRequestJson,
  CreateMsAdScanTaskV2RequestJson,
  CreateMsAdScanTaskV3RequestJson,
  CreateNetworkTaskRequestJson,
  CreateNetworkTaskV2RequestJson,
  CreateNetworkTaskV3RequestJson,
  CreateNotificationRequestJson,
  CreateOrganizationRequestJson,
  CreatePersonRequestJson,
  CreatePersonV1RequestJson,
  CreatePublicAcmeAccountRequestJson,
  CreatePublicAcmeAccountV1RequestJson,
  CreateSslCertCustomLocation1RequestJson,
  CreateSslCertCustomLocationRequestJson,
  CreateUniversalAcmeAccountRequestJson,
  CtLogMonitoringRequestJson,
  DeclineCsodRequestRequestJson,
  DeclineDeviceCertificateRequestJson,
  DeclineSslCertificateById1RequestJson,
  DeclineSslCertificateByIdRequestJson,
  DelegateDomainRequestJson,
  DelegateOrganizationsToAccountRequestJson,
  DelegateOrganizationsToCertificateBucketRequestJson,
  DeleteAdminTemplateParams,
  DeleteAdminUserParams,
  DeleteAssignmentRuleRequestJson,
  DeleteDcvRequestJson,
  DeleteDcvV1RequestJson,
  DownloadP12ClientCertificateRequestJson,
  DownloadP12ClientCertificateV1RequestJson,
  DownloadSslFromKeyStore1RequestJson,
  DownloadSslFromKeyStoreRequestJson,
  EnrollClientCertificateRequestJson,
  EnrollClientCertificateV1RequestJson,
  EnrollDeviceCertificateRequestJson,
  EnrollSslCertificate1RequestJson,
  EnrollSslCertificateRequestJson,
  EnrollSslCertificateWithKeyGen1RequestJson,
  EnrollSslCertificateWithKeyGenRequestJson,
  GenerateActivityReportParams,
  GenerateActivityReportRequestJson,
  GenerateDeviceCertificatesLogParams,
  GenerateDeviceCertificatesLogRequestJson,
  GenerateDomainsLogParams,
  GenerateSmimeCertificatesLogParams,
  GenerateSmimeCertificatesLogRequestJson,
  GenerateSslCertificatesLogParams,
  GenerateSslCertificatesLogRequestJson,
  GetAssignmentRulesIdListParams,
  GetAvailableAdminRolesParams,
  GetAvailablePrivilegesForRolesParams,
  GetAzureAccountsParams,
  GetAzureKeyVaultScanTaskListParams,
  GetCertificateBucketsListParams,
  GetCertificateListParams,
  GetClientCertProfilesParams,
  GetClientCertProfilesV1Params,
  GetClientCertificateListParams,
  GetDcvStatusRequestJson,
  GetDcvStatusV1RequestJson,
  GetDeviceCertificatesListParams,
  GetDeviceProfilesParams,
  GetDnsConnectorListParams,
  GetMsAdScanTaskListParams,
  GetMsAdScanTaskListV2Params,
  GetMsAdScanTaskListV3Params,
  GetMsAgentListParams,
  GetNetworkAgentListParams,
  GetNetworkAgentServersList1Params,
  GetNetworkAgentServersListParams,
  GetNetworkScanTaskListParams,
  GetNetworkScanTaskListV2Params,
  GetNetworkScanTaskListV3Params,
  GetNotifyListParams,
  GetOperationResultParams,
  GetOperationsListParams,
  GetPublicAcmeAccountsListParams,
  GetPublicAcmeAccountsListV1Params,
  GetPublicAcmeServersListParams,
  GetSslCertTypes1Params,
  GetSslCertTypesParams,
  GetSslCertificatesList1Params,
  GetSslCertificatesListParams,
  GetUniversalAcmeAccountClientsListParams,
  GetUniversalAcmeAccountsListParams,
  ImportCertificates1RequestJson,
  ImportCertificates2RequestJson,
  ImportCertificatesRequestJson,
  ImportKeyRequestJson,
  ImportKeyV1RequestJson,
  ImportSslCertificate1Params,
  ImportSslCertificateRequestJson,
  ListAcmeAccountClientsParams,
  ListAcmeAccountDomainsParams,
  ListAdminTemplatesParams,
  ListAdminUsersParams,
  ListAllDcvParams,
  ListAllDcvV1Params,
  ListCsodAdminRequestsParams,
  ListCsodDeveloperRequestsParams,
  ListDomainsParams,
  ListEnrollmentEndpointAccountsParams,
  ListEnrollmentEndpointsParams,
  ListPersonsParams,
  ListPersonsV1Params,
  ReSubmitOrganizationValidationParams,
  ReSubmitOrganizationValidationRequestJson,
  ReadCustomFieldsByCertTypeParams,
  RejectDomainDelegationRequestJson,
  RemoveDomainDelegationRequestJson,
  RemoveDomainsFromPublicAcmeAccountRequestJson,
  RemoveDomainsFromPublicAcmeAccountV1RequestJson,
  RenewManual1RequestJson,
  RenewManualRequestJson,
  RenewSslCertificateById1RequestJson,
  RenewSslCertificateByIdRequestJson,
  RenewSslCertificateBySerialNumber1RequestJson,
  RenewSslCertificateBySerialNumberRequestJson,
  ReplaceDeviceCertificateByIdRequestJson,
  ReplaceSslCertificateById1RequestJson,
  ReplaceSslCertificateByIdRequestJson,
  RevokeClientCertificateByBackendCertificateIdRequestJson,
  RevokeClientCertificateByBackendCertificateIdV1RequestJson,
  RevokeClientCertificateBySerialNumberRequestJson,
  RevokeClientCertificateBySerialNumberV1RequestJson,
  RevokeClientCertificateManuallyV1RequestJson,
  RevokeClientCertificatesByEmailRequestJson,
  RevokeClientCertificatesByEmailV1RequestJson,
  RevokeDeviceCertificateByIdRequestJson,
  RevokeDeviceCertificateBySerialNumberRequestJson,
  RevokeManualClientCertificateByIdOrSnPlusIssuerRequestJson,
  RevokeManualCsCertificateByIdOrSnPlusIssuerRequestJson,
  RevokeManualDeviceCertificateByIdOrSnPlusIssuerRequestJson,
  RevokeManualSslCertificateByIdOrSnPlusIssuer1RequestJson,
  RevokeManualSslCertificateByIdOrSnPlusIssuerRequestJson,
  RevokeSslCertificateById1RequestJson,
  RevokeSslCertificateByIdRequestJson,
  RevokeSslCertificateBySerialNumber1RequestJson,
  RevokeSslCertificateBySerialNumberRequestJson,
  SendInvitationRequestJson,
  SendInvitationV1RequestJson,
  StartCnameDcvRequestJson,
  StartCnameDcvV1RequestJson,
  StartEmailDcvRequestJson,
  StartEmailDcvV1RequestJson,
  StartHttpDcvRequestJson,
  StartHttpDcvV1RequestJson,
  StartHttpsDcvRequestJson,
  StartHttpsDcvV1RequestJson,
  StartTxtDcvRequestJson,
  SubmitBulkEmailDcvRequestJson,
  SubmitBulkEmailDcvV1RequestJson,
  SubmitCnameDcvRequestJson,
  SubmitCnameDcvV1RequestJson,
  SubmitCsodRequestRequestJson,
  SubmitEmailDcvRequestJson,
  SubmitEmailDcvV1RequestJson,
  SubmitHttpDcvRequestJson,
  SubmitHttpDcvV1RequestJson,
  SubmitHttpsDcvRequestJson,
  SubmitHttpsDcvV1RequestJson,
  SubmitOrganizationValidationParams,
  SubmitOrganizationValidationRequestJson,
  SubmitTxtDcvRequestJson,
  SubmitTxtDcvV1RequestJson,
  SyncDcvParams,
  SyncDcvRequestJson,
  SyncDcvV1Params,
  SyncDcvV1RequestJson,
  UpdateAdminAccountRequestJson,
  UpdateAdminTemplateRequestJson,
  UpdateAssignmentRuleRequestJson,
  UpdateAzureAccountRequestJson,
  UpdateAzureKeyVaultScanTaskRequestJson,
  UpdateCertificateBucketRequestJson,
  UpdateClientCertCustomLocationRequestJson,
  UpdateClientCertificateDetailsRequestJson,
  UpdateClientCertificateDetailsV1RequestJson,
  UpdateCustomFieldRequestJson,
  UpdateCustomFieldV1RequestJson,
  UpdateDeviceCertCustomLocationRequestJson,
  UpdateDeviceCertificateDetailsRequestJson,
  UpdateEnrollmentEndpointAccountRequestJson,
  UpdateEnrollmentEndpointParams,
  UpdateEnrollmentEndpointRequestJson,
  UpdateExternalValidationAssignmentParams,
  UpdateExternalValidationAssignmentRequestJson,
  UpdateMsAdScanTaskRequestJson,
  UpdateMsAdScanTaskV2RequestJson,
  UpdateMsAdScanTaskV3RequestJson,
  UpdateMsAgentRequestJson,
  UpdateNetworkAgentRequestJson,
  UpdateNetworkTaskRequestJson,
  UpdateNetworkTaskV2RequestJson,
  UpdateNetworkTaskV3RequestJson,
  UpdateNotificationRequestJson,
  UpdateOrganizationRequestJson,
  UpdatePersonRequestJson,
  UpdatePersonV1RequestJson,
  UpdatePublicAcmeAccountRequestJson,
  UpdatePublicAcmeAccountV1RequestJson,
  UpdateServerDetailsRequestJson,
  UpdateSslCertCustomLocation1RequestJson,
  UpdateSslCertCustomLocationRequestJson,
  UpdateSslCertificateDetails1RequestJson,
  UpdateSslCertificateDetailsRequestJson,
  UpdateUniversalAcmeAccountRequestJson,
  UpdateValidatorAdminOrganizationValidationParams,
  UpdateValidatorAdminOrganizationValidationRequestJson
} from "./Schemas.js"

export interface OperationConfig {
  /**
   * Whether or not the response should be included in the value returned from
   * an operation.
   *
   * If set to `true`, a tuple of `[A, HttpClientResponse]` will be returned,
   * where `A` is the success type of the operation.
   *
   * If set to `false`, only the success type of the operation will be returned.
   */
  readonly includeResponse?: boolean | undefined
}

/**
 * A utility type which optionally includes the response in the return result
 * of an operation based upon the value of the `includeResponse` configuration
 * option.
 */
export type WithOptionalResponse<A, Config extends OperationConfig> = Config extends {
  readonly includeResponse: true
}
  ? [A, HttpClientResponse.HttpClientResponse]
  : A

/**
 * How the operations read an answer. The client given to `make` fails every non-2xx answer
 * itself (as `ScmHttpClient` does, with `ScmError`); these turn a 2xx answer into the
 * operation's value, and fail with the same `E`.
 */
export interface Decoders<E> {
  /** A JSON body, decoded with the operation's response schema. */
  readonly json: <S extends Schema.Constraint>(
    schema: S
  ) => (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<S["Type"], E, S["DecodingServices"]>
  /** An answer whose body the operation does not read (a 204, a create's 201): drained. */
  readonly empty: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<void, E>
  /** A binary body (a collected certificate, a PKCS#12 keystore), read whole. */
  readonly bytes: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<Uint8Array, E>
  /** A binary body as it arrives. */
  readonly stream: (response: HttpClientResponse.HttpClientResponse) => Stream.Stream<Uint8Array, E>
  /** A status the spec does not document for the operation. */
  readonly unexpectedStatus: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<never, E>
}

/**
 * Options of `make`: the decoders, and a hook that may replace the client for each request.
 */
export interface MakeOptions<E> {
  readonly decoders: Decoders<E>
  readonly transformClient?:
    ((client: HttpClient.HttpClient.With<E>) => Effect.Effect<HttpClient.HttpClient.With<E>>) | undefined
}

/**
 * What the operations share, made once per client by `operationContext`: how an answer is read,
 * and how a request is sent (through `transformClient` when one is given).
 */
export interface OperationContext<E> {
  readonly decoders: Decoders<E>
  readonly decodeSuccess: Decoders<E>["json"]
  readonly unexpectedStatus: Decoders<E>["unexpectedStatus"]
  readonly withResponse: <Config extends OperationConfig>(
    config: Config | undefined
  ) => (
    f: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<unknown, E>
  ) => (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<never, E>
  readonly binaryRequest: (request: HttpClientRequest.HttpClientRequest) => Stream.Stream<Uint8Array, E>
}

/**
 * The context the operations below are made with, sending through `httpClient`, whose request
 * URLs are paths (it holds the base URL).
 */
export const operationContext = <E>(
  httpClient: HttpClient.HttpClient.With<E>,
  options: MakeOptions<E>
): OperationContext<E> => {
  const decoders = options.decoders
  const transformClient = options.transformClient
  const execute =
    transformClient === undefined
      ? (request: HttpClientRequest.HttpClientRequest) => httpClient.execute(request)
      : (request: HttpClientRequest.HttpClientRequest) =>
          Effect.flatMap(transformClient(httpClient), (client) => client.execute(request))
  // The interface gives each operation its type; this one function serves them all.
  const withResponse =
    <Config extends OperationConfig>(config: Config | undefined) =>
    (
      f: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<unknown, E>
    ): ((request: HttpClientRequest.HttpClientRequest) => Effect.Effect<never, E>) => {
      const withOptionalResponse = config?.includeResponse
        ? (response: HttpClientResponse.HttpClientResponse) =>
            Effect.map(f(response), (a): [unknown, HttpClientResponse.HttpClientResponse] => [a, response])
        : f
      return (request) => Effect.flatMap(execute(request), withOptionalResponse) as Effect.Effect<never, E>
    }
  const binaryRequest = (request: HttpClientRequest.HttpClientRequest): Stream.Stream<Uint8Array, E> =>
    Stream.unwrap(Effect.map(execute(request), decoders.stream))
  return {
    decoders,
    decodeSuccess: decoders.json,
    unexpectedStatus: decoders.unexpectedStatus,
    withResponse,
    binaryRequest
  }
}

// Each operation is also made alone from the context (`getOrgList(context)`), so that a program
// that calls a few of them, bundled, carries only those and the schemas they read; `make`, which
// names them all, carries every one.
export const getSslCertificatesList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertificatesList"] =>
  (options) =>
    HttpClientRequest.get(`/api/ssl/v2`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        commonName: options?.params?.["commonName"],
        subjectAlternativeName: options?.params?.["subjectAlternativeName"],
        status: options?.params?.["status"],
        sslTypeId: options?.params?.["sslTypeId"],
        discoveryStatus: options?.params?.["discoveryStatus"],
        vendor: options?.params?.["vendor"],
        orgId: options?.params?.["orgId"],
        installStatus: options?.params?.["installStatus"],
        renewalStatus: options?.params?.["renewalStatus"],
        issuer: options?.params?.["issuer"],
        serialNumber: options?.params?.["serialNumber"],
        requester: options?.params?.["requester"],
        externalRequester: options?.params?.["externalRequester"],
        signatureAlgorithm: options?.params?.["signatureAlgorithm"],
        keyAlgorithm: options?.params?.["keyAlgorithm"],
        keySize: options?.params?.["keySize"],
        keyParam: options?.params?.["keyParam"],
        sha1Hash: options?.params?.["sha1Hash"],
        md5Hash: options?.params?.["md5Hash"],
        sha256Hash: options?.params?.["sha256Hash"],
        keyUsage: options?.params?.["keyUsage"],
        extendedKeyUsage: options?.params?.["extendedKeyUsage"],
        requestedVia: options?.params?.["requestedVia"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertificatesList200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateSslCertificateDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateSslCertificateDetails"] =>
  (options) =>
    HttpClientRequest.put(`/api/ssl/v2`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateSslCertificateDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertLocationDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertLocationDetails"] =>
  (sslId, locationId, options) =>
    HttpClientRequest.get(`/api/ssl/v2/${encodeURIComponent(sslId)}/location/${encodeURIComponent(locationId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertLocationDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateSslCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateSslCertCustomLocation"] =>
  (sslId, locationId, options) =>
    HttpClientRequest.put(`/api/ssl/v2/${encodeURIComponent(sslId)}/location/${encodeURIComponent(locationId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteSslCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteSslCertCustomLocation"] =>
  (sslId, locationId, options) =>
    HttpClientRequest.delete(
      `/api/ssl/v2/${encodeURIComponent(sslId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertificatesList1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertificatesList1"] =>
  (options) =>
    HttpClientRequest.get(`/api/ssl/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        commonName: options?.params?.["commonName"],
        subjectAlternativeName: options?.params?.["subjectAlternativeName"],
        status: options?.params?.["status"],
        sslTypeId: options?.params?.["sslTypeId"],
        discoveryStatus: options?.params?.["discoveryStatus"],
        vendor: options?.params?.["vendor"],
        orgId: options?.params?.["orgId"],
        installStatus: options?.params?.["installStatus"],
        renewalStatus: options?.params?.["renewalStatus"],
        issuer: options?.params?.["issuer"],
        serialNumber: options?.params?.["serialNumber"],
        requester: options?.params?.["requester"],
        externalRequester: options?.params?.["externalRequester"],
        signatureAlgorithm: options?.params?.["signatureAlgorithm"],
        keyAlgorithm: options?.params?.["keyAlgorithm"],
        keySize: options?.params?.["keySize"],
        keyParam: options?.params?.["keyParam"],
        sha1Hash: options?.params?.["sha1Hash"],
        md5Hash: options?.params?.["md5Hash"],
        sha256Hash: options?.params?.["sha256Hash"],
        keyUsage: options?.params?.["keyUsage"],
        extendedKeyUsage: options?.params?.["extendedKeyUsage"],
        requestedVia: options?.params?.["requestedVia"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertificatesList1200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateSslCertificateDetails1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateSslCertificateDetails1"] =>
  (options) =>
    HttpClientRequest.put(`/api/ssl/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateSslCertificateDetails1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertLocationDetails1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getSslCertLocationDetails1"] =>
  (sslId, locationId, options) =>
    HttpClientRequest.get(`/api/ssl/v1/${encodeURIComponent(sslId)}/location/${encodeURIComponent(locationId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertLocationDetails1200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateSslCertCustomLocation1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateSslCertCustomLocation1"] =>
  (sslId, locationId, options) =>
    HttpClientRequest.put(`/api/ssl/v1/${encodeURIComponent(sslId)}/location/${encodeURIComponent(locationId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteSslCertCustomLocation1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteSslCertCustomLocation1"] =>
  (sslId, locationId, options) =>
    HttpClientRequest.delete(
      `/api/ssl/v1/${encodeURIComponent(sslId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getClientCertificateDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getClientCertificateDetails"] =>
  (certId, options) =>
    HttpClientRequest.get(`/api/smime/v2/${encodeURIComponent(certId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertificateDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateClientCertificateDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateClientCertificateDetails"] =>
  (certId, options) =>
    HttpClientRequest.put(`/api/smime/v2/${encodeURIComponent(certId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateClientCertificateDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteClientCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteClientCertificateById"] =>
  (certId, options) =>
    HttpClientRequest.delete(`/api/smime/v2/${encodeURIComponent(certId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getClientCertLocationDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getClientCertLocationDetails"] =>
  (certId, locationId, options) =>
    HttpClientRequest.get(
      `/api/smime/v2/${encodeURIComponent(certId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertLocationDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateClientCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateClientCertCustomLocation"] =>
  (certId, locationId, options) =>
    HttpClientRequest.put(
      `/api/smime/v2/${encodeURIComponent(certId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteClientCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteClientCertCustomLocation"] =>
  (certId, locationId, options) =>
    HttpClientRequest.delete(
      `/api/smime/v2/${encodeURIComponent(certId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getPersonInfoById =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getPersonInfoById"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/person/v2/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPersonInfoById200),
          orElse: unexpectedStatus
        })
      )
    )

export const updatePerson =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updatePerson"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/person/v2/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deletePerson =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deletePerson"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/person/v2/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const updateValidatorAdminOrganizationValidation =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateValidatorAdminOrganizationValidation"] =>
  (orgId, validationId, options) =>
    HttpClientRequest.put(
      `/api/organization/v2/${encodeURIComponent(orgId)}/validations/${encodeURIComponent(validationId)}/validator`
    ).pipe(
      HttpClientRequest.setUrlParams({ adminId: options.params?.["adminId"] }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "202": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const reSubmitOrganizationValidation =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["reSubmitOrganizationValidation"] =>
  (orgId, validationId, options) =>
    HttpClientRequest.put(
      `/api/organization/v2/${encodeURIComponent(orgId)}/validations/${encodeURIComponent(validationId)}/revalidate`
    ).pipe(
      HttpClientRequest.setUrlParams({
        "organizationDetails.generalDetails.legalName":
          options.params?.["organizationDetails.generalDetails.legalName"],
        "organizationDetails.generalDetails.assumedName":
          options.params?.["organizationDetails.generalDetails.assumedName"],
        "organizationDetails.generalDetails.address1": options.params?.["organizationDetails.generalDetails.address1"],
        "organizationDetails.generalDetails.address2": options.params?.["organizationDetails.generalDetails.address2"],
        "organizationDetails.generalDetails.address3": options.params?.["organizationDetails.generalDetails.address3"],
        "organizationDetails.generalDetails.city": options.params?.["organizationDetails.generalDetails.city"],
        "organizationDetails.generalDetails.stateProvince":
          options.params?.["organizationDetails.generalDetails.stateProvince"],
        "organizationDetails.generalDetails.postalCode":
          options.params?.["organizationDetails.generalDetails.postalCode"],
        "organizationDetails.generalDetails.country": options.params?.["organizationDetails.generalDetails.country"],
        "organizationDetails.organizationIdentifier": options.params?.["organizationDetails.organizationIdentifier"],
        "organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber":
          options.params?.["organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber"],
        "organizationDetails.evDetails.registrationAgency.registrationNumber":
          options.params?.["organizationDetails.evDetails.registrationAgency.registrationNumber"],
        "organizationDetails.evDetails.registrationAgency.city":
          options.params?.["organizationDetails.evDetails.registrationAgency.city"],
        "organizationDetails.evDetails.registrationAgency.state":
          options.params?.["organizationDetails.evDetails.registrationAgency.state"],
        "organizationDetails.evDetails.registrationAgency.country":
          options.params?.["organizationDetails.evDetails.registrationAgency.country"],
        "organizationDetails.evDetails.registrationAgency.dateOfIncorporation":
          options.params?.["organizationDetails.evDetails.registrationAgency.dateOfIncorporation"],
        "organizationDetails.evDetails.registrationAgency.businessCategory":
          options.params?.["organizationDetails.evDetails.registrationAgency.businessCategory"],
        "organizationDetails.evDetails.contractSigner.forename":
          options.params?.["organizationDetails.evDetails.contractSigner.forename"],
        "organizationDetails.evDetails.contractSigner.surname":
          options.params?.["organizationDetails.evDetails.contractSigner.surname"],
        "organizationDetails.evDetails.contractSigner.email":
          options.params?.["organizationDetails.evDetails.contractSigner.email"],
        "organizationDetails.evDetails.contractSigner.phoneNumber":
          options.params?.["organizationDetails.evDetails.contractSigner.phoneNumber"]
      }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ReSubmitOrganizationValidation200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateExternalValidationAssignment =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateExternalValidationAssignment"] =>
  (orgId, validationId, options) =>
    HttpClientRequest.put(
      `/api/organization/v2/${encodeURIComponent(orgId)}/validations/assignment/${encodeURIComponent(validationId)}`
    ).pipe(
      HttpClientRequest.setUrlParams({
        externalOrgId: options.params?.["externalOrgId"],
        externalOrgName: options.params?.["externalOrgName"]
      }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "202": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getOrgDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getOrgDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/organization/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOrgDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateOrganization =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateOrganization"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/organization/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateOrganization200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteOrg =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteOrg"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/organization/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const updateNotification =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateNotification"] =>
  (notificationId, options) =>
    HttpClientRequest.put(`/api/notification/v1/${encodeURIComponent(notificationId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateNotification200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteNotification =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteNotification"] =>
  (notificationId, options) =>
    HttpClientRequest.delete(`/api/notification/v1/${encodeURIComponent(notificationId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getEnrollmentEndpointDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getEnrollmentEndpointDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/endpoint/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetEnrollmentEndpointDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateEnrollmentEndpoint =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateEnrollmentEndpoint"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/endpoint/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.setUrlParams({
        name: options.params?.["name"],
        endpointType: options.params?.["endpointType"],
        uriExtension: options.params?.["uriExtension"],
        "config.enrollmentHelp": options.params?.["config.enrollmentHelp"],
        "config.enrollmentLinkName": options.params?.["config.enrollmentLinkName"],
        "config.enrollmentLinkAddress": options.params?.["config.enrollmentLinkAddress"],
        "config.webFormAuthTypes": options.params?.["config.webFormAuthTypes"],
        "config.contactName": options.params?.["config.contactName"],
        "config.contactEmail": options.params?.["config.contactEmail"],
        "config.contactPhone": options.params?.["config.contactPhone"],
        orgDelegations: options.params?.["orgDelegations"]
      }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteEnrollmentEndpoint =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteEnrollmentEndpoint"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/endpoint/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const addEnrollmentEndpointDelegations =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["addEnrollmentEndpointDelegations"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/endpoint/v1/${encodeURIComponent(id)}/delegations`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const removeEnrollmentEndpointDelegations =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["removeEnrollmentEndpointDelegations"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/endpoint/v1/${encodeURIComponent(id)}/delegations`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getEnrollmentEndpointConfig =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getEnrollmentEndpointConfig"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/endpoint/v1/${encodeURIComponent(id)}/config`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetEnrollmentEndpointConfig200),
          orElse: unexpectedStatus
        })
      )
    )

export const addEnrollmentEndpointConfig =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["addEnrollmentEndpointConfig"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/endpoint/v1/${encodeURIComponent(id)}/config`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getEnrollmentEndpointAccountDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getEnrollmentEndpointAccountDetails"] =>
  (eeId, id, options) =>
    HttpClientRequest.get(`/api/endpoint/v1/${encodeURIComponent(eeId)}/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetEnrollmentEndpointAccountDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateEnrollmentEndpointAccount =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateEnrollmentEndpointAccount"] =>
  (eeId, id, options) =>
    HttpClientRequest.put(`/api/endpoint/v1/${encodeURIComponent(eeId)}/account/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteEnrollmentEndpointAccount =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["deleteEnrollmentEndpointAccount"] =>
  (eeId, id, options) =>
    HttpClientRequest.delete(`/api/endpoint/v1/${encodeURIComponent(eeId)}/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const suspendDomain =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["suspendDomain"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/domain/v1/${encodeURIComponent(id)}/suspend`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const ctLogMonitoring =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["ctLogMonitoring"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/domain/v1/${encodeURIComponent(id)}/monitoring`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const activateDomain =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["activateDomain"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/domain/v1/${encodeURIComponent(id)}/activate`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const updateNetworkTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateNetworkTask"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/discovery/v4/net_task/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const updateMsAdScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateMsAdScanTask"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/discovery/v4/ad_task/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const findCertificateBucketById =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["findCertificateBucketById"] =>
  (bucketId, options) =>
    HttpClientRequest.get(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(FindCertificateBucketById200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateCertificateBucket =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateCertificateBucket"] =>
  (bucketId, options) =>
    HttpClientRequest.put(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateCertificateBucket200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteCertificateBucket =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteCertificateBucket"] =>
  (bucketId, options) =>
    HttpClientRequest.delete(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const resetClientSecret =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["resetClientSecret"] =>
  (bucketId, options) =>
    HttpClientRequest.put(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}/reset-client-secret`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ResetClientSecret200),
          orElse: unexpectedStatus
        })
      )
    )

export const delegateOrganizationsToCertificateBucket =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["delegateOrganizationsToCertificateBucket"] =>
  (bucketId, options) =>
    HttpClientRequest.put(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}/delegations`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(DelegateOrganizationsToCertificateBucket200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateAzureKeyVaultScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateAzureKeyVaultScanTask"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/discovery/v1/azure_task/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getAssignmentRulesIdList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAssignmentRulesIdList"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v1/assignmentrule`).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAssignmentRulesIdList200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateAssignmentRule =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateAssignmentRule"] =>
  (options) =>
    HttpClientRequest.put(`/api/discovery/v1/assignmentrule`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const createAssignmentRule =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createAssignmentRule"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v1/assignmentrule`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const updateDeviceCertificateDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateDeviceCertificateDetails"] =>
  (certId, options) =>
    HttpClientRequest.put(`/api/device/v1/${encodeURIComponent(certId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateDeviceCertificateDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteDeviceCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteDeviceCertificateById"] =>
  (certId, options) =>
    HttpClientRequest.delete(`/api/device/v1/${encodeURIComponent(certId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getDeviceCertLocationDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getDeviceCertLocationDetails"] =>
  (certId, locationId, options) =>
    HttpClientRequest.get(
      `/api/device/v1/${encodeURIComponent(certId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDeviceCertLocationDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateDeviceCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateDeviceCertCustomLocation"] =>
  (certId, locationId, options) =>
    HttpClientRequest.put(
      `/api/device/v1/${encodeURIComponent(certId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteDeviceCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteDeviceCertCustomLocation"] =>
  (certId, locationId, options) =>
    HttpClientRequest.delete(
      `/api/device/v1/${encodeURIComponent(certId)}/location/${encodeURIComponent(locationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const readCustomFieldsByCertType =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["readCustomFieldsByCertType"] =>
  (options) =>
    HttpClientRequest.get(`/api/customField/v2`).pipe(
      HttpClientRequest.setUrlParams({ certType: options?.params?.["certType"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ReadCustomFieldsByCertType200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateCustomField =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateCustomField"] =>
  (options) =>
    HttpClientRequest.put(`/api/customField/v2`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateCustomField200),
          orElse: unexpectedStatus
        })
      )
    )

export const createCustomField =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createCustomField"] =>
  (options) =>
    HttpClientRequest.post(`/api/customField/v2`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getAzureAccountDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAzureAccountDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/azure/v1/accounts/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAzureAccountDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateAzureAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateAzureAccount"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/azure/v1/accounts/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteAzureAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteAzureAccount"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/azure/v1/accounts/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const delegateOrganizationsToAccount =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["delegateOrganizationsToAccount"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/azure/v1/accounts/${encodeURIComponent(id)}/delegations`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(DelegateOrganizationsToAccount200),
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkAgentDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkAgentDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/agent/v1/network/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkAgentDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateNetworkAgent =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateNetworkAgent"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/agent/v1/network/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteNetworkAgent =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteNetworkAgent"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/agent/v1/network/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkAgentServerDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getNetworkAgentServerDetails"] =>
  (agentId, id, options) =>
    HttpClientRequest.get(`/api/agent/v1/network/${encodeURIComponent(agentId)}/server/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkAgentServerDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateServerDetails =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateServerDetails"] =>
  (agentId, id, options) =>
    HttpClientRequest.put(`/api/agent/v1/network/${encodeURIComponent(agentId)}/server/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteServerFromNetworkAgent =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteServerFromNetworkAgent"] =>
  (agentId, id, options) =>
    HttpClientRequest.delete(
      `/api/agent/v1/network/${encodeURIComponent(agentId)}/server/${encodeURIComponent(id)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAgentDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAgentDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/agent/v1/ms/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAgentDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateMsAgent =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateMsAgent"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/agent/v1/ms/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateMsAgent200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteMsAgent =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteMsAgent"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/agent/v1/ms/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(DeleteMsAgent200),
          orElse: unexpectedStatus
        })
      )
    )

export const getAdminDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAdminDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/admin/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAdminDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateAdminAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateAdminAccount"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/admin/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteAdminUser =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteAdminUser"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/admin/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.setUrlParams({ replacingRequesterId: options?.params?.["replacingRequesterId"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const unlinkFromTemplate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["unlinkFromTemplate"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/admin/v1/${encodeURIComponent(id)}/unlink`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getAdminTemplateDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAdminTemplateDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/admin-template/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAdminTemplateDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateAdminTemplate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateAdminTemplate"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/admin-template/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteAdminTemplate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteAdminTemplate"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/admin-template/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.setUrlParams({
        relatedAdminsAction: options?.params?.["relatedAdminsAction"],
        replacingRequesterId: options?.params?.["replacingRequesterId"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getPublicAcmeAccountDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getPublicAcmeAccountDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/acme/v2/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPublicAcmeAccountDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updatePublicAcmeAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updatePublicAcmeAccount"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/acme/v2/account/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deletePublicAcmeAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deletePublicAcmeAccount"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/acme/v2/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deactivatePublicAcmeAccountClient =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["deactivatePublicAcmeAccountClient"] =>
  (id, clientId, options) =>
    HttpClientRequest.put(`/api/acme/v2/account/${encodeURIComponent(id)}/client/${encodeURIComponent(clientId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getUniversalAcmeAccountDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getUniversalAcmeAccountDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/acme/v1/pca/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetUniversalAcmeAccountDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateUniversalAcmeAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateUniversalAcmeAccount"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/acme/v1/pca/account/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteUniversalAcmeAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteUniversalAcmeAccount"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/acme/v1/pca/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deactivateUniversalAcmeAccountClient =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["deactivateUniversalAcmeAccountClient"] =>
  (id, clientId, options) =>
    HttpClientRequest.put(
      `/api/acme/v1/pca/account/${encodeURIComponent(id)}/client/${encodeURIComponent(clientId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listSslCertLocations =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listSslCertLocations"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v2/${encodeURIComponent(sslId)}/location`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListSslCertLocations200),
          orElse: unexpectedStatus
        })
      )
    )

export const createSslCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createSslCertCustomLocation"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v2/${encodeURIComponent(sslId)}/location`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const recheckSslCertDcvInfo =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["recheckSslCertDcvInfo"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v2/${encodeURIComponent(sslId)}/dcv/recheck`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RecheckSslCertDcvInfo202),
          orElse: unexpectedStatus
        })
      )
    )

export const revokeSslCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["revokeSslCertificateById"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v2/revoke/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeSslCertificateBySerialNumber =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeSslCertificateBySerialNumber"] =>
  (serialNumber, options) =>
    HttpClientRequest.post(`/api/ssl/v2/revoke/serial/${encodeURIComponent(serialNumber)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeManualSslCertificateByIdOrSnPlusIssuer =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeManualSslCertificateByIdOrSnPlusIssuer"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v2/revoke/manual`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const replaceSslCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["replaceSslCertificateById"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v2/replace/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const renewSslCertificateById =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["renewSslCertificateById"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v2/renewById/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RenewSslCertificateById200),
          orElse: unexpectedStatus
        })
      )
    )

export const renewSslCertificateBySerialNumber =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["renewSslCertificateBySerialNumber"] =>
  (renewId, options) =>
    HttpClientRequest.post(`/api/ssl/v2/renew/${encodeURIComponent(renewId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const renewManual =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["renewManual"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v2/renew/manual/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const downloadSslFromKeyStore =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["downloadSslFromKeyStore"] =>
  (sslId, formatType, options) =>
    HttpClientRequest.post(`/api/ssl/v2/keystore/${encodeURIComponent(sslId)}/${encodeURIComponent(formatType)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(DownloadSslFromKeyStore200),
          orElse: unexpectedStatus
        })
      )
    )

export const importSslCertificate =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["importSslCertificate"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v2/import`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ImportSslCertificate200),
          orElse: unexpectedStatus
        })
      )
    )

export const enrollSslCertificate =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["enrollSslCertificate"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v2/enroll`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(EnrollSslCertificate200),
          orElse: unexpectedStatus
        })
      )
    )

export const enrollSslCertificateWithKeyGen =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["enrollSslCertificateWithKeyGen"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v2/enroll-keygen`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(EnrollSslCertificateWithKeyGen200),
          orElse: unexpectedStatus
        })
      )
    )

export const declineSslCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["declineSslCertificateById"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v2/decline/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const approveSslCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["approveSslCertificateById"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v2/approve/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listSslCertLocations1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listSslCertLocations1"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v1/${encodeURIComponent(sslId)}/location`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListSslCertLocations1200),
          orElse: unexpectedStatus
        })
      )
    )

export const createSslCertCustomLocation1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createSslCertCustomLocation1"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v1/${encodeURIComponent(sslId)}/location`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const recheckSslCertDcvInfo1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["recheckSslCertDcvInfo1"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v1/${encodeURIComponent(sslId)}/dcv/recheck`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RecheckSslCertDcvInfo1202),
          orElse: unexpectedStatus
        })
      )
    )

export const revokeSslCertificateById1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["revokeSslCertificateById1"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v1/revoke/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeSslCertificateBySerialNumber1 =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeSslCertificateBySerialNumber1"] =>
  (serialNumber, options) =>
    HttpClientRequest.post(`/api/ssl/v1/revoke/serial/${encodeURIComponent(serialNumber)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeManualSslCertificateByIdOrSnPlusIssuer1 =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeManualSslCertificateByIdOrSnPlusIssuer1"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v1/revoke/manual`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const replaceSslCertificateById1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["replaceSslCertificateById1"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v1/replace/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const renewSslCertificateById1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["renewSslCertificateById1"] =>
  (sslId, options) =>
    HttpClientRequest.post(`/api/ssl/v1/renewById/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RenewSslCertificateById1200),
          orElse: unexpectedStatus
        })
      )
    )

export const renewSslCertificateBySerialNumber1 =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["renewSslCertificateBySerialNumber1"] =>
  (renewId, options) =>
    HttpClientRequest.post(`/api/ssl/v1/renew/${encodeURIComponent(renewId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const renewManual1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["renewManual1"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v1/renew/manual/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getSslKeyStoreDownloadLink =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getSslKeyStoreDownloadLink"] =>
  (sslId, formatType, options) =>
    HttpClientRequest.get(`/api/ssl/v1/keystore/${encodeURIComponent(sslId)}/${encodeURIComponent(formatType)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslKeyStoreDownloadLink200),
          orElse: unexpectedStatus
        })
      )
    )

export const downloadSslFromKeyStore1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["downloadSslFromKeyStore1"] =>
  (sslId, formatType, options) =>
    HttpClientRequest.post(`/api/ssl/v1/keystore/${encodeURIComponent(sslId)}/${encodeURIComponent(formatType)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(DownloadSslFromKeyStore1200),
          orElse: unexpectedStatus
        })
      )
    )

export const importSslCertificate1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["importSslCertificate1"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v1/import`).pipe(
      HttpClientRequest.setUrlParams({ orgId: options.params["orgId"], file: options.params["file"] }),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ImportSslCertificate1200),
          orElse: unexpectedStatus
        })
      )
    )

export const enrollSslCertificate1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["enrollSslCertificate1"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v1/enroll`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(EnrollSslCertificate1200),
          orElse: unexpectedStatus
        })
      )
    )

export const enrollSslCertificateWithKeyGen1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["enrollSslCertificateWithKeyGen1"] =>
  (options) =>
    HttpClientRequest.post(`/api/ssl/v1/enroll-keygen`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(EnrollSslCertificateWithKeyGen1200),
          orElse: unexpectedStatus
        })
      )
    )

export const declineSslCertificateById1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["declineSslCertificateById1"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v1/decline/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const approveSslCertificateById1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["approveSslCertificateById1"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/ssl/v1/approve/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listClientCertLocations =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listClientCertLocations"] =>
  (certId, options) =>
    HttpClientRequest.get(`/api/smime/v2/${encodeURIComponent(certId)}/location`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListClientCertLocations200),
          orElse: unexpectedStatus
        })
      )
    )

export const createClientCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createClientCertCustomLocation"] =>
  (certId, options) =>
    HttpClientRequest.post(`/api/smime/v2/${encodeURIComponent(certId)}/location`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeClientCertificatesByEmail =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeClientCertificatesByEmail"] =>
  (options) =>
    HttpClientRequest.post(`/api/smime/v2/revoke`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeClientCertificateBySerialNumber =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeClientCertificateBySerialNumber"] =>
  (serialNumber, options) =>
    HttpClientRequest.post(`/api/smime/v2/revoke/serial/${encodeURIComponent(serialNumber)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeClientCertificateByBackendCertificateId =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeClientCertificateByBackendCertificateId"] =>
  (backendCertId, options) =>
    HttpClientRequest.post(`/api/smime/v2/revoke/order/${encodeURIComponent(backendCertId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeManualClientCertificateByIdOrSnPlusIssuer =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeManualClientCertificateByIdOrSnPlusIssuer"] =>
  (options) =>
    HttpClientRequest.post(`/api/smime/v2/revoke/manual`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const renewClientCertificateBySerialNumber =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["renewClientCertificateBySerialNumber"] =>
  (serialNumber, options) =>
    HttpClientRequest.post(`/api/smime/v2/renew/serial/${encodeURIComponent(serialNumber)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RenewClientCertificateBySerialNumber200),
          orElse: unexpectedStatus
        })
      )
    )

export const renewClientCertificateByBackendCertificateId =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["renewClientCertificateByBackendCertificateId"] =>
  (backendCertId, options) =>
    HttpClientRequest.post(`/api/smime/v2/renew/order/${encodeURIComponent(backendCertId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RenewClientCertificateByBackendCertificateId200),
          orElse: unexpectedStatus
        })
      )
    )

export const downloadP12ClientCertificate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["downloadP12ClientCertificate"] =>
  (certId, options) =>
    HttpClientRequest.post(`/api/smime/v2/keystore/${encodeURIComponent(certId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decoders.bytes,
          orElse: unexpectedStatus
        })
      )
    )

export const downloadP12ClientCertificateStream =
  <E>({ binaryRequest }: OperationContext<E>): ScmApi<E>["downloadP12ClientCertificateStream"] =>
  (certId, options) =>
    HttpClientRequest.post(`/api/smime/v2/keystore/${encodeURIComponent(certId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      binaryRequest
    )

export const importCertificates =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["importCertificates"] =>
  (options) =>
    HttpClientRequest.post(`/api/smime/v2/import`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ImportCertificates200),
          orElse: unexpectedStatus
        })
      )
    )

export const enrollClientCertificate =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["enrollClientCertificate"] =>
  (options) =>
    HttpClientRequest.post(`/api/smime/v2/enroll`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(EnrollClientCertificate200),
          orElse: unexpectedStatus
        })
      )
    )

export const generateSslCertificatesLog =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["generateSslCertificatesLog"] =>
  (options) =>
    HttpClientRequest.post(`/api/report/v1/ssl-certificates`).pipe(
      HttpClientRequest.setUrlParams({ output_type: options.params?.["output_type"] }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GenerateSslCertificatesLog200),
          orElse: unexpectedStatus
        })
      )
    )

export const generateDomainsLog =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["generateDomainsLog"] =>
  (options) =>
    HttpClientRequest.post(`/api/report/v1/domains`).pipe(
      HttpClientRequest.setUrlParams({ output_type: options?.params?.["output_type"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GenerateDomainsLog200),
          orElse: unexpectedStatus
        })
      )
    )

export const generateDeviceCertificatesLog =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["generateDeviceCertificatesLog"] =>
  (options) =>
    HttpClientRequest.post(`/api/report/v1/device-certificates`).pipe(
      HttpClientRequest.setUrlParams({ output_type: options.params?.["output_type"] }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GenerateDeviceCertificatesLog200),
          orElse: unexpectedStatus
        })
      )
    )

export const generateSmimeCertificatesLog =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["generateSmimeCertificatesLog"] =>
  (options) =>
    HttpClientRequest.post(`/api/report/v1/client-certificates`).pipe(
      HttpClientRequest.setUrlParams({ output_type: options.params?.["output_type"] }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GenerateSmimeCertificatesLog200),
          orElse: unexpectedStatus
        })
      )
    )

export const generateActivityReport =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["generateActivityReport"] =>
  (options) =>
    HttpClientRequest.post(`/api/report/v1/activity`).pipe(
      HttpClientRequest.setUrlParams({ output_type: options.params?.["output_type"] }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GenerateActivityReport200),
          orElse: unexpectedStatus
        })
      )
    )

export const listPersons =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listPersons"] =>
  (options) =>
    HttpClientRequest.get(`/api/person/v2`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        email: options?.params?.["email"],
        name: options?.params?.["name"],
        organizationId: options?.params?.["organizationId"],
        commonName: options?.params?.["commonName"],
        phone: options?.params?.["phone"],
        secondaryEmail: options?.params?.["secondaryEmail"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListPersons200),
          orElse: unexpectedStatus
        })
      )
    )

export const createPerson =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createPerson"] =>
  (options) =>
    HttpClientRequest.post(`/api/person/v2`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const importKey =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["importKey"] =>
  (personId, options) =>
    HttpClientRequest.post(`/api/person/v2/${encodeURIComponent(personId)}/import-key`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ImportKey200),
          orElse: unexpectedStatus
        })
      )
    )

export const sendInvitation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["sendInvitation"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/person/v2/${encodeURIComponent(id)}/invitation/send`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "202": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const syncOrganizationValidation =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["syncOrganizationValidation"] =>
  (orgId, validationId, options) =>
    HttpClientRequest.post(
      `/api/organization/v2/${encodeURIComponent(orgId)}/validations/${encodeURIComponent(validationId)}/sync`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SyncOrganizationValidation200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitOrganizationValidation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitOrganizationValidation"] =>
  (orgId, options) =>
    HttpClientRequest.post(`/api/organization/v2/${encodeURIComponent(orgId)}/validations/submit`).pipe(
      HttpClientRequest.setUrlParams({
        validationLevel: options.params?.["validationLevel"],
        alternative: options.params?.["alternative"],
        backendId: options.params?.["backendId"],
        overwriteIfExists: options.params?.["overwriteIfExists"],
        "organizationDetails.generalDetails.legalName":
          options.params?.["organizationDetails.generalDetails.legalName"],
        "organizationDetails.generalDetails.assumedName":
          options.params?.["organizationDetails.generalDetails.assumedName"],
        "organizationDetails.generalDetails.address1": options.params?.["organizationDetails.generalDetails.address1"],
        "organizationDetails.generalDetails.address2": options.params?.["organizationDetails.generalDetails.address2"],
        "organizationDetails.generalDetails.address3": options.params?.["organizationDetails.generalDetails.address3"],
        "organizationDetails.generalDetails.city": options.params?.["organizationDetails.generalDetails.city"],
        "organizationDetails.generalDetails.stateProvince":
          options.params?.["organizationDetails.generalDetails.stateProvince"],
        "organizationDetails.generalDetails.postalCode":
          options.params?.["organizationDetails.generalDetails.postalCode"],
        "organizationDetails.generalDetails.country": options.params?.["organizationDetails.generalDetails.country"],
        "organizationDetails.organizationIdentifier": options.params?.["organizationDetails.organizationIdentifier"],
        "organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber":
          options.params?.["organizationDetails.evDetails.registrationAgency.dunAndBradstreetNumber"],
        "organizationDetails.evDetails.registrationAgency.registrationNumber":
          options.params?.["organizationDetails.evDetails.registrationAgency.registrationNumber"],
        "organizationDetails.evDetails.registrationAgency.city":
          options.params?.["organizationDetails.evDetails.registrationAgency.city"],
        "organizationDetails.evDetails.registrationAgency.state":
          options.params?.["organizationDetails.evDetails.registrationAgency.state"],
        "organizationDetails.evDetails.registrationAgency.country":
          options.params?.["organizationDetails.evDetails.registrationAgency.country"],
        "organizationDetails.evDetails.registrationAgency.dateOfIncorporation":
          options.params?.["organizationDetails.evDetails.registrationAgency.dateOfIncorporation"],
        "organizationDetails.evDetails.registrationAgency.businessCategory":
          options.params?.["organizationDetails.evDetails.registrationAgency.businessCategory"],
        "organizationDetails.evDetails.contractSigner.forename":
          options.params?.["organizationDetails.evDetails.contractSigner.forename"],
        "organizationDetails.evDetails.contractSigner.surname":
          options.params?.["organizationDetails.evDetails.contractSigner.surname"],
        "organizationDetails.evDetails.contractSigner.email":
          options.params?.["organizationDetails.evDetails.contractSigner.email"],
        "organizationDetails.evDetails.contractSigner.phoneNumber":
          options.params?.["organizationDetails.evDetails.contractSigner.phoneNumber"]
      }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const createExternalValidationAssignment =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["createExternalValidationAssignment"] =>
  (orgId, options) =>
    HttpClientRequest.post(`/api/organization/v2/${encodeURIComponent(orgId)}/validations/assignment`).pipe(
      HttpClientRequest.setUrlParams({
        validationLevel: options.params?.["validationLevel"],
        caBackendId: options.params?.["caBackendId"],
        alternative: options.params?.["alternative"],
        overwriteIfExists: options.params?.["overwriteIfExists"],
        externalOrgId: options.params?.["externalOrgId"],
        externalOrgName: options.params?.["externalOrgName"]
      }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getOrgList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getOrgList"] =>
  (options) =>
    HttpClientRequest.get(`/api/organization/v1`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOrgList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createOrganization =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createOrganization"] =>
  (options) =>
    HttpClientRequest.post(`/api/organization/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNotifyList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNotifyList"] =>
  (options) =>
    HttpClientRequest.get(`/api/notification/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        description: options?.params?.["description"],
        id: options?.params?.["id"],
        orgId: options?.params?.["orgId"],
        selectedOrgType: options?.params?.["selectedOrgType"],
        type: options?.params?.["type"],
        certTypeId: options?.params?.["certTypeId"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNotifyList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createNotification =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createNotification"] =>
  (options) =>
    HttpClientRequest.post(`/api/notification/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listEnrollmentEndpoints =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listEnrollmentEndpoints"] =>
  (options) =>
    HttpClientRequest.get(`/api/endpoint/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        uriExtension: options?.params?.["uriExtension"],
        endpointTypes: options?.params?.["endpointTypes"],
        "endpointTypes[]": options?.params?.["endpointTypes[]"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListEnrollmentEndpoints200),
          orElse: unexpectedStatus
        })
      )
    )

export const createEnrollmentEndpoint =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createEnrollmentEndpoint"] =>
  (options) =>
    HttpClientRequest.post(`/api/endpoint/v1`).pipe(
      HttpClientRequest.setUrlParams({
        name: options.params?.["name"],
        endpointType: options.params?.["endpointType"],
        uriExtension: options.params?.["uriExtension"],
        "config.enrollmentHelp": options.params?.["config.enrollmentHelp"],
        "config.enrollmentLinkName": options.params?.["config.enrollmentLinkName"],
        "config.enrollmentLinkAddress": options.params?.["config.enrollmentLinkAddress"],
        "config.webFormAuthTypes": options.params?.["config.webFormAuthTypes"],
        "config.contactName": options.params?.["config.contactName"],
        "config.contactEmail": options.params?.["config.contactEmail"],
        "config.contactPhone": options.params?.["config.contactPhone"],
        orgDelegations: options.params?.["orgDelegations"]
      }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listEnrollmentEndpointAccounts =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["listEnrollmentEndpointAccounts"] =>
  (eeId, options) =>
    HttpClientRequest.get(`/api/endpoint/v1/${encodeURIComponent(eeId)}/account`).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListEnrollmentEndpointAccounts200),
          orElse: unexpectedStatus
        })
      )
    )

export const createEnrollmentEndpointAccount =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["createEnrollmentEndpointAccount"] =>
  (eeId, options) =>
    HttpClientRequest.post(`/api/endpoint/v1/${encodeURIComponent(eeId)}/account`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listDomains =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listDomains"] =>
  (options) =>
    HttpClientRequest.get(`/api/domain/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        state: options?.params?.["state"],
        status: options?.params?.["status"],
        orgId: options?.params?.["orgId"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListDomains200),
          orElse: unexpectedStatus
        })
      )
    )

export const createDomain =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createDomain"] =>
  (options) =>
    HttpClientRequest.post(`/api/domain/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const delegateDomain =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["delegateDomain"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/domain/v1/${encodeURIComponent(id)}/delegation`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const removeDomainDelegation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["removeDomainDelegation"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/domain/v1/${encodeURIComponent(id)}/delegation`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const rejectDomainDelegation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["rejectDomainDelegation"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/domain/v1/${encodeURIComponent(id)}/delegation/reject`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const approveDomainDelegation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["approveDomainDelegation"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/domain/v1/${encodeURIComponent(id)}/delegation/approve`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const addDelegation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["addDelegation"] =>
  (options) =>
    HttpClientRequest.post(`/api/domain/v1/delegation`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkScanTaskList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkScanTaskList"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v4/net_task`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkScanTaskList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createNetworkTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createNetworkTask"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v4/net_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startNetworkScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startNetworkScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.post(`/api/discovery/v4/net_task/${encodeURIComponent(taskId)}/start`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAdScanTaskList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAdScanTaskList"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v4/ad_task`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAdScanTaskList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createMsAdScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createMsAdScanTask"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v4/ad_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startMsAdScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startMsAdScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.post(`/api/discovery/v4/ad_task/${encodeURIComponent(taskId)}/start`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const stopOperation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["stopOperation"] =>
  (type, taskId, opId, options) =>
    HttpClientRequest.post(
      `/api/discovery/v1/${encodeURIComponent(type)}/${encodeURIComponent(taskId)}/operation/${encodeURIComponent(opId)}/stop`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getCertificateBucketsList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getCertificateBucketsList"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v1/bucket`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        orgId: options?.params?.["orgId"],
        delegationMode: options?.params?.["delegationMode"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetCertificateBucketsList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createCertificateBucket =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createCertificateBucket"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v1/bucket`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CreateCertificateBucket201),
          orElse: unexpectedStatus
        })
      )
    )

export const runRulesForCertificateBucket =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["runRulesForCertificateBucket"] =>
  (bucketId, options) =>
    HttpClientRequest.post(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}/runrules`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const assignCertificatesInCertificateBucket =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["assignCertificatesInCertificateBucket"] =>
  (bucketId, options) =>
    HttpClientRequest.post(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}/assign`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getAzureKeyVaultScanTaskList =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getAzureKeyVaultScanTaskList"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v1/azure_task`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAzureKeyVaultScanTaskList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createAzureKeyVaultScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createAzureKeyVaultScanTask"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v1/azure_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startAzureKeyVaultScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startAzureKeyVaultScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.post(`/api/discovery/v1/azure_task/${encodeURIComponent(taskId)}/start`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listDeviceCertLocations =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listDeviceCertLocations"] =>
  (certId, options) =>
    HttpClientRequest.get(`/api/device/v1/${encodeURIComponent(certId)}/location`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListDeviceCertLocations200),
          orElse: unexpectedStatus
        })
      )
    )

export const createDeviceCertCustomLocation =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createDeviceCertCustomLocation"] =>
  (certId, options) =>
    HttpClientRequest.post(`/api/device/v1/${encodeURIComponent(certId)}/location`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeDeviceCertificateBySerialNumber =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeDeviceCertificateBySerialNumber"] =>
  (serialNumber, options) =>
    HttpClientRequest.post(`/api/device/v1/revoke/serial/${encodeURIComponent(serialNumber)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeDeviceCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["revokeDeviceCertificateById"] =>
  (deviceCertId, options) =>
    HttpClientRequest.post(`/api/device/v1/revoke/order/${encodeURIComponent(deviceCertId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeManualDeviceCertificateByIdOrSnPlusIssuer =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeManualDeviceCertificateByIdOrSnPlusIssuer"] =>
  (options) =>
    HttpClientRequest.post(`/api/device/v1/revoke/manual`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const replaceDeviceCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["replaceDeviceCertificateById"] =>
  (deviceCertId, options) =>
    HttpClientRequest.post(`/api/device/v1/replace/order/${encodeURIComponent(deviceCertId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const renewDeviceCertificateBySerialNumber =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["renewDeviceCertificateBySerialNumber"] =>
  (serialNumber, options) =>
    HttpClientRequest.post(`/api/device/v1/renew/serial/${encodeURIComponent(serialNumber)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RenewDeviceCertificateBySerialNumber200),
          orElse: unexpectedStatus
        })
      )
    )

export const renewDeviceCertificateById =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["renewDeviceCertificateById"] =>
  (deviceCertId, options) =>
    HttpClientRequest.post(`/api/device/v1/renew/order/${encodeURIComponent(deviceCertId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RenewDeviceCertificateById200),
          orElse: unexpectedStatus
        })
      )
    )

export const importCertificates1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["importCertificates1"] =>
  (options) =>
    HttpClientRequest.post(`/api/device/v1/import`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ImportCertificates1200),
          orElse: unexpectedStatus
        })
      )
    )

export const enrollDeviceCertificate =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["enrollDeviceCertificate"] =>
  (options) =>
    HttpClientRequest.post(`/api/device/v1/enroll`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(EnrollDeviceCertificate200),
          orElse: unexpectedStatus
        })
      )
    )

export const declineDeviceCertificate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["declineDeviceCertificate"] =>
  (deviceCertId, options) =>
    HttpClientRequest.post(`/api/device/v1/decline/${encodeURIComponent(deviceCertId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const approveDeviceCertificate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["approveDeviceCertificate"] =>
  (deviceCertId, options) =>
    HttpClientRequest.post(`/api/device/v1/approve/${encodeURIComponent(deviceCertId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const syncDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["syncDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/sync`).pipe(
      HttpClientRequest.setUrlParams({ force: options.params?.["force"] }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SyncDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitTxtDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitTxtDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/submit/domain/txt`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitTxtDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitHttpsDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitHttpsDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/submit/domain/https`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitHttpsDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitHttpDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitHttpDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/submit/domain/http`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitHttpDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitEmailDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitEmailDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/submit/domain/email`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitEmailDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitCnameDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitCnameDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/submit/domain/cname`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitCnameDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitBulkEmailDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitBulkEmailDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/submit-bulk/domain/email`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitBulkEmailDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDcvStatus =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDcvStatus"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/status`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDcvStatus200),
          orElse: unexpectedStatus
        })
      )
    )

export const startTxtDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startTxtDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/start/domain/txt`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartTxtDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const startHttpsDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startHttpsDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/start/domain/https`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartHttpsDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const startHttpDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startHttpDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/start/domain/http`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartHttpDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const startEmailDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startEmailDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/start/domain/email`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartEmailDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const startCnameDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startCnameDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/start/domain/cname`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartCnameDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteDcv =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/delete`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const clearDomainDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["clearDomainDcv"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v2/validation/clear`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ClearDomainDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const revokeManualCsCertificateByIdOrSnPlusIssuer =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeManualCsCertificateByIdOrSnPlusIssuer"] =>
  (options) =>
    HttpClientRequest.post(`/api/cscert/v1/revoke/manual`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const importCertificates2 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["importCertificates2"] =>
  (options) =>
    HttpClientRequest.post(`/api/cscert/v1/import`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ImportCertificates2200),
          orElse: unexpectedStatus
        })
      )
    )

export const getAzureAccounts =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAzureAccounts"] =>
  (options) =>
    HttpClientRequest.get(`/api/azure/v1/accounts`).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAzureAccounts200),
          orElse: unexpectedStatus
        })
      )
    )

export const createAzureAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createAzureAccount"] =>
  (options) =>
    HttpClientRequest.post(`/api/azure/v1/accounts`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkAgentList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkAgentList"] =>
  (options) =>
    HttpClientRequest.get(`/api/agent/v1/network`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        orgId: options?.params?.["orgId"],
        includeDepOfOrg: options?.params?.["includeDepOfOrg"],
        version: options?.params?.["version"],
        status: options?.params?.["status"],
        id: options?.params?.["id"],
        name: options?.params?.["name"],
        active: options?.params?.["active"],
        countOnly: options?.params?.["countOnly"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkAgentList200),
          orElse: unexpectedStatus
        })
      )
    )

export const addNetworkAgent =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["addNetworkAgent"] =>
  (options) =>
    HttpClientRequest.post(`/api/agent/v1/network`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(AddNetworkAgent201),
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkAgentServersList =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getNetworkAgentServersList"] =>
  (agentId, options) =>
    HttpClientRequest.get(`/api/agent/v1/network/${encodeURIComponent(agentId)}/server`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        vendor: options?.params?.["vendor"],
        status: options?.params?.["status"],
        countOnly: options?.params?.["countOnly"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkAgentServersList200),
          orElse: unexpectedStatus
        })
      )
    )

export const addServerToNetworkAgent =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["addServerToNetworkAgent"] =>
  (agentId, options) =>
    HttpClientRequest.post(`/api/agent/v1/network/${encodeURIComponent(agentId)}/server`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAgentList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAgentList"] =>
  (options) =>
    HttpClientRequest.get(`/api/agent/v1/ms`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        active: options?.params?.["active"],
        version: options?.params?.["version"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAgentList200),
          orElse: unexpectedStatus
        })
      )
    )

export const addMsAgent =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["addMsAgent"] =>
  (options) =>
    HttpClientRequest.post(`/api/agent/v1/ms`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(AddMsAgent201),
          orElse: unexpectedStatus
        })
      )
    )

export const listAdminUsers =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listAdminUsers"] =>
  (options) =>
    HttpClientRequest.get(`/api/admin/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        login: options?.params?.["login"],
        email: options?.params?.["email"],
        activeState: options?.params?.["activeState"],
        orgId: options?.params?.["orgId"],
        type: options?.params?.["type"],
        templateId: options?.params?.["templateId"],
        identityProviderId: options?.params?.["identityProviderId"],
        role: options?.params?.["role"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListAdminUsers200),
          orElse: unexpectedStatus
        })
      )
    )

export const createAdminAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createAdminAccount"] =>
  (options) =>
    HttpClientRequest.post(`/api/admin/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const changeAdminPassword =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["changeAdminPassword"] =>
  (options) =>
    HttpClientRequest.post(`/api/admin/v1/changepassword`).pipe(
      HttpClientRequest.setHeaders({ password: options.params["password"] ?? undefined }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listAdminTemplates =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listAdminTemplates"] =>
  (options) =>
    HttpClientRequest.get(`/api/admin-template/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        orgId: options?.params?.["orgId"],
        identityProviderId: options?.params?.["identityProviderId"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListAdminTemplates200),
          orElse: unexpectedStatus
        })
      )
    )

export const createAdminTemplate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createAdminTemplate"] =>
  (options) =>
    HttpClientRequest.post(`/api/admin-template/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getPublicAcmeAccountsList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getPublicAcmeAccountsList"] =>
  (options) =>
    HttpClientRequest.get(`/api/acme/v2/account`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        organizationId: options?.params?.["organizationId"],
        certValidationType: options?.params?.["certValidationType"],
        name: options?.params?.["name"],
        acmeServer: options?.params?.["acmeServer"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPublicAcmeAccountsList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createPublicAcmeAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createPublicAcmeAccount"] =>
  (options) =>
    HttpClientRequest.post(`/api/acme/v2/account`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listAcmeAccountDomains =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listAcmeAccountDomains"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/acme/v2/account/${encodeURIComponent(id)}/domain`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        expiresWithinNextDays: options?.params?.["expiresWithinNextDays"],
        stickyExpiresWithinNextDays: options?.params?.["stickyExpiresWithinNextDays"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListAcmeAccountDomains200),
          orElse: unexpectedStatus
        })
      )
    )

export const addDomainsToPublicAcmeAccount =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["addDomainsToPublicAcmeAccount"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/acme/v2/account/${encodeURIComponent(id)}/domain`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(AddDomainsToPublicAcmeAccount200),
          orElse: unexpectedStatus
        })
      )
    )

export const removeDomainsFromPublicAcmeAccount =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["removeDomainsFromPublicAcmeAccount"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/acme/v2/account/${encodeURIComponent(id)}/domain`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RemoveDomainsFromPublicAcmeAccount200),
          orElse: unexpectedStatus
        })
      )
    )

export const getUniversalAcmeAccountsList =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getUniversalAcmeAccountsList"] =>
  (options) =>
    HttpClientRequest.get(`/api/acme/v1/pca/account`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        organizationId: options?.params?.["organizationId"],
        name: options?.params?.["name"],
        acmeServer: options?.params?.["acmeServer"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetUniversalAcmeAccountsList200),
          orElse: unexpectedStatus
        })
      )
    )

export const createUniversalAcmeAccount =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createUniversalAcmeAccount"] =>
  (options) =>
    HttpClientRequest.post(`/api/acme/v1/pca/account`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const acmeEvDetailsValidation =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["acmeEvDetailsValidation"] =>
  (options) =>
    HttpClientRequest.post(`/api/acme/v1/evdetails/validation`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(AcmeEvDetailsValidation200),
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertificateDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertificateDetails"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v2/${encodeURIComponent(sslId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertificateDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteSslCertificateById =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteSslCertificateById"] =>
  (sslId, options) =>
    HttpClientRequest.delete(`/api/ssl/v2/${encodeURIComponent(sslId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertDcvInfo =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertDcvInfo"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v2/${encodeURIComponent(sslId)}/dcv`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertDcvInfo200),
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertTypes =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertTypes"] =>
  (options) =>
    HttpClientRequest.get(`/api/ssl/v2/types`).pipe(
      HttpClientRequest.setUrlParams({ organizationId: options?.params?.["organizationId"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertTypes200),
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCustomFields =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCustomFields"] =>
  (options) =>
    HttpClientRequest.get(`/api/ssl/v2/customFields`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCustomFields200),
          orElse: unexpectedStatus
        })
      )
    )

export const collectSslCertificate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["collectSslCertificate"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v2/collect/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decoders.bytes,
          orElse: unexpectedStatus
        })
      )
    )

export const collectSslCertificateStream =
  <E>({ binaryRequest }: OperationContext<E>): ScmApi<E>["collectSslCertificateStream"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v2/collect/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      binaryRequest
    )

export const getSslCertificateDetails1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertificateDetails1"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v1/${encodeURIComponent(sslId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertificateDetails1200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteSslCertificateById1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteSslCertificateById1"] =>
  (sslId, options) =>
    HttpClientRequest.delete(`/api/ssl/v1/${encodeURIComponent(sslId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertDcvInfo1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertDcvInfo1"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v1/${encodeURIComponent(sslId)}/dcv`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertDcvInfo1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCertTypes1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCertTypes1"] =>
  (options) =>
    HttpClientRequest.get(`/api/ssl/v1/types`).pipe(
      HttpClientRequest.setUrlParams({ organizationId: options?.params?.["organizationId"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCertTypes1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getSslCustomFields1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getSslCustomFields1"] =>
  (options) =>
    HttpClientRequest.get(`/api/ssl/v1/customFields`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetSslCustomFields1200),
          orElse: unexpectedStatus
        })
      )
    )

export const collectSslCertificate1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["collectSslCertificate1"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v1/collect/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decoders.bytes,
          orElse: unexpectedStatus
        })
      )
    )

export const collectSslCertificate1Stream =
  <E>({ binaryRequest }: OperationContext<E>): ScmApi<E>["collectSslCertificate1Stream"] =>
  (sslId, options) =>
    HttpClientRequest.get(`/api/ssl/v1/collect/${encodeURIComponent(sslId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      binaryRequest
    )

export const getClientCertificateList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getClientCertificateList"] =>
  (options) =>
    HttpClientRequest.get(`/api/smime/v2`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        keyVault: options?.params?.["keyVault"],
        state: options?.params?.["state"],
        certTypeId: options?.params?.["certTypeId"],
        personId: options?.params?.["personId"],
        backendCertId: options?.params?.["backendCertId"],
        serialNumber: options?.params?.["serialNumber"],
        signatureAlgorithm: options?.params?.["signatureAlgorithm"],
        keyAlgorithm: options?.params?.["keyAlgorithm"],
        keyParam: options?.params?.["keyParam"],
        keyUsage: options?.params?.["keyUsage"],
        extendedKeyUsage: options?.params?.["extendedKeyUsage"],
        email: options?.params?.["email"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertificateList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getClientCertProfiles =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getClientCertProfiles"] =>
  (options) =>
    HttpClientRequest.get(`/api/smime/v2/types`).pipe(
      HttpClientRequest.setUrlParams({ organizationId: options?.params?.["organizationId"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertProfiles200),
          orElse: unexpectedStatus
        })
      )
    )

export const getClientCertCustomFields =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getClientCertCustomFields"] =>
  (options) =>
    HttpClientRequest.get(`/api/smime/v2/customFields`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertCustomFields200),
          orElse: unexpectedStatus
        })
      )
    )

export const collectClientCertificate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["collectClientCertificate"] =>
  (backendCertId, options) =>
    HttpClientRequest.get(`/api/smime/v2/collect/${encodeURIComponent(backendCertId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decoders.bytes,
          orElse: unexpectedStatus
        })
      )
    )

export const collectClientCertificateStream =
  <E>({ binaryRequest }: OperationContext<E>): ScmApi<E>["collectClientCertificateStream"] =>
  (backendCertId, options) =>
    HttpClientRequest.get(`/api/smime/v2/collect/${encodeURIComponent(backendCertId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      binaryRequest
    )

export const getEndpointList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getEndpointList"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/person/v2/${encodeURIComponent(id)}/invitation/endpoint`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetEndpointList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getEndpointAccountList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getEndpointAccountList"] =>
  (id, endpointId, options) =>
    HttpClientRequest.get(
      `/api/person/v2/${encodeURIComponent(id)}/invitation/endpoint/${encodeURIComponent(endpointId)}/account`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetEndpointAccountList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getPersonIdByEmail =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getPersonIdByEmail"] =>
  (email, options) =>
    HttpClientRequest.get(`/api/person/v2/id/byEmail/${encodeURIComponent(email)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPersonIdByEmail200),
          orElse: unexpectedStatus
        })
      )
    )

export const listOrganizationValidations =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["listOrganizationValidations"] =>
  (orgId, options) =>
    HttpClientRequest.get(`/api/organization/v2/${encodeURIComponent(orgId)}/validations`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListOrganizationValidations200),
          orElse: unexpectedStatus
        })
      )
    )

export const getOrganizationValidationDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getOrganizationValidationDetails"] =>
  (orgId, validationId, options) =>
    HttpClientRequest.get(
      `/api/organization/v2/${encodeURIComponent(orgId)}/validations/${encodeURIComponent(validationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOrganizationValidationDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const resetAndRemoveOrganizationValidation =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["resetAndRemoveOrganizationValidation"] =>
  (orgId, validationId, options) =>
    HttpClientRequest.delete(
      `/api/organization/v2/${encodeURIComponent(orgId)}/validations/${encodeURIComponent(validationId)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getOrgListByCertType =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getOrgListByCertType"] =>
  (reportType, options) =>
    HttpClientRequest.get(`/api/organization/v1/report-type/${encodeURIComponent(reportType)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOrgListByCertType200),
          orElse: unexpectedStatus
        })
      )
    )

export const getOrgsByRole =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getOrgsByRole"] =>
  (role, options) =>
    HttpClientRequest.get(`/api/organization/v1/managed-by/${encodeURIComponent(role)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOrgsByRole200),
          orElse: unexpectedStatus
        })
      )
    )

export const getNotifyTypes =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNotifyTypes"] =>
  (options) =>
    HttpClientRequest.get(`/api/notification/v1/types`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNotifyTypes200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDomainDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDomainDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/domain/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDomainDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteDomain =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteDomain"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/domain/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkTask =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkTask"] =>
  (taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v4/net_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkTask200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteNetworkScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteNetworkScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.delete(`/api/discovery/v4/net_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAdScanTask =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAdScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v4/ad_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAdScanTask200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteMsAdScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteMsAdScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.delete(`/api/discovery/v4/ad_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getOperationsList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getOperationsList"] =>
  (type, taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v1/${encodeURIComponent(type)}/${encodeURIComponent(taskId)}/operation`).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOperationsList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getOperationResult =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getOperationResult"] =>
  (type, taskId, opId, options) =>
    HttpClientRequest.get(
      `/api/discovery/v1/${encodeURIComponent(type)}/${encodeURIComponent(taskId)}/operation/${encodeURIComponent(opId)}/result`
    ).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOperationResult200),
          orElse: unexpectedStatus
        })
      )
    )

export const getCertificateList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getCertificateList"] =>
  (bucketId, options) =>
    HttpClientRequest.get(`/api/discovery/v1/bucket/${encodeURIComponent(bucketId)}/certificates`).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetCertificateList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getAzureKeyVaultScanTask =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAzureKeyVaultScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v1/azure_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAzureKeyVaultScanTask200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteAzureKeyVaultScanTask =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteAzureKeyVaultScanTask"] =>
  (taskId, options) =>
    HttpClientRequest.delete(`/api/discovery/v1/azure_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const findAssignmentRuleById =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["findAssignmentRuleById"] =>
  (ruleId, options) =>
    HttpClientRequest.get(`/api/discovery/v1/assignmentrule/${encodeURIComponent(ruleId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(FindAssignmentRuleById200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteAssignmentRule =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteAssignmentRule"] =>
  (ruleId, options) =>
    HttpClientRequest.delete(`/api/discovery/v1/assignmentrule/${encodeURIComponent(ruleId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getAssignmentRulesCount =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAssignmentRulesCount"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v1/assignmentrule/count`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAssignmentRulesCount200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDeviceCertificatesList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDeviceCertificatesList"] =>
  (options) =>
    HttpClientRequest.get(`/api/device/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        commonName: options?.params?.["commonName"],
        email: options?.params?.["email"],
        status: options?.params?.["status"],
        certTypeId: options?.params?.["certTypeId"],
        backendCertId: options?.params?.["backendCertId"],
        orgId: options?.params?.["orgId"],
        serialNumber: options?.params?.["serialNumber"],
        signatureAlgorithm: options?.params?.["signatureAlgorithm"],
        keyAlgorithm: options?.params?.["keyAlgorithm"],
        keyParam: options?.params?.["keyParam"],
        keyUsage: options?.params?.["keyUsage"],
        extendedKeyUsage: options?.params?.["extendedKeyUsage"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDeviceCertificatesList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDeviceCertificatesDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getDeviceCertificatesDetails"] =>
  (deviceCertId, options) =>
    HttpClientRequest.get(`/api/device/v1/${encodeURIComponent(deviceCertId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDeviceCertificatesDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDeviceProfiles =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDeviceProfiles"] =>
  (options) =>
    HttpClientRequest.get(`/api/device/v1/types`).pipe(
      HttpClientRequest.setUrlParams({ organizationId: options?.params?.["organizationId"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDeviceProfiles200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDeviceCustomFields =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDeviceCustomFields"] =>
  (options) =>
    HttpClientRequest.get(`/api/device/v1/customFields`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDeviceCustomFields200),
          orElse: unexpectedStatus
        })
      )
    )

export const collectDeviceCertificate =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["collectDeviceCertificate"] =>
  (deviceCertId, options) =>
    HttpClientRequest.get(`/api/device/v1/collect/${encodeURIComponent(deviceCertId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options.params["format"] }),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decoders.bytes,
          orElse: unexpectedStatus
        })
      )
    )

export const collectDeviceCertificateStream =
  <E>({ binaryRequest }: OperationContext<E>): ScmApi<E>["collectDeviceCertificateStream"] =>
  (deviceCertId, options) =>
    HttpClientRequest.get(`/api/device/v1/collect/${encodeURIComponent(deviceCertId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options.params["format"] }),
      binaryRequest
    )

export const listAllDcv =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listAllDcv"] =>
  (options) =>
    HttpClientRequest.get(`/api/dcv/v2/validation`).pipe(
      HttpClientRequest.setUrlParams({
        domain: options?.params?.["domain"],
        expiresIn: options?.params?.["expiresIn"],
        org: options?.params?.["org"],
        department: options?.params?.["department"],
        dcvStatus: options?.params?.["dcvStatus"],
        orderStatus: options?.params?.["orderStatus"],
        size: options?.params?.["size"],
        position: options?.params?.["position"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListAllDcv200),
          orElse: unexpectedStatus
        })
      )
    )

export const getCustomFieldDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getCustomFieldDetails"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/customField/v2/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetCustomFieldDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteCustomField =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteCustomField"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/customField/v2/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getDnsConnectorList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDnsConnectorList"] =>
  (options) =>
    HttpClientRequest.get(`/api/connector/v1/dns`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"],
        orgIds: options?.params?.["orgIds"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDnsConnectorList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDnsConnectorDetails =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDnsConnectorDetails"] =>
  (uuid, options) =>
    HttpClientRequest.get(`/api/connector/v1/dns/${encodeURIComponent(uuid)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDnsConnectorDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDnsConnectorProviderList =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getDnsConnectorProviderList"] =>
  (uuid, options) =>
    HttpClientRequest.get(`/api/connector/v1/dns/${encodeURIComponent(uuid)}/provider`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDnsConnectorProviderList200),
          orElse: unexpectedStatus
        })
      )
    )

export const checkAzureAccount =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["checkAzureAccount"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/azure/v1/accounts/${encodeURIComponent(id)}/check`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CheckAzureAccount200),
          orElse: unexpectedStatus
        })
      )
    )

export const getVault =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getVault"] =>
  (accountId, subscriptionId, resourceGroup, options) =>
    HttpClientRequest.get(
      `/api/azure/v1/accounts/${encodeURIComponent(accountId)}/subscriptions/${encodeURIComponent(subscriptionId)}/resource-groups/${encodeURIComponent(resourceGroup)}/vaults`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetVault200),
          orElse: unexpectedStatus
        })
      )
    )

export const getAzureResourceGroups =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAzureResourceGroups"] =>
  (accountId, options) =>
    HttpClientRequest.get(`/api/azure/v1/accounts/${encodeURIComponent(accountId)}/resource-groups`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAzureResourceGroups200),
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkAgentServersList1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getNetworkAgentServersList1"] =>
  (agentId, serverId, options) =>
    HttpClientRequest.get(
      `/api/agent/v1/network/${encodeURIComponent(agentId)}/server/${encodeURIComponent(serverId)}/node`
    ).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        alias: options?.params?.["alias"],
        protocol: options?.params?.["protocol"],
        address: options?.params?.["address"],
        port: options?.params?.["port"],
        sslId: options?.params?.["sslId"],
        countOnly: options?.params?.["countOnly"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkAgentServersList1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkAgentServerNodeDetails =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getNetworkAgentServerNodeDetails"] =>
  (agentId, serverId, id, options) =>
    HttpClientRequest.get(
      `/api/agent/v1/network/${encodeURIComponent(agentId)}/server/${encodeURIComponent(serverId)}/node/${encodeURIComponent(id)}`
    ).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkAgentServerNodeDetails200),
          orElse: unexpectedStatus
        })
      )
    )

export const getAvailableAdminRoles =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getAvailableAdminRoles"] =>
  (options) =>
    HttpClientRequest.get(`/api/admin/v1/roles`).pipe(
      HttpClientRequest.setUrlParams({ isForEdit: options?.params?.["isForEdit"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAvailableAdminRoles200),
          orElse: unexpectedStatus
        })
      )
    )

export const getAvailablePrivilegesForRoles =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getAvailablePrivilegesForRoles"] =>
  (options) =>
    HttpClientRequest.get(`/api/admin/v1/privileges`).pipe(
      HttpClientRequest.setUrlParams({ role: options.params["role"] }),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAvailablePrivilegesForRoles200),
          orElse: unexpectedStatus
        })
      )
    )

export const getPasswordStatus =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getPasswordStatus"] =>
  (options) =>
    HttpClientRequest.get(`/api/admin/v1/password`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPasswordStatus200),
          orElse: unexpectedStatus
        })
      )
    )

export const getAvailableIdentityProviders =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getAvailableIdentityProviders"] =>
  (options) =>
    HttpClientRequest.get(`/api/admin/v1/idp`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetAvailableIdentityProviders200),
          orElse: unexpectedStatus
        })
      )
    )

export const listAcmeAccountClients =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listAcmeAccountClients"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/acme/v2/account/${encodeURIComponent(id)}/client`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        contacts: options?.params?.["contacts"],
        userAgent: options?.params?.["userAgent"],
        ipAddress: options?.params?.["ipAddress"],
        status: options?.params?.["status"],
        lastActivityWithinPrevDays: options?.params?.["lastActivityWithinPrevDays"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListAcmeAccountClients200),
          orElse: unexpectedStatus
        })
      )
    )

export const getPublicAcmeServersList =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getPublicAcmeServersList"] =>
  (options) =>
    HttpClientRequest.get(`/api/acme/v1/server`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        caId: options?.params?.["caId"],
        certValidationType: options?.params?.["certValidationType"],
        url: options?.params?.["url"],
        name: options?.params?.["name"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPublicAcmeServersList200),
          orElse: unexpectedStatus
        })
      )
    )

export const getUniversalAcmeAccountClientsList =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getUniversalAcmeAccountClientsList"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/acme/v1/pca/account/${encodeURIComponent(id)}/client`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        userAgent: options?.params?.["userAgent"],
        ipAddress: options?.params?.["ipAddress"],
        status: options?.params?.["status"],
        lastActivityWithinPrevDays: options?.params?.["lastActivityWithinPrevDays"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetUniversalAcmeAccountClientsList200),
          orElse: unexpectedStatus
        })
      )
    )

export const countDomains =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["countDomains"] =>
  (options) =>
    HttpClientRequest.get(`/api/domain/v1/count`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        state: options?.params?.["state"],
        status: options?.params?.["status"],
        orgId: options?.params?.["orgId"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CountDomains200),
          orElse: unexpectedStatus
        })
      )
    )

export const listCsodDeveloperRequests =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listCsodDeveloperRequests"] =>
  (options) =>
    HttpClientRequest.get(`/api/csod/v1/requests/developer`).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListCsodDeveloperRequests200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitCsodRequest =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitCsodRequest"] =>
  (options) =>
    HttpClientRequest.put(`/api/csod/v1/requests/developer`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const createCsodRequest =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createCsodRequest"] =>
  (options) =>
    HttpClientRequest.post(`/api/csod/v1/requests/developer`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CreateCsodRequest200),
          orElse: unexpectedStatus
        })
      )
    )

export const countCsodDeveloperRequests =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["countCsodDeveloperRequests"] =>
  (options) =>
    HttpClientRequest.get(`/api/csod/v1/requests/developer/count`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CountCsodDeveloperRequests200),
          orElse: unexpectedStatus
        })
      )
    )

export const getCsodDeveloperRequest =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getCsodDeveloperRequest"] =>
  (requestId, options) =>
    HttpClientRequest.get(`/api/csod/v1/requests/developer/${encodeURIComponent(requestId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetCsodDeveloperRequest200),
          orElse: unexpectedStatus
        })
      )
    )

export const listCsodAdminRequests =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listCsodAdminRequests"] =>
  (options) =>
    HttpClientRequest.get(`/api/csod/v1/requests/admin`).pipe(
      HttpClientRequest.setUrlParams({ size: options?.params?.["size"], position: options?.params?.["position"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListCsodAdminRequests200),
          orElse: unexpectedStatus
        })
      )
    )

export const countCsodAdminRequests =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["countCsodAdminRequests"] =>
  (options) =>
    HttpClientRequest.get(`/api/csod/v1/requests/admin/count`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CountCsodAdminRequests200),
          orElse: unexpectedStatus
        })
      )
    )

export const getCsodAdminRequest =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getCsodAdminRequest"] =>
  (requestId, options) =>
    HttpClientRequest.get(`/api/csod/v1/requests/admin/${encodeURIComponent(requestId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetCsodAdminRequest200),
          orElse: unexpectedStatus
        })
      )
    )

export const approveCsodRequest =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["approveCsodRequest"] =>
  (options) =>
    HttpClientRequest.post(`/api/csod/v1/requests/admin/approve`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const declineCsodRequest =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["declineCsodRequest"] =>
  (options) =>
    HttpClientRequest.post(`/api/csod/v1/requests/admin/decline`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const listCaBackends =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listCaBackends"] =>
  (options) =>
    HttpClientRequest.get(`/api/ca-backend/v1`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListCaBackends200),
          orElse: unexpectedStatus
        })
      )
    )

export const listClientCertificatesByPersonId =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["listClientCertificatesByPersonId"] =>
  (pid, options) =>
    HttpClientRequest.get(`/api/smime/v2/byPersonId/${encodeURIComponent(pid)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListClientCertificatesByPersonId200),
          orElse: unexpectedStatus
        })
      )
    )

export const listClientCertificatesByPersonEmail =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["listClientCertificatesByPersonEmail"] =>
  (email, options) =>
    HttpClientRequest.get(`/api/smime/v2/byPersonEmail/${encodeURIComponent(email)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListClientCertificatesByPersonEmail200),
          orElse: unexpectedStatus
        })
      )
    )

export const listAllDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listAllDcvV1"] =>
  (options) =>
    HttpClientRequest.get(`/api/dcv/v1/validation`).pipe(
      HttpClientRequest.setUrlParams({
        domain: options?.params?.["domain"],
        expiresIn: options?.params?.["expiresIn"],
        org: options?.params?.["org"],
        department: options?.params?.["department"],
        dcvStatus: options?.params?.["dcvStatus"],
        orderStatus: options?.params?.["orderStatus"],
        size: options?.params?.["size"],
        position: options?.params?.["position"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListAllDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getDcvStatusV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getDcvStatusV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/status`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetDcvStatusV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const syncDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["syncDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/sync`).pipe(
      HttpClientRequest.setUrlParams({ force: options.params?.["force"] }),
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SyncDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const clearDomainDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["clearDomainDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/clear`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ClearDomainDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteDcvV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/delete`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startHttpDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startHttpDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/start/domain/http`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartHttpDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const startHttpsDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startHttpsDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/start/domain/https`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartHttpsDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitHttpDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitHttpDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/submit/domain/http`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitHttpDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitHttpsDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitHttpsDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/submit/domain/https`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitHttpsDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const startCnameDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startCnameDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/start/domain/cname`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartCnameDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitCnameDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitCnameDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/submit/domain/cname`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitCnameDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitTxtDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitTxtDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/submit/domain/txt`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitTxtDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const startEmailDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startEmailDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/start/domain/email`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(StartEmailDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitEmailDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitEmailDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/submit/domain/email`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitEmailDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const submitBulkEmailDcvV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["submitBulkEmailDcvV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/dcv/v1/validation/submit-bulk/domain/email`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(SubmitBulkEmailDcvV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const listPersonsV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["listPersonsV1"] =>
  (options) =>
    HttpClientRequest.get(`/api/person/v1`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        email: options?.params?.["email"],
        name: options?.params?.["name"],
        organizationId: options?.params?.["organizationId"],
        commonName: options?.params?.["commonName"],
        phone: options?.params?.["phone"],
        secondaryEmail: options?.params?.["secondaryEmail"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListPersonsV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const createPersonV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createPersonV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/person/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getPersonIdByEmailV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getPersonIdByEmailV1"] =>
  (email, options) =>
    HttpClientRequest.get(`/api/person/v1/id/byEmail/${encodeURIComponent(email)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPersonIdByEmailV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getPersonInfoByIdV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getPersonInfoByIdV1"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/person/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPersonInfoByIdV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const updatePersonV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updatePersonV1"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/person/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deletePersonV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deletePersonV1"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/person/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const importKeyV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["importKeyV1"] =>
  (personId, options) =>
    HttpClientRequest.post(`/api/person/v1/${encodeURIComponent(personId)}/import-key`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ImportKeyV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const sendInvitationV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["sendInvitationV1"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/person/v1/${encodeURIComponent(id)}/invitation/send`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "202": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getClientCertProfilesV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getClientCertProfilesV1"] =>
  (options) =>
    HttpClientRequest.get(`/api/smime/v1/types`).pipe(
      HttpClientRequest.setUrlParams({ organizationId: options?.params?.["organizationId"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertProfilesV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getClientCertCustomFieldsV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getClientCertCustomFieldsV1"] =>
  (options) =>
    HttpClientRequest.get(`/api/smime/v1/customFields`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertCustomFieldsV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const listClientCertificatesByPersonIdV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["listClientCertificatesByPersonIdV1"] =>
  (pid, options) =>
    HttpClientRequest.get(`/api/smime/v1/byPersonId/${encodeURIComponent(pid)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListClientCertificatesByPersonIdV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const listClientCertificatesByPersonEmailV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["listClientCertificatesByPersonEmailV1"] =>
  (email, options) =>
    HttpClientRequest.get(`/api/smime/v1/byPersonEmail/${encodeURIComponent(email)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ListClientCertificatesByPersonEmailV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const getClientCertificateDetailsV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getClientCertificateDetailsV1"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/smime/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetClientCertificateDetailsV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateClientCertificateDetailsV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["updateClientCertificateDetailsV1"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/smime/v1/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateClientCertificateDetailsV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const enrollClientCertificateV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["enrollClientCertificateV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/smime/v1/enroll`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(EnrollClientCertificateV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const collectClientCertificateV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["collectClientCertificateV1"] =>
  (backendCertId, options) =>
    HttpClientRequest.get(`/api/smime/v1/collect/${encodeURIComponent(backendCertId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decoders.bytes,
          orElse: unexpectedStatus
        })
      )
    )

export const collectClientCertificateV1Stream =
  <E>({ binaryRequest }: OperationContext<E>): ScmApi<E>["collectClientCertificateV1Stream"] =>
  (backendCertId, options) =>
    HttpClientRequest.get(`/api/smime/v1/collect/${encodeURIComponent(backendCertId)}`).pipe(
      HttpClientRequest.setUrlParams({ format: options?.params?.["format"] }),
      binaryRequest
    )

export const downloadP12ClientCertificateV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["downloadP12ClientCertificateV1"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/smime/v1/keystore/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decoders.bytes,
          orElse: unexpectedStatus
        })
      )
    )

export const downloadP12ClientCertificateV1Stream =
  <E>({ binaryRequest }: OperationContext<E>): ScmApi<E>["downloadP12ClientCertificateV1Stream"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/smime/v1/keystore/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      binaryRequest
    )

export const revokeClientCertificateByBackendCertificateIdV1 =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeClientCertificateByBackendCertificateIdV1"] =>
  (backendCertId, options) =>
    HttpClientRequest.post(`/api/smime/v1/revoke/order/${encodeURIComponent(backendCertId)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeClientCertificateBySerialNumberV1 =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeClientCertificateBySerialNumberV1"] =>
  (serialNumber, options) =>
    HttpClientRequest.post(`/api/smime/v1/revoke/serial/${encodeURIComponent(serialNumber)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeClientCertificatesByEmailV1 =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeClientCertificatesByEmailV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/smime/v1/revoke`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const revokeClientCertificateManuallyV1 =
  <E>({
    decoders,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["revokeClientCertificateManuallyV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/smime/v1/revoke/manual`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deleteClientCertificateByIdV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteClientCertificateByIdV1"] =>
  (certId, options) =>
    HttpClientRequest.delete(`/api/smime/v1/${encodeURIComponent(certId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getPublicAcmeAccountsListV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getPublicAcmeAccountsListV1"] =>
  (options) =>
    HttpClientRequest.get(`/api/acme/v1/account`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        organizationId: options?.params?.["organizationId"],
        certValidationType: options?.params?.["certValidationType"],
        name: options?.params?.["name"],
        acmeServer: options?.params?.["acmeServer"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPublicAcmeAccountsListV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const createPublicAcmeAccountV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createPublicAcmeAccountV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/acme/v1/account`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getPublicAcmeAccountDetailsV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["getPublicAcmeAccountDetailsV1"] =>
  (id, options) =>
    HttpClientRequest.get(`/api/acme/v1/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetPublicAcmeAccountDetailsV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const updatePublicAcmeAccountV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updatePublicAcmeAccountV1"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/acme/v1/account/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const deletePublicAcmeAccountV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deletePublicAcmeAccountV1"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/acme/v1/account/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const addDomainsToPublicAcmeAccountV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["addDomainsToPublicAcmeAccountV1"] =>
  (id, options) =>
    HttpClientRequest.post(`/api/acme/v1/account/${encodeURIComponent(id)}/domains`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(AddDomainsToPublicAcmeAccountV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const removeDomainsFromPublicAcmeAccountV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["removeDomainsFromPublicAcmeAccountV1"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/acme/v1/account/${encodeURIComponent(id)}/domains`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(RemoveDomainsFromPublicAcmeAccountV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const readCustomFieldsV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["readCustomFieldsV1"] =>
  (options) =>
    HttpClientRequest.get(`/api/customField/v1`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ReadCustomFieldsV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateCustomFieldV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateCustomFieldV1"] =>
  (options) =>
    HttpClientRequest.put(`/api/customField/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(UpdateCustomFieldV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const createCustomFieldV1 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createCustomFieldV1"] =>
  (options) =>
    HttpClientRequest.post(`/api/customField/v1`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CreateCustomFieldV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const readCustomFieldsByCertTypeV1 =
  <E>({
    decodeSuccess,
    unexpectedStatus,
    withResponse
  }: OperationContext<E>): ScmApi<E>["readCustomFieldsByCertTypeV1"] =>
  (certType, options) =>
    HttpClientRequest.get(`/api/customField/v1/${encodeURIComponent(certType)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(ReadCustomFieldsByCertTypeV1200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteCustomFieldV1 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteCustomFieldV1"] =>
  (id, options) =>
    HttpClientRequest.delete(`/api/customField/v1/${encodeURIComponent(id)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkScanTaskListV2 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkScanTaskListV2"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v2/net_task`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkScanTaskListV2200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateNetworkTaskV2 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateNetworkTaskV2"] =>
  (options) =>
    HttpClientRequest.put(`/api/discovery/v2/net_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const createNetworkTaskV2 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createNetworkTaskV2"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v2/net_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CreateNetworkTaskV2201),
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkTaskV2 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkTaskV2"] =>
  (taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v2/net_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkTaskV2200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteNetworkScanTaskV2 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteNetworkScanTaskV2"] =>
  (taskId, options) =>
    HttpClientRequest.delete(`/api/discovery/v2/net_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startNetworkScanTaskV2 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startNetworkScanTaskV2"] =>
  (taskId, options) =>
    HttpClientRequest.post(`/api/discovery/v2/net_task/${encodeURIComponent(taskId)}/start`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkScanTaskListV3 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkScanTaskListV3"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v3/net_task`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkScanTaskListV3200),
          orElse: unexpectedStatus
        })
      )
    )

export const createNetworkTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createNetworkTaskV3"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v3/net_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getNetworkTaskV3 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getNetworkTaskV3"] =>
  (taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v3/net_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetNetworkTaskV3200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteNetworkScanTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteNetworkScanTaskV3"] =>
  (taskId, options) =>
    HttpClientRequest.delete(`/api/discovery/v3/net_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const updateNetworkTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateNetworkTaskV3"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/discovery/v3/net_task/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startNetworkScanTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startNetworkScanTaskV3"] =>
  (taskId, options) =>
    HttpClientRequest.post(`/api/discovery/v3/net_task/${encodeURIComponent(taskId)}/start`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAdScanTaskListV2 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAdScanTaskListV2"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v2/ad_task`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAdScanTaskListV2200),
          orElse: unexpectedStatus
        })
      )
    )

export const updateMsAdScanTaskV2 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateMsAdScanTaskV2"] =>
  (options) =>
    HttpClientRequest.put(`/api/discovery/v2/ad_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const createMsAdScanTaskV2 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createMsAdScanTaskV2"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v2/ad_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(CreateMsAdScanTaskV2201),
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAdScanTaskV2 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAdScanTaskV2"] =>
  (taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v2/ad_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAdScanTaskV2200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteMsAdScanTaskV2 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteMsAdScanTaskV2"] =>
  (taskId, options) =>
    HttpClientRequest.delete(`/api/discovery/v2/ad_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startMsAdScanTaskV2 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startMsAdScanTaskV2"] =>
  (taskId, options) =>
    HttpClientRequest.post(`/api/discovery/v2/ad_task/${encodeURIComponent(taskId)}/start`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAdScanTaskListV3 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAdScanTaskListV3"] =>
  (options) =>
    HttpClientRequest.get(`/api/discovery/v3/ad_task`).pipe(
      HttpClientRequest.setUrlParams({
        size: options?.params?.["size"],
        position: options?.params?.["position"],
        name: options?.params?.["name"],
        status: options?.params?.["status"]
      }),
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAdScanTaskListV3200),
          orElse: unexpectedStatus
        })
      )
    )

export const createMsAdScanTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["createMsAdScanTaskV3"] =>
  (options) =>
    HttpClientRequest.post(`/api/discovery/v3/ad_task`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "201": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getMsAdScanTaskV3 =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getMsAdScanTaskV3"] =>
  (taskId, options) =>
    HttpClientRequest.get(`/api/discovery/v3/ad_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetMsAdScanTaskV3200),
          orElse: unexpectedStatus
        })
      )
    )

export const deleteMsAdScanTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["deleteMsAdScanTaskV3"] =>
  (taskId, options) =>
    HttpClientRequest.delete(`/api/discovery/v3/ad_task/${encodeURIComponent(taskId)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "204": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const updateMsAdScanTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["updateMsAdScanTaskV3"] =>
  (id, options) =>
    HttpClientRequest.put(`/api/discovery/v3/ad_task/${encodeURIComponent(id)}`).pipe(
      HttpClientRequest.bodyJsonUnsafe(options.payload),
      withResponse(options.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const startMsAdScanTaskV3 =
  <E>({ decoders, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["startMsAdScanTaskV3"] =>
  (taskId, options) =>
    HttpClientRequest.post(`/api/discovery/v3/ad_task/${encodeURIComponent(taskId)}/start`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "200": decoders.empty,
          orElse: unexpectedStatus
        })
      )
    )

export const getOrgsByRoleManagedBy =
  <E>({ decodeSuccess, unexpectedStatus, withResponse }: OperationContext<E>): ScmApi<E>["getOrgsByRoleManagedBy"] =>
  (role, options) =>
    HttpClientRequest.get(`/api/organization/v1/managedBy/${encodeURIComponent(role)}`).pipe(
      withResponse(options?.config)(
        HttpClientResponse.matchStatus({
          "2xx": decodeSuccess(GetOrgsByRoleManagedBy200),
          orElse: unexpectedStatus
        })
      )
    )

/**
 * One function per operation of the spec, sending through `httpClient`, whose request URLs are
 * paths (it holds the base URL).
 */
export const make = <E>(httpClient: HttpClient.HttpClient.With<E>, options: MakeOptions<E>): ScmApi<E> => {
  const context = operationContext(httpClient, options)
  return {
    httpClient,
    getSslCertificatesList: getSslCertificatesList(context),
    updateSslCertificateDetails: updateSslCertificateDetails(context),
    getSslCertLocationDetails: getSslCertLocationDetails(context),
    updateSslCertCustomLocation: updateSslCertCustomLocation(context),
    deleteSslCertCustomLocation: deleteSslCertCustomLocation(context),
    getSslCertificatesList1: getSslCertificatesList1(context),
    updateSslCertificateDetails1: updateSslCertificateDetails1(context),
    getSslCertLocationDetails1: getSslCertLocationDetails1(context),
    updateSslCertCustomLocation1: updateSslCertCustomLocation1(context),
    deleteSslCertCustomLocation1: deleteSslCertCustomLocation1(context),
    getClientCertificateDetails: getClientCertificateDetails(context),
    updateClientCertificateDetails: updateClientCertificateDetails(context),
    deleteClientCertificateById: deleteClientCertificateById(context),
    getClientCertLocationDetails: getClientCertLocationDetails(context),
    updateClientCertCustomLocation: updateClientCertCustomLocation(context),
    deleteClientCertCustomLocation: deleteClientCertCustomLocation(context),
    getPersonInfoById: getPersonInfoById(context),
    updatePerson: updatePerson(context),
    deletePerson: deletePerson(context),
    updateValidatorAdminOrganizationValidation: updateValidatorAdminOrganizationValidation(context),
    reSubmitOrganizationValidation: reSubmitOrganizationValidation(context),
    updateExternalValidationAssignment: updateExternalValidationAssignment(context),
    getOrgDetails: getOrgDetails(context),
    updateOrganization: updateOrganization(context),
    deleteOrg: deleteOrg(context),
    updateNotification: updateNotification(context),
    deleteNotification: deleteNotification(context),
    getEnrollmentEndpointDetails: getEnrollmentEndpointDetails(context),
    updateEnrollmentEndpoint: updateEnrollmentEndpoint(context),
    deleteEnrollmentEndpoint: deleteEnrollmentEndpoint(context),
    addEnrollmentEndpointDelegations: addEnrollmentEndpointDelegations(context),
    removeEnrollmentEndpointDelegations: removeEnrollmentEndpointDelegations(context),
    getEnrollmentEndpointConfig: getEnrollmentEndpointConfig(context),
    addEnrollmentEndpointConfig: addEnrollmentEndpointConfig(context),
    getEnrollmentEndpointAccountDetails: getEnrollmentEndpointAccountDetails(context),
    updateEnrollmentEndpointAccount: updateEnrollmentEndpointAccount(context),
    deleteEnrollmentEndpointAccount: deleteEnrollmentEndpointAccount(context),
    suspendDomain: suspendDomain(context),
    ctLogMonitoring: ctLogMonitoring(context),
    activateDomain: activateDomain(context),
    updateNetworkTask: updateNetworkTask(context),
    updateMsAdScanTask: updateMsAdScanTask(context),
    findCertificateBucketById: findCertificateBucketById(context),
    updateCertificateBucket: updateCertificateBucket(context),
    deleteCertificateBucket: deleteCertificateBucket(context),
    resetClientSecret: resetClientSecret(context),
    delegateOrganizationsToCertificateBucket: delegateOrganizationsToCertificateBucket(context),
    updateAzureKeyVaultScanTask: updateAzureKeyVaultScanTask(context),
    getAssignmentRulesIdList: getAssignmentRulesIdList(context),
    updateAssignmentRule: updateAssignmentRule(context),
    createAssignmentRule: createAssignmentRule(context),
    updateDeviceCertificateDetails: updateDeviceCertificateDetails(context),
    deleteDeviceCertificateById: deleteDeviceCertificateById(context),
    getDeviceCertLocationDetails: getDeviceCertLocationDetails(context),
    updateDeviceCertCustomLocation: updateDeviceCertCustomLocation(context),
    deleteDeviceCertCustomLocation: deleteDeviceCertCustomLocation(context),
    readCustomFieldsByCertType: readCustomFieldsByCertType(context),
    updateCustomField: updateCustomField(context),
    createCustomField: createCustomField(context),
    getAzureAccountDetails: getAzureAccountDetails(context),
    updateAzureAccount: updateAzureAccount(context),
    deleteAzureAccount: deleteAzureAccount(context),
    delegateOrganizationsToAccount: delegateOrganizationsToAccount(context),
    getNetworkAgentDetails: getNetworkAgentDetails(context),
    updateNetworkAgent: updateNetworkAgent(context),
    deleteNetworkAgent: deleteNetworkAgent(context),
    getNetworkAgentServerDetails: getNetworkAgentServerDetails(context),
    updateServerDetails: updateServerDetails(context),
    deleteServerFromNetworkAgent: deleteServerFromNetworkAgent(context),
    getMsAgentDetails: getMsAgentDetails(context),
    updateMsAgent: updateMsAgent(context),
    deleteMsAgent: deleteMsAgent(context),
    getAdminDetails: getAdminDetails(context),
    updateAdminAccount: updateAdminAccount(context),
    deleteAdminUser: deleteAdminUser(context),
    unlinkFromTemplate: unlinkFromTemplate(context),
    getAdminTemplateDetails: getAdminTemplateDetails(context),
    updateAdminTemplate: updateAdminTemplate(context),
    deleteAdminTemplate: deleteAdminTemplate(context),
    getPublicAcmeAccountDetails: getPublicAcmeAccountDetails(context),
    updatePublicAcmeAccount: updatePublicAcmeAccount(context),
    deletePublicAcmeAccount: deletePublicAcmeAccount(context),
    deactivatePublicAcmeAccountClient: deactivatePublicAcmeAccountClient(context),
    getUniversalAcmeAccountDetails: getUniversalAcmeAccountDetails(context),
    updateUniversalAcmeAccount: updateUniversalAcmeAccount(context),
    deleteUniversalAcmeAccount: deleteUniversalAcmeAccount(context),
    deactivateUniversalAcmeAccountClient: deactivateUniversalAcmeAccountClient(context),
    listSslCertLocations: listSslCertLocations(context),
    createSslCertCustomLocation: createSslCertCustomLocation(context),
    recheckSslCertDcvInfo: recheckSslCertDcvInfo(context),
    revokeSslCertificateById: revokeSslCertificateById(context),
    revokeSslCertificateBySerialNumber: revokeSslCertificateBySerialNumber(context),
    revokeManualSslCertificateByIdOrSnPlusIssuer: revokeManualSslCertificateByIdOrSnPlusIssuer(context),
    replaceSslCertificateById: replaceSslCertificateById(context),
    renewSslCertificateById: renewSslCertificateById(context),
    renewSslCertificateBySerialNumber: renewSslCertificateBySerialNumber(context),
    renewManual: renewManual(context),
    downloadSslFromKeyStore: downloadSslFromKeyStore(context),
    importSslCertificate: importSslCertificate(context),
    enrollSslCertificate: enrollSslCertificate(context),
    enrollSslCertificateWithKeyGen: enrollSslCertificateWithKeyGen(context),
    declineSslCertificateById: declineSslCertificateById(context),
    approveSslCertificateById: approveSslCertificateById(context),
    listSslCertLocations1: listSslCertLocations1(context),
    createSslCertCustomLocation1: createSslCertCustomLocation1(context),
    recheckSslCertDcvInfo1: recheckSslCertDcvInfo1(context),
    revokeSslCertificateById1: revokeSslCertificateById1(context),
    revokeSslCertificateBySerialNumber1: revokeSslCertificateBySerialNumber1(context),
    revokeManualSslCertificateByIdOrSnPlusIssuer1: revokeManualSslCertificateByIdOrSnPlusIssuer1(context),
    replaceSslCertificateById1: replaceSslCertificateById1(context),
    renewSslCertificateById1: renewSslCertificateById1(context),
    renewSslCertificateBySerialNumber1: renewSslCertificateBySerialNumber1(context),
    renewManual1: renewManual1(context),
    getSslKeyStoreDownloadLink: getSslKeyStoreDownloadLink(context),
    downloadSslFromKeyStore1: downloadSslFromKeyStore1(context),
    importSslCertificate1: importSslCertificate1(context),
    enrollSslCertificate1: enrollSslCertificate1(context),
    enrollSslCertificateWithKeyGen1: enrollSslCertificateWithKeyGen1(context),
    declineSslCertificateById1: declineSslCertificateById1(context),
    approveSslCertificateById1: approveSslCertificateById1(context),
    listClientCertLocations: listClientCertLocations(context),
    createClientCertCustomLocation: createClientCertCustomLocation(context),
    revokeClientCertificatesByEmail: revokeClientCertificatesByEmail(context),
    revokeClientCertificateBySerialNumber: revokeClientCertificateBySerialNumber(context),
    revokeClientCertificateByBackendCertificateId: revokeClientCertificateByBackendCertificateId(context),
    revokeManualClientCertificateByIdOrSnPlusIssuer: revokeManualClientCertificateByIdOrSnPlusIssuer(context),
    renewClientCertificateBySerialNumber: renewClientCertificateBySerialNumber(context),
    renewClientCertificateByBackendCertificateId: renewClientCertificateByBackendCertificateId(context),
    downloadP12ClientCertificate: downloadP12ClientCertificate(context),
    downloadP12ClientCertificateStream: downloadP12ClientCertificateStream(context),
    importCertificates: importCertificates(context),
    enrollClientCertificate: enrollClientCertificate(context),
    generateSslCertificatesLog: generateSslCertificatesLog(context),
    generateDomainsLog: generateDomainsLog(context),
    generateDeviceCertificatesLog: generateDeviceCertificatesLog(context),
    generateSmimeCertificatesLog: generateSmimeCertificatesLog(context),
    generateActivityReport: generateActivityReport(context),
    listPersons: listPersons(context),
    createPerson: createPerson(context),
    importKey: importKey(context),
    sendInvitation: sendInvitation(context),
    syncOrganizationValidation: syncOrganizationValidation(context),
    submitOrganizationValidation: submitOrganizationValidation(context),
    createExternalValidationAssignment: createExternalValidationAssignment(context),
    getOrgList: getOrgList(context),
    createOrganization: createOrganization(context),
    getNotifyList: getNotifyList(context),
    createNotification: createNotification(context),
    listEnrollmentEndpoints: listEnrollmentEndpoints(context),
    createEnrollmentEndpoint: createEnrollmentEndpoint(context),
    listEnrollmentEndpointAccounts: listEnrollmentEndpointAccounts(context),
    createEnrollmentEndpointAccount: createEnrollmentEndpointAccount(context),
    listDomains: listDomains(context),
    createDomain: createDomain(context),
    delegateDomain: delegateDomain(context),
    removeDomainDelegation: removeDomainDelegation(context),
    rejectDomainDelegation: rejectDomainDelegation(context),
    approveDomainDelegation: approveDomainDelegation(context),
    addDelegation: addDelegation(context),
    getNetworkScanTaskList: getNetworkScanTaskList(context),
    createNetworkTask: createNetworkTask(context),
    startNetworkScanTask: startNetworkScanTask(context),
    getMsAdScanTaskList: getMsAdScanTaskList(context),
    createMsAdScanTask: createMsAdScanTask(context),
    startMsAdScanTask: startMsAdScanTask(context),
    stopOperation: stopOperation(context),
    getCertificateBucketsList: getCertificateBucketsList(context),
    createCertificateBucket: createCertificateBucket(context),
    runRulesForCertificateBucket: runRulesForCertificateBucket(context),
    assignCertificatesInCertificateBucket: assignCertificatesInCertificateBucket(context),
    getAzureKeyVaultScanTaskList: getAzureKeyVaultScanTaskList(context),
    createAzureKeyVaultScanTask: createAzureKeyVaultScanTask(context),
    startAzureKeyVaultScanTask: startAzureKeyVaultScanTask(context),
    listDeviceCertLocations: listDeviceCertLocations(context),
    createDeviceCertCustomLocation: createDeviceCertCustomLocation(context),
    revokeDeviceCertificateBySerialNumber: revokeDeviceCertificateBySerialNumber(context),
    revokeDeviceCertificateById: revokeDeviceCertificateById(context),
    revokeManualDeviceCertificateByIdOrSnPlusIssuer: revokeManualDeviceCertificateByIdOrSnPlusIssuer(context),
    replaceDeviceCertificateById: replaceDeviceCertificateById(context),
    renewDeviceCertificateBySerialNumber: renewDeviceCertificateBySerialNumber(context),
    renewDeviceCertificateById: renewDeviceCertificateById(context),
    importCertificates1: importCertificates1(context),
    enrollDeviceCertificate: enrollDeviceCertificate(context),
    declineDeviceCertificate: declineDeviceCertificate(context),
    approveDeviceCertificate: approveDeviceCertificate(context),
    syncDcv: syncDcv(context),
    submitTxtDcv: submitTxtDcv(context),
    submitHttpsDcv: submitHttpsDcv(context),
    submitHttpDcv: submitHttpDcv(context),
    submitEmailDcv: submitEmailDcv(context),
    submitCnameDcv: submitCnameDcv(context),
    submitBulkEmailDcv: submitBulkEmailDcv(context),
    getDcvStatus: getDcvStatus(context),
    startTxtDcv: startTxtDcv(context),
    startHttpsDcv: startHttpsDcv(context),
    startHttpDcv: startHttpDcv(context),
    startEmailDcv: startEmailDcv(context),
    startCnameDcv: startCnameDcv(context),
    deleteDcv: deleteDcv(context),
    clearDomainDcv: clearDomainDcv(context),
    revokeManualCsCertificateByIdOrSnPlusIssuer: revokeManualCsCertificateByIdOrSnPlusIssuer(context),
    importCertificates2: importCertificates2(context),
    getAzureAccounts: getAzureAccounts(context),
    createAzureAccount: createAzureAccount(context),
    getNetworkAgentList: getNetworkAgentList(context),
    addNetworkAgent: addNetworkAgent(context),
    getNetworkAgentServersList: getNetworkAgentServersList(context),
    addServerToNetworkAgent: addServerToNetworkAgent(context),
    getMsAgentList: getMsAgentList(context),
    addMsAgent: addMsAgent(context),
    listAdminUsers: listAdminUsers(context),
    createAdminAccount: createAdminAccount(context),
    changeAdminPassword: changeAdminPassword(context),
    listAdminTemplates: listAdminTemplates(context),
    createAdminTemplate: createAdminTemplate(context),
    getPublicAcmeAccountsList: getPublicAcmeAccountsList(context),
    createPublicAcmeAccount: createPublicAcmeAccount(context),
    listAcmeAccountDomains: listAcmeAccountDomains(context),
    addDomainsToPublicAcmeAccount: addDomainsToPublicAcmeAccount(context),
    removeDomainsFromPublicAcmeAccount: removeDomainsFromPublicAcmeAccount(context),
    getUniversalAcmeAccountsList: getUniversalAcmeAccountsList(context),
    createUniversalAcmeAccount: createUniversalAcmeAccount(context),
    acmeEvDetailsValidation: acmeEvDetailsValidation(context),
    getSslCertificateDetails: getSslCertificateDetails(context),
    deleteSslCertificateById: deleteSslCertificateById(context),
    getSslCertDcvInfo: getSslCertDcvInfo(context),
    getSslCertTypes: getSslCertTypes(context),
    getSslCustomFields: getSslCustomFields(context),
    collectSslCertificate: collectSslCertificate(context),
    collectSslCertificateStream: collectSslCertificateStream(context),
    getSslCertificateDetails1: getSslCertificateDetails1(context),
    deleteSslCertificateById1: deleteSslCertificateById1(context),
    getSslCertDcvInfo1: getSslCertDcvInfo1(context),
    getSslCertTypes1: getSslCertTypes1(context),
    getSslCustomFields1: getSslCustomFields1(context),
    collectSslCertificate1: collectSslCertificate1(context),
    collectSslCertificate1Stream: collectSslCertificate1Stream(context),
    getClientCertificateList: getClientCertificateList(context),
    getClientCertProfiles: getClientCertProfiles(context),
    getClientCertCustomFields: getClientCertCustomFields(context),
    collectClientCertificate: collectClientCertificate(context),
    collectClientCertificateStream: collectClientCertificateStream(context),
    getEndpointList: getEndpointList(context),
    getEndpointAccountList: getEndpointAccountList(context),
    getPersonIdByEmail: getPersonIdByEmail(context),
    listOrganizationValidations: listOrganizationValidations(context),
    getOrganizationValidationDetails: getOrganizationValidationDetails(context),
    resetAndRemoveOrganizationValidation: resetAndRemoveOrganizationValidation(context),
    getOrgListByCertType: getOrgListByCertType(context),
    getOrgsByRole: getOrgsByRole(context),
    getNotifyTypes: getNotifyTypes(context),
    getDomainDetails: getDomainDetails(context),
    deleteDomain: deleteDomain(context),
    getNetworkTask: getNetworkTask(context),
    deleteNetworkScanTask: deleteNetworkScanTask(context),
    getMsAdScanTask: getMsAdScanTask(context),
    deleteMsAdScanTask: deleteMsAdScanTask(context),
    getOperationsList: getOperationsList(context),
    getOperationResult: getOperationResult(context),
    getCertificateList: getCertificateList(context),
    getAzureKeyVaultScanTask: getAzureKeyVaultScanTask(context),
    deleteAzureKeyVaultScanTask: deleteAzureKeyVaultScanTask(context),
    findAssignmentRuleById: findAssignmentRuleById(context),
    deleteAssignmentRule: deleteAssignmentRule(context),
    getAssignmentRulesCount: getAssignmentRulesCount(context),
    getDeviceCertificatesList: getDeviceCertificatesList(context),
    getDeviceCertificatesDetails: getDeviceCertificatesDetails(context),
    getDeviceProfiles: getDeviceProfiles(context),
    getDeviceCustomFields: getDeviceCustomFields(context),
    collectDeviceCertificate: collectDeviceCertificate(context),
    collectDeviceCertificateStream: collectDeviceCertificateStream(context),
    listAllDcv: listAllDcv(context),
    getCustomFieldDetails: getCustomFieldDetails(context),
    deleteCustomField: deleteCustomField(context),
    getDnsConnectorList: getDnsConnectorList(context),
    getDnsConnectorDetails: getDnsConnectorDetails(context),
    getDnsConnectorProviderList: getDnsConnectorProviderList(context),
    checkAzureAccount: checkAzureAccount(context),
    getVault: getVault(context),
    getAzureResourceGroups: getAzureResourceGroups(context),
    getNetworkAgentServersList1: getNetworkAgentServersList1(context),
    getNetworkAgentServerNodeDetails: getNetworkAgentServerNodeDetails(context),
    getAvailableAdminRoles: getAvailableAdminRoles(context),
    getAvailablePrivilegesForRoles: getAvailablePrivilegesForRoles(context),
    getPasswordStatus: getPasswordStatus(context),
    getAvailableIdentityProviders: getAvailableIdentityProviders(context),
    listAcmeAccountClients: listAcmeAccountClients(context),
    getPublicAcmeServersList: getPublicAcmeServersList(context),
    getUniversalAcmeAccountClientsList: getUniversalAcmeAccountClientsList(context),
    countDomains: countDomains(context),
    listCsodDeveloperRequests: listCsodDeveloperRequests(context),
    submitCsodRequest: submitCsodRequest(context),
    createCsodRequest: createCsodRequest(context),
    countCsodDeveloperRequests: countCsodDeveloperRequests(context),
    getCsodDeveloperRequest: getCsodDeveloperRequest(context),
    listCsodAdminRequests: listCsodAdminRequests(context),
    countCsodAdminRequests: countCsodAdminRequests(context),
    getCsodAdminRequest: getCsodAdminRequest(context),
    approveCsodRequest: approveCsodRequest(context),
    declineCsodRequest: declineCsodRequest(context),
    listCaBackends: listCaBackends(context),
    listClientCertificatesByPersonId: listClientCertificatesByPersonId(context),
    listClientCertificatesByPersonEmail: listClientCertificatesByPersonEmail(context),
    listAllDcvV1: listAllDcvV1(context),
    getDcvStatusV1: getDcvStatusV1(context),
    syncDcvV1: syncDcvV1(context),
    clearDomainDcvV1: clearDomainDcvV1(context),
    deleteDcvV1: deleteDcvV1(context),
    startHttpDcvV1: startHttpDcvV1(context),
    startHttpsDcvV1: startHttpsDcvV1(context),
    submitHttpDcvV1: submitHttpDcvV1(context),
    submitHttpsDcvV1: submitHttpsDcvV1(context),
    startCnameDcvV1: startCnameDcvV1(context),
    submitCnameDcvV1: submitCnameDcvV1(context),
    submitTxtDcvV1: submitTxtDcvV1(context),
    startEmailDcvV1: startEmailDcvV1(context),
    submitEmailDcvV1: submitEmailDcvV1(context),
    submitBulkEmailDcvV1: submitBulkEmailDcvV1(context),
    listPersonsV1: listPersonsV1(context),
    createPersonV1: createPersonV1(context),
    getPersonIdByEmailV1: getPersonIdByEmailV1(context),
    getPersonInfoByIdV1: getPersonInfoByIdV1(context),
    updatePersonV1: updatePersonV1(context),
    deletePersonV1: deletePersonV1(context),
    importKeyV1: importKeyV1(context),
    sendInvitationV1: sendInvitationV1(context),
    getClientCertProfilesV1: getClientCertProfilesV1(context),
    getClientCertCustomFieldsV1: getClientCertCustomFieldsV1(context),
    listClientCertificatesByPersonIdV1: listClientCertificatesByPersonIdV1(context),
    listClientCertificatesByPersonEmailV1: listClientCertificatesByPersonEmailV1(context),
    getClientCertificateDetailsV1: getClientCertificateDetailsV1(context),
    updateClientCertificateDetailsV1: updateClientCertificateDetailsV1(context),
    enrollClientCertificateV1: enrollClientCertificateV1(context),
    collectClientCertificateV1: collectClientCertificateV1(context),
    collectClientCertificateV1Stream: collectClientCertificateV1Stream(context),
    downloadP12ClientCertificateV1: downloadP12ClientCertificateV1(context),
    downloadP12ClientCertificateV1Stream: downloadP12ClientCertificateV1Stream(context),
    revokeClientCertificateByBackendCertificateIdV1: revokeClientCertificateByBackendCertificateIdV1(context),
    revokeClientCertificateBySerialNumberV1: revokeClientCertificateBySerialNumberV1(context),
    revokeClientCertificatesByEmailV1: revokeClientCertificatesByEmailV1(context),
    revokeClientCertificateManuallyV1: revokeClientCertificateManuallyV1(context),
    deleteClientCertificateByIdV1: deleteClientCertificateByIdV1(context),
    getPublicAcmeAccountsListV1: getPublicAcmeAccountsListV1(context),
    createPublicAcmeAccountV1: createPublicAcmeAccountV1(context),
    getPublicAcmeAccountDetailsV1: getPublicAcmeAccountDetailsV1(context),
    updatePublicAcmeAccountV1: updatePublicAcmeAccountV1(context),
    deletePublicAcmeAccountV1: deletePublicAcmeAccountV1(context),
    addDomainsToPublicAcmeAccountV1: addDomainsToPublicAcmeAccountV1(context),
    removeDomainsFromPublicAcmeAccountV1: removeDomainsFromPublicAcmeAccountV1(context),
    readCustomFieldsV1: readCustomFieldsV1(context),
    updateCustomFieldV1: updateCustomFieldV1(context),
    createCustomFieldV1: createCustomFieldV1(context),
    readCustomFieldsByCertTypeV1: readCustomFieldsByCertTypeV1(context),
    deleteCustomFieldV1: deleteCustomFieldV1(context),
    getNetworkScanTaskListV2: getNetworkScanTaskListV2(context),
    updateNetworkTaskV2: updateNetworkTaskV2(context),
    createNetworkTaskV2: createNetworkTaskV2(context),
    getNetworkTaskV2: getNetworkTaskV2(context),
    deleteNetworkScanTaskV2: deleteNetworkScanTaskV2(context),
    startNetworkScanTaskV2: startNetworkScanTaskV2(context),
    getNetworkScanTaskListV3: getNetworkScanTaskListV3(context),
    createNetworkTaskV3: createNetworkTaskV3(context),
    getNetworkTaskV3: getNetworkTaskV3(context),
    deleteNetworkScanTaskV3: deleteNetworkScanTaskV3(context),
    updateNetworkTaskV3: updateNetworkTaskV3(context),
    startNetworkScanTaskV3: startNetworkScanTaskV3(context),
    getMsAdScanTaskListV2: getMsAdScanTaskListV2(context),
    updateMsAdScanTaskV2: updateMsAdScanTaskV2(context),
    createMsAdScanTaskV2: createMsAdScanTaskV2(context),
    getMsAdScanTaskV2: getMsAdScanTaskV2(context),
    deleteMsAdScanTaskV2: deleteMsAdScanTaskV2(context),
    startMsAdScanTaskV2: startMsAdScanTaskV2(context),
    getMsAdScanTaskListV3: getMsAdScanTaskListV3(context),
    createMsAdScanTaskV3: createMsAdScanTaskV3(context),
    getMsAdScanTaskV3: getMsAdScanTaskV3(context),
    deleteMsAdScanTaskV3: deleteMsAdScanTaskV3(context),
    updateMsAdScanTaskV3: updateMsAdScanTaskV3(context),
    startMsAdScanTaskV3: startMsAdScanTaskV3(context),
    getOrgsByRoleManagedBy: getOrgsByRoleManagedBy(context)
  }
}

export interface ScmApi<E> {
  readonly httpClient: HttpClient.HttpClient.With<E>
  /**
   * List all SSL certificates that match the requested filter.
   *
   * `GET /api/ssl/v2`, area `ssl`, tag "SSL certificates", operationId `get-ssl-certificates-list`
   */
  readonly getSslCertificatesList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetSslCertificatesListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertificatesList200.Type, Config>, E>
  /**
   * Update SSL certificate.
   *
   * `PUT /api/ssl/v2`, area `ssl`, tag "SSL certificates", operationId `update-ssl-certificate-details`
   */
  readonly updateSslCertificateDetails: <Config extends OperationConfig>(options: {
    readonly payload: typeof UpdateSslCertificateDetailsRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof UpdateSslCertificateDetails200.Type, Config>, E>
  /**
   * Returns SSL certificate location details.
   *
   * `GET /api/ssl/v2/{sslId}/location/{locationId}`, area `ssl`, tag "SSL certificates", operationId `get-ssl-cert-location-details`
   */
  readonly getSslCertLocationDetails: <Config extends OperationConfig>(
    sslId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertLocationDetails200.Type, Config>, E>
  /**
   * Updates custom certificate location with the new details.
   *
   * `PUT /api/ssl/v2/{sslId}/location/{locationId}`, area `ssl`, tag "SSL certificates", operationId `update-ssl-cert-custom-location`
   */
  readonly updateSslCertCustomLocation: <Config extends OperationConfig>(
    sslId: string,
    locationId: string,
    options: {
      readonly payload: typeof UpdateSslCertCustomLocationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deletes custom certificate location.
   *
   * `DELETE /api/ssl/v2/{sslId}/location/{locationId}`, area `ssl`, tag "SSL certificates", operationId `delete-ssl-cert-custom-location`
   */
  readonly deleteSslCertCustomLocation: <Config extends OperationConfig>(
    sslId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List all SSL certificates that match the requested filter.
   *
   * `GET /api/ssl/v1`, area `ssl`, tag "SSL certificates", operationId `get-ssl-certificates-list_1`
   */
  readonly getSslCertificatesList1: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetSslCertificatesList1Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertificatesList1200.Type, Config>, E>
  /**
   * Update SSL certificate.
   *
   * `PUT /api/ssl/v1`, area `ssl`, tag "SSL certificates", operationId `update-ssl-certificate-details_1`
   */
  readonly updateSslCertificateDetails1: <Config extends OperationConfig>(options: {
    readonly payload: typeof UpdateSslCertificateDetails1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof UpdateSslCertificateDetails1200.Type, Config>, E>
  /**
   * Returns SSL certificate location details.
   *
   * `GET /api/ssl/v1/{sslId}/location/{locationId}`, area `ssl`, tag "SSL certificates", operationId `get-ssl-cert-location-details_1`
   */
  readonly getSslCertLocationDetails1: <Config extends OperationConfig>(
    sslId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertLocationDetails1200.Type, Config>, E>
  /**
   * Updates custom certificate location with the new details.
   *
   * `PUT /api/ssl/v1/{sslId}/location/{locationId}`, area `ssl`, tag "SSL certificates", operationId `update-ssl-cert-custom-location_1`
   */
  readonly updateSslCertCustomLocation1: <Config extends OperationConfig>(
    sslId: string,
    locationId: string,
    options: {
      readonly payload: typeof UpdateSslCertCustomLocation1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deletes custom certificate location.
   *
   * `DELETE /api/ssl/v1/{sslId}/location/{locationId}`, area `ssl`, tag "SSL certificates", operationId `delete-ssl-cert-custom-location_1`
   */
  readonly deleteSslCertCustomLocation1: <Config extends OperationConfig>(
    sslId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get Client certificate details.
   *
   * `GET /api/smime/v2/{certId}`, area `smime`, tag "Client Certificates", operationId `get-client-certificate-details`
   */
  readonly getClientCertificateDetails: <Config extends OperationConfig>(
    certId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertificateDetails200.Type, Config>, E>
  /**
   * Update Client certificate.
   *
   * `PUT /api/smime/v2/{certId}`, area `smime`, tag "Client Certificates", operationId `update-client-certificate-details`
   */
  readonly updateClientCertificateDetails: <Config extends OperationConfig>(
    certId: string,
    options: {
      readonly payload: typeof UpdateClientCertificateDetailsRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof UpdateClientCertificateDetails200.Type, Config>, E>
  /**
   * Submission of a request for deleting Client certificate for a given Id.
   *
   * `DELETE /api/smime/v2/{certId}`, area `smime`, tag "Client Certificates", operationId `delete-client-certificate-by-id`
   */
  readonly deleteClientCertificateById: <Config extends OperationConfig>(
    certId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns Client certificate location details.
   *
   * `GET /api/smime/v2/{certId}/location/{locationId}`, area `smime`, tag "Client Certificates", operationId `get-client-cert-location-details`
   */
  readonly getClientCertLocationDetails: <Config extends OperationConfig>(
    certId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertLocationDetails200.Type, Config>, E>
  /**
   * Updates custom certificate location with the new details.
   *
   * `PUT /api/smime/v2/{certId}/location/{locationId}`, area `smime`, tag "Client Certificates", operationId `update-client-cert-custom-location`
   */
  readonly updateClientCertCustomLocation: <Config extends OperationConfig>(
    certId: string,
    locationId: string,
    options: {
      readonly payload: typeof UpdateClientCertCustomLocationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deletes custom certificate location.
   *
   * `DELETE /api/smime/v2/{certId}/location/{locationId}`, area `smime`, tag "Client Certificates", operationId `delete-client-cert-custom-location`
   */
  readonly deleteClientCertCustomLocation: <Config extends OperationConfig>(
    certId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Will return info for a person with given id.
   *
   * `GET /api/person/v2/{id}`, area `person`, tag "Persons", operationId `get-person-info-by-id`
   */
  readonly getPersonInfoById: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPersonInfoById200.Type, Config>, E>
  /**
   * Update person by id with specified person info.
   *
   * `PUT /api/person/v2/{id}`, area `person`, tag "Persons", operationId `update-person`
   */
  readonly updatePerson: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdatePersonRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete person.
   *
   * `DELETE /api/person/v2/{id}`, area `person`, tag "Persons", operationId `delete-person`
   */
  readonly deletePerson: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Updates organization validation admin according to the provided request.
   *
   * `PUT /api/organization/v2/{orgId}/validations/{validationId}/validator`, area `organization`, tag "Validations", operationId `update-validator-admin-organization-validation`
   */
  readonly updateValidatorAdminOrganizationValidation: <Config extends OperationConfig>(
    orgId: string,
    validationId: string,
    options: {
      readonly params?: typeof UpdateValidatorAdminOrganizationValidationParams.Encoded | undefined
      readonly payload: typeof UpdateValidatorAdminOrganizationValidationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Resets and submit the validation with the updated details provided in the request.
   *
   * `PUT /api/organization/v2/{orgId}/validations/{validationId}/revalidate`, area `organization`, tag "Validations", operationId `re-submit-organization-validation`
   */
  readonly reSubmitOrganizationValidation: <Config extends OperationConfig>(
    orgId: string,
    validationId: string,
    options: {
      readonly params?: typeof ReSubmitOrganizationValidationParams.Encoded | undefined
      readonly payload: typeof ReSubmitOrganizationValidationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof ReSubmitOrganizationValidation200.Type, Config>, E>
  /**
   * Updates the assigned external organization's validation.
   *
   * `PUT /api/organization/v2/{orgId}/validations/assignment/{validationId}`, area `organization`, tag "Validations", operationId `update-external-validation-assignment`
   */
  readonly updateExternalValidationAssignment: <Config extends OperationConfig>(
    orgId: string,
    validationId: string,
    options: {
      readonly params?: typeof UpdateExternalValidationAssignmentParams.Encoded | undefined
      readonly payload: typeof UpdateExternalValidationAssignmentRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns organization detailed info
   *
   * `GET /api/organization/v1/{id}`, area `organization`, tag "Organizations", operationId `get-org-details`
   */
  readonly getOrgDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOrgDetails200.Type, Config>, E>
  /**
   * Updates organization with given parameters
   *
   * `PUT /api/organization/v1/{id}`, area `organization`, tag "Organizations", operationId `update-organization`
   */
  readonly updateOrganization: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateOrganizationRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<typeof UpdateOrganization200.Type, Config>, E>
  /**
   * Delete organization by ID
   *
   * `DELETE /api/organization/v1/{id}`, area `organization`, tag "Organizations", operationId `delete-org`
   */
  readonly deleteOrg: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Update notification
   *
   * `PUT /api/notification/v1/{notificationId}`, area `notification`, tag "Notifications", operationId `update-notification`
   */
  readonly updateNotification: <Config extends OperationConfig>(
    notificationId: string,
    options: { readonly payload: typeof UpdateNotificationRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<typeof UpdateNotification200.Type, Config>, E>
  /**
   * Delete notification
   *
   * `DELETE /api/notification/v1/{notificationId}`, area `notification`, tag "Notifications", operationId `delete-notification`
   */
  readonly deleteNotification: <Config extends OperationConfig>(
    notificationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get detailed information about endpoint.
   *
   * `GET /api/endpoint/v1/{id}`, area `endpoint`, tag "Endpoints", operationId `get-enrollment-endpoint-details`
   */
  readonly getEnrollmentEndpointDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetEnrollmentEndpointDetails200.Type, Config>, E>
  /**
   * Updates endpoint according to the provided request.
   *
   * `PUT /api/endpoint/v1/{id}`, area `endpoint`, tag "Endpoints", operationId `update-enrollment-endpoint`
   */
  readonly updateEnrollmentEndpoint: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly params?: typeof UpdateEnrollmentEndpointParams.Encoded | undefined
      readonly payload: typeof UpdateEnrollmentEndpointRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deletes enrollment endpoint.
   *
   * `DELETE /api/endpoint/v1/{id}`, area `endpoint`, tag "Endpoints", operationId `delete-enrollment-endpoint`
   */
  readonly deleteEnrollmentEndpoint: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Create/Update endpoint delegations to organization / department. If endpoint was in global delegation mode, it will be switched to custom mode.
   *
   * `PUT /api/endpoint/v1/{id}/delegations`, area `endpoint`, tag "Endpoints", operationId `add-enrollment-endpoint-delegations`
   */
  readonly addEnrollmentEndpointDelegations: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof AddEnrollmentEndpointDelegationsRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Remove all endpoint delegations from organization / department. The endpoint will be switched to global delegation mode.
   *
   * `DELETE /api/endpoint/v1/{id}/delegations`, area `endpoint`, tag "Endpoints", operationId `remove-enrollment-endpoint-delegations`
   */
  readonly removeEnrollmentEndpointDelegations: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get enrollment endpoint configuration details
   *
   * `GET /api/endpoint/v1/{id}/config`, area `endpoint`, tag "Endpoints", operationId `get-enrollment-endpoint-config`
   */
  readonly getEnrollmentEndpointConfig: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetEnrollmentEndpointConfig200.Type, Config>, E>
  /**
   * Create/Update enrollment endpoint configuration, e.g. customized contact data
   *
   * `PUT /api/endpoint/v1/{id}/config`, area `endpoint`, tag "Endpoints", operationId `add-enrollment-endpoint-config`
   */
  readonly addEnrollmentEndpointConfig: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof AddEnrollmentEndpointConfigRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get detailed information about endpoint account.
   *
   * `GET /api/endpoint/v1/{eeId}/account/{id}`, area `endpoint`, tag "Endpoint Accounts", operationId `get-enrollment-endpoint-account-details`
   */
  readonly getEnrollmentEndpointAccountDetails: <Config extends OperationConfig>(
    eeId: string,
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetEnrollmentEndpointAccountDetails200.Type, Config>, E>
  /**
   * Updates endpoint account according to the provided request.
   *
   * `PUT /api/endpoint/v1/{eeId}/account/{id}`, area `endpoint`, tag "Endpoint Accounts", operationId `update-enrollment-endpoint-account`
   */
  readonly updateEnrollmentEndpointAccount: <Config extends OperationConfig>(
    eeId: string,
    id: string,
    options: {
      readonly payload: typeof UpdateEnrollmentEndpointAccountRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deletes enrollment account.
   *
   * `DELETE /api/endpoint/v1/{eeId}/account/{id}`, area `endpoint`, tag "Endpoint Accounts", operationId `delete-enrollment-endpoint-account`
   */
  readonly deleteEnrollmentEndpointAccount: <Config extends OperationConfig>(
    eeId: string,
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Suspended domain. Operation is allowed only for admins with role MRAO.
   *
   * `PUT /api/domain/v1/{id}/suspend`, area `domain`, tag "Domains", operationId `suspend-domain`
   */
  readonly suspendDomain: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Change domain's CT Log Monitoring.
   *
   * `PUT /api/domain/v1/{id}/monitoring`, area `domain`, tag "Domains", operationId `ct-log-monitoring`
   */
  readonly ctLogMonitoring: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof CtLogMonitoringRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Activate domain. Operation is allowed only for admins with role MRAO.
   *
   * `PUT /api/domain/v1/{id}/activate`, area `domain`, tag "Domains", operationId `activate-domain`
   */
  readonly activateDomain: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to edit a network scan task.
   *
   * `PUT /api/discovery/v4/net_task/{id}`, area `discovery`, tag "Network Discovery Tasks", operationId `update-network-task`
   */
  readonly updateNetworkTask: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateNetworkTaskRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to edit MS AD scan task
   *
   * `PUT /api/discovery/v4/ad_task/{id}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `update-ms-ad-scan-task`
   */
  readonly updateMsAdScanTask: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateMsAdScanTaskRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns certificate bucket detailed info
   *
   * `GET /api/discovery/v1/bucket/{bucketId}`, area `discovery`, tag "Certificate Buckets", operationId `find-certificate-bucket-by-id`
   */
  readonly findCertificateBucketById: <Config extends OperationConfig>(
    bucketId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof FindCertificateBucketById200.Type, Config>, E>
  /**
   * Updates certificate bucket
   *
   * `PUT /api/discovery/v1/bucket/{bucketId}`, area `discovery`, tag "Certificate Buckets", operationId `update-certificate-bucket`
   */
  readonly updateCertificateBucket: <Config extends OperationConfig>(
    bucketId: string,
    options: {
      readonly payload: typeof UpdateCertificateBucketRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof UpdateCertificateBucket200.Type, Config>, E>
  /**
   * Deletes certificate bucket
   *
   * `DELETE /api/discovery/v1/bucket/{bucketId}`, area `discovery`, tag "Certificate Buckets", operationId `delete-certificate-bucket`
   */
  readonly deleteCertificateBucket: <Config extends OperationConfig>(
    bucketId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Resets certificate bucket client secret
   *
   * `PUT /api/discovery/v1/bucket/{bucketId}/reset-client-secret`, area `discovery`, tag "Certificate Buckets", operationId `reset-client-secret`
   */
  readonly resetClientSecret: <Config extends OperationConfig>(
    bucketId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ResetClientSecret200.Type, Config>, E>
  /**
   * Delegates organizations to existing certificate bucket
   *
   * `PUT /api/discovery/v1/bucket/{bucketId}/delegations`, area `discovery`, tag "Certificate Buckets", operationId `delegate-organizations-to-certificate-bucket`
   */
  readonly delegateOrganizationsToCertificateBucket: <Config extends OperationConfig>(
    bucketId: string,
    options: {
      readonly payload: typeof DelegateOrganizationsToCertificateBucketRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof DelegateOrganizationsToCertificateBucket200.Type, Config>, E>
  /**
   * Enables administrators to edit Azure Key Vault scan task
   *
   * `PUT /api/discovery/v1/azure_task/{id}`, area `discovery`, tag "Azure Key Vault Discovery Tasks", operationId `update-azure-key-vault-scan-task`
   */
  readonly updateAzureKeyVaultScanTask: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof UpdateAzureKeyVaultScanTaskRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables Admins to get the list of existing assignment rules IDs for the organization or department delegated to them
   *
   * `GET /api/discovery/v1/assignmentrule`, area `discovery`, tag "Assignment rules", operationId `get-assignment-rules-id-list`
   */
  readonly getAssignmentRulesIdList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetAssignmentRulesIdListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAssignmentRulesIdList200.Type, Config>, E>
  /**
   * Enables the administrator to edit the existing assignment rule
   *
   * `PUT /api/discovery/v1/assignmentrule`, area `discovery`, tag "Assignment rules", operationId `update-assignment-rule`
   */
  readonly updateAssignmentRule: <Config extends OperationConfig>(options: {
    readonly payload: typeof UpdateAssignmentRuleRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Assignment rules are associated with discovery tasks to assign 'Unmanaged' certificates (those not issued by SCM) to a particular Organization or Department
   *
   * `POST /api/discovery/v1/assignmentrule`, area `discovery`, tag "Assignment rules", operationId `create-assignment-rule`
   */
  readonly createAssignmentRule: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateAssignmentRuleRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Update Device certificate.
   *
   * `PUT /api/device/v1/{certId}`, area `device`, tag "Device certificates", operationId `update-device-certificate-details`
   */
  readonly updateDeviceCertificateDetails: <Config extends OperationConfig>(
    certId: string,
    options: {
      readonly payload: typeof UpdateDeviceCertificateDetailsRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof UpdateDeviceCertificateDetails200.Type, Config>, E>
  /**
   * Submission of a request for deleting Device certificate for a given Id.
   *
   * `DELETE /api/device/v1/{certId}`, area `device`, tag "Device certificates", operationId `delete-device-certificate-by-id`
   */
  readonly deleteDeviceCertificateById: <Config extends OperationConfig>(
    certId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns Device certificate location details.
   *
   * `GET /api/device/v1/{certId}/location/{locationId}`, area `device`, tag "Device certificates", operationId `get-device-cert-location-details`
   */
  readonly getDeviceCertLocationDetails: <Config extends OperationConfig>(
    certId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDeviceCertLocationDetails200.Type, Config>, E>
  /**
   * Updates custom certificate location with the new details.
   *
   * `PUT /api/device/v1/{certId}/location/{locationId}`, area `device`, tag "Device certificates", operationId `update-device-cert-custom-location`
   */
  readonly updateDeviceCertCustomLocation: <Config extends OperationConfig>(
    certId: string,
    locationId: string,
    options: {
      readonly payload: typeof UpdateDeviceCertCustomLocationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deletes custom certificate location.
   *
   * `DELETE /api/device/v1/{certId}/location/{locationId}`, area `device`, tag "Device certificates", operationId `delete-device-cert-custom-location`
   */
  readonly deleteDeviceCertCustomLocation: <Config extends OperationConfig>(
    certId: string,
    locationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List all custom fields according to filter. Includes complete details.
   *
   * `GET /api/customField/v2`, area `customField`, tag "Custom Fields", operationId `read-custom-fields-by-cert-type`
   */
  readonly readCustomFieldsByCertType: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof ReadCustomFieldsByCertTypeParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ReadCustomFieldsByCertType200.Type, Config>, E>
  /**
   * Update the custom field
   *
   * `PUT /api/customField/v2`, area `customField`, tag "Custom Fields", operationId `update-custom-field`
   */
  readonly updateCustomField: <Config extends OperationConfig>(options: {
    readonly payload: typeof UpdateCustomFieldRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof UpdateCustomField200.Type, Config>, E>
  /**
   * Create the custom field for a particular type of certificate.
   *
   * `POST /api/customField/v2`, area `customField`, tag "Custom Fields", operationId `create-custom-field`
   */
  readonly createCustomField: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateCustomFieldRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get Azure account detailed info
   *
   * `GET /api/azure/v1/accounts/{id}`, area `azure`, tag "Azure Accounts", operationId `get-azure-account-details`
   */
  readonly getAzureAccountDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAzureAccountDetails200.Type, Config>, E>
  /**
   * Update Azure account with given parameters
   *
   * `PUT /api/azure/v1/accounts/{id}`, area `azure`, tag "Azure Accounts", operationId `update-azure-account`
   */
  readonly updateAzureAccount: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateAzureAccountRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete Azure account by given ID
   *
   * `DELETE /api/azure/v1/accounts/{id}`, area `azure`, tag "Azure Accounts", operationId `delete-azure-account`
   */
  readonly deleteAzureAccount: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delegates organizations to existing certificate bucket
   *
   * `PUT /api/azure/v1/accounts/{id}/delegations`, area `azure`, tag "Azure Accounts", operationId `delegate-organizations-to-account`
   */
  readonly delegateOrganizationsToAccount: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof DelegateOrganizationsToAccountRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof DelegateOrganizationsToAccount200.Type, Config>, E>
  /**
   * Get network agent details.
   *
   * `GET /api/agent/v1/network/{id}`, area `agent`, tag "Network Agents", operationId `get-network-agent-details`
   */
  readonly getNetworkAgentDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkAgentDetails200.Type, Config>, E>
  /**
   * Update Network Agent details.
   *
   * `PUT /api/agent/v1/network/{id}`, area `agent`, tag "Network Agents", operationId `update-network-agent`
   */
  readonly updateNetworkAgent: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateNetworkAgentRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete Network Agent.
   *
   * `DELETE /api/agent/v1/network/{id}`, area `agent`, tag "Network Agents", operationId `delete-network-agent`
   */
  readonly deleteNetworkAgent: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get network agent server details.
   *
   * `GET /api/agent/v1/network/{agentId}/server/{id}`, area `agent`, tag "Network Agents", operationId `get-network-agent-server-details`
   */
  readonly getNetworkAgentServerDetails: <Config extends OperationConfig>(
    agentId: string,
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkAgentServerDetails200.Type, Config>, E>
  /**
   * Update server details.
   *
   * `PUT /api/agent/v1/network/{agentId}/server/{id}`, area `agent`, tag "Network Agents", operationId `update-server-details`
   */
  readonly updateServerDetails: <Config extends OperationConfig>(
    agentId: string,
    id: string,
    options: { readonly payload: typeof UpdateServerDetailsRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete server from network agent.
   *
   * `DELETE /api/agent/v1/network/{agentId}/server/{id}`, area `agent`, tag "Network Agents", operationId `delete-server-from-network-agent`
   */
  readonly deleteServerFromNetworkAgent: <Config extends OperationConfig>(
    agentId: string,
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get MS Agent details.
   *
   * `GET /api/agent/v1/ms/{id}`, area `agent`, tag "MS Agents", operationId `get-ms-agent-details`
   */
  readonly getMsAgentDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAgentDetails200.Type, Config>, E>
  /**
   * Update MS Agent details.
   *
   * `PUT /api/agent/v1/ms/{id}`, area `agent`, tag "MS Agents", operationId `update-ms-agent`
   */
  readonly updateMsAgent: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateMsAgentRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<typeof UpdateMsAgent200.Type, Config>, E>
  /**
   * Delete MS Agent.
   *
   * `DELETE /api/agent/v1/ms/{id}`, area `agent`, tag "MS Agents", operationId `delete-ms-agent`
   */
  readonly deleteMsAgent: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof DeleteMsAgent200.Type, Config>, E>
  /**
   * Get detailed information about administrator.
   *
   * `GET /api/admin/v1/{id}`, area `admin`, tag "Administrators", operationId `get-admin-details`
   */
  readonly getAdminDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAdminDetails200.Type, Config>, E>
  /**
   * Update administrator account. Fields that are not changed can be omitted. This method supports following admin types: STANDARD, API, IDP, SAS. Changing of admin type is supported, available transitions are:
   *  - STANDARD -> API, IDP, SAS;
   *  - API -> STANDARD;
   *  - IDP -> STANDARD, SAS;
   *  - SAS -> STANDARD.
   *
   * `PUT /api/admin/v1/{id}`, area `admin`, tag "Administrators", operationId `update-admin-account`
   */
  readonly updateAdminAccount: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateAdminAccountRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete administrator account.
   *
   * `DELETE /api/admin/v1/{id}`, area `admin`, tag "Administrators", operationId `delete-admin-user`
   */
  readonly deleteAdminUser: <Config extends OperationConfig>(
    id: string,
    options?:
      | { readonly params?: typeof DeleteAdminUserParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * This method removes the link to IdP template for IdP administrator, thus admin will no longer be managed by it.
   *
   * `PUT /api/admin/v1/{id}/unlink`, area `admin`, tag "Administrators", operationId `unlink-from-template`
   */
  readonly unlinkFromTemplate: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get detailed information about IdP template.
   *
   * `GET /api/admin-template/v1/{id}`, area `admin-template`, tag "Template Administrators", operationId `get-admin-template-details`
   */
  readonly getAdminTemplateDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAdminTemplateDetails200.Type, Config>, E>
  /**
   * Update IdP Template. Fields that are not changed can be omitted in request. Please note that requested changes (except name) are automatically applied to all IdP admins assigned to this template. In order to get a list of administrators that are currently assigned to this template, please use "List administrators" method from the "Administrators Management" API with filter by "templateId" parameter.
   *
   * `PUT /api/admin-template/v1/{id}`, area `admin-template`, tag "Template Administrators", operationId `update-admin-template`
   */
  readonly updateAdminTemplate: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateAdminTemplateRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete IdP template. By default, all related administrators will be deleted automatically with the template. It is also possible to unlink all related administrators from this template. In order to get a list of administrators that are currently assigned to this template, please use "List administrators" method from the "Administrators" API with filter by "templateId" parameter.
   *
   * `DELETE /api/admin-template/v1/{id}`, area `admin-template`, tag "Template Administrators", operationId `delete-admin-template`
   */
  readonly deleteAdminTemplate: <Config extends OperationConfig>(
    id: string,
    options?:
      | { readonly params?: typeof DeleteAdminTemplateParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns Public ACME account detailed info
   *
   * `GET /api/acme/v2/account/{id}`, area `acme`, tag "Sectigo Public ACME accounts", operationId `get-public-acme-account-details`
   */
  readonly getPublicAcmeAccountDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPublicAcmeAccountDetails200.Type, Config>, E>
  /**
   * Updates ACME account details with given Name parameter
   *
   * `PUT /api/acme/v2/account/{id}`, area `acme`, tag "Sectigo Public ACME accounts", operationId `update-public-acme-account`
   */
  readonly updatePublicAcmeAccount: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof UpdatePublicAcmeAccountRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete Public ACME account with given ID
   *
   * `DELETE /api/acme/v2/account/{id}`, area `acme`, tag "Sectigo Public ACME accounts", operationId `delete-public-acme-account`
   */
  readonly deletePublicAcmeAccount: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deactivate Public ACME account client with given ID for specified account ID
   *
   * `PUT /api/acme/v2/account/{id}/client/{clientId}`, area `acme`, tag "Sectigo Public ACME accounts", operationId `deactivate-public-acme-account-client`
   */
  readonly deactivatePublicAcmeAccountClient: <Config extends OperationConfig>(
    id: string,
    clientId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns Universal ACME account detailed info
   *
   * `GET /api/acme/v1/pca/account/{id}`, area `acme`, tag "Universal ACME accounts", operationId `get-universal-acme-account-details`
   */
  readonly getUniversalAcmeAccountDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetUniversalAcmeAccountDetails200.Type, Config>, E>
  /**
   * Updates Universal ACME account with given Name parameter
   *
   * `PUT /api/acme/v1/pca/account/{id}`, area `acme`, tag "Universal ACME accounts", operationId `update-universal-acme-account`
   */
  readonly updateUniversalAcmeAccount: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof UpdateUniversalAcmeAccountRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete universal ACME account with given ID
   *
   * `DELETE /api/acme/v1/pca/account/{id}`, area `acme`, tag "Universal ACME accounts", operationId `delete-universal-acme-account`
   */
  readonly deleteUniversalAcmeAccount: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Deactivate universal ACME client by its UUID for universal ACME account with given ID
   *
   * `PUT /api/acme/v1/pca/account/{id}/client/{clientId}`, area `acme`, tag "Universal ACME accounts", operationId `deactivate-universal-acme-account-client`
   */
  readonly deactivateUniversalAcmeAccountClient: <Config extends OperationConfig>(
    id: string,
    clientId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List SSL certificate locations.
   *
   * `GET /api/ssl/v2/{sslId}/location`, area `ssl`, tag "SSL certificates", operationId `list-ssl-cert-locations`
   */
  readonly listSslCertLocations: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListSslCertLocations200.Type, Config>, E>
  /**
   * Creates a new custom location for the SSL certificate.
   *
   * `POST /api/ssl/v2/{sslId}/location`, area `ssl`, tag "SSL certificates", operationId `create-ssl-cert-custom-location`
   */
  readonly createSslCertCustomLocation: <Config extends OperationConfig>(
    sslId: string,
    options: {
      readonly payload: typeof CreateSslCertCustomLocationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Initiate SSL certificate revalidation of DCV info
   *
   * `POST /api/ssl/v2/{sslId}/dcv/recheck`, area `ssl`, tag "SSL certificates", operationId `recheck-ssl-cert-dcv-info`
   */
  readonly recheckSslCertDcvInfo: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof RecheckSslCertDcvInfo202.Type, Config>, E>
  /**
   * Sending a request to CA to add the particular SSL certificate in certificate revocation list.
   *
   * `POST /api/ssl/v2/revoke/{id}`, area `ssl`, tag "SSL certificates", operationId `revoke=ssl-certificate-by-id`
   */
  readonly revokeSslCertificateById: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof RevokeSslCertificateByIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add the particular SSL certificate in certificate revocation list
   *
   * `POST /api/ssl/v2/revoke/serial/{serialNumber}`, area `ssl`, tag "SSL certificates", operationId `revoke-ssl-certificate-by-serial-number`
   */
  readonly revokeSslCertificateBySerialNumber: <Config extends OperationConfig>(
    serialNumber: string,
    options: {
      readonly payload: typeof RevokeSslCertificateBySerialNumberRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Marking SSL certificate as revoked in SCM
   *
   * `POST /api/ssl/v2/revoke/manual`, area `ssl`, tag "SSL certificates", operationId `revokeManual=ssl-certificate-by-id-or-sn-plus-issuer`
   */
  readonly revokeManualSslCertificateByIdOrSnPlusIssuer: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeManualSslCertificateByIdOrSnPlusIssuerRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for the substition of the particular SSL certificate applying its parameters and a new CSR.
   *
   * `POST /api/ssl/v2/replace/{sslId}`, area `ssl`, tag "SSL certificates", operationId `replace-ssl-certificate-by-id`
   */
  readonly replaceSslCertificateById: <Config extends OperationConfig>(
    sslId: string,
    options: {
      readonly payload: typeof ReplaceSslCertificateByIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for a new SSL certificate using the CSR and parameters of the initial SSL certificate. The initial certificate is defined by its ID in this case.
   *
   * `POST /api/ssl/v2/renewById/{sslId}`, area `ssl`, tag "SSL certificates", operationId `renew-ssl-certificate-by-id`
   */
  readonly renewSslCertificateById: <Config extends OperationConfig>(
    sslId: string,
    options: {
      readonly payload: typeof RenewSslCertificateByIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof RenewSslCertificateById200.Type, Config>, E>
  /**
   * Submission of a request for a new SSL certificate using the CSR and parameters of the initial certificate. The initial certificate is the one that is selected by the administrator for renewal in this case.
   *
   * `POST /api/ssl/v2/renew/{renewId}`, area `ssl`, tag "SSL certificates", operationId `renew-ssl-certificate-by-serial-number`
   */
  readonly renewSslCertificateBySerialNumber: <Config extends OperationConfig>(
    renewId: string,
    options: {
      readonly payload: typeof RenewSslCertificateBySerialNumberRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * `POST /api/ssl/v2/renew/manual/{id}`, area `ssl`, tag "SSL certificates", operationId `renewManual`
   */
  readonly renewManual: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof RenewManualRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Generation of a link to download private key from Private Key Agent.
   *
   * `POST /api/ssl/v2/keystore/{sslId}/{formatType}`, area `ssl`, tag "SSL certificates", operationId `download-ssl-from-key-store`
   */
  readonly downloadSslFromKeyStore: <Config extends OperationConfig>(
    sslId: string,
    formatType: string,
    options: {
      readonly payload: typeof DownloadSslFromKeyStoreRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof DownloadSslFromKeyStore200.Type, Config>, E>
  /**
   * Import certificates to SCM.
   *
   * `POST /api/ssl/v2/import`, area `ssl`, tag "SSL certificates", operationId `import-ssl-certificate`
   */
  readonly importSslCertificate: <Config extends OperationConfig>(options: {
    readonly payload: typeof ImportSslCertificateRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof ImportSslCertificate200.Type, Config>, E>
  /**
   * Submit request for a new SSL certificate.
   *
   * `POST /api/ssl/v2/enroll`, area `ssl`, tag "SSL certificates", operationId `enroll-ssl-certificate`
   */
  readonly enrollSslCertificate: <Config extends OperationConfig>(options: {
    readonly payload: typeof EnrollSslCertificateRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof EnrollSslCertificate200.Type, Config>, E>
  /**
   * Submit request for a new SSL certificate with generated keypair
   *
   * `POST /api/ssl/v2/enroll-keygen`, area `ssl`, tag "SSL certificates", operationId `enroll-ssl-certificate-with-keyGen`
   */
  readonly enrollSslCertificateWithKeyGen: <Config extends OperationConfig>(options: {
    readonly payload: typeof EnrollSslCertificateWithKeyGenRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof EnrollSslCertificateWithKeyGen200.Type, Config>, E>
  /**
   * Decline a SSL certificate request
   *
   * `POST /api/ssl/v2/decline/{id}`, area `ssl`, tag "SSL certificates", operationId `decline-ssl-certificate-by-id`
   */
  readonly declineSslCertificateById: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof DeclineSslCertificateByIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Approve a SSL certificate request that needs approval
   *
   * `POST /api/ssl/v2/approve/{id}`, area `ssl`, tag "SSL certificates", operationId `approve-ssl-certificate-by-id`
   */
  readonly approveSslCertificateById: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof ApproveSslCertificateByIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List SSL certificate locations.
   *
   * `GET /api/ssl/v1/{sslId}/location`, area `ssl`, tag "SSL certificates", operationId `list-ssl-cert-locations_1`
   */
  readonly listSslCertLocations1: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListSslCertLocations1200.Type, Config>, E>
  /**
   * Creates a new custom location for the SSL certificate.
   *
   * `POST /api/ssl/v1/{sslId}/location`, area `ssl`, tag "SSL certificates", operationId `create-ssl-cert-custom-location_1`
   */
  readonly createSslCertCustomLocation1: <Config extends OperationConfig>(
    sslId: string,
    options: {
      readonly payload: typeof CreateSslCertCustomLocation1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Initiate SSL certificate revalidation of DCV info
   *
   * `POST /api/ssl/v1/{sslId}/dcv/recheck`, area `ssl`, tag "SSL certificates", operationId `recheck-ssl-cert-dcv-info_1`
   */
  readonly recheckSslCertDcvInfo1: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof RecheckSslCertDcvInfo1202.Type, Config>, E>
  /**
   * Sending a request to CA to add the particular SSL certificate in certificate revocation list.
   *
   * `POST /api/ssl/v1/revoke/{id}`, area `ssl`, tag "SSL certificates", operationId `revoke=ssl-certificate-by-id_1`
   */
  readonly revokeSslCertificateById1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof RevokeSslCertificateById1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add the particular SSL certificate in certificate revocation list
   *
   * `POST /api/ssl/v1/revoke/serial/{serialNumber}`, area `ssl`, tag "SSL certificates", operationId `revoke-ssl-certificate-by-serial-number_1`
   */
  readonly revokeSslCertificateBySerialNumber1: <Config extends OperationConfig>(
    serialNumber: string,
    options: {
      readonly payload: typeof RevokeSslCertificateBySerialNumber1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Marking SSL certificate as revoked in SCM
   *
   * `POST /api/ssl/v1/revoke/manual`, area `ssl`, tag "SSL certificates", operationId `revokeManual=ssl-certificate-by-id-or-sn-plus-issuer_1`
   */
  readonly revokeManualSslCertificateByIdOrSnPlusIssuer1: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeManualSslCertificateByIdOrSnPlusIssuer1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for the substition of the particular SSL certificate applying its parameters and a new CSR.
   *
   * `POST /api/ssl/v1/replace/{sslId}`, area `ssl`, tag "SSL certificates", operationId `replace-ssl-certificate-by-id_1`
   */
  readonly replaceSslCertificateById1: <Config extends OperationConfig>(
    sslId: string,
    options: {
      readonly payload: typeof ReplaceSslCertificateById1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for a new SSL certificate using the CSR and parameters of the initial SSL certificate. The initial certificate is defined by its ID in this case.
   *
   * `POST /api/ssl/v1/renewById/{sslId}`, area `ssl`, tag "SSL certificates", operationId `renew-ssl-certificate-by-id_1`
   */
  readonly renewSslCertificateById1: <Config extends OperationConfig>(
    sslId: string,
    options: {
      readonly payload: typeof RenewSslCertificateById1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof RenewSslCertificateById1200.Type, Config>, E>
  /**
   * Submission of a request for a new SSL certificate using the CSR and parameters of the initial certificate. The initial certificate is the one that is selected by the administrator for renewal in this case.
   *
   * `POST /api/ssl/v1/renew/{renewId}`, area `ssl`, tag "SSL certificates", operationId `renew-ssl-certificate-by-serial-number_1`
   */
  readonly renewSslCertificateBySerialNumber1: <Config extends OperationConfig>(
    renewId: string,
    options: {
      readonly payload: typeof RenewSslCertificateBySerialNumber1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * `POST /api/ssl/v1/renew/manual/{id}`, area `ssl`, tag "SSL certificates", operationId `renewManual_1`
   */
  readonly renewManual1: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof RenewManual1RequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Generation of a link to download private key from Private Key Agent.
   *
   * REST 25.5 reference: "Download private key from Private Key Agent". The older version of `POST /api/ssl/v1/keystore/{sslId}/{formatType}` (57-twin-ssl-v1-keystore-get.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/ssl/v1/keystore/{sslId}/{formatType}`, area `ssl`, tag "SSL certificates", operationId `get-ssl-key-store-download-link`
   */
  readonly getSslKeyStoreDownloadLink: <Config extends OperationConfig>(
    sslId: string,
    formatType: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslKeyStoreDownloadLink200.Type, Config>, E>
  /**
   * Generation of a link to download private key from Private Key Agent.
   *
   * `POST /api/ssl/v1/keystore/{sslId}/{formatType}`, area `ssl`, tag "SSL certificates", operationId `download-ssl-from-key-store_1`
   */
  readonly downloadSslFromKeyStore1: <Config extends OperationConfig>(
    sslId: string,
    formatType: string,
    options: {
      readonly payload: typeof DownloadSslFromKeyStore1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof DownloadSslFromKeyStore1200.Type, Config>, E>
  /**
   * Import certificates to SCM.
   *
   * `POST /api/ssl/v1/import`, area `ssl`, tag "SSL certificates", operationId `import-ssl-certificate_1`
   */
  readonly importSslCertificate1: <Config extends OperationConfig>(options: {
    readonly params: typeof ImportSslCertificate1Params.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof ImportSslCertificate1200.Type, Config>, E>
  /**
   * Submit request for a new SSL certificate.
   *
   * `POST /api/ssl/v1/enroll`, area `ssl`, tag "SSL certificates", operationId `enroll-ssl-certificate_1`
   */
  readonly enrollSslCertificate1: <Config extends OperationConfig>(options: {
    readonly payload: typeof EnrollSslCertificate1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof EnrollSslCertificate1200.Type, Config>, E>
  /**
   * Submit request for a new SSL certificate with generated keypair
   *
   * `POST /api/ssl/v1/enroll-keygen`, area `ssl`, tag "SSL certificates", operationId `enroll-ssl-certificate-with-keyGen_1`
   */
  readonly enrollSslCertificateWithKeyGen1: <Config extends OperationConfig>(options: {
    readonly payload: typeof EnrollSslCertificateWithKeyGen1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof EnrollSslCertificateWithKeyGen1200.Type, Config>, E>
  /**
   * Decline a SSL certificate request
   *
   * `POST /api/ssl/v1/decline/{id}`, area `ssl`, tag "SSL certificates", operationId `decline-ssl-certificate-by-id_1`
   */
  readonly declineSslCertificateById1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof DeclineSslCertificateById1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Approve a SSL certificate request that needs approval
   *
   * `POST /api/ssl/v1/approve/{id}`, area `ssl`, tag "SSL certificates", operationId `approve-ssl-certificate-by-id_1`
   */
  readonly approveSslCertificateById1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof ApproveSslCertificateById1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns a list of Client certificate locations.
   *
   * `GET /api/smime/v2/{certId}/location`, area `smime`, tag "Client Certificates", operationId `list-client-cert-locations`
   */
  readonly listClientCertLocations: <Config extends OperationConfig>(
    certId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListClientCertLocations200.Type, Config>, E>
  /**
   * Creates a new custom location for the Client certificate.
   *
   * `POST /api/smime/v2/{certId}/location`, area `smime`, tag "Client Certificates", operationId `create-client-cert-custom-location`
   */
  readonly createClientCertCustomLocation: <Config extends OperationConfig>(
    certId: string,
    options: {
      readonly payload: typeof CreateClientCertCustomLocationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add all Client certificates issued for the person with the particular email address in certificate revocation list.
   *
   * `POST /api/smime/v2/revoke`, area `smime`, tag "Client Certificates", operationId `revoke-client-certificates-by-email`
   */
  readonly revokeClientCertificatesByEmail: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeClientCertificatesByEmailRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add the Client certificate under the particular serial number in certificate revocation list.
   *
   * `POST /api/smime/v2/revoke/serial/{serialNumber}`, area `smime`, tag "Client Certificates", operationId `revoke-client-certificate-by-serial-number`
   */
  readonly revokeClientCertificateBySerialNumber: <Config extends OperationConfig>(
    serialNumber: string,
    options: {
      readonly payload: typeof RevokeClientCertificateBySerialNumberRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add the particular Client certificate in certificate revocation list.
   *
   * `POST /api/smime/v2/revoke/order/{backendCertId}`, area `smime`, tag "Client Certificates", operationId `revoke-client-certificate-by-backend-certificate-id`
   */
  readonly revokeClientCertificateByBackendCertificateId: <Config extends OperationConfig>(
    backendCertId: string,
    options: {
      readonly payload: typeof RevokeClientCertificateByBackendCertificateIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Marking Client certificate as revoked in SCM
   *
   * `POST /api/smime/v2/revoke/manual`, area `smime`, tag "Client Certificates", operationId `revokeManual=client-certificate-by-id-or-sn-plus-issuer`
   */
  readonly revokeManualClientCertificateByIdOrSnPlusIssuer: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeManualClientCertificateByIdOrSnPlusIssuerRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for a new Client certificate using the CSR and parameters of the initial Client certificate. The initial certificate is defined by its serial number.
   *
   * `POST /api/smime/v2/renew/serial/{serialNumber}`, area `smime`, tag "Client Certificates", operationId `renew-client-certificate-by-serial-number`
   */
  readonly renewClientCertificateBySerialNumber: <Config extends OperationConfig>(
    serialNumber: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof RenewClientCertificateBySerialNumber200.Type, Config>, E>
  /**
   * Submission of a request for a new Client certificate using the CSR and parameters of the initial Client certificate. The initial certificate is defined by its backend certificate ID.
   *
   * `POST /api/smime/v2/renew/order/{backendCertId}`, area `smime`, tag "Client Certificates", operationId `renew-client-certificate-by-backend-certificate-id`
   */
  readonly renewClientCertificateByBackendCertificateId: <Config extends OperationConfig>(
    backendCertId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof RenewClientCertificateByBackendCertificateId200.Type, Config>, E>
  /**
   * Download Client Certificate in P12 format.
   *
   * `POST /api/smime/v2/keystore/{certId}`, area `smime`, tag "Client Certificates", operationId `download-p12-client-certificate`, the body as bytes
   */
  readonly downloadP12ClientCertificate: <Config extends OperationConfig>(
    certId: string,
    options: {
      readonly payload: typeof DownloadP12ClientCertificateRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<Uint8Array, Config>, E>
  /**
   * Download Client Certificate in P12 format.
   *
   * `POST /api/smime/v2/keystore/{certId}`, area `smime`, tag "Client Certificates", operationId `download-p12-client-certificate`, the body as a stream
   */
  readonly downloadP12ClientCertificateStream: (
    certId: string,
    options: { readonly payload: typeof DownloadP12ClientCertificateRequestJson.Encoded }
  ) => Stream.Stream<Uint8Array, E>
  /**
   * `POST /api/smime/v2/import`, area `smime`, tag "Client Certificates", operationId `importCertificates`
   */
  readonly importCertificates: <Config extends OperationConfig>(options: {
    readonly payload: typeof ImportCertificatesRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof ImportCertificates200.Type, Config>, E>
  /**
   * Creation and submission of a request for a new Client Certificate.
   *
   * `POST /api/smime/v2/enroll`, area `smime`, tag "Client Certificates", operationId `enroll-client-certificate`
   */
  readonly enrollClientCertificate: <Config extends OperationConfig>(options: {
    readonly payload: typeof EnrollClientCertificateRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof EnrollClientCertificate200.Type, Config>, E>
  /**
   * Retrieves a log for an existing SSL Certificates.
   *
   * `POST /api/report/v1/ssl-certificates`, area `report`, tag "Reports", operationId `generate-ssl-certificates-log`
   */
  readonly generateSslCertificatesLog: <Config extends OperationConfig>(options: {
    readonly params?: typeof GenerateSslCertificatesLogParams.Encoded | undefined
    readonly payload: typeof GenerateSslCertificatesLogRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof GenerateSslCertificatesLog200.Type, Config>, E>
  /**
   * Retrieves a log for an existing Domains.
   *
   * `POST /api/report/v1/domains`, area `report`, tag "Reports", operationId `generate-domains-log`
   */
  readonly generateDomainsLog: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GenerateDomainsLogParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GenerateDomainsLog200.Type, Config>, E>
  /**
   * Retrieves a log for an existing Device Certificates.
   *
   * `POST /api/report/v1/device-certificates`, area `report`, tag "Reports", operationId `generate-device-certificates-log`
   */
  readonly generateDeviceCertificatesLog: <Config extends OperationConfig>(options: {
    readonly params?: typeof GenerateDeviceCertificatesLogParams.Encoded | undefined
    readonly payload: typeof GenerateDeviceCertificatesLogRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof GenerateDeviceCertificatesLog200.Type, Config>, E>
  /**
   * Retrieves a log for an existing Client Certificates.
   *
   * `POST /api/report/v1/client-certificates`, area `report`, tag "Reports", operationId `generate-smime-certificates-log`
   */
  readonly generateSmimeCertificatesLog: <Config extends OperationConfig>(options: {
    readonly params?: typeof GenerateSmimeCertificatesLogParams.Encoded | undefined
    readonly payload: typeof GenerateSmimeCertificatesLogRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof GenerateSmimeCertificatesLog200.Type, Config>, E>
  /**
   * Retrieves a log of SCM activities for a customer’s account, including actions on Certificates and actions of Agents.
   *
   * `POST /api/report/v1/activity`, area `report`, tag "Reports", operationId `generate-activity-report`
   */
  readonly generateActivityReport: <Config extends OperationConfig>(options: {
    readonly params?: typeof GenerateActivityReportParams.Encoded | undefined
    readonly payload: typeof GenerateActivityReportRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof GenerateActivityReport200.Type, Config>, E>
  /**
   * List of person info objects according to applied filters.
   *
   * `GET /api/person/v2`, area `person`, tag "Persons", operationId `list-persons`
   */
  readonly listPersons: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof ListPersonsParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListPersons200.Type, Config>, E>
  /**
   * Create person with specified info.
   *
   * `POST /api/person/v2`, area `person`, tag "Persons", operationId `create-person`
   */
  readonly createPerson: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreatePersonRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Import private key to key store. Multiple entries allowed.
   *
   * `POST /api/person/v2/{personId}/import-key`, area `person`, tag "Persons", operationId `import-key`
   */
  readonly importKey: <Config extends OperationConfig>(
    personId: string,
    options: { readonly payload: typeof ImportKeyRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<typeof ImportKey200.Type, Config>, E>
  /**
   * Invitation email will be sent with link to enrollment form. Account for enrollment form can be specified in request.
   *
   * `POST /api/person/v2/{id}/invitation/send`, area `person`, tag "Persons", operationId `send-invitation`
   */
  readonly sendInvitation: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof SendInvitationRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Synchronize organization validation.
   *
   * `POST /api/organization/v2/{orgId}/validations/{validationId}/sync`, area `organization`, tag "Validations", operationId `sync-organization-validation`
   */
  readonly syncOrganizationValidation: <Config extends OperationConfig>(
    orgId: string,
    validationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof SyncOrganizationValidation200.Type, Config>, E>
  /**
   * Submit organization validation.
   *
   * `POST /api/organization/v2/{orgId}/validations/submit`, area `organization`, tag "Validations", operationId `submit-organization-validation`
   */
  readonly submitOrganizationValidation: <Config extends OperationConfig>(
    orgId: string,
    options: {
      readonly params?: typeof SubmitOrganizationValidationParams.Encoded | undefined
      readonly payload: typeof SubmitOrganizationValidationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Creates the assignment to the external organization's validation.
   *
   * `POST /api/organization/v2/{orgId}/validations/assignment`, area `organization`, tag "Validations", operationId `create-external-validation-assignment`
   */
  readonly createExternalValidationAssignment: <Config extends OperationConfig>(
    orgId: string,
    options: {
      readonly params?: typeof CreateExternalValidationAssignmentParams.Encoded | undefined
      readonly payload: typeof CreateExternalValidationAssignmentRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Query organizations available for logged in client admin
   *
   * `GET /api/organization/v1`, area `organization`, tag "Organizations", operationId `get-org-list`
   */
  readonly getOrgList: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOrgList200.Type, Config>, E>
  /**
   * Creates organization with given parameters
   *
   * `POST /api/organization/v1`, area `organization`, tag "Organizations", operationId `create-organization`
   */
  readonly createOrganization: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateOrganizationRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get notifications according to applied filter
   *
   * `GET /api/notification/v1`, area `notification`, tag "Notifications", operationId `get-notify-list`
   */
  readonly getNotifyList: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetNotifyListParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNotifyList200.Type, Config>, E>
  /**
   * Create notification
   *
   * `POST /api/notification/v1`, area `notification`, tag "Notifications", operationId `create-notification`
   */
  readonly createNotification: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateNotificationRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get list of endpoints according to the specified filter and pagination.
   *
   * `GET /api/endpoint/v1`, area `endpoint`, tag "Endpoints", operationId `list-enrollment-endpoints`
   */
  readonly listEnrollmentEndpoints: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof ListEnrollmentEndpointsParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListEnrollmentEndpoints200.Type, Config>, E>
  /**
   * Creates new endpoint according to the provided request.
   *
   * `POST /api/endpoint/v1`, area `endpoint`, tag "Endpoints", operationId `create-enrollment-endpoint`
   */
  readonly createEnrollmentEndpoint: <Config extends OperationConfig>(options: {
    readonly params?: typeof CreateEnrollmentEndpointParams.Encoded | undefined
    readonly payload: typeof CreateEnrollmentEndpointRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get list of endpoint accounts according to the specified filter and pagination.
   *
   * `GET /api/endpoint/v1/{eeId}/account`, area `endpoint`, tag "Endpoint Accounts", operationId `list-enrollment-endpoint-accounts`
   */
  readonly listEnrollmentEndpointAccounts: <Config extends OperationConfig>(
    eeId: string,
    options?:
      | {
          readonly params?: typeof ListEnrollmentEndpointAccountsParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListEnrollmentEndpointAccounts200.Type, Config>, E>
  /**
   * Creates new account according to the provided request.
   *
   * `POST /api/endpoint/v1/{eeId}/account`, area `endpoint`, tag "Endpoint Accounts", operationId `create-enrollment-endpoint-account`
   */
  readonly createEnrollmentEndpointAccount: <Config extends OperationConfig>(
    eeId: string,
    options: {
      readonly payload: typeof CreateEnrollmentEndpointAccountRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Get list of domains according to the specified filter and pagination.
   *
   * `GET /api/domain/v1`, area `domain`, tag "Domains", operationId `list-domains`
   */
  readonly listDomains: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof ListDomainsParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListDomains200.Type, Config>, E>
  /**
   * Creates new domain according to the provided request.
   *
   * `POST /api/domain/v1`, area `domain`, tag "Domains", operationId `create-domain`
   */
  readonly createDomain: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateDomainRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Add domain delegation to organization / department in context of particular certificate types.
   *
   * `POST /api/domain/v1/{id}/delegation`, area `domain`, tag "Domains", operationId `delegate-domain`
   */
  readonly delegateDomain: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof DelegateDomainRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Remove domain delegation from organization / department in context of particular certificate types.
   *
   * `DELETE /api/domain/v1/{id}/delegation`, area `domain`, tag "Domains", operationId `remove-domain-delegation`
   */
  readonly removeDomainDelegation: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof RemoveDomainDelegationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Reject requested domain delegation to organization / department.
   *
   * `POST /api/domain/v1/{id}/delegation/reject`, area `domain`, tag "Domains", operationId `reject-domain-delegation`
   */
  readonly rejectDomainDelegation: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof RejectDomainDelegationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Approve requested domain delegation to organization / department.
   *
   * `POST /api/domain/v1/{id}/delegation/approve`, area `domain`, tag "Domains", operationId `approve-domain-delegation`
   */
  readonly approveDomainDelegation: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof ApproveDomainDelegationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Add domains delegation to organization / department in context of particular certificate types.
   *
   * `POST /api/domain/v1/delegation`, area `domain`, tag "Domains", operationId `addDelegation`
   */
  readonly addDelegation: <Config extends OperationConfig>(options: {
    readonly payload: typeof AddDelegationRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the list of existing tasks of scanning the network(s) which they are authorized to view and manage.
   *
   * `GET /api/discovery/v4/net_task`, area `discovery`, tag "Network Discovery Tasks", operationId `get-network-scan-task-list`
   */
  readonly getNetworkScanTaskList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetNetworkScanTaskListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkScanTaskList200.Type, Config>, E>
  /**
   * Enables administrators to create a scan task for the private and/or public network(s) in search of SSL certificates.
   *
   * `POST /api/discovery/v4/net_task`, area `discovery`, tag "Network Discovery Tasks", operationId `create-network-task`
   */
  readonly createNetworkTask: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateNetworkTaskRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to start a network(s) scan for a specific task.
   *
   * `POST /api/discovery/v4/net_task/{taskId}/start`, area `discovery`, tag "Network Discovery Tasks", operationId `start-network-scan-task`
   */
  readonly startNetworkScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the list of existing tasks of scanning which he/she is authorized to view and manage
   *
   * `GET /api/discovery/v4/ad_task`, area `discovery`, tag "MS AD Discovery Tasks", operationId `get-ms-ad-scan-task-list`
   */
  readonly getMsAdScanTaskList: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetMsAdScanTaskListParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAdScanTaskList200.Type, Config>, E>
  /**
   * Enables administrators to create a scan task in search of SSL certificates
   *
   * `POST /api/discovery/v4/ad_task`, area `discovery`, tag "MS AD Discovery Tasks", operationId `create-ms-ad-scan-task`
   */
  readonly createMsAdScanTask: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateMsAdScanTaskRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to start MS AD scan for a specific task
   *
   * `POST /api/discovery/v4/ad_task/{taskId}/start`, area `discovery`, tag "MS AD Discovery Tasks", operationId `start-ms-ad-scan-task`
   */
  readonly startMsAdScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Cancel certificate discovery operation
   *
   * `POST /api/discovery/v1/{type}/{taskId}/operation/{opId}/stop`, area `discovery`, tag "Operations", operationId `stop-operation`
   */
  readonly stopOperation: <Config extends OperationConfig>(
    type: string,
    taskId: string,
    opId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Query certificate buckets available according to filtering parameters supplied
   *
   * `GET /api/discovery/v1/bucket`, area `discovery`, tag "Certificate Buckets", operationId `get-certificate-buckets-list`
   */
  readonly getCertificateBucketsList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetCertificateBucketsListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetCertificateBucketsList200.Type, Config>, E>
  /**
   * Creates certificate bucket with given parameters
   *
   * `POST /api/discovery/v1/bucket`, area `discovery`, tag "Certificate Buckets", operationId `create-certificate-bucket`
   */
  readonly createCertificateBucket: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateCertificateBucketRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof CreateCertificateBucket201.Type, Config>, E>
  /**
   * Runs rules against certificate bucket
   *
   * `POST /api/discovery/v1/bucket/{bucketId}/runrules`, area `discovery`, tag "Certificate Buckets", operationId `run-rules-for-certificate-bucket`
   */
  readonly runRulesForCertificateBucket: <Config extends OperationConfig>(
    bucketId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Assigns certificates in certificate bucket
   *
   * `POST /api/discovery/v1/bucket/{bucketId}/assign`, area `discovery`, tag "Certificate Buckets", operationId `assign-certificates-in-certificate-bucket`
   */
  readonly assignCertificatesInCertificateBucket: <Config extends OperationConfig>(
    bucketId: string,
    options: {
      readonly payload: typeof AssignCertificatesInCertificateBucketRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the list of existing tasks of scanning which he/she is authorized to view and manage
   *
   * `GET /api/discovery/v1/azure_task`, area `discovery`, tag "Azure Key Vault Discovery Tasks", operationId `get-azure-key-vault-scan-task-list`
   */
  readonly getAzureKeyVaultScanTaskList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetAzureKeyVaultScanTaskListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAzureKeyVaultScanTaskList200.Type, Config>, E>
  /**
   * Enables administrators to create a scan task in search of SSL certificates
   *
   * `POST /api/discovery/v1/azure_task`, area `discovery`, tag "Azure Key Vault Discovery Tasks", operationId `create-azure-key-vault-scan-task`
   */
  readonly createAzureKeyVaultScanTask: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateAzureKeyVaultScanTaskRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to start Azure Key Vault scan for a specific task
   *
   * `POST /api/discovery/v1/azure_task/{taskId}/start`, area `discovery`, tag "Azure Key Vault Discovery Tasks", operationId `start-azure-key-vault-scan-task`
   */
  readonly startAzureKeyVaultScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns a list of Device certificate locations.
   *
   * `GET /api/device/v1/{certId}/location`, area `device`, tag "Device certificates", operationId `list-device-cert-locations`
   */
  readonly listDeviceCertLocations: <Config extends OperationConfig>(
    certId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListDeviceCertLocations200.Type, Config>, E>
  /**
   * Creates a new custom location for the Device certificate.
   *
   * `POST /api/device/v1/{certId}/location`, area `device`, tag "Device certificates", operationId `create-device-cert-custom-location`
   */
  readonly createDeviceCertCustomLocation: <Config extends OperationConfig>(
    certId: string,
    options: {
      readonly payload: typeof CreateDeviceCertCustomLocationRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add the Device certificate under the particular serial number to certificate revocation list.
   *
   * `POST /api/device/v1/revoke/serial/{serialNumber}`, area `device`, tag "Device certificates", operationId `revoke-device-certificate-by-serialNumber`
   */
  readonly revokeDeviceCertificateBySerialNumber: <Config extends OperationConfig>(
    serialNumber: string,
    options: {
      readonly payload: typeof RevokeDeviceCertificateBySerialNumberRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add the Device certificate under the particular Id to certificate revocation list.
   *
   * `POST /api/device/v1/revoke/order/{deviceCertId}`, area `device`, tag "Device certificates", operationId `revoke-device-certificate-by-id`
   */
  readonly revokeDeviceCertificateById: <Config extends OperationConfig>(
    deviceCertId: string,
    options: {
      readonly payload: typeof RevokeDeviceCertificateByIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Marking Device certificate as revoked in SCM
   *
   * `POST /api/device/v1/revoke/manual`, area `device`, tag "Device certificates", operationId `revokeManual=device-certificate-by-id-or-sn-plus-issuer`
   */
  readonly revokeManualDeviceCertificateByIdOrSnPlusIssuer: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeManualDeviceCertificateByIdOrSnPlusIssuerRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for a replace of a Device certificate using new CSR and the parameters of the initial Device certificate.
   * The initial certificate is defined by its Id.
   *
   * `POST /api/device/v1/replace/order/{deviceCertId}`, area `device`, tag "Device certificates", operationId `replace-device-certificate-by-id`
   */
  readonly replaceDeviceCertificateById: <Config extends OperationConfig>(
    deviceCertId: string,
    options: {
      readonly payload: typeof ReplaceDeviceCertificateByIdRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for a new Device certificate using the CSR and parameters of the initial Device certificate.
   *
   * `POST /api/device/v1/renew/serial/{serialNumber}`, area `device`, tag "Device certificates", operationId `renew-device-certificate-by-serial-number`
   */
  readonly renewDeviceCertificateBySerialNumber: <Config extends OperationConfig>(
    serialNumber: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof RenewDeviceCertificateBySerialNumber200.Type, Config>, E>
  /**
   * Submission of a request for a new Device certificate using the CSR and parameters of the initial Device certificate.
   *
   * `POST /api/device/v1/renew/order/{deviceCertId}`, area `device`, tag "Device certificates", operationId `renew-device-certificate-by-id`
   */
  readonly renewDeviceCertificateById: <Config extends OperationConfig>(
    deviceCertId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof RenewDeviceCertificateById200.Type, Config>, E>
  /**
   * `POST /api/device/v1/import`, area `device`, tag "Device certificates", operationId `importCertificates_1`
   */
  readonly importCertificates1: <Config extends OperationConfig>(options: {
    readonly payload: typeof ImportCertificates1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof ImportCertificates1200.Type, Config>, E>
  /**
   * Creation and submission of a request for a new Device certificate.
   *
   * `POST /api/device/v1/enroll`, area `device`, tag "Device certificates", operationId `enroll-device-certificate`
   */
  readonly enrollDeviceCertificate: <Config extends OperationConfig>(options: {
    readonly payload: typeof EnrollDeviceCertificateRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof EnrollDeviceCertificate200.Type, Config>, E>
  /**
   * Allows admin to decline the requested Device certificate.
   *
   * `POST /api/device/v1/decline/{deviceCertId}`, area `device`, tag "Device certificates", operationId `decline-device-certificate`
   */
  readonly declineDeviceCertificate: <Config extends OperationConfig>(
    deviceCertId: string,
    options: {
      readonly payload: typeof DeclineDeviceCertificateRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Allows admin to approve the requested Device certificate.
   *
   * `POST /api/device/v1/approve/{deviceCertId}`, area `device`, tag "Device certificates", operationId `approve-device-certificate`
   */
  readonly approveDeviceCertificate: <Config extends OperationConfig>(
    deviceCertId: string,
    options: {
      readonly payload: typeof ApproveDeviceCertificateRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Synchronize domain validation details with backend
   *
   * `POST /api/dcv/v2/validation/sync`, area `dcv`, tag "Domain Control Validation", operationId `sync-dcv`
   */
  readonly syncDcv: <Config extends OperationConfig>(options: {
    readonly params?: typeof SyncDcvParams.Encoded | undefined
    readonly payload: typeof SyncDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SyncDcv200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using TXT method. The TXT record should be created on the DNS server with the provided details.
   *
   * `POST /api/dcv/v2/validation/submit/domain/txt`, area `dcv`, tag "Domain Control Validation", operationId `submit-txt-dcv`
   */
  readonly submitTxtDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitTxtDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitTxtDcv200.Type, Config>, E>
  /**
   * Submit a validation request for Domain Control Validation using HTTPS method. This method validates that the txt validation file on the HTTPS server matches the validation details provided by the "Start validation HTTPS" method.
   *
   * `POST /api/dcv/v2/validation/submit/domain/https`, area `dcv`, tag "Domain Control Validation", operationId `submit-https-dcv`
   */
  readonly submitHttpsDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitHttpsDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitHttpsDcv200.Type, Config>, E>
  /**
   * Submit a validation request for Domain Control Validation using HTTP method. This method validates that the txt validation file on the HTTP server matches the validation details provided by the "Start validation HTTP" method.
   *
   * `POST /api/dcv/v2/validation/submit/domain/http`, area `dcv`, tag "Domain Control Validation", operationId `submit-http-dcv`
   */
  readonly submitHttpDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitHttpDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitHttpDcv200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using Email method. The email message will be sent to the email address specified in the request. Note: The list of email addresses that can be used for Email DCV is available via "Start validation via Email" method.
   *
   * `POST /api/dcv/v2/validation/submit/domain/email`, area `dcv`, tag "Domain Control Validation", operationId `submit-email-dcv`
   */
  readonly submitEmailDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitEmailDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitEmailDcv200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using CName method. Required details dor CNAME DNS record should be taken via "Start CName validation" method
   *
   * `POST /api/dcv/v2/validation/submit/domain/cname`, area `dcv`, tag "Domain Control Validation", operationId `submit-cname-dcv`
   */
  readonly submitCnameDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitCnameDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitCnameDcv200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using Email method. The email message will be sent to the email address specified in the request. Note: The list of email addresses that can be used for Email DCV is available via "Start validation via Email" method.
   *
   * `POST /api/dcv/v2/validation/submit-bulk/domain/email`, area `dcv`, tag "Domain Control Validation", operationId `submit-bulk-email-dcv`
   */
  readonly submitBulkEmailDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitBulkEmailDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitBulkEmailDcv200.Type, Config>, E>
  /**
   * Get domain validation details
   *
   * `POST /api/dcv/v2/validation/status`, area `dcv`, tag "Domain Control Validation", operationId `get-dcv-status`
   */
  readonly getDcvStatus: <Config extends OperationConfig>(options: {
    readonly payload: typeof GetDcvStatusRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof GetDcvStatus200.Type, Config>, E>
  /**
   * DNS TXT domain validation method does not require start operation. All details required for validation are provided on submit operation.
   *
   * `POST /api/dcv/v2/validation/start/domain/txt`, area `dcv`, tag "Domain Control Validation", operationId `start-txt-dcv`
   */
  readonly startTxtDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartTxtDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartTxtDcv200.Type, Config>, E>
  /**
   * Start Domain Control Validation using HTTPS method. Required details for HTTPS DCV are provided in the response. After you prepare txt validation file on the HTTPS server, you should proceed with the "Submit HTTPS validation" method.
   *
   * `POST /api/dcv/v2/validation/start/domain/https`, area `dcv`, tag "Domain Control Validation", operationId `start-https-dcv`
   */
  readonly startHttpsDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartHttpsDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartHttpsDcv200.Type, Config>, E>
  /**
   * Start Domain Control Validation using HTTP method. Required details for HTTP DCV are provided in the response. After you prepare txt validation file on the HTTP server, you should proceed with the "Submit HTTP Validation" method.
   *
   * `POST /api/dcv/v2/validation/start/domain/http`, area `dcv`, tag "Domain Control Validation", operationId `start-http-dcv`
   */
  readonly startHttpDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartHttpDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartHttpDcv200.Type, Config>, E>
  /**
   * Start Domain Control Validation using Email method. A list of available emails for Email DCV is returned in the response.In order to proceed with the particular email address from this list, call "Submit Validation via Email" method.
   *
   * `POST /api/dcv/v2/validation/start/domain/email`, area `dcv`, tag "Domain Control Validation", operationId `start-email-dcv`
   */
  readonly startEmailDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartEmailDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartEmailDcv200.Type, Config>, E>
  /**
   * Start Domain Control Validation using CName method. "Host" and "Point" details for CName DCV are provided in the response. After you create a CNAME DNS record for your domain, you should proceed with the "Submit CName validation" method.
   *
   * `POST /api/dcv/v2/validation/start/domain/cname`, area `dcv`, tag "Domain Control Validation", operationId `start-cname-dcv`
   */
  readonly startCnameDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartCnameDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartCnameDcv200.Type, Config>, E>
  /**
   * Delete DCV
   *
   * `POST /api/dcv/v2/validation/delete`, area `dcv`, tag "Domain Control Validation", operationId `delete-dcv`
   */
  readonly deleteDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof DeleteDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Reset the parameters of a requested DCV,  reset domain validation and DCV order statuses of the domain to the initial values.
   *
   * `POST /api/dcv/v2/validation/clear`, area `dcv`, tag "Domain Control Validation", operationId `clear-domain-dcv`
   */
  readonly clearDomainDcv: <Config extends OperationConfig>(options: {
    readonly payload: typeof ClearDomainDcvRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof ClearDomainDcv200.Type, Config>, E>
  /**
   * Marking CodeSign certificate as revoked in SCM
   *
   * `POST /api/cscert/v1/revoke/manual`, area `cscert`, tag "cs-cert-resource-v-1", operationId `revokeManual=cs-certificate-by-id-or-sn-plus-issuer`
   */
  readonly revokeManualCsCertificateByIdOrSnPlusIssuer: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeManualCsCertificateByIdOrSnPlusIssuerRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * `POST /api/cscert/v1/import`, area `cscert`, tag "cs-cert-resource-v-1", operationId `importCertificates_2`
   */
  readonly importCertificates2: <Config extends OperationConfig>(options: {
    readonly payload: typeof ImportCertificates2RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof ImportCertificates2200.Type, Config>, E>
  /**
   * Get list of Azure accounts with basic details
   *
   * `GET /api/azure/v1/accounts`, area `azure`, tag "Azure Accounts", operationId `get-azure-accounts`
   */
  readonly getAzureAccounts: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetAzureAccountsParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAzureAccounts200.Type, Config>, E>
  /**
   * Create Azure account with given parameters
   *
   * `POST /api/azure/v1/accounts`, area `azure`, tag "Azure Accounts", operationId `create-azure-account`
   */
  readonly createAzureAccount: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateAzureAccountRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List all Network Agents that match the requested filter.
   *
   * `GET /api/agent/v1/network`, area `agent`, tag "Network Agents", operationId `get-network-agent-list`
   */
  readonly getNetworkAgentList: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetNetworkAgentListParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkAgentList200.Type, Config>, E>
  /**
   * Adds a new Network Agent and returns the "installation token" needed for agent installation.
   *
   * `POST /api/agent/v1/network`, area `agent`, tag "Network Agents", operationId `add-network-agent`
   */
  readonly addNetworkAgent: <Config extends OperationConfig>(options: {
    readonly payload: typeof AddNetworkAgentRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof AddNetworkAgent201.Type, Config>, E>
  /**
   * List all servers that match the requested filter.
   *
   * `GET /api/agent/v1/network/{agentId}/server`, area `agent`, tag "Network Agents", operationId `get-network-agent-servers-list`
   */
  readonly getNetworkAgentServersList: <Config extends OperationConfig>(
    agentId: string,
    options?:
      | {
          readonly params?: typeof GetNetworkAgentServersListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkAgentServersList200.Type, Config>, E>
  /**
   * Add a new server to a Network Agent.
   *
   * `POST /api/agent/v1/network/{agentId}/server`, area `agent`, tag "Network Agents", operationId `add-server-to-network-agent`
   */
  readonly addServerToNetworkAgent: <Config extends OperationConfig>(
    agentId: string,
    options: {
      readonly payload: typeof AddServerToNetworkAgentRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List all MS Agents that match the requested filter.
   *
   * `GET /api/agent/v1/ms`, area `agent`, tag "MS Agents", operationId `get-ms-agent-list`
   */
  readonly getMsAgentList: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetMsAgentListParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAgentList200.Type, Config>, E>
  /**
   * Adds a new MS Agent and returns the "installation token" needed for agent installation.
   *
   * `POST /api/agent/v1/ms`, area `agent`, tag "MS Agents", operationId `add-ms-agent`
   */
  readonly addMsAgent: <Config extends OperationConfig>(options: {
    readonly payload: typeof AddMsAgentRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof AddMsAgent201.Type, Config>, E>
  /**
   * List administrators according to the specified filter and pagination. Note: "IdP Template" administrators are not supported by current method and are filtered out. In order to receive a list of IdP templates, please use "List IdP Templates" method from "Template Administrators" section.
   *
   * `GET /api/admin/v1`, area `admin`, tag "Administrators", operationId `list-admin-users`
   */
  readonly listAdminUsers: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof ListAdminUsersParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListAdminUsers200.Type, Config>, E>
  /**
   * Create administrator account. This method supports following admin types: STANDARD, API, IDP, SAS.
   *
   * `POST /api/admin/v1`, area `admin`, tag "Administrators", operationId `create-admin-account`
   */
  readonly createAdminAccount: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateAdminAccountRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Change of administrator's own password. Available for Standard and API administrators.
   *
   * `POST /api/admin/v1/changepassword`, area `admin`, tag "Administrators", operationId `change-admin-password`
   */
  readonly changeAdminPassword: <Config extends OperationConfig>(options: {
    readonly params: typeof ChangeAdminPasswordParams.Encoded
    readonly payload: typeof ChangeAdminPasswordRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List IdP Templates according to the specified filter.
   *
   * `GET /api/admin-template/v1`, area `admin-template`, tag "Template Administrators", operationId `list-admin-templates`
   */
  readonly listAdminTemplates: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof ListAdminTemplatesParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListAdminTemplates200.Type, Config>, E>
  /**
   * Create IdP Template for automatic creation of IdP Administrators during login via Identity Provider.
   *
   * `POST /api/admin-template/v1`, area `admin-template`, tag "Template Administrators", operationId `create-admin-template`
   */
  readonly createAdminTemplate: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateAdminTemplateRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Query Public ACME accounts available according to filtering parameters supplied
   *
   * `GET /api/acme/v2/account`, area `acme`, tag "Sectigo Public ACME accounts", operationId `get-public-acme-accounts-list`
   */
  readonly getPublicAcmeAccountsList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetPublicAcmeAccountsListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPublicAcmeAccountsList200.Type, Config>, E>
  /**
   * Creates public ACME account with given parameters
   *
   * `POST /api/acme/v2/account`, area `acme`, tag "Sectigo Public ACME accounts", operationId `create-public-acme-account`
   */
  readonly createPublicAcmeAccount: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreatePublicAcmeAccountRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Query Public ACME account's domains available according to filtering parameters supplied
   *
   * `GET /api/acme/v2/account/{id}/domain`, area `acme`, tag "Sectigo Public ACME accounts", operationId `list-acme-account-domains`
   */
  readonly listAcmeAccountDomains: <Config extends OperationConfig>(
    id: string,
    options?:
      | {
          readonly params?: typeof ListAcmeAccountDomainsParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListAcmeAccountDomains200.Type, Config>, E>
  /**
   * Adds list of given domains to Public ACME account with given id
   *
   * `POST /api/acme/v2/account/{id}/domain`, area `acme`, tag "Sectigo Public ACME accounts", operationId `add-domains-to-public-acme-account`
   */
  readonly addDomainsToPublicAcmeAccount: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof AddDomainsToPublicAcmeAccountRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof AddDomainsToPublicAcmeAccount200.Type, Config>, E>
  /**
   * Remove list of given domains from Public ACME account with given id
   *
   * `DELETE /api/acme/v2/account/{id}/domain`, area `acme`, tag "Sectigo Public ACME accounts", operationId `remove-domains-from-public-acme-account`
   */
  readonly removeDomainsFromPublicAcmeAccount: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof RemoveDomainsFromPublicAcmeAccountRequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof RemoveDomainsFromPublicAcmeAccount200.Type, Config>, E>
  /**
   * Query universal ACME accounts available according to filtering parameters supplied
   *
   * `GET /api/acme/v1/pca/account`, area `acme`, tag "Universal ACME accounts", operationId `get-universal-acme-accounts-list`
   */
  readonly getUniversalAcmeAccountsList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetUniversalAcmeAccountsListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetUniversalAcmeAccountsList200.Type, Config>, E>
  /**
   * Creates Universal ACME account with given parameters
   *
   * `POST /api/acme/v1/pca/account`, area `acme`, tag "Universal ACME accounts", operationId `create-universal-acme-account`
   */
  readonly createUniversalAcmeAccount: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateUniversalAcmeAccountRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * ACME EV details validation
   *
   * `POST /api/acme/v1/evdetails/validation`, area `acme`, tag "ACME EV details validation", operationId `acme-ev-details-validation`
   *
   * @deprecated in the spec
   */
  readonly acmeEvDetailsValidation: <Config extends OperationConfig>(options: {
    readonly payload: typeof AcmeEvDetailsValidationRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof AcmeEvDetailsValidation200.Type, Config>, E>
  /**
   * Get SSL certificate details.
   *
   * `GET /api/ssl/v2/{sslId}`, area `ssl`, tag "SSL certificates", operationId `get-ssl-certificate-details`
   */
  readonly getSslCertificateDetails: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertificateDetails200.Type, Config>, E>
  /**
   * Submission of a request for deleting SSL certificate for a given SSL Id.
   *
   * `DELETE /api/ssl/v2/{sslId}`, area `ssl`, tag "SSL certificates", operationId `delete-ssl-certificate-by-id`
   */
  readonly deleteSslCertificateById: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns SSL certificate DCV info
   *
   * `GET /api/ssl/v2/{sslId}/dcv`, area `ssl`, tag "SSL certificates", operationId `get-ssl-cert-dcv-info`
   */
  readonly getSslCertDcvInfo: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertDcvInfo200.Type, Config>, E>
  /**
   * List SSL certificate profiles, previously known as a certificate type. An enrollment request will require the certificate profile be specified.
   *
   * `GET /api/ssl/v2/types`, area `ssl`, tag "SSL certificates", operationId `get-ssl-cert-types`
   */
  readonly getSslCertTypes: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetSslCertTypesParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertTypes200.Type, Config>, E>
  /**
   * List SSL certificate custom fields. An enrollment require will require all mandatory custom fields be specified.
   *
   * `GET /api/ssl/v2/customFields`, area `ssl`, tag "SSL certificates", operationId `get-ssl-custom-fields`
   */
  readonly getSslCustomFields: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCustomFields200.Type, Config>, E>
  /**
   * Delivering the newly issued SSL Certificate from CA to the administrator for download.
   *
   * `GET /api/ssl/v2/collect/{sslId}`, area `ssl`, tag "SSL certificates", operationId `collect-ssl-certificate`, the body as bytes
   */
  readonly collectSslCertificate: <Config extends OperationConfig>(
    sslId: string,
    options?:
      | {
          readonly params?: typeof CollectSslCertificateParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<Uint8Array, Config>, E>
  /**
   * Delivering the newly issued SSL Certificate from CA to the administrator for download.
   *
   * `GET /api/ssl/v2/collect/{sslId}`, area `ssl`, tag "SSL certificates", operationId `collect-ssl-certificate`, the body as a stream
   */
  readonly collectSslCertificateStream: (
    sslId: string,
    options?: { readonly params?: typeof CollectSslCertificateParams.Encoded | undefined } | undefined
  ) => Stream.Stream<Uint8Array, E>
  /**
   * Get SSL certificate details.
   *
   * `GET /api/ssl/v1/{sslId}`, area `ssl`, tag "SSL certificates", operationId `get-ssl-certificate-details_1`
   */
  readonly getSslCertificateDetails1: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertificateDetails1200.Type, Config>, E>
  /**
   * Submission of a request for deleting SSL certificate for a given SSL Id.
   *
   * `DELETE /api/ssl/v1/{sslId}`, area `ssl`, tag "SSL certificates", operationId `delete-ssl-certificate-by-id_1`
   */
  readonly deleteSslCertificateById1: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns SSL certificate DCV info
   *
   * `GET /api/ssl/v1/{sslId}/dcv`, area `ssl`, tag "SSL certificates", operationId `get-ssl-cert-dcv-info_1`
   */
  readonly getSslCertDcvInfo1: <Config extends OperationConfig>(
    sslId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertDcvInfo1200.Type, Config>, E>
  /**
   * List SSL certificate profiles, previously known as a certificate type. An enrollment request will require the certificate profile be specified.
   *
   * `GET /api/ssl/v1/types`, area `ssl`, tag "SSL certificates", operationId `get-ssl-cert-types_1`
   */
  readonly getSslCertTypes1: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetSslCertTypes1Params.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCertTypes1200.Type, Config>, E>
  /**
   * List SSL certificate custom fields. An enrollment require will require all mandatory custom fields be specified.
   *
   * `GET /api/ssl/v1/customFields`, area `ssl`, tag "SSL certificates", operationId `get-ssl-custom-fields_1`
   */
  readonly getSslCustomFields1: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetSslCustomFields1200.Type, Config>, E>
  /**
   * Delivering the newly issued SSL Certificate from CA to the administrator for download.
   *
   * `GET /api/ssl/v1/collect/{sslId}`, area `ssl`, tag "SSL certificates", operationId `collect-ssl-certificate_1`, the body as bytes
   */
  readonly collectSslCertificate1: <Config extends OperationConfig>(
    sslId: string,
    options?:
      | {
          readonly params?: typeof CollectSslCertificate1Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<Uint8Array, Config>, E>
  /**
   * Delivering the newly issued SSL Certificate from CA to the administrator for download.
   *
   * `GET /api/ssl/v1/collect/{sslId}`, area `ssl`, tag "SSL certificates", operationId `collect-ssl-certificate_1`, the body as a stream
   */
  readonly collectSslCertificate1Stream: (
    sslId: string,
    options?: { readonly params?: typeof CollectSslCertificate1Params.Encoded | undefined } | undefined
  ) => Stream.Stream<Uint8Array, E>
  /**
   * List all client certificates that match the requested filter.
   *
   * `GET /api/smime/v2`, area `smime`, tag "Client Certificates", operationId `get-client-certificate-list`
   */
  readonly getClientCertificateList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetClientCertificateListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertificateList200.Type, Config>, E>
  /**
   * List Client Certificate profiles, previously known as a certificate type. An enrollment request will require the Certificate Profile be specified.
   *
   * `GET /api/smime/v2/types`, area `smime`, tag "Client Certificates", operationId `get-client-cert-profiles`
   */
  readonly getClientCertProfiles: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetClientCertProfilesParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertProfiles200.Type, Config>, E>
  /**
   * List Client Certificate custom fields. An enrollment requires all mandatory custom fields to be specified.
   *
   * `GET /api/smime/v2/customFields`, area `smime`, tag "Client Certificates", operationId `get-client-cert-custom-fields`
   */
  readonly getClientCertCustomFields: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertCustomFields200.Type, Config>, E>
  /**
   * Delivering the newly issued Client certificate from CA to the administrator for download.
   *
   * `GET /api/smime/v2/collect/{backendCertId}`, area `smime`, tag "Client Certificates", operationId `collect-client-certificate`, the body as bytes
   */
  readonly collectClientCertificate: <Config extends OperationConfig>(
    backendCertId: string,
    options?:
      | {
          readonly params?: typeof CollectClientCertificateParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<Uint8Array, Config>, E>
  /**
   * Delivering the newly issued Client certificate from CA to the administrator for download.
   *
   * `GET /api/smime/v2/collect/{backendCertId}`, area `smime`, tag "Client Certificates", operationId `collect-client-certificate`, the body as a stream
   */
  readonly collectClientCertificateStream: (
    backendCertId: string,
    options?: { readonly params?: typeof CollectClientCertificateParams.Encoded | undefined } | undefined
  ) => Stream.Stream<Uint8Array, E>
  /**
   * List of endpoints available for person invitation. Account for enrollment form can be specified in request.
   *
   * `GET /api/person/v2/{id}/invitation/endpoint`, area `person`, tag "Persons", operationId `get-endpoint-list`
   */
  readonly getEndpointList: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetEndpointList200.Type, Config>, E>
  /**
   * List of accounts available for specific enrollment endpoint.
   *
   * `GET /api/person/v2/{id}/invitation/endpoint/{endpointId}/account`, area `person`, tag "Persons", operationId `get-endpoint-account-list`
   */
  readonly getEndpointAccountList: <Config extends OperationConfig>(
    id: string,
    endpointId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetEndpointAccountList200.Type, Config>, E>
  /**
   * Will return ID for a person with given email.
   *
   * `GET /api/person/v2/id/byEmail/{email}`, area `person`, tag "Persons", operationId `get-person-id-by-email`
   */
  readonly getPersonIdByEmail: <Config extends OperationConfig>(
    email: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPersonIdByEmail200.Type, Config>, E>
  /**
   * Get list of organization validations.
   *
   * `GET /api/organization/v2/{orgId}/validations`, area `organization`, tag "Validations", operationId `list-organization-validations`
   */
  readonly listOrganizationValidations: <Config extends OperationConfig>(
    orgId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListOrganizationValidations200.Type, Config>, E>
  /**
   * Return detailed response for the specified organization validation.
   *
   * `GET /api/organization/v2/{orgId}/validations/{validationId}`, area `organization`, tag "Validations", operationId `get-organization-validation-details`
   */
  readonly getOrganizationValidationDetails: <Config extends OperationConfig>(
    orgId: string,
    validationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOrganizationValidationDetails200.Type, Config>, E>
  /**
   * Resets and removes organization validation.
   *
   * `DELETE /api/organization/v2/{orgId}/validations/{validationId}`, area `organization`, tag "Validations", operationId `reset-and-remove-organization-validation`
   */
  readonly resetAndRemoveOrganizationValidation: <Config extends OperationConfig>(
    orgId: string,
    validationId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns list of organizations related to specific certificate type
   *
   * `GET /api/organization/v1/report-type/{report-type}`, area `organization`, tag "Organizations", operationId `get-org-list-by-cert-type`
   */
  readonly getOrgListByCertType: <Config extends OperationConfig>(
    reportType: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOrgListByCertType200.Type, Config>, E>
  /**
   * Returns list of organizations delegated to specified role
   *
   * `GET /api/organization/v1/managed-by/{role}`, area `organization`, tag "Organizations", operationId `get-orgs-by-role`
   */
  readonly getOrgsByRole: <Config extends OperationConfig>(
    role: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOrgsByRole200.Type, Config>, E>
  /**
   * Get the notification types that are available for the current administrator.
   *
   * `GET /api/notification/v1/types`, area `notification`, tag "Notifications", operationId `get-notify-types`
   */
  readonly getNotifyTypes: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNotifyTypes200.Type, Config>, E>
  /**
   * Get detailed information about domain.
   *
   * `GET /api/domain/v1/{id}`, area `domain`, tag "Domains", operationId `get-domain-details`
   */
  readonly getDomainDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDomainDetails200.Type, Config>, E>
  /**
   * Delete domain. Operation is allowed only for admins with role MRAO.
   *
   * `DELETE /api/domain/v1/{id}`, area `domain`, tag "Domains", operationId `delete-domain`
   */
  readonly deleteDomain: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the parameters of a particular task of network scanning which they are authorized to view and manage.
   *
   * `GET /api/discovery/v4/net_task/{taskId}`, area `discovery`, tag "Network Discovery Tasks", operationId `get-network-task`
   */
  readonly getNetworkTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkTask200.Type, Config>, E>
  /**
   * Enables administrators to delete a specific network scanning task.
   *
   * `DELETE /api/discovery/v4/net_task/{taskId}`, area `discovery`, tag "Network Discovery Tasks", operationId `delete-network-scan-task`
   */
  readonly deleteNetworkScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the parameters of a particular task which he/she is authorized to view and manage
   *
   * `GET /api/discovery/v4/ad_task/{taskId}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `get-ms-ad-scan-task`
   */
  readonly getMsAdScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAdScanTask200.Type, Config>, E>
  /**
   * Enables administrators to delete specific MS AD scanning task
   *
   * `DELETE /api/discovery/v4/ad_task/{taskId}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `delete-ms-ad-scan-task`
   */
  readonly deleteMsAdScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Query certificate discovery operations according to paging parameters supplied
   *
   * `GET /api/discovery/v1/{type}/{taskId}/operation`, area `discovery`, tag "Operations", operationId `get-operations-list`
   */
  readonly getOperationsList: <Config extends OperationConfig>(
    type: string,
    taskId: string,
    options?:
      | { readonly params?: typeof GetOperationsListParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOperationsList200.Type, Config>, E>
  /**
   * Query operation result list according to paging parameters supplied
   *
   * `GET /api/discovery/v1/{type}/{taskId}/operation/{opId}/result`, area `discovery`, tag "Operations", operationId `get-operation-result`
   */
  readonly getOperationResult: <Config extends OperationConfig>(
    type: string,
    taskId: string,
    opId: string,
    options?:
      | { readonly params?: typeof GetOperationResultParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOperationResult200.Type, Config>, E>
  /**
   * Query bucket's certificates according to paging parameters supplied
   *
   * `GET /api/discovery/v1/bucket/{bucketId}/certificates`, area `discovery`, tag "Certificate Buckets", operationId `get-certificate-list`
   */
  readonly getCertificateList: <Config extends OperationConfig>(
    bucketId: string,
    options?:
      | { readonly params?: typeof GetCertificateListParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetCertificateList200.Type, Config>, E>
  /**
   * Enables the administrator to get the parameters of a particular task which he/she is authorized to view and manage
   *
   * `GET /api/discovery/v1/azure_task/{taskId}`, area `discovery`, tag "Azure Key Vault Discovery Tasks", operationId `get-azure-key-vault-scan-task`
   */
  readonly getAzureKeyVaultScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAzureKeyVaultScanTask200.Type, Config>, E>
  /**
   * Enables administrators to delete specific Azure Key Vault scanning task
   *
   * `DELETE /api/discovery/v1/azure_task/{taskId}`, area `discovery`, tag "Azure Key Vault Discovery Tasks", operationId `delete-azure-key-vault-scan-task`
   */
  readonly deleteAzureKeyVaultScanTask: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to find the assignment rule by its ID
   *
   * `GET /api/discovery/v1/assignmentrule/{ruleId}`, area `discovery`, tag "Assignment rules", operationId `find-assignment-rule-by-id`
   */
  readonly findAssignmentRuleById: <Config extends OperationConfig>(
    ruleId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof FindAssignmentRuleById200.Type, Config>, E>
  /**
   * Enables the administrator to delete a particular assignment rule that is applicable to the organization or department delegated to them
   *
   * `DELETE /api/discovery/v1/assignmentrule/{ruleId}`, area `discovery`, tag "Assignment rules", operationId `delete-assignment-rule`
   */
  readonly deleteAssignmentRule: <Config extends OperationConfig>(
    ruleId: string,
    options: { readonly payload: typeof DeleteAssignmentRuleRequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to get the number of existing assignment rules for the organization or department delegated to them
   *
   * `GET /api/discovery/v1/assignmentrule/count`, area `discovery`, tag "Assignment rules", operationId `get-assignment-rules-count`
   */
  readonly getAssignmentRulesCount: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAssignmentRulesCount200.Type, Config>, E>
  /**
   * List all device certificates that match the requested filter.
   *
   * `GET /api/device/v1`, area `device`, tag "Device certificates", operationId `get-device-certificates-list`
   */
  readonly getDeviceCertificatesList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetDeviceCertificatesListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDeviceCertificatesList200.Type, Config>, E>
  /**
   * Get device certificate details.
   *
   * `GET /api/device/v1/{deviceCertId}`, area `device`, tag "Device certificates", operationId `get-device-certificates-details`
   */
  readonly getDeviceCertificatesDetails: <Config extends OperationConfig>(
    deviceCertId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDeviceCertificatesDetails200.Type, Config>, E>
  /**
   * List device certificate profiles, previously known as a certificate type. An enrollment request will require the certificate profile be specified.
   *
   * `GET /api/device/v1/types`, area `device`, tag "Device certificates", operationId `get-device-profiles`
   */
  readonly getDeviceProfiles: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetDeviceProfilesParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDeviceProfiles200.Type, Config>, E>
  /**
   * List device certificate custom fields. An enrollment require will require all mandatory custom fields be specified.
   *
   * `GET /api/device/v1/customFields`, area `device`, tag "Device certificates", operationId `get-device-custom-fields`
   */
  readonly getDeviceCustomFields: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDeviceCustomFields200.Type, Config>, E>
  /**
   * Delivering the newly issued Device certificate from CA to the administrator for download.
   *
   * `GET /api/device/v1/collect/{deviceCertId}`, area `device`, tag "Device certificates", operationId `collect-device-certificate`, the body as bytes
   */
  readonly collectDeviceCertificate: <Config extends OperationConfig>(
    deviceCertId: string,
    options: { readonly params: typeof CollectDeviceCertificateParams.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<Uint8Array, Config>, E>
  /**
   * Delivering the newly issued Device certificate from CA to the administrator for download.
   *
   * `GET /api/device/v1/collect/{deviceCertId}`, area `device`, tag "Device certificates", operationId `collect-device-certificate`, the body as a stream
   */
  readonly collectDeviceCertificateStream: (
    deviceCertId: string,
    options: { readonly params: typeof CollectDeviceCertificateParams.Encoded }
  ) => Stream.Stream<Uint8Array, E>
  /**
   * List all domain validations that match the requested filter.
   *
   * `GET /api/dcv/v2/validation`, area `dcv`, tag "Domain Control Validation", operationId `list-all-dcv`
   */
  readonly listAllDcv: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof ListAllDcvParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListAllDcv200.Type, Config>, E>
  /**
   * Get custom field details
   *
   * `GET /api/customField/v2/{id}`, area `customField`, tag "Custom Fields", operationId `get-custom-field-details`
   */
  readonly getCustomFieldDetails: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetCustomFieldDetails200.Type, Config>, E>
  /**
   * Delete custom field
   *
   * `DELETE /api/customField/v2/{id}`, area `customField`, tag "Custom Fields", operationId `delete-custom-field`
   */
  readonly deleteCustomField: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List all DNS connectors that match the requested filter.
   *
   * `GET /api/connector/v1/dns`, area `connector`, tag "DNS connector", operationId `get-dns-connector-list`
   */
  readonly getDnsConnectorList: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof GetDnsConnectorListParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDnsConnectorList200.Type, Config>, E>
  /**
   * Get Connector details.
   *
   * `GET /api/connector/v1/dns/{uuid}`, area `connector`, tag "DNS connector", operationId `get-dns-connector-details`
   */
  readonly getDnsConnectorDetails: <Config extends OperationConfig>(
    uuid: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDnsConnectorDetails200.Type, Config>, E>
  /**
   * List all DNS Provides available for the connector
   *
   * `GET /api/connector/v1/dns/{uuid}/provider`, area `connector`, tag "DNS connector", operationId `get-dns-connector-provider-list`
   */
  readonly getDnsConnectorProviderList: <Config extends OperationConfig>(
    uuid: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetDnsConnectorProviderList200.Type, Config>, E>
  /**
   * Check Azure account for potential configuration or connectivity issues
   *
   * `GET /api/azure/v1/accounts/{id}/check`, area `azure`, tag "Azure Accounts", operationId `check-azure-account`
   */
  readonly checkAzureAccount: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof CheckAzureAccount200.Type, Config>, E>
  /**
   * Get list of Key Vaults for Azure account
   *
   * `GET /api/azure/v1/accounts/{accountId}/subscriptions/{subscriptionId}/resource-groups/{resourceGroup}/vaults`, area `azure`, tag "Azure Accounts", operationId `get-vault`
   */
  readonly getVault: <Config extends OperationConfig>(
    accountId: string,
    subscriptionId: string,
    resourceGroup: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetVault200.Type, Config>, E>
  /**
   * Get list of resource groups for Azure account
   *
   * `GET /api/azure/v1/accounts/{accountId}/resource-groups`, area `azure`, tag "Azure Accounts", operationId `get-azure-resource-groups`
   */
  readonly getAzureResourceGroups: <Config extends OperationConfig>(
    accountId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAzureResourceGroups200.Type, Config>, E>
  /**
   * List all nodes that match the requested filter.
   *
   * `GET /api/agent/v1/network/{agentId}/server/{serverId}/node`, area `agent`, tag "Network Agents", operationId `get-network-agent-servers-list_1`
   */
  readonly getNetworkAgentServersList1: <Config extends OperationConfig>(
    agentId: string,
    serverId: string,
    options?:
      | {
          readonly params?: typeof GetNetworkAgentServersList1Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkAgentServersList1200.Type, Config>, E>
  /**
   * Get server node details.
   *
   * `GET /api/agent/v1/network/{agentId}/server/{serverId}/node/{id}`, area `agent`, tag "Network Agents", operationId `get-network-agent-server-node-details`
   */
  readonly getNetworkAgentServerNodeDetails: <Config extends OperationConfig>(
    agentId: string,
    serverId: string,
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkAgentServerNodeDetails200.Type, Config>, E>
  /**
   * Get roles the administrator can assign to other administrators who they may update.
   *
   * `GET /api/admin/v1/roles`, area `admin`, tag "Administrators", operationId `get-available-admin-roles`
   */
  readonly getAvailableAdminRoles: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetAvailableAdminRolesParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAvailableAdminRoles200.Type, Config>, E>
  /**
   * Get privileges the administrator can assign to other administrators who they may update.
   *
   * `GET /api/admin/v1/privileges`, area `admin`, tag "Administrators", operationId `get-available-privileges-for-roles`
   */
  readonly getAvailablePrivilegesForRoles: <Config extends OperationConfig>(options: {
    readonly params: typeof GetAvailablePrivilegesForRolesParams.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof GetAvailablePrivilegesForRoles200.Type, Config>, E>
  /**
   * Get current state of administrator password. Available for Standard and API administrators.
   *
   * `GET /api/admin/v1/password`, area `admin`, tag "Administrators", operationId `get-password-status`
   */
  readonly getPasswordStatus: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPasswordStatus200.Type, Config>, E>
  /**
   * Get list of available Identity Providers that can be assigned to Standard, IdP administrators and IdP templates.
   *
   * `GET /api/admin/v1/idp`, area `admin`, tag "Administrators", operationId `get-available-identity-providers`
   */
  readonly getAvailableIdentityProviders: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetAvailableIdentityProviders200.Type, Config>, E>
  /**
   * Query Public ACME account's clients available according to filtering parameters supplied
   *
   * `GET /api/acme/v2/account/{id}/client`, area `acme`, tag "Sectigo Public ACME accounts", operationId `list-acme-account-clients`
   */
  readonly listAcmeAccountClients: <Config extends OperationConfig>(
    id: string,
    options?:
      | {
          readonly params?: typeof ListAcmeAccountClientsParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListAcmeAccountClients200.Type, Config>, E>
  /**
   * Query public ACME servers available according to filtering parameters supplied
   *
   * `GET /api/acme/v1/server`, area `acme`, tag "Sectigo Public ACME Servers", operationId `get-public-acme-servers-list`
   */
  readonly getPublicAcmeServersList: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetPublicAcmeServersListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPublicAcmeServersList200.Type, Config>, E>
  /**
   * Query universal ACME account with given ID for available clients according to filtering parameters supplied
   *
   * `GET /api/acme/v1/pca/account/{id}/client`, area `acme`, tag "Universal ACME accounts", operationId `get-universal-acme-account-clients-list`
   */
  readonly getUniversalAcmeAccountClientsList: <Config extends OperationConfig>(
    id: string,
    options?:
      | {
          readonly params?: typeof GetUniversalAcmeAccountClientsListParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetUniversalAcmeAccountClientsList200.Type, Config>, E>
  /**
   * Count of the domains matching the filter (REST 25.5 reference; deprecated there).
   *
   * `GET /api/domain/v1/count`, area `domain`, tag "Domains", operationId `count-domains`
   *
   * @deprecated in the spec
   */
  readonly countDomains: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof CountDomainsParams.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof CountDomains200.Type, Config>, E>
  /**
   * The IDs of the code signing requests the developer created. Developer login.
   *
   * `GET /api/csod/v1/requests/developer`, area `csod`, tag "Code Signing on Demand", operationId `list-csod-developer-requests`
   *
   * @deprecated in the spec
   */
  readonly listCsodDeveloperRequests: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof ListCsodDeveloperRequestsParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListCsodDeveloperRequests200.Type, Config>, E>
  /**
   * Submits a request whose files are uploaded; an administrator then approves it. Developer login.
   *
   * `PUT /api/csod/v1/requests/developer`, area `csod`, tag "Code Signing on Demand", operationId `submit-csod-request`
   *
   * @deprecated in the spec
   */
  readonly submitCsodRequest: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitCsodRequestRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Creates a code signing request; answers its ID and the URL to upload the files to be signed to. Developer login.
   *
   * `POST /api/csod/v1/requests/developer`, area `csod`, tag "Code Signing on Demand", operationId `create-csod-request`
   *
   * @deprecated in the spec
   */
  readonly createCsodRequest: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateCsodRequestRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof CreateCsodRequest200.Type, Config>, E>
  /**
   * The count of the code signing requests the developer created. Developer login.
   *
   * `GET /api/csod/v1/requests/developer/count`, area `csod`, tag "Code Signing on Demand", operationId `count-csod-developer-requests`
   *
   * @deprecated in the spec
   */
  readonly countCsodDeveloperRequests: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof CountCsodDeveloperRequests200.Type, Config>, E>
  /**
   * A code signing request of the developer, with its signed files. Developer login.
   *
   * `GET /api/csod/v1/requests/developer/{requestId}`, area `csod`, tag "Code Signing on Demand", operationId `get-csod-developer-request`
   *
   * @deprecated in the spec
   */
  readonly getCsodDeveloperRequest: <Config extends OperationConfig>(
    requestId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetCsodDeveloperRequest200.Type, Config>, E>
  /**
   * The IDs of the code signing requests submitted to the organizations and departments delegated to the administrator.
   *
   * `GET /api/csod/v1/requests/admin`, area `csod`, tag "Code Signing on Demand", operationId `list-csod-admin-requests`
   *
   * @deprecated in the spec
   */
  readonly listCsodAdminRequests: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof ListCsodAdminRequestsParams.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListCsodAdminRequests200.Type, Config>, E>
  /**
   * The count of the code signing requests submitted to the organizations and departments delegated to the administrator.
   *
   * `GET /api/csod/v1/requests/admin/count`, area `csod`, tag "Code Signing on Demand", operationId `count-csod-admin-requests`
   *
   * @deprecated in the spec
   */
  readonly countCsodAdminRequests: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof CountCsodAdminRequests200.Type, Config>, E>
  /**
   * A code signing request by its ID.
   *
   * `GET /api/csod/v1/requests/admin/{requestId}`, area `csod`, tag "Code Signing on Demand", operationId `get-csod-admin-request`
   *
   * @deprecated in the spec
   */
  readonly getCsodAdminRequest: <Config extends OperationConfig>(
    requestId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetCsodAdminRequest200.Type, Config>, E>
  /**
   * Permits the execution of a developer's code signing request.
   *
   * `POST /api/csod/v1/requests/admin/approve`, area `csod`, tag "Code Signing on Demand", operationId `approve-csod-request`
   *
   * @deprecated in the spec
   */
  readonly approveCsodRequest: <Config extends OperationConfig>(options: {
    readonly payload: typeof ApproveCsodRequestRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Declines the execution of a developer's code signing request.
   *
   * `POST /api/csod/v1/requests/admin/decline`, area `csod`, tag "Code Signing on Demand", operationId `decline-csod-request`
   *
   * @deprecated in the spec
   */
  readonly declineCsodRequest: <Config extends OperationConfig>(options: {
    readonly payload: typeof DeclineCsodRequestRequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * The CA backends of the customer.
   *
   * `GET /api/ca-backend/v1`, area `ca-backend`, tag "CA Backends", operationId `list-ca-backends`
   */
  readonly listCaBackends: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListCaBackends200.Type, Config>, E>
  /**
   * All client certificates of the person with the given ID.
   *
   * `GET /api/smime/v2/byPersonId/{pid}`, area `smime`, tag "Client Certificates", operationId `list-client-certificates-by-person-id`
   */
  readonly listClientCertificatesByPersonId: <Config extends OperationConfig>(
    pid: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListClientCertificatesByPersonId200.Type, Config>, E>
  /**
   * All client certificates of the person with the given email (URL-encoded in the path).
   *
   * `GET /api/smime/v2/byPersonEmail/{email}`, area `smime`, tag "Client Certificates", operationId `list-client-certificates-by-person-email`
   */
  readonly listClientCertificatesByPersonEmail: <Config extends OperationConfig>(
    email: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListClientCertificatesByPersonEmail200.Type, Config>, E>
  /**
   * List all domain validations that match the requested filter.
   *
   * REST 25.5 reference: "List domain control validations". The older version of `GET /api/dcv/v2/validation` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/dcv/v1/validation`, area `dcv`, tag "Domain Control Validation", operationId `list-all-dcv-v1`
   */
  readonly listAllDcvV1: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof ListAllDcvV1Params.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListAllDcvV1200.Type, Config>, E>
  /**
   * Get domain validation details
   *
   * REST 25.5 reference: "Get domain control validation details, V1 - Deprecated". The older version of `POST /api/dcv/v2/validation/status` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/status`, area `dcv`, tag "Domain Control Validation", operationId `get-dcv-status-v1`
   *
   * @deprecated in the spec
   */
  readonly getDcvStatusV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof GetDcvStatusV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof GetDcvStatusV1200.Type, Config>, E>
  /**
   * Synchronize domain validation details with backend
   *
   * REST 25.5 reference: "Sync domain control validation details with backend". The older version of `POST /api/dcv/v2/validation/sync` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/sync`, area `dcv`, tag "Domain Control Validation", operationId `sync-dcv-v1`
   */
  readonly syncDcvV1: <Config extends OperationConfig>(options: {
    readonly params?: typeof SyncDcvV1Params.Encoded | undefined
    readonly payload: typeof SyncDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SyncDcvV1200.Type, Config>, E>
  /**
   * Reset the parameters of a requested DCV,  reset domain validation and DCV order statuses of the domain to the initial values.
   *
   * REST 25.5 reference: "Clear domain control validation". The older version of `POST /api/dcv/v2/validation/clear` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/clear`, area `dcv`, tag "Domain Control Validation", operationId `clear-domain-dcv-v1`
   */
  readonly clearDomainDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof ClearDomainDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof ClearDomainDcvV1200.Type, Config>, E>
  /**
   * Delete DCV
   *
   * REST 25.5 reference: "Delete domain control validation". The older version of `POST /api/dcv/v2/validation/delete` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/delete`, area `dcv`, tag "Domain Control Validation", operationId `delete-dcv-v1`
   */
  readonly deleteDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof DeleteDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Start Domain Control Validation using HTTP method. Required details for HTTP DCV are provided in the response. After you prepare txt validation file on the HTTP server, you should proceed with the "Submit HTTP Validation" method.
   *
   * REST 25.5 reference: "Validate domain: Method HTTP". The older version of `POST /api/dcv/v2/validation/start/domain/http` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/start/domain/http`, area `dcv`, tag "Domain Control Validation", operationId `start-http-dcv-v1`
   */
  readonly startHttpDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartHttpDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartHttpDcvV1200.Type, Config>, E>
  /**
   * Start Domain Control Validation using HTTPS method. Required details for HTTPS DCV are provided in the response. After you prepare txt validation file on the HTTPS server, you should proceed with the "Submit HTTPS validation" method.
   *
   * REST 25.5 reference: "Validate domain: Method HTTP". The older version of `POST /api/dcv/v2/validation/start/domain/https` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/start/domain/https`, area `dcv`, tag "Domain Control Validation", operationId `start-https-dcv-v1`
   */
  readonly startHttpsDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartHttpsDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartHttpsDcvV1200.Type, Config>, E>
  /**
   * Submit a validation request for Domain Control Validation using HTTP method. This method validates that the txt validation file on the HTTP server matches the validation details provided by the "Start validation HTTP" method.
   *
   * REST 25.5 reference: "Validate domain: Method HTTP". The older version of `POST /api/dcv/v2/validation/submit/domain/http` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/submit/domain/http`, area `dcv`, tag "Domain Control Validation", operationId `submit-http-dcv-v1`
   */
  readonly submitHttpDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitHttpDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitHttpDcvV1200.Type, Config>, E>
  /**
   * Submit a validation request for Domain Control Validation using HTTPS method. This method validates that the txt validation file on the HTTPS server matches the validation details provided by the "Start validation HTTPS" method.
   *
   * REST 25.5 reference: "Validate domain: Method HTTP". The older version of `POST /api/dcv/v2/validation/submit/domain/https` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/submit/domain/https`, area `dcv`, tag "Domain Control Validation", operationId `submit-https-dcv-v1`
   */
  readonly submitHttpsDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitHttpsDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitHttpsDcvV1200.Type, Config>, E>
  /**
   * Start Domain Control Validation using CName method. "Host" and "Point" details for CName DCV are provided in the response. After you create a CNAME DNS record for your domain, you should proceed with the "Submit CName validation" method.
   *
   * REST 25.5 reference: "Validate domain: Method DNS". The older version of `POST /api/dcv/v2/validation/start/domain/cname` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/start/domain/cname`, area `dcv`, tag "Domain Control Validation", operationId `start-cname-dcv-v1`
   */
  readonly startCnameDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartCnameDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartCnameDcvV1200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using CName method. Required details dor CNAME DNS record should be taken via "Start CName validation" method
   *
   * REST 25.5 reference: "Validate domain: Method DNS". The older version of `POST /api/dcv/v2/validation/submit/domain/cname` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/submit/domain/cname`, area `dcv`, tag "Domain Control Validation", operationId `submit-cname-dcv-v1`
   */
  readonly submitCnameDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitCnameDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitCnameDcvV1200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using TXT method. The TXT record should be created on the DNS server with the provided details.
   *
   * REST 25.5 reference: "Validate domain: Method DNS". The older version of `POST /api/dcv/v2/validation/submit/domain/txt` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/submit/domain/txt`, area `dcv`, tag "Domain Control Validation", operationId `submit-txt-dcv-v1`
   */
  readonly submitTxtDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitTxtDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitTxtDcvV1200.Type, Config>, E>
  /**
   * Start Domain Control Validation using Email method. A list of available emails for Email DCV is returned in the response.In order to proceed with the particular email address from this list, call "Submit Validation via Email" method.
   *
   * REST 25.5 reference: "Validate domain: Method Email". The older version of `POST /api/dcv/v2/validation/start/domain/email` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/start/domain/email`, area `dcv`, tag "Domain Control Validation", operationId `start-email-dcv-v1`
   */
  readonly startEmailDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof StartEmailDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof StartEmailDcvV1200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using Email method. The email message will be sent to the email address specified in the request. Note: The list of email addresses that can be used for Email DCV is available via "Start validation via Email" method.
   *
   * REST 25.5 reference: "Validate domain: Method Email". The older version of `POST /api/dcv/v2/validation/submit/domain/email` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/submit/domain/email`, area `dcv`, tag "Domain Control Validation", operationId `submit-email-dcv-v1`
   */
  readonly submitEmailDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitEmailDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitEmailDcvV1200.Type, Config>, E>
  /**
   * Submit a request for Domain Control Validation using Email method. The email message will be sent to the email address specified in the request. Note: The list of email addresses that can be used for Email DCV is available via "Start validation via Email" method.
   *
   * REST 25.5 reference: "Validate domain: Method Email". The older version of `POST /api/dcv/v2/validation/submit-bulk/domain/email` (50-twin-dcv-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/dcv/v1/validation/submit-bulk/domain/email`, area `dcv`, tag "Domain Control Validation", operationId `submit-bulk-email-dcv-v1`
   */
  readonly submitBulkEmailDcvV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof SubmitBulkEmailDcvV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof SubmitBulkEmailDcvV1200.Type, Config>, E>
  /**
   * List of person info objects according to applied filters.
   *
   * REST 25.5 reference: "List persons". The older version of `GET /api/person/v2` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/person/v1`, area `person`, tag "Persons", operationId `list-persons-v1`
   */
  readonly listPersonsV1: <Config extends OperationConfig>(
    options?:
      | { readonly params?: typeof ListPersonsV1Params.Encoded | undefined; readonly config?: Config | undefined }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListPersonsV1200.Type, Config>, E>
  /**
   * Create person with specified info.
   *
   * REST 25.5 reference: "Create person (201 Created, Location)". The older version of `POST /api/person/v2` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/person/v1`, area `person`, tag "Persons", operationId `create-person-v1`
   */
  readonly createPersonV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreatePersonV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Will return ID for a person with given email.
   *
   * REST 25.5 reference: "Get person ID by email". The older version of `GET /api/person/v2/id/byEmail/{email}` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/person/v1/id/byEmail/{email}`, area `person`, tag "Persons", operationId `get-person-id-by-email-v1`
   */
  readonly getPersonIdByEmailV1: <Config extends OperationConfig>(
    email: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPersonIdByEmailV1200.Type, Config>, E>
  /**
   * Will return info for a person with given id.
   *
   * REST 25.5 reference: "Get person details". The older version of `GET /api/person/v2/{id}` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/person/v1/{id}`, area `person`, tag "Persons", operationId `get-person-info-by-id-v1`
   */
  readonly getPersonInfoByIdV1: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPersonInfoByIdV1200.Type, Config>, E>
  /**
   * Update person by id with specified person info.
   *
   * REST 25.5 reference: "Update person". The older version of `PUT /api/person/v2/{id}` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/person/v1/{id}`, area `person`, tag "Persons", operationId `update-person-v1`
   */
  readonly updatePersonV1: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdatePersonV1RequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete person.
   *
   * REST 25.5 reference: "Delete person". The older version of `DELETE /api/person/v2/{id}` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/person/v1/{id}`, area `person`, tag "Persons", operationId `delete-person-v1`
   */
  readonly deletePersonV1: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Import private key to key store. Multiple entries allowed.
   *
   * REST 25.5 reference: "Import private key, V1 - Deprecated: answers {"id": n}". The older version of `POST /api/person/v2/{personId}/import-key` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/person/v1/{personId}/import-key`, area `person`, tag "Persons", operationId `import-key-v1`
   *
   * @deprecated in the spec
   */
  readonly importKeyV1: <Config extends OperationConfig>(
    personId: string,
    options: { readonly payload: typeof ImportKeyV1RequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<typeof ImportKeyV1200.Type, Config>, E>
  /**
   * Invitation email will be sent with link to enrollment form. Account for enrollment form can be specified in request.
   *
   * REST 25.5 reference: "Send invitation, V1 - Deprecated: takes term, keyType, profileId". The older version of `POST /api/person/v2/{id}/invitation/send` (51-twin-person-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/person/v1/{id}/invitation/send`, area `person`, tag "Persons", operationId `send-invitation-v1`
   *
   * @deprecated in the spec
   */
  readonly sendInvitationV1: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof SendInvitationV1RequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * List Client Certificate profiles, previously known as a certificate type. An enrollment request will require the Certificate Profile be specified.
   *
   * REST 25.5 reference: "List client certificate profiles". The older version of `GET /api/smime/v2/types` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/smime/v1/types`, area `smime`, tag "Client Certificates", operationId `get-client-cert-profiles-v1`
   */
  readonly getClientCertProfilesV1: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetClientCertProfilesV1Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertProfilesV1200.Type, Config>, E>
  /**
   * List Client Certificate custom fields. An enrollment requires all mandatory custom fields to be specified.
   *
   * REST 25.5 reference: "List client certificate custom fields". The older version of `GET /api/smime/v2/customFields` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/smime/v1/customFields`, area `smime`, tag "Client Certificates", operationId `get-client-cert-custom-fields-v1`
   */
  readonly getClientCertCustomFieldsV1: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertCustomFieldsV1200.Type, Config>, E>
  /**
   * All client certificates of the person with the given ID.
   *
   * REST 25.5 reference: "List client certificates by person ID, V1 - Deprecated". The older version of `GET /api/smime/v2/byPersonId/{pid}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/smime/v1/byPersonId/{pid}`, area `smime`, tag "Client Certificates", operationId `list-client-certificates-by-person-id-v1`
   *
   * @deprecated in the spec
   */
  readonly listClientCertificatesByPersonIdV1: <Config extends OperationConfig>(
    pid: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListClientCertificatesByPersonIdV1200.Type, Config>, E>
  /**
   * All client certificates of the person with the given email (URL-encoded in the path).
   *
   * REST 25.5 reference: "List client certificates by person email, V1 - Deprecated". The older version of `GET /api/smime/v2/byPersonEmail/{email}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/smime/v1/byPersonEmail/{email}`, area `smime`, tag "Client Certificates", operationId `list-client-certificates-by-person-email-v1`
   *
   * @deprecated in the spec
   */
  readonly listClientCertificatesByPersonEmailV1: <Config extends OperationConfig>(
    email: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ListClientCertificatesByPersonEmailV1200.Type, Config>, E>
  /**
   * Get Client certificate details.
   *
   * REST 25.5 reference: "Client certificate details". The older version of `GET /api/smime/v2/{certId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/smime/v1/{id}`, area `smime`, tag "Client Certificates", operationId `get-client-certificate-details-v1`
   */
  readonly getClientCertificateDetailsV1: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetClientCertificateDetailsV1200.Type, Config>, E>
  /**
   * Update Client certificate.
   *
   * REST 25.5 reference: "Update client certificate details". The older version of `PUT /api/smime/v2/{certId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/smime/v1/{id}`, area `smime`, tag "Client Certificates", operationId `update-client-certificate-details-v1`
   */
  readonly updateClientCertificateDetailsV1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof UpdateClientCertificateDetailsV1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof UpdateClientCertificateDetailsV1200.Type, Config>, E>
  /**
   * Creation and submission of a request for a new Client Certificate.
   *
   * REST 25.5 reference: "Enroll client certificate: Request client certificate". The older version of `POST /api/smime/v2/enroll` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/smime/v1/enroll`, area `smime`, tag "Client Certificates", operationId `enroll-client-certificate-v1`
   */
  readonly enrollClientCertificateV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof EnrollClientCertificateV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof EnrollClientCertificateV1200.Type, Config>, E>
  /**
   * Delivering the newly issued Client certificate from CA to the administrator for download.
   *
   * REST 25.5 reference: "Collect client certificate". The older version of `GET /api/smime/v2/collect/{backendCertId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/smime/v1/collect/{backendCertId}`, area `smime`, tag "Client Certificates", operationId `collect-client-certificate-v1`, the body as bytes
   */
  readonly collectClientCertificateV1: <Config extends OperationConfig>(
    backendCertId: string,
    options?:
      | {
          readonly params?: typeof CollectClientCertificateV1Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<Uint8Array, Config>, E>
  /**
   * Delivering the newly issued Client certificate from CA to the administrator for download.
   *
   * REST 25.5 reference: "Collect client certificate". The older version of `GET /api/smime/v2/collect/{backendCertId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/smime/v1/collect/{backendCertId}`, area `smime`, tag "Client Certificates", operationId `collect-client-certificate-v1`, the body as a stream
   */
  readonly collectClientCertificateV1Stream: (
    backendCertId: string,
    options?: { readonly params?: typeof CollectClientCertificateV1Params.Encoded | undefined } | undefined
  ) => Stream.Stream<Uint8Array, E>
  /**
   * Download Client Certificate in P12 format.
   *
   * REST 25.5 reference: "Download P12 client certificate". The older version of `POST /api/smime/v2/keystore/{certId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/smime/v1/keystore/{id}`, area `smime`, tag "Client Certificates", operationId `download-p12-client-certificate-v1`, the body as bytes
   */
  readonly downloadP12ClientCertificateV1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof DownloadP12ClientCertificateV1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<Uint8Array, Config>, E>
  /**
   * Download Client Certificate in P12 format.
   *
   * REST 25.5 reference: "Download P12 client certificate". The older version of `POST /api/smime/v2/keystore/{certId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/smime/v1/keystore/{id}`, area `smime`, tag "Client Certificates", operationId `download-p12-client-certificate-v1`, the body as a stream
   */
  readonly downloadP12ClientCertificateV1Stream: (
    id: string,
    options: { readonly payload: typeof DownloadP12ClientCertificateV1RequestJson.Encoded }
  ) => Stream.Stream<Uint8Array, E>
  /**
   * Sending a request to CA to add the particular Client certificate in certificate revocation list.
   *
   * REST 25.5 reference: "Revoke client certificate by backend certificate ID". The older version of `POST /api/smime/v2/revoke/order/{backendCertId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/smime/v1/revoke/order/{backendCertId}`, area `smime`, tag "Client Certificates", operationId `revoke-client-certificate-by-backend-certificate-id-v1`
   */
  readonly revokeClientCertificateByBackendCertificateIdV1: <Config extends OperationConfig>(
    backendCertId: string,
    options: {
      readonly payload: typeof RevokeClientCertificateByBackendCertificateIdV1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add the Client certificate under the particular serial number in certificate revocation list.
   *
   * REST 25.5 reference: "Revoke client certificate by serial number". The older version of `POST /api/smime/v2/revoke/serial/{serialNumber}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/smime/v1/revoke/serial/{serialNumber}`, area `smime`, tag "Client Certificates", operationId `revoke-client-certificate-by-serial-number-v1`
   */
  readonly revokeClientCertificateBySerialNumberV1: <Config extends OperationConfig>(
    serialNumber: string,
    options: {
      readonly payload: typeof RevokeClientCertificateBySerialNumberV1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Sending a request to CA to add all Client certificates issued for the person with the particular email address in certificate revocation list.
   *
   * REST 25.5 reference: "Revoke all client certificates related to email". The older version of `POST /api/smime/v2/revoke` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/smime/v1/revoke`, area `smime`, tag "Client Certificates", operationId `revoke-client-certificates-by-email-v1`
   */
  readonly revokeClientCertificatesByEmailV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeClientCertificatesByEmailV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Marking Client certificate as revoked in SCM
   *
   * REST 25.5 reference: "Manual Revoke client certificate by Id or serial number + issuer". The older version of `POST /api/smime/v2/revoke/manual` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/smime/v1/revoke/manual`, area `smime`, tag "Client Certificates", operationId `revoke-client-certificate-manually-v1`
   */
  readonly revokeClientCertificateManuallyV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof RevokeClientCertificateManuallyV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Submission of a request for deleting Client certificate for a given Id.
   *
   * REST 25.5 reference: "Delete client certificate by Id". The older version of `DELETE /api/smime/v2/{certId}` (52-twin-smime-v1.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/smime/v1/{certId}`, area `smime`, tag "Client Certificates", operationId `delete-client-certificate-by-id-v1`
   */
  readonly deleteClientCertificateByIdV1: <Config extends OperationConfig>(
    certId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Query Public ACME accounts available according to filtering parameters supplied
   *
   * REST 25.5 reference: "List Sectigo Public ACME accounts, V1 - Deprecated". The older version of `GET /api/acme/v2/account` (53-twin-acme-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/acme/v1/account`, area `acme`, tag "Sectigo Public ACME accounts", operationId `get-public-acme-accounts-list-v1`
   *
   * @deprecated in the spec
   */
  readonly getPublicAcmeAccountsListV1: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetPublicAcmeAccountsListV1Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPublicAcmeAccountsListV1200.Type, Config>, E>
  /**
   * Creates public ACME account with given parameters
   *
   * REST 25.5 reference: "Create Sectigo Public ACME account, V1 - Deprecated (201 Created, Location)". The older version of `POST /api/acme/v2/account` (53-twin-acme-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/acme/v1/account`, area `acme`, tag "Sectigo Public ACME accounts", operationId `create-public-acme-account-v1`
   *
   * @deprecated in the spec
   */
  readonly createPublicAcmeAccountV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreatePublicAcmeAccountV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns Public ACME account detailed info
   *
   * REST 25.5 reference: "Get Sectigo Public ACME account details, V1 - Deprecated". The older version of `GET /api/acme/v2/account/{id}` (53-twin-acme-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/acme/v1/account/{id}`, area `acme`, tag "Sectigo Public ACME accounts", operationId `get-public-acme-account-details-v1`
   *
   * @deprecated in the spec
   */
  readonly getPublicAcmeAccountDetailsV1: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetPublicAcmeAccountDetailsV1200.Type, Config>, E>
  /**
   * Updates ACME account details with given Name parameter
   *
   * REST 25.5 reference: "Update Sectigo Public ACME account details, V1 - Deprecated". The older version of `PUT /api/acme/v2/account/{id}` (53-twin-acme-v1.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/acme/v1/account/{id}`, area `acme`, tag "Sectigo Public ACME accounts", operationId `update-public-acme-account-v1`
   *
   * @deprecated in the spec
   */
  readonly updatePublicAcmeAccountV1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof UpdatePublicAcmeAccountV1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Delete Public ACME account with given ID
   *
   * REST 25.5 reference: "Delete Sectigo Public ACME account, V1 - Deprecated (204)". The older version of `DELETE /api/acme/v2/account/{id}` (53-twin-acme-v1.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/acme/v1/account/{id}`, area `acme`, tag "Sectigo Public ACME accounts", operationId `delete-public-acme-account-v1`
   *
   * @deprecated in the spec
   */
  readonly deletePublicAcmeAccountV1: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Adds list of given domains to Public ACME account with given id
   *
   * REST 25.5 reference: "Add domains to Sectigo Public ACME account, V1 - Deprecated". The older version of `POST /api/acme/v2/account/{id}/domain` (53-twin-acme-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/acme/v1/account/{id}/domains`, area `acme`, tag "Sectigo Public ACME accounts", operationId `add-domains-to-public-acme-account-v1`
   *
   * @deprecated in the spec
   */
  readonly addDomainsToPublicAcmeAccountV1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof AddDomainsToPublicAcmeAccountV1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof AddDomainsToPublicAcmeAccountV1200.Type, Config>, E>
  /**
   * Remove list of given domains from Public ACME account with given id
   *
   * REST 25.5 reference: "Remove domains from Sectigo Public ACME account, V1 - Deprecated". The older version of `DELETE /api/acme/v2/account/{id}/domain` (53-twin-acme-v1.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/acme/v1/account/{id}/domains`, area `acme`, tag "Sectigo Public ACME accounts", operationId `remove-domains-from-public-acme-account-v1`
   *
   * @deprecated in the spec
   */
  readonly removeDomainsFromPublicAcmeAccountV1: <Config extends OperationConfig>(
    id: string,
    options: {
      readonly payload: typeof RemoveDomainsFromPublicAcmeAccountV1RequestJson.Encoded
      readonly config?: Config | undefined
    }
  ) => Effect.Effect<WithOptionalResponse<typeof RemoveDomainsFromPublicAcmeAccountV1200.Type, Config>, E>
  /**
   * List all custom fields according to filter. Includes complete details.
   *
   * REST 25.5 reference: "List custom fields, V1 - Deprecated". The older version of `GET /api/customField/v2` (54-twin-custom-field-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/customField/v1`, area `customField`, tag "Custom Fields", operationId `read-custom-fields-v1`
   *
   * @deprecated in the spec
   */
  readonly readCustomFieldsV1: <Config extends OperationConfig>(
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ReadCustomFieldsV1200.Type, Config>, E>
  /**
   * Update the custom field
   *
   * REST 25.5 reference: "Update custom field, V1 - Deprecated". The older version of `PUT /api/customField/v2` (54-twin-custom-field-v1.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/customField/v1`, area `customField`, tag "Custom Fields", operationId `update-custom-field-v1`
   *
   * @deprecated in the spec
   */
  readonly updateCustomFieldV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof UpdateCustomFieldV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof UpdateCustomFieldV1200.Type, Config>, E>
  /**
   * Create the custom field for a particular type of certificate.
   *
   * REST 25.5 reference: "Create custom field, V1 - Deprecated: 200 with the field". The older version of `POST /api/customField/v2` (54-twin-custom-field-v1.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/customField/v1`, area `customField`, tag "Custom Fields", operationId `create-custom-field-v1`
   *
   * @deprecated in the spec
   */
  readonly createCustomFieldV1: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateCustomFieldV1RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof CreateCustomFieldV1200.Type, Config>, E>
  /**
   * List all custom fields according to filter. Includes complete details.
   *
   * REST 25.5 reference: "List custom fields by certificate type, V1 - Deprecated". The older version of `GET /api/customField/v2` (54-twin-custom-field-v1.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/customField/v1/{certType}`, area `customField`, tag "Custom Fields", operationId `read-custom-fields-by-cert-type-v1`
   *
   * @deprecated in the spec
   */
  readonly readCustomFieldsByCertTypeV1: <Config extends OperationConfig>(
    certType: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof ReadCustomFieldsByCertTypeV1200.Type, Config>, E>
  /**
   * Delete custom field
   *
   * REST 25.5 reference: "Delete custom field, V1 - Deprecated (204)". The older version of `DELETE /api/customField/v2/{id}` (54-twin-custom-field-v1.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/customField/v1/{id}`, area `customField`, tag "Custom Fields", operationId `delete-custom-field-v1`
   *
   * @deprecated in the spec
   */
  readonly deleteCustomFieldV1: <Config extends OperationConfig>(
    id: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the list of existing tasks of scanning the network(s) which they are authorized to view and manage.
   *
   * REST 25.5 reference: "Get network scan task list, V2 - Deprecated". The older version of `GET /api/discovery/v4/net_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v2/net_task`, area `discovery`, tag "Network Discovery Tasks", operationId `get-network-scan-task-list-v2`
   *
   * @deprecated in the spec
   */
  readonly getNetworkScanTaskListV2: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetNetworkScanTaskListV2Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkScanTaskListV2200.Type, Config>, E>
  /**
   * Enables administrators to edit a network scan task.
   *
   * REST 25.5 reference: "Update network scan task, V2 - Deprecated: taskId in the body". The older version of `PUT /api/discovery/v4/net_task/{id}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/discovery/v2/net_task`, area `discovery`, tag "Network Discovery Tasks", operationId `update-network-task-v2`
   *
   * @deprecated in the spec
   */
  readonly updateNetworkTaskV2: <Config extends OperationConfig>(options: {
    readonly payload: typeof UpdateNetworkTaskV2RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to create a scan task for the private and/or public network(s) in search of SSL certificates.
   *
   * REST 25.5 reference: "Add network scan task, V2 - Deprecated: 201 with {"taskId": n}". The older version of `POST /api/discovery/v4/net_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v2/net_task`, area `discovery`, tag "Network Discovery Tasks", operationId `create-network-task-v2`
   *
   * @deprecated in the spec
   */
  readonly createNetworkTaskV2: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateNetworkTaskV2RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof CreateNetworkTaskV2201.Type, Config>, E>
  /**
   * Enables the administrator to get the parameters of a particular task of network scanning which they are authorized to view and manage.
   *
   * REST 25.5 reference: "Get network scan task, V2 - Deprecated". The older version of `GET /api/discovery/v4/net_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v2/net_task/{taskId}`, area `discovery`, tag "Network Discovery Tasks", operationId `get-network-task-v2`
   *
   * @deprecated in the spec
   */
  readonly getNetworkTaskV2: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkTaskV2200.Type, Config>, E>
  /**
   * Enables administrators to delete a specific network scanning task.
   *
   * REST 25.5 reference: "Delete network scan task, V2 - Deprecated (204)". The older version of `DELETE /api/discovery/v4/net_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/discovery/v2/net_task/{taskId}`, area `discovery`, tag "Network Discovery Tasks", operationId `delete-network-scan-task-v2`
   *
   * @deprecated in the spec
   */
  readonly deleteNetworkScanTaskV2: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to start a network(s) scan for a specific task.
   *
   * REST 25.5 reference: "Start network scan task, V2 - Deprecated". The older version of `POST /api/discovery/v4/net_task/{taskId}/start` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v2/net_task/{taskId}/start`, area `discovery`, tag "Network Discovery Tasks", operationId `start-network-scan-task-v2`
   *
   * @deprecated in the spec
   */
  readonly startNetworkScanTaskV2: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the list of existing tasks of scanning the network(s) which they are authorized to view and manage.
   *
   * REST 25.5 reference: "Get network scan task list, V3". The older version of `GET /api/discovery/v4/net_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v3/net_task`, area `discovery`, tag "Network Discovery Tasks", operationId `get-network-scan-task-list-v3`
   */
  readonly getNetworkScanTaskListV3: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetNetworkScanTaskListV3Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkScanTaskListV3200.Type, Config>, E>
  /**
   * Enables administrators to create a scan task for the private and/or public network(s) in search of SSL certificates.
   *
   * REST 25.5 reference: "Add network scan task, V3 - Deprecated (201 Created, Location)". The older version of `POST /api/discovery/v4/net_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v3/net_task`, area `discovery`, tag "Network Discovery Tasks", operationId `create-network-task-v3`
   *
   * @deprecated in the spec
   */
  readonly createNetworkTaskV3: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateNetworkTaskV3RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the parameters of a particular task of network scanning which they are authorized to view and manage.
   *
   * REST 25.5 reference: "Get network scan task, V3 - Deprecated". The older version of `GET /api/discovery/v4/net_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v3/net_task/{taskId}`, area `discovery`, tag "Network Discovery Tasks", operationId `get-network-task-v3`
   *
   * @deprecated in the spec
   */
  readonly getNetworkTaskV3: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetNetworkTaskV3200.Type, Config>, E>
  /**
   * Enables administrators to delete a specific network scanning task.
   *
   * REST 25.5 reference: "Delete network scan task, V3 (204)". The older version of `DELETE /api/discovery/v4/net_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/discovery/v3/net_task/{taskId}`, area `discovery`, tag "Network Discovery Tasks", operationId `delete-network-scan-task-v3`
   */
  readonly deleteNetworkScanTaskV3: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to edit a network scan task.
   *
   * REST 25.5 reference: "Update network scan task, V3 - Deprecated". The older version of `PUT /api/discovery/v4/net_task/{id}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/discovery/v3/net_task/{id}`, area `discovery`, tag "Network Discovery Tasks", operationId `update-network-task-v3`
   *
   * @deprecated in the spec
   */
  readonly updateNetworkTaskV3: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateNetworkTaskV3RequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to start a network(s) scan for a specific task.
   *
   * REST 25.5 reference: "Start network scan task, V3". The older version of `POST /api/discovery/v4/net_task/{taskId}/start` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v3/net_task/{taskId}/start`, area `discovery`, tag "Network Discovery Tasks", operationId `start-network-scan-task-v3`
   */
  readonly startNetworkScanTaskV3: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the list of existing tasks of scanning which he/she is authorized to view and manage
   *
   * REST 25.5 reference: "Get MS AD scan task list, V2 - Deprecated". The older version of `GET /api/discovery/v4/ad_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v2/ad_task`, area `discovery`, tag "MS AD Discovery Tasks", operationId `get-ms-ad-scan-task-list-v2`
   *
   * @deprecated in the spec
   */
  readonly getMsAdScanTaskListV2: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetMsAdScanTaskListV2Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAdScanTaskListV2200.Type, Config>, E>
  /**
   * Enables administrators to edit MS AD scan task
   *
   * REST 25.5 reference: "Update MS AD scan task, V2 - Deprecated: taskId in the body". The older version of `PUT /api/discovery/v4/ad_task/{id}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/discovery/v2/ad_task`, area `discovery`, tag "MS AD Discovery Tasks", operationId `update-ms-ad-scan-task-v2`
   *
   * @deprecated in the spec
   */
  readonly updateMsAdScanTaskV2: <Config extends OperationConfig>(options: {
    readonly payload: typeof UpdateMsAdScanTaskV2RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to create a scan task in search of SSL certificates
   *
   * REST 25.5 reference: "Add MS AD scan task, V2 - Deprecated: 201 with {"taskId": n}". The older version of `POST /api/discovery/v4/ad_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v2/ad_task`, area `discovery`, tag "MS AD Discovery Tasks", operationId `create-ms-ad-scan-task-v2`
   *
   * @deprecated in the spec
   */
  readonly createMsAdScanTaskV2: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateMsAdScanTaskV2RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<typeof CreateMsAdScanTaskV2201.Type, Config>, E>
  /**
   * Enables the administrator to get the parameters of a particular task which he/she is authorized to view and manage
   *
   * REST 25.5 reference: "Get MS AD scan task, V2 - Deprecated". The older version of `GET /api/discovery/v4/ad_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v2/ad_task/{taskId}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `get-ms-ad-scan-task-v2`
   *
   * @deprecated in the spec
   */
  readonly getMsAdScanTaskV2: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAdScanTaskV2200.Type, Config>, E>
  /**
   * Enables administrators to delete specific MS AD scanning task
   *
   * REST 25.5 reference: "Delete MS AD scan task, V2 - Deprecated (204)". The older version of `DELETE /api/discovery/v4/ad_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/discovery/v2/ad_task/{taskId}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `delete-ms-ad-scan-task-v2`
   *
   * @deprecated in the spec
   */
  readonly deleteMsAdScanTaskV2: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to start MS AD scan for a specific task
   *
   * REST 25.5 reference: "Start MS AD scan task, V2 - Deprecated". The older version of `POST /api/discovery/v4/ad_task/{taskId}/start` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v2/ad_task/{taskId}/start`, area `discovery`, tag "MS AD Discovery Tasks", operationId `start-ms-ad-scan-task-v2`
   *
   * @deprecated in the spec
   */
  readonly startMsAdScanTaskV2: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the list of existing tasks of scanning which he/she is authorized to view and manage
   *
   * REST 25.5 reference: "Get MS AD scan task list, V3". The older version of `GET /api/discovery/v4/ad_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v3/ad_task`, area `discovery`, tag "MS AD Discovery Tasks", operationId `get-ms-ad-scan-task-list-v3`
   */
  readonly getMsAdScanTaskListV3: <Config extends OperationConfig>(
    options?:
      | {
          readonly params?: typeof GetMsAdScanTaskListV3Params.Encoded | undefined
          readonly config?: Config | undefined
        }
      | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAdScanTaskListV3200.Type, Config>, E>
  /**
   * Enables administrators to create a scan task in search of SSL certificates
   *
   * REST 25.5 reference: "Add MS AD scan task, V3 - Deprecated (201 Created, Location)". The older version of `POST /api/discovery/v4/ad_task` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v3/ad_task`, area `discovery`, tag "MS AD Discovery Tasks", operationId `create-ms-ad-scan-task-v3`
   *
   * @deprecated in the spec
   */
  readonly createMsAdScanTaskV3: <Config extends OperationConfig>(options: {
    readonly payload: typeof CreateMsAdScanTaskV3RequestJson.Encoded
    readonly config?: Config | undefined
  }) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables the administrator to get the parameters of a particular task which he/she is authorized to view and manage
   *
   * REST 25.5 reference: "Get MS AD scan task, V3 - Deprecated". The older version of `GET /api/discovery/v4/ad_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/discovery/v3/ad_task/{taskId}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `get-ms-ad-scan-task-v3`
   *
   * @deprecated in the spec
   */
  readonly getMsAdScanTaskV3: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetMsAdScanTaskV3200.Type, Config>, E>
  /**
   * Enables administrators to delete specific MS AD scanning task
   *
   * REST 25.5 reference: "Delete MS AD scan task, V3 (204)". The older version of `DELETE /api/discovery/v4/ad_task/{taskId}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `DELETE /api/discovery/v3/ad_task/{taskId}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `delete-ms-ad-scan-task-v3`
   */
  readonly deleteMsAdScanTaskV3: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to edit MS AD scan task
   *
   * REST 25.5 reference: "Update MS AD scan task, V3 - Deprecated". The older version of `PUT /api/discovery/v4/ad_task/{id}` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `PUT /api/discovery/v3/ad_task/{id}`, area `discovery`, tag "MS AD Discovery Tasks", operationId `update-ms-ad-scan-task-v3`
   *
   * @deprecated in the spec
   */
  readonly updateMsAdScanTaskV3: <Config extends OperationConfig>(
    id: string,
    options: { readonly payload: typeof UpdateMsAdScanTaskV3RequestJson.Encoded; readonly config?: Config | undefined }
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Enables administrators to start MS AD scan for a specific task
   *
   * REST 25.5 reference: "Start MS AD scan task, V3". The older version of `POST /api/discovery/v4/ad_task/{taskId}/start` (55-twin-discovery-v2-v3.json, built by scripts/spec-twins.ts).
   *
   * `POST /api/discovery/v3/ad_task/{taskId}/start`, area `discovery`, tag "MS AD Discovery Tasks", operationId `start-ms-ad-scan-task-v3`
   */
  readonly startMsAdScanTaskV3: <Config extends OperationConfig>(
    taskId: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<void, Config>, E>
  /**
   * Returns list of organizations delegated to specified role
   *
   * REST 25.5 reference: "List organizations managed by role". The older version of `GET /api/organization/v1/managed-by/{role}` (56-twin-organization-v1-managed-by.json, built by scripts/spec-twins.ts).
   *
   * `GET /api/organization/v1/managedBy/{role}`, area `organization`, tag "Organizations", operationId `get-orgs-by-role-managed-by`
   */
  readonly getOrgsByRoleManagedBy: <Config extends OperationConfig>(
    role: string,
    options?: { readonly config?: Config | undefined } | undefined
  ) => Effect.Effect<WithOptionalResponse<typeof GetOrgsByRoleManagedBy200.Type, Config>, E>
}
