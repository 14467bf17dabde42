// Scheme-level declarations: the grade scale (E603), units and their per-unit columns (E206,
// E305, E605), forms and how they combine (E604), rounding and target (rankings: rankings.ts).
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { note } from "./context.js";
import { type Kind, kindArg } from "./kinds.js";
import type { ColumnInfo, Model } from "./model.js";
import { NameTable, once } from "./names.js";
import { asWritten, digitsOf, quantityValue } from "./quantity.js";
import { HUNDRED, Rational, ZERO } from "./rational.js";
import { intoPool } from "./structure.js";
import { suggest } from "./suggest.js";

/** `等次 { A: 100% … }` (R10): labels once each, shares written as % between 0% and 100%. */
export function buildGrades(decls: A.GradesDecl[], m: Model): void {
  const decl = once(m.ctx, decls, "@what.grades");
  if (!decl) return;
  if (decl.levels.length === 0) m.ctx.error("E603", decl.span, {}, { variant: "empty" });
  const labels = new NameTable<null>(m.ctx, "@what.grade");
  m.grades = [];
  for (const level of decl.levels) {
    if (!labels.add(level.label.text, level.label.span, null)) continue;
    const share = level.share;
    if (share.unit !== "%") {
      m.ctx.error(
        "E603",
        share.span,
        { label: level.label.text, written: asWritten(share) },
        { variant: "share-unit" },
      );
      continue;
    }
    const value = digitsOf(share);
    if (value.lt(ZERO) || value.gt(HUNDRED)) {
      m.ctx.error(
        "E603",
        share.span,
        { label: level.label.text, written: asWritten(share) },
        { variant: "share-range" },
      );
      continue;
    }
    m.grades.push({ label: level.label.text, share: value.div(HUNDRED) });
  }
}

/** The kind of a column from the units its values are written with; mixed units are reported. */
function columnKind(name: string, values: A.Quantity[], m: Model): Kind {
  const first = values[0];
  if (!first) return { k: "scalar" };
  const kind = quantityValue(first).kind;
  for (const q of values) {
    const other = quantityValue(q).kind;
    if (kindArg(other) !== kindArg(kind)) {
      m.ctx.error(
        "E305",
        q.span,
        { column: name, left: asWritten(first), right: asWritten(q) },
        {
          variant: "column",
          related: [note("note.first-value", first.span, { written: asWritten(first) })],
        },
      );
      return { k: "error" };
    }
  }
  return kind;
}

/** `单位 县区 "…" 目标分数 { 通川区 150 … }` (S6, R16): unit kinds, units and per-unit columns. */
export function buildUnits(decls: A.UnitsDecl[], m: Model): void {
  const kinds = new NameTable<null>(m.ctx, "@what.unit-kind");
  const units = new NameTable<null>(m.ctx, "@what.unit");
  const columnValues = new Map<
    string,
    { span: A.Span; quantities: Array<{ kind: string; q: A.Quantity }>; kinds: string[] }
  >();
  for (const d of decls) {
    if (!kinds.add(d.unitKind.text, d.unitKind.span, null)) continue;
    const columns = new NameTable<null>(m.ctx, "@what.column");
    for (const c of d.columns) columns.add(c.text, c.span, null);
    const names = d.columns.map((c) => c.text);
    m.unitKinds.push({ id: d.unitKind.text, title: d.title?.text ?? d.unitKind.text, columns: columns.names(), open: d.open });
    for (const c of d.columns) {
      const entry = columnValues.get(c.text) ?? { span: c.span, quantities: [], kinds: [] };
      if (!entry.kinds.includes(d.unitKind.text)) entry.kinds.push(d.unitKind.text);
      columnValues.set(c.text, entry);
    }
    if (d.open && d.columns.length > 0)
      m.ctx.error("E605", d.columns[0]!.span, { kind: d.unitKind.text }, { variant: "open-columns" });
    for (const row of d.rows) {
      if (!units.add(row.name.text, row.name.span, null)) continue;
      if (row.values.length !== names.length)
        m.ctx.error(
          "E605",
          row.span,
          { unit: row.name.text, count: row.values.length, columns: names.length },
          { variant: "row-values" },
        );
      const values: Record<string, IR.Dec> = {};
      row.values.forEach((q, i) => {
        const column = names[i];
        if (column === undefined) return;
        if (q === null) {
          // `/`: not set for this unit (a target it then submits; no rule may read it)
          m.unsetCells.push({ column, unit: row.name.text, kind: d.unitKind.text });
          return;
        }
        columnValues.get(column)!.quantities.push({ kind: d.unitKind.text, q });
        values[column] = quantityValue(q).value.toDec();
      });
      m.units.push({ name: row.name.text, kind: d.unitKind.text, values });
    }
  }
  for (const [name, entry] of columnValues) {
    const column: ColumnInfo = {
      name,
      kind: columnKind(
        name,
        entry.quantities.map((v) => v.q),
        m,
      ),
      values: entry.quantities.map((v) => ({ kind: v.kind, value: quantityValue(v.q).value })),
      unitKinds: entry.kinds,
      span: entry.span,
    };
    m.columns.set(name, column);
  }
}

