/**
 * The dashboard end to end, in a real headless browser: Debian's Chromium driven by
 * playwright-core (`apt-get install -y chromium`; `playwright install` is not used). Each test
 * starts a mock on the test's TestClock, opens `/__admin/ui`, calls the API through core's
 * `ScmHttpClient`, and checks what the page shows and what it does: the journal within a second,
 * a fault added through the form failing the next request, a certificate moving from Applied to
 * Issued with the Clock, markup shown as text, a foreign page that can neither read nor drive the
 * admin API, and a reset. Screenshots of each panel go to `packages/mock-server/docs/` (shown in
 * the README); the TestClock keeps their times and durations the same from run to run.
 *
 * Without Chromium the tests are skipped with the command that installs it; under `CI=true` its
 * absence fails.
 */
import "reflect-metadata"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { describe, expect, it, layer } from "@effect/vitest"
import { OAuth2, Organizations, ScmHttpClient, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as x509 from "@peculiar/x509"
import { Clock, Context, Effect, Layer, Redacted } from "effect"
import { TestClock } from "effect/testing"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { createServer, request as httpRequest, type Server } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { webcrypto } from "node:crypto"
import { type BrowserContext, chromium, type Page } from "playwright-core"
import { contentSecurityPolicy } from "../src/internal/admin/ui/routes.js"
import { writeScreenshot } from "./support/screenshots.js"

const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium"
const installHint = "apt-get install -y chromium"
const haveChromium = existsSync(executablePath)
const docs = fileURLToPath(new URL("../docs/", import.meta.url))

/** Every Playwright wait is bounded well inside the test's own deadline. */
const waitMs = 5_000
const testTimeout = 60_000

/** The browser, one per file: a new empty profile, removed at the end. */
class Browser extends Context.Service<Browser, BrowserContext>()("test/Browser") {}

const BrowserLive = Layer.effect(
  Browser,
  Effect.acquireRelease(
    Effect.promise(async () => {
      const profile = mkdtempSync(join(tmpdir(), "scm-dashboard-chromium-"))
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        viewport: { width: 1366, height: 768 },
        colorScheme: "light",
        acceptDownloads: true,
        timeout: 30_000
      })
      context.setDefaultTimeout(waitMs)
      return { context, profile }
    }),
    ({ context, profile }) =>
      Effect.promise(async () => {
        await context.close()
        // Chromium's last writes may still land while it exits: a few tries.
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
      })
  ).pipe(Effect.map(({ context }) => context))
)

const promise = <A>(run: () => Promise<A>) => Effect.promise(run)

/** The dashboard of `mock` in a new page, closed with the test. */
const openDashboard = (mock: MockScmServer.Service, hash = "") =>
  Effect.flatMap(Browser, (context) =>
    Effect.acquireRelease(
      promise(async () => {
        const page = await context.newPage()
        const response = await page.goto(`${mock.httpUrl}/__admin/ui${hash}`)
        expect(response?.status()).toBe(200)
        await page.getByRole("tab", { name: "Journal" }).waitFor()
        return page
      }),
      (page) => promise(() => page.close())
    ))

/** `ScmHttpClient` of core, logged in to `mock` with OAuth2. */
const clientOf = (mock: MockScmServer.Service) =>
  OAuth2.layer({
    clientId: mock.credentials.clientId,
    clientSecret: mock.credentials.clientSecret,
    baseUrl: mock.httpUrl,
    tokenUrl: mock.tokenUrl
  }).pipe(Layer.provide(NodeHttpClient.layerUndici))

const typesPath = "/api/ssl/v1/types"

