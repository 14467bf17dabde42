// Values compared by meaning: a stable JSON text with object keys sorted and the fields that only
// say where or how something was written (spans, source text, clause ids) left out.

/** Keys that carry position or spelling, never meaning. */
const NOT_MEANING = new Set(["span", "text", "id"]);

/** `rename(key, value)` may give a string value another spelling (an id in the other edition's names). */
export type Rename = (key: string, value: string) => string;

export function canonical(value: unknown, drop: ReadonlySet<string> = NOT_MEANING, rename?: Rename): string {
  // Written straight to a string (no copy of the value): the diff of two large editions calls
  // this for every rule of every item.
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, drop, rename)).join(",")}]`;
  const o = value as Record<string, unknown>;
  // A top-level figure read by a rule is that figure, by name: its calculation is compared once,
  // where it is declared (figures.ts), not again in every rule that reads it.
  if (o.k === "figure" && o.item === null) return canonical({ k: "figure", name: o.name }, drop, rename);
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (drop.has(key) || v === undefined) continue;
    const w = rename !== undefined && typeof v === "string" ? rename(key, v) : v;
    parts.push(`${JSON.stringify(key)}:${canonical(w, drop, rename)}`);
  }
  return `{${parts.join(",")}}`;
}

/** Same members, whatever the order (for lists whose order means nothing). */
export function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const key = (xs: readonly unknown[]) => xs.map((x) => canonical(x)).sort().join("\n");
  return key(a) === key(b);
}


/** A copy of the value with string fields renamed (ids in the other edition's names). */
export function renameDeep(value: unknown, rename: Rename): unknown {
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, rename));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === "string" ? rename(k, v) : renameDeep(v, rename);
  return out;
}
