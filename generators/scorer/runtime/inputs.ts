// Reading a unit's reported values in the generated item code. Submissions are validated before
// scoring, so these only turn valid JSON values into exact figures; an optional input that was
// not reported reads as 0, false, no option, or an empty checklist.
//
// Inlined into scorer.js (see ../emit/runtime.ts): no imports but ./decimal.js and types.
import { ZERO, cmp, int, mul, parse, type Q } from "./decimal.js";

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

/** A list input's value for one element: by name in a fixed list (an object), by place in an open one (an array). */
export function at(raw: unknown, key: string | number): unknown {
  return raw !== null && typeof raw === "object" && Object.prototype.hasOwnProperty.call(raw, key)
    ? (raw as Record<string, unknown>)[key]
    : undefined;
}

/** How many values an open list holds. */
export function size(raw: unknown): number {
  return Array.isArray(raw) ? raw.length : 0;
}

/** 个数(…): how many elements meet the condition. */
export function countTrue(holds: readonly boolean[]): Q {
  let n = 0;
  for (const h of holds) if (h) n++;
  return int(n);
}

/** The least (or greatest) of a list's values; of none, 0. */
export function extreme(values: readonly Q[], greatest: boolean): Q {
  let best: Q | null = null;
  for (const v of values) if (best === null || cmp(v, best) * (greatest ? 1 : -1) > 0) best = v;
  return best ?? ZERO;
}
