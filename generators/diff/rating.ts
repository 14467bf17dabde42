// The unit's rating (`评定 { 优秀: 总分 ≥ 90 … 不合格: 其余 }`): declared or dropped, and level by
// level by label — a level added or removed, a criterion changed in meaning (a band moved:
// `总分 ≥ 90` → `总分 ≥ 85`), the levels' order changed (the first whose criterion holds wins).
// A criterion reworded to the same meaning says nothing.
import type { SchemeIR } from "../../compiler/ir.js";
import { oneLine } from "../scorer/emit/text.js";
import { canonical } from "./canonical.js";
import { type NodeContext, toOldNames } from "./nodes.js";
import { schemePlace } from "./report.js";

type Levels = NonNullable<SchemeIR["rating"]>["levels"];

const summary = (levels: Levels) => levels.map((l) => `${l.label}: ${oneLine(l.text)}`).join("，");

export function compareRating(cx: NodeContext): void {
  const { a, b, report } = cx;
  const here = { old: schemePlace(a), new: schemePlace(b) };
  const toOld = toOldNames(cx);
  const was = a.rating?.levels ?? null;
  const now = b.rating?.levels ?? null;
  if (was === null && now === null) return;
  if (was === null || now === null) {
    const what = was === null ? "rating-added" : "rating-removed";
    report.add("policy", what, here, { from: was && summary(was), to: now && summary(now) }, { levels: summary((now ?? was)!) });
    return;
  }
  const before = new Map(was.map((l) => [l.label, l]));
  for (const level of now) {
    const old = before.get(level.label);
    if (!old)
      report.add("policy", "rating-level-added", here, { from: null, to: level.text }, { label: level.label, to: oneLine(level.text) });
    else if (canonical(old.when) !== canonical(toOld(level.when)))
      report.add("policy", "rating-criterion", here, { from: old.text, to: level.text }, {
        label: level.label,
        from: oneLine(old.text),
        to: oneLine(level.text),
      });
  }
  for (const level of was)
    if (!now.some((l) => l.label === level.label))
      report.add("policy", "rating-level-removed", here, { from: level.text, to: null }, { label: level.label, from: oneLine(level.text) });
  const order = (levels: Levels, other: Levels) => levels.map((l) => l.label).filter((l) => other.some((o) => o.label === l));
  if (canonical(order(was, now)) !== canonical(order(now, was)))
    report.add("policy", "rating-order", here, { from: order(was, now), to: order(now, was) }, {
      from: order(was, now).join("、"),
      to: order(now, was).join("、"),
    });
}
