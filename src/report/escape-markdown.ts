/**
 * Input text made inert in Markdown: a backslash before every character that could start emphasis, code,
 * a link, an image, raw HTML or a table cell, and line breaks folded so text cannot start a heading or list.
 * Minimal on purpose: summary.md should still read as plain text.
 */
export const escapeMarkdown = (text: string): string =>
  text.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]<>|~!#]/g, (char) => `\\${char}`)
