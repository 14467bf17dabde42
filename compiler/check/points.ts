// Declared points add up: a section's children to the section (E401), a base pool's members
// to the pool (E404); an item that counts towards a base pool has points (E405).
import type { Model, NodeInfo, PoolInfo } from "./model.js";
import { sumPoints } from "./structure.js";

function terms(nodes: NodeInfo[]): string {
  return nodes.map((n) => n.points!.toDec()).join(" + ");
}

/** E401: a section whose written points differ from the sum of its children in its pool. */
export function checkSectionSums(m: Model): void {
  for (const s of m.nodes) {
    if (s.kind !== "section" || !s.decl.points || !s.points) continue;
    const children = s.children.filter((c) => c.pool === s.pool);
    const sum = sumPoints(children);
    if (!sum || sum.eq(s.points) || children.length === 0) continue;
    m.ctx.error("E401", s.headSpan, {
      section: s.title,
      points: s.points.toDec(),
      sum: sum.toDec(),
      terms: terms(children),
    });
  }
}

/** E405: an item in a base pool with no points (only ★ and bonus or adjustment items may omit them). */
export function checkItemPoints(m: Model): void {
  for (const item of m.items)
    if (!item.decl.points && item.pool.kind === "base" && !item.starHead)
      m.ctx.error("E405", item.headSpan, { item: item.title, pool: item.pool.title }, { variant: "missing" });
}

/** The pool's members: its nodes whose parent is not in the pool. */
export function poolMembers(pool: PoolInfo, m: Model): NodeInfo[] {
  return m.nodes.filter((n) => n.pool === pool && (n.parent === null || n.parent.pool !== pool));
}

/** E404: a base pool whose written points differ from the sum of its members' points. */
export function checkPoolSums(m: Model): void {
  for (const pool of m.pools) {
    if (pool.kind !== "base" || !pool.points) continue;
    const members = poolMembers(pool, m);
    const sum = sumPoints(members);
    if (!sum || sum.eq(pool.points) || members.length === 0) continue;
    m.ctx.error("E404", pool.headSpan, {
      pool: pool.title,
      points: pool.points.toDec(),
      sum: sum.toDec(),
      terms: terms(members),
    });
  }
}
