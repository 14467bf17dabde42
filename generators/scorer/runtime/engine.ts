// The part of every scorer.js that is the same for all schemes: it takes the generated item
// functions (straight-line code per item, see ../emit/item.ts) and a table of the scheme's
// structure, and does what needs the whole unit or the whole batch: ratio to the best unit and
// rank bands (R8, R9), N/A (R14), vetoes (R13), rounding, sections, pools and total, forms (R15),
// targets (R16) and the ranking (R21).
//
// Figures first, words on demand: scoring computes every figure; the explanation of a unit is
// written the first time any of its `explanation` properties is read, by scoring that unit again
// with words switched on (the same code, so the words always match the figures), and kept.
// A batch of 100,000 units then costs figures only; a disputed unit costs one more scoring.
//
// Inlined into scorer.js (see ../emit/runtime.ts): no imports but ./decimal.js and types, no
// Node or browser APIs. Words come from the templates passed in (compiler/messages/explain.ts).
import {
  ZERO,
  add,
  cmp,
  div,
  int,
  mean,
  mul,
  parse,
  round,
  sign,
  sub,
  sum,
  toDecimal,
  toDisplay,
  type Q,
  type RoundingMode,
} from "./decimal.js";
import type {
  BatchResult,
  Explanation,
  FiredVeto,
  ItemResult,
  SectionResult,
  SubmissionProblem,
  UnitResult,
} from "../result.js";

/** A compiled explanation template: the words of one message in one language. */
export type Template = (args: Record<string, string>) => string;
/** Compiled templates by message code: [zh-CN, en]. */
export type Templates = Record<string, readonly [Template, Template]>;

/** Lines of explanation being written, one list per language. */
export interface Lines {
  zh: string[];
  en: string[];
}

/** One unit's inputs for one form (or the unit's only sheet when the scheme has no forms). */
export interface Sheet {
  unit: string;
  kind: string | null;
  form: number;
  facts: Record<string, unknown>;
  items: Record<string, Record<string, unknown> | undefined>;
  /** By item index: reported as not applicable. */
  na: boolean[];
  /** The unit's per-unit values (columns), e.g. 目标分数. */
  col: Record<string, Q>;
  /** By item index: the item's score before vetoes, N/A scaling and rounding (read by `得分(x)`). */
  own: Q[];
  /** By item index: what the item puts into other pools, or null. */
  parts: Array<Record<string, Q> | null>;
  /** By item index: needs the other units and was scored alone. */
  pending: boolean[];
}

/** What a generated item function returns: the score before vetoes, N/A and rounding. */
export interface ItemOutcome {
  /** After the rescale, cap and floor, in the item's own pool. */
  own: Q;
  /** What its ★ / 计入 clauses and rescale overflow put into other pools. */
  parts: Record<string, Q> | null;
  pending: boolean;
  /** Lines of explanation when asked for (E), else null. */
  zh: string[] | null;
  en: string[] | null;
}

/** What a cross-unit clause needs to know about the other units. */
export interface Cross {
  value: Q;
  best: Q;
  /** The units with the best value, in name order (at most three named). */
  leaders: string[];
  leaderCount: number;
  rank: number;
  of: number;
}

export interface ItemSpec {
  id: string;
  title: string;
  node: number;
  pool: string;
  points: Q | null;
  /** The order of each cross-unit clause: "best" for ratio to the best, else the rank order. */
  cross: Array<"best" | "desc" | "asc">;
  subjects: ((s: Sheet) => Q[]) | null;
  run: (s: Sheet, x: Cross[] | null, explain: boolean) => ItemOutcome;
}

export interface NodeSpec {
  id: string;
  title: string;
  kind: "section" | "item";
  parent: number | null;
  pool: string;
  points: Q | null;
  /** The IR's greatest reachable score: the maximum of a section without declared points. */
  max: Q;
  /** Index into SchemeTable.items for an item. */
  item: number | null;
  children: number[];
}

export interface PoolSpec {
  id: string;
  title: string;
  kind: "base" | "adjustment" | "bonus";
  points: Q | null;
}

export interface VetoSpec {
  id: string;
  label: string;
  target: "item" | "section" | "total" | "disqualify";
  /** Node index of the item or section it zeroes. */
  node: number | null;
  test: (s: Sheet) => boolean;
  /** The condition with the unit's values, in zh-CN and en. */
  describe: (s: Sheet) => readonly [string, string];
}

export interface Rounding {
  digits: number;
  mode: RoundingMode;
  stage: "item" | "section" | "total";
}

export interface SchemeTable {
  pools: PoolSpec[];
  nodes: NodeSpec[];
  /** In evaluation order: every `得分(x)` is scored before it is read. */
  items: ItemSpec[];
  vetoes: VetoSpec[];
  forms: Array<{ id: string; title: string }>;
  naPolicy: "renormalise" | "peer-average" | null;
  rounding: Rounding | null;
  ranking: {
    by: string;
    order: "desc" | "asc";
    marks: Array<{ end: "top" | "bottom"; count: number; label: string }>;
  } | null;
  target: { column: string; pool: string | null } | null;
  units: Record<string, { kind: string; values: Record<string, Q> }>;
}

