// Which section or item of the old edition is which of the new: by code (the id, the name or
// number after 指标/分项, or 编号), by title, by a similar title (an edit distance), then by
// position among the unmatched children of a matched parent. A pair's differences are then
// reported as a rename, a move or a renumbering rather than a removal and an addition.
import { distance } from "fastest-levenshtein";
import type { Node, SchemeIR } from "../../compiler/ir.js";
import { canonical } from "./canonical.js";
import type { SchemeDiff } from "./model.js";

export type MatchedBy = SchemeDiff["matched"][number]["by"];

export interface NodeMatching {
  /** old id → new id */
  toNew: Map<string, string>;
  /** new id → old id */
  toOld: Map<string, string>;
  by: Map<string, MatchedBy>; // by old id
}

/** Titles farther apart than this share of the longer one are not the same node renamed. */
const SIMILAR = 0.5;

const normal = (title: string) => title.replace(/[\s\u3000]+/g, "").replace(/[“”"「」『』]/g, "");

function code(n: Node): string {
  return n.meta.code ?? n.id;
}

/** What an item asks and how it scores it, whatever its title and code: the same content under a
 *  new title and a new code, in the same place, is the same item rewritten. */
function content(n: Node): string | null {
  if (n.kind !== "item") return null;
  const inputs = n.inputs.map((i) => ({ name: i.name, type: i.type, required: i.required, min: i.min, max: i.max }));
  return canonical({ points: n.points, inputs, clauses: n.clauses }, WHERE_AND_WHOSE);
}
const WHERE_AND_WHOSE = new Set(["span", "text", "id", "item"]);

export function matchNodes(a: SchemeIR, b: SchemeIR): NodeMatching {
  const m: NodeMatching = { toNew: new Map(), toOld: new Map(), by: new Map() };
  const pair = (x: Node, y: Node, by: MatchedBy) => {
    m.toNew.set(x.id, y.id);
    m.toOld.set(y.id, x.id);
    m.by.set(x.id, by);
  };
  const freeOld = () => a.nodes.filter((n) => !m.toNew.has(n.id));
  const freeNew = () => b.nodes.filter((n) => !m.toOld.has(n.id));
  const sameParent = (x: Node, y: Node) =>
    (x.parent === null && y.parent === null) || (x.parent !== null && m.toNew.get(x.parent) === y.parent);

  // 1. The same code and the same title.
  const newByCode = new Map<string, Node[]>();
  for (const y of b.nodes) newByCode.set(`${y.kind}|${code(y)}`, [...(newByCode.get(`${y.kind}|${code(y)}`) ?? []), y]);
  for (const x of a.nodes) {
    const y = newByCode.get(`${x.kind}|${code(x)}`)?.find((c) => !m.toOld.has(c.id) && normal(c.title) === normal(x.title));
    if (y) pair(x, y, "code");
  }
  // 2. The same title, once on each side (a renumbering or a move), preferring the same parent.
  byKey(freeOld(), freeNew(), (n) => `${n.kind}|${normal(n.title)}`, sameParent, (x, y) => pair(x, y, "title"));
  // 3. The same code (a rename).
  byKey(freeOld(), freeNew(), (n) => `${n.kind}|${code(n)}`, sameParent, (x, y) => pair(x, y, "code"));
  // 4. Similar titles, closest first; under the same parent first when equally close.
  const candidates: Array<{ x: Node; y: Node; score: number }> = [];
  const olds = freeOld();
  const news = freeNew();
  for (const x of olds)
    for (const y of news) {
      if (x.kind !== y.kind) continue;
      const s = normal(x.title);
      const t = normal(y.title);
      const d = distance(s, t) / Math.max(s.length, t.length, 1);
      if (d <= SIMILAR) candidates.push({ x, y, score: d - (sameParent(x, y) ? 0.01 : 0) });
    }
  candidates.sort((p, q) => p.score - q.score || p.x.id.localeCompare(q.x.id) || p.y.id.localeCompare(q.y.id));
  for (const c of candidates) if (!m.toNew.has(c.x.id) && !m.toOld.has(c.y.id)) pair(c.x, c.y, "similar-title");
  // 5. Position: the k-th unmatched item of a matched parent against the k-th, when both ask the
  //    same inputs and score them by the same rules.
  const groups = (nodes: Node[], parentKey: (n: Node) => string | null) => {
    const g = new Map<string, Node[]>();
    for (const n of nodes) {
      const k = parentKey(n);
      if (k !== null) g.set(k, [...(g.get(k) ?? []), n]);
    }
    return g;
  };
  const oldGroups = groups(freeOld(), (n) => (n.parent === null ? "" : (m.toNew.get(n.parent) ?? null)));
  const newGroups = groups(freeNew(), (n) => n.parent ?? "");
  for (const [parent, xs] of oldGroups) {
    const ys = newGroups.get(parent) ?? [];
    xs.forEach((x, k) => {
      const y = ys[k];
      if (!y || y.kind !== x.kind) return;
      const same = content(x);
      if (same !== null && same === content(y)) pair(x, y, "position");
    });
  }
  return m;
}

/** Pairs nodes whose key is the same, when the key is unique on both sides (or unique under one
 *  matched parent). */
function byKey(
  olds: Node[],
  news: Node[],
  key: (n: Node) => string,
  sameParent: (x: Node, y: Node) => boolean,
  pair: (x: Node, y: Node) => void,
): void {
  const group = (ns: Node[]) => {
    const g = new Map<string, Node[]>();
    for (const n of ns) g.set(key(n), [...(g.get(key(n)) ?? []), n]);
    return g;
  };
  const gb = group(news);
  const used = new Set<string>();
  for (const [k, xs] of group(olds)) {
    const ys = (gb.get(k) ?? []).filter((y) => !used.has(y.id));
    if (ys.length === 0) continue;
    if (xs.length === 1 && ys.length === 1) {
      pair(xs[0]!, ys[0]!);
      used.add(ys[0]!.id);
      continue;
    }
    for (const x of xs) {
      const same = ys.filter((y) => !used.has(y.id) && sameParent(x, y));
      if (same.length === 1) {
        pair(x, same[0]!);
        used.add(same[0]!.id);
      }
    }
  }
}

/** Pools by id, then by title. */
export function matchPools(a: SchemeIR, b: SchemeIR): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of a.pools) {
    const q = b.pools.find((q) => q.id === p.id);
    if (q) {
      out.set(p.id, q.id);
      taken.add(q.id);
    }
  }
  for (const p of a.pools) {
    if (out.has(p.id)) continue;
    const q = b.pools.find((q) => !taken.has(q.id) && normal(q.title) === normal(p.title));
    if (q) {
      out.set(p.id, q.id);
      taken.add(q.id);
    }
  }
  return out;
}
