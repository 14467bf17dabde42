// `diffSchemes(old, new)`: what changed between two editions of a scheme, computed from their IRs
// alone (never from the source text), worded for a policy officer in zh-CN and English.
import type { SchemeIR } from "../../compiler/ir.js";
import { matchNodes, matchPools, type NodeMatching } from "./match.js";
import { type Change, DIFF_FORMAT_VERSION, type EditionInfo, type SchemeDiff } from "./model.js";
import { compareNodes } from "./nodes.js";
import { Report } from "./report.js";
import { compareScheme, fullMarks } from "./scheme.js";

export type { Change, Place, SchemeDiff } from "./model.js";

/** "new:node:<id>" / "old:node:<id>" → position: new nodes in order, a removed node just after the
 *  node it followed in the old edition. */
function readingOrder(a: SchemeIR, b: SchemeIR, m: NodeMatching): Map<string, number> {
  const order = new Map<string, number>();
  const oldIndex = new Map(a.nodes.map((n, i) => [n.id, i]));
  let nextOld = 0;
  const flushOld = (upTo: number) => {
    for (; nextOld < upTo; nextOld++) {
      const x = a.nodes[nextOld]!;
      if (!m.toNew.has(x.id)) order.set(`old:node:${x.id}`, order.size);
    }
  };
  for (const y of b.nodes) {
    const x = m.toOld.get(y.id);
    if (x !== undefined) flushOld(oldIndex.get(x)!);
    order.set(`new:node:${y.id}`, order.size);
  }
  flushOld(a.nodes.length);
  return order;
}

function edition(ir: SchemeIR): EditionInfo {
  return { file: ir.file, title: ir.meta.title, year: ir.meta.year, version: ir.meta.version, fullMarks: fullMarks(ir) };
}

export function diffSchemes(a: SchemeIR, b: SchemeIR): SchemeDiff {
  const nodes = matchNodes(a, b);
  const pools = matchPools(a, b);
  const poolToOld = new Map([...pools].map(([o, n]) => [n, o]));
  const report = new Report();
  const cx = { a, b, nodes, poolToOld, report };
  compareScheme(cx);
  compareNodes(cx);
  // Reading order: the scheme, its pools, then the sections and items in the new edition's order,
  // a removed one where it stood (stable: a place's changes keep the order they were found in).
  const order = readingOrder(a, b, nodes);
  const rank = (c: Change) => {
    const p = (c.new ?? c.old)!;
    if (p.anchor === "scheme") return -2;
    if (p.anchor.startsWith("pool:")) return -1;
    const key = c.new ? `new:${c.new.anchor}` : `old:${c.old!.anchor}`;
    return order.get(key) ?? order.size;
  };
  const changes = report.changes.map((c, i) => ({ c, i, r: rank(c) })).sort((x, y) => x.r - y.r || x.i - y.i).map((x) => x.c);
  return {
    format: "kaohe-diff",
    formatVersion: DIFF_FORMAT_VERSION,
    kaoheVersion: b.kaoheVersion,
    old: edition(a),
    new: edition(b),
    matched: [...nodes.toNew].map(([o, n]) => ({ old: o, new: n, by: nodes.by.get(o)! })),
    changes,
  };
}
