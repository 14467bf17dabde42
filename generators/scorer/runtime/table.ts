// The scheme's structure as scorer.js writes it (../emit/table.ts): one row per pool, section and
// item in document order, each giving only what the rest does not imply, made into the
// SchemeTable the engine reads (engine.ts) when the module loads.
//
// What a row leaves out: a section's title is its id; a node's pool and unit kinds (`适用`) are
// its parent's; its maximum is its points; points not written are none (null); an item's label
// is its id; it has no cross-unit clauses, no parts, and counts in no section beyond its points.
// A node names the section holding it (`in`), a veto the node it zeroes and the one it is
// written in, by id. The items are scored in `order` (every `得分(x)` scored before it is read).
//
// Inlined into scorer.js (see ../emit/runtime.ts): no imports but types.
import type { Q } from "./decimal.js";
import type { ItemSpec, NodeSpec, PoolSpec, SchemeTable, VetoSpec } from "./engine.js";

export interface PoolRow {
  id: string;
  title?: string;
  kind: PoolSpec["kind"];
  points?: Q;
  appliesTo?: string[];
}

interface NodeRowBase {
  title?: string;
  /** The id of the section holding it; none at the top. */
  in?: string;
  pool?: string;
  points?: Q;
  max?: Q | null;
  appliesTo?: string[] | null;
}

export interface SectionRow extends NodeRowBase {
  section: string;
}

export interface ItemRow extends NodeRowBase {
  item: string;
  title: string;
  code?: string;
  cross?: ItemSpec["cross"];
  subjects?: ItemSpec["subjects"];
  parts?: true;
  sections?: string[];
  run: ItemSpec["run"];
}

export interface VetoRow {
  id: string;
  label: string;
  target: VetoSpec["target"];
  cap?: Q;
  rating?: string;
  node?: string;
  scope?: string;
  test: VetoSpec["test"];
  describe: VetoSpec["describe"];
}

export interface SchemeRows extends Omit<SchemeTable, "pools" | "nodes" | "items" | "vetoes"> {
  pools: PoolRow[];
  nodes: Array<SectionRow | ItemRow>;
  order: string[];
  vetoes: VetoRow[];
}

/** The SchemeTable the rows describe. */
export function structure(rows: SchemeRows): SchemeTable {
  const index: Record<string, number> = {};
  rows.nodes.forEach((r, i) => (index["item" in r ? r.item : r.section] = i));
  const order: Record<string, number> = {};
  rows.order.forEach((id, k) => (order[id] = k));
  const nodes: NodeSpec[] = [];
  for (const r of rows.nodes) {
    const parent = r.in === undefined ? null : index[r.in]!;
    const up = parent === null ? null : nodes[parent]!;
    const id = "item" in r ? r.item : r.section;
    const points = r.points ?? null;
    const node: NodeSpec = {
      id,
      title: r.title ?? id,
      label: "item" in r ? (r.code ?? id) : (r.title ?? id),
      kind: "item" in r ? "item" : "section",
      parent,
      pool: r.pool ?? up!.pool,
      points,
      max: (r.max === undefined ? points : r.max) as Q,
      item: "item" in r ? order[id]! : null,
      children: [],
      appliesTo: r.appliesTo === undefined ? (up === null ? null : up.appliesTo) : r.appliesTo,
    };
    if (up !== null) up.children.push(nodes.length);
    nodes.push(node);
  }
  const items: ItemSpec[] = [];
  rows.nodes.forEach((r, i) => {
    if (!("item" in r)) return;
    const n = nodes[i]!;
    items[n.item!] = {
      id: n.id,
      title: n.title,
      node: i,
      pool: n.pool,
      points: n.points,
      cross: r.cross ?? [],
      parts: r.parts ?? false,
      sections: r.sections ?? [],
      subjects: r.subjects ?? null,
      run: r.run,
    };
  });
  const pools: PoolSpec[] = rows.pools.map((p) => ({
    id: p.id,
    title: p.title ?? p.id,
    kind: p.kind,
    points: p.points ?? null,
    appliesTo: p.appliesTo ?? null,
  }));
  const vetoes: VetoSpec[] = rows.vetoes.map((v) => ({
    id: v.id,
    label: v.label,
    target: v.target,
    cap: v.cap ?? null,
    rating: v.rating ?? null,
    node: v.node === undefined ? null : index[v.node]!,
    scope: v.scope === undefined ? null : index[v.scope]!,
    test: v.test,
    describe: v.describe,
  }));
  const { order: _, ...rest } = rows;
  return { ...rest, pools, nodes, items, vetoes };
}
