/**
 * The flags every command takes, wherever they stand on the command line.
 */
import { Config } from "effect"
import { Flag, GlobalFlag } from "effect/cli"

/** `--output`: aligned tables for people, one JSON document, or one JSON value per line. */
export const Output = GlobalFlag.Setting("output")({
  flag: Flag.Literals("output", ["table", "json", "ndjson"]).pipe(
    Flag.withAlias("o"),
    Flag.withMetavar("table|json|ndjson"),
    Flag.withDescription("aligned table (default), one JSON document, or JSON lines"),
    Flag.withDefault("table")
  )
})

/** An output format. */
export type OutputFormat = "table" | "json" | "ndjson"

/**
 * `--profile NAME` before the command (`scm --profile prod ssl list`), or `SCM_PROFILE`: a named set
 * of SCM_* settings in the config file. After `ssl enroll`, `--profile` is the SSL profile.
 */
export const ConfigProfile = GlobalFlag.Setting("config-profile")({
  flag: Flag.String("profile").pipe(
    Flag.withMetavar("NAME"),
    Flag.withDescription("settings from ~/.config/scm/config.json (or $SCM_PROFILE)"),
    Flag.withFallbackConfig(Config.String("SCM_PROFILE")),
    Flag.optional
  )
})

/** `--password-stdin`: the strategy's secret comes from stdin, never from a flag's value. */
export const PasswordStdin = GlobalFlag.Setting("password-stdin")({
  flag: Flag.Boolean("password-stdin").pipe(
    Flag.withDescription("read the strategy's secret from stdin"),
    Flag.withDefault(false)
  )
})

/** Every setting, for `Command.withGlobalFlags` on the root command. */
export const all = [Output, ConfigProfile, PasswordStdin] as const
