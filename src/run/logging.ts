import { Logger } from "effect"

/**
 * Structured log lines on stderr (stdout keeps the run summary): JSON lines when stderr is not a terminal
 * (cron, systemd, CI — one object per line with message, level, stage, duration_ms), logfmt on a terminal.
 */
export const loggerLayer = Logger.layer([
  process.stderr.isTTY ? Logger.withConsoleError(Logger.formatLogFmt) : Logger.withConsoleError(Logger.formatJson)
])
