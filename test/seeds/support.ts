// What the seed tests share: loading a seed scheme and its scorer, the errors a literal reading
// gets, reading example files, and the scheme's tree (ids and points) for comparing with the
// seed's table row by row.
import { readFileSync } from "node:fs";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { loadScorer } from "../../generators/scorer/load.js";

export type Scorer = Awaited<ReturnType<typeof loadScorer>>;

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

export interface Row {
  id: string;
  points: string | null;
  children: Row[];
}

function rows(ir: SchemeIR): (id: string) => Row {
  const byId = new Map(ir.nodes.map((n) => [n.id, n]));
  const row = (id: string): Row => {
    const node = byId.get(id);
    if (!node) throw new Error(`no node ${id}`);
    return { id, points: node.points, children: node.kind === "section" ? node.children.map(row) : [] };
  };
  return row;
}
/** The scheme's sections and items as nested rows, in document order. */
export function tree(ir: SchemeIR): Row[] {
  return ir.nodes.filter((n) => n.parent === null).map((n) => rows(ir)(n.id));
}
/** The same, one row per pool with its members below it. */
export function poolTree(ir: SchemeIR): Row[] {
  const row = rows(ir);
  return ir.pools.map((p) => ({ id: p.id, points: p.points, children: p.members.map(row) }));
}
export const item = (id: string, points: string): Row => ({ id, points, children: [] });
export const section = (id: string, points: string, children: Row[]): Row => ({ id, points, children });

/** The codes of the errors (not warnings) a scheme file gets. */
export function errorCodes(path: string): string[] {
  return compileFile(path)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => d.code);
}

/** A seed scheme's IR and its generated scorer; a scheme with errors stops the test file. */
export async function loadSeed(path: string): Promise<{ ir: SchemeIR; scorer: Scorer }> {
  const result = compileFile(path);
  if (result.ir === null) throw new Error(`${path} does not compile: ${JSON.stringify(result.diagnostics, null, 2)}`);
  return { ir: result.ir, scorer: await loadScorer(result.ir) };
}
