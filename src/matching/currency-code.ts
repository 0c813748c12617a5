export type CurrencyCodeReading =
  | { readonly _tag: "Code"; readonly code: string }
  | { readonly _tag: "Bad"; readonly reason: string }

/**
 * An ISO 4217 alphabetic code, any case ("eur" → "EUR"). Only its shape is checked here; whether the run
 * has a rate for it is decided at conversion, where an unknown currency is rejected — never taken 1:1
 * (DATA-MODEL §2.5).
 */
export const readCurrencyCode = (raw: string): CurrencyCodeReading => {
  const code = raw.trim().toUpperCase()
  if (/^[A-Z]{3}$/.test(code)) return { _tag: "Code", code }
  return {
    _tag: "Bad",
    reason: `"${raw}" is not an ISO 4217 currency code; write three letters such as USD, EUR or CHF`
  }
}