/** `GET /api/ssl/v1/types` `times` times through one client of core: each status, or the SCM error it failed with. */
const getTypes = (mock: MockScmServer.Service, times = 1) =>
  Effect.flatMap(ScmHttpClient.ScmHttpClient, (scm) =>
    Effect.forEach(Array.from({ length: times }), () =>
      scm.get(typesPath).pipe(
        Effect.map((response) => ({ status: response.status, code: undefined as number | undefined })),
        Effect.catch((error) => Effect.succeed({ status: "status" in error ? Number(error.status) : -1, code: "code" in error ? Number(error.code) : undefined }))
      ))).pipe(Effect.provide(clientOf(mock)))

/**
 * A CSR for `commonName`, quoted in the subject (RFC 4514) so that it may hold `<`, `>` and `=`:
 * @peculiar/x509 cuts a JSON name's value at its last `=`.
 */
const csrFor = (commonName: string) =>
  promise(async () => {
    const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" }
    const keys = await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"])
    const request = await x509.Pkcs10CertificateRequestGenerator.create(
      { name: `CN="${commonName}", O=Example Corp`, keys, signingAlgorithm: algorithm },
      webcrypto
    )
    return request.toString("pem")
  })

/** Enrolls a certificate for `commonName` through core. */
const enroll = (mock: MockScmServer.Service, commonName: string) =>
  Effect.gen(function*() {
    const csr = yield* csrFor(commonName)
    return yield* SslCertificates.enroll({
      csr,
      certType: SslCertificates.ProfileId.make(1101),
      term: 200,
      orgId: Organizations.OrganizationId.make(1001)
    }).pipe(Effect.provide(clientOf(mock)))
  })

/** A request with a raw path (no client would send one unencoded), answered or not. */
const rawGet = (mock: MockScmServer.Service, path: string) =>
  promise(() =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(mock.httpUrl)
      const sent = httpRequest({ host: url.hostname, port: url.port, path, method: "GET" }, (response) => {
        response.resume()
        response.on("end", () => resolve(response.statusCode ?? 0))
      })
      sent.on("error", reject)
      sent.end()
    })
  )

/** Writes a screenshot of the page into the package's docs/ (when it changed, see `writeScreenshot`). */
const screenshot = (page: Page, name: string) =>
  promise(async () => {
    // No caret blinking into the picture, and the top of the page.
    await page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    writeScreenshot(join(docs, `dashboard-${name}.png`), await page.screenshot({ fullPage: false }))
  })

/** A top-level panel of the page, by its tab's name (a hidden panel is no tabpanel to the accessibility tree). */
const panel = (page: Page, name: "Journal" | "State" | "Faults and settings") => page.getByRole("tabpanel", { name })

/** The text of the table body rows of the visible panel. */
const rowTexts = (page: Page, selector: string) => promise(() => page.locator(selector).allInnerTexts())

