// Numbers as written (`3分`, `80%`, `200万元`, `70`) to exact values and kinds, and the three
// ways of writing a node's points: `3分`, `3%` of the pool, bare `70`.
import type { Quantity } from "../../language/ast.js";
import type { CheckContext } from "./context.js";
import { type Kind, POINTS, RANK, RATE, SCALAR } from "./kinds.js";
import { HUNDRED, Rational } from "./rational.js";

/** The value as written, before any unit is applied ("80" for `80%`). */
export function digitsOf(q: Quantity): Rational {
  return Rational.parse(q.digits) ?? Rational.int(0);
}

export function asWritten(q: Quantity): string {
  return q.digits + (q.unit ?? "");
}

/** The value a rule sees (rates as fractions) and its kind. */
export function quantityValue(q: Quantity): { value: Rational; kind: Kind } {
  const digits = digitsOf(q);
  switch (q.unit) {
    case null:
      return { value: digits, kind: SCALAR };
    case "分":
      return { value: digits, kind: POINTS };
    case "%":
      return { value: digits.div(HUNDRED), kind: RATE };
    case "名":
      return { value: digits, kind: RANK };
    default:
      return { value: digits, kind: { k: "amount", unit: q.unit } };
  }
}

/** Points written `3分` or bare `3`; anything else is reported (E307) and gives null. */
export function clausePoints(q: Quantity, ctx: CheckContext): Rational | null {
  if (q.unit === null || q.unit === "分") return digitsOf(q);
  ctx.error("E307", q.span, { written: asWritten(q) }, { variant: "points-unit" });
  return null;
}

/** A node's or pool's points: `3分`, bare `70`, or `3%` of `poolPoints` when that is allowed. */
export function nodePoints(
  q: Quantity,
  poolPoints: Rational | null,
  poolTitle: string,
  ctx: CheckContext,
  allowPercent: boolean,
): Rational | null {
  if (q.unit === null || q.unit === "分") return digitsOf(q);
  if (q.unit === "%" && allowPercent) {
    if (poolPoints) return poolPoints.mul(digitsOf(q)).div(HUNDRED);
    ctx.error("E405", q.span, { written: asWritten(q), pool: poolTitle }, { variant: "percent-no-pool" });
    return null;
  }
  ctx.error("E305", q.span, { written: asWritten(q) }, { variant: "points" });
  return null;
}
