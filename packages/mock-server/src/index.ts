/**
 * An SCM look-alike for contract tests.
 *
 * @since 0.1.0
 */

/**
 * @since 0.1.0
 */
export * as MockPki from "./MockPki.js"

/**
 * @since 0.1.0
 */
export * as MockScmServer from "./MockScmServer.js"
