const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/**
 * Text made safe for HTML element content and quoted attribute values. Every piece of text that reaches
 * report.html goes through here: input files are untrusted (a State name or an answer may hold markup).
 */
export const escapeHtml = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
