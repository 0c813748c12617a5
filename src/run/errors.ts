import { Schema } from "effect"

/** The user asked for something that cannot be done as asked (exit code 2). */
export class UsageError extends Schema.TaggedError<UsageError>()("UsageError", {
  message: Schema.String
}) {}

/** A run started but could not finish (exit code 1); the previous `latest` is left as it was. */
export class RunFailed extends Schema.TaggedError<RunFailed>()("RunFailed", {
  message: Schema.String,
  runDir: Schema.optional(Schema.String)
}) {}
