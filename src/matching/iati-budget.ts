import { readCurrencyCode } from "./currency-code.ts"
import { attributeOf, childrenOf, firstChild, textOf, type XmlNode } from "./iati-xml.ts"

export type IatiBudget =
  | {
      readonly _tag: "Budget"
      readonly amount: number
      readonly currency: string
      readonly status: "committed" | "indicative"
    }
  | {
      readonly _tag: "Bad"
      readonly column: string
      readonly value: string
      readonly code: "missing_value" | "bad_amount" | "unknown_currency"
      readonly reason: string
    }

const IATI_DECIMAL = /^\d+(\.\d+)?$/

/**
 * DATA-MODEL §2.4: `budget` status 2 (committed) where the activity has any, else status 1 (indicative, the
 * IATI default). Budgets are per period: a revised budget (type 2) replaces the original (type 1) of the
 * same period, and the periods add up. Each value is in its own currency or the activity's default one;
 * budgets in several currencies cannot be added without choosing a rate date, so they are rejected.
 */
export const iatiBudget = (activity: XmlNode): IatiBudget => {
  const budgets = childrenOf(activity, "budget")
  if (budgets.length === 0) {
    return {
      _tag: "Bad",
      column: "budget",
      value: "",
      code: "missing_value",
      reason: "the activity has no budget"
    }
  }
  const committed = budgets.filter((b) => attributeOf(b, "status") === "2")
  const chosen = committed.length > 0 ? committed : budgets.filter((b) => attributeOf(b, "status") !== "2")
  const byPeriod = new Map<string, XmlNode>()
  for (const budget of chosen) {
    const dateOf = (name: string) => attributeOf(firstChild(budget, name) ?? {}, "iso-date") ?? ""
    const period = `${dateOf("period-start")}/${dateOf("period-end")}`
    const known = byPeriod.get(period)
    if (known === undefined || (attributeOf(budget, "type") === "2" && attributeOf(known, "type") !== "2")) {
      byPeriod.set(period, budget)
    }
  }
  const defaultCurrency = attributeOf(activity, "default-currency")
  let amount = 0
  const currencies = new Set<string>()
  for (const budget of byPeriod.values()) {
    const value = firstChild(budget, "value")
    const text = textOf(value)
    if (!IATI_DECIMAL.test(text)) {
      return {
        _tag: "Bad",
        column: "budget",
        value: text,
        code: "bad_amount",
        reason: `budget value "${text}" is not an amount (IATI writes decimals with "." and no separators)`
      }
    }
    const currency = (value === undefined ? undefined : attributeOf(value, "currency")) ?? defaultCurrency
    if (currency === undefined) {
      return {
        _tag: "Bad",
        column: "currency",
        value: "",
        code: "unknown_currency",
        reason: "a budget value has no currency and the activity no default-currency"
      }
    }
    const code = readCurrencyCode(currency)
    if (code._tag === "Bad")
      return {
        _tag: "Bad",
        column: "currency",
        value: currency,
        code: "unknown_currency",
        reason: code.reason
      }
    currencies.add(code.code)
    amount += Number(text)
  }
  if (currencies.size > 1) {
    return {
      _tag: "Bad",
      column: "currency",
      value: [...currencies].join(";"),
      code: "bad_amount",
      reason: `the budgets are in several currencies (${[...currencies].join(", ")}); give them in one`
    }
  }
  return {
    _tag: "Budget",
    amount,
    currency: [...currencies][0]!,
    status: committed.length > 0 ? "committed" : "indicative"
  }
}
