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
  neg,
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
  FormResult,
  ItemResult,
  RankRow,
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
  /** By node index: not applicable to the unit's kind (`适用`): not submitted, not scored. */
  absent: boolean[];
  /** The unit's per-unit values (columns), e.g. 目标分数. */
  col: Record<string, Q>;
  /** The unit's named figures (量), shared by its sheets: computed once per unit. */
  fig: Record<string, Q>;
  /** By item index: the item's score before vetoes, N/A scaling and rounding (read by `得分(x)`). */
  own: Q[];
  /** By item index: what the item puts into other pools, or null. */
  parts: Array<Record<string, Q> | null>;
  /** By item index: needs the other units and was scored alone. */
  pending: boolean[];
  /** By item index: the item's named figures (量), written by the item function only while this
   *  is not null: a unit scored alone, or scored again for its items or words. */
  named: Array<Record<string, Q> | undefined> | null;
  /** A `不计分` veto fired for the unit (on any of its forms): it is compared with no one. */
  out: boolean;
}

/** The lines a generated item function writes when asked for words (W). */
export interface ItemWords {
  zh: string[];
  en: string[];
}

/**
 * What a cross-unit clause needs to know about the other units of one form of the batch, shared
 * by all units: the best value and who has it, and (rank bands only) each unit's rank.
 */
export interface Cross {
  best: Q;
  /** The units with the best value, in name order (at most three named). */
  leaders: string[];
  leaderCount: number;
  /** How many units the item applies to. */
  of: number;
  /** By unit index: competition ranks (1, 2, 2, 4); empty for ratio to the best. */
  ranks: number[];
}

export interface ItemSpec {
  id: string;
  title: string;
  node: number;
  pool: string;
  points: Q | null;
  /** The order of each cross-unit clause: "best" for ratio to the best, else the rank order. */
  cross: Array<"best" | "desc" | "asc">;
  /** Whether the item can put points into pools other than its own (★, 计入, rescale overflow),
   *  or into sections that hold it beyond its points. */
  parts: boolean;
  /** The sections (ids) it counts points in beyond its points; their key in its parts is
   *  `sectionPart(id)`. */
  sections: string[];
  /** Each cross-unit clause's figure for the unit, or null when a branch around it does not hold. */
  subjects: ((s: Sheet) => Array<Q | null>) | null;
  /**
   * Scores the item for sheet S (unit u of the batch) and returns its own score (kept in S.own at
   * the item's index); writes S.parts and S.pending there when the item has parts or compares
   * units (a sheet starts with none and nothing pending). X is null when the unit is scored
   * alone. With words (W), writes the item's lines into W.
   */
  run: (s: Sheet, x: Cross[] | null, u: number, words: ItemWords | null) => Q;
}

export interface NodeSpec {
  id: string;
  title: string;
  /** How a sum names it: an item by its code or id, a section by its title. */
  label: string;
  kind: "section" | "item";
  parent: number | null;
  pool: string;
  points: Q | null;
  /** The IR's greatest reachable score: the maximum of a section without declared points. */
  max: Q;
  /** Index into SchemeTable.items for an item. */
  item: number | null;
  children: number[];
  /** The unit kinds it applies to (`适用`, already narrowed by its parents and pool); null: all. */
  appliesTo: string[] | null;
}

export interface PoolSpec {
  id: string;
  title: string;
  kind: "base" | "adjustment" | "bonus";
  points: Q | null;
  /** The unit kinds it applies to; null: all. */
  appliesTo: string[] | null;
}

export interface VetoSpec {
  id: string;
  label: string;
  target: FiredVeto["target"];
  /** `总分 最高 59分`: what the total is capped at; `总分 为 59分`: what it is set to; null for other targets. */
  cap: Q | null;
  /** `评定 不合格`: the rating it sets; null for other targets. */
  rating: string | null;
  /** Node index of the item or section it zeroes, or ("disqualify-node") the unit is disqualified for. */
  node: number | null;
  /** Node index of the item or section it is written in; null at the top level. */
  scope: number | null;
  test: (s: Sheet) => boolean;
  /** The condition with the unit's values, in zh-CN and en. */
  describe: (s: Sheet) => readonly [string, string];
}

/** `评定 { 优秀: 总分 ≥ 90 … }`: the levels in order; 其余 has no test. */
export interface RatingSpec {
  levels: Array<{
    label: string;
    text: string;
    test: ((s: Sheet, total: Q) => boolean) | null;
    describe: ((s: Sheet, total: Q) => readonly [string, string]) | null;
  }>;
}

export interface FigureSpec {
  name: string;
  /** The expression as written. */
  text: string;
  /** Its value for sheet S (the calculation carries the figures it reads). */
  value: (s: Sheet) => Q;
  /** The expression with the unit's figures, in zh-CN and en. */
  describe: (s: Sheet) => readonly [string, string];
  /** The value as an explanation writes it (a rate as a percent, an amount with its unit). */
  show: (v: Q) => string;
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
  /** Named figures, each after those it reads. */
  figures: FigureSpec[];
  rating: RatingSpec | null;
  forms: Array<{ id: string; title: string }>;
  naPolicy: "renormalise" | "peer-average" | null;
  rounding: Rounding | null;
  /** The rankings in the order written (R21). */
  rankings: Array<{
    /** Its name; null for the one ranking of a scheme written without. */
    id: string | null;
    title: string | null;
    /** The unit kinds it ranks; null: every unit. */
    appliesTo: string[] | null;
    /** "total", "completion", "figure", or a pool id. */
    by: string;
    /** With `by` "figure": the figure's name. */
    figure: string | null;
    order: "desc" | "asc";
    marks: Array<{ end: "top" | "bottom"; count: number; label: string }>;
  }>;
  target: { column: string; pool: string | null } | null;
  units: Record<string, { kind: string; values: Record<string, Q> }>;
  /** The unit kind when the scheme declares exactly one: a unit that gives none is of it. */
  soleKind: string | null;
}

export type Validate = (value: unknown) => SubmissionProblem[];

/** How a figure that does not terminate is shown when the scheme declares no rounding. */
const SHOWN_WHEN_UNDECLARED: Rounding = { digits: 4, mode: "half-up", stage: "total" };
/** Decimals shown for an intermediate figure in an explanation (cut, followed by "…"). */
const SHOWN_DIGITS = 6;

/** A figure as an explanation writes it: with a minus sign (−), not a hyphen. */
export function signed(text: string): string {
  return text.charCodeAt(0) === 45 ? "−" + text.slice(1) : text;
}

/** An intermediate figure in an explanation: exact, or its first decimals followed by "…". */
export function show(q: Q): string {
  return signed(toDisplay(q, SHOWN_DIGITS));
}

/** A rate held as a fraction, written as the scheme writes rates: 0.115 is "11.5%". */
export function showRate(q: Q): string {
  return show(mul(q, HUNDRED)) + "%";
}
const HUNDRED: Q = { n: 100, d: 1 };

/**
 * A sum as an explanation writes it, "3 − 4 + 2 = 1" rather than "3 + -4 + 2": each term after
 * the first joins with the sign of its figure. A term's label («「1」», «基准分 ») stands before
 * its figure: "「1」5 − 「3」4".
 */
export function sumWords(values: readonly Q[], labels: readonly string[] | null = null): string {
  if (values.length === 0) return "0";
  let out = (labels === null ? "" : labels[0]!) + show(values[0]!);
  for (let i = 1; i < values.length; i++) {
    const q = values[i]!;
    const negative = sign(q) < 0;
    out += (negative ? " − " : " + ") + (labels === null ? "" : labels[i]!) + show(negative ? neg(q) : q);
  }
  return out;
}

/** `无此项 按 平均分` for one item over one form of the batch. */
interface PeerStore {
  count: number;
  sum: Q;
  own: Q;
  parts: Record<string, Q> | null;
}

