// Tier bands over the values their subject can reach (R6, R9): E501 values no band holds,
// E502 a band overlapping an earlier one, E503 a band no value reaches. Bounds are shown with
// [ ] for included and ( ) for excluded ends, in the subject's unit.
import { analyseBands } from "./bands.js";
import type { TierClause } from "./clauses.js";
import { evalExpr, RANK_DOMAIN, segmentOf } from "./abstract.js";
import { note } from "./context.js";
import { makeEnv } from "./env.js";
import { UNBOUNDED } from "./interval.js";
import type { Kind } from "./kinds.js";
import type { Model } from "./model.js";
import { HUNDRED, type Rational } from "./rational.js";
import { fromBounds, type Segment, segmentText, wholeNumbers } from "./segments.js";

function formatter(kind: Kind): (r: Rational) => string {
  switch (kind.k) {
    case "rate":
      return (r) => `${r.mul(HUNDRED).toDec()}%`;
    case "points":
    case "score":
      return (r) => `${r.toDec()}分`;
    case "amount":
      return (r) => `${r.toDec()}${kind.unit}`;
    default:
      return (r) => r.toDec();
  }
}

export function checkTiers(t: TierClause, m: Model): void {
  let domain: Segment = RANK_DOMAIN;
  if (t.subject !== "rank") {
    const v = evalExpr(t.subject, makeEnv(m, null));
    domain = segmentOf(v.t === "num" ? v.iv : UNBOUNDED);
  }
  const bands = t.bands.map((b) => (b.band.lo || b.band.hi ? fromBounds(b.band.lo, b.band.hi) : null));
  const analysis = analyseBands(domain, bands, t.integral);
  const format = formatter(t.kind);
  const fmt = (s: Segment): string => segmentText(t.integral ? wholeNumbers(s) : s, format);
  const range = fmt(domain);
  const item = t.item.title;
  for (const p of analysis.problems) {
    const entry = t.bands[p.band]!;
    const related = p.by.map((j) => note("note.earlier-band", t.bands[j]!.span, { band: t.bands[j]!.band.text }));
    if (p.kind === "overlap") {
      const overlap = p.overlap.map(fmt).join("、");
      m.ctx.error("E502", entry.span, { item, band: entry.band.text, overlap }, { related });
    } else m.ctx.error("E503", entry.span, { item, band: entry.band.text, range }, { variant: p.kind, related });
  }
  if (analysis.gaps.length > 0) {
    const gaps = analysis.gaps.map(fmt).join("、");
    m.ctx.error("E501", t.span, { item, gaps, range });
  }
}
