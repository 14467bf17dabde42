// Input declarations (`输入 名称 类型 …`): their type, bounds and kind, and the malformed ones
// (E310: empty option list, 满分 on what is not a score, bounds on a yes/no …).
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { intersect, writtenKinds } from "./applies.js";
import { inputDimension } from "./lists.js";
import { type CheckContext, note } from "./context.js";
import type { Interval } from "./interval.js";
import { BOOL, COUNT, compareProblem, type Kind, NUMBER, RANK, RATE, reportKind, SCORE } from "./kinds.js";
import type { InputInfo, Model } from "./model.js";
import { NameTable } from "./names.js";
import { asWritten, digitsOf, nodePoints, quantityValue } from "./quantity.js";
import { HUNDRED, ONE, Rational, ZERO } from "./rational.js";

const NUMERIC_TYPES = new Set(["count", "rate", "number", "amount", "rank", "score"]);

function distinctNames(names: A.Name[], what: string, ctx: CheckContext): string[] {
  const table = new NameTable<null>(ctx, what);
  for (const n of names) table.add(n.text, n.span, null);
  return table.names();
}

function irType(d: A.InputDecl, m: Model): IR.InputType {
  const { ctx } = m;
  const t = d.type;
  switch (t.kind) {
    case "amount":
      return { kind: "amount", unit: t.unit.text };
    case "option":
    case "checklist": {
      const names = t.kind === "option" ? t.options : t.elements;
      if (names.length === 0) ctx.error("E310", d.typeSpan, { input: d.name.text }, { variant: `empty-${t.kind}` });
      const list = distinctNames(names, t.kind === "option" ? "@what.option" : "@what.element", ctx);
      return t.kind === "option" ? { kind: "option", options: list } : { kind: "checklist", elements: list };
    }
    case "grade":
      if (!m.grades) ctx.error("E303", d.typeSpan, { input: d.name.text }, { variant: "no-scale" });
      return { kind: "grade", levels: (m.grades ?? []).map((g) => g.label) };
    case "rank":
      return { kind: "rank", of: d.of ? Number(digitsOf(d.of).toDec()) : null };
    case "score": {
      // without 满分 a score is unbounded (I8): the item's budget shows it
      const full = d.fullMarks ? nodePoints(d.fullMarks, null, "", ctx, false) : null;
      return { kind: "score", fullMarks: full?.toDec() ?? null };
    }
    default:
      return { kind: t.kind };
  }
}

function kindOf(type: IR.InputType): Kind {
  switch (type.kind) {
    case "bool":
      return BOOL;
    case "count":
      return COUNT;
    case "rate":
      return RATE;
    case "number":
      return NUMBER;
    case "amount":
      return { k: "amount", unit: type.unit };
    case "option":
      return { k: "option", options: type.options };
    case "grade":
      return { k: "grade", levels: type.levels };
    case "rank":
      return RANK;
    case "score":
      return SCORE;
    case "checklist":
      return { k: "checklist" };
    case "text":
      return { k: "text" };
    case "evidence":
      return { k: "evidence" };
  }
}

/** A written bound (最高 / 最低) as submitted (rates in percent), checked against the input's kind. */
function bound(q: A.Quantity | null, d: A.InputDecl, kind: Kind, ctx: CheckContext): Rational | null {
  if (!q) return null;
  const problem = compareProblem(kind, quantityValue(q).kind);
  if (problem) {
    reportKind(ctx, problem, q.span, { value: q.digits });
    return null;
  }
  const value = digitsOf(q);
  if ((kind.k === "count" || kind.k === "rank") && !value.isInteger())
    ctx.error("E310", q.span, { input: d.name.text, written: asWritten(q) }, { variant: "whole" });
  return value;
}

/** The bounds a submitted value must keep: written, else those the type sets. */
function defaultBounds(type: IR.InputType): { min: Rational | null; max: Rational | null } {
  switch (type.kind) {
    case "count":
    case "number":
    case "amount":
      return { min: ZERO, max: null };
    case "rate":
      return { min: ZERO, max: HUNDRED };
    case "rank":
      return { min: ONE, max: type.of === null ? null : Rational.int(type.of) };
    case "score":
      return { min: ZERO, max: type.fullMarks === null ? null : Rational.parse(type.fullMarks) };
    default:
      return { min: null, max: null };
  }
}

