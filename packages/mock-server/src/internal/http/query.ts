/**
 * Reading query parameters the way SCM validates them: a value that is not what the spec says
 * (not an integer, out of range, not one of the listed values, given twice) is a 400, not ignored.
 */
import { Result } from "effect"

/** Query parameters as the router parses them: a repeated name gives an array. */
export type QueryParams = Readonly<Record<string, string | ReadonlyArray<string>>>

/** The one value of `name`, `undefined` when absent; a repeated parameter is refused. */
const single = (params: QueryParams, name: string): Result.Result<string | undefined, string> => {
  const value = params[name]
  if (value === undefined || typeof value === "string") return Result.succeed(value)
  return Result.fail(`Query parameter ${name} is given more than once`)
}

const integerSyntax = /^-?\d{1,10}$/

/** An integer in `min..max`, or `undefined` when absent or empty. */
export const integerParam = (
  params: QueryParams,
  name: string,
  min: number,
  max: number
): Result.Result<number | undefined, string> =>
  Result.flatMap(single(params, name), (raw) => {
    if (raw === undefined || raw === "") return Result.succeed(undefined)
    const value = integerSyntax.test(raw) ? Number(raw) : Number.NaN
    return Number.isInteger(value) && value >= min && value <= max
      ? Result.succeed(value)
      : Result.fail(`Query parameter ${name} must be an integer from ${min} to ${max}`)
  })

/** A string of at most `maxLength` characters; empty means absent, as SCM's filters treat it. */
export const stringParam = (
  params: QueryParams,
  name: string,
  maxLength: number
): Result.Result<string | undefined, string> =>
  Result.flatMap(single(params, name), (raw) => {
    if (raw === undefined || raw === "") return Result.succeed(undefined)
    return raw.length <= maxLength
      ? Result.succeed(raw)
      : Result.fail(`Query parameter ${name} must be at most ${maxLength} characters`)
  })

/** One of `values`; empty means absent. */
export const literalParam = <const A extends string>(
  params: QueryParams,
  name: string,
  values: ReadonlyArray<A>
): Result.Result<A | undefined, string> =>
  Result.flatMap(single(params, name), (raw) => {
    if (raw === undefined || raw === "") return Result.succeed(undefined)
    const found = values.find((value) => value === raw)
    return found !== undefined
      ? Result.succeed(found)
      : Result.fail(`Query parameter ${name} must be one of: ${values.join(", ")}`)
  })

/** An integer path parameter (`:name` of the route) in `min..max`, or why not. */
export const pathInteger = (
  pathParams: Readonly<Record<string, string | undefined>>,
  name: string,
  min: number,
  max: number
): Result.Result<number, string> =>
  Result.flatMap(
    Result.mapError(integerParam({ [name]: pathParams[name] ?? "" }, name, min, max), () => `Path parameter ${name} must be an integer from ${min} to ${max}`),
    (value) => (value === undefined ? Result.fail(`Path parameter ${name} is missing`) : Result.succeed(value))
  )

/** The largest int32, the range of SCM's integer parameters. */
export const maxInt32 = 2_147_483_647

/** The path of a request target, without its query. */
export const pathOf = (url: string): string => {
  const query = url.indexOf("?")
  return query === -1 ? url : url.slice(0, query)
}
