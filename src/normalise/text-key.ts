/**
 * A comparison key for words people type: accents, case, punctuation and spacing ignored
 * ("Sí" = "si", "[No response]" = "no response", "N/A" = "na").
 */
export const textKey = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
