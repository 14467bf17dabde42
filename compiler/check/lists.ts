// List inputs (`输入 回复率 比率 每 栏目`): the dimensions they have one value per element of
// (`维度 栏目 { 政务公开, 办事服务 }`, or no braces: an open list), which inputs may be lists
// (E310.list-type), and the names of undeclared dimensions (E201.dimension). How a list is read
// (only through 个数 / 合计 / 平均 / 最小 / 最大 and `每 栏目 若 …`, E313) is in expr.ts. A dimension
// no input is a list of is W701.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import type { DimensionInfo, Model } from "./model.js";
import { NameTable } from "./names.js";
import { suggest } from "./suggest.js";

/** The input types a list may hold: yes/no and figures (a rank per month, averaged, too). */
const LIST_TYPES = new Set(["bool", "count", "rate", "number", "amount", "score", "rank"]);

/** `维度 …`: each name once (E202), its elements once each (E202) and at least one when braced (E605). */
export function buildDimensions(decls: A.DimensionDecl[], m: Model): void {
  const table = new NameTable<DimensionInfo>(m.ctx, "@what.dimension");
  for (const d of decls) {
    let elements: string[] | null = null;
    if (d.elements !== null) {
      if (d.elements.length === 0) m.ctx.error("E605", d.span, { name: d.name.text }, { variant: "dimension-empty" });
      const names = new NameTable<null>(m.ctx, "@what.dimension-element");
      for (const e of d.elements) names.add(e.text, e.span, null);
      elements = names.names();
    }
    const info = { id: d.name.text, title: d.title?.text ?? d.name.text, elements, span: d.name.span, used: false };
    table.add(d.name.text, d.name.span, info);
  }
  m.dimensions = table.map();
}

/** The dimension of `输入 x 类型 每 栏目`: declared (E201.dimension), of a type a list may hold (E310). */
export function inputDimension(d: A.InputDecl, type: IR.InputType, m: Model): string | null {
  if (d.per === null) return null;
  const dimension = m.dimensions.get(d.per.text);
  if (!dimension) {
    m.ctx.error(
      "E201",
      d.per.span,
      { name: d.per.text },
      { variant: "dimension", suggestions: suggest(d.per.text, [...m.dimensions.keys()]) },
    );
    return null;
  }
  if (!LIST_TYPES.has(type.kind)) {
    m.ctx.error("E310", d.typeSpan, { input: d.name.text, written: m.ctx.slice(d.typeSpan) }, { variant: "list-type" });
    return null;
  }
  dimension.used = true;
  return dimension.id;
}

/** W701 for a dimension no input has one value per element of (in a scheme without errors: a
 *  misspelt `每 栏木` is E201, and its dimension unused because of it). */
export function checkUnusedDimensions(m: Model): void {
  for (const d of m.dimensions.values())
    if (!d.used) m.ctx.warning("W701", d.span, { name: d.id }, { variant: "dimension" });
}

export function lowerDimensions(m: Model): IR.Dimension[] {
  return [...m.dimensions.values()].map((d) => ({ id: d.id, title: d.title, elements: d.elements }));
}
