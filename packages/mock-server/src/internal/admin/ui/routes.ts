/**
 * `GET /__admin/ui`: the dashboard, on both listeners, behind the admin API's own checks (its own
 * Host, no foreign Origin; the page's writes send JSON). Every answer forbids what a foreign page
 * could do with it: a Content-Security-Policy that runs only the mock's own script and style and
 * lets no one frame the page, `X-Frame-Options`, no MIME sniffing, no referrer, and
 * `Cross-Origin-Resource-Policy: same-origin`, so another site cannot even load the script.
 */
import { Effect } from "effect"
import { HttpRouter, HttpServerResponse } from "effect/http"
import { ErrorCode, scmError } from "../../http/scmErrors.js"
import { appFiles } from "./assets.js"

/** Where the dashboard lives on the mock. */
export const uiPath = "/__admin/ui"

/** Own script and style only, fetches to the mock itself, no plugin, no base, no form target, no framing. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ")

const securityHeaders: Readonly<Record<string, string>> = {
  "content-security-policy": contentSecurityPolicy,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
  "cache-control": "no-store"
}

/** The page: a shell that loads the script, which builds everything else. */
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>SCM mock dashboard</title>
<link rel="icon" type="image/svg+xml" href="${uiPath}/favicon.svg">
<link rel="stylesheet" href="${uiPath}/app.css">
<script type="module" src="${uiPath}/app.js"></script>
</head>
<body>
<noscript>The dashboard needs JavaScript. The same data is in the admin API: GET /__admin/requests, /__admin/faults, /__admin/state/ssl ...</noscript>
</body>
</html>
`

/**
 * The tab's icon: served here, or the browser would ask the API for `/favicon.ico` and the
 * journal would show a 404 that no client sent.
 */
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 7v8c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V7z" fill="#0a58ca"/><path d="m10 16 4 4 8-9" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`

const text = (body: string, contentType: string) => HttpServerResponse.text(body, { status: 200, contentType, headers: securityHeaders })

/** Serves one of the app's files, or says why it cannot (a 503 with what to do). */
const file = (pick: (files: { readonly script: string; readonly style: string }) => string, contentType: string) =>
  Effect.match(Effect.tryPromise(appFiles), {
    onFailure: (error) => scmError(503, ErrorCode.generic, `The dashboard is not available: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`),
    onSuccess: (files) => text(pick(files), contentType)
  })

/** The dashboard's routes. */
export const uiRoutes: ReadonlyArray<HttpRouter.Route> = [
  HttpRouter.route("GET", uiPath, Effect.succeed(text(page, "text/html; charset=utf-8"))),
  HttpRouter.route("GET", `${uiPath}/`, Effect.succeed(text(page, "text/html; charset=utf-8"))),
  HttpRouter.route("GET", `${uiPath}/app.js`, file((files) => files.script, "text/javascript; charset=utf-8")),
  HttpRouter.route("GET", `${uiPath}/app.css`, file((files) => files.style, "text/css; charset=utf-8")),
  HttpRouter.route("GET", `${uiPath}/favicon.svg`, Effect.succeed(text(favicon, "image/svg+xml")))
]
