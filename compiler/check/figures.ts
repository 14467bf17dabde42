// Named figures (`量 综合投资率 = 投资完成率 × 难度系数`): declared once at the top level, read by
// name wherever an input may be. Each is typed on first use (so the order of declaration does not
// matter), a figure that reads itself through others is a cycle (E209), a figure must be a number
// (E314), its name may not be that of an input or a column (E202), and one nobody reads is W704.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { note } from "./context.js";
import { type Typed, typeExpr } from "./expr.js";
import { ERROR, isNumeric, type Kind, kindArg } from "./kinds.js";
import type { FigureInfo, Model } from "./model.js";
import { NameTable } from "./names.js";

const FAILED: Typed = { kind: ERROR, ir: { k: "const", value: "0" }, integral: false };

/** Collects the figures (E202 for a second one of a name, or one named like an input or column). */
export function buildFigures(decls: A.FigureDecl[], m: Model): void {
  const table = new NameTable<FigureInfo>(m.ctx, "@what.figure");
  for (const decl of decls) {
    const name = decl.name.text;
    const clash = m.facts.get(name)?.decl.name.span ?? m.columns.get(name)?.span;
    const itemInput = m.items.find((it) => it.inputs.has(name));
    const other = clash ?? itemInput?.inputs.get(name)!.decl.name.span;
    if (other) {
      m.ctx.error(
        "E202",
        decl.name.span,
        { name },
        { variant: "figure-clash", related: [note("note.first-declared", other, { name })] },
      );
      continue;
    }
    table.add(name, decl.name.span, { name, decl, typed: null, typing: false, used: false });
  }
  m.figures = table.map();
}

/** Types every figure not yet typed by a rule that reads it; the IR order follows. */
export function typeFigures(m: Model): void {
  for (const fig of m.figures.values()) if (!fig.typed) typeFigure(fig, m);
}

function typeFigure(fig: FigureInfo, m: Model): Typed {
  fig.typing = true;
  m.figureStack.push(fig.name);
  // Typed on first use, maybe from inside an item: its problems are the figure's, not the item's.
  const typed = m.ctx.within(null, () => typeExpr(fig.decl.expr, { m, item: null, node: null }));
  m.figureStack.pop();
  fig.typing = false;
  if (typed.kind.k !== "error" && !isNumeric(typed.kind)) {
    m.ctx.within(null, () => m.ctx.error("E314", fig.decl.expr.span, { name: fig.name, kind: kindArg(typed.kind) }));
    fig.typed = FAILED;
  } else fig.typed = typed;
  m.figureOrder.push(fig.name);
  return fig.typed;
}

/** A figure read by name in a rule, a condition or another figure. */
export function useFigure(fig: FigureInfo, ref: A.Name, m: Model): Typed {
  fig.used = true;
  if (fig.typing) {
    const from = m.figureStack.indexOf(fig.name);
    const cycle = [...m.figureStack.slice(from), fig.name].map((n) => `“${n}”`).join(" → ");
    m.ctx.within(null, () => m.ctx.error("E209", ref.span, { name: fig.name, cycle }));
    return FAILED;
  }
  const typed = fig.typed ?? typeFigure(fig, m);
  if (typed.kind.k === "error") return FAILED;
  return { kind: typed.kind, ir: { k: "figure", name: fig.name }, integral: typed.integral };
}

/** W704: a figure that no rule, condition, figure or ranking reads. */
export function checkUnusedFigures(m: Model): void {
  for (const fig of m.figures.values())
    if (!fig.used) m.ctx.warning("W704", fig.decl.name.span, { name: fig.name });
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

/** The figures in an order where each comes after those it reads. */
export function lowerFigures(m: Model): IR.Figure[] {
  return m.figureOrder.map((name) => {
    const fig = m.figures.get(name)!;
    return {
      name,
      title: fig.decl.title?.text ?? name,
      ...shownAs(fig.typed!.kind),
      expr: fig.typed!.ir,
      text: m.ctx.slice(fig.decl.expr.span),
      span: fig.decl.span,
    };
  });
}
