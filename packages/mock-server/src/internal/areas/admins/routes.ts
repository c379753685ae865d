/**
 * Client admins (`/admin/v1`): a paged list of ClientAdminIdentity with the reference's filters,
 * ClientAdminDetailsResponse by id, create (201 and `Location`, no body), update, delete, and the
 * roles and privileges an MRAO may assign. Requests are validated as the REST 25.5 reference's
 * constraint tables say, refused with SCM's codes; a password is checked and never kept.
 */
import { Effect, Result } from "effect"
import type { AdminSeed } from "../../state/seed.js"
import { created, day, isoDay, updated } from "../../http/recordAnswers.js"
import { pagedResponse, pageOf } from "../../http/paging.js"
import { integerParam, literalParam, maxInt32, type QueryParams, stringParam } from "../../http/query.js"
import { makeRecordStore } from "../../state/recordStore.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { answer, type Answer, bodyFields, contains, idParam, noContent, read } from "../../http/routeHelpers.js"
import { badRequest, entityNotFound, ErrorCode, invalidField, jsonResponse, missingField, refusal, truncate } from "../../http/scmErrors.js"
import { departmentsOf, type SeedData } from "../../state/seed.js"
import type { AdminRow } from "../../state/overview.js"

const adminTypes = ["STANDARD", "API", "SAS", "IDP"] as const
type AdminType = typeof adminTypes[number]

/** ClientRole. */
export const roles = ["MRAO", "RAO_SSL", "RAO_SMIME", "RAO_CS", "RAO_DEVICE", "DRAO_SSL", "DRAO_SMIME", "DRAO_CS", "DRAO_DEVICE"] as const
type Role = typeof roles[number]

/** ClientPrivilege, with the reference's descriptions. */
const privilegeDescriptions: Readonly<Record<string, string>> = {
  allowCreate: "Add peer administrator",
  allowEdit: "Edit peer administrator",
  allowDelete: "Delete peer administrator",
  allowDCV: "Manage domain validations",
  autoApproveCertificates: "Automatically approve certificate requests",
  allowMsAdDiscovery: "MS agent management",
  allowKeyVault: "Download keys from Sectigo Key Vault",
  approveDomainDelegation: "Approve domain delegation",
  allowManageDomains: "Manage domains",
  sslRequest: "Request SSL certificates",
  sslRenew: "Renew SSL certificates",
  sslReplace: "Replace SSL certificates",
  sslRevoke: "Revoke SSL certificates",
  sslApprove: "Manage SSL certificate requests",
  sslManage: "Manage SSL certificates",
  clientCertRequest: "Request client certificates",
  clientCertRevoke: "Revoke client certificates",
  clientCertManage: "Manage client certificates",
  csRequest: "Request code signing certificates",
  csRevoke: "Revoke code signing certificates",
  csManage: "Manage code signing certificates",
  deviceRequest: "Request device certificates",
  deviceRenew: "Renew device certificates",
  deviceReplace: "Replace device certificates",
  deviceRevoke: "Revoke device certificates",
  deviceApprove: "Manage device certificate requests",
  deviceManage: "Manage device certificates",
  editOrganizationAndDepartment: "Edit organizations & departments",
  addOrganizationAndDepartments: "Add organizations & departments",
  addDepartments: "Add departments",
  editDepartments: "Edit departments",
  orgValidationManager: "Manage organization validations",
  viewUsage: "View usage",
  viewSubscriptions: "View subscriptions",
  manageSubscriptions: "Manage subscriptions",
  acceptCustomerLicenseAgreement: "Accept customer license agreement",
  externalClm: "External certificate lifecycle management"
}
const allPrivileges = Object.keys(privilegeDescriptions)

