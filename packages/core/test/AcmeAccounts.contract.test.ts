/**
 * AcmeAccounts against the mock server, over real sockets, with each strategy; and the EAB keys
 * kept out of logs, spans and errors.
 */
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Formatter, Redacted, Stream } from "effect"
import { AcmeAccounts, Organizations } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Util from "node:util"
import * as Capture from "./fixtures/Capture.js"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"

const orgId = Organizations.OrganizationId.make(1001)
const base64url = /^[A-Za-z0-9_-]{16,}$/

layer(MockScmServer.layer(Mock.mockOptions), { timeout: 60_000 })("AcmeAccounts against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    it.effect("list streams every account on every page; the count agrees; pages of 50 give the same", () =>
      Effect.gen(function*() {
        const all = yield* AcmeAccounts.list().pipe(Stream.runCollect)
        const total = yield* AcmeAccounts.count()
        expect(all.length).toBe(total)
        expect(all.length).toBeGreaterThan(200)
        expect(new Set(all.map((account) => account.id)).size).toBe(total)
        const inFifties = yield* AcmeAccounts.list(undefined, { pageSize: 50 }).pipe(Stream.runCollect)
        expect(inFifties.map((account) => account.id)).toEqual(all.map((account) => account.id))
        const page = yield* AcmeAccounts.page(undefined, { position: 200 })
        expect(page).toMatchObject({ position: 200, total })
        expect(page.items.length).toBe(total - 200)
        for (const account of all.slice(0, 3)) expect(Redacted.isRedacted(account.macKey)).toBe(true)
      }).pipe(Effect.provide(strategy())))

    it.effect("create returns the account with its EAB key id and HMAC key, Redacted; the whole life of an account", () =>
      Effect.gen(function*() {
        const [server] = yield* AcmeAccounts.servers({ certValidationType: "OV" }).pipe(Stream.runCollect)
        const account = yield* AcmeAccounts.create({ organizationId: orgId, name: "ingress.example.com", acmeServer: server!.name })
        expect(account).toMatchObject({ organizationId: orgId, name: "ingress.example.com", acmeServer: server!.name, certValidationType: "OV" })
        expect(Redacted.value(account.macId!)).toMatch(base64url)
        expect(Redacted.value(account.macKey!)).toMatch(base64url)
        expect(String(account.macKey)).not.toContain(Redacted.value(account.macKey!))

        const { notAdded } = yield* AcmeAccounts.addDomains(account.id, ["ingress.example.com", "*.apps.example.com", "elsewhere.test"])
        expect(notAdded).toEqual(["elsewhere.test"])
        const held = yield* AcmeAccounts.domains(account.id).pipe(Stream.runCollect)
        expect(held.map((domain) => domain.name)).toEqual(["ingress.example.com", "*.apps.example.com"])
        expect(held[0]!.validUntil).toBeDefined()
        expect(yield* AcmeAccounts.removeDomains(account.id, ["ingress.example.com", "never.example.com"])).toEqual({ notRemoved: ["never.example.com"] })
        expect((yield* AcmeAccounts.domains(account.id, { name: "^ingress" }).pipe(Stream.runCollect)).length).toBe(0)

        yield* AcmeAccounts.update(account.id, { name: "renamed.example.com" })
        expect((yield* AcmeAccounts.get(account.id)).name).toBe("renamed.example.com")
        yield* AcmeAccounts.remove(account.id)
        const gone = yield* Effect.flip(AcmeAccounts.get(account.id))
        expect(gone).toMatchObject({ _tag: "ScmApiError", status: 404, code: -1 })
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("clients of a seeded account, filtered; deactivating one", () =>
    Effect.gen(function*() {
      const id = AcmeAccounts.AcmeAccountId.make(310)
      const clients = yield* AcmeAccounts.clients(id).pipe(Stream.runCollect)
      expect(clients.length).toBeGreaterThan(0)
      const valid = clients.filter((client) => client.status === "valid")
      expect(yield* AcmeAccounts.clients(id, { status: ["valid"] }).pipe(Stream.runCollect)).toHaveLength(valid.length)
      yield* AcmeAccounts.deactivateClient(id, valid[0]!.accountId)
      expect((yield* AcmeAccounts.clients(id, { status: ["valid"] }).pipe(Stream.runCollect)).length).toBe(valid.length - 1)
      const unknown = yield* Effect.flip(AcmeAccounts.deactivateClient(id, AcmeAccounts.AcmeClientId.make("no-such-client")))
      expect(unknown).toMatchObject({ _tag: "ScmApiError", status: 404 })
    }).pipe(Effect.provide(Mock.password())))

  it.effect("filters: organization, validation type; servers carry their URL", () =>
    Effect.gen(function*() {
      const europe = yield* AcmeAccounts.list({ organizationId: Organizations.OrganizationId.make(1010) }).pipe(Stream.runCollect)
      expect(europe.length).toBeGreaterThan(0)
      expect(europe.every((account) => account.organizationId === 1010 || account.organizationId === 1011)).toBe(true)
      const ev = yield* AcmeAccounts.list({ certValidationType: "EV" }).pipe(Stream.runCollect)
      expect(ev.every((account) => account.certValidationType === "EV")).toBe(true)
      const servers = yield* AcmeAccounts.servers().pipe(Stream.runCollect)
      expect(servers.every((server) => server.url.startsWith("https://"))).toBe(true)
    }).pipe(Effect.provide(Mock.oauth2())))

  it.effect("refusals are typed: an unknown server is -1601, an unknown organization -1023", () =>
    Effect.gen(function*() {
      const badServer = yield* Effect.flip(AcmeAccounts.create({ organizationId: orgId, name: "x", acmeServer: "Nobody's ACME" }))
      expect(badServer).toMatchObject({ _tag: "ScmApiError", status: 400, code: -1601 })
      const badOrg = yield* Effect.flip(
        AcmeAccounts.create({ organizationId: Organizations.OrganizationId.make(4242), name: "x", acmeServer: "Sectigo DV ACME" })
      )
      expect(badOrg).toMatchObject({ _tag: "ScmApiError", status: 400, code: -1023 })
    }).pipe(Effect.provide(Mock.certificate())))

  describe("no EAB key in logs, spans and errors", () => {
    it.effect("create, get, list and an undecodable answer that carries a key", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        const captured = Capture.make()
        const keys: Array<string> = []
        const leakedKey = "LEAKED-hmac-key-0123456789abcdefABCDEF"
        yield* Capture.run(
          captured,
          Effect.gen(function*() {
            const account = yield* AcmeAccounts.create({ organizationId: orgId, name: "secret.example.com", acmeServer: "Sectigo DV ACME" })
            keys.push(Redacted.value(account.macKey!), Redacted.value(account.macId!))
            const again = yield* AcmeAccounts.get(account.id)
            yield* Effect.logDebug("created", account, again)
            yield* Effect.logInfo(`account ${String(account.macKey)} ${JSON.stringify(again)} ${Util.inspect(again)} ${Formatter.format(again)}`)
            const listed = yield* AcmeAccounts.list({ name: "secret.example.com" }).pipe(Stream.runCollect)
            yield* Effect.logDebug("listed", listed)
            // An answer whose other field does not decode, with a key beside it.
            yield* mock.addFault({
              path: `/api/acme/v2/account/${account.id}`,
              status: 200,
              headers: { "content-type": "application/json" },
              body: { id: "not-a-number", macKey: leakedKey, macId: leakedKey }
            })
            const error = yield* Effect.flip(AcmeAccounts.get(account.id))
            expect(error).toMatchObject({ _tag: "ScmDecodeError", description: expect.stringContaining("withheld") })
            captured.errors.push(error)
            yield* Effect.logError("failed", error)
          }).pipe(Effect.provide(Mock.password()))
        )
        const text = Capture.text(captured)
        expect(text).toContain("AcmeAccounts.create")
        expect(text).toContain("ScmDecodeError")
        for (const key of [...keys, leakedKey]) expect(text).not.toContain(key)
      }))
  })
})
