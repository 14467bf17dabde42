// Point budgets (the checker's proof that every item stays within [0, points] unless it says
// why not): each item's greatest and least score by interval arithmetic over its inputs' ranges,
// unit kind by unit kind, through sub-scale, cap, floor, vetoes and N/A. E402 (can exceed its
// points with no 封顶, ★ or 加分), E403 (can go below 0 with no 最低), W703 (can never reach its
// points). Then sections and pools, kind by kind.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { evalClause } from "./abstract.js";
import { applies, rangeFor, unitKindsOf } from "./applies.js";
import { assignments, finiteVariables, poolsOf, sectionKey } from "./cases.js";
import { note, type Related } from "./context.js";
import { makeEnv } from "./env.js";
import {
  add,
  capAt,
  floorAt,
  include,
  type Interval,
  maxOf,
  mul,
  point,
  sub,
  union,
  ZERO_INTERVAL,
} from "./interval.js";
import type { ItemInfo, Model, NodeInfo } from "./model.js";
import { clausePoints } from "./quantity.js";
import { type Rational, ZERO } from "./rational.js";
import { intoPool, intoSection } from "./structure.js";

const show = (iv: Interval, end: "lo" | "hi"): string =>
  end === "hi" ? (iv.hi ? iv.hi.toDec("up") : "∞") : iv.lo ? iv.lo.toDec("down") : "-∞";

/** What an item's clauses give units of one kind: the sum going to its own pool (and each
 *  clause's part of it), and the sums going to other pools. */
interface KindSums {
  own: Interval;
  perClause: Interval[];
  others: Map<string, Interval>;
}

const widen = (a: Interval | undefined, b: Interval): Interval => (a ? union(a, b) : b);

/** The clauses summed pool by pool over every case of the item's finite inputs. */
function kindSums(item: ItemInfo, m: Model, integral: (id: string) => boolean, kind: string | null): KindSums {
  const otherPools = [...new Set(item.clauses.flatMap(poolsOf))].filter((p) => p !== item.pool.id);
  let own: Interval | undefined;
  const perClause: Array<Interval | undefined> = item.clauses.map(() => undefined);
  const others = new Map<string, Interval>();
  for (const fixed of assignments(finiteVariables(item.clauses, m))) {
    const env = makeEnv(m, kind, fixed);
    const ranges = item.clauses.map((c) => evalClause(c, env, integral, item.pool.id));
    ranges.forEach((r, i) => (perClause[i] = widen(perClause[i], r)));
    own = widen(own, ranges.reduce(add, ZERO_INTERVAL));
    for (const pool of otherPools) {
      const sum = item.clauses.map((c) => evalClause(c, env, integral, pool)).reduce(add, ZERO_INTERVAL);
      others.set(pool, widen(others.get(pool), sum));
    }
  }
  return { own: own ?? ZERO_INTERVAL, perClause: perClause.map((r) => r ?? ZERO_INTERVAL), others };
}

/** The union of the intervals; 0 when there are none (a node that applies to no kind: E606). */
function unionAll(ranges: Interval[]): Interval {
  return ranges.length === 0 ? ZERO_INTERVAL : ranges.reduce(union);
}

interface Scale {
  factor: Rational;
  to: Rational;
  overflow: { pool: string; max: Rational | null } | null;
}

/** `折算 300分 为 10分 [超出 计入 P 最高 20分]` (R18), resolved once per item. */
function scaleOf(item: ItemInfo, m: Model): Scale | null {
  const d: A.Rescale | null = item.decl.rescale;
  if (!d) return null;
  m.divisions.push(d.span);
  const from = clausePoints(d.from, m.ctx);
  const to = clausePoints(d.to, m.ctx);
  if (!from || !to) return null;
  if (from.isZero()) {
    m.ctx.error("E605", d.from.span, { written: m.ctx.slice(d.from.span) }, { variant: "rescale" });
    return null;
  }
  const into: A.Into | null = d.overflow ? { star: false, pool: d.overflow.pool } : null;
  // `超出 计入 政府网站`: an enclosing section of the item's pool, beyond the item's points
  const section = into ? intoSection(into, item, m) : undefined;
  const pool = section ? item.pool : into && section === undefined ? intoPool(into, d.span, m) : null;
  const max = d.overflow?.max ? clausePoints(d.overflow.max, m.ctx) : null;
  const overflow = pool ? { pool: pool.id, section: section?.id ?? null, max: max?.toDec() ?? null } : null;
  item.rescale = { from: from.toDec(), to: to.toDec(), overflow };
  const key = section ? sectionKey(section.id) : pool?.id;
  return { factor: to.div(from), to, overflow: key ? { pool: key, max } : null };
}

