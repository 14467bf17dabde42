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
import { findInput, inputKey, makeEnv } from "./env.js";
import { point } from "./interval.js";
import type { ItemInfo, Model } from "./model.js";
import { NameTable } from "./names.js";
import { HUNDRED, Rational } from "./rational.js";
import { suggest } from "./suggest.js";

/** A derived grade the case check examines once every input is known. */
export interface DerivedGradeCheck {
  item: ItemInfo;
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
  ref: IR.InputRef;
  values: Rational[];
  show: (r: Rational) => string;
}

/** The figures the criteria compare with constants, each with the values of its stretches. */
function figures(levels: IR.DerivedLevel[], m: Model): Figure[] {
  const found = new Map<string, { ref: IR.InputRef; cuts: Rational[] }>();
  for (const l of levels)
    if (l.when)
      walkExpr(l.when, (e) => {
        if (e.k !== "cmp") return;
        const [x, c] = e.a.k === "input" && e.b.k === "const" ? [e.a, e.b] : e.b.k === "input" && e.a.k === "const" ? [e.b, e.a] : [];
        if (!x || !c || x.k !== "input" || c.k !== "const") return;
        const cut = Rational.parse(c.value);
        if (!cut) return;
        const key = inputKey(x.ref);
        const f = found.get(key) ?? { ref: x.ref, cuts: [] };
        f.cuts.push(cut);
        found.set(key, f);
      });
  const out: Figure[] = [];
  for (const { ref, cuts } of found.values()) {
    const info = findInput(ref, m);
    if (!info) continue;
    const whole = info.type.kind === "count" || info.type.kind === "rank";
    const rate = info.type.kind === "rate";
    const sorted = [...new Map(cuts.map((c) => [c.toDec(), c])).values()].sort((a, b) => a.cmp(b));
    const one = whole ? Rational.int(1) : rate ? Rational.parse("0.01")! : Rational.int(1);
    const candidates: Rational[] = [sorted[0]!.sub(one), ...sorted, sorted[sorted.length - 1]!.add(one)];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const mid = sorted[i]!.add(sorted[i + 1]!).div(Rational.int(2));
      candidates.push(whole ? mid.floor() : mid);
    }
    const { lo, hi } = info.range;
    const inside = (v: Rational) =>
      (lo === null || !v.lt(lo)) && (hi === null || !hi.lt(v)) && (!whole || v.isInteger());
    const values = [...new Map(candidates.filter(inside).map((v) => [v.toDec(), v])).values()].sort((a, b) => a.cmp(b));
    if (values.length > 0)
      out.push({ ref, values, show: (r) => (rate ? `${r.mul(HUNDRED).toDec()}%` : r.toDec()) });
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
  const names = new Map([...finite.map((v) => v.key), ...numeric.map((f) => inputKey(f.ref))].map((k) => [k, k.slice(k.indexOf("\u0000") + 1)]));
  const shows = new Map(numeric.map((f) => [inputKey(f.ref), f.show]));
  const variables = [
    ...finite,
    ...numeric.map((f) => ({ key: inputKey(f.ref), values: f.values.map((v): AValue => ({ t: "num", iv: point(v) })) })),
  ];
  if (variables.reduce((n, v) => n * v.values.length, 1) > MAX_CASES) return;
  const item = g.item.title;
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
          variant: "grade",
          related: [note("note.earlier-grade", a.span, { label: a.label })],
        });
      }
    }
    if (!gapSaid && !hasOtherwise && truth.every((t) => t === "false")) {
      gapSaid = true;
      const unit = describe(fixed, names, shows);
      m.ctx.error("E501", g.span, { item, gaps_zh: unit.zh, gaps_en: unit.en }, { variant: "grade" });
    }
  }
}
