// Text placed inside <script> elements so that no scheme text can end the element or change how
// the HTML parser reads it: `<script`, `</script`, `<!--` and U+2028/U+2029 are written as JavaScript escapes,
// which mean the same characters inside strings, template literals and regular expressions, and
// keep a `//` comment on its line.
const UNSAFE = /<(\/?script|!--)|[\u2028\u2029]/gi;

function escapeChar(match: string): string {
  if (match === "\u2028") return "\\u2028";
  if (match === "\u2029") return "\\u2029";
  return "\\x3C" + match.slice(1);
}

/** JavaScript made safe to inline in <script>…</script>, meaning the same. */
export function inlineScript(js: string): string {
  return js.replace(UNSAFE, escapeChar);
}

/** A value as JSON for <script type="application/json">: every `<` as \u003c, so nothing ends it. */
export function jsonScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
