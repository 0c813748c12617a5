import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { Ajv, type ValidateFunction } from "ajv"

/**
 * Checks a spec against Vega-Lite's own JSON schema, the one shipped in the installed vega-lite package (so
 * the check follows the version that compiles the specs). Compiled on first use: the schema is large.
 */

let validator: ValidateFunction | undefined

const schemaValidator = (): ValidateFunction => {
  if (validator !== undefined) return validator
  // The package exports the schema as "vega-lite/vega-lite-schema.json" (its file is build/vega-lite-schema.json).
  const path = createRequire(import.meta.url).resolve("vega-lite/vega-lite-schema.json")
  const schema = JSON.parse(readFileSync(path, "utf8")) as object
  // strict: false because the schema uses keywords ajv does not know (e.g. "defs" in descriptions);
  // allowUnionTypes because it declares `type: ["string", "null"]`.
  const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true })
  // The schema names three string formats; ajv knows none of them without the ajv-formats plugin.
  ajv.addFormat("color-hex", /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i)
  ajv.addFormat("uri", (value: string) => URL.canParse(value))
  ajv.addFormat("uri-reference", true)
  validator = ajv.compile(schema)
  return validator
}

/** The schema errors of a spec, as "path: message" lines; empty when the spec is valid. */
export const validateVegaLiteSpec = (spec: unknown): Array<string> => {
  const validate = schemaValidator()
  if (validate(spec)) return []
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || "/"}: ${error.message ?? error.keyword}`,
  )
}
