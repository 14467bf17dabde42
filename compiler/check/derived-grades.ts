// A grade derived from its criteria (`等次 { A: 完成率 ≥ 95% 且 非 重大事故 … D: 其余 }`): each
// label a grade of the scheme's scale, once (E203, E202); each criterion a yes/no (E306); 其余
// last (E503). Then, over every case of the inputs the criteria read, the checker looks for a
// unit that no criterion grades (E501: a gap) and one that two criteria grade at once (E502: a
// contradiction), and names such a unit's values.
//
// The cases: every value of a yes/no, option or grade input; for a figure compared with constants
// (`完成率 ≥ 95%`), each constant and a value inside each stretch between them, within the
// input's range. On those stretches every such comparison keeps its truth, so the cases decide
// every criterion made of them. A criterion whose truth a case cannot decide (a figure inside
// arithmetic, another item's score) is passed over for that case: only what is certain is said.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { evalExpr, type AValue } from "./abstract.js";
import { assignments, finiteVariablesOf, walkExpr } from "./cases.js";
import { note } from "./context.js";
import { findInput, inputKey, makeEnv, TOTAL_KEY, totalRange } from "./env.js";
import { type Interval, point } from "./interval.js";
import type { ItemInfo, Model } from "./model.js";
import { NameTable } from "./names.js";
import { HUNDRED, Rational } from "./rational.js";
import { suggest } from "./suggest.js";

/** A derived grade the case check examines once every input is known: an item's, or the unit's
 *  rating (`评定 { … }`, item null), whose criteria may compare the total (`总分 ≥ 90`). */
export interface DerivedGradeCheck {
  item: ItemInfo | null;
  levels: Array<IR.DerivedLevel & { span: A.Span }>;
  span: A.Span;
}

interface LowerScope {
  m: Model;
  item: ItemInfo;
  typeCondition(e: A.Expr): IR.Expr;
}

export function lowerDerivedGrade(
  c: A.DerivedGradeClause,
  s: LowerScope,
  checks: DerivedGradeCheck[],
): IR.DerivedLevel[] {
  const { m } = s;
  const labels = (m.grades ?? []).map((g) => g.label);
  if (!m.grades) m.ctx.error("E303", c.span, { item: s.item.title }, { variant: "no-scale-derived" });
  const seen = new NameTable<null>(m.ctx, "@what.grade");
  const levels: DerivedGradeCheck["levels"] = [];
  let otherwise: A.Span | null = null;
  for (const k of c.criteria) {
    const when = k.when ? s.typeCondition(k.when) : null;
    if (otherwise) {
      m.ctx.error("E503", k.span, { item: s.item.title, band: k.label.text }, {
        variant: "after-otherwise-grade",
        related: [note("note.otherwise-grade", otherwise, {})],
      });
      continue;
    }
    if (m.grades && !labels.includes(k.label.text)) {
      m.ctx.error("E203", k.label.span, { label: k.label.text, options: labels.join("、") }, {
        variant: "grade",
        suggestions: suggest(k.label.text, labels),
      });
      continue;
    }
    if (!seen.add(k.label.text, k.label.span, null)) continue;
    if (!k.when) otherwise = k.span;
    levels.push({ label: k.label.text, when, text: k.when ? m.ctx.slice(k.when.span) : "其余", span: k.span });
  }
  if (levels.length > 0) checks.push({ item: s.item, levels, span: c.span });
  return levels.map(({ label, when, text }) => ({ label, when, text }));
}

/** Up to this many cases; a grade whose inputs have more is not examined (nothing is said). */
const MAX_CASES = 4096;

interface Figure {
  key: string;
  name: string;
  values: Rational[];
  show: (r: Rational) => string;
}

/** An input or the total (`总分`) compared with a constant: what the cases fix. */
type Compared = { key: string; name: string; range: Interval; whole: boolean; rate: boolean };
function compared(x: IR.Expr, m: Model): Compared | null {
  if (x.k === "total") return { key: TOTAL_KEY, name: "总分", range: totalRange(m), whole: false, rate: false };
  if (x.k !== "input") return null;
  const info = findInput(x.ref, m);
  if (!info) return null;
  const whole = info.type.kind === "count" || info.type.kind === "rank";
  return { key: inputKey(x.ref), name: x.ref.name, range: info.range, whole, rate: info.type.kind === "rate" };
}