function checkOptions(d: A.InputDecl, ctx: CheckContext): void {
  const t = d.type.kind;
  const misplaced: Array<[A.Quantity | null, boolean, string]> = [
    [d.fullMarks, t === "score", "full-marks-not-score"],
    [d.of, t === "rank", "of-not-rank"],
    [d.max, NUMERIC_TYPES.has(t), "bounds-not-numeric"],
    [d.min, NUMERIC_TYPES.has(t), "bounds-not-numeric"],
  ];
  for (const [q, allowed, variant] of misplaced)
    if (q && !allowed) ctx.error("E310", q.span, { input: d.name.text, written: asWritten(q) }, { variant });
  if (d.of && t === "rank" && (!digitsOf(d.of).isInteger() || digitsOf(d.of).lt(ONE)))
    ctx.error("E310", d.of.span, { input: d.name.text, written: asWritten(d.of) }, { variant: "whole" });
}

export function buildInput(d: A.InputDecl, owner: string | null, m: Model): InputInfo {
  const { ctx } = m;
  checkOptions(d, ctx);
  const type = irType(d, m);
  const kind = kindOf(type);
  const numeric = NUMERIC_TYPES.has(type.kind);
  const written = {
    min: numeric ? bound(d.min, d, kind, ctx) : null,
    max: numeric ? bound(d.max, d, kind, ctx) : null,
  };
  const defaults = defaultBounds(type);
  const min = written.min ?? defaults.min;
  const max = written.max ?? defaults.max;
  if (min && max && min.gt(max))
    ctx.error(
      "E310",
      d.max?.span ?? d.span,
      { input: d.name.text, min: min.toDec(), max: max.toDec() },
      { variant: "min-above-max" },
    );
  const scale = (r: Rational | null): Rational | null => (r && type.kind === "rate" ? r.div(HUNDRED) : r);
  const range: Interval = { lo: scale(min), hi: scale(max) };
  const appliesTo = inputKinds(d, owner, m);
  const dimension = inputDimension(d, type, m);
  return { name: d.name.text, owner, decl: d, type, kind, min, max, range, dimension, used: false, appliesTo };
}

/** An input's `适用` ∩ its item's kinds; null when that leaves every kind the item applies to.
 *  E606 when it leaves none. */
function inputKinds(d: A.InputDecl, owner: string | null, m: Model): string[] | null {
  const written = writtenKinds(d.appliesTo, m);
  if (written === null) return null;
  const node = owner === null ? undefined : m.nodesById.get(owner);
  const base = node?.appliesTo ?? null;
  const kinds = intersect(written, base);
  if (kinds?.length === 0) {
    const related = node?.decl.appliesTo
      ? [note("note.applies-here", node.decl.appliesTo.span, { kinds: node.appliesTo?.join("、") ?? "" })]
      : [];
    m.ctx.error("E606", d.appliesTo!.span, { name: d.name.text }, { variant: "input", related });
    return null;
  }
  const every = base ?? m.unitKinds.map((k) => k.id);
  return kinds !== null && every.every((k) => kinds.includes(k)) ? null : kinds;
}

/** The inputs of one item (or the unit facts), each name once. */
export function buildInputs(decls: A.InputDecl[], owner: string | null, m: Model): Map<string, InputInfo> {
  const table = new NameTable<InputInfo>(m.ctx, "@what.input");
  for (const d of decls) {
    const fact = owner !== null ? m.facts.get(d.name.text) : undefined;
    if (fact) {
      const first = note("note.first-declared", fact.decl.name.span, { name: fact.name });
      m.ctx.error("E202", d.name.span, { name: d.name.text }, { variant: "shadows-fact", related: [first] });
      continue;
    }
    table.add(d.name.text, d.name.span, buildInput(d, owner, m));
  }
  return table.map();
}

export function irInput(info: InputInfo, m: Model): IR.Input {
  const d = info.decl;
  const collectedOnly = !info.used;
  return {
    name: info.name,
    title: d.description?.text ?? info.name,
    type: info.type,
    required: !d.optional,
    min: info.min?.toDec() ?? null,
    max: info.max?.toDec() ?? null,
    collectedOnly,
    list:
      info.dimension === null
        ? null
        : { dimension: info.dimension, elements: m.dimensions.get(info.dimension)?.elements ?? null },
    appliesTo: info.appliesTo,
    span: d.span,
  };
}