/** A column named outside a rule (`目标 目标分数`) must exist for every unit kind in `kinds` (E206). */
function checkColumnFor(name: A.Name, kinds: string[], m: Model): void {
  const column = m.columns.get(name.text);
  if (!column) {
    m.ctx.error(
      "E206",
      name.span,
      { name: name.text },
      { variant: "column", suggestions: suggest(name.text, m.columns.keys()) },
    );
    return;
  }
  const missing = kinds.filter((k) => !column.unitKinds.includes(k));
  if (missing.length > 0)
    m.ctx.error("E206", name.span, { name: name.text, kinds: missing.join("、") }, { variant: "not-every-kind" });
}

/** `表 …` and `合成 平均` (R15): forms need a way to combine them, and a combination needs forms. */
export function buildForms(forms: A.FormDecl[], combines: A.CombineDecl[], m: Model): void {
  const table = new NameTable<null>(m.ctx, "@what.form");
  for (const f of forms)
    if (table.add(f.name.text, f.name.span, null))
      m.forms.push({ id: f.name.text, title: f.title?.text ?? f.name.text });
  m.combine = once(m.ctx, combines, "@what.combine");
  const first = forms[0];
  if (first && !m.combine) m.ctx.error("E604", first.span, { form: first.name.text, count: forms.length });
  if (m.combine && forms.length === 0) m.ctx.error("E604", m.combine.span, {}, { variant: "no-forms" });
  if (m.combine) m.divisions.push(m.combine.span);
}

/** `舍入 2位 四舍五入 于 指标`: a whole number of digits; mode and stage default to half-up and item. */
export function lowerRounding(m: Model): IR.Rounding | null {
  const d = m.rounding;
  if (!d) return null;
  const digits = digitsOf(d.digits);
  const ok = (d.digits.unit === null || d.digits.unit === "位") && digits.isInteger() && !digits.gt(Rational.int(12));
  if (!ok) m.ctx.error("E605", d.digits.span, { written: asWritten(d.digits) }, { variant: "rounding-digits" });
  return { digits: Number(digits.floor().toDec()), mode: d.mode ?? "half-up", stage: d.stage ?? "item" };
}

/** `目标 目标分数 [计入 P]` (R16): the column is needed by every unit that has the pool (or the total). */
export function lowerTarget(m: Model): IR.Target | null {
  const d = m.target;
  if (!d) return null;
  const pool = d.pool ? intoPool({ star: false, pool: d.pool }, d.span, m) : null;
  // An open kind (`{ 其余 }`) has no per-unit values: its units have no target and no completion.
  const closed = (pool?.appliesTo ?? m.unitKinds.map((k) => k.id)).filter((k) => !m.unitKinds.find((u) => u.id === k)?.open);
  checkColumnFor(d.column, closed, m);
  return { column: d.column.text, pool: pool?.id ?? null };
}