export type Validate = (value: unknown) => SubmissionProblem[];

/** How a figure that does not terminate is shown when the scheme declares no rounding. */
const SHOWN_WHEN_UNDECLARED: Rounding = { digits: 4, mode: "half-up", stage: "total" };
/** Decimals shown for an intermediate figure in an explanation (cut, followed by "…"). */
const SHOWN_DIGITS = 6;

/** An intermediate figure in an explanation: exact, or its first decimals followed by "…". */
export function show(q: Q): string {
  return toDisplay(q, SHOWN_DIGITS);
}

/** A cross-unit clause over one form of the batch; values and ranks by unit. */
interface CrossStore {
  best: Q;
  leaders: string[];
  leaderCount: number;
  of: number;
  values: Q[];
  ranks: number[];
}

/** `无此项 按 平均分` for one item over one form of the batch. */
interface PeerStore {
  count: number;
  sum: Q;
  own: Q;
  parts: Record<string, Q> | null;
}

interface Batch {
  alone: boolean;
  /** [unit][form] */
  sheets: Sheet[][];
  /** [form][item]: per cross-unit clause, or null. */
  cross: Array<Array<CrossStore[] | null>>;
  /** [form][item] */
  peers: Array<Array<PeerStore | null>>;
}

interface ItemFig {
  own: Q;
  parts: Record<string, Q> | null;
  max: Q | null;
  na: boolean;
  pending: boolean;
  vetoedBy: string[];
  lines: Lines | null;
}

interface Figures {
  items: ItemFig[];
  fired: VetoSpec[];
  /** The vetoes' lines for the unit's explanation; null without words. */
  firedLines: Lines | null;
}

interface SectionFig {
  score: Q;
  max: Q;
  vetoedBy: string[];
  lines: Lines | null;
}

interface Totals {
  /** By node index; undefined for items. */
  sections: Array<SectionFig | undefined>;
  pools: Record<string, Q>;
  total: Q;
  target: Q | null;
  completion: Q | null;
  lines: Lines | null;
}

/** All the words of one unit (and of each of its forms). */
interface UnitWords {
  items: Explanation[];
  sections: Array<Explanation | undefined>;
  unit: Explanation;
  forms: UnitWords[];
}

type FormResult = Omit<UnitResult, "forms" | "rank">;

const NO_VETOES: VetoSpec[] = [];