/** What each area's role may be given (RAO and DRAO alike), after the reference's example for RAO_SSL and RAO_SMIME. */
const areaPrivileges: Readonly<Record<string, ReadonlyArray<string>>> = {
  SSL: ["sslRequest", "sslRenew", "sslReplace", "sslRevoke", "sslApprove", "sslManage", "allowDCV", "allowMsAdDiscovery", "allowKeyVault"],
  SMIME: ["clientCertRequest", "clientCertRevoke", "clientCertManage", "allowKeyVault"],
  CS: ["csRequest", "csRevoke", "csManage"],
  DEVICE: ["deviceRequest", "deviceRenew", "deviceReplace", "deviceRevoke", "deviceApprove", "deviceManage"]
}
const draoPrivileges = ["allowCreate", "allowEdit", "allowDelete", "allowManageDomains", "autoApproveCertificates", "viewUsage"]
const raoPrivileges = [...draoPrivileges, "approveDomainDelegation", "addDepartments", "editDepartments", "orgValidationManager"]

/** The privileges an admin with `given` roles may hold. */
const privilegesFor = (given: ReadonlyArray<string>): ReadonlySet<string> => {
  if (given.includes("MRAO")) return new Set(allPrivileges)
  const available = new Set<string>()
  for (const role of given) {
    const [level, area = ""] = role.split("_")
    for (const privilege of [...(level === "RAO" ? raoPrivileges : draoPrivileges), ...(areaPrivileges[area] ?? [])]) available.add(privilege)
  }
  return available
}

/** The type changes the reference allows on update. */
const typeChanges: Readonly<Record<AdminType, ReadonlyArray<AdminType>>> = {
  STANDARD: ["STANDARD", "API", "IDP", "SAS"],
  API: ["API", "STANDARD"],
  IDP: ["IDP", "STANDARD", "SAS"],
  SAS: ["SAS", "STANDARD"]
}

/** An admin as the store keeps it: its details as SCM sends them. */
interface Admin {
  readonly id: number
  readonly type: AdminType
  readonly details: Readonly<Record<string, unknown>>
}

const credentialsOf = (admin: Admin): ReadonlyArray<{ readonly role: string; readonly orgId?: number }> => {
  const credentials = admin.details["credentials"]
  return Array.isArray(credentials) ? credentials : []
}

const textOf = (admin: Admin, name: string): string => (typeof admin.details[name] === "string" ? admin.details[name] : "")

/** How long a password lasts: the reference's admins expire three months after a change (2025-05-21 to 2025-08-21). */
const passwordLifetime = 92 * day

/** What SCM fills in for a new admin of `type` at `now`: dates, password state, no roles yet. */
const initialDetails = (type: AdminType, now: number): Readonly<Record<string, unknown>> => {
  const today = isoDay(now)
  const logsIn = type === "STANDARD" || type === "API"
  return {
    status: "ACTIVE",
    created: today,
    modified: today,
    ...(logsIn ? { passwordState: "ALIVE", lastPasswordChange: today, passwordExpiryDate: isoDay(now + passwordLifetime) } : {}),
    failedAttempts: 0,
    credentials: [],
    privileges: [],
    activeState: "ACTIVE",
    activeStatus: "ACTIVE"
  }
}

const fromSeed = (start: number) => (seed: AdminSeed): Admin => {
  const active = seed["activeState"] === "SUSPENDED" ? "SUSPENDED" : "ACTIVE"
  return { id: seed.id, type: seed.type, details: { ...initialDetails(seed.type, start), ...seed, activeState: active, activeStatus: active } }
}

// ---- validation ----

