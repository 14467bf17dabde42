// `适用 县区, 市级部门` (S6): the unit kinds a pool, section or item applies to. A node's kinds are
// its own `适用` ∩ its parent's ∩ its pool's (E206 for a kind not declared, E606 when none is
// left). For a unit of another kind the node is absent: the budgets are proven kind by kind, an
// absent node counts 0 (so `得分(x)` of it reads 0), and its points are not in its parent's sum.
import type * as A from "../../language/ast.js";
import { note, type Related } from "./context.js";
import { type Interval, UNBOUNDED, ZERO_INTERVAL } from "./interval.js";
import type { Model, NodeInfo, PoolInfo, SectionInfo } from "./model.js";
import { NameTable } from "./names.js";
import { suggest } from "./suggest.js";

/** The kinds a `适用` names, in the order the units declare them; null when not written (or
 *  when no kind in it is known: each unknown one is reported). */
export function writtenKinds(d: A.AppliesTo | null, m: Model): string[] | null {
  if (!d) return null;
  const declared = m.unitKinds.map((k) => k.id);
  if (declared.length === 0) {
    m.ctx.error("E206", d.span, {}, { variant: "applies-no-units" });
    return null;
  }
  const named = new NameTable<null>(m.ctx, "@what.unit-kind");
  for (const k of d.kinds) {
    if (declared.includes(k.text)) named.add(k.text, k.span, null);
    else
      m.ctx.error(
        "E206",
        k.span,
        { label: k.text, options: declared.join("、") },
        { variant: "unit-kind", suggestions: suggest(k.text, declared) },
      );
  }
  return named.names().length === 0 ? null : declared.filter((k) => named.has(k));
}

/** a ∩ b, where null is every kind. */
export function intersect(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.filter((k) => b.includes(k));
}

/** The `适用` lines above a node that limit it: its ancestors', its pool's. */
function limits(parent: SectionInfo | null, pool: PoolInfo, m: Model): Related[] {
  const found: A.AppliesTo[] = [];
  for (let p = parent; p; p = p.parent) if (p.decl.appliesTo) found.push(p.decl.appliesTo);
  const poolDecl = m.ast.declarations.find((d): d is A.PoolDecl => d.kind === "pool" && d.span === pool.span);
  if (poolDecl?.appliesTo) found.push(poolDecl.appliesTo);
  return found.map((d) => note("note.applies-here", d.span, { kinds: d.kinds.map((k) => k.text).join("、") }));
}

/** A node's kinds: its own `适用` ∩ its parent's ∩ its pool's. A node left with none is reported
 *  (E606) unless its parent already was. */
export function nodeKinds(
  decl: A.SectionDecl | A.ItemDecl,
  title: string,
  headSpan: A.Span,
  parent: SectionInfo | null,
  pool: PoolInfo,
  m: Model,
): string[] | null {
  const kinds = intersect(intersect(writtenKinds(decl.appliesTo, m), parent?.appliesTo ?? null), pool.appliesTo);
  if (kinds?.length === 0 && parent?.appliesTo?.length !== 0)
    m.ctx.error(
      "E606",
      decl.appliesTo?.span ?? headSpan,
      { name: title, what: decl.kind === "item" ? "@what.item" : "@what.section" },
      { related: limits(parent, pool, m) },
    );
  return kinds;
}

/** Whether a node is present for units of a kind (null: the scheme declares no kinds). */
export function applies(node: NodeInfo, kind: string | null): boolean {
  return kind === null || node.appliesTo === null || node.appliesTo.includes(kind);
}

/** The unit kinds to prove a pool's or node's budget for: those it applies to, or [null] when
 *  the scheme declares no unit kinds. */
export function unitKindsOf(x: { appliesTo: string[] | null }, m: Model): Array<string | null> {
  if (m.unitKinds.length === 0) return [null];
  return x.appliesTo ?? m.unitKinds.map((k) => k.id);
}

/** A node's score range for units of a kind: 0 where it is absent, unbounded while not yet
 *  proven; over every kind when kind is null. */
export function rangeFor(node: NodeInfo, kind: string | null): Interval {
  if (kind === null) return node.range ?? UNBOUNDED;
  if (!applies(node, kind)) return ZERO_INTERVAL;
  return node.ranges.get(kind) ?? UNBOUNDED;
}

/** The kinds of a container grouped by which of the nodes apply to them: one group when `适用`
 *  makes no difference among the nodes. */
export function kindGroups(
  kinds: Array<string | null>,
  nodes: NodeInfo[],
): Array<{ kinds: Array<string | null>; nodes: NodeInfo[] }> {
  const groups = new Map<string, { kinds: Array<string | null>; nodes: NodeInfo[] }>();
  for (const kind of kinds) {
    const present = nodes.filter((n) => applies(n, kind));
    const key = present.map((n) => n.id).join("\u0000");
    const group = groups.get(key) ?? { kinds: [], nodes: present };
    group.kinds.push(kind);
    groups.set(key, group);
  }
  return [...groups.values()];
}