const browserTests = () =>
  layer(BrowserLive, { timeout: testTimeout })("the dashboard in Chromium", (it) => {
    it.effect("shows the API requests in the journal within a second, filtered, each with its headers and body redacted", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make()
        const page = yield* openDashboard(mock)
        const response = yield* promise(() => page.request.get(`${mock.httpUrl}/__admin/ui`))
        expect(response.headers()["content-security-policy"]).toBe(contentSecurityPolicy)
        expect(response.headers()["x-frame-options"]).toBe("DENY")

        yield* getTypes(mock, 2)
        const started = Date.now()
        yield* promise(() => page.getByRole("button", { name: typesPath }).nth(1).waitFor({ timeout: 1_000 }))
        expect(Date.now() - started).toBeLessThan(1_000)
        expect((yield* rowTexts(page, ".journal-table tbody tr")).map((row) => row.split("\t").slice(1, 5))).toEqual([
          ["GET", typesPath, "oauth2", "200"],
          ["GET", typesPath, "oauth2", "200"],
          ["POST", "/auth/realms/apiclients/protocol/openid-connect/token", "token", "200"]
        ])
        yield* screenshot(page, "journal")

        const journal = panel(page, "Journal")
        yield* promise(() => journal.getByLabel("Scheme", { exact: true }).selectOption("token"))
        const tokenRows = yield* rowTexts(page, ".journal-table tbody tr")
        expect(tokenRows).toHaveLength(1)
        expect(tokenRows[0]).toContain("/auth/realms/apiclients/protocol/openid-connect/token")
        yield* promise(() => journal.getByLabel("Scheme", { exact: true }).selectOption(""))
        yield* promise(() => journal.getByLabel("Status", { exact: true }).fill("4xx"))
        expect(yield* rowTexts(page, ".journal-table tbody tr")).toHaveLength(0)
        yield* promise(() => journal.getByLabel("Status", { exact: true }).fill(""))
        yield* promise(() => journal.getByLabel("Path contains", { exact: true }).fill("types"))
        expect(yield* rowTexts(page, ".journal-table tbody tr")).toHaveLength(2)

        yield* promise(() => page.getByRole("button", { name: typesPath }).first().click())
        const detail = page.getByRole("region", { name: "Request details" })
        yield* promise(() => detail.getByText("Bearer REDACTED").waitFor())
        const tokenDetail = yield* promise(async () => {
          await journal.getByLabel("Path contains", { exact: true }).fill("token")
          await page.getByRole("button", { name: /openid-connect\/token/ }).click()
          await detail.getByText("client_secret=REDACTED").waitFor()
          return detail.innerText()
        })
        expect(tokenDetail).toContain("grant_type=client_credentials")
        expect(yield* promise(() => page.content())).not.toContain(Redacted.value(mock.credentials.clientSecret))
        yield* screenshot(page, "request")
      }), testTimeout)

    it.effect("adds a fault through the form, and the next request fails with it", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make()
        const page = yield* openDashboard(mock, "#faults")
        yield* promise(() => page.getByRole("tab", { name: "Faults and settings", selected: true }).waitFor())
        const faults = panel(page, "Faults and settings")

        // The browser refuses what the admin API would (a status out of range) before sending it...
        yield* promise(async () => {
          await faults.getByLabel("Path", { exact: true }).fill(typesPath)
          await faults.getByLabel("Status", { exact: true }).fill("700")
          await page.getByRole("button", { name: "Add fault" }).click()
        })
        expect(yield* mock.pendingFaults).toEqual([])
        // ... and the admin API's own refusal is shown as it words it.
        yield* promise(async () => {
          await faults.getByLabel("Status", { exact: true }).fill("")
          await faults.getByLabel("Headers", { exact: true }).fill("Retry-After: 2")
          await page.getByRole("button", { name: "Add fault" }).click()
          await page.getByRole("alert").filter({ hasText: "a fault needs status, delayMs, drop or emptyOk" }).waitFor()
        })
        expect(yield* mock.pendingFaults).toEqual([])

        yield* promise(async () => {
          await faults.getByLabel("Status", { exact: true }).fill("409")
          await faults.getByLabel("Times", { exact: true }).fill("2")
          await faults.getByLabel("Body", { exact: true }).fill("{\"code\": -4242, \"description\": \"Injected from the dashboard\"}")
          await page.getByRole("button", { name: "Add fault" }).click()
          await page.getByRole("cell", { name: "answers 409 with a body" }).waitFor()
        })
        expect(yield* mock.pendingFaults).toEqual([
          { path: typesPath, match: "exact", times: 2, status: 409, headers: { "Retry-After": "2" }, body: { code: -4242, description: "Injected from the dashboard" } }
        ])
        yield* promise(async () => {
          await faults.getByLabel("Path", { exact: true }).fill("/api/domain/v1")
          await faults.getByLabel("Match", { exact: true }).selectOption("prefix")
          await faults.getByLabel("Times", { exact: true }).fill("")
          await faults.getByLabel("Headers", { exact: true }).fill("")
          await faults.getByLabel("Body", { exact: true }).fill("")
          await faults.getByLabel("Status", { exact: true }).fill("")
          await faults.getByLabel("Delay (ms)", { exact: true }).fill("250")
          await page.getByRole("button", { name: "Add fault" }).click()
          await page.getByRole("cell", { name: "after 250 ms" }).waitFor()
        })
        yield* screenshot(page, "faults")

        expect(yield* getTypes(mock, 3)).toEqual([{ status: 409, code: -4242 }, { status: 409, code: -4242 }, { status: 200, code: undefined }])
        yield* promise(async () => {
          await page.getByRole("button", { name: "Remove fault 1 (/api/domain/v1)" }).waitFor()
          await page.getByRole("button", { name: "Remove fault 1 (/api/domain/v1)" }).click()
          await page.getByRole("cell", { name: /No fault is queued/ }).waitFor()
        })
        expect(yield* mock.pendingFaults).toEqual([])
        const statuses = (yield* mock.journal).filter((entry) => entry.path === typesPath).map((entry) => entry.status)
        expect(statuses).toEqual([409, 409, 200])
      }), testTimeout)

    it.effect("removes the fault it shows, though one ahead of it was used up since the page read the queue", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make()
        // A 409, which the client does not retry (a 503 would be retried on the TestClock).
        yield* mock.addFault({ path: typesPath, status: 409 })
        yield* mock.addFault({ path: "/api/domain/v1", match: "prefix", delayMs: 250 })
        yield* mock.addFault({ path: "/api/admin/v1", status: 500 })
        const page = yield* openDashboard(mock, "#faults")
        yield* promise(async () => {
          await page.getByRole("button", { name: "Remove fault 3 (/api/admin/v1)" }).waitFor()
          // The page reads the queue again every second: its timers stopped, the click comes
          // before its next read, as a person's may.
          await page.evaluate("{ const last = setTimeout(() => {}, 0); for (let id = 0; id <= last; id++) clearTimeout(id); window.setTimeout = () => 0 }")
        })
        // The first fault is used up: the one shown second is now first in the queue.
        expect((yield* getTypes(mock)).map((answer) => answer.status)).toEqual([409])
        expect((yield* mock.pendingFaults).map((fault) => fault.path)).toEqual(["/api/domain/v1", "/api/admin/v1"])
        yield* promise(async () => {
          await page.getByRole("button", { name: "Remove fault 2 (/api/domain/v1)" }).click()
          await page.getByRole("status").getByText("Fault 2 removed").waitFor()
        })
        expect(yield* mock.pendingFaults).toEqual([{ path: "/api/admin/v1", times: 1, status: 500 }])
      }), testTimeout)

    it.effect("shows an enrolled certificate Applied, then Issued when the mock's Clock moves, with its chain to download", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make({ issuanceDelaySeconds: 3600 })
        // The TestClock is the whole file's: this test starts wherever the ones before left it.
        const shown = (millis: number) => `${new Date(millis).toISOString().slice(0, 19).replace("T", " ")} UTC`
        const start = yield* Clock.currentTimeMillis
        const page = yield* openDashboard(mock, "#state")
        const { sslId } = yield* enroll(mock, "shop.example.com")
        const row = page.getByRole("row").filter({ hasText: "shop.example.com" })
        yield* promise(() => row.getByText("Applied").waitFor())
        yield* promise(() => page.locator(".clock").getByText(shown(start)).waitFor())
        yield* screenshot(page, "state")

        yield* TestClock.adjust("1 hour")
        yield* promise(() => row.getByText("Issued").waitFor())
        yield* promise(() => page.locator(".clock").getByText(shown(start + 3_600_000)).waitFor())
        const download = yield* promise(async () => {
          const [file] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: /PEM chain/ }).click()])
          return { name: file.suggestedFilename(), text: await file.createReadStream().then(async (stream) => {
            let text = ""
            for await (const chunk of stream) text += String(chunk)
            return text
          }) }
        })
        expect(download.name).toBe("shop.example.com.pem")
        expect(download.text.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(3)
        expect(sslId).toBe(30000)

        // Searching, paging and the other areas, with the keyboard.
        yield* promise(async () => {
          await panel(page, "State").getByRole("searchbox", { name: "Search SSL certificates" }).fill("revoked")
          await page.getByText("1–25 of 45", { exact: true }).waitFor()
          await page.getByRole("button", { name: "Next page" }).click()
          await page.getByText("26–45 of 45", { exact: true }).waitFor()
          await page.getByRole("tab", { name: "SSL certificates" }).focus()
          await page.keyboard.press("ArrowRight")
          await page.getByRole("tab", { name: "S/MIME certificates", selected: true }).waitFor()
          await page.keyboard.press("End")
          await page.getByRole("tab", { name: "Admins", selected: true }).waitFor()
          await page.getByRole("cell", { name: "scm_admin", exact: true }).waitFor()
          await page.keyboard.press("ArrowLeft")
          await page.keyboard.press("ArrowLeft")
          await page.getByRole("tab", { name: "ACME accounts", selected: true }).waitFor()
        })
        const acme = yield* promise(() => page.locator(".panel:not([hidden]) .panel:not([hidden]) tbody").innerText())
        expect(acme).not.toMatch(/mac/i)
      }), testTimeout)

    it.effect("shows a path and a common name that hold markup as text, and runs none of it", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make()
        const page = yield* openDashboard(mock)
        const ran: Array<string> = []
        page.on("dialog", (dialog) => {
          ran.push(dialog.message())
          void dialog.dismiss()
        })
        const scriptPath = "/api/<script>window.ran=1</script>"
        const imagePath = "/api/<img/src=x/onerror=window.ran=2>"
        expect(yield* rawGet(mock, scriptPath)).toBe(401)
        expect(yield* rawGet(mock, imagePath)).toBe(401)
        yield* promise(() => page.getByRole("button", { name: scriptPath, exact: true }).waitFor())
        yield* promise(() => page.getByRole("button", { name: imagePath, exact: true }).waitFor())
        yield* promise(() => page.getByRole("button", { name: scriptPath, exact: true }).click())
        yield* promise(() => page.getByRole("region", { name: "Request details" }).getByText(scriptPath).waitFor())

        const commonName = "<img src=x onerror=window.ran=3>.example.com"
        yield* enroll(mock, commonName)
        yield* promise(async () => {
          await page.getByRole("tab", { name: "State" }).click()
          // The common name's cell, and the names' (a CSR's common name is one of its names).
          await page.getByRole("cell", { name: commonName, exact: true }).first().waitFor()
          expect(await page.getByRole("cell", { name: commonName, exact: true }).count()).toBe(2)
        })
        const found = yield* promise(() => page.evaluate("({ ran: window.ran, scripts: document.scripts.length, images: document.images.length })"))
        expect(found).toEqual({ ran: undefined, scripts: 1, images: 0 })
        expect(ran).toEqual([])
      }), testTimeout)

    it.effect("lets a page of another origin neither read the admin API nor drive it, nor frame the dashboard", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make()
        yield* mock.addFault({ path: typesPath, status: 503 })
        const foreign = yield* Effect.acquireRelease(
          promise(() =>
            new Promise<Server>((resolve) => {
              const server = createServer((_request, response) => {
                response.writeHead(200, { "content-type": "text/html" })
                response.end(`<!doctype html><title>elsewhere</title>
<iframe src="${mock.httpUrl}/__admin/ui" title="dashboard"></iframe>
<script>
const mock = ${JSON.stringify(mock.httpUrl)}
const attempt = async (name, run) => { try { window.results[name] = await run() } catch (error) { window.results[name] = "blocked" } }
window.results = {}
;(async () => {
  await attempt("read", async () => (await (await fetch(mock + "/__admin/requests")).text()).slice(0, 40))
  await attempt("readScript", async () => (await fetch(mock + "/__admin/ui/app.js")).status)
  await attempt("reset", async () => (await fetch(mock + "/__admin/reset", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status)
  await attempt("simpleReset", async () => (await fetch(mock + "/__admin/reset", { method: "POST", mode: "no-cors", body: "{}" })).type)
  await attempt("clearFaults", async () => (await fetch(mock + "/__admin/faults", { method: "DELETE" })).status)
  window.results.done = true
})()
</script>`)
              })
              server.listen(0, "127.0.0.1", () => resolve(server))
            })
          ),
          (server) =>
            promise(() =>
              new Promise<void>((resolve) => {
                server.close(() => resolve())
                server.closeAllConnections()
              })
            )
        )
        const address = foreign.address()
        const foreignUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/`
        const context = yield* Browser
        const page = yield* Effect.acquireRelease(promise(() => context.newPage()), (opened) => promise(() => opened.close()))
        yield* promise(() => page.goto(foreignUrl))
        yield* promise(() => page.waitForFunction("window.results !== undefined && window.results.done === true"))
        const results = yield* promise(() => page.evaluate("window.results"))
        expect(results).toEqual({ read: "blocked", readScript: "blocked", reset: "blocked", simpleReset: "opaque", clearFaults: "blocked", done: true })
        // The requests that left the browser (no preflight needed) were refused by the mock itself.
        expect(yield* mock.pendingFaults).toHaveLength(1)
        const framed = page.frames().find((frame) => frame !== page.mainFrame())
        const framedTitle = yield* promise(() => framed === undefined ? Promise.resolve("") : framed.title().catch(() => ""))
        expect(framedTitle).not.toBe("SCM mock dashboard")
      }), testTimeout)

    it.effect("resets the mock from the settings, after a second press", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make()
        yield* enroll(mock, "reset.example.com")
        yield* mock.addFault({ path: typesPath, status: 503 })
        yield* mock.setTokenTtl(60)
        const page = yield* openDashboard(mock, "#faults")
        yield* promise(async () => {
          await page.getByRole("cell", { name: "answers 503" }).waitFor()
          await panel(page, "Faults and settings").getByLabel("Token lifetime (seconds)", { exact: true }).fill("120")
          await page.getByRole("button", { name: "Save lifetime" }).click()
          await page.getByText("Tokens issued from now on last 120 s").waitFor()
        })
        expect(yield* mock.tokenTtl).toBe(120)
        yield* promise(async () => {
          await page.getByRole("button", { name: "Reset the mock…" }).click()
          await page.getByRole("button", { name: "Press again to reset everything" }).click()
          await page.getByText("The mock is back to how it started").waitFor()
          await page.getByRole("cell", { name: /No fault is queued/ }).waitFor()
        })
        expect(yield* mock.pendingFaults).toEqual([])
        expect(yield* mock.journal).toEqual([])
        expect(yield* mock.tokenTtl).toBe(300)
        const [newest] = (yield* promise(() => page.request.get(`${mock.httpUrl}/__admin/state/ssl?size=1`).then((answer) => answer.json()))) as ReadonlyArray<{ readonly id: number }>
        expect(newest?.id).toBe(20450)
        yield* promise(() => page.emulateMedia({ colorScheme: "dark" }))
        yield* screenshot(page, "dark")
      }), testTimeout)
  })

if (haveChromium) {
  browserTests()
} else if (process.env["CI"] === "true") {
  describe("the dashboard in Chromium", () => {
    it("needs Chromium under CI", () => {
      expect.fail(`Chromium is not at ${executablePath}: install it with \`${installHint}\` (.ci/run does when it is missing)`)
    })
  })
} else {
  describe.skip(`the dashboard in Chromium (skipped: no Chromium at ${executablePath}; install it with \`${installHint}\`)`, () => {
    it("needs Chromium", () => {})
  })
}
