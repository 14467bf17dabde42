// `diffSchemes(old, new)`: what changed between two editions of a scheme, computed from their IRs
// alone (never from the source text), worded for a policy officer in zh-CN and English.
import type { SchemeIR } from "../../compiler/ir.js";
import { matchNodes, matchPools } from "./match.js";
import { DIFF_FORMAT_VERSION, type EditionInfo, type SchemeDiff } from "./model.js";
import { compareNodes } from "./nodes.js";
import { Report } from "./report.js";
import { compareScheme, fullMarks } from "./scheme.js";

export type { Change, Place, SchemeDiff } from "./model.js";

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
  return {
    format: "kaohe-diff",
    formatVersion: DIFF_FORMAT_VERSION,
    kaoheVersion: b.kaoheVersion,
    old: edition(a),
    new: edition(b),
    matched: [...nodes.toNew].map(([o, n]) => ({ old: o, new: n, by: nodes.by.get(o)! })),
    changes: report.changes,
  };
}
