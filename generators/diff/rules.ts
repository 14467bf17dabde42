// An item's rules (clauses) compared by meaning. The clauses of an item add up, so their order
// means nothing: they are compared as a multiset. A clause that is in one edition only is paired,
// where it can be, with one of the same kind over the same subject (the same `每` count, the same
// `分档` figure …) and the difference is worded as the scorer words a rule: "最高 2分 → 3分",
// "分档：≥ 80% → ≥ 85%". Anything else is "规则「…」改为「…」".
import type { Band, Clause } from "../../compiler/ir.js";
import { oneLine } from "../scorer/emit/text.js";
import { canonical } from "./canonical.js";
import type { Place } from "./model.js";
import { type Bi, joinBi, points, Report, say } from "./report.js";

export interface RuleContext {
  report: Report;
  oldPlace: Place;
  newPlace: Place;
  /** An old-edition clause as compared: the item's own pool written "@own". */
  fromOld: (value: unknown) => unknown;
  /** A new-edition clause as compared: item and pool ids in the old edition's names, own pool "@own". */
  toOldNames: (value: unknown) => unknown;
  /** Pool titles, by id as compared ("@own", an old id, or "new:<id>"). */
  poolTitle: (pool: string) => string;
  /** Section titles, by id as compared (an old id, or "new:<id>"). */
  sectionTitle: (section: string) => string;
}

const key = (c: unknown) => canonical(c);

/** What a clause is about: two clauses with the same subject are one rule changed. */
function subject(c: Clause): string {
  switch (c.k) {
    case "when":
    case "branch":
      return key(c.cond);
    case "value":
      return "";
    case "per":
      return key(c.count);
    case "choice":
    case "grade":
      return key(c.input);
    case "tiers":
      return key(c.subject);
    case "ratio-to-best":
    case "rank-bands":
      return key(c.value);
    case "derived-grade":
      return "derived-grade"; // an item has one: its criteria rewritten are that rule changed
    case "part":
      return c.title;
  }
}

const ruleText = (c: Clause) => oneLine(c.text);

export function compareClauses(olds: Clause[], news: Clause[], cx: RuleContext): void {
  const mapped = news.map((c) => cx.toOldNames(c) as Clause);
  const removed = olds.map((c, i) => ({ c: cx.fromOld(c) as Clause, k: key(cx.fromOld(c)), i }));
  const added = mapped.map((c, i) => ({ c, k: key(c), orig: news[i]! }));
  // The same rule in both editions: nothing to say.
  for (let i = removed.length - 1; i >= 0; i--) {
    const j = added.findIndex((a) => a.k === removed[i]!.k);
    if (j >= 0) {
      removed.splice(i, 1);
      added.splice(j, 1);
    }
  }
  const pairs: Array<[Clause, Clause, Clause]> = [];
  const take = (same: (o: Clause, n: Clause) => boolean) => {
    for (let i = 0; i < removed.length; ) {
      const j = added.findIndex((a) => same(removed[i]!.c, a.c));
      if (j < 0) {
        i++;
        continue;
      }
      pairs.push([removed[i]!.c, added[j]!.c, added[j]!.orig]);
      removed.splice(i, 1);
      added.splice(j, 1);
    }
  };
  take((o, n) => o.k === n.k && subject(o) === subject(n));
  // One clause of a kind on each side: the same rule rewritten.
  take((o, n) => o.k === n.k && removed.filter((r) => r.c.k === o.k).length === 1 && added.filter((a) => a.c.k === n.k).length === 1);
  for (const [o, n, orig] of pairs) compareClause(o, n, orig, cx);
  for (const r of removed)
    cx.report.add("rule", "removed", { old: cx.oldPlace, new: cx.newPlace }, { from: ruleText(r.c), to: null }, { rule: ruleText(r.c) });
  for (const a of added)
    cx.report.add("rule", "added", { old: cx.oldPlace, new: cx.newPlace }, { from: null, to: ruleText(a.orig) }, { rule: ruleText(a.orig) });
}

