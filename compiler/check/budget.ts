// Point budgets (the checker's proof that every item stays within [0, points] unless it says
// why not): each item's greatest and least score by interval arithmetic over its inputs' ranges,
// through sub-scale, cap, floor, vetoes and N/A. E402 (can exceed its points with no 封顶, ★ or
// 加分), E403 (can go below 0 with no 最低). Then sections and pools.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { evalClause } from "./abstract.js";
import { assignments, finiteVariables } from "./cases.js";
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
import type { ItemInfo, Model } from "./model.js";
import { clausePoints } from "./quantity.js";
import { ZERO } from "./rational.js";
import { intoPool } from "./structure.js";

const show = (iv: Interval, end: "lo" | "hi"): string =>
  end === "hi" ? (iv.hi ? iv.hi.toDec("up") : "∞") : iv.lo ? iv.lo.toDec("down") : "-∞";

/** The item's own-pool clauses summed over every case of its finite inputs, with each clause's range. */
function ownRange(
  item: ItemInfo,
  m: Model,
  integral: (id: string) => boolean,
): { total: Interval; perClause: Interval[] } {
  const own = item.clauses.filter((c) => c.pool === item.pool.id);
  let total: Interval | null = null;
  const perClause: Array<Interval | null> = own.map(() => null);
  for (const fixed of assignments(finiteVariables(own, m))) {
    const env = makeEnv(m, fixed);
    const ranges = own.map((c) => evalClause(c, env, integral));
    ranges.forEach((r, i) => (perClause[i] = perClause[i] ? union(perClause[i]!, r) : r));
    const sum = ranges.reduce(add, ZERO_INTERVAL);
    total = total ? union(total, sum) : sum;
  }
  return { total: total ?? ZERO_INTERVAL, perClause: perClause.map((r) => r ?? ZERO_INTERVAL) };
}

/** `折算 300分 为 10分 [超出 计入 P 最高 20分]` (R18): scales the sum; the excess over `to` may go to P. */
function applyRescale(item: ItemInfo, own: Interval, m: Model): Interval {
  const d: A.Rescale | null = item.decl.rescale;
  if (!d) return own;
  m.divisions.push(d.span);
  const from = clausePoints(d.from, m.ctx);
  const to = clausePoints(d.to, m.ctx);
  if (!from || !to) return own;
  if (from.isZero()) {
    m.ctx.error("E605", d.from.span, { written: m.ctx.slice(d.from.span) }, { variant: "rescale" });
    return own;
  }
  const scaled = mul(own, point(to.div(from)));
  const pool = d.overflow ? intoPool({ star: false, pool: d.overflow.pool }, d.span, m) : null;
  const max = d.overflow?.max ? clausePoints(d.overflow.max, m.ctx) : null;
  item.rescale = {
    from: from.toDec(),
    to: to.toDec(),
    overflow: pool ? { pool: pool.id, max: max?.toDec() ?? null } : null,
  };
  if (!pool) return scaled;
  const excess = maxOf(sub(scaled, point(to)), ZERO_INTERVAL);
  contribute(item, pool.id, max ? capAt(excess, max) : excess);
  return capAt(scaled, to);
}

function contribute(item: ItemInfo, pool: string, iv: Interval): void {
  const before = item.contributions.get(pool);
  item.contributions.set(pool, before ? add(before, iv) : iv);
}

function clauseNotes(own: IR.Clause[], perClause: Interval[], side: "hi" | "lo"): Related[] {
  return own.flatMap((c, i) => {
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
  const clauses = item.clauses.filter((c) => c.pool === item.pool.id);
  m.ctx.error(
    "E402",
    item.headSpan,
    { item: item.title, max: show(own, "hi"), points: points.toDec() },
    {
      variant: own.hi === null ? "unbounded" : undefined,
      related: clauseNotes(clauses, perClause, "hi"),
    },
  );
}

/** E403: the least own-pool result is below 0, and no 最低 is declared. */
function checkBelowZero(item: ItemInfo, own: Interval, perClause: Interval[], m: Model): void {
  if (item.decl.floor !== null || (own.lo !== null && !own.lo.lt(ZERO))) return;
  const clauses = item.clauses.filter((c) => c.pool === item.pool.id);
  m.ctx.error(
    "E403",
    item.headSpan,
    { item: item.title, min: show(own, "lo") },
    {
      variant: own.lo === null ? "unbounded" : undefined,
      related: clauseNotes(clauses, perClause, "lo"),
    },
  );
}

/** `report` is false for an item on a reference cycle (E208): its range is unknown. */
export function itemBudget(item: ItemInfo, m: Model, integral: (id: string) => boolean, report: boolean): void {
  const { total, perClause } = ownRange(item, m, integral);
  const env = makeEnv(m);
  for (const c of item.clauses) if (c.pool !== item.pool.id) contribute(item, c.pool, evalClause(c, env, integral));
  let own = applyRescale(item, total, m);
  if (report) checkExceeds(item, own, perClause, m);
  const cap = item.decl.cap ? clausePoints(item.decl.cap, m.ctx) : item.points;
  item.cap = cap;
  if (cap) own = capAt(own, cap);
  if (report) checkBelowZero(item, own, perClause, m);
  const floor = item.decl.floor;
  if (floor !== null && floor !== "none") {
    item.floor = clausePoints(floor, m.ctx);
    if (item.floor) own = floorAt(own, item.floor);
  }
  if (item.vetoedBy.length > 0 || item.decl.allowNa) own = include(own, ZERO);
  item.range = own;
}

/** Sections: the sum of their children in their pool; a veto can zero them. */
export function sectionBudgets(m: Model): void {
  for (const node of [...m.nodes].reverse()) {
    if (node.kind !== "section") continue;
    let range = node.children
      .filter((c) => c.pool === node.pool)
      .map((c) => c.range ?? ZERO_INTERVAL)
      .reduce(add, ZERO_INTERVAL);
    if (node.vetoedBy.length > 0) range = include(range, ZERO);
    node.range = range;
  }
}

/** Pools: what their items and clauses can put in, within the pool's cap (and 0 for base pools). */
export function poolBudgets(m: Model): void {
  for (const pool of m.pools) {
    let range = ZERO_INTERVAL;
    for (const item of m.items) {
      if (item.pool === pool) range = add(range, item.range ?? ZERO_INTERVAL);
      const extra = item.contributions.get(pool.id);
      if (extra) range = add(range, extra);
    }
    if (pool.kind === "base") range = floorAt(range, ZERO);
    if (pool.points) range = capAt(range, pool.points);
    pool.range = range;
  }
}

export function decOf(iv: Interval | null, end: "lo" | "hi"): IR.Dec | null {
  if (!iv) return "0";
  const v = end === "lo" ? iv.lo : iv.hi;
  return v ? v.toDec(end === "lo" ? "down" : "up") : null;
}
