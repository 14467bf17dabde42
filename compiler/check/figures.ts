// Named figures (`量 综合投资率 = 投资额 ÷ 目标额 × 难度系数`): typed once, in the order written, in
// the scope they are written in (an item: its inputs, the unit facts and the figures before it;
// the top level: the facts, the unit columns and the figures before it). A use reads the figure's
// kind and is lowered to an IR `figure` node that carries the figure's expression, so that every
// consumer of the IR sees what it computes and the scorer can name it in its explanations.
// A figure may not take a name already in its scope (E202); one never read is W701.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { type Scope, typeExpr, type Typed } from "./expr.js";
import { isNumeric, type Kind } from "./kinds.js";
import type { FigureInfo, ItemInfo, Model } from "./model.js";

function taken(name: string, item: ItemInfo | null, m: Model): boolean {
  return Boolean(item?.inputs.has(name) || item?.figures.has(name) || m.facts.has(name) || m.columns.has(name) || m.figures.has(name));
}

/** Types the figures of a scope, each seeing those before it. */
export function typeFigures(decls: A.FigureDecl[], item: ItemInfo | null, m: Model): void {
  const into = item ? item.figures : m.figures;
  const scope: Scope = { m, item, node: item };
  for (const d of decls) {
    if (taken(d.name.text, item, m)) {
      m.ctx.error("E202", d.name.span, { name: d.name.text }, { variant: "figure-clash" });
      continue;
    }
    const typed = typeExpr(d.expr, scope);
    into.set(d.name.text, { name: d.name.text, owner: item?.id ?? null, decl: d, typed, used: false });
  }
}

/** The figure a name reads in a scope: the item's own, else the top level's. */
export function lookupFigure(name: string, s: Scope): FigureInfo | undefined {
  return s.item?.figures.get(name) ?? s.m.figures.get(name);
}

export function useFigure(f: FigureInfo): Typed {
  f.used = true;
  const ir: IR.Expr = { k: "figure", name: f.name, item: f.owner, expr: f.typed.ir };
  return { kind: f.typed.kind, ir, integral: f.typed.integral };
}

/** W701 for a figure nothing reads. */
export function checkUnusedFigures(m: Model): void {
  for (const f of [...m.figures.values(), ...m.items.flatMap((i) => [...i.figures.values()])])
    if (!f.used) m.ctx.warning("W701", f.decl.name.span, { name: f.name }, { variant: "figure" });
}

function shownAs(kind: Kind): Pick<IR.Figure, "kind" | "unit"> {
  switch (kind.k) {
    case "rate":
      return { kind: "rate", unit: null };
    case "amount":
      return { kind: "amount", unit: kind.unit };
    case "count":
      return { kind: "count", unit: null };
    case "points":
    case "score":
      return { kind: "points", unit: null };
    default:
      return { kind: "number", unit: null };
  }
}

/** A top-level figure that is a number: one a unit's result lists and a ranking may rank by. */
export function listedFigure(name: string, m: Model): FigureInfo | undefined {
  const f = m.figures.get(name);
  return f && isNumeric(f.typed.kind) ? f : undefined;
}

/** The figures of a scope (the top level's, or an item's) that are numbers, in the order written, for the IR. */
export function lowerFigures(figures: Map<string, FigureInfo>, m: Model): IR.Figure[] {
  return [...figures.values()]
    .filter((f) => isNumeric(f.typed.kind))
    .map((f) => ({
      name: f.name,
      ...shownAs(f.typed.kind),
      expr: f.typed.ir,
      text: m.ctx.slice(f.decl.expr.span),
      span: f.decl.span,
    }));
}
