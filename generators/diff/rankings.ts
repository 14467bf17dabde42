// The rankings (排名, R21), matched by name (a scheme's one unnamed ranking with the other's): a
// ranking added or removed, its population (`适用`) changed, its title, or how it ranks and marks;
// and which ranking is first (each unit's rank).
import type { Ranking, SchemeIR } from "../../compiler/ir.js";
import { canonical } from "./canonical.js";
import type { NodeContext } from "./nodes.js";
import { type Bi, joinBi, kindsWords, say, schemePlace } from "./report.js";

/** A ranking's rule in words: by what, which way, whom (its population), its marks. */
export function rankingWords(ir: SchemeIR, r: Ranking | null): Bi {
  if (r === null) return say("diff.word.not-declared");
  const by =
    r.by === "total"
      ? say("explain.total-word")
      : r.by === "completion"
        ? say("explain.completion-word")
        : r.by === "figure"
          ? r.figure!
          : (ir.pools.find((p) => p.id === r.by)?.title ?? r.by);
  const marks = r.marks.map((m) => say(`diff.word.mark.${m.end}`, { count: m.count, label: m.label }));
  return say("diff.word.ranking", {
    by,
    order: say(`explain.rank.${r.order}`),
    population: r.appliesTo === null ? "" : say("diff.word.ranking-population", { kinds: kindsWords(ir, r.appliesTo) }),
    marks: marks.length === 0 ? say("diff.word.none") : joinBi(marks, { "zh-CN": "，", en: ", " }),
  });
}


/** A ranking's name as the diff shows it: its title, else its name. */
function nameOf(r: Ranking): string {
  return r.title ?? r.id!;
}

/** How a ranking ranks, by meaning: its marks as a set, its pool in the old edition's names. */
function ruleKey(r: Ranking, isNew: boolean, cx: NodeContext): unknown {
  const by = isNew && r.by !== "total" && r.by !== "completion" && r.by !== "figure" ? (cx.poolToOld.get(r.by) ?? `new:${r.by}`) : r.by;
  return { by, figure: r.figure, order: r.order, ties: r.ties, marks: r.marks.map((m) => canonical(m)).sort() };
}

export function compareRankings(cx: NodeContext): void {
  const { a, b, report } = cx;
  const here = { old: schemePlace(a), new: schemePlace(b) };
  const ids = [...new Set([...a.rankings, ...b.rankings].map((r) => r.id))];
  for (const id of ids) {
    const o = a.rankings.find((r) => r.id === id) ?? null;
    const n = b.rankings.find((r) => r.id === id) ?? null;
    if (id === null || (o !== null && n !== null)) {
      // The unnamed ranking (declared, or not, in either edition), or a named one in both.
      const rule = o === null || n === null || canonical(ruleKey(o, false, cx)) !== canonical(ruleKey(n, true, cx));
      if (rule && id === null)
        report.add("policy", "ranking", here, { from: o, to: n }, { from: rankingWords(a, o), to: rankingWords(b, n) });
      else if (rule)
        report.add("policy", "ranking-changed", here, { from: o, to: n }, {
          name: nameOf(n!),
          from: rankingWords(a, o),
          to: rankingWords(b, n),
        });
      if (o === null || n === null) continue;
      if (canonical(o.appliesTo) !== canonical(n.appliesTo))
        report.add("policy", "ranking-population", here, { from: o.appliesTo, to: n.appliesTo }, {
          name: id === null ? say("diff.word.the-ranking") : say("diff.word.named-ranking", { name: nameOf(n) }),
          from: kindsWords(a, o.appliesTo),
          to: kindsWords(b, n.appliesTo),
        });
      if (o.title !== n.title && id !== null)
        report.add("policy", "ranking-title", here, { from: o.title, to: n.title }, { name: id, from: nameOf(o), to: nameOf(n) });
    } else if (n !== null)
      report.add("policy", "ranking-added", here, { from: null, to: n }, { name: nameOf(n), rule: rankingWords(b, n) });
    else report.add("policy", "ranking-removed", here, { from: o, to: null }, { name: nameOf(o!), rule: rankingWords(a, o) });
  }
  // The first ranking is each unit's rank and the order of the score table.
  const [o, n] = [a.rankings[0], b.rankings[0]];
  if (o?.id && n?.id && o.id !== n.id)
    report.add("policy", "ranking-first", here, { from: o.id, to: n.id }, { from: nameOf(o), to: nameOf(n) });
}
