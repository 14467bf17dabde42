// Generated JavaScript made readable without running a formatter over it: code that is written one
// statement per line (the scorer's emitters, Ajv's standalone output with `lines: true`) is
// indented by its blocks. Prettier took about a second of every `kaohe build` and `loadScorer`.

/**
 * Indents every line by the blocks open before it: a line that ends with `{` opens one, a line
 * that starts with `}` closes one (`} else {` does both). Only for code whose strings never span
 * lines (JSON-quoted): each line is trimmed first.
 */
export function indentBlocks(code: string): string {
  let depth = 0;
  return code
    .split("\n")
    .map((raw) => {
      const line = raw.trim();
      if (line.startsWith("}")) depth = Math.max(0, depth - 1);
      const out = line === "" ? "" : "  ".repeat(depth) + line;
      if (line.endsWith("{")) depth++;
      return out;
    })
    .join("\n");
}

/** Every line one block deeper: code placed inside a function. */
export function indentBody(code: string): string {
  return code.replace(/^(?=.)/gm, "  ");
}
