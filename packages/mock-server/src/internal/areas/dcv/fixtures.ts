/**
 * For DCV tests, here and in the client's contract tests: what an applicant publishes. A web
 * server on 127.0.0.1 (port 0) serving `/.well-known/pki-validation/<file>` from memory, and DNS
 * records as a map for the server's `dcv.resolve`. Nothing in the server uses it.
 */
import { Effect } from "effect"
import type { Scope } from "effect"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"

/** The file server: its base URL, what it serves, and the paths it was asked for. */
export interface DcvFiles {
  readonly url: string
  readonly publish: (fileName: string, content: string) => void
  readonly unpublish: (fileName: string) => void
  readonly requested: ReadonlyArray<string>
}

const prefix = "/.well-known/pki-validation/"

interface Running {
  readonly files: DcvFiles
  readonly close: () => Promise<void>
}

/** A file server living as long as the scope. */
export const dcvFileServer: Effect.Effect<DcvFiles, never, Scope.Scope> = Effect.map(
  Effect.acquireRelease(
    Effect.callback<Running>((resume) => {
      const files = new Map<string, string>()
      const requested: Array<string> = []
      const server = createServer((request, response) => {
        const path = request.url ?? ""
        requested.push(path)
        const content = path.startsWith(prefix) ? files.get(path.slice(prefix.length)) : undefined
        response.writeHead(content === undefined ? 404 : 200, { "content-type": "text/plain" }).end(content ?? "not found")
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resume(Effect.succeed({
          files: {
            url: `http://127.0.0.1:${port}`,
            publish: (fileName, content) => void files.set(fileName, content),
            unpublish: (fileName) => void files.delete(fileName),
            requested
          },
          close: () => new Promise<void>((done) => server.close(() => done()))
        }))
      })
    }),
    (running) => Effect.promise(running.close)
  ),
  (running) => running.files
)

/** DNS records for the mock's `dcv.resolve`, changed by the test as it goes. */
export const dnsRecords = () => {
  const records = new Map<string, ReadonlyArray<string>>()
  return {
    set: (type: "CNAME" | "TXT", name: string, values: ReadonlyArray<string>) => void records.set(`${type} ${name.replace(/\.$/, "")}`, values),
    resolve: (type: "CNAME" | "TXT", name: string): ReadonlyArray<string> => records.get(`${type} ${name}`) ?? []
  }
}

/** The file name of a DCV file URL. */
export const fileNameOf = (url: string): string => url.slice(url.lastIndexOf("/") + 1)

