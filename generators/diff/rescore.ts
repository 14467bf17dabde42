// `--rescore`: last year's submissions scored under both editions, with each unit's total, rank
// and marks under each and the change. A submission is carried to the new edition through the
// diff's matching (an item renumbered keeps its answers; a removed item's answers are dropped);
// what the new edition needs and the submission lacks is never made up: the new scorer's
// validator lists it and the unit is reported as not comparable. The units compared are scored
// together under both editions (so ratios to the best unit and rankings compare like with like).
import type { Item, SchemeIR } from "../../compiler/ir.js";
import type { Lang } from "../../compiler/messages/index.js";
import { loadScorer, type LoadedScorer } from "../scorer/load.js";
import type { BatchResult, SubmissionProblem } from "../scorer/result.js";
import { cmp, parse, sub, toDecimal } from "../scorer/runtime/decimal.js";
import { canonical } from "./canonical.js";
import { matchNodes, type NodeMatching } from "./match.js";
import { flaggedNode } from "../../compiler/cli/flags.js";

export interface Standing {
  /** null: not scored (不计分) under that edition. */
  total: string | null;
  /** In the first (or only) ranking, else by total. */
  rank: number | null;
  /** In each other named ranking whose population holds the unit (null: not ranked there). */
  ranks: Record<string, number | null>;
  marks: string[];
}

export interface RescoredUnit {
  unit: string;
  old: Standing;
  new: Standing;
  /** new total − old total; null when the unit is not scored under either edition. */
  change: string | null;
  /** Old rank − new rank: positive when the unit moves up; null when either is unranked. */
  rankChange: number | null;
  /** The rank, a rank in another ranking, or the marks (表彰, 督促整改 …) differ between the editions. */
  flagged: boolean;
}

export interface NotComparable {
  unit: string;
  /** Which edition the submission does not fit. */
  edition: "old" | "new";
  problems: Array<{ code: string; path: string; message: Record<Lang, string> }>;
}

export interface RescoreResult {
  units: RescoredUnit[];
  notComparable: NotComparable[];
  /** The titles of the sections and items a mark names ("disqualified:<id>", `本项 取消评优`), by id, per edition. */
  titles: { old: Record<string, string>; new: Record<string, string> };
}

type Sub = Record<string, unknown>;
const isObject = (v: unknown): v is Sub => v !== null && typeof v === "object" && !Array.isArray(v);
const unitName = (s: unknown, i: number): string => {
  const u = isObject(s) && isObject(s.unit) ? s.unit.name : undefined;
  return typeof u === "string" ? u : `#${i + 1}`;
};

/** A submission in the new edition's terms: item ids through the matching, inputs it declares. */
export function carryOver(s: unknown, b: SchemeIR, m: NodeMatching): unknown {
  if (!isObject(s)) return s;
  const items = new Map(b.nodes.filter((n): n is Item => n.kind === "item").map((n) => [n.id, n]));
  const facts = new Set(b.facts.map((f) => f.name));
  const part = (p: unknown): unknown => {
    if (!isObject(p)) return p;
    const out: Sub = { ...p };
    if (isObject(p.items)) {
      const moved: Sub = {};
      for (const [oldId, answers] of Object.entries(p.items)) {
        const newId = m.toNew.get(oldId);
        const item = newId === undefined ? undefined : items.get(newId);
        if (!item) continue;
        const names = new Set(item.inputs.map((i) => i.name));
        moved[newId!] = isObject(answers) ? Object.fromEntries(Object.entries(answers).filter(([k]) => names.has(k))) : answers;
      }
      out.items = moved;
    }
    if (Array.isArray(p.notApplicable))
      out.notApplicable = p.notApplicable.map((id) => (typeof id === "string" ? m.toNew.get(id) : undefined)).filter((id) => id !== undefined && items.has(id));
    return out;
  };
  const out = part(s) as Sub;
  if (isObject(s.facts)) out.facts = Object.fromEntries(Object.entries(s.facts).filter(([k]) => facts.has(k)));
  if (isObject(s.forms)) out.forms = Object.fromEntries(Object.entries(s.forms).map(([f, p]) => [f, part(p)]));
  return out;
}