/** The own-pool sum through the sub-scale; the excess over `to` goes to the overflow pool. */
function rescaled(sums: KindSums, scale: Scale | null): Interval {
  if (!scale) return sums.own;
  const scaled = mul(sums.own, point(scale.factor));
  if (!scale.overflow) return scaled;
  const { pool, max } = scale.overflow;
  const excess = maxOf(sub(scaled, point(scale.to)), ZERO_INTERVAL);
  const before = sums.others.get(pool);
  const overflow = max ? capAt(excess, max) : excess;
  sums.others.set(pool, before ? add(before, overflow) : overflow);
  return capAt(scaled, scale.to);
}

function clauseNotes(clauses: IR.Clause[], perClause: Interval[], side: "hi" | "lo"): Related[] {
  return clauses.flatMap((c, i) => {
    const r = perClause[i]!;
    const relevant = side === "hi" ? r.hi === null || r.hi.gt(ZERO) : r.lo === null || r.lo.lt(ZERO);
    return relevant
      ? [note(side === "hi" ? "note.clause-max" : "note.clause-min", c.span, { value: show(r, side) })]
      : [];
  });
}

/** E402: the greatest own-pool result exceeds the points, and the item says nothing about it. */
function checkExceeds(item: ItemInfo, own: Interval, perClause: Interval[], m: Model): void {
  const points = item.points;
  if (!points || item.decl.cap || item.starHead || item.pool.kind !== "base") return;
  if (own.hi !== null && !own.hi.gt(points)) return;
  m.ctx.error(
    "E402",
    item.headSpan,
    { item: item.title, max: show(own, "hi"), points: points.toDec() },
    {
      variant: own.hi === null ? "unbounded" : undefined,
      related: clauseNotes(item.clauses, perClause, "hi"),
    },
  );
}

/** W704: a written 封顶 below what the item's rules state they give (a finite maximum: an
 *  unbounded rule needs the cap, E402): the document's rule and weight disagree, and the cap
 *  settles it silently. A reason written with it (`封顶 5分 因 "…"`) says the choice was made. */
function checkCapCuts(item: ItemInfo, own: Interval, perClause: Interval[], m: Model): void {
  const written = item.decl.cap;
  if (!written || item.decl.capReason || own.hi === null) return;
  const cap = clausePoints(written, m.ctx);
  if (!cap || !own.hi.gt(cap)) return;
  m.ctx.warning(
    "W704",
    written.span,
    { item: item.title, cap: cap.toDec(), max: show(own, "hi") },
    { related: clauseNotes(item.clauses, perClause, "hi") },
  );
}

/** Which words E403 needs for an item with no least score: `每 … 扣` without `最多扣` when such a
 *  rule is what has no limit, else the rule the note points at. */
function unboundedBelow(clauses: IR.Clause[], perClause: Interval[]): string {
  const perDeduction = clauses.some(
    (c, i) => perClause[i]!.lo === null && c.k === "per" && c.limit === null && c.each.startsWith("-"),
  );
  return perDeduction ? "unbounded" : "unbounded-rule";
}

/** E403: the least own-pool result is below 0, and no 最低 is declared. */
function checkBelowZero(item: ItemInfo, own: Interval, perClause: Interval[], m: Model): void {
  if (item.decl.floor !== null || (own.lo !== null && !own.lo.lt(ZERO))) return;
  m.ctx.error(
    "E403",
    item.headSpan,
    { item: item.title, min: show(own, "lo") },
    {
      variant: own.lo === null ? unboundedBelow(item.clauses, perClause) : undefined,
      related: clauseNotes(item.clauses, perClause, "lo"),
    },
  );
}

/** W703: the rules of an item that earns points (base or bonus pool) can never reach them.
 *  Said only of a scheme without errors: a rule in error counts 0, and the figures would lie. */
export function checkShortItems(m: Model): void {
  for (const item of m.items) {
    const points = item.points;
    if (!points || !item.reach || item.pool.kind === "adjustment") continue;
    const { own, perClause } = item.reach;
    if (own.hi === null || !own.hi.lt(points)) continue;
    m.ctx.warning(
      "W703",
      item.headSpan,
      { item: item.title, max: show(own, "hi"), points: points.toDec() },
      { related: clauseNotes(item.clauses, perClause, "hi") },
    );
  }
}

/** The item's range for units of each kind it applies to. `report` is false for an item on a
 *  reference cycle (E208): its range is unknown. */
