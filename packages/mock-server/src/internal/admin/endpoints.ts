/**
 * The admin API described for people: what `GET /__admin` answers, and what the command line's
 * banner and `--help` list. One list, so the three cannot disagree with the routes (a test checks
 * that every route is in it and every entry is served).
 */

/** One endpoint of `/__admin/`. */
export interface AdminEndpoint {
  readonly method: "GET" | "POST" | "PUT" | "DELETE"
  readonly path: string
  readonly does: string
  /** A body it takes, as JSON. */
  readonly example?: unknown
}

export const adminEndpoints: ReadonlyArray<AdminEndpoint> = [
  { method: "GET", path: "/__admin", does: "this index of the admin API" },
  { method: "GET", path: "/__admin/ui", does: "the dashboard, in a browser: the journal as requests arrive, what each area holds, faults and settings" },
  {
    method: "GET",
    path: "/__admin/seed",
    does: "what the mock serves at start: organizations and departments (the orgId of an enroll), SSL and S/MIME profiles with their terms, custom fields, ACME servers"
  },
  {
    method: "POST",
    path: "/__admin/faults",
    does: "queue a fault: the next `times` requests matching method and path get this answer, a delay, or a dropped connection",
    example: { method: "GET", path: "/api/ssl/v1/types", times: 1, status: 429, headers: { "Retry-After": "2" } }
  },
  { method: "GET", path: "/__admin/faults", does: "the queued faults, with the uses they have left" },
  { method: "DELETE", path: "/__admin/faults", does: "clear the queued faults" },
  { method: "DELETE", path: "/__admin/faults/{index}", does: "remove one queued fault, by its place (from 0) in GET /__admin/faults" },
  {
    method: "GET",
    path: "/__admin/requests",
    does: "the request journal, oldest first, secrets redacted; filters ?scheme=token|oauth2|password|certificate|none, ?method=, ?status=, ?since=<id>"
  },
  { method: "GET", path: "/__admin/requests/{id}", does: "one journal entry with its headers and the body the mock read, secrets redacted" },
  { method: "DELETE", path: "/__admin/requests", does: "clear the journal" },
  { method: "POST", path: "/__admin/tokens/revoke", does: "revoke every token issued so far" },
  { method: "POST", path: "/__admin/reset", does: "faults, journal, tokens, settings and every area's data back to the start" },
  { method: "GET", path: "/__admin/settings", does: "the lifetime of tokens issued from now on" },
  { method: "PUT", path: "/__admin/settings", does: "change the token lifetime (seconds)", example: { tokenTtl: 60 } },
  {
    method: "GET",
    path: "/__admin/state/{area}",
    does: "what the mock holds, as rows without secrets: ssl, smime, domains, acme, persons or admins; newest first, ?q=, ?position=, ?size="
  },
  { method: "GET", path: "/__admin/ssl/{sslId}/chain", does: "an issued SSL certificate's chain, as a PEM file" },
  { method: "GET", path: "/__admin/smime/{id}/chain", does: "an issued S/MIME certificate's chain, as a PEM file" },
  { method: "GET", path: "/__admin/clock", does: "the time on the mock's Clock" },
  { method: "POST", path: "/__admin/ssl/{sslId}/issue", does: "issue an enrolled (Applied or Requested) SSL certificate now" },
  { method: "GET", path: "/__admin/ssl/settings", does: "how enrolled SSL certificates get issued" },
  {
    method: "PUT",
    path: "/__admin/ssl/settings",
    does: "change how enrolled SSL certificates get issued, for enrollments from now on",
    example: { delaySeconds: 60, manual: false, requireApproval: false, pendingCollect: "notCollectable" }
  }
]

/** The rules every admin request is held to, as the index states them. */
export const adminRules: ReadonlyArray<string> = [
  "No credential: the mock is for tests on loopback.",
  "Host must name this server (its address, localhost, 127.0.0.1, [::1], or an --admin-host); an Origin must be its own.",
  "POST needs Content-Type: application/json, with a body or without one; so does a PUT or DELETE that has a body. A PUT or DELETE without a body needs no content type: no web page can send either across sites without a CORS preflight, which the mock never grants."
]