export function makeScorer(
  scheme: SchemeTable,
  T: Templates,
  validateSubmission: Validate,
  validateBatch: (values: unknown[]) => SubmissionProblem[],
) {
  const R = scheme.rounding;
  const shownRule = R ?? SHOWN_WHEN_UNDECLARED;
  const items = scheme.items;
  const nodes = scheme.nodes;
  const nForms = Math.max(scheme.forms.length, 1);
  const poolById: Record<string, PoolSpec> = {};
  for (const p of scheme.pools) poolById[p.id] = p;
  const poolRoot = nodes.map((n) => n.parent === null || nodes[n.parent]!.pool !== n.pool);
  const sectionKids = nodes.map((n) => n.children.filter((c) => nodes[c]!.pool === n.pool));
  const itemsUnder = nodes.map((_, i) => {
    const out: number[] = [];
    const walk = (j: number) => {
      const node = nodes[j]!;
      if (node.item !== null) out.push(node.item);
      for (const c of node.children) walk(c);
    };
    walk(i);
    return out;
  });

  // ---------------------------------------------------------------- words

  function lines(): Lines {
    return { zh: [], en: [] };
  }
  /** Writes one line in both languages; an argument may differ by language: [zh-CN, en]. */
  function say(to: Lines, code: string, args: Record<string, string | readonly [string, string]>): void {
    const t = T[code]!;
    const zh: Record<string, string> = {};
    const en: Record<string, string> = {};
    for (const k in args) {
      const v = args[k]!;
      zh[k] = typeof v === "string" ? v : v[0];
      en[k] = typeof v === "string" ? v : v[1];
    }
    to.zh.push(t[0](zh));
    to.en.push(t[1](en));
  }
  function words(code: string, args: Record<string, string> = {}): readonly [string, string] {
    const t = T[code]!;
    return [t[0](args), t[1](args)];
  }
  const mode = words("explain.mode." + shownRule.mode);
  const ruleText: readonly [string, string] = [
    T["explain.rounding.rule"]![0]({ digits: String(shownRule.digits), mode: mode[0] }),
    T["explain.rounding.rule"]![1]({ digits: String(shownRule.digits), mode: mode[1] }),
  ];
  function explanation(l: Lines): Explanation {
    return { "zh-CN": l.zh, en: l.en };
  }

  // ---------------------------------------------------------------- figures

  /** The canonical spelling of a figure; one that does not terminate is rounded as declared. */
  function fig(q: Q): string {
    return toDecimal(q) ?? toDecimal(round(q, shownRule.digits, shownRule.mode))!;
  }

  /** Rounds q at `stage` if the scheme rounds there, saying so when it changes the figure. */
  function roundAt(stage: Rounding["stage"], q: Q, l: Lines | null): Q {
    if (R === null || R.stage !== stage) return q;
    const r = round(q, R.digits, R.mode);
    if (l !== null && r !== q && cmp(r, q) !== 0) say(l, "explain.rounded", { rule: ruleText, from: show(q), to: fig(r) });
    return r;
  }

  /** Notes that a figure which does not terminate is shown rounded, while sums use it exactly. */
  function noteShown(q: Q, l: Lines): void {
    if (toDecimal(q) === null) say(l, "explain.shown-rounded", { rule: ruleText, from: show(q), to: fig(q) });
  }

  // ---------------------------------------------------------------- sheets

  function sheetsOf(sub: Record<string, any>): Sheet[] {
    const unit = sub.unit as { name: string; kind?: string; target?: number | string };
    const known = scheme.units[unit.name];
    const kind = unit.kind ?? known?.kind ?? null;
    let col = known?.values ?? {};
    // A unit the scheme lists no target for reports its own (unit.target), R16.
    const tg = scheme.target;
    if (tg !== null && col[tg.column] === undefined && unit.target !== undefined) {
      const goal = parse(unit.target);
      if (goal !== null) col = { ...col, [tg.column]: goal };
    }
    const facts = (sub.facts ?? {}) as Record<string, unknown>;
    const out: Sheet[] = [];
    for (let f = 0; f < nForms; f++) {
      const src: Record<string, any> = scheme.forms.length === 0 ? sub : ((sub.forms ?? {})[scheme.forms[f]!.id] ?? {});
      const listed: unknown[] = Array.isArray(src.notApplicable) ? src.notApplicable : [];
      const na = new Array<boolean>(items.length);
      for (let k = 0; k < items.length; k++) na[k] = listed.length > 0 && listed.includes(items[k]!.id);
      out.push({
        unit: unit.name,
        kind,
        form: f,
        facts,
        items: src.items ?? {},
        na,
        col,
        own: new Array<Q>(items.length).fill(ZERO),
        parts: new Array<Record<string, Q> | null>(items.length).fill(null),
        pending: new Array<boolean>(items.length).fill(false),
      });
    }
    return out;
  }

  // ---------------------------------------------------------------- items, across the batch

  function byName(names: string[]) {
    return (a: number, b: number) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0);
  }

  /** Best value and competition ranks (1, 2, 2, 4) of one figure over the units listed. */
  function crossStore(values: Q[], units: number[], names: string[], order: "best" | "desc" | "asc"): CrossStore {
    const desc = order !== "asc";
    const tie = byName(names);
    const idx = units.slice().sort((a, b) => {
      const c = cmp(values[b]!, values[a]!);
      return (desc ? c : -c) || tie(a, b);
    });
    const ranks = new Array<number>(values.length).fill(0);
    for (let i = 0; i < idx.length; i++) {
      const cur = idx[i]!;
      const prev = idx[i - 1];
      ranks[cur] = prev !== undefined && cmp(values[prev]!, values[cur]!) === 0 ? ranks[prev]! : i + 1;
    }
    const best = idx.length === 0 ? ZERO : values[idx[0]!]!;
    const leaders: string[] = [];
    let leaderCount = 0;
    for (const i of idx) {
      if (cmp(values[i]!, best) !== 0) break;
      leaderCount++;
      if (leaders.length < 3) leaders.push(names[i]!);
    }
    return { best, leaders, leaderCount, of: idx.length, values, ranks };
  }

  function crossFor(stores: CrossStore[] | null, u: number): Cross[] | null {
    if (stores === null) return null;
    return stores.map((st) => ({
      value: st.values[u]!,
      best: st.best,
      leaders: st.leaders,
      leaderCount: st.leaderCount,
      rank: st.ranks[u]!,
      of: st.of,
    }));
  }

  /** Scores item k of form f for every unit (figures only), with what it needs from the others. */
  function scoreItem(b: Batch, f: number, k: number): void {
    const spec = items[k]!;
    const group = b.sheets.map((s) => s[f]!);
    const applies: number[] = [];
    let anyNa = false;
    for (let u = 0; u < group.length; u++) {
      if (group[u]!.na[k]) anyNa = true;
      else applies.push(u);
    }
    let stores: CrossStore[] | null = null;
    if (spec.cross.length > 0 && !b.alone) {
      const names = group.map((s) => s.unit);
      const subjects: Q[][] = spec.cross.map(() => new Array<Q>(group.length).fill(ZERO));
      for (const u of applies) {
        const v = spec.subjects!(group[u]!);
        for (let c = 0; c < v.length; c++) subjects[c]![u] = v[c]!;
      }
      stores = spec.cross.map((order, c) => crossStore(subjects[c]!, applies, names, order));
    }
    b.cross[f]![k] = stores;
    for (const u of applies) {
      const s = group[u]!;
      const o = spec.run(s, crossFor(stores, u), false);
      s.own[k] = o.own;
      s.parts[k] = o.parts;
      s.pending[k] = o.pending;
    }
    if (!anyNa) return;
    const peer = scheme.naPolicy === "peer-average" && !b.alone ? peerStore(group, applies, k) : null;
    b.peers[f]![k] = peer;
    for (const s of group) {
      if (!s.na[k]) continue;
      s.own[k] = peer === null ? ZERO : peer.own;
      s.parts[k] = peer === null ? null : peer.parts;
      s.pending[k] = scheme.naPolicy === "peer-average" && b.alone;
    }
  }

  function peerStore(group: Sheet[], applies: number[], k: number): PeerStore {
    const owns = applies.map((u) => group[u]!.own[k]!);
    let parts: Record<string, Q> | null = null;
    for (const u of applies) {
      const p = group[u]!.parts[k];
      if (p === null || p === undefined) continue;
      parts ??= {};
      for (const pool in p) parts[pool] = add(parts[pool] ?? ZERO, p[pool]!);
    }
    if (parts !== null) for (const pool in parts) parts[pool] = div(parts[pool]!, int(applies.length));
    return { count: applies.length, sum: sum(owns), own: mean(owns), parts };
  }

  // ---------------------------------------------------------------- one sheet: vetoes, N/A, rounding

  /** The unit's item figures on one form; with `explain`, every item's lines too. */
  function sheetFigures(b: Batch, u: number, f: number, explain: boolean): Figures {
    const s = b.sheets[u]![f]!;
    const figs = new Array<ItemFig>(items.length);
    for (let k = 0; k < items.length; k++) {
      const parts = s.parts[k]!;
      figs[k] = {
        own: s.own[k]!,
        parts: parts === null ? null : { ...parts },
        max: items[k]!.points,
        na: s.na[k]!,
        pending: s.pending[k]!,
        vetoedBy: [],
        lines: explain ? itemLines(b, u, f, k) : null,
      };
    }
    let fired = NO_VETOES;
    for (const v of scheme.vetoes) if (v.test(s)) (fired === NO_VETOES ? (fired = []) : fired).push(v);
    const firedLines = explain ? lines() : null;
    for (const v of fired) applyVeto(v, explain ? v.describe(s) : null, figs, firedLines);
    if (scheme.naPolicy === "renormalise") renormalise(figs);
    for (const fg of figs) roundItem(fg);
    return { items: figs, fired, firedLines };
  }

  /** The words of item k before vetoes: its rules, or what N/A means for it. */
  function itemLines(b: Batch, u: number, f: number, k: number): Lines {
    const s = b.sheets[u]![f]!;
    if (!s.na[k]) {
      const o = items[k]!.run(s, crossFor(b.cross[f]![k] ?? null, u), true);
      return { zh: o.zh!, en: o.en! };
    }
    const l = lines();
    say(l, "explain.na", {});
    const peer = b.peers[f]![k] ?? null;
    if (scheme.naPolicy !== "peer-average") say(l, "explain.na.renormalise", {});
    else if (b.alone) say(l, "explain.na.pending", {});
    else if (peer === null || peer.count === 0) say(l, "explain.na.peer-none", {});
    else say(l, "explain.na.peer", { count: String(peer.count), sum: show(peer.sum), value: show(peer.own) });
    return l;
  }

  function zero(fg: ItemFig): void {
    fg.own = ZERO;
    if (fg.parts !== null) for (const p in fg.parts) fg.parts[p] = ZERO;
  }

  /** Zeroes what a veto targets and says why; the total and disqualification act in totals(). */
  function applyVeto(v: VetoSpec, cond: readonly [string, string] | null, figs: ItemFig[], l: Lines | null): void {
    const code = "explain.veto." + v.target;
    const args = cond === null ? null : { label: v.label, cond, title: v.node === null ? "" : nodes[v.node]!.title };
    if (l !== null) say(l, code, args!);
    if (v.node === null) return;
    for (const k of itemsUnder[v.node]!) {
      const fg = figs[k]!;
      fg.vetoedBy.push(v.id);
      zero(fg);
      if (fg.lines !== null) say(fg.lines, code, args!);
    }
  }

  /** `无此项 按 重新分配`: the applicable items of a pool share the points of those not applicable. */
  function renormalise(figs: ItemFig[]): void {
    for (const pool of scheme.pools) {
      let whole = ZERO;
      let gone = ZERO;
      for (let k = 0; k < items.length; k++) {
        const it = items[k]!;
        if (it.pool !== pool.id || it.points === null) continue;
        whole = add(whole, it.points);
        if (figs[k]!.na) gone = add(gone, it.points);
      }
      if (sign(gone) === 0) continue;
      const kept = pool.points ?? whole;
      const left = sub(kept, gone);
      const factor = div(kept, left);
      for (let k = 0; k < items.length; k++) {
        const it = items[k]!;
        const fg = figs[k]!;
        if (it.pool !== pool.id || it.points === null) continue;
        if (fg.na) {
          fg.max = ZERO;
          continue;
        }
        const scaled = mul(fg.own, factor);
        const max = mul(it.points, factor);
        if (fg.lines !== null)
          say(fg.lines, "explain.renormalised", {
            score: show(fg.own),
            pool: pool.title,
            kept: show(kept),
            left: show(left),
            value: show(scaled),
            points: show(it.points),
            max: show(max),
          });
        fg.own = scaled;
        fg.max = max;
      }
    }
  }

  function roundItem(fg: ItemFig): void {
    fg.own = roundAt("item", fg.own, fg.lines);
    if (fg.parts !== null) for (const p in fg.parts) fg.parts[p] = roundAt("item", fg.parts[p]!, fg.lines);
  }

  // ---------------------------------------------------------------- sections, pools, total

  function totals(figs: Figures, s: Sheet, explain: boolean): Totals {
    const sections = new Array<SectionFig | undefined>(nodes.length);
    const scoreOf = (i: number): Q => {
      const node = nodes[i]!;
      return node.item !== null ? figs.items[node.item]!.own : sections[i]!.score;
    };
    // Sections bottom-up: nodes are in pre-order, so walking backwards sees children first.
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      if (node.kind !== "section") continue;
      const l = explain ? lines() : null;
      const kids = sectionKids[i]!;
      let score = ZERO;
      let max = ZERO;
      for (const c of kids) {
        score = add(score, scoreOf(c));
        const child = nodes[c]!;
        max = add(max, child.item !== null ? (figs.items[child.item]!.max ?? ZERO) : sections[c]!.max);
      }
      if (node.points === null) max = node.max;
      if (l !== null)
        say(l, "explain.section.sum", {
          parts: kids.map((c) => nodes[c]!.title + " " + show(scoreOf(c))).join(" + ") || "0",
          value: show(score),
        });
      let vetoedBy: string[] = [];
      for (const v of figs.fired)
        if (v.target === "section" && v.node === i) {
          vetoedBy = [...vetoedBy, v.id];
          score = ZERO;
          if (l !== null) say(l, "explain.section.vetoed", { label: v.label });
        }
      score = roundAt("section", score, l);
      if (l !== null) noteShown(score, l);
      sections[i] = { score, max, vetoedBy, lines: l };
    }
    // Items at the top of a pool are rounded with the sections.
    if (R?.stage === "section")
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.item === null || !poolRoot[i]) continue;
        const fg = figs.items[node.item]!;
        fg.own = roundAt("section", fg.own, fg.lines);
      }

    const l = explain ? lines() : null;
    const pools: Record<string, Q> = {};
    let total = ZERO;
    const poolTerms: string[] = [];
    for (const pool of scheme.pools) {
      const terms: string[] = [];
      let v = ZERO;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.pool !== pool.id || !poolRoot[i]) continue;
        v = add(v, scoreOf(i));
        if (l !== null) terms.push(node.title + " " + show(scoreOf(i)));
      }
      for (let k = 0; k < items.length; k++) {
        const part = figs.items[k]!.parts?.[pool.id];
        if (part === undefined) continue;
        v = add(v, part);
        if (l !== null) terms.push(items[k]!.title + " " + show(part));
      }
      if (l !== null) say(l, "explain.pool.sum", { pool: pool.title, parts: terms.join(" + ") || "0", value: show(v) });
      if (pool.points !== null && cmp(v, pool.points) > 0) {
        v = pool.points;
        if (l !== null) say(l, "explain.pool.cap", { pool: pool.title, cap: show(pool.points) });
      }
      if (pool.kind === "base" && sign(v) < 0) {
        v = ZERO;
        if (l !== null) say(l, "explain.pool.floor", { pool: pool.title });
      }
      v = roundAt("total", v, l);
      if (l !== null) noteShown(v, l);
      pools[pool.id] = v;
      total = add(total, v);
      if (l !== null) poolTerms.push(pool.title + " " + show(v));
    }
    if (l !== null) say(l, "explain.total", { parts: poolTerms.join(" + "), value: show(total) });
    for (const v of figs.fired) if (v.target === "total") total = ZERO;
    if (l !== null) {
      l.zh.push(...figs.firedLines!.zh);
      l.en.push(...figs.firedLines!.en);
    }
    const t: Totals = { sections, pools, total, target: null, completion: null, lines: l };
    target(t, s);
    return t;
  }

  /** R16: completion = score ÷ the unit's target, a fraction, rounded to the scheme's decimals + 2. */
  function target(t: Totals, s: Sheet): void {
    const tg = scheme.target;
    const goal = tg === null ? undefined : s.col[tg.column];
    if (tg === null || goal === undefined) return;
    const score = tg.pool === null ? t.total : t.pools[tg.pool]!;
    t.target = goal;
    t.completion = round(div(score, goal), shownRule.digits + 2, shownRule.mode);
    if (t.lines !== null)
      say(t.lines, sign(goal) === 0 ? "explain.target.zero" : "explain.target", {
        of: tg.pool === null ? words("explain.total-word") : poolById[tg.pool]!.title,
        score: fig(score),
        target: fig(goal),
        value: toDecimal(mul(t.completion, int(100)))!,
      });
  }

  /** R15: every item figure is the mean over the forms; a veto fired on any form applies. */
  function combine(forms: Figures[], explain: boolean): Figures {
    const figs = items.map((_, k): ItemFig => {
      const per = forms.map((f) => f.items[k]!);
      const own = mean(per.map((p) => p.own));
      let parts: Record<string, Q> | null = null;
      for (const p of per)
        if (p.parts !== null) {
          parts ??= {};
          for (const pool in p.parts) parts[pool] = add(parts[pool] ?? ZERO, p.parts[pool]!);
        }
      if (parts !== null) for (const pool in parts) parts[pool] = div(parts[pool]!, int(per.length));
      let l: Lines | null = null;
      if (explain) {
        l = lines();
        for (let f = 0; f < per.length; f++) {
          const form = per[f]!.lines!;
          for (let i = 0; i < form.zh.length; i++)
            say(l, "explain.combine.form-line", { form: scheme.forms[f]!.title, line: [form.zh[i]!, form.en[i]!] });
        }
        say(l, "explain.combine.item", {
          parts: per.map((p, i) => scheme.forms[i]!.title + " " + show(p.own)).join("、"),
          count: String(per.length),
          value: show(own),
        });
      }
      return {
        own,
        parts,
        max: per.every((p) => p.max === null) ? null : mean(per.map((p) => p.max ?? ZERO)),
        na: per.every((p) => p.na),
        pending: per.some((p) => p.pending),
        vetoedBy: [...new Set(per.flatMap((p) => p.vetoedBy))].sort(),
        lines: l,
      };
    });
    const fired = scheme.vetoes.filter((v) => forms.some((f) => f.fired.includes(v)));
    const firedLines = explain ? lines() : null;
    for (const v of fired) {
      if (firedLines !== null) {
        const at = forms.find((f) => f.fired.includes(v))!;
        const i = at.fired.indexOf(v);
        firedLines.zh.push(at.firedLines!.zh[i]!);
        firedLines.en.push(at.firedLines!.en[i]!);
      }
      if (v.node === null) continue;
      for (const k of itemsUnder[v.node]!) {
        const fg = figs[k]!;
        if (fg.lines !== null && sign(fg.own) !== 0) say(fg.lines, "explain.combine.vetoed", { label: v.label });
        zero(fg);
      }
    }
    for (const fg of figs) roundItem(fg);
    return { items: figs, fired, firedLines };
  }

  // ---------------------------------------------------------------- results

  const pointsText = items.map((it) => (it.points === null ? null : fig(it.points)));

  function itemResult(k: number, fg: ItemFig, words: Words): ItemResult {
    const spec = items[k]!;
    const score = fig(fg.own);
    const pools: Record<string, string> = { [spec.pool]: score };
    if (fg.parts !== null) for (const p in fg.parts) pools[p] = fig(fg.parts[p]!);
    const max = fg.max === null ? null : fg.max === spec.points ? pointsText[k]! : fig(fg.max);
    return new ItemOut(score, max, pools, fg.na, fg.vetoedBy, fg.pending, words, k);
  }

  /** A unit's result (or one form's) from its figures; explanations come from `words`. */
  function result(s: Sheet, figs: Figures, t: Totals, words: Words, whole: boolean): UnitResult {
    const itemsOut: Record<string, ItemResult> = {};
    for (let k = 0; k < items.length; k++) itemsOut[items[k]!.id] = itemResult(k, figs.items[k]!, words);
    const sectionsOut: Record<string, SectionResult> = {};
    for (let i = 0; i < nodes.length; i++) {
      const sec = t.sections[i];
      if (sec === undefined) continue;
      sectionsOut[nodes[i]!.id] = new SectionOut(fig(sec.score), fig(sec.max), sec.vetoedBy, words, i);
    }
    const vetoes: FiredVeto[] = figs.fired.map((v) => ({
      id: v.id,
      label: v.label,
      target: v.target,
      node: v.node === null ? null : nodes[v.node]!.id,
    }));
    const pools: Record<string, string> = {};
    for (const p of scheme.pools) pools[p.id] = fig(t.pools[p.id]!);
    return new UnitOut(
      { name: s.unit, kind: s.kind },
      fig(t.total),
      pools,
      itemsOut,
      sectionsOut,
      vetoes,
      figs.fired.some((v) => v.target === "disqualify") ? ["disqualified"] : [],
      t.target === null ? null : fig(t.target),
      t.completion === null ? null : toDecimal(t.completion)!,
      !figs.items.some((fg) => fg.pending),
      words,
      whole,
    );
  }

  /** Scores unit u of a scored batch: its figures, or (explain) all its words. */
  function unitFigures(b: Batch, u: number, explain: boolean) {
    const perForm: Figures[] = [];
    for (let f = 0; f < nForms; f++) perForm.push(sheetFigures(b, u, f, explain));
    const s = b.sheets[u]![0]!;
    if (scheme.forms.length === 0) return { perForm, forms: [], figs: perForm[0]!, t: totals(perForm[0]!, s, explain) };
    const forms = perForm.map((pf, f) => totals(pf, b.sheets[u]![f]!, explain));
    const figs = combine(perForm, explain);
    return { perForm, forms, figs, t: totals(figs, s, explain) };
  }

  function wordsOfUnit(f: { figs: Figures; t: Totals }): UnitWords {
    return {
      items: f.figs.items.map((fg, k) => explanation(closeItem(k, fg))),
      sections: f.t.sections.map((sec) => (sec === undefined ? undefined : explanation(sec.lines!))),
      unit: explanation(f.t.lines!),
      forms: [],
    };
  }

  /** The last lines of an item's words: where its points went and its figure. */
  function closeItem(k: number, fg: ItemFig): Lines {
    const l = fg.lines!;
    const spec = items[k]!;
    noteShown(fg.own, l);
    if (fg.parts !== null)
      for (const p in fg.parts) say(l, "explain.item.part", { pool: poolById[p]!.title, value: fig(fg.parts[p]!) });
    if (fg.max === null) say(l, "explain.item.result-star", { pool: poolById[spec.pool]!.title, value: fig(fg.own) });
    else say(l, "explain.item.result", { value: fig(fg.own), max: fig(fg.max) });
    return l;
  }

  function unitResult(b: Batch, u: number, ranks: Array<RankInfo | undefined>): UnitResult {
    const { perForm, forms, figs, t } = unitFigures(b, u, false);
    const words = new Words(() => {
      const w = unitFigures(b, u, true);
      const all = wordsOfUnit(w);
      all.forms = w.forms.map((ft, f) => wordsOfUnit({ figs: w.perForm[f]!, t: ft }));
      if (scheme.forms.length > 0)
        say(toLines(all.unit), "explain.combine.unit", {
          parts: scheme.forms.map((fm, f) => fm.title + " " + fig(w.forms[f]!.total)).join("、"),
        });
      const rank = ranks[u];
      if (rank !== undefined) rankLines(toLines(all.unit), rank);
      return all;
    });
    const s = b.sheets[u]!;
    const out = result(s[0]!, figs, t, words, true);
    if (scheme.forms.length > 0) {
      const formsOut: Record<string, FormResult> = {};
      scheme.forms.forEach((fm, f) => {
        formsOut[fm.id] = result(s[f]!, perForm[f]!, forms[f]!, words.form(f), false);
      });
      out.forms = formsOut;
    }
    return out;
  }

  function toLines(e: Explanation): Lines {
    return { zh: e["zh-CN"], en: e.en };
  }

  // ---------------------------------------------------------------- the ranking (R21)

  interface RankInfo {
    place: number;
    count: number;
    marks: Array<{ end: "top" | "bottom"; count: number; label: string }>;
  }

  function rankLines(l: Lines, r: RankInfo): void {
    const rk = scheme.ranking!;
    say(l, "explain.rank", {
      rank: String(r.place),
      count: String(r.count),
      by: rk.by === "total" ? words("explain.total-word") : poolById[rk.by]!.title,
      order: words("explain.rank." + rk.order),
    });
    for (const m of r.marks) say(l, "explain.rank.mark." + m.end, { count: String(m.count), label: m.label });
  }

  function rank(results: UnitResult[], ranks: Array<RankInfo | undefined>): BatchResult["ranking"] {
    const rk = scheme.ranking;
    if (rk === null) return null;
    const value = (r: UnitResult) => (rk.by === "total" ? r.total : r.pools[rk.by]!);
    const names = results.map((r) => r.unit.name);
    const all = results.map((_, i) => i);
    const store = crossStore(results.map((r) => parse(value(r))!), all, names, rk.order); // figures read back exactly
    const order = all.sort((a, b) => store.ranks[a]! - store.ranks[b]! || byName(names)(a, b));
    const n = order.length;
    return order.map((i) => {
      const r = results[i]!;
      const place = store.ranks[i]!;
      // A tie at the edge includes all tied: the top N are the places up to N; the bottom N are
      // the places from that of the unit in position n − N + 1 on.
      const marks = rk.marks.filter((m) =>
        m.end === "top" ? place <= m.count : place >= store.ranks[order[Math.max(n - m.count, 0)]!]!,
      );
      ranks[i] = { place, count: n, marks };
      r.rank = place;
      for (const m of marks) r.flags.push(m.label);
      return { unit: names[i]!, rank: place, value: value(r), marks: marks.map((m) => m.label) };
    });
  }

  // ---------------------------------------------------------------- entry points

  function run(subs: Array<Record<string, any>>, alone: boolean): { units: UnitResult[]; ranks: Array<RankInfo | undefined> } {
    const b: Batch = {
      alone,
      sheets: subs.map(sheetsOf),
      cross: Array.from({ length: nForms }, () => new Array(items.length).fill(null)),
      peers: Array.from({ length: nForms }, () => new Array(items.length).fill(null)),
    };
    for (let k = 0; k < items.length; k++) for (let f = 0; f < nForms; f++) scoreItem(b, f, k);
    const ranks = new Array<RankInfo | undefined>(subs.length);
    const units = subs.map((_, u) => unitResult(b, u, ranks));
    return { units, ranks };
  }

  function refuse(problems: SubmissionProblem[]): never {
    throw new SubmissionError(problems, words("explain.refused", { count: String(problems.length) })[0]);
  }

  return {
    /** One unit on its own: figures that need the other units are pending (0 for now). */
    score(submission: unknown): UnitResult {
      const problems = validateSubmission(submission);
      if (problems.length > 0) refuse(problems);
      return run([submission as Record<string, any>], true).units[0]!;
    },
    /** All units together: ratios to the best, rank bands, peer averages, the ranking. */
    scoreAll(submissions: unknown[]): BatchResult {
      const problems = validateBatch(submissions);
      if (problems.length > 0) refuse(problems);
      const { units, ranks } = run(submissions as Array<Record<string, any>>, false);
      return { units, ranking: rank(units, ranks) };
    },
  };
}

