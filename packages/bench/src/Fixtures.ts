/**
 * Fixed bodies for the baselines: the same bytes an SCM answers, so a baseline differs from the
 * subject only in the code path, never in what travels over the socket.
 */

/** The path every throughput section requests. */
export const typesPath = "/api/ssl/v1/types"

const profile = (id: number, name: string, terms: ReadonlyArray<number>) => ({
  id,
  name,
  description: `${name} certificate issued by the Sectigo RSA Domain Validation Secure Server CA`,
  terms,
  keyTypes: { RSA: ["2048", "3072", "4096"], EC: ["P-256", "P-384"] },
  useSecondaryOrgName: false
})

/**
 * A `GET /api/ssl/v1/types` answer of a typical customer: eight certificate profiles, about 2 KB,
 * the size of the SCM answers a client reads most often.
 */
export const typesBody: Uint8Array = new TextEncoder().encode(
  JSON.stringify([
    profile(224, "PositiveSSL DV", [365]),
    profile(225, "PositiveSSL Multi-Domain", [365]),
    profile(226, "PositiveSSL Wildcard", [365]),
    profile(227, "InstantSSL OV", [365]),
    profile(228, "InstantSSL Pro Wildcard", [365]),
    profile(229, "Sectigo EV SSL", [365]),
    profile(230, "Sectigo EV Multi-Domain", [365]),
    profile(231, "Sectigo Private Client Auth", [365, 730])
  ])
)

/** The access token the fixed token endpoint hands out. */
export const accessToken = "bench-access-token"

/** The header login of the client sections' password-login client. */
export const benchLogin = { login: "bench", password: "bench-password", customerUri: "bench" } as const

/**
 * The credential headers each SCM client sends on the wire (names as Effect writes them, lower
 * case), so that a baseline can send the same bytes.
 */
export const credentialHeaders = {
  bearer: { authorization: `Bearer ${accessToken}` },
  login: { login: benchLogin.login, password: benchLogin.password, customeruri: benchLogin.customerUri }
} as const

/** A token endpoint answer with a lifetime long enough that no renewal falls into a round. */
export const tokenBody: Uint8Array = new TextEncoder().encode(
  JSON.stringify({
    access_token: accessToken,
    expires_in: 3600,
    refresh_expires_in: 0,
    token_type: "Bearer",
    "not-before-policy": 0,
    scope: "profile email"
  })
)

/** The path of the token endpoint on the fixed server (the same as Keycloak's). */
export const tokenPath = "/auth/realms/apiclients/protocol/openid-connect/token"

/** Every server binds to loopback, on a port the kernel picks. */
export const loopback = "127.0.0.1"
