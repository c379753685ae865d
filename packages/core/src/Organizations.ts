/**
 * Organizations and their departments: the `orgId` that enrollment and the list filters take.
 * Every function needs an `ScmHttpClient` and fails with an `ScmError`.
 *
 * ```ts
 * import { Organizations } from "@scm-effect/core"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const organizations = yield* Organizations.list() // one request: SCM does not paginate it
 *   for (const organization of organizations) {
 *     const details = yield* Organizations.get(organization.id)
 *   }
 * })
 * ```
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Effect from "effect/Effect"
import type * as Schema from "effect/Schema"
import * as internal from "./internal/organizations.js"
import * as common from "./internal/schemas/common.js"
import * as schemas from "./internal/schemas/organizations.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

/**
 * An organization's or a department's id (SCM takes either wherever an `orgId` goes).
 *
 * @since 0.1.0
 * @category ids
 */
export const OrganizationId = common.OrganizationId

/**
 * An organization's or a department's id.
 *
 * @since 0.1.0
 * @category ids
 */
export type OrganizationId = typeof OrganizationId.Type

/**
 * A kind of certificate an organization may issue (open enum: a newer SCM's value decodes too).
 *
 * @since 0.1.0
 * @category enums
 */
export const CertificateKind = schemas.CertificateKind

/**
 * A kind of certificate: `"SSL"`, `"SMIME"`, `"CodeSign"`, `"SMIMEAuth"`, `"Device"`.
 *
 * @since 0.1.0
 * @category enums
 */
export type CertificateKind = typeof CertificateKind.Type

/**
 * A department (DepartmentBasicInfo).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Department = schemas.Department

/**
 * A department.
 *
 * @since 0.1.0
 * @category models
 */
export interface Department extends Schema.Schema.Type<typeof Department> {}

/**
 * An organization as the list shows it (OrganizationBasicResp), with its departments.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OrganizationSummary = schemas.OrganizationSummary

/**
 * An organization as the list shows it.
 *
 * @since 0.1.0
 * @category models
 */
export interface OrganizationSummary extends Schema.Schema.Type<typeof OrganizationSummary> {}

/**
 * An organization's details (OrganizationResp): address, contacts, allowed certificate kinds.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Organization = schemas.Organization

/**
 * An organization's details.
 *
 * @since 0.1.0
 * @category models
 */
export interface Organization extends Schema.Schema.Type<typeof Organization> {}

/**
 * Every organization the caller may see, with departments (SCM does not paginate this list).
 *
 * @since 0.1.0
 * @category operations
 */
export const list: () => Effect.Effect<ReadonlyArray<OrganizationSummary>, ScmError.ScmError, ScmHttpClient> =
  internal.list

/**
 * An organization's or department's details; an unknown id fails with `ScmApiError`.
 *
 * @since 0.1.0
 * @category operations
 */
export const get: (id: OrganizationId) => Effect.Effect<Organization, ScmError.ScmError, ScmHttpClient> = internal.get
