// Vetoes (R13, `否决 若 c 则 …`): the condition is yes/no over the inputs in scope where the veto
// is written, and the target exists (E207): 本项 (the item or section it is written in), a named
// section or item, 总分 (zeroed; `总分 最高 59分`: capped, W706 when no total can reach the cap;
// `总分 为 59分`: set to 59 whatever the unit scored, E406 above every total a unit can score),
// 不计分 (the unit has no total; its condition reads no score, E612: it is settled before the items),
// 取消评优 (of the unit; `本项 取消评优` or `<node> 取消评优`: of the unit for that node, which keeps
// its score). A veto on a section or item zeroes its score in its own pool: what its items put
// into other pools (★, 计入) stands.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { walkExpr } from "./cases.js";
import { typeCondition } from "./expr.js";
import type { Model, NodeInfo, VetoInfo } from "./model.js";
import { clausePoints } from "./quantity.js";
import { Rational, ZERO } from "./rational.js";
import { suggest } from "./suggest.js";

/** The node and the nodes below it whose scores make up its own-pool score. */
function ownPoolPart(node: NodeInfo): NodeInfo[] {
  if (node.kind === "item") return [node];
  return [node, ...node.children.filter((c) => c.pool === node.pool).flatMap(ownPoolPart)];
}

function resolveTarget(
  d: A.VetoDecl,
  where: NodeInfo | null,
  m: Model,
): { target: IR.Veto["target"]; node: NodeInfo | null } | null {
  const t = d.target;
  switch (t.kind) {
    case "total": {
      const written = t.atMost ?? t.setTo;
      if (written === null) return { target: { k: "total" }, node: null };
      const value = clausePoints(written, m.ctx);
      if (value === null) return null;
      return { target: { k: t.setTo !== null ? "total-set" : "total-cap", value: value.toDec() }, node: null };
    }
    case "disqualify":
      return { target: { k: "disqualify" }, node: null };
    case "not-scored":
      return { target: { k: "not-scored" }, node: null };
    case "rating": {
      const labels = m.rating?.levels.map((l) => l.label) ?? [];
      if (!labels.includes(t.label.text)) {
        const args = { label: t.label.text, labels: labels.join("、") };
        m.ctx.error("E207", t.label.span, args, { variant: m.rating ? "rating-label" : "no-rating", suggestions: suggest(t.label.text, labels) });
        return null;
      }
      return { target: { k: "rating", label: t.label.text }, node: null };
    }
    case "this-item":
      if (!where) {
        m.ctx.error("E207", t.span, {}, { variant: t.disqualify ? "this-disqualify-at-top" : "this-at-top" });
        return null;
      }
      return nodeTarget(where, t.disqualify);
    case "named": {
      const node = m.nodesById.get(t.name.text);
      if (!node) {
        const names = m.nodes.map((n) => n.id).filter((id) => !/^\d/.test(id));
        m.ctx.error("E207", t.name.span, { name: t.name.text }, { suggestions: suggest(t.name.text, names) });
        return null;
      }
      return nodeTarget(node, t.disqualify);
    }
  }
}

/** A veto on a node zeroes it, or (取消评优) leaves it and disqualifies the unit for it. */
function nodeTarget(node: NodeInfo, disqualify: boolean): { target: IR.Veto["target"]; node: NodeInfo | null } {
  return disqualify
    ? { target: { k: "disqualify-node", id: node.id }, node: null }
    : { target: { k: node.kind, id: node.id }, node };
}

export function checkVeto(d: A.VetoDecl, where: NodeInfo | null, m: Model): VetoInfo {
  const item = where?.kind === "item" ? where : null;
  const cond = typeCondition(d.cond, { m, item, node: where });
  const resolved = resolveTarget(d, where, m);
  const info: VetoInfo = { decl: d, declaredIn: where, target: resolved?.target ?? null, cond };
  // Who is not scored is settled before any item is, so that the others are compared without them.
  if (resolved?.target.k === "not-scored" && cond !== null && readsScore(cond)) m.ctx.error("E612", d.cond.span, {});
  if (resolved?.node) for (const n of ownPoolPart(resolved.node)) n.vetoedBy.push(info);
  return info;
}

function readsScore(e: IR.Expr): boolean {
  let found = false;
  walkExpr(e, (x) => {
    if (x.k === "item-score") found = true;
  });
  return found;
}

export function lowerVetoes(m: Model): IR.Veto[] {
  const ordered = [...m.vetoes].sort((a, b) => a.decl.span.start.offset - b.decl.span.start.offset);
  return ordered.map((v, i) => ({
    id: `veto#${i + 1}`,
    cond: v.cond ?? { k: "const", value: "0" },
    target: v.target ?? { k: "total" },
    label: v.decl.label?.text ?? m.ctx.slice(v.decl.cond.span),
    text: m.ctx.slice(v.decl.span),
    declaredIn: v.declaredIn?.id ?? null,
    span: v.decl.span,
  }));
}

/** The figures of the total vetoes against the greatest total any unit can score: W706, `总分
 *  最高 q` where no total can exceed q (the cap never changes a score); E406, `总分 为 q` above
 *  every total (a vetoed unit would score more than any other could). Run after the pool budgets,
 *  which prove each pool's greatest score. */
export function checkTotalVetoes(m: Model): void {
  let greatest: Rational | null = ZERO;
  for (const p of m.pools) greatest = greatest === null || p.range?.hi == null ? null : greatest.add(p.range.hi);
  if (greatest === null) return;
  const max = greatest.toDec();
  for (const v of m.vetoes) {
    const written = v.decl.target;
    const t = v.target;
    if ((t?.k !== "total-cap" && t?.k !== "total-set") || written.kind !== "total") continue;
    const value = Rational.parse(t.value)!; // written by resolveTarget from a Rational
    const report =
      t.k === "total-cap"
        ? value.lt(greatest)
          ? null
          : () => m.ctx.warning("W706", written.span, { cap: value.toDec(), max })
        : value.gt(greatest)
          ? () => m.ctx.error("E406", written.span, { value: value.toDec(), max })
          : null;
    if (report !== null) m.ctx.within(v.declaredIn?.kind === "item" ? v.declaredIn.title : null, report);
  }
}