function compareClause(o: Clause, n: Clause, orig: Clause, cx: RuleContext): void {
  const before = cx.report.changes.length;
  const rule = ruleText(orig);
  const add = (what: string, from: unknown, to: unknown, args: Record<string, string | Bi>) =>
    cx.report.add("rule", what, { old: cx.oldPlace, new: cx.newPlace }, { from, to }, { rule, ...args });
  if (o.section !== n.section) add("into", into(o), into(n), { from: intoWords(o, cx), to: intoWords(n, cx) });
  else if (o.pool !== n.pool) add("pool", o.pool, n.pool, { from: cx.poolTitle(o.pool), to: cx.poolTitle(n.pool) });
  if (o.k === "when" && n.k === "when") {
    if (o.points !== n.points) add("points", o.points, n.points, { from: points(o.points), to: points(n.points) });
    if (o.otherwise !== n.otherwise)
      add("otherwise", o.otherwise, n.otherwise, { from: points(o.otherwise), to: points(n.otherwise) });
  } else if (o.k === "per" && n.k === "per") {
    if (o.each !== n.each) add("each", o.each, n.each, { from: points(o.each), to: points(n.each) });
    if (o.limit !== n.limit)
      add("limit", o.limit, n.limit, { from: limitWords(o.limit), to: limitWords(n.limit) });
    if (o.doubling !== n.doubling) add(n.doubling ? "doubling-added" : "doubling-removed", o.doubling, n.doubling, {});
  } else if (o.k === "choice" && n.k === "choice") {
    const was = new Map(o.cases.map((c) => [c.option, c.points]));
    const now = new Map(n.cases.map((c) => [c.option, c.points]));
    for (const [option, p] of now) {
      const q = was.get(option);
      if (q === undefined) add("option-added", null, p, { option, points: points(p) });
      else if (q !== p) add("option-points", q, p, { option, from: points(q), to: points(p) });
    }
    for (const [option, q] of was) if (!now.has(option)) add("option-removed", q, null, { option, points: points(q) });
  } else if ((o.k === "tiers" && n.k === "tiers") || (o.k === "rank-bands" && n.k === "rank-bands")) {
    if (o.k === "rank-bands" && n.k === "rank-bands" && o.order !== n.order)
      add("order", o.order, n.order, { from: say(`diff.word.${o.order}`), to: say(`diff.word.${n.order}`) });
    const bands = bandChanges(o.bands, (orig as typeof n).bands, n.bands);
    if (bands) add("bands", o.bands.map(bandText), (orig as typeof n).bands.map(bandText), { bands });
  } else if ((o.k === "ratio-to-best" && n.k === "ratio-to-best") || (o.k === "grade" && n.k === "grade")) {
    if (o.points !== n.points) add("points", o.points, n.points, { from: points(o.points), to: points(n.points) });
  } else if (o.k === "derived-grade" && n.k === "derived-grade") {
    if (o.points !== n.points) add("points", o.points, n.points, { from: points(o.points), to: points(n.points) });
    // Level by level, by meaning: a criterion reworded or reformatted says nothing.
    const was = new Map(o.levels.map((l) => [l.label, l]));
    const shown = new Map((orig as typeof n).levels.map((l) => [l.label, l.text]));
    for (const level of n.levels) {
      const before = was.get(level.label);
      const text = shown.get(level.label) ?? level.text;
      if (!before) add("grade-level-added", null, text, { label: level.label, to: oneLine(text) });
      else if (key(before.when) !== key(level.when))
        add("grade-criterion", before.text, text, { label: level.label, from: oneLine(before.text), to: oneLine(text) });
    }
    for (const level of o.levels)
      if (!n.levels.some((l) => l.label === level.label))
        add("grade-level-removed", level.text, null, { label: level.label, from: oneLine(level.text) });
  } else if (o.k === "part" && n.k === "part") {
    if (o.max !== n.max) add("part-max", o.max, n.max, { title: n.title, from: limitWords(o.max), to: limitWords(n.max) });
    compareClauses(o.clauses, (orig as typeof n).clauses, cx);
  }
  // What the words above do not cover (a condition, an expression, a branch) is the rule rewritten.
  const covered = cx.report.changes.length > before;
  const rest = (c: Clause) => {
    const { pool: _pool, section: _section, ...r } = c as Clause & Record<string, unknown>;
    if (c.k === "when") return key({ ...r, points: 0, otherwise: 0 });
    if (c.k === "per") return key({ ...r, each: 0, limit: 0, doubling: 0 });
    if (c.k === "choice") return key({ ...r, cases: 0 });
    if (c.k === "tiers" || c.k === "rank-bands") return key({ ...r, bands: 0, order: 0 });
    if (c.k === "ratio-to-best" || c.k === "grade") return key({ ...r, points: 0 });
    if (c.k === "derived-grade") {
      // What the level words leave: the order of the levels both editions have (the first that holds wins).
      const labels = (x: Clause) => (x.k === "derived-grade" ? x.levels.map((l) => l.label) : []);
      const both = c.levels.map((l) => l.label).filter((l) => labels(o).includes(l) && labels(n).includes(l));
      return key({ ...r, points: 0, levels: both });
    }
    if (c.k === "part") return key({ ...r, max: 0, clauses: 0 });
    return key(r);
  };
  if (!covered || rest(o) !== rest(n))
    cx.report.add(
      "rule",
      "changed",
      { old: cx.oldPlace, new: cx.newPlace },
      { from: ruleText(o), to: rule },
      { from: ruleText(o), to: rule },
    );
}

