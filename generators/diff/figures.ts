// The scheme's named figures (`量 x = …` at the top level): added, removed, renamed (the same
// calculation under another name) and recalculated, worded with the calculation as written.
// Figures inside an item are part of its rules: rules.ts compares what they compute.
import type { Figure } from "../../compiler/ir.js";
import { oneLine } from "../scorer/emit/text.js";
import { canonical } from "./canonical.js";
import type { Place } from "./model.js";
import { type NodeContext, toOldNames } from "./nodes.js";
import { lineOf } from "./report.js";

function figurePlace(f: Figure): Place {
  return { anchor: "scheme", id: null, path: [], line: lineOf(f.span) };
}

export function compareFigures(cx: NodeContext): void {
  const { a, b, report } = cx;
  const toOld = toOldNames(cx);
  /** What a figure computes, in the old edition's names (spans and source text left out). */
  const meaning = (f: Figure, side: "old" | "new") => canonical(side === "new" ? toOld(f.expr) : f.expr);
  const olds = [...a.figures];
  const news = [...b.figures];
  const take = (o: Figure, n: Figure) => {
    olds.splice(olds.indexOf(o), 1);
    news.splice(news.indexOf(n), 1);
  };
  for (const o of [...olds]) {
    const n = news.find((x) => x.name === o.name);
    if (!n) continue;
    take(o, n);
    if (meaning(o, "old") !== meaning(n, "new")) {
      const from = oneLine(o.text);
      const to = oneLine(n.text);
      report.add("figure", "changed", { old: figurePlace(o), new: figurePlace(n) }, { from, to }, { name: n.name, from, to });
    }
  }
  // Another name, the same calculation, and no other figure computing it: renamed.
  for (const o of [...olds]) {
    const same = news.filter((x) => meaning(x, "new") === meaning(o, "old"));
    if (same.length !== 1 || olds.filter((x) => meaning(x, "old") === meaning(o, "old")).length !== 1) continue;
    const n = same[0]!;
    take(o, n);
    report.add("figure", "renamed", { old: figurePlace(o), new: figurePlace(n) }, { from: o.name, to: n.name }, {
      from: o.name,
      to: n.name,
    });
  }
  for (const o of olds)
    report.add("figure", "removed", { old: figurePlace(o), new: null }, { from: o.name, to: null }, {
      name: o.name,
      text: oneLine(o.text),
    });
  for (const n of news)
    report.add("figure", "added", { old: null, new: figurePlace(n) }, { from: null, to: n.name }, {
      name: n.name,
      text: oneLine(n.text),
    });
}
