// Values compared by meaning: a stable JSON text with object keys sorted and the fields that only
// say where or how something was written (spans, source text, clause ids) left out.

/** Keys that carry position or spelling, never meaning. */
const NOT_MEANING = new Set(["span", "text", "id"]);

export function canonical(value: unknown, drop: ReadonlySet<string> = NOT_MEANING): string {
  return JSON.stringify(strip(value, drop));
}

function strip(value: unknown, drop: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, drop));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (drop.has(key)) continue;
      out[key] = strip((value as Record<string, unknown>)[key], drop);
    }
    return out;
  }
  return value;
}

/** Same members, whatever the order (for lists whose order means nothing). */
export function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const key = (xs: readonly unknown[]) => xs.map((x) => canonical(x)).sort().join("\n");
  return key(a) === key(b);
}

