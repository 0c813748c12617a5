import { type NonReportingEntity, NON_REPORTING_KEYS } from "./non-reporting-index.ts"
import { normaliseKey } from "./normalise-key.ts"
import { AMBIGUOUS_KEYS, STATE_KEYS } from "./state-index.ts"
import { stateByIso3, type State } from "./states.ts"
import { suggestStates } from "./suggest-state.ts"

export type StateResolution =
  | { readonly _tag: "Resolved"; readonly state: State }
  /** `reason` is a sentence a person can act on: what was given and why it was not accepted. */
  | { readonly _tag: "Unknown"; readonly reason: string }

const ACCEPTED =
  "reports are accepted only from the 193 Member States, the Holy See and the State of Palestine"

const unknown = (reason: string): StateResolution => ({ _tag: "Unknown", reason })
const quote = (input: string): string => JSON.stringify(input.trim())
const label = (state: State): string => `"${state.name}" (${state.iso3})`
const either = (labels: ReadonlyArray<string>): string =>
  labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`

const notReporting = (input: string, entity: NonReportingEntity): string => {
  const what = entity.byCode
    ? ` (it refers to ${entity.name}${entity.kind === undefined ? "" : `, ${entity.kind}`})`
    : entity.kind === undefined
      ? ""
      : ` (it is ${entity.kind})`
  return `${quote(input)} is not a UN Member or observer State${what}; ${ACCEPTED}`
}

const ambiguous = (input: string, iso3s: ReadonlyArray<string>): string => {
  const states = iso3s.flatMap((iso3) => stateByIso3(iso3) ?? [])
  return `${quote(input)} could mean ${either(states.map(label))}; give the full UN name or the ISO code`
}

const notKnown = (input: string, key: string): string => {
  const suggestions = suggestStates(key)
  const advice =
    suggestions.length > 0
      ? `did you mean ${either(suggestions.map(label))}?`
      : "give the UN name or the ISO 3166-1 / M49 code of a UN Member or observer State"
  return `${quote(input)} is not a known State name or ISO/M49 code; ${advice}`
}

/**
 * Resolves what a report wrote in its `state` column (ISO alpha-3 or alpha-2 code, M49 code, or a name in
 * English, French or Spanish) to one of the 195 reporting States. Anything else is Unknown with a reason.
 */
export const resolveState = (input: string): StateResolution => {
  const key = normaliseKey(input)
  if (key === "") {
    const given = input.trim() === "" ? "it is blank" : `${quote(input)} has no letters or digits`
    return unknown(`The reporting State is missing (${given}); give its UN name or ISO 3166-1 / M49 code`)
  }
  const state = STATE_KEYS.get(key)
  if (state !== undefined) return { _tag: "Resolved", state }
  const iso3s = AMBIGUOUS_KEYS.get(key)
  if (iso3s !== undefined) return unknown(ambiguous(input, iso3s))
  const entity = NON_REPORTING_KEYS.get(key)
  if (entity !== undefined) return unknown(notReporting(input, entity))
  return unknown(notKnown(input, key))
}