/** What the sums of a unit of one kind read: see absentFor. */
interface KindPlan {
  /** By node index: absent for the kind. */
  nodes: boolean[];
  /** By pool index: absent for the kind. */
  pools: boolean[];
  /** By node index: a section's children in its pool that are present. */
  kids: number[][];
  /** By node index: the present items that count in the section beyond their points. */
  beyond: number[][];
  /** By pool index: the present nodes at the top of the pool. */
  roots: number[][];
  /** The present items that can put points outside their own figure (parts). */
  withParts: number[];
}

interface Batch {
  alone: boolean;
  /** [unit − first][form]: a unit's own part of a batch (batchOf) holds its sheets alone. */
  sheets: Sheet[][];
  /** The unit index of sheets[0]. */
  first: number;
  /** [form][item]: per cross-unit clause, or null. */
  cross: Array<Array<Cross[] | null>>;
  /** [form][item] */
  peers: Array<Array<PeerStore | null>>;
}

/**
 * A unit's item figures on one sheet (or combined over its forms), by item index. own and parts
 * are the sheet's own arrays, taken over (the sheet is released right after, see release());
 * arrays shared with the sheet (na, pending) or with the scheme (max) are copied before they are
 * changed.
 */
interface Figures {
  own: Q[];
  parts: Array<Record<string, Q> | null>;
  max: Array<Q | null>;
  na: boolean[];
  /** By node index (`适用`). */
  absent: boolean[];
  pending: boolean[];
  /** Each item's named figures (量), by item index; null when they were not asked for. */
  named: Array<Record<string, Q> | undefined> | null;
  /** Ids of the vetoes that zeroed each item; null for none. */
  vetoedBy: Array<string[] | null>;
  /** Each item's words; null without words. */
  lines: Lines[] | null;
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
  /** null: not scored (`不计分`). */
  total: Q | null;
  target: Q | null;
  completion: Q | null;
  /** The unit's rating (评定); null when the scheme has none, or no level holds. */
  rating: string | null;
  lines: Lines | null;
}

/** All the words of one unit (and of each of its forms). */
interface UnitWords {
  items: Explanation[];
  sections: Array<Explanation | undefined>;
  unit: Explanation;
  forms: UnitWords[];
}


/** A unit's figures: per form, their totals, and combined (the same as perForm[0] without forms). */
interface UnitFigures {
  perForm: Figures[];
  forms: Totals[];
  figs: Figures;
  t: Totals;
}

const NO_VETOES: VetoSpec[] = [];
const DISQUALIFIED = "disqualified";
const NOT_SCORED = "not-scored";

/** Whether a veto zeroes the item or section it names (取消评优 for a node leaves its score). */
function zeroesNode(v: VetoSpec): boolean {
  return v.target === "item" || v.target === "section";
}

/** An item's parts are keyed by pool id, and by `§` and the section id for what it counts in a
 *  section that holds it, beyond its points (no pool id starts with `§`). */