/** Thrown by score() and scoreAll() for input that does not fit the scheme; nothing is scored. */
export class SubmissionError extends Error {
  readonly problems: SubmissionProblem[];
  constructor(problems: SubmissionProblem[], summary: string) {
    super(summary + "\n" + problems.map((p) => p.message["zh-CN"]).join("\n"));
    this.name = "SubmissionError";
    this.problems = problems;
  }
}

// ---------------------------------------------------------------- result objects
// Plain data with one lazy property: `explanation` is an own, enumerable accessor (so JSON and
// object spread see it) shared by every object of a kind, which finds the unit's words through
// private fields. Words are written once per unit, on the first read of any of its explanations.

/** The words of one unit (or one of its forms), written on first use and kept. */
class Words {
  #make: (() => UnitWords) | null;
  #done: UnitWords | null = null;
  readonly #form: number;
  readonly #of: Words | null;
  constructor(make: (() => UnitWords) | null, of: Words | null = null, form = -1) {
    this.#make = make;
    this.#of = of;
    this.#form = form;
  }
  get(): UnitWords {
    if (this.#of !== null) return this.#of.get().forms[this.#form]!;
    if (this.#done === null) {
      this.#done = this.#make!();
      this.#make = null;
    }
    return this.#done;
  }
  form(f: number): Words {
    return new Words(null, this, f);
  }
}

class ItemOut implements ItemResult {
  declare readonly explanation: Explanation;
  readonly #words: Words;
  readonly #k: number;
  constructor(
    readonly score: string,
    readonly max: string | null,
    readonly pools: Record<string, string>,
    readonly na: boolean,
    readonly vetoedBy: string[],
    readonly pending: boolean,
    words: Words,
    k: number,
  ) {
    this.#words = words;
    this.#k = k;
    Object.defineProperty(this, "explanation", ITEM_WORDS);
  }
  static words(o: ItemOut): Explanation {
    return o.#words.get().items[o.#k]!;
  }
}
const ITEM_WORDS: PropertyDescriptor = {
  get(this: ItemOut) {
    return ItemOut.words(this);
  },
  enumerable: true,
};

class SectionOut implements SectionResult {
  declare readonly explanation: Explanation;
  readonly #words: Words;
  readonly #i: number;
  constructor(
    readonly score: string,
    readonly max: string,
    readonly vetoedBy: string[],
    words: Words,
    i: number,
  ) {
    this.#words = words;
    this.#i = i;
    Object.defineProperty(this, "explanation", SECTION_WORDS);
  }
  static words(o: SectionOut): Explanation {
    return o.#words.get().sections[o.#i]!;
  }
}
const SECTION_WORDS: PropertyDescriptor = {
  get(this: SectionOut) {
    return SectionOut.words(this);
  },
  enumerable: true,
};

class UnitOut implements UnitResult {
  declare readonly explanation: Explanation;
  declare forms: UnitResult["forms"];
  declare rank: number | null;
  readonly #words: Words;
  constructor(
    readonly unit: UnitResult["unit"],
    readonly total: string,
    readonly pools: Record<string, string>,
    readonly items: Record<string, ItemResult>,
    readonly sections: Record<string, SectionResult>,
    readonly vetoes: FiredVeto[],
    readonly flags: string[],
    readonly target: string | null,
    readonly completion: string | null,
    readonly complete: boolean,
    words: Words,
    whole: boolean,
  ) {
    this.#words = words;
    // A form's result (R15) has no forms of its own and no rank.
    if (whole) {
      this.forms = null;
      this.rank = null;
    }
    Object.defineProperty(this, "explanation", UNIT_WORDS);
  }
  static words(o: UnitOut): Explanation {
    return o.#words.get().unit;
  }
}
const UNIT_WORDS: PropertyDescriptor = {
  get(this: UnitOut) {
    return UnitOut.words(this);
  },
  enumerable: true,
};
