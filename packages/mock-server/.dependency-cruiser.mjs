// @ts-check
// The mock server's layers, checked by dependency-cruiser (`pnpm check-layers` at the repository
// root, run in CI). Paths are as the cruiser sees them from the repository root. The package
// README's "Inside the mock" draws the same house, top floor first:
//
//   src/*.ts                  the public modules; inside the mock only cli/ imports them
//   internal/cli/             the command line, a user of the public modules
//   internal/server.ts        puts the server together: may import every folder below
//   internal/admin/           Service, /__admin, faults, journal: lower layers, areas through their index
//   internal/verify/          `verify`'s comparison of two servers: spec/ only
//   internal/areas/index.ts   the areas put together
//   internal/areas/<area>/    one SCM area: the lower layers, other areas through their index.ts
//   internal/auth/, spec/,    above http/ (auth also reads pki/)
//     recording/
//   internal/http/            above pki/
//   internal/pki/, state/     the ground floor: no other folder
//
// No import cycle anywhere, type-only imports included.

const pkg = "^packages/mock-server/src/"
const internal = `${pkg}internal/`
/** A folder of internal/ and everything in it. */
const folder = (/** @type {string} */ name) => `${internal}${name}/`

/** Lower layers import only what is below them. */
const layer = (/** @type {string} */ name, /** @type {ReadonlyArray<string>} */ below) => ({
  name: `${name}-looks-down`,
  comment: `internal/${name}/ imports only ${below.length === 0 ? "itself" : below.map((dir) => `${dir}/`).join(", ")} (and packages)`,
  severity: "error",
  from: { path: folder(name) },
  to: { path: internal, pathNot: [folder(name), ...below.map(folder)] }
})

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycle, type-only imports included: a shared type or function lives below the files that share it",
      severity: "error",
      from: { path: pkg },
      to: { circular: true }
    },
    {
      name: "internal-not-public",
      comment: "internal/ never imports a public module (their types are declared below and re-exported); only the command line uses them",
      severity: "error",
      from: { path: internal, pathNot: folder("cli") },
      to: { path: `${pkg}[^/]+\\.ts$` }
    },
    layer("pki", []),
    layer("state", []),
    layer("http", ["pki"]),
    layer("spec", ["http"]),
    layer("auth", ["http", "pki"]),
    layer("verify", ["spec"]),
    layer("recording", ["http"]),
    {
      name: "areas-look-down",
      comment: "An area imports the lower layers and other areas, never admin/, cli/, auth/, spec/, recording/, server.ts or the areas' assembly",
      severity: "error",
      from: { path: `${internal}areas/[^/]+/` },
      to: { path: [folder("admin"), folder("cli"), folder("spec"), folder("auth"), folder("recording"), `${internal}server\\.ts$`, `${internal}areas/[^/]+\\.ts$`] }
    },
    {
      name: "area-through-its-index",
      comment: "An area imports another area only through that area's index.ts, never its routes, store or seed",
      severity: "error",
      from: { path: `${internal}areas/([^/]+)/` },
      to: { path: `${internal}areas/[^/]+/`, pathNot: [`${internal}areas/$1/`, `${internal}areas/[^/]+/index\\.ts$`] }
    },
    {
      name: "outside-through-the-index",
      comment: "Outside the areas, an area is imported only through its index.ts",
      severity: "error",
      from: { pathNot: `${internal}areas/[^/]+/` },
      to: { path: `${internal}areas/[^/]+/`, pathNot: `${internal}areas/[^/]+/index\\.ts$` }
    },
    {
      name: "admin-looks-down",
      comment: "admin/ imports the lower layers and the areas, never cli/ or server.ts",
      severity: "error",
      from: { path: folder("admin") },
      to: { path: [folder("cli"), `${internal}server\\.ts$`] }
    },
    {
      name: "no-unresolvable",
      comment: "Every relative import resolves (a moved file leaves none dangling)",
      severity: "error",
      from: { path: pkg },
      to: { couldNotResolve: true, path: "^\\.\\.?/" }
    }
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "packages/mock-server/tsconfig.src.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] }
  }
}
