/**
 * Effect clients for the Sectigo Certificate Manager (SCM) API: one `ScmHttpClient` service,
 * three ways to authenticate it.
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"

/**
 * @since 1.0.0
 */
export * as AcmeAccounts from "./AcmeAccounts.js"

/**
 * @since 1.0.0
 */
export * as Admins from "./Admins.js"

/**
 * @since 0.1.0
 */
export * as CertificateAuth from "./CertificateAuth.js"

/**
 * @since 1.0.0
 */
export * as DomainValidation from "./DomainValidation.js"

/**
 * @since 0.1.0
 */
export * as Domains from "./Domains.js"

/**
 * @since 0.1.0
 */
export * as OAuth2 from "./OAuth2.js"

/**
 * @since 0.1.0
 */
export * as Organizations from "./Organizations.js"

/**
 * @since 0.1.0
 */
export * as PasswordAuth from "./PasswordAuth.js"

/**
 * @since 1.0.0
 */
export * as Persons from "./Persons.js"

/**
 * @since 1.0.0
 */
export * as Renewals from "./Renewals.js"

/**
 * @since 1.0.0
 */
export * as Reports from "./Reports.js"

/**
 * @since 1.0.0
 */
export * as ScmApi from "./ScmApi.js"

/**
 * @since 0.1.0
 */
export * as ScmAuth from "./ScmAuth.js"

/**
 * @since 0.1.0
 */
export * as ScmError from "./ScmError.js"

/**
 * @since 0.1.0
 */
export * as ScmHttpClient from "./ScmHttpClient.js"

/**
 * @since 0.1.0
 */
export * as ScmRetry from "./ScmRetry.js"

/**
 * @since 1.0.0
 */
export * as SmimeCertificates from "./SmimeCertificates.js"

/**
 * @since 0.1.0
 */
export * as SslCertificates from "./SslCertificates.js"
