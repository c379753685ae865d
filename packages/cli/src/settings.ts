/**
 * The flags every command takes, wherever they stand on the command line.
 */
import * as Config from "effect/Config"
import * as Flag from "effect/cli/Flag"
import * as GlobalFlag from "effect/cli/GlobalFlag"

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
 * `--config-profile NAME` (or `SCM_CONFIG_PROFILE`): a named set of SCM_* settings in the config
 * file. `--profile` is the certificate profile of `ssl enroll` and `smime enroll`; before 1.1 it
 * also named the config profile, a spelling `Cli.ts` still accepts with a note.
 */
export const ConfigProfile = GlobalFlag.Setting("config-profile")({
  flag: Flag.String("config-profile").pipe(
    Flag.withMetavar("NAME"),
    Flag.withDescription("settings from ~/.config/scm/config.json ($SCM_CONFIG_PROFILE)"),
    Flag.withFallbackConfig(Config.String("SCM_CONFIG_PROFILE").pipe(Config.orElse(() => Config.String("SCM_PROFILE")))),
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
