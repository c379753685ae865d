/**
 * Durations as people type them on a command line: `30d`, `15m`, `90s`, `2h`, `1w`, or what
 * `Duration` reads ("15 minutes").
 */
import { Duration, Option } from "effect"
import { Flag } from "effect/cli"

const units: Record<string, (n: number) => Duration.Duration> = {
  s: Duration.seconds,
  m: Duration.minutes,
  h: Duration.hours,
  d: Duration.days,
  w: Duration.weeks
}

/** The duration a text names, if it names a positive one. */
export const parseDuration = (text: string): Option.Option<Duration.Duration> => {
  const short = /^(\d+)\s*([smhdw])$/.exec(text.trim())
  const parsed = short !== null
    ? Option.some(units[short[2]!]!(Number(short[1])))
    : Duration.fromInput(text.trim() as Duration.Input)
  return Option.filter(parsed, (duration) => Duration.isGreaterThan(duration, Duration.zero))
}

/** A duration flag: `--within 30d`, `--timeout 15m`. */
export const durationFlag = (name: string): Flag.Flag<Duration.Duration> =>
  Flag.String(name).pipe(
    Flag.withMetavar("DURATION"),
    Flag.filterMap(parseDuration, (text) => `--${name}: "${text}" is not a duration (30d, 12h, 15m, 90s)`)
  )

/** Whole days of a duration, for the APIs that count in days. */
export const toDays = (duration: Duration.Duration): number => Math.ceil(Duration.toMillis(duration) / 86_400_000)
