// The unit's rating (`评定 { 优秀: 总分 ≥ 90, 良好: 总分 ≥ 80, 合格: 总分 ≥ 60, 不合格: 其余 }`):
// a label derived from the final total (and the unit facts, columns and top-level figures). Each
// label once (E202), each criterion yes/no (E306), 其余 last (E503); declared once (E202). After
// the pool budgets prove the total's range, the derived-grade case check looks for a total no
// criterion rates (E501) or two rate at once (E502), naming the total.
import type * as A from "../../language/ast.js";
import { note } from "./context.js";
import type { DerivedGradeCheck } from "./derived-grades.js";
import { typeCondition } from "./expr.js";
import type { Model } from "./model.js";
import { NameTable, once } from "./names.js";

export function buildRating(decls: A.RatingDecl[], m: Model): void {
  const d = once(m.ctx, decls, "@what.rating");
  if (!d) return;
  const seen = new NameTable<null>(m.ctx, "@what.rating-level");
  const levels: DerivedGradeCheck["levels"] = [];
  let otherwise: A.Span | null = null;
  for (const k of d.criteria) {
    const when = k.when ? typeCondition(k.when, { m, item: null, node: null, total: true }) : null;
    if (otherwise) {
      m.ctx.error("E503", k.span, { band: k.label.text }, {
        variant: "after-otherwise-rating",
        related: [note("note.otherwise-grade", otherwise, {})],
      });
      continue;
    }
    if (!seen.add(k.label.text, k.label.span, null)) continue;
    if (!k.when) otherwise = k.span;
    levels.push({ label: k.label.text, when, text: k.when ? m.ctx.slice(k.when.span) : "其余", span: k.span });
  }
  m.rating = { levels, span: d.span };
}

/** The rating as the derived-grade case check takes it (no item: the unit's own). */
export function ratingCheck(m: Model): DerivedGradeCheck | null {
  return m.rating && m.rating.levels.length > 0 ? { item: null, levels: m.rating.levels, span: m.rating.span } : null;
}
