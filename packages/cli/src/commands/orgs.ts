/**
 * `scm orgs list`: the organizations of the account and their departments, over `Organizations`
 * of @scm-effect/core. Their ids are what `--org` and SCM_ORG_ID take.
 */
import * as Organizations from "@scm-effect/core/Organizations"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Command from "effect/cli/Command"
import { descriptionOf } from "../catalog.js"
import { type Column, printRows, selectColumns, tableFlags } from "../output.js"
import { describe, type TopLevel, withScm } from "./common.js"

/** An organization or a department, one a row. */
interface Row {
  readonly id: number
  readonly name: string
  readonly kind: "organization" | "department"
  readonly parentId: number | null
}

const rowsOf = (organizations: ReadonlyArray<Organizations.OrganizationSummary>): Array<Row> =>
  organizations.flatMap((organization) => [
    { id: organization.id, name: organization.name, kind: "organization" as const, parentId: null },
    ...organization.departments.map((department) => ({
      id: department.id,
      name: department.name,
      kind: "department" as const,
      parentId: organization.id
    }))
  ])

const orgColumns: ReadonlyArray<Column<Row>> = [
  { header: "ID", get: (row) => row.id, align: "right" },
  { header: "NAME", get: (row) => row.kind === "department" ? `  ${row.name}` : row.name, flex: true },
  { header: "KIND", get: (row) => row.kind },
  { header: "PARENT", get: (row) => row.parentId, align: "right" }
]

const list = Command.make("list", { ...tableFlags }, ({ columns, wide }) =>
  Effect.gen(function*() {
    yield* selectColumns(orgColumns, { columns, wide })
    const organizations = yield* Organizations.list()
    yield* printRows(Stream.fromIterable(rowsOf(organizations)), orgColumns, { view: { columns, wide } })
  }).pipe(withScm)).pipe(
    describe("List the organizations and their departments: the ids --org and SCM_ORG_ID take.", [
      ["scm orgs list", "organizations, departments indented"],
      ["scm orgs list -o json | jq -r '.[] | \"\\(.id) \\(.name)\"'", "id and name, one a line"]
    ])
  )

/** `scm orgs`. */
export const orgs: TopLevel<"orgs"> = Command.make("orgs").pipe(
  describe(descriptionOf("orgs"), [["scm orgs list", "every organization and department"]]),
  Command.withSubcommands([list])
)
