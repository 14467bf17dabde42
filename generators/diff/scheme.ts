// What the scheme declares outside its sections and items: the header, pools, unit facts,
// named figures (figures.ts), vetoes, constraints (constraints.ts), the grade scale, unit kinds and units, forms, and the policies (N/A, rounding,
// target, combining forms; the rankings in rankings.ts). Lists whose order means nothing are compared as sets.
import type { Rounding, SchemeIR, Target, Veto } from "../../compiler/ir.js";
import { oneLine } from "../scorer/emit/text.js";
import { canonical, sameSet } from "./canonical.js";
import { compareConstraints } from "./constraints.js";
import { compareFigures } from "./figures.js";
import { compareInputs } from "./inputs.js";
import { compareRankings } from "./rankings.js";
import { compareRating } from "./rating.js";
import { compareUnknown, type NodeContext, toOldNames } from "./nodes.js";
import type { Place } from "./model.js";
import { type Bi, lineOf, orNone, points, poolPlace, say, schemePlace } from "./report.js";

const HEADER_FIELDS = ["title", "office", "year", "docNumber", "version", "description", "source"];

/** Top-level fields compared here or in nodes.ts, or derived (evaluation order, cross-unit), or
 *  compared where they are read (dimensions: with each list input's elements, inputs.ts). */
const KNOWN = new Set([
  "irVersion", "kaoheVersion", "file", "meta", "pools", "nodes", "facts", "vetoes", "constraints", "grades", "rating", "unitKinds",
  "units", "forms", "combine", "naPolicy", "rounding", "rankings", "target", "evaluationOrder", "crossUnit", "span", "figures",
  "dimensions",
]);

export function compareScheme(cx: NodeContext): void {
  const { a, b, report } = cx;
  const here = { old: schemePlace(a), new: schemePlace(b) };
  for (const f of HEADER_FIELDS) {
    const o = (a.meta as unknown as Record<string, string | null>)[f] ?? null;
    const n = (b.meta as unknown as Record<string, string | null>)[f] ?? null;
    if (o !== n)
      report.add("scheme", "header", here, { from: o, to: n }, { field: say(`diff.field.${f}`), from: orNone(o), to: orNone(n) });
  }
  comparePools(cx);
  compareInputs(a, b, a.facts, b.facts, report, (side, i) => {
    const ir = side === "old" ? a : b;
    return schemePlace(ir, i?.span);
  });
  compareFigures(cx);
  compareVetoes(cx);
  compareConstraints(cx);
  comparePolicies(cx);
  compareRating(cx);
  compareUnknown(a, b, KNOWN, report, here, a.meta.title);
}

export function fullMarks(ir: SchemeIR): string | null {
  const base = ir.pools.filter((p) => p.kind === "base");
  if (base.some((p) => p.max === null)) return null;
  // The base pools' greatest totals: their points, or for an implicit pool its members' sum.
  let n = 0n;
  let scale = 0;
  const parts = base.map((p) => p.points ?? p.max!);
  for (const d of parts) scale = Math.max(scale, (d.split(".")[1] ?? "").length);
  for (const d of parts) {
    const [i, f = ""] = d.split(".");
    n += BigInt(i! + f.padEnd(scale, "0"));
  }
  const s = n.toString().padStart(scale + 1, "0");
  const whole = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/\.?0+$/, "");
  return whole;
}

function comparePools(cx: NodeContext): void {
  const { a, b, report } = cx;
  const toNew = new Map([...cx.poolToOld].map(([n, o]) => [o, n]));
  for (const p of a.pools)
    if (!toNew.has(p.id))
      report.add("pool", "removed", { old: poolPlace(p), new: null }, { from: p.id, to: null }, { title: p.title, points: points(p.points) });
  for (const q of b.pools) {
    const oldId = cx.poolToOld.get(q.id);
    if (oldId === undefined) {
      report.add("pool", "added", { old: null, new: poolPlace(q) }, { from: null, to: q.id }, {
        title: q.title,
        points: points(q.points),
        kind: say(`diff.pool-kind.${q.kind}`),
      });
      continue;
    }
    const p = a.pools.find((x) => x.id === oldId)!;
    const at = { old: poolPlace(p), new: poolPlace(q) };
    const title = q.title;
    if (p.title !== q.title) report.add("pool", "renamed", at, { from: p.title, to: q.title }, { from: p.title, to: q.title });
    if (p.kind !== q.kind)
      report.add("pool", "kind", at, { from: p.kind, to: q.kind }, {
        title,
        from: say(`diff.pool-kind.${p.kind}`),
        to: say(`diff.pool-kind.${q.kind}`),
      });
    if (p.points !== q.points)
      report.add("pool", "points", at, { from: p.points, to: q.points }, { title, from: points(p.points), to: points(q.points) });
    if (p.star !== q.star) report.add("pool", q.star ? "star-added" : "star-removed", at, { from: p.star, to: q.star }, { title });
    if (!sameSet(p.appliesTo ?? ["*"], q.appliesTo ?? ["*"]))
      report.add("pool", "applies-to", at, { from: p.appliesTo, to: q.appliesTo }, {
        title,
        from: p.appliesTo?.join("、") ?? say("diff.word.every-kind"),
        to: q.appliesTo?.join("、") ?? say("diff.word.every-kind"),
      });
    compareUnknown(p, q, POOL_KNOWN, report, at, title);
  }
  const from = fullMarks(a);
  const to = fullMarks(b);
  if (from !== to)
    report.add("scheme", "full-marks", { old: schemePlace(a), new: schemePlace(b) }, { from, to }, {
      from: points(from),
      to: points(to),
    });
}

