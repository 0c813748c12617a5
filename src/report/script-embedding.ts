/**
 * Putting data and code inside <script> elements. The HTML parser ends a script at the first "</script",
 * whatever the JavaScript around it means, and "<!--" can switch it into a state where it misses the real
 * end tag; so neither may appear raw inside a script element.
 */

const JSON_ESCAPES: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
}

/**
 * JSON for a `<script type="application/json">` block. `<` becomes `\u003c` (still the same JSON value once
 * parsed), so a hostile string in the data can never close the script element.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => JSON_ESCAPES[char] ?? char)

/**
 * Library code for an inline `<script>`. "</script" and "<!--" can only occur inside strings, regular
 * expressions, template literals or comments, where "<\/" and "<\!" mean the same as "</" and "<!".
 */
export const inlineScriptSource = (source: string): string => {
  const safe = source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--")
  if (/<\/script|<!--/i.test(safe))
    throw new Error("script source still holds </script or <!-- after escaping")
  return safe
}
