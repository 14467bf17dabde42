// Constraints between inputs (`约束`): matched by meaning (the item, the premise and the claim, in
// the old edition's names), so that rewording one, or moving it within its item, says nothing but
// a changed reason; what has no match in the other edition was added or removed.
import type { Constraint, SchemeIR } from "../../compiler/ir.js";
import { oneLine } from "../scorer/emit/text.js";
import { canonical } from "./canonical.js";
import type { Place } from "./model.js";
import { type NodeContext, toOldNames } from "./nodes.js";
import { nodePlace, say, schemePlace } from "./report.js";

function placeOf(ir: SchemeIR, c: Constraint): Place {
  const node = c.item === null ? undefined : ir.nodes.find((n) => n.id === c.item);
  return node ? nodePlace(node, c.span) : schemePlace(ir, c.span);
}

const words = (c: Constraint) => oneLine(c.condition);

export function compareConstraints(cx: NodeContext): void {
  const { a, b, report } = cx;
  const toOld = toOldNames(cx);
  const meaning = (c: Constraint, mapped: boolean) => {
    const m = { item: c.item, premise: c.premise, claim: c.claim };
    return canonical(mapped ? toOld(m) : m);
  };
  const news = [...b.constraints];
  for (const c of a.constraints) {
    const i = news.findIndex((d) => meaning(d, true) === meaning(c, false));
    if (i < 0) {
      report.add("constraint", "removed", { old: placeOf(a, c), new: null }, { from: words(c), to: null }, { rule: words(c) });
      continue;
    }
    const [d] = news.splice(i, 1);
    if (c.label !== d!.label)
      report.add("constraint", "reason", { old: placeOf(a, c), new: placeOf(b, d!) }, { from: c.label, to: d!.label }, {
        rule: words(d!),
        from: c.label ?? say("diff.word.none"),
        to: d!.label ?? say("diff.word.none"),
      });
  }
  for (const d of news)
    report.add("constraint", "added", { old: null, new: placeOf(b, d) }, { from: null, to: words(d) }, {
      rule: words(d),
      reason: d.label === null ? "" : d.label,
    });
}