const POOL_KNOWN = new Set(["id", "title", "kind", "points", "star", "appliesTo", "members", "max", "min", "span"]);

// ---------------------------------------------------------------- vetoes

function vetoPlace(ir: SchemeIR, v: Veto): Place {
  const node = v.declaredIn === null ? null : ir.nodes.find((n) => n.id === v.declaredIn);
  return { anchor: node ? `node:${node.id}` : "scheme", id: node?.id ?? null, path: node?.path ?? [], line: lineOf(v.span) };
}

function targetWords(ir: SchemeIR, v: Veto): Bi {
  const t = v.target;
  if (t.k === "total") return say("diff.veto-target.total");
  if (t.k === "disqualify" || t.k === "not-scored") return say(`diff.veto-target.${t.k}`);
  if (t.k === "total-cap" || t.k === "total-set") return say(`diff.veto-target.${t.k}`, { cap: t.value });
  if (t.k === "rating") return say("diff.veto-target.rating", { label: t.label });
  const title = ir.nodes.find((n) => n.id === t.id)?.title ?? t.id;
  return say(`diff.veto-target.${t.k}`, { title });
}

function compareVetoes(cx: NodeContext): void {
  const { a, b, report } = cx;
  const toOld = toOldNames(cx);
  const meaning = (v: Veto, mapped: boolean) => {
    const target = "id" in v.target ? { k: v.target.k, item: v.target.id } : v.target;
    return canonical(mapped ? toOld({ cond: v.cond, target }) : { cond: v.cond, target });
  };
  const olds = [...a.vetoes];
  const news = [...b.vetoes];
  // The same veto (condition and target) in both: its words may have changed.
  for (const v of [...olds]) {
    const w = news.find((x) => meaning(x, true) === meaning(v, false));
    if (!w) continue;
    olds.splice(olds.indexOf(v), 1);
    news.splice(news.indexOf(w), 1);
    if (v.label !== w.label)
      report.add("veto", "label", { old: vetoPlace(a, v), new: vetoPlace(b, w) }, { from: v.label, to: w.label }, { from: v.label, to: w.label });
  }
  // The same label, another condition or target: the veto rewritten.
  for (const v of [...olds]) {
    const w = news.find((x) => x.label === v.label);
    if (!w) continue;
    olds.splice(olds.indexOf(v), 1);
    news.splice(news.indexOf(w), 1);
    report.add("veto", "changed", { old: vetoPlace(a, v), new: vetoPlace(b, w) }, { from: oneLine(v.text), to: oneLine(w.text) }, {
      label: w.label,
      from: oneLine(v.text),
      to: oneLine(w.text),
    });
  }
  for (const v of olds)
    report.add("veto", "removed", { old: vetoPlace(a, v), new: null }, { from: oneLine(v.text), to: null }, {
      label: v.label,
      target: targetWords(a, v),
    });
  for (const w of news)
    report.add("veto", "added", { old: null, new: vetoPlace(b, w) }, { from: null, to: oneLine(w.text) }, {
      label: w.label,
      target: targetWords(b, w),
      rule: oneLine(w.text),
    });
}

// ---------------------------------------------------------------- policies and declarations

export function roundingWords(r: Rounding | null): Bi {
  if (r === null) return say("diff.word.not-declared");
  return say("diff.word.rounding", { digits: r.digits, mode: say(`explain.mode.${r.mode}`), stage: say(`diff.stage.${r.stage}`) });
}

