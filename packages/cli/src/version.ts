/**
 * The version `scm --version` prints: the package's (src/, dist/ and the bundle's bundle/ all sit
 * one level below it), read without loading anything but `node:fs`.
 */
import { readFileSync } from "node:fs"

/** The package's version. */
export const version: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  readonly version: string
}).version

/** What `scm --version` prints, as the CLI module formats it. */
export const versionLine = `scm v${version}`
