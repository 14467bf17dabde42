// W707: the limit of a `每` rule (`最高 m`, `最多扣 m`) that the rule can never reach, because the
// count is bounded (an input's `最高`): `每 违规次数 扣 1分 重复加倍 最多扣 6分` with at most 3
// occurrences deducts at most 1 + 2 + 2 = 5分. Ranges are the inputs' declared ones, kind by kind
// (a branch's condition is not used to narrow them: wider ranges only ever silence the warning).
import type * as IR from "../ir.js";
import { perRaw } from "./abstract.js";
import { unitKindsOf } from "./applies.js";
import { innerClauses } from "./cases.js";
import { makeEnv } from "./env.js";
import type { ItemInfo, Model } from "./model.js";
import { Rational, ZERO } from "./rational.js";

type PerClause = Extract<IR.Clause, { k: "per" }>;

function perClauses(clauses: IR.Clause[]): PerClause[] {
  return clauses.flatMap((c) => (c.k === "per" ? [c] : perClauses(innerClauses(c))));
}

/** The most the rule gives (or deducts) before its limit, over the item's kinds; null: unbounded. */
function greatest(c: PerClause, item: ItemInfo, m: Model): Rational | null {
  const deducts = c.each.startsWith("-");
  let most: Rational | null = ZERO;
  for (const kind of unitKindsOf(item, m)) {
    const raw = perRaw(c, makeEnv(m, kind));
    const end = deducts ? (raw.lo === null ? null : raw.lo.neg()) : raw.hi;
    if (end === null) return null;
    if (end.gt(most)) most = end;
  }
  return most;
}

export function checkPerLimits(m: Model): void {
  for (const item of m.items)
    for (const c of perClauses(item.clauses)) {
      if (c.limit === null) continue;
      const most = greatest(c, item, m);
      const limit = Rational.parse(c.limit);
      if (most === null || limit === null || !most.lt(limit)) continue;
      m.ctx.warning(
        "W707",
        c.span,
        { item: item.title, max: most.toDec("up"), limit: c.limit },
        { variant: c.each.startsWith("-") ? "deduct" : undefined },
      );
    }
}