function targetWords2(ir: SchemeIR, t: Target | null): Bi {
  if (t === null) return say("diff.word.not-declared");
  const pool = t.pool === null ? say("explain.total-word") : (ir.pools.find((p) => p.id === t.pool)?.title ?? t.pool);
  return say("diff.word.target", { column: t.column, pool });
}

function comparePolicies(cx: NodeContext): void {
  const { a, b, report } = cx;
  const here = { old: schemePlace(a), new: schemePlace(b) };
  const policy = (what: string, from: unknown, to: unknown, words: (ir: SchemeIR, v: never) => Bi | string) => {
    if (canonical(from) === canonical(toOldNames(cx)(to))) return;
    report.add("policy", what, here, { from, to }, { from: words(a, from as never), to: words(b, to as never) });
  };
  policy("na", a.naPolicy, b.naPolicy, (_ir, v: SchemeIR["naPolicy"]) =>
    v === null ? say("diff.word.not-declared") : say(`diff.na.${v}`),
  );
  policy("rounding", a.rounding, b.rounding, (_ir, v: Rounding | null) => roundingWords(v));
  compareRankings(cx);
  policy("target", a.target, b.target, (ir, v: Target | null) => targetWords2(ir, v));
  policy("combine", a.combine, b.combine, (_ir, v: SchemeIR["combine"]) =>
    v === null ? say("diff.word.not-declared") : say("diff.word.mean"),
  );
  // The grade scale: levels by label.
  const grades = (ir: SchemeIR) => new Map((ir.grades ?? []).map((g) => [g.label, g.share]));
  if (canonical(a.grades === null ? null : [...grades(a)].sort()) !== canonical(b.grades === null ? null : [...grades(b)].sort())) {
    const share = (s: string) => `${Number(s) * 100}%`;
    const words = (ir: SchemeIR) =>
      ir.grades === null ? say("diff.word.not-declared") : ir.grades.map((g) => `${g.label} ${share(g.share)}`).join("、");
    report.add("policy", "grades", here, { from: a.grades, to: b.grades }, { from: words(a), to: words(b) });
  }
  // Unit kinds, by id.
  for (const k of a.unitKinds)
    if (!b.unitKinds.some((x) => x.id === k.id)) report.add("policy", "kind-removed", here, { from: k.id, to: null }, { title: k.title });
  for (const k of b.unitKinds) {
    const o = a.unitKinds.find((x) => x.id === k.id);
    if (!o) report.add("policy", "kind-added", here, { from: null, to: k.id }, { title: k.title });
    else if (o.open !== k.open)
      report.add("policy", k.open ? "kind-opened" : "kind-closed", here, { from: o.open, to: k.open }, { title: k.title });
    else if (o.title !== k.title || !sameSet(o.columns, k.columns))
      report.add("policy", "kind-changed", here, { from: o, to: k }, {
        title: k.title,
        from: `${o.title}（${o.columns.join("、") || "—"}）`,
        to: `${k.title}（${k.columns.join("、") || "—"}）`,
      });
  }
  // Units, by name.
  const values = (v: Record<string, string>) => Object.entries(v).sort().map(([c, x]) => `${c} ${x}`).join("、") || "—";
  for (const u of a.units)
    if (!b.units.some((x) => x.name === u.name)) report.add("policy", "unit-removed", here, { from: u.name, to: null }, { name: u.name });
  for (const u of b.units) {
    const o = a.units.find((x) => x.name === u.name);
    if (!o) report.add("policy", "unit-added", here, { from: null, to: u.name }, { name: u.name, kind: u.kind });
    else if (o.kind !== u.kind || canonical(o.values) !== canonical(u.values))
      report.add("policy", "unit-changed", here, { from: o, to: u }, {
        name: u.name,
        from: `${o.kind}：${values(o.values)}`,
        to: `${u.kind}：${values(u.values)}`,
      });
  }
  // Forms, by id.
  for (const f of a.forms)
    if (!b.forms.some((x) => x.id === f.id)) report.add("policy", "form-removed", here, { from: f.id, to: null }, { title: f.title });
  for (const f of b.forms) {
    const o = a.forms.find((x) => x.id === f.id);
    if (!o) report.add("policy", "form-added", here, { from: null, to: f.id }, { title: f.title });
    else if (o.title !== f.title) report.add("policy", "form-renamed", here, { from: o.title, to: f.title }, { from: o.title, to: f.title });
  }
}
