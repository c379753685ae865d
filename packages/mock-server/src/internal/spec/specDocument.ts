/**
 * The vendor's OpenAPI document as the client is generated from it: `spec/` at the repository's
 * root, with every JSON patch of `spec/patches/` applied in file-name order. The mock reads the
 * same files so that the fallback and the generated client can never disagree about the API.
 */
import { JsonPatch, type Schema } from "effect"
import * as Fs from "node:fs"
import { fileURLToPath } from "node:url"

/** Any JSON value of the document. */
export type Json = Schema.Json

/** A JSON object of the document. */
export type JsonObject = { readonly [key: string]: Json }

/** The vendor's file, kept unchanged in `spec/`. */
export const specFileName = "scm-admin-api-25.9.2.openapi.json"

// A published package carries its copy of spec/ (made by `prepack`) beside dist/; in the
// repository, src/internal/spec and dist/internal/spec are both five levels below the root's spec/.
const packagedSpecDirectory = new URL("../../../spec/", import.meta.url)
/** Where `spec/` is: the package's copy, or the repository's. */
export const specDirectory = Fs.existsSync(fileURLToPath(packagedSpecDirectory))
  ? packagedSpecDirectory
  : new URL("../../../../../spec/", import.meta.url)

export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const readJson = (url: URL): Json => JSON.parse(Fs.readFileSync(fileURLToPath(url), "utf8")) as Json

/** Reads the document and applies the patches; throws when a file is missing or a patch does not apply. */
export const loadPatchedSpec = (directory: URL = specDirectory): JsonObject => {
  const patchDirectory = new URL("patches/", directory)
  const patches = Fs.readdirSync(fileURLToPath(patchDirectory)).filter((name) => name.endsWith(".json")).sort()
  let document = readJson(new URL(specFileName, directory))
  for (const name of patches) {
    const patch = readJson(new URL(name, patchDirectory))
    if (!Array.isArray(patch)) throw new Error(`spec/patches/${name} is not a JSON Patch array`)
    document = JsonPatch.apply(patch as unknown as JsonPatch.JsonPatch, document)
  }
  if (!isJsonObject(document) || !isJsonObject(document["paths"])) throw new Error(`${specFileName} has no paths`)
  return document
}

let cached: JsonObject | undefined

/** The patched document, read once per process (it is immutable data). */
export const patchedSpec = (): JsonObject => (cached ??= loadPatchedSpec())
