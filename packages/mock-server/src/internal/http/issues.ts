/**
 * Schema issues as one readable line each (`where: what`), for the admin API's 400s and the CLI's
 * usage errors. Missing and unexpected keys keep the short wording the mock has always used.
 */
import { SchemaIssue } from "effect"

/** One problem with a decoded input. */
export interface Problem {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: string
}

const leafHook: SchemaIssue.LeafHook = (issue) =>
  issue._tag === "MissingKey" ? "is missing" : issue._tag === "UnexpectedKey" ? "is unexpected" : SchemaIssue.defaultLeafHook(issue)

const formatter = SchemaIssue.makeFormatterStandardSchemaV1({ leafHook })

/** The problems an issue reports, each with the path it is at. */
export const problemsOf = (issue: SchemaIssue.Issue): ReadonlyArray<Problem> =>
  formatter(issue).issues.map((problem) => ({
    path: (problem.path ?? []).map((segment) => (typeof segment === "object" ? segment.key : segment)),
    message: problem.message
  }))