const loginPattern = /^[a-zA-Z0-9!@_.\-+']*$/
const namePattern = /^[^><!@#$%^*()~?/\\&_+=":;,{}[\]|`]*$/
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const telephonePattern = /^[#0-9()\-+ x]*$/
const postalCodePattern = /^[a-zA-Z0-9\s-]{0,10}$/
const serialPattern = /^(0x)?[0-9a-fA-F:]+$/

type Read<A> = Result.Result<A, Answer>

/** A string field checked against the reference's constraints; absent stays undefined. */
const text = (fields: Fields.Fields, name: string, maxLength: number, pattern?: RegExp): Read<string | undefined> =>
  Result.flatMap(Fields.optionalString(fields, name, maxLength), (value) =>
    value === undefined || pattern === undefined || pattern.test(value) ? Result.succeed(value) : Result.fail(invalidField(name)))

interface Scopes {
  readonly organizations: ReadonlySet<number>
  readonly departments: ReadonlyMap<number, number>
}

const scopesOf = (seed: SeedData): Scopes => ({
  organizations: new Set(seed.organizations.map((organization) => organization.id)),
  departments: new Map(seed.organizations.flatMap((organization) => departmentsOf(organization).map((department) => [department.id, organization.id] as const)))
})

/** CredentialDTO list: not empty, each role one of ClientRole with the org level it needs, all roles of one level. */
const credentialsField = (fields: Fields.Fields, scopes: Scopes, required: boolean): Read<ReadonlyArray<{ readonly role: Role; readonly orgId?: number }> | undefined> => {
  const value = fields["credentials"]
  if (value === undefined || value === null) return required ? Result.fail(missingField("credentials")) : Result.succeed(undefined)
  if (!Array.isArray(value)) return Result.fail(invalidField("credentials"))
  if (value.length === 0) return Result.fail(missingField("credentials"))
  const credentials: Array<{ readonly role: Role; readonly orgId?: number }> = []
  for (const item of value) {
    const entry = Fields.fieldsOf(item)
    if (Result.isFailure(entry)) return Result.fail(invalidField("credentials"))
    const role = Fields.requiredLiteral(entry.success, "role", roles)
    if (Result.isFailure(role)) return Result.fail(role.failure)
    const orgId = Fields.optionalInteger(entry.success, "orgId")
    if (Result.isFailure(orgId)) return Result.fail(orgId.failure)
    const level = role.success.split("_")[0]
    if (level !== "MRAO") {
      if (orgId.success === undefined) {
        return Result.fail(refusal(-221, "Please select at least one Organization/Department for each selected role"))
      }
      const known = level === "RAO" ? scopes.organizations.has(orgId.success) : scopes.departments.has(orgId.success)
      if (!known) {
        return Result.fail(
          scopes.organizations.has(orgId.success) || scopes.departments.has(orgId.success)
            ? invalidField("credentials")
            : refusal(ErrorCode.organizationNotFound, `Organization '${orgId.success}' not found.`)
        )
      }
    }
    credentials.push(level === "MRAO" ? { role: role.success } : { role: role.success, orgId: orgId.success! })
  }
  const levels = new Set(credentials.map((credential) => credential.role.split("_")[0]))
  if (levels.size > 1) return Result.fail(refusal(-222, "Please select roles for the same level"))
  return Result.succeed(credentials)
}

/** Privileges: known names, each one the roles may be given. */
const privilegesField = (fields: Fields.Fields, given: ReadonlyArray<string>): Read<ReadonlyArray<string> | undefined> => {
  const value = fields["privileges"]
  if (value === undefined || value === null) return Result.succeed(undefined)
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === "string" && item in privilegeDescriptions)) {
    return Result.fail(invalidField("privileges"))
  }
  const available = privilegesFor(given)
  if (value.includes("allowDCV") && !available.has("allowDCV")) return Result.fail(refusal(-255, "Privilege \"Allow DCV\" can't be added to non SSL admins."))
  if (!value.every((privilege) => available.has(privilege))) return Result.fail(refusal(-234, "You have no privilege to modify the privileges of this admin."))
  return Result.succeed([...new Set(value)])
}

/** The details fields a request sets, under the names the details use. */
const detailsOf = (request: Readonly<Record<string, string | undefined>>): Record<string, string> => {
  const renamed: Readonly<Record<string, string>> = {
    street: "address",
    locality: "city",
    postalCode: "zip",
    telephone: "phone",
    certificateSerialNumber: "authCert"
  }
  return Object.fromEntries(Object.entries(request).flatMap(([name, value]) => (value === undefined ? [] : [[renamed[name] ?? name, value]])))
}

interface AdminRequest {
  readonly type: AdminType | undefined
  readonly details: Readonly<Record<string, unknown>>
  readonly password: boolean
}

/**
 * A CreateAndUpdateClientAdminRequest read as the reference's constraint tables say: on create the
 * mandatory fields of the type must be there; on update anything may be left out, and what is
 * given must not be blank.
 */
const readRequest = (fields: Fields.Fields, scopes: Scopes, current: Admin | undefined): Read<AdminRequest> =>
  Result.gen(function*() {
    const creating = current === undefined
    const givenType = fields["type"] === undefined || fields["type"] === null ? undefined : yield* Fields.requiredLiteral(fields, "type", adminTypes)
    const type = givenType ?? current?.type ?? "STANDARD"
    if (current !== undefined && !typeChanges[current.type].includes(type)) return yield* Result.fail(invalidField("type"))
    const logsIn = type === "STANDARD" || type === "API"
    // Mandatory on create ("-7 ... missing"); on update "null or not blank".
    const required = (name: string, value: string | undefined, mandatory: boolean): Read<string | undefined> =>
      value !== undefined && value.trim() === ""
        ? Result.fail(creating ? missingField(name) : invalidField(name))
        : value === undefined && mandatory
        ? Result.fail(missingField(name))
        : Result.succeed(value)
    const login = yield* text(fields, "login", 128, loginPattern)
    // A type that logs in needs a login, also when an update changes an IdP or SAS admin into one.
    yield* required("login", login, logsIn && current?.details["login"] === undefined)
    if (login !== undefined && login.length < 3) return yield* Result.fail(invalidField("login"))
    const password = yield* Fields.optionalString(fields, "password", 64)
    if (logsIn && creating && password === undefined) return yield* Result.fail(missingField("password"))
    const email = yield* text(fields, "email", 128)
    yield* required("email", email, creating)
    if (email !== undefined && !emailPattern.test(email)) return yield* Result.fail(refusal(-237, "Client Admin's Email is invalid"))
    const forename = yield* text(fields, "forename", 64, namePattern)
    const surname = yield* text(fields, "surname", 64, namePattern)
    yield* required("forename", forename, logsIn && creating)
    yield* required("surname", surname, logsIn && creating)
    const identityProviderId = yield* Fields.optionalInteger(fields, "identityProviderId")
    const idpPersonId = yield* text(fields, "idpPersonId", 256)
    if (identityProviderId !== undefined && (idpPersonId === undefined || idpPersonId === "")) return yield* Result.fail(missingField("idpPersonId"))
    const activeStatus = fields["activeStatus"] === undefined || fields["activeStatus"] === null
      ? undefined
      : yield* Fields.requiredLiteral(fields, "activeStatus", ["ACTIVE", "SUSPENDED"])
    const credentials = yield* credentialsField(fields, scopes, creating)
    const given = (credentials ?? (current === undefined ? [] : credentialsOf(current))).map((credential) => credential.role)
    const privileges = yield* privilegesField(fields, given)
    const details = detailsOf({
      login,
      email,
      forename,
      surname,
      title: yield* text(fields, "title", 64),
      telephone: yield* text(fields, "telephone", 32, telephonePattern),
      street: yield* text(fields, "street", 128),
      locality: yield* text(fields, "locality", 128),
      state: yield* text(fields, "state", 128),
      postalCode: yield* text(fields, "postalCode", 40, postalCodePattern),
      country: yield* text(fields, "country", 2),
      relationship: yield* text(fields, "relationship", 256),
      certificateSerialNumber: yield* text(fields, "certificateSerialNumber", 64, serialPattern),
      idpPersonId
    })
    return {
      type: givenType,
      password: password !== undefined,
      details: {
        ...details,
        ...(identityProviderId === undefined ? {} : { identityProviderId }),
        ...(activeStatus === undefined ? {} : { activeState: activeStatus, activeStatus }),
        ...(credentials === undefined ? {} : { credentials }),
        // Privileges a role change takes away go with it.
        ...(privileges !== undefined
          ? { privileges }
          : credentials !== undefined && current !== undefined
          ? { privileges: (Array.isArray(current.details["privileges"]) ? current.details["privileges"] : []).filter((privilege) => privilegesFor(given).has(String(privilege))) }
          : {})
      }
    }
  })

// ---- list ----

interface ListFilters {
  readonly login: string | undefined
  readonly email: string | undefined
  readonly activeState: "ACTIVE" | "SUSPENDED" | undefined
  readonly orgId: number | undefined
  readonly type: AdminType | undefined
  readonly templateId: number | undefined
  readonly identityProviderId: number | undefined
  readonly role: Role | undefined
}

const listFilters = (params: QueryParams): Result.Result<ListFilters, string> =>
  Result.gen(function*() {
    return {
      login: yield* stringParam(params, "login", 128),
      email: yield* stringParam(params, "email", 128),
      activeState: yield* literalParam(params, "activeState", ["ACTIVE", "SUSPENDED"]),
      orgId: yield* integerParam(params, "orgId", 1, maxInt32),
      type: yield* literalParam(params, "type", adminTypes),
      templateId: yield* integerParam(params, "templateId", -maxInt32, maxInt32),
      identityProviderId: yield* integerParam(params, "identityProviderId", -maxInt32, maxInt32),
      role: yield* literalParam(params, "role", roles)
    }
  })

/** `orgId`: admins with a role on that organization or department, or on the organization of that department. */
const listMatching = (filters: ListFilters, scopes: Scopes) => (admin: Admin): boolean => {
  const credentials = credentialsOf(admin)
  const parent = filters.orgId === undefined ? undefined : scopes.departments.get(filters.orgId)
  return (filters.login === undefined || contains(textOf(admin, "login"), filters.login)) &&
    (filters.email === undefined || contains(textOf(admin, "email"), filters.email)) &&
    (filters.activeState === undefined || admin.details["activeState"] === filters.activeState) &&
    (filters.type === undefined || admin.type === filters.type) &&
    (filters.templateId === undefined || admin.details["templateId"] === filters.templateId) &&
    (filters.identityProviderId === undefined || admin.details["identityProviderId"] === filters.identityProviderId) &&
    (filters.role === undefined || credentials.some((credential) => credential.role === filters.role)) &&
    (filters.orgId === undefined || credentials.some((credential) => credential.orgId === filters.orgId || (parent !== undefined && credential.orgId === parent)))
}

/** ClientAdminIdentity. */
const identityOf = (admin: Admin) => ({
  id: admin.id,
  type: admin.type,
  login: admin.details["login"],
  forename: admin.details["forename"],
  surname: admin.details["surname"],
  email: admin.details["email"]
})

const detailsView = (admin: Admin) => ({ ...admin.details, id: admin.id, type: admin.type })

const unknownAdmin = (id: number): Answer => entityNotFound(ErrorCode.generic, `Admin with id ${id} not found.`)

/** Standard and API admins have a password; IdP and SAS admins, and API clients of OAuth2, do not. */
const logsInWithPassword = (admin: Admin): boolean => admin.type === "STANDARD" || admin.type === "API"

const noPassword = (call: ApiCall): Answer =>
  refusal(ErrorCode.generic, `The password of '${truncate(call.principal.login, 128)}' is not managed by SCM.`)

/**
 * SCM's password policy as the REST reference's refusal states it (-7306, its rules in this order):
 * an upper-case letter, a digit, eight characters.
 */
const passwordRules: ReadonlyArray<readonly [(password: string) => boolean, string]> = [
  [(password) => /\p{Lu}/u.test(password), "Password must contain 1 or more uppercase characters."],
  [(password) => /\d/.test(password), "Password must contain 1 or more digit characters."],
  [(password) => password.length >= 8, "Password must be 8 or more characters in length."]
]

const loginTaken = (login: string): Answer => refusal(ErrorCode.generic, `Admin with login '${truncate(login, 128)}' already exists.`)

const loginClash = (admins: ReadonlyArray<Admin>, login: unknown, except?: number): boolean =>
  typeof login === "string" && admins.some((admin) => admin.id !== except && textOf(admin, "login").toLowerCase() === login.toLowerCase())

/** What the admin resources work on. */
export interface AdminResources {
  readonly routes: ReadonlyArray<Resource>
  /** The admins as the test controls list them: no password. */
  readonly rows: Effect.Effect<ReadonlyArray<AdminRow>>
  readonly reset: Effect.Effect<void>
}

/** An admin's row for the test controls, picked field by field so that no password can pass. */
const adminRow = (admin: Admin): AdminRow => ({
  id: admin.id,
  login: textOf(admin, "login"),
  name: [textOf(admin, "forename"), textOf(admin, "surname")].filter((part) => part !== "").join(" "),
  email: textOf(admin, "email"),
  type: admin.type,
  status: textOf(admin, "activeState") || textOf(admin, "status"),
  roles: credentialsOf(admin).map((credential) => (credential.orgId === undefined ? credential.role : `${credential.role} @ ${credential.orgId}`))
})

/** The admin resources over `seed`. */
export const makeAdminResources = (seed: SeedData): Effect.Effect<AdminResources> =>
  Effect.gen(function*() {
    const store = yield* makeRecordStore((start) => seed.admins.map(fromSeed(start)), 1)
    const scopes = scopesOf(seed)

    const list = (call: ApiCall) =>
      Result.match(Result.all([pageOf(call.query), listFilters(call.query)]), {
        onFailure: (description) => Effect.succeed(badRequest(description)),
        onSuccess: ([page, filters]) => store.read((admins) => pagedResponse(admins.filter(listMatching(filters, scopes)), page, call.head, identityOf))
      })

    const get = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const id = yield* idParam(call)
        const admin = yield* store.get(id)
        return admin === undefined ? unknownAdmin(id) : jsonResponse(200, detailsView(admin))
      }))

    const create = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const request = yield* read(readRequest(yield* bodyFields(call), scopes, undefined))
        const made = yield* store.create((id, now, admins): Result.Result<Admin, Answer> => {
          if (loginClash(admins, request.details["login"])) return Result.fail(loginTaken(String(request.details["login"])))
          const type = request.type ?? "STANDARD"
          return Result.succeed({ id, type, details: { ...initialDetails(type, now), clientAdminCreator: creatorOf(admins, call), ...request.details } })
        })
        const admin = yield* Effect.fromResult(made)
        return created(call, `/admin/v1/${admin.id}`)
      }))

    const creatorOf = (admins: ReadonlyArray<Admin>, call: ApiCall): number | undefined =>
      admins.find((admin) => textOf(admin, "login") === call.principal.login)?.id

    const update = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const id = yield* idParam(call)
        const fields = yield* bodyFields(call)
        const current = yield* store.get(id)
        if (current === undefined) return unknownAdmin(id)
        const request = yield* read(readRequest(fields, scopes, current))
        const changed = yield* store.change(id, (admin, now, admins): Result.Result<Admin, Answer> =>
          loginClash(admins, request.details["login"], id)
            ? Result.fail(loginTaken(String(request.details["login"])))
            : Result.succeed({
              id,
              type: request.type ?? admin.type,
              details: {
                ...admin.details,
                ...request.details,
                modified: isoDay(now),
                ...(request.password ? { lastPasswordChange: isoDay(now), passwordState: "ALIVE" } : {})
              }
            }))
        if (changed === undefined) return unknownAdmin(id)
        yield* Effect.fromResult(changed)
        return updated
      }))

    const remove = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const id = yield* idParam(call)
        const replacing = yield* Effect.fromResult(Result.mapError(integerParam(call.query, "replacingRequesterId", 1, maxInt32), badRequest))
        if (replacing !== undefined && (replacing === id || (yield* store.get(replacing)) === undefined)) {
          return yield* Effect.fail(invalidField("replacingRequesterId"))
        }
        const removed = yield* store.remove(id)
        return removed === undefined ? unknownAdmin(id) : noContent
      }))

    const availableRoles = (call: ApiCall) =>
      Effect.succeed(Result.match(literalParam(call.query, "isForEdit", ["true", "false"]), {
        onFailure: badRequest,
        onSuccess: () => jsonResponse(200, roles)
      }))

    const privileges = (call: ApiCall) =>
      Effect.sync(() => {
        const value = call.query["role"]
        const given = (value === undefined ? [] : typeof value === "string" ? [value] : value).flatMap((role) => role.split(",")).filter((role) => role !== "")
        if (given.length === 0) return missingField("role")
        if (!given.every((role) => (roles as ReadonlyArray<string>).includes(role))) return invalidField("role")
        const available = privilegesFor(given)
        return jsonResponse(200, allPrivileges.filter((name) => available.has(name)).sort().map((name) => ({ name, description: privilegeDescriptions[name] })))
      })

    /**
     * The admin the request logs in as: its login, for header login and client certificates. An
     * OAuth2 client acts for an API admin: the one of its client id's login, else the first.
     */
    const callerOf = (call: ApiCall) =>
      store.read((admins) => {
        const byLogin = admins.find((admin) => textOf(admin, "login") === call.principal.login)
        return byLogin ?? (call.principal.scheme === "oauth2" ? admins.find((admin) => admin.type === "API") : undefined)
      })

    const passwordState = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const admin = yield* callerOf(call)
        if (admin === undefined || !logsInWithPassword(admin)) return noPassword(call)
        return jsonResponse(200, { expirationDate: admin.details["passwordExpiryDate"], state: admin.details["passwordState"] })
      }))

    const changePassword = (call: ApiCall) =>
      answer(Effect.gen(function*() {
        const fields = yield* bodyFields(call)
        const password = yield* read(Fields.requiredString(fields, "newPassword", 256))
        const broken = passwordRules.filter(([rule]) => !rule(password)).map(([, message]) => message)
        if (broken.length > 0) return yield* Effect.fail(refusal(ErrorCode.passwordPolicy, `Password policy violated: ${broken.join(" ")}`))
        const admin = yield* callerOf(call)
        if (admin === undefined || !logsInWithPassword(admin)) return noPassword(call)
        yield* store.change(admin.id, (current, now) =>
          Result.succeed({
            ...current,
            details: { ...current.details, passwordState: "ALIVE", lastPasswordChange: isoDay(now), passwordExpiryDate: isoDay(now + passwordLifetime) }
          }))
        return noContent
      }))

    const routes: ReadonlyArray<Resource> = [
      { method: "GET", path: "/admin/v1/password", handle: passwordState },
      { method: "POST", path: "/admin/v1/changepassword", handle: changePassword },
      { method: "GET", path: "/admin/v1", handle: list },
      { method: "POST", path: "/admin/v1", handle: create },
      { method: "GET", path: "/admin/v1/roles", handle: availableRoles },
      { method: "GET", path: "/admin/v1/privileges", handle: privileges },
      { method: "GET", path: "/admin/v1/:id", handle: get },
      { method: "PUT", path: "/admin/v1/:id", handle: update },
      { method: "DELETE", path: "/admin/v1/:id", handle: remove }
    ]
    return { routes, rows: store.read((admins) => admins.map(adminRow)), reset: store.reset }
  })