export function sectionPart(section: string): string {
  return "§" + section;
}

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
  const itemPoints = items.map((it) => it.points);
  const noVetoes: Array<string[] | null> = items.map(() => null);
  const poolRoot = nodes.map((n) => n.parent === null || nodes[n.parent]!.pool !== n.pool);
  const sectionKids = nodes.map((n) => n.children.filter((c) => nodes[c]!.pool === n.pool));
  /** By section: the items that count points in it beyond their points, and the key of those points. */
  const beyondOf = nodes.map((n) =>
    n.kind === "section" ? items.flatMap((it, k) => (it.sections.includes(n.id) ? [k] : [])) : [],
  );
  const partKey = nodes.map((n) => sectionPart(n.id));
  const sectionTitle: Record<string, string> = {};
  for (const n of nodes) if (n.kind === "section") sectionTitle[sectionPart(n.id)] = n.title;
  /** The items a veto on node i zeroes: those under it that score in its pool (★ items do not). */
  const itemsUnder = nodes.map((target, i) => {
    const out: number[] = [];
    const walk = (j: number) => {
      const node = nodes[j]!;
      if (node.item !== null && node.pool === target.pool) out.push(node.item);
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
  /** How a sum names a node: 「label」. */
  function term(label: string): string {
    return "「" + label + "」";
  }
  /** A total in an explanation: its figure, or (`不计分`) the words for none. */
  function totalWords(q: Q | null): readonly [string, string] | string {
    return q === null ? words("explain.not-scored-word") : figWords(q);
  }
  /** A final figure (rounded as declared) in an explanation: with a minus sign. */
  function figWords(q: Q): string {
    return signed(fig(q));
  }
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
    if (l !== null && r !== q && cmp(r, q) !== 0)
      say(l, "explain.rounded", { rule: ruleText, from: show(q), to: figWords(r) });
    return r;
  }

  /** Notes that a figure which does not terminate is shown rounded, while sums use it exactly. */
  function noteShown(q: Q, l: Lines): void {
    if (toDecimal(q) === null) say(l, "explain.shown-rounded", { rule: ruleText, from: show(q), to: figWords(q) });
  }

  // ---------------------------------------------------------------- sheets

  // Read-only arrays shared by the sheets that need no array of their own: no item N/A, nothing
  // pending (only a unit scored alone can have pending figures), no item that feeds other pools.
  // Writing the value they already hold is harmless; anything else gets its own array.
  const noNa: boolean[] = items.map(() => false);
  const noPending: boolean[] = items.map(() => false);
  const NO_FIGURES: Record<string, Q> = {};
  const noParts: Array<Record<string, Q> | null> = items.map(() => null);
  /** Copied for each sheet (a copy of a filled array is cheaper than filling a new one). */
  const zeros: Q[] = items.map(() => ZERO);
  const nulls: null[] = items.map(() => null);
  /** The listed units by name: a Map, since names from a submission are new strings each time. */
  const listedUnits = new Map(Object.entries(scheme.units));
  /** Section node indices, children before parents (nodes are in pre-order). */
  const sectionsUp = nodes.flatMap((n, i) => (n.kind === "section" ? [i] : [])).reverse();
  const anyParts = items.some((it) => it.parts);
  const notScored = scheme.vetoes.filter((v) => v.target === "not-scored");
  /**
   * By unit kind: which nodes and pools are absent for units of that kind (`适用`), and what the
   * sums of a unit of that kind read, worked out once per kind rather than once per unit.
   */
  const absentByKind = new Map<string | null, KindPlan>();
  function absentFor(kind: string | null): KindPlan {
    let got = absentByKind.get(kind);
    if (got === undefined) {
      const out = (a: string[] | null) => a !== null && (kind === null || !a.includes(kind));
      const gone = nodes.map((n) => out(n.appliesTo));
      const here = (k: number) => !gone[items[k]!.node];
      got = {
        nodes: gone,
        pools: scheme.pools.map((p) => out(p.appliesTo)),
        kids: sectionKids.map((kids) => kids.filter((c) => !gone[c])),
        beyond: beyondOf.map((ks) => ks.filter(here)),
        roots: scheme.pools.map((p) => nodes.flatMap((n, i) => (n.pool === p.id && poolRoot[i] && !gone[i] ? [i] : []))),
        withParts: items.flatMap((it, k) => (it.parts && here(k) ? [k] : [])),
      };
      absentByKind.set(kind, got);
    }
    return got;
  }
  const released: Q[] = [];

  function sheetsOf(sub: Record<string, any>, alone: boolean): Sheet[] {
    const unit = sub.unit as { name: string; kind?: string; target?: number | string };
    const known = listedUnits.get(unit.name);
    const kind = unit.kind ?? known?.kind ?? scheme.soleKind;
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
      const na = listed.length === 0 ? noNa : items.map((it) => listed.includes(it.id));
      out.push({
        unit: unit.name,
        kind,
        form: f,
        facts,
        items: src.items ?? {},
        na,
        absent: absentFor(kind).nodes,
        col,
        fig: NO_FIGURES,
        own: zeros.slice(),
        parts: anyParts ? nulls.slice() : noParts,
        pending: alone ? noPending.slice() : noPending,
        named: alone ? [] : null,
        out: false,
      });
    }
    if (scheme.figures.length > 0) {
      const fig: Record<string, Q> = {};
      for (const sheet of out) sheet.fig = fig;
      for (const f of scheme.figures) fig[f.name] = f.value(out[0]!);
    }
    return out;
  }

  /** The unit's figures (量) in words, how each was computed: the first lines of its explanation. */
  function figureLines(l: Lines, s: Sheet): void {
    for (const f of scheme.figures) {
      const how = f.describe(s);
      say(l, "explain.figure.line", { name: f.name, text: f.text, how, value: signed(f.show(s.fig[f.name]!)) });
    }
  }

  // ---------------------------------------------------------------- items, across the batch

  function byName(names: string[]) {
    return (a: number, b: number) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0);
  }

  /**
   * The best value of one figure over the units listed, who has it, and (for rank bands) each
   * unit's competition rank: 1, 2, 2, 4. Ties are listed in name order, so the order of the
   * units in the batch changes nothing.
   */
  function crossOf(values: Q[], units: number[], names: string[], order: "best" | "desc" | "asc"): Cross {
    const desc = order !== "asc";
    const tie = byName(names);
    let best = ZERO;
    let tied: number[] = [];
    for (const u of units) {
      const c = tied.length === 0 ? 0 : cmp(values[u]!, best);
      if (tied.length === 0 || (desc ? c : -c) > 0) {
        best = values[u]!;
        tied = [u];
      } else if (c === 0) tied.push(u);
    }
    tied.sort(tie);
    const leaders = tied.slice(0, 3).map((u) => names[u]!);
    const ranks: number[] = [];
    if (order !== "best") {
      const idx = units.slice().sort((a, b) => {
        const c = cmp(values[b]!, values[a]!);
        return (desc ? c : -c) || tie(a, b);
      });
      ranks.length = values.length;
      for (let i = 0; i < idx.length; i++) {
        const cur = idx[i]!;
        const prev = idx[i - 1];
        ranks[cur] = prev !== undefined && cmp(values[prev]!, values[cur]!) === 0 ? ranks[prev]! : i + 1;
      }
    }
    return { best, leaders, leaderCount: tied.length, of: units.length, ranks };
  }

  /** Scores item k of form f for every unit (figures only), with what it needs from the others. */
  function scoreItem(b: Batch, group: Sheet[], f: number, k: number): void {
    const spec = items[k]!;
    const node = spec.node;
    if (spec.cross.length === 0 || b.alone) {
      let anyNa = false;
      for (let u = 0; u < group.length; u++) {
        const s = group[u]!;
        if (s.absent[node]) continue;
        if (s.na[k]) anyNa = true;
        else if (!uncompared(s, k)) s.own[k] = spec.run(s, null, u, null);
      }
      if (anyNa) fillNotApplicable(b, group, f, k);
      return;
    }
    const applies = appliesTo(group, k);
    const names = group.map((s) => s.unit);
    const subjects: Q[][] = spec.cross.map(() => new Array<Q>(group.length).fill(ZERO));
    // A clause inside a branch compares only the units for which the branch holds.
    const compared: number[][] = spec.cross.map(() => []);
    // Indexed loops: these run over every unit of the batch once per item, and a for…of that the
    // engine has not optimised yet makes an object per step.
    for (let i = 0; i < applies.length; i++) {
      const u = applies[i]!;
      const v = spec.subjects!(group[u]!);
      for (let c = 0; c < v.length; c++) {
        const x = v[c];
        if (x === null || x === undefined) continue;
        subjects[c]![u] = x;
        compared[c]!.push(u);
      }
    }
    const cross = spec.cross.map((order, c) => crossOf(subjects[c]!, compared[c]!, names, order));
    b.cross[f]![k] = cross;
    for (let i = 0; i < applies.length; i++) {
      const u = applies[i]!;
      group[u]!.own[k] = spec.run(group[u]!, cross, u, null);
    }
    if (applies.length < group.length && group.some((s) => s.na[k] && !s.absent[node])) fillNotApplicable(b, group, f, k);
  }

  /**
   * The units of the group item k is compared over (ratio to the best, rank bands, peer average):
   * present for their kind, not reported N/A, and scored (`不计分` leaves a unit out).
   */
  function appliesTo(group: Sheet[], k: number): number[] {
    const node = items[k]!.node;
    const out: number[] = [];
    for (let u = 0; u < group.length; u++) {
      const s = group[u]!;
      if (!s.absent[node] && !s.na[k] && !s.out) out.push(u);
    }
    return out;
  }

  /**
   * A unit not scored is compared with no one: an item that compares units, or that it reports N/A
   * under `无此项 按 平均分`, is not worked out for it (0, not pending).
   */
  function uncompared(s: Sheet, k: number): boolean {
    return s.out && (items[k]!.cross.length > 0 || (s.na[k]! && scheme.naPolicy === "peer-average"));
  }

  /** Item k's figure for the units that reported it N/A: the peer average, or 0 (R14). */
  function fillNotApplicable(b: Batch, group: Sheet[], f: number, k: number): void {
    const node = items[k]!.node;
    const peer = scheme.naPolicy === "peer-average" && !b.alone ? peerStore(group, appliesTo(group, k), k) : null;
    b.peers[f]![k] = peer;
    for (let u = 0; u < group.length; u++) {
      const s = group[u]!;
      if (!s.na[k] || s.absent[node] || uncompared(s, k)) continue;
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
    const s = sheetsAt(b, u)[f]!;
    const words = explain ? relive(b, u, f, true) : s.own === released ? (relive(b, u, f, false), null) : null;
    let fired = NO_VETOES;
    for (const v of scheme.vetoes) if (fires(v, s)) (fired === NO_VETOES ? (fired = []) : fired).push(v);
    const figs: Figures = {
      own: s.own,
      parts: s.parts,
      max: itemPoints,
      na: s.na,
      absent: s.absent,
      pending: s.pending,
      named: s.named,
      vetoedBy: noVetoes,
      lines: words,
      fired,
      firedLines: explain ? lines() : null,
    };
    for (const v of fired) applyVeto(v, explain ? v.describe(s) : null, figs);
    if (scheme.naPolicy === "renormalise") renormalise(figs);
    roundItems(figs);
    return figs;
  }

  /** Whether veto v fires for sheet s: one written in, or aimed at, a node absent for the unit's kind does nothing. */
  function fires(v: VetoSpec, s: Sheet): boolean {
    return (v.node === null || !s.absent[v.node]) && (v.scope === null || !s.absent[v.scope]) && v.test(s);
  }

  /**
   * Scores sheet f of unit u again, every item in evaluation order (so that `得分(x)` reads what
   * it read the first time), filling the sheet's figures again if they were released, and the
   * items' named figures (S.named, asked for from now on); with `explain`, returns every item's words.
   */
  function relive(b: Batch, u: number, f: number, explain: true): Lines[];
  function relive(b: Batch, u: number, f: number, explain: false): null;
  function relive(b: Batch, u: number, f: number, explain: boolean): Lines[] | null {
    const s = sheetsAt(b, u)[f]!;
    s.named ??= [];
    if (s.own === released) {
      s.own = items.map(() => ZERO);
      if (anyParts) s.parts = items.map(() => null);
    }
    if (!explain) {
      for (let k = 0; k < items.length; k++) itemFigures(b, u, f, k);
      return null;
    }
    return items.map((_, k) => itemLines(b, u, f, k));
  }

  /** Item k's figures again (as scoreItem wrote them), for a unit whose figures were released. */
  function itemFigures(b: Batch, u: number, f: number, k: number): void {
    const s = sheetsAt(b, u)[f]!;
    if (s.absent[items[k]!.node] || uncompared(s, k)) return;
    if (!s.na[k]) {
      s.own[k] = items[k]!.run(s, b.cross[f]![k] ?? null, u, null);
      return;
    }
    const peer = b.peers[f]![k] ?? null;
    s.own[k] = peer === null ? ZERO : peer.own;
    s.parts[k] = peer === null ? null : peer.parts;
  }

  /** Unit u's sheets, one per form. */
  function sheetsAt(b: Batch, u: number): Sheet[] {
    return b.sheets[u - b.first]!;
  }

  /**
   * After a unit's result is built its sheets' figures are no longer needed (the batch pass is
   * over, and words are made by relive): they are released, to keep a large batch small.
   */
  function release(b: Batch, u: number): void {
    for (const s of sheetsAt(b, u)) {
      s.own = released;
      if (anyParts) s.parts = noParts;
    }
  }

  /** The words of item k before vetoes (its rules, or what N/A means for it), its figures refilled. */
  function itemLines(b: Batch, u: number, f: number, k: number): Lines {
    const s = sheetsAt(b, u)[f]!;
    if (s.absent[items[k]!.node]) return lines();
    if (uncompared(s, k)) {
      const l = lines();
      if (s.na[k]) say(l, "explain.na", {});
      say(l, "explain.not-scored.item", {});
      return l;
    }
    if (!s.na[k]) {
      const l = lines();
      s.own[k] = items[k]!.run(s, b.cross[f]![k] ?? null, u, l);
      return l;
    }
    const peer = b.peers[f]![k] ?? null;
    s.own[k] = peer === null ? ZERO : peer.own;
    s.parts[k] = peer === null ? null : peer.parts;
    const l = lines();
    say(l, "explain.na", {});
    if (scheme.naPolicy !== "peer-average") say(l, "explain.na.renormalise", {});
    else if (b.alone) say(l, "explain.na.pending", {});
    else if (peer === null || peer.count === 0) say(l, "explain.na.peer-none", {});
    else say(l, "explain.na.peer", { count: String(peer.count), sum: show(peer.sum), value: show(peer.own) });
    return l;
  }

  /** Zeroes what a veto targets and says why; the total and disqualification act in totals(). */
  function applyVeto(v: VetoSpec, cond: readonly [string, string] | null, figs: Figures): void {
    const code = "explain.veto." + v.target;
    const title = v.node === null ? "" : nodes[v.node]!.title;
    const args = cond === null ? null : { label: v.label, cond, title, cap: v.cap === null ? "" : show(v.cap), rating: v.rating ?? "" };
    if (figs.firedLines !== null) say(figs.firedLines, code, args!);
    if (!zeroesNode(v)) return;
    if (figs.vetoedBy === noVetoes) figs.vetoedBy = items.map(() => null);
    for (const k of itemsUnder[v.node!]!) {
      // Its score in its own pool: ★ parts it puts into other pools stand (only 总分 takes them);
      // what it counts in a section beyond its points is its own score, and goes with it.
      (figs.vetoedBy[k] ??= []).push(v.id);
      figs.own[k] = ZERO;
      if (items[k]!.sections.length > 0) figs.parts[k] = withoutSections(figs.parts[k]!);
      if (figs.lines !== null) say(figs.lines[k]!, code, args!);
    }
  }

  /** An item's parts without what it counts in sections (the pools' parts only). */
  function withoutSections(parts: Record<string, Q> | null): Record<string, Q> | null {
    if (parts === null) return null;
    const out: Record<string, Q> = {};
    for (const p in parts) if (!p.startsWith("§")) out[p] = parts[p]!;
    return out;
  }

  /** `无此项 按 重新分配`: the applicable items of a pool share the points of those not applicable. */
  function renormalise(figs: Figures): void {
    for (const pool of scheme.pools) {
      let whole = ZERO;
      let gone = ZERO;
      for (let k = 0; k < items.length; k++) {
        const it = items[k]!;
        if (it.pool !== pool.id || it.points === null || figs.absent[it.node]) continue;
        whole = add(whole, it.points);
        if (figs.na[k]) gone = add(gone, it.points);
      }
      if (sign(gone) === 0) continue;
      const kept = pool.points ?? whole;
      const left = sub(kept, gone);
      const factor = div(kept, left);
      if (figs.max === itemPoints) figs.max = itemPoints.slice();
      for (let k = 0; k < items.length; k++) {
        const it = items[k]!;
        if (it.pool !== pool.id || it.points === null || figs.absent[it.node]) continue;
        if (figs.na[k]) {
          figs.max[k] = ZERO;
          continue;
        }
        const own = figs.own[k]!;
        const scaled = mul(own, factor);
        const max = mul(it.points, factor);
        if (figs.lines !== null)
          say(figs.lines[k]!, "explain.renormalised", {
            score: show(own),
            pool: pool.title,
            kept: show(kept),
            left: show(left),
            value: show(scaled),
            points: show(it.points),
            max: show(max),
          });
        figs.own[k] = scaled;
        figs.max[k] = max;
      }
    }
  }

  function roundItems(figs: Figures): void {
    if (R === null || R.stage !== "item") return;
    for (let k = 0; k < items.length; k++) {
      const l = figs.lines === null ? null : figs.lines[k]!;
      figs.own[k] = roundAt("item", figs.own[k]!, l);
      const parts = figs.parts[k];
      if (parts === null || parts === undefined) continue;
      const rounded: Record<string, Q> = {};
      for (const p in parts) rounded[p] = roundAt("item", parts[p]!, l);
      figs.parts[k] = rounded;
    }
  }

  // ---------------------------------------------------------------- sections, pools, total

  function totals(figs: Figures, s: Sheet, explain: boolean): Totals {
    const plan = absentFor(s.kind);
    const sections = new Array<SectionFig | undefined>(nodes.length);
    for (const i of sectionsUp) {
      const node = nodes[i]!;
      if (plan.nodes[i]) continue;
      const l = explain ? lines() : null;
      const kids = plan.kids[i]!;
      let score = ZERO;
      let max = ZERO;
      for (const c of kids) {
        const item = nodes[c]!.item;
        score = add(score, item !== null ? figs.own[item]! : sections[c]!.score);
        max = add(max, item !== null ? (figs.max[item] ?? ZERO) : sections[c]!.max);
      }
      if (node.points === null) max = node.max;
      // What items count in the section beyond their points (`计入 <section>`).
      let beyond: Q[] | null = null;
      let beyondBy: string[] | null = null;
      for (const k of plan.beyond[i]!) {
        const part = figs.parts[k]?.[partKey[i]!];
        if (part === undefined) continue;
        score = add(score, part);
        if (l === null) continue;
        (beyond ??= []).push(part);
        (beyondBy ??= []).push(term(nodes[items[k]!.node]!.label));
      }
      if (l !== null)
        say(l, beyond === null ? "explain.section.sum" : "explain.section.sum-beyond", {
          parts: sumWords(
            kids.map((c) => scoreOf(c, figs, sections)),
            kids.map((c) => term(nodes[c]!.label)),
          ),
          beyond: beyond === null ? "" : sumWords(beyond, beyondBy!),
          value: show(score),
        });
      let vetoedBy = NONE_VETOED;
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
    roundPoolTops(figs);

    const l = explain ? lines() : null;
    if (l !== null) figureLines(l, s);
    const pools: Record<string, Q> = {};
    let total = ZERO;
    const poolValues: Q[] = [];
    const poolLabels: string[] = [];
    for (let pi = 0; pi < scheme.pools.length; pi++) {
      if (plan.pools[pi]) continue;
      const pool = scheme.pools[pi]!;
      const values: Q[] = [];
      const labels: string[] = [];
      let v = ZERO;
      for (const i of plan.roots[pi]!) {
        const x = scoreOf(i, figs, sections);
        v = add(v, x);
        if (l === null) continue;
        values.push(x);
        labels.push(term(nodes[i]!.label));
      }
      for (const k of plan.withParts) {
        const part = figs.parts[k]?.[pool.id];
        if (part === undefined) continue;
        v = add(v, part);
        if (l === null) continue;
        values.push(part);
        labels.push(term(nodes[items[k]!.node]!.label));
      }
      if (l !== null) say(l, "explain.pool.sum", { pool: pool.title, parts: sumWords(values, labels), value: show(v) });
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
      if (l !== null) {
        poolValues.push(v);
        poolLabels.push(pool.title + " ");
      }
    }
    if (l !== null) say(l, "explain.total", { parts: sumWords(poolValues, poolLabels), value: show(total) });
    const final = figs.fired.length === 0 ? total : vetoedTotal(total, figs.fired, l);
    if (l !== null) {
      l.zh.push(...figs.firedLines!.zh);
      l.en.push(...figs.firedLines!.en);
    }
    // A unit not scored (不计分) has no rating either.
    const rating = final === null ? null : rate(s, final, figs.fired, l);
    const t: Totals = { sections, pools, total: final, target: null, completion: null, rating, lines: l };
    target(t, s);
    return t;
  }

  /**
   * The total after the total vetoes that fired: none when the unit is not scored (`不计分`); else
   * set (`总分 为 59分`; of several, the lowest), then capped (`总分 最高 59分`), then zeroed (`总分`),
   * each said when it changes the figure or sets it.
   */
  function vetoedTotal(total: Q, fired: VetoSpec[], l: Lines | null): Q | null {
    const out = fired.find((v) => v.target === "not-scored");
    if (out !== undefined) {
      if (l !== null) say(l, "explain.total.not-scored", { label: out.label });
      return null;
    }
    let set: VetoSpec | null = null;
    for (const v of fired) if (v.target === "total-set" && (set === null || cmp(v.cap!, set.cap!) < 0)) set = v;
    if (set !== null) {
      if (l !== null) say(l, "explain.total.set", { before: show(total), cap: show(set.cap!), label: set.label });
      total = set.cap!;
    }
    for (const v of fired)
      if (v.target === "total-cap" && cmp(total, v.cap!) > 0) {
        if (l !== null) say(l, "explain.total.capped", { before: show(total), cap: show(v.cap!), label: v.label });
        total = v.cap!;
      }
    return fired.some((v) => v.target === "total") ? ZERO : total;
  }

  /** The unit's rating: the label a fired veto sets (the first), else the first level whose
   *  criterion holds for the final total (其余: the rest); null when none holds. */
  function rate(s: Sheet, total: Q, fired: VetoSpec[], l: Lines | null): string | null {
    if (scheme.rating === null) return null;
    const veto = fired.find((v) => v.target === "rating");
    if (veto !== undefined) {
      if (l !== null) say(l, "explain.rating.vetoed", { label: veto.label, rating: veto.rating! });
      return veto.rating;
    }
    for (const level of scheme.rating.levels) {
      if (level.test !== null && !level.test(s, total)) continue;
      if (l !== null)
        if (level.describe === null) say(l, "explain.rating.otherwise", { rating: level.label });
        else say(l, "explain.rating", { cond: level.describe(s, total), rating: level.label });
      return level.label;
    }
    if (l !== null) say(l, "explain.rating.none", {});
    return null;
  }

  /** Items at the top of a pool are rounded with the sections (rounding again changes nothing). */
  function roundPoolTops(figs: Figures): void {
    if (R?.stage !== "section") return;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.item === null || !poolRoot[i] || figs.absent[i]) continue;
      figs.own[node.item] = roundAt("section", figs.own[node.item]!, figs.lines === null ? null : figs.lines[node.item]!);
    }
  }

  /** A node's figure: an item's own, or a section's as totals() summed it. */
  function scoreOf(i: number, figs: Figures, sections: Array<SectionFig | undefined>): Q {
    const item = nodes[i]!.item;
    return item !== null ? figs.own[item]! : sections[i]!.score;
  }

  /** R16: completion = score ÷ the unit's target, a fraction, rounded to the scheme's decimals + 2. */
  function target(t: Totals, s: Sheet): void {
    const tg = scheme.target;
    const goal = tg === null ? undefined : s.col[tg.column];
    if (tg === null || goal === undefined) return;
    const score = tg.pool === null ? t.total : t.pools[tg.pool]!;
    t.target = goal;
    if (score === null) return; // not scored: no completion
    t.completion = round(div(score, goal), shownRule.digits + 2, shownRule.mode);
    if (t.lines !== null)
      say(t.lines, sign(goal) === 0 ? "explain.target.zero" : "explain.target", {
        of: tg.pool === null ? words("explain.total-word") : poolById[tg.pool]!.title,
        score: figWords(score),
        target: figWords(goal),
        value: signed(toDecimal(mul(t.completion, int(100)))!),
      });
  }

  /** Item k's named figures over the forms: each the mean over the forms that worked it out. */
  function meanFigures(forms: Figures[], k: number): Record<string, Q> | undefined {
    const got = forms.flatMap((f) => (f.named?.[k] === undefined ? [] : [f.named[k]!]));
    if (got.length === 0) return undefined;
    const out: Record<string, Q> = {};
    for (const name in got[0]!) out[name] = mean(got.map((g) => g[name]!));
    return out;
  }

  /** R15: every item figure is the mean over the forms; a veto fired on any form applies. */
  function combine(forms: Figures[], explain: boolean): Figures {
    const n = int(forms.length);
    // Arrays the size of the items from the start (pushing one by one copies them as they grow);
    // the scheme's own arrays when every form has them (most often: no N/A, nothing pending, the
    // items' points as maxima), since nothing changes a combined figure's na, pending or max.
    const sameNa = forms.every((f) => f.na === noNa);
    const samePending = forms.every((f) => f.pending === noPending);
    const samePoints = forms.every((f) => f.max === itemPoints);
    const figs: Figures = {
      own: zeros.slice(),
      parts: anyParts ? nulls.slice() : noParts,
      max: samePoints ? itemPoints : nulls.slice(),
      na: sameNa ? noNa : noNa.slice(),
      absent: forms[0]!.absent,
      pending: samePending ? noPending : noPending.slice(),
      named: forms[0]!.named === null ? null : items.map((_, k) => meanFigures(forms, k)),
      vetoedBy: noVetoes,
      lines: explain ? [] : null,
      fired: scheme.vetoes.filter((v) => forms.some((f) => f.fired.includes(v))),
      firedLines: explain ? lines() : null,
    };
    for (let k = 0; k < items.length; k++) {
      let total = ZERO;
      let parts: Record<string, Q> | null = null;
      const max0 = forms[0]!.max[k] ?? null;
      let sameMax = true;
      let anyMax = false;
      let allNa = true;
      let anyPending = false;
      let vetoedBy: string[] | null = null;
      for (const f of forms) {
        total = add(total, f.own[k]!);
        const p = f.parts[k];
        if (p !== null && p !== undefined) {
          parts ??= {};
          for (const pool in p) parts[pool] = add(parts[pool] ?? ZERO, p[pool]!);
        }
        const m = f.max[k] ?? null;
        if (m !== max0) sameMax = false;
        if (m !== null) anyMax = true;
        if (!f.na[k]) allNa = false;
        if (f.pending[k]) anyPending = true;
        for (const id of f.vetoedBy[k] ?? []) if (!(vetoedBy ??= []).includes(id)) vetoedBy.push(id);
      }
      const own = div(total, n);
      if (parts !== null) for (const pool in parts) parts[pool] = div(parts[pool]!, n);
      figs.own[k] = own;
      if (parts !== null) figs.parts[k] = parts;
      // The mean of the forms' maxima: most often the item's points on every form.
      if (!samePoints) figs.max[k] = !anyMax ? null : sameMax ? max0 : mean(forms.map((f) => f.max[k] ?? ZERO));
      if (!sameNa) figs.na[k] = allNa;
      if (!samePending) figs.pending[k] = anyPending;
      if (vetoedBy !== null) {
        if (figs.vetoedBy === noVetoes) figs.vetoedBy = nulls.slice();
        figs.vetoedBy[k] = vetoedBy.sort();
      }
      if (figs.lines !== null) {
        const l = lines();
        forms.forEach((f, i) => {
          const form = f.lines![k]!;
          for (let j = 0; j < form.zh.length; j++)
            say(l, "explain.combine.form-line", { form: scheme.forms[i]!.title, line: [form.zh[j]!, form.en[j]!] });
        });
        say(l, "explain.combine.item", {
          parts: forms.map((f, i) => scheme.forms[i]!.title + " " + show(f.own[k]!)).join("、"),
          count: String(forms.length),
          value: show(own),
        });
        figs.lines.push(l);
      }
    }
    for (const v of figs.fired) {
      if (figs.firedLines !== null) {
        const at = forms.find((f) => f.fired.includes(v))!;
        const i = at.fired.indexOf(v);
        figs.firedLines.zh.push(at.firedLines!.zh[i]!);
        figs.firedLines.en.push(at.firedLines!.en[i]!);
      }
      if (!zeroesNode(v)) continue;
      for (const k of itemsUnder[v.node!]!) {
        if (figs.lines !== null && sign(figs.own[k]!) !== 0)
          say(figs.lines[k]!, "explain.combine.vetoed", { label: v.label });
        figs.own[k] = ZERO;
      }
    }
    roundItems(figs);
    return figs;
  }

  // ---------------------------------------------------------------- results

  const pointsText = items.map((it) => (it.points === null ? null : fig(it.points)));

  function itemResult(k: number, figs: Figures, words: Words): ItemResult {
    const spec = items[k]!;
    const score = fig(figs.own[k]!);
    const pools: Record<string, string> = {};
    pools[spec.pool] = score; // not `{ [key]: … }`: a computed key costs three times as much
    let inSections = NO_SECTIONS;
    const parts = figs.parts[k];
    if (parts !== null && parts !== undefined)
      for (const p in parts)
        if (!p.startsWith("§")) pools[p] = fig(parts[p]!);
        else (inSections === NO_SECTIONS ? (inSections = {}) : inSections)[p.slice(1)] = fig(parts[p]!);
    const max = figs.max[k]!;
    const maxText = max === null ? null : max === spec.points ? pointsText[k]! : fig(max);
    const named = figs.named?.[k];
    let figures = NO_ITEM_FIGURES;
    if (named !== undefined) {
      figures = {};
      for (const name in named) figures[name] = fig(named[name]!);
    }
    return new ItemOut(score, maxText, pools, inSections, figures, figs.na[k]!, figs.vetoedBy[k] ?? [], figs.pending[k]!, words, k);
  }

  /** The items of a result, built the first time `items` is read (results.ts `Lazy`). */
  function itemsOf(figs: Figures, words: Words): Record<string, ItemResult> {
    const itemsOut: Record<string, ItemResult> = {};
    for (let k = 0; k < items.length; k++)
      if (!figs.absent[items[k]!.node]) itemsOut[items[k]!.id] = itemResult(k, figs, words);
    return itemsOut;
  }

  /** The sections of a result, built the first time `sections` is read. */
  function sectionsOf(t: Totals, words: Words): Record<string, SectionResult> {
    const sectionsOut: Record<string, SectionResult> = {};
    for (let i = 0; i < nodes.length; i++) {
      const sec = t.sections[i];
      if (sec === undefined) continue;
      const vetoedBy = sec.vetoedBy === NONE_VETOED ? [] : sec.vetoedBy; // a result's own array
      sectionsOut[nodes[i]!.id] = new SectionOut(fig(sec.score), fig(sec.max), vetoedBy, words, i);
    }
    return sectionsOut;
  }

  const parts: ResultParts<Figures, Totals> = { items: itemsOf, sections: sectionsOf };

  /**
   * A unit's result (or one form's) from its figures; explanations come from `words`. The total,
   * pools, vetoes and flags are written now; the items and sections when first read.
   */
  function result(
    s: Sheet,
    now: { figs: Figures; t: Totals },
    words: Words,
    forms: FormsOf,
    again: Replay<UnitFigures> | null,
    pick: (r: UnitFigures) => { figs: Figures; t: Totals },
  ): UnitResult {
    const { figs, t } = now;
    const vetoes: FiredVeto[] = figs.fired.map((v) => ({
      id: v.id,
      label: v.label,
      target: v.target,
      node: v.node === null ? null : nodes[v.node]!.id,
      cap: v.target !== "total-cap" ? null : fig(v.cap!),
      setTo: v.target !== "total-set" ? null : fig(v.cap!),
    }));
    const pools: Record<string, string> = {};
    for (const p of scheme.pools) if (t.pools[p.id] !== undefined) pools[p.id] = fig(t.pools[p.id]!);
    const figures: Record<string, string> = {};
    for (const f of scheme.figures) figures[f.name] = fig(s.fig[f.name]!);
    return new UnitOut(
      { name: s.unit, kind: s.kind },
      t.total === null ? null : fig(t.total),
      pools,
      figures,
      new Lazy(parts, again === null ? now : null, words, again === null ? null : () => pick(again.get())),
      vetoes,
      figs.fired.length === 0 ? [] : vetoFlags(figs.fired),
      t.target === null ? null : fig(t.target),
      t.completion === null ? null : toDecimal(t.completion)!,
      t.rating,
      !figs.pending.includes(true),
      words,
      forms,
    );
  }

  /** The flags the fired vetoes raise: "disqualified" (取消评优), "disqualified:<node id>" (本项 取消评优),
   *  "not-scored" (不计分). */
  function vetoFlags(fired: VetoSpec[]): string[] {
    const out: string[] = [];
    for (const v of fired) {
      const flag =
        v.target === "disqualify"
          ? DISQUALIFIED
          : v.target === "disqualify-node"
            ? DISQUALIFIED + ":" + nodes[v.node!]!.id
            : v.target === "not-scored"
              ? NOT_SCORED
              : null;
      if (flag !== null && !out.includes(flag)) out.push(flag);
    }
    return out;
  }

  /**
   * Unit u's figures: per form, combined, and its totals; each form's own totals too when
   * `withForms` (explain always has them: the words name every form's total).
   */
  function unitFigures(b: Batch, u: number, explain: boolean, withForms = explain): UnitFigures {
    const perForm: Figures[] = [];
    for (let f = 0; f < nForms; f++) perForm.push(sheetFigures(b, u, f, explain));
    const s = sheetsAt(b, u)[0]!;
    if (scheme.forms.length === 0) return { perForm, forms: [], figs: perForm[0]!, t: totals(perForm[0]!, s, explain) };
    // A form's items at the top of a pool are rounded with its sections, before the forms combine.
    const forms = withForms ? perForm.map((pf, f) => totals(pf, sheetsAt(b, u)[f]!, explain)) : [];
    if (!withForms) for (const pf of perForm) roundPoolTops(pf);
    const figs = combine(perForm, explain);
    return { perForm, forms, figs, t: totals(figs, s, explain) };
  }

  function wordsOfUnit(f: { figs: Figures; t: Totals }): UnitWords {
    return {
      items: items.map((it, k) => explanation(f.figs.absent[it.node] ? lines() : closeItem(k, f.figs))),
      sections: f.t.sections.map((sec) => (sec === undefined ? undefined : explanation(sec.lines!))),
      unit: explanation(f.t.lines!),
      forms: [],
    };
  }

  /** The last lines of an item's words: where its points went and its figure. */
  function closeItem(k: number, figs: Figures): Lines {
    const l = figs.lines![k]!;
    const spec = items[k]!;
    const own = figs.own[k]!;
    const max = figs.max[k]!;
    noteShown(own, l);
    const parts = figs.parts[k];
    if (parts !== null && parts !== undefined)
      for (const p in parts)
        if (!p.startsWith("§")) say(l, "explain.item.part", { pool: poolById[p]!.title, value: figWords(parts[p]!) });
        else say(l, "explain.item.part-section", { section: sectionTitle[p]!, value: figWords(parts[p]!) });
    if (max === null) say(l, "explain.item.result-star", { pool: poolById[spec.pool]!.title, value: figWords(own) });
    else say(l, "explain.item.result", { value: figWords(own), max: figWords(max) });
    return l;
  }

  /**
   * The part of a batch that unit u's words and figures need again: its own sheets and what the
   * batch shared (cross-unit figures, peer averages), not the other units, so that a result kept
   * alone does not keep its batch alive.
   */
  function batchOf(b: Batch, u: number): Batch {
    return { alone: b.alone, sheets: [sheetsAt(b, u)], first: u, cross: b.cross, peers: b.peers };
  }

  // The closures a result keeps are made in functions of their own, so that they close over
  // nothing but what they name (a closure keeps every variable its enclosing function shares).

  /** Unit u's words, written on first read by scoring it again with words. */
  function wordsOf(own: Batch, u: number, standings: Standing[][]): Words {
    return new Words(() => {
      const w = unitFigures(own, u, true);
      release(own, u);
      const all = wordsOfUnit(w);
      all.forms = w.forms.map((ft, f) => wordsOfUnit({ figs: w.perForm[f]!, t: ft }));
      if (scheme.forms.length > 0)
        say(toLines(all.unit), "explain.combine.unit", {
          parts: scheme.forms.map((fm, f) => fm.title + " " + totalWords(w.forms[f]!.total)).join("、"),
        });
      for (const st of standings[u]!) rankLines(toLines(all.unit), st);
      return all;
    });
  }

  /** Unit u's figures again (no words), for the first read of its items or sections. */
  function figuresAgain(own: Batch, u: number): Replay<UnitFigures> {
    return new Replay(() => {
      const r = unitFigures(own, u, false, true);
      release(own, u);
      return r;
    });
  }

  const pickWhole = (r: UnitFigures) => r;
  const pickForm = scheme.forms.map((_, f) => (r: UnitFigures) => ({ figs: r.perForm[f]!, t: r.forms[f]! }));

  /**
   * What builds a unit's forms' results (R15) when first read: from the figures it kept (scored
   * alone) or by scoring it again. A function of its own, so the closure keeps only what it names.
   */
  function formsLater(s: Sheet[], words: Words, kept: Figures[] | null, again: Replay<UnitFigures> | null): FormsOf {
    return () => {
      const r = again === null ? { perForm: kept!, forms: kept!.map((pf, f) => totals(pf, s[f]!, false)) } : again.get();
      const formsOut: Record<string, FormResult> = {};
      for (let f = 0; f < scheme.forms.length; f++)
        formsOut[scheme.forms[f]!.id] = result(s[f]!, { figs: r.perForm[f]!, t: r.forms[f]! }, words.form(f), false, again, pickForm[f]!);
      return formsOut;
    };
  }

  function unitResult(b: Batch, u: number, standings: Standing[][]): UnitResult {
    const { perForm, figs, t } = unitFigures(b, u, false);
    release(b, u);
    const own = batchOf(b, u);
    const words = wordsOf(own, u, standings);
    // A batch keeps no item or section figures: the first read of a unit's items, sections or
    // forms scores the unit again (figures only), as its words do. One unit alone keeps its figures.
    const again = b.alone ? null : figuresAgain(own, u);
    const s = sheetsAt(b, u);
    const formsOf = scheme.forms.length === 0 ? null : formsLater(s, words, again === null ? perForm : null, again);
    return result(s[0]!, { figs, t }, words, formsOf, again, pickWhole);
  }

  function toLines(e: Explanation): Lines {
    return { zh: e["zh-CN"], en: e.en };
  }

  // ---------------------------------------------------------------- the rankings (R21)

  /** Not ranked: no figure to rank by, or not scored (`不计分`). */
  type Unranked = "unranked" | "not-scored";

  interface RankInfo {
    place: number;
    count: number;
    marks: Array<{ end: "top" | "bottom"; count: number; label: string }>;
  }
  /** A unit's place in ranking k, or that the ranking's population holds it without the figure. */
  interface Standing {
    k: number;
    r: RankInfo | Unranked;
  }

  /** What ranking k ranks by, in words. */
  function rankedBy(k: number): readonly [string, string] | string {
    const rk = scheme.rankings[k]!;
    if (rk.by === "total") return words("explain.total-word");
    if (rk.by === "completion") return words("explain.completion-word");
    if (rk.by === "figure") return rk.figure!;
    return poolById[rk.by]!.title;
  }

  /** Ranking k and whom it ranks, for a ranking with a name or a population: 「开发区排名」, 开发区. */
  function rankingWords(k: number): Record<string, string | readonly [string, string]> {
    const rk = scheme.rankings[k]!;
    return {
      ranking: rk.title ?? rk.id ?? words("explain.rank.unnamed"),
      population: rk.appliesTo === null ? words("explain.rank.everyone") : [rk.appliesTo.join("、"), rk.appliesTo.join(", ")],
    };
  }

  function rankLines(l: Lines, st: Standing): void {
    const rk = scheme.rankings[st.k]!;
    const r = st.r;
    // The one ranking of every unit, unnamed, is worded as it always was.
    const plain = rk.id === null && rk.appliesTo === null;
    if (r === "unranked" || r === "not-scored") {
      if (plain) say(l, r === "unranked" ? "explain.rank.none" : "explain.rank.not-scored", { by: rankedBy(st.k) });
      else
        say(l, r === "unranked" ? "explain.rank.named.none" : "explain.rank.named.not-scored", {
          by: rankedBy(st.k),
          ...rankingWords(st.k),
        });
      return;
    }
    const args = {
      rank: String(r.place),
      count: String(r.count),
      by: rankedBy(st.k),
      order: words("explain.rank." + rk.order),
    };
    if (plain) say(l, "explain.rank", args);
    else say(l, "explain.rank.named", { ...args, ...rankingWords(st.k) });
    for (const m of r.marks) say(l, "explain.rank.mark." + m.end, { count: String(m.count), label: m.label });
  }

  /** Whether ranking k's population holds a unit of this kind. */
  function inPopulation(k: number, kind: string | null): boolean {
    const kinds = scheme.rankings[k]!.appliesTo;
    return kinds === null || (kind !== null && kinds.includes(kind));
  }

  /**
   * R21, ranking k: competition ranks over the units of its population that have the figure
   * ranked by; a unit without it (no completion without a target, a pool that does not apply to
   * its kind), or not scored (`不计分`), is not ranked. The first ranking gives each unit's
   * `rank`; a named one its `ranks[name]`; every one its marks as flags.
   */
  function rankOne(k: number, results: UnitResult[], standings: Standing[][]): RankRow[] {
    const rk = scheme.rankings[k]!;
    const value = (r: UnitResult): string | null =>
      r.total === null
        ? null
        : ((rk.by === "total"
            ? r.total
            : rk.by === "completion"
              ? r.completion
              : rk.by === "figure"
                ? r.figures[rk.figure!]
                : r.pools[rk.by]) ?? null);
    const names = results.map((r) => r.unit.name);
    const members = results.map((_, i) => i).filter((i) => inPopulation(k, results[i]!.unit.kind));
    const ranked = members.filter((i) => value(results[i]!) !== null);
    for (const i of members)
      if (value(results[i]!) === null) {
        standings[i]!.push({ k, r: results[i]!.total === null ? "not-scored" : "unranked" });
        if (rk.id !== null) results[i]!.ranks[rk.id] = null;
      }
    // Figures are canonical decimals, read back exactly.
    const store = crossOf(
      results.map((r) => parse(value(r) ?? "0")!),
      ranked,
      names,
      rk.order,
    );
    const tie = byName(names);
    const order = ranked.sort((a, b) => store.ranks[a]! - store.ranks[b]! || tie(a, b));
    const n = order.length;
    return order.map((i) => {
      const r = results[i]!;
      const place = store.ranks[i]!;
      // A tie at the edge includes all tied: the top N are the places up to N; the bottom N are
      // the places from that of the unit in position n − N + 1 on.
      const marks = rk.marks.filter((m) =>
        m.end === "top" ? place <= m.count : place >= store.ranks[order[Math.max(n - m.count, 0)]!]!,
      );
      standings[i]!.push({ k, r: { place, count: n, marks } });
      if (k === 0) r.rank = place;
      if (rk.id !== null) r.ranks[rk.id] = place;
      for (const m of marks) if (!r.flags.includes(m.label)) r.flags.push(m.label);
      return { unit: names[i]!, rank: place, value: value(r)!, marks: marks.map((m) => m.label) };
    });
  }

  /** Every ranking: the first as `ranking`, the named ones by name as `rankings`. */
  function rank(results: UnitResult[], standings: Standing[][]): Pick<BatchResult, "ranking" | "rankings"> {
    const rankings: Record<string, RankRow[]> = {};
    let first: RankRow[] | null = null;
    for (let k = 0; k < scheme.rankings.length; k++) {
      const rows = rankOne(k, results, standings);
      if (k === 0) first = rows;
      const id = scheme.rankings[k]!.id;
      if (id !== null) rankings[id] = rows;
    }
    return { ranking: first, rankings };
  }

  // ---------------------------------------------------------------- entry points

  function run(
    subs: Array<Record<string, any>>,
    alone: boolean,
  ): { units: UnitResult[]; standings: Standing[][] } {
    const b: Batch = {
      alone,
      sheets: subs.map((sub) => sheetsOf(sub, alone)),
      first: 0,
      cross: [],
      peers: [],
    };
    if (notScored.length > 0) for (const sheets of b.sheets) markNotScored(sheets);
    const groups: Sheet[][] = [];
    for (let f = 0; f < nForms; f++) {
      b.cross.push(nulls.slice());
      b.peers.push(nulls.slice());
      groups.push(b.sheets.map((s) => s[f]!));
    }
    for (let k = 0; k < items.length; k++) for (let f = 0; f < nForms; f++) scoreItem(b, groups[f]!, f, k);
    const standings = subs.map((): Standing[] => []);
    const units = subs.map((_, u) => unitResult(b, u, standings));
    return { units, standings };
  }

  /**
   * A unit a `不计分` veto fires for (on any form) is compared with no one: settled before any item
   * is scored (its condition reads no score, the checker's E612), so that the others' best unit,
   * rank bands and peer averages are worked out without it.
   */
  function markNotScored(sheets: Sheet[]): void {
    if (!sheets.some((s) => notScored.some((v) => fires(v, s)))) return;
    for (const s of sheets) s.out = true;
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
      const { units, standings } = run(submissions as Array<Record<string, any>>, false);
      return { units, ...rank(units, standings) };
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

/** The vetoes of a section no veto zeroed, shared by the figures (a result gets its own array). */
const NONE_VETOED: string[] = [];

/** The `sections` of an item that counts nothing in a section beyond its points. */
const NO_SECTIONS: Record<string, string> = Object.freeze({}) as Record<string, string>;
/** The `figures` of an item without named figures (or not worked out: N/A, absent, not compared). */
const NO_ITEM_FIGURES: Record<string, string> = Object.freeze({}) as Record<string, string>;

class ItemOut implements ItemResult {
  declare readonly explanation: Explanation;
  readonly #words: Words;
  readonly #k: number;
  constructor(
    readonly score: string,
    readonly max: string | null,
    readonly pools: Record<string, string>,
    readonly sections: Record<string, string>,
    readonly figures: Record<string, string>,
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

/**
 * A result's forms (R15): false for a form's own result (no forms, no rank), null for a unit's
 * result when the scheme has no forms, else what builds them when first read.
 */
type FormsOf = (() => Record<string, FormResult>) | null | false;

/** How a result builds its items and sections from its figures (one per scorer). */
interface ResultParts<F, T> {
  items(figs: F, words: Words): Record<string, ItemResult>;
  sections(t: T, words: Words): Record<string, SectionResult>;
}

/**
 * What a result needs to build its items and sections on first read: most callers read the
 * total, pools and ranking of many units and the items of a few, and 30 item objects and their
 * figures as text are most of a result's size.
 */
class Lazy {
  #items: Record<string, ItemResult> | null = null;
  #sections: Record<string, SectionResult> | null = null;
  #kept: { figs: any; t: any } | null;
  #again: (() => { figs: any; t: any }) | null;
  constructor(
    readonly parts: ResultParts<any, any>,
    kept: { figs: unknown; t: unknown } | null,
    readonly words: Words,
    again: (() => { figs: unknown; t: unknown }) | null,
  ) {
    this.#kept = kept;
    this.#again = again;
  }
  #figures(): { figs: any; t: any } {
    return (this.#kept ??= this.#again!());
  }
  items(): Record<string, ItemResult> {
    this.#items ??= this.parts.items(this.#figures().figs, this.words);
    this.#release();
    return this.#items;
  }
  sections(): Record<string, SectionResult> {
    this.#sections ??= this.parts.sections(this.#figures().t, this.words);
    this.#release();
    return this.#sections;
  }
  #release(): void {
    if (this.#items !== null && this.#sections !== null) this.#kept = this.#again = null;
  }
}

/** A computation run on first use and kept (a batch unit's figures, scored again on demand). */
class Replay<T> {
  #make: (() => T) | null;
  #done: T | undefined;
  constructor(make: () => T) {
    this.#make = make;
  }
  get(): T {
    if (this.#make !== null) {
      this.#done = this.#make();
      this.#make = null;
    }
    return this.#done!;
  }
}

class UnitOut implements UnitResult {
  declare readonly unit: UnitResult["unit"];
  declare readonly total: string | null;
  declare readonly pools: Record<string, string>;
  declare readonly figures: Record<string, string>;
  declare readonly items: Record<string, ItemResult>;
  declare readonly sections: Record<string, SectionResult>;
  declare readonly vetoes: FiredVeto[];
  declare readonly flags: string[];
  declare readonly target: string | null;
  declare readonly completion: string | null;
  declare readonly rating: string | null;
  declare readonly complete: boolean;
  declare readonly explanation: Explanation;
  declare forms: UnitResult["forms"];
  declare rank: number | null;
  declare ranks: Record<string, number | null>;
  readonly #words: Words;
  readonly #lazy: Lazy;
  #formsOf: (() => Record<string, FormResult>) | null = null;
  #forms: Record<string, FormResult> | null = null;
  constructor(
    unit: UnitResult["unit"],
    total: string | null,
    pools: Record<string, string>,
    figures: Record<string, string>,
    lazy: Lazy,
    vetoes: FiredVeto[],
    flags: string[],
    target: string | null,
    completion: string | null,
    rating: string | null,
    complete: boolean,
    words: Words,
    forms: FormsOf,
  ) {
    this.#words = words;
    this.#lazy = lazy;
    // The fields in the order of result.ts; items and sections are accessors like explanation.
    this.unit = unit;
    this.total = total;
    this.pools = pools;
    this.figures = figures;
    Object.defineProperty(this, "items", UNIT_ITEMS);
    Object.defineProperty(this, "sections", UNIT_SECTIONS);
    this.vetoes = vetoes;
    this.flags = flags;
    this.target = target;
    this.completion = completion;
    this.rating = rating;
    this.complete = complete;
    // A form's result (R15) has no forms of its own and no rank.
    if (forms !== false) {
      if (forms === null) this.forms = null;
      else {
        this.#formsOf = forms;
        Object.defineProperty(this, "forms", UNIT_FORMS);
      }
      this.rank = null;
      this.ranks = {};
    }
    Object.defineProperty(this, "explanation", UNIT_WORDS);
  }
  static words(o: UnitOut): Explanation {
    return o.#words.get().unit;
  }
  static lazy(o: UnitOut): Lazy {
    return o.#lazy;
  }
  static forms(o: UnitOut): Record<string, FormResult> {
    if (o.#forms === null) {
      o.#forms = o.#formsOf!();
      o.#formsOf = null;
    }
    return o.#forms;
  }
}
/** The forms' results (R15), built on first read. */
const UNIT_FORMS: PropertyDescriptor = {
  get(this: UnitOut) {
    return UnitOut.forms(this);
  },
  enumerable: true,
};
const UNIT_ITEMS: PropertyDescriptor = {
  get(this: UnitOut) {
    return UnitOut.lazy(this).items();
  },
  enumerable: true,
};
const UNIT_SECTIONS: PropertyDescriptor = {
  get(this: UnitOut) {
    return UnitOut.lazy(this).sections();
  },
  enumerable: true,
};
const UNIT_WORDS: PropertyDescriptor = {
  get(this: UnitOut) {
    return UnitOut.words(this);
  },
  enumerable: true,
};