/** The figures the criteria compare with constants, each with the values of its stretches. */
function figures(levels: IR.DerivedLevel[], m: Model): Figure[] {
  const found = new Map<string, { x: Compared; cuts: Rational[] }>();
  for (const l of levels)
    if (l.when)
      walkExpr(l.when, (e) => {
        if (e.k !== "cmp") return;
        const [side, c] = e.b.k === "const" ? [e.a, e.b] : e.a.k === "const" ? [e.b, e.a] : [];
        const x = side ? compared(side, m) : null;
        if (!x || !c || c.k !== "const") return;
        const cut = Rational.parse(c.value);
        if (!cut) return;
        const f = found.get(x.key) ?? { x, cuts: [] };
        f.cuts.push(cut);
        found.set(x.key, f);
      });
  const out: Figure[] = [];
  for (const { x, cuts } of found.values()) {
    const { whole, rate } = x;
    const sorted = [...new Map(cuts.map((c) => [c.toDec(), c])).values()].sort((a, b) => a.cmp(b));
    const one = whole ? Rational.int(1) : rate ? Rational.parse("0.01")! : Rational.int(1);
    const candidates: Rational[] = [sorted[0]!.sub(one), ...sorted, sorted[sorted.length - 1]!.add(one)];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const mid = sorted[i]!.add(sorted[i + 1]!).div(Rational.int(2));
      candidates.push(whole ? mid.floor() : mid);
    }
    const { lo, hi } = x.range;
    const inside = (v: Rational) =>
      (lo === null || !v.lt(lo)) && (hi === null || !hi.lt(v)) && (!whole || v.isInteger());
    const values = [...new Map(candidates.filter(inside).map((v) => [v.toDec(), v])).values()].sort((a, b) => a.cmp(b));
    if (values.length > 0)
      out.push({ key: x.key, name: x.name, values, show: (r) => (rate ? `${r.mul(HUNDRED).toDec()}%` : r.toDec()) });
  }
  return out;
}

/** A case in words, in each language: `完成率 = 90%，重大事故 = 否`. */
function describe(fixed: Map<string, AValue>, names: Map<string, string>, shows: Map<string, (r: Rational) => string>) {
  const zh: string[] = [];
  const en: string[] = [];
  for (const [key, v] of fixed) {
    const name = names.get(key) ?? key;
    if (v.t === "bool") {
      zh.push(`${name} = ${v.canTrue ? "是" : "否"}`);
      en.push(`${name} = ${v.canTrue ? "yes" : "no"}`);
    } else if (v.t === "label" && v.values) {
      zh.push(`${name} = ${v.values[0]}`);
      en.push(`${name} = ${v.values[0]}`);
    } else if (v.t === "num" && v.iv.lo) {
      const text = `${name} = ${(shows.get(key) ?? ((r: Rational) => r.toDec()))(v.iv.lo)}`;
      zh.push(text);
      en.push(text);
    }
  }
  return { zh: zh.join("，"), en: en.join(", ") };
}

export function checkDerivedGrade(g: DerivedGradeCheck, m: Model): void {
  const levels = g.levels;
  const finite = finiteVariablesOf([{ exprs: levels.flatMap((l) => (l.when ? [l.when] : [])), refs: [] }], m);
  const numeric = figures(levels, m);
  // A key is "<item>\u0000<input>" (env.ts): the input's name follows the separator.
  const names = new Map([
    ...finite.map((v) => [v.key, v.key.slice(v.key.indexOf("\u0000") + 1)] as const),
    ...numeric.map((f) => [f.key, f.name] as const),
  ]);
  const shows = new Map(numeric.map((f) => [f.key, f.show]));
  const variables = [
    ...finite,
    ...numeric.map((f) => ({ key: f.key, values: f.values.map((v): AValue => ({ t: "num", iv: point(v) })) })),
  ];
  if (variables.reduce((n, v) => n * v.values.length, 1) > MAX_CASES) return;
  const item = g.item?.title ?? "";
  const variant = g.item ? "grade" : "rating";
  const hasOtherwise = levels.some((l) => l.when === null);
  let gapSaid = false;
  const overlapSaid = new Set<string>();
  for (const fixed of assignments(variables)) {
    const env = makeEnv(m, null, fixed);
    const truth = levels.map((l) => {
      if (!l.when) return "otherwise" as const;
      const v = evalExpr(l.when, env);
      if (v.t !== "bool") return "unknown" as const;
      return v.canTrue && !v.canFalse ? ("true" as const) : !v.canTrue ? ("false" as const) : ("unknown" as const);
    });
    const holding = levels.filter((_, i) => truth[i] === "true");
    if (holding.length >= 2) {
      const [a, b] = holding as [DerivedGradeCheck["levels"][number], DerivedGradeCheck["levels"][number]];
      const pair = `${a.label}\u0000${b.label}`;
      if (!overlapSaid.has(pair)) {
        overlapSaid.add(pair);
        const unit = describe(fixed, names, shows);
        m.ctx.error("E502", b.span, { item, band: b.label, earlier: a.label, overlap_zh: unit.zh, overlap_en: unit.en }, {
          variant,
          related: [note(g.item ? "note.earlier-grade" : "note.earlier-rating", a.span, { label: a.label })],
        });
      }
    }
    if (!gapSaid && !hasOtherwise && truth.every((t) => t === "false")) {
      gapSaid = true;
      const unit = describe(fixed, names, shows);
      m.ctx.error("E501", g.span, { item, gaps_zh: unit.zh, gaps_en: unit.en }, { variant });
    }
  }
}
