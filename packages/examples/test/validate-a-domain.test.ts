/**
 * The validate-a-domain template, in its own Node process: on the embedded mock it writes the file
 * to a web root a local web server serves and the domain ends validated; against an SCM the
 * environment names, without a web root it says where the file goes and stops, and with
 * SCM_DCV_SUBMIT=1 it submits the order started then, once the file is in place.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { dcvFileServer } from "../../mock-server/src/internal/areas/dcv/fixtures.js"
import { runTemplate } from "./support/runTemplate.js"

describe("validate-a-domain", () => {
  it.live("on the embedded mock: the file goes under the web root, the mock fetches it, the domain is validated", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("validate-a-domain.ts")
      expect(run.stderr).toContain("using an embedded mock SCM")
      expect(run.stdout).toMatch(/^shop\.example\.test: NOT_VALIDATED, expires -$/m)
      expect(run.stdout).toMatch(/^SCM checks http:\/\/shop\.example\.test\/\.well-known\/pki-validation\/[0-9A-F]{32}\.txt; it must hold:$/m)
      expect(run.stdout).toMatch(/^Wrote .+\/\.well-known\/pki-validation\/[0-9A-F]{32}\.txt$/m)
      expect(run.stdout).toMatch(/^Submitted \(order \d+\): VALIDATED$/m)
      expect(run.stdout).toMatch(/^shop\.example\.test is validated \(HTTP\) on \d{4}-\d{2}-\d{2}, until \d{4}-\d{2}-\d{2}$/m)
      expect(run.stdout).toMatch(/^ {2}shop\.example\.test: VALIDATED, HTTP_CSR_HASH, expires \d{4}-\d{2}-\d{2}$/m)
      expect(run.exitCode).toBe(0)
    }), 30_000)

  it.live("against an SCM the environment names: where to put the file, then SCM_DCV_SUBMIT=1 submits that order", () =>
    Effect.scoped(Effect.gen(function*() {
      const site = yield* dcvFileServer
      const mock = yield* MockScmServer.make({ dcv: { hosts: { "example.eu": site.url } } })
      const environment = { ...(yield* MockScmServer.environment(mock, "password")), SCM_DCV_DOMAIN: "example.eu" }

      const started = yield* runTemplate("validate-a-domain.ts", environment)
      expect(started.exitCode).toBe(0)
      expect(started.stdout).toMatch(/^example\.eu: NOT_VALIDATED, expires -$/m)
      const [, url, firstLine, secondLine] = /^SCM checks (\S+); it must hold:\n {2}(\S+)\n {2}(\S+)$/m.exec(started.stdout) ?? []
      const name = url?.slice(url.lastIndexOf("/") + 1) ?? ""
      expect(started.stdout).toContain(`Put that file at /.well-known/pki-validation/${name} on the web server of example.eu, then run again with SCM_DCV_SUBMIT=1`)
      expect(site.requested).toEqual([])

      // A wrong file: SCM's check fails, and the wait ends at its deadline with the reason.
      site.publish(name, "something else\n")
      const failed = yield* runTemplate("validate-a-domain.ts", { ...environment, SCM_DCV_SUBMIT: "1", SCM_DCV_DEADLINE: "20 millis" })
      expect(failed.stdout).toMatch(/^Submitted \(order \d+\): NOT_VALIDATED$/m)
      expect(failed.stderr).toContain("Domain example.eu was still not validated when the deadline passed")
      expect(failed.exitCode).toBe(1)

      site.publish(name, `${firstLine}\n${secondLine}\n`)
      const submitted = yield* runTemplate("validate-a-domain.ts", { ...environment, SCM_DCV_SUBMIT: "1" })
      expect(submitted.stdout).not.toContain("SCM checks")
      expect(submitted.stdout).toMatch(/^Submitted \(order \d+\): VALIDATED$/m)
      expect(submitted.stdout).toMatch(/^example\.eu is validated \(HTTP\)/m)
      expect(submitted.exitCode).toBe(0)
      expect(site.requested).toEqual([`/.well-known/pki-validation/${name}`, `/.well-known/pki-validation/${name}`])
    })), 60_000)
})
