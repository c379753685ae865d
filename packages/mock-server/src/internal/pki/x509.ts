/**
 * The X.509 library, loaded on first use. `@peculiar/x509` needs `Reflect.getMetadata` (its
 * tsyringe container reads it when the module is evaluated), so `reflect-metadata` has to install
 * that global first. Importing this package must not install globals: both modules load only
 * when PKI material is first made or read, once per process.
 */
import type * as X509 from "@peculiar/x509"
import { Effect } from "effect"
import { PkiError } from "./model.js"

/** The `@peculiar/x509` module. */
export type X509Lib = typeof X509

let loaded: Promise<X509Lib> | undefined

const importLib = async (): Promise<X509Lib> => {
  await import("reflect-metadata")
  return await import("@peculiar/x509")
}

/** The library, imported by the first caller and shared after; a failed import is tried again next time. */
export const loadX509: Effect.Effect<X509Lib, PkiError> = Effect.tryPromise({
  try: () => {
    loaded ??= importLib().catch((cause: unknown) => {
      loaded = undefined
      throw cause
    })
    return loaded
  },
  catch: (cause) =>
    new PkiError({ message: `cannot load @peculiar/x509: ${cause instanceof Error ? cause.message : String(cause)}` })
})