export function itemBudget(item: ItemInfo, m: Model, integral: (id: string) => boolean, report: boolean): void {
  const scale = scaleOf(item, m);
  const kinds = unitKindsOf(item, m).map((kind) => {
    const sums = kindSums(item, m, integral, kind);
    return { kind, sums, own: rescaled(sums, scale) };
  });
  const own = unionAll(kinds.map((k) => k.own));
  const perClause = item.clauses.map((_, i) => unionAll(kinds.map((k) => k.sums.perClause[i]!)));
  if (report) {
    checkExceeds(item, own, perClause, m);
    checkCapCuts(item, own, perClause, m);
  }
  const cap = item.decl.cap ? clausePoints(item.decl.cap, m.ctx) : item.points;
  item.cap = cap;
  const capped = (iv: Interval): Interval => (cap ? capAt(iv, cap) : iv);
  if (report) {
    checkBelowZero(item, capped(own), perClause, m);
    item.reach = { own: capped(own), perClause };
  }
  const floor = item.decl.floor;
  if (floor !== null && floor !== "none") item.floor = clausePoints(floor, m.ctx);
  for (const k of kinds) {
    let range = capped(k.own);
    if (item.floor) range = floorAt(range, item.floor);
    if (item.vetoedBy.length > 0 || item.decl.allowNa) range = include(range, ZERO);
    item.ranges.set(k.kind, range);
    item.contributions.set(k.kind, k.sums.others);
  }
  item.range = unionAll([...item.ranges.values()]);
}

/** Whether `item` lies under `section`. */
function encloses(section: NodeInfo, item: ItemInfo): boolean {
  for (let up = item.parent; up; up = up.parent) if (up === section) return true;
  return false;
}

/** The sections an item feeds beyond its points (`计入 审批监察`, `超出 计入 审批监察`). */
export function intoSections(item: ItemInfo): string[] {
  const fromClauses = item.clauses.flatMap(poolsOf).filter((k) => k.startsWith(sectionKey("")));
  const keys = fromClauses.map((k) => k.slice(sectionKey("").length));
  const overflow = item.rescale?.overflow?.section;
  return [...new Set(overflow ? [...keys, overflow] : keys)];
}

/** What an item puts into an enclosing section beyond its points, for units of one kind: 0 too
 *  when a veto can zero the item (its part goes with it) or it may be N/A. */
function sectionPart(item: ItemInfo, kind: string | null, section: string): Interval {
  if (!applies(item, kind)) return ZERO_INTERVAL;
  const part = item.contributions.get(kind)?.get(sectionKey(section));
  if (!part) return ZERO_INTERVAL;
  return item.vetoedBy.length > 0 || item.decl.allowNa ? include(part, ZERO) : part;
}

/** Sections: for each kind, the sum of their children in their pool, and of what the items under
 *  them that name them put in beyond their points; a veto can zero them. */
export function sectionBudgets(m: Model): void {
  // The items naming each section, found once: asking every item of every section was quadratic
  // (a synthetic 2,000-item scheme of 200 sections: about 2 s of a 3 s check).
  const naming = new Map<string, ItemInfo[]>();
  for (const item of m.items)
    for (const section of intoSections(item)) {
      const items = naming.get(section);
      if (items) items.push(item);
      else naming.set(section, [item]);
    }
  for (const node of [...m.nodes].reverse()) {
    if (node.kind !== "section") continue;
    const children = node.children.filter((c) => c.pool === node.pool);
    const beyond = (naming.get(node.id) ?? []).filter((item) => encloses(node, item));
    for (const kind of unitKindsOf(node, m)) {
      let range = children.map((c) => rangeFor(c, kind)).reduce(add, ZERO_INTERVAL);
      for (const item of beyond) range = add(range, sectionPart(item, kind, node.id));
      if (node.vetoedBy.length > 0) range = include(range, ZERO);
      node.ranges.set(kind, range);
    }
    node.range = unionAll([...node.ranges.values()]);
  }
}

/** Pools: for each kind, what the items present for it can put in, within the pool's cap (and 0
 *  for base pools). */
export function poolBudgets(m: Model): void {
  for (const pool of m.pools) {
    const ranges = unitKindsOf(pool, m).map((kind) => {
      let range = ZERO_INTERVAL;
      for (const item of m.items) {
        if (!applies(item, kind)) continue;
        if (item.pool === pool) {
          range = add(range, rangeFor(item, kind));
          for (const section of intoSections(item)) range = add(range, sectionPart(item, kind, section));
        }
        const extra = item.contributions.get(kind)?.get(pool.id);
        if (extra) range = add(range, extra);
      }
      if (pool.kind === "base") range = floorAt(range, ZERO);
      if (pool.points) range = capAt(range, pool.points);
      return range;
    });
    pool.range = unionAll(ranges);
  }
}

export function decOf(iv: Interval | null, end: "lo" | "hi"): IR.Dec | null {
  if (!iv) return "0";
  const v = end === "lo" ? iv.lo : iv.hi;
  return v ? v.toDec(end === "lo" ? "down" : "up") : null;
}
