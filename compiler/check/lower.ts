// The checked model to the IR (compiler/ir.ts): plain JSON, ids instead of links, exact decimals
// as strings, in document order.
import { readFileSync } from "node:fs";
import type * as IR from "../ir.js";
import { IR_VERSION } from "../ir.js";
import { decOf, intoSections } from "./budget.js";
import { poolsOf, sectionKey } from "./cases.js";
import { lowerFigures } from "./figures.js";
import { irInput } from "./inputs.js";
import { lowerDimensions } from "./lists.js";
import type { ItemInfo, Model, NodeInfo } from "./model.js";
import { poolMembers } from "./points.js";

const KAOHE_VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

function otherPools(item: ItemInfo): string[] {
  const overflow = item.rescale?.overflow?.pool;
  const pools = [...item.clauses.flatMap(poolsOf), ...(overflow ? [overflow] : [])];
  return [...new Set(pools)].filter((p) => p !== item.pool.id && !p.startsWith(sectionKey("")));
}

function lowerNode(n: NodeInfo, m: Model): IR.Node {
  const base = {
    id: n.id,
    title: n.title,
    points: n.points?.toDec() ?? null,
    pointsAsWritten: n.pointsAsWritten,
    pool: n.pool.id,
    parent: n.parent?.id ?? null,
    path: n.path,
    depth: n.path.length,
    meta: n.meta,
    appliesTo: n.appliesTo,
    max: decOf(n.range, "hi"),
    min: decOf(n.range, "lo"),
    span: n.span,
  };
  if (n.kind === "section") return { ...base, kind: "section", children: n.children.map((c) => c.id) };
  return {
    ...base,
    kind: "item",
    inputs: [...n.inputs.values()].map((i) => irInput(i, m)),
    figures: lowerFigures(n.figures, m),
    clauses: n.clauses,
    cap: n.cap?.toDec() ?? null,
    capWritten: n.decl.cap !== null,
    capReason: n.decl.capReason?.text ?? null,
    floor: n.floor?.toDec() ?? null,
    rescale: n.rescale,
    allowNa: n.decl.allowNa,
    crossUnit: n.crossUnit,
    otherPools: otherPools(n),
    intoSections: intoSections(n),
  };
}

export interface Lowered {
  vetoes: IR.Veto[];
  constraints: IR.Constraint[];
  rounding: IR.Rounding | null;
  rankings: IR.Ranking[];
  target: IR.Target | null;
  evaluationOrder: string[];
}

export function lowerScheme(m: Model, parts: Lowered): IR.SchemeIR {
  const crossUnit =
    m.items.some((i) => i.crossUnit) ||
    parts.rankings.length > 0 ||
    (m.naPolicy?.policy === "peer-average" && m.items.some((i) => i.decl.allowNa));
  return {
    irVersion: IR_VERSION,
    kaoheVersion: KAOHE_VERSION,
    file: m.ast.file,
    meta: m.meta,
    pools: m.pools.map((p) => ({
      id: p.id,
      title: p.title,
      kind: p.kind,
      points: p.points?.toDec() ?? null,
      star: p.star,
      appliesTo: p.appliesTo,
      members: poolMembers(p, m).map((n) => n.id),
      max: decOf(p.range, "hi"),
      min: decOf(p.range, "lo"),
      span: p.span,
    })),
    nodes: m.nodes.map((n) => lowerNode(n, m)),
    facts: [...m.facts.values()].map((i) => irInput(i, m)),
    dimensions: lowerDimensions(m),
    figures: lowerFigures(m.figures, m),
    vetoes: parts.vetoes,
    constraints: parts.constraints,
    grades: m.grades?.map((g) => ({ label: g.label, share: g.share.toDec() })) ?? null,
    rating: m.rating ? { levels: m.rating.levels.map(({ label, when, text }) => ({ label, when, text })) } : null,
    unitKinds: m.unitKinds,
    units: m.units,
    forms: m.forms,
    combine: m.forms.length > 0 && m.combine ? "mean" : null,
    naPolicy: m.naPolicy?.policy ?? null,
    rounding: parts.rounding,
    rankings: parts.rankings,
    target: parts.target,
    evaluationOrder: parts.evaluationOrder,
    crossUnit,
    span: m.ast.span,
  };
}
