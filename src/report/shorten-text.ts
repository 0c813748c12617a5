/**
 * Input text cut to at most `max` characters, ending in "…" when cut, so one long cell (a malformed row can
 * be a whole file, a note a whole page) cannot swell report.html. Never splits a surrogate pair.
 */
export const shortenText = (text: string, max: number): string => {
  if (text.length <= max) return text
  let end = max - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}