/** Scores the batch, setting aside (with their problems) the submissions that do not fit. */
function scoreFitting(
  scorer: LoadedScorer,
  subs: unknown[],
  names: string[],
  edition: "old" | "new",
  out: NotComparable[],
): Set<number> {
  let keep = subs.map((_, i) => i);
  for (;;) {
    try {
      scorer.scoreAll(keep.map((i) => subs[i]));
      return new Set(keep);
    } catch (err) {
      if (!(err instanceof scorer.SubmissionError)) throw err;
      const bad = new Map<number, SubmissionProblem[]>();
      for (const p of err.problems) {
        const at = /^\/(\d+)/.exec(p.path);
        const k = at ? keep[Number(at[1])] : undefined;
        if (k === undefined) continue;
        bad.set(k, [...(bad.get(k) ?? []), p]);
      }
      // A problem with no unit to pin it on: nothing can be compared.
      if (bad.size === 0) bad.set(keep[0]!, err.problems);
      for (const [k, problems] of [...bad].sort((x, y) => x[0] - y[0]))
        out.push({
          unit: names[k]!,
          edition,
          problems: problems.map((p) => ({ code: p.code, path: p.path.replace(/^\/\d+/, ""), message: p.message })),
        });
      keep = keep.filter((k) => !bad.has(k));
      if (keep.length === 0) return new Set();
    }
  }
}

/** Each unit's standing: the scheme's first ranking and its other named ones, else by total
 *  (ties share the better rank; a unit not scored, 不计分, has no rank). */
function standings(batch: BatchResult, ir: SchemeIR): Map<string, Standing> {
  const out = new Map<string, Standing>();
  if (batch.ranking !== null) {
    const first = ir.rankings[0]!.id;
    for (const u of batch.units) {
      const ranks = Object.fromEntries(Object.entries(u.ranks).filter(([id]) => id !== first));
      out.set(u.unit.name, { total: u.total, rank: u.rank, ranks, marks: u.flags.slice() });
    }
    return out;
  }
  const total = (u: BatchResult["units"][number]) => parse(u.total!)!;
  const sorted = batch.units.filter((u) => u.total !== null).sort((x, y) => cmp(total(y), total(x)));
  let rank = 0;
  sorted.forEach((u, i) => {
    if (i === 0 || cmp(total(u), total(sorted[i - 1]!)) !== 0) rank = i + 1;
    out.set(u.unit.name, { total: u.total, rank, ranks: {}, marks: u.flags.slice() });
  });
  for (const u of batch.units) if (u.total === null) out.set(u.unit.name, { total: null, rank: null, ranks: {}, marks: u.flags.slice() });
  return out;
}

export async function rescore(a: SchemeIR, b: SchemeIR, submissions: unknown[]): Promise<RescoreResult> {
  const [oldScorer, newScorer] = await Promise.all([loadScorer(a), loadScorer(b)]);
  const names = submissions.map(unitName);
  const matching = matchNodes(a, b);
  const carried = submissions.map((s) => carryOver(s, b, matching));
  const notComparable: NotComparable[] = [];
  const fitsOld = scoreFitting(oldScorer, submissions, names, "old", notComparable);
  const fitsNew = scoreFitting(newScorer, carried, names, "new", notComparable);
  const both = submissions.map((_, i) => i).filter((i) => fitsOld.has(i) && fitsNew.has(i));
  // Listed once per unit: a unit that fits neither is listed for the old edition.
  const seen = new Set<string>();
  const listed = notComparable.filter((n) => (seen.has(n.unit) ? false : (seen.add(n.unit), true)));
  if (both.length === 0) return { units: [], notComparable: listed, titles: { old: {}, new: {} } };
  const before = standings(oldScorer.scoreAll(both.map((i) => submissions[i])), a);
  const after = standings(newScorer.scoreAll(both.map((i) => carried[i])), b);
  const units = both.map((i): RescoredUnit => {
    const o = before.get(names[i]!)!;
    const n = after.get(names[i]!)!;
    const rankChange = o.rank === null || n.rank === null ? null : o.rank - n.rank;
    return {
      unit: names[i]!,
      old: o,
      new: n,
      change: n.total === null || o.total === null ? null : toDecimal(sub(parse(n.total)!, parse(o.total)!))!,
      rankChange,
      flagged: o.rank !== n.rank || canonical(o.ranks) !== canonical(n.ranks) || o.marks.join("|") !== n.marks.join("|"),
    };
  });
  // Largest gain first; a unit not scored under either edition after the others.
  const change = (u: RescoredUnit) => (u.change === null ? null : parse(u.change)!);
  units.sort((x, y) => {
    const [a, b] = [change(x), change(y)];
    const by = a === null || b === null ? (a === null ? 1 : 0) - (b === null ? 1 : 0) : cmp(b, a);
    return by || (x.unit < y.unit ? -1 : x.unit > y.unit ? 1 : 0);
  });
  return { units, notComparable: listed, titles: { old: markedTitles(a, before), new: markedTitles(b, after) } };
}

/** The titles of the nodes the marks of an edition name. */
function markedTitles(ir: SchemeIR, standings: Map<string, Standing>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of standings.values())
    for (const mark of s.marks) {
      const id = flaggedNode(mark);
      if (id !== null) out[id] = ir.nodes.find((n) => n.id === id)?.title ?? id;
    }
  return out;
}
