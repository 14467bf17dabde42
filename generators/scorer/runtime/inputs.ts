// Reading a unit's reported values in the generated item code. Submissions are validated before
// scoring, so these only turn valid JSON values into exact figures; an optional input that was
// not reported reads as 0, false, no option, or an empty checklist.
//
// Inlined into scorer.js (see ../emit/runtime.ts): no imports but ./decimal.js and types.
import { ZERO, int, mul, parse, type Q } from "./decimal.js";

/** The inputs of an item that was not reported at all. */
export const NONE: Record<string, unknown> = Object.freeze({});

/** A number, amount, count, rank or score as reported. */
export function num(raw: unknown): Q {
  if (typeof raw !== "number" && typeof raw !== "string") return ZERO;
  return parse(raw) ?? ZERO;
}

const HUNDREDTH: Q = { n: 1, d: 100 };

/** A rate reported as a percent figure (85 is 85%), as a fraction. */
export function percent(q: Q): Q {
  return mul(q, HUNDREDTH);
}

/** How many elements of a checklist were ticked. */
export function ticked(raw: unknown): Q {
  return int(Array.isArray(raw) ? raw.length : 0);
}

/** The elements of a checklist that were not ticked, in the scheme's order. */
export function unticked(raw: unknown, elements: readonly string[]): string[] {
  const got = Array.isArray(raw) ? raw : [];
  return elements.filter((e) => !got.includes(e));
}
