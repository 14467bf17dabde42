// Declared points add up, unit kind by unit kind (a node absent for a kind is left out of the
// sum for it): a section's children to the section (E401), a base pool's members to the pool
// (E404); an item that counts towards a base pool has points (E405).
import { kindGroups, unitKindsOf } from "./applies.js";
import type { Model, NodeInfo, PoolInfo, SectionInfo } from "./model.js";
import { type Rational, ZERO } from "./rational.js";

/** The sum of the nodes' points, or null when one of them has none. */
function sumPoints(nodes: NodeInfo[]): Rational | null {
  let sum: Rational = ZERO;
  for (const n of nodes) {
    if (!n.points) return null;
    sum = sum.add(n.points);
  }
  return sum;
}

function terms(nodes: NodeInfo[]): string {
  return nodes.length === 0 ? "0" : nodes.map((n) => n.points!.toDec()).join(" + ");
}

interface Sum {
  kinds: Array<string | null>;
  nodes: NodeInfo[];
  /** null when one of the nodes has no points. */
  sum: Rational | null;
}

/** The nodes that count towards a container, grouped by the unit kinds they apply to; none when
 *  no node counts towards it. */
function sums(container: { appliesTo: string[] | null }, nodes: NodeInfo[], m: Model): Sum[] {
  if (nodes.length === 0) return [];
  return kindGroups(unitKindsOf(container, m), nodes).map((g) => ({ ...g, sum: sumPoints(g.nodes) }));
}

function sectionSums(s: SectionInfo, m: Model): Sum[] {
  return sums(
    s,
    s.children.filter((c) => c.pool === s.pool),
    m,
  );
}

/** The points of a section that writes none: what its children add up to, if that is the same
 *  for every unit kind it applies to; else null. */
export function derivedPoints(s: SectionInfo, m: Model): Rational | null {
  const found = sectionSums(s, m).map((g) => g.sum);
  const first = found[0];
  return first && found.every((x) => x?.eq(first)) ? first : null;
}

/** A worded sum per group: "县区 3 + 2 = 5". */
function sumText(g: Sum): string {
  return `${g.kinds.join("、")} ${terms(g.nodes)} = ${g.sum!.toDec()}`;
}

/** E401: a section whose points differ from the sum of its children in its pool, for some kind
 *  of unit; or, when it writes none, whose children add up differently for different kinds. */
export function checkSectionSums(m: Model): void {
  for (const s of m.nodes) {
    if (s.kind !== "section") continue;
    const groups = sectionSums(s, m);
    if (!s.decl.points) {
      if (groups.length > 1 && groups.every((g) => g.sum) && !derivedPoints(s, m))
        m.ctx.error(
          "E401",
          s.headSpan,
          { section: s.title, sums: groups.map(sumText).join(" / ") },
          { variant: "unwritten" },
        );
      continue;
    }
    const points = s.points;
    if (!points) continue;
    for (const g of groups) {
      if (!g.sum || g.sum.eq(points)) continue;
      m.ctx.error(
        "E401",
        s.headSpan,
        {
          section: s.title,
          points: points.toDec(),
          sum: g.sum.toDec(),
          terms: terms(g.nodes),
          kinds: g.kinds.join("、"),
        },
        groups.length > 1 ? { variant: "kind" } : {},
      );
    }
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

/** E404: a base pool whose written points differ from the sum of its members' points, for some
 *  kind of unit. */
export function checkPoolSums(m: Model): void {
  for (const pool of m.pools) {
    const points = pool.points;
    if (pool.kind !== "base" || !points) continue;
    const groups = sums(pool, poolMembers(pool, m), m);
    for (const g of groups) {
      if (!g.sum || g.sum.eq(points)) continue;
      m.ctx.error(
        "E404",
        pool.headSpan,
        {
          pool: pool.title,
          points: points.toDec(),
          sum: g.sum.toDec(),
          terms: terms(g.nodes),
          kinds: g.kinds.join("、"),
        },
        groups.length > 1 ? { variant: "kind" } : {},
      );
    }
  }
}