/** Where a clause's points go, as compared: "section:<id>" beyond the item's points, else its pool. */
const into = (c: Clause) => (c.section !== null ? `section:${c.section}` : `pool:${c.pool}`);

/** "计分池「奖励考核」" or "分项「一、行政审批电子监察」（本项分值之外）". */
function intoWords(c: Clause, cx: RuleContext): Bi {
  return c.section !== null
    ? say("diff.word.into-section", { title: cx.sectionTitle(c.section) })
    : say("diff.word.into-pool", { title: cx.poolTitle(c.pool) });
}

function limitWords(limit: string | null): Bi {
  return limit === null ? say("diff.word.unlimited") : points(limit);
}

const bandText = (b: Band) => `${oneLine(b.text)}: ${b.points}`;
const bandKey = (b: Band) => key({ lo: b.lo, hi: b.hi });
const bandPoints = (b: Band) => key(b.points);

/** "≤ 5 → ≤ 3；(5, 10] → (3, 8]" for the bands that differ; null when none does. */
function bandChanges(olds: Band[], newsAsWritten: Band[], news: Band[]): Bi | null {
  const same = (a: Band, b: Band) => bandKey(a) === bandKey(b) && bandPoints(a) === bandPoints(b);
  const gone = olds.filter((a) => !news.some((b) => same(a, b)));
  const come = news.map((b, i) => ({ b, w: newsAsWritten[i]! })).filter(({ b }) => !olds.some((a) => same(a, b)));
  if (gone.length === 0 && come.length === 0) return null;
  const parts: Bi[] = [];
  const pairs = Math.min(gone.length, come.length);
  // Bands are disjoint (the checker proves it), so pairing them in the order written is pairing
  // the lowest with the lowest.
  for (let i = 0; i < pairs; i++) {
    const a = gone[i]!;
    const { b, w } = come[i]!;
    if (bandPoints(a) === bandPoints(b))
      parts.push(say("diff.band.bounds", { from: oneLine(a.text), to: oneLine(w.text), points: points(b.points) }));
    else if (bandKey(a) === bandKey(b))
      parts.push(say("diff.band.points", { band: oneLine(w.text), from: points(a.points), to: points(b.points) }));
    else
      parts.push(
        say("diff.band.both", { from: oneLine(a.text), to: oneLine(w.text), was: points(a.points), now: points(b.points) }),
      );
  }
  for (const a of gone.slice(pairs)) parts.push(say("diff.band.removed", { band: oneLine(a.text), points: points(a.points) }));
  for (const { b, w } of come.slice(pairs)) parts.push(say("diff.band.added", { band: oneLine(w.text), points: points(b.points) }));
  return joinBi(parts);
}
