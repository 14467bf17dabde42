// Sections and items compared: added, removed, renamed, renumbered, moved (to another section or
// pool), points, unit kinds (适用), metadata, and for items their inputs, rules, cap, floor,
// rescale and N/A. Fields the comparison does not know (an IR newer than this file) are compared
// structurally and reported in neutral words.
import type { Item, Node, NodeMeta, SchemeIR } from "../../compiler/ir.js";
import { oneLine } from "../scorer/emit/text.js";
import { canonical, renameDeep, sameSet } from "./canonical.js";
import { compareInputs } from "./inputs.js";
import type { NodeMatching } from "./match.js";
import type { Place } from "./model.js";
import { type Bi, kindsWords, nodePlace, orNone, points, Report, say } from "./report.js";
import { compareClauses } from "./rules.js";

export interface NodeContext {
  a: SchemeIR;
  b: SchemeIR;
  nodes: NodeMatching;
  /** new pool id → old pool id */
  poolToOld: Map<string, string>;
  report: Report;
}

const META_FIELDS: Array<keyof NodeMeta> = ["method", "evidence", "lead", "support", "provider", "note", "source"];

/** Fields of a node that are compared below, or derived from others (max, min, path …). */
const KNOWN = new Set([
  "id", "title", "points", "pointsAsWritten", "pool", "parent", "path", "depth", "meta", "appliesTo",
  "max", "min", "span", "kind", "children", "inputs", "clauses", "cap", "capWritten", "capReason", "floor", "rescale",
  "allowNa", "crossUnit", "otherPools", "intoSections",
]);

/** A value of the new edition with its item and pool ids written in the old edition's names. */
export function toOldNames(cx: NodeContext): (value: unknown) => unknown {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "item" && typeof x === "string") out[k] = cx.nodes.toOld.get(x) ?? `new:${x}`;
      else if (k === "pool" && typeof x === "string") out[k] = cx.poolToOld.get(x) ?? `new:${x}`;
      else out[k] = walk(x);
    }
    return out;
  };
  return walk;
}

const code = (n: Node) => n.meta.code ?? n.id;
const what = (n: Node) => n.kind; // "section" | "item": the change kind

function parentTitle(ir: SchemeIR, id: string | null): Bi | string {
  if (id === null) return say("diff.word.top-level");
  return ir.nodes.find((n) => n.id === id)?.title ?? id;
}

export function compareNodes(cx: NodeContext): void {
  const { a, b, nodes, report } = cx;
  const oldById = new Map(a.nodes.map((n) => [n.id, n]));
  // Removed, in the old edition's order; a removed section's removed descendants are part of it.
  for (const x of a.nodes) {
    if (nodes.toNew.has(x.id)) continue;
    if (x.parent !== null && !nodes.toNew.has(x.parent)) continue;
    report.add(what(x), "removed", { old: nodePlace(x), new: null }, { from: x.id, to: null }, {
      title: x.title,
      code: code(x),
      points: points(x.points),
      parent: parentTitle(a, x.parent),
    });
  }
  for (const y of b.nodes) {
    const oldId = nodes.toOld.get(y.id);
    if (oldId === undefined) {
      if (y.parent !== null && !nodes.toOld.has(y.parent)) continue;
      report.add(what(y), "added", { old: null, new: nodePlace(y) }, { from: null, to: y.id }, {
        title: y.title,
        code: code(y),
        points: points(y.points),
        parent: parentTitle(b, y.parent),
      });
      continue;
    }
    compareNode(oldById.get(oldId)!, y, cx);
  }
}

function compareNode(x: Node, y: Node, cx: NodeContext): void {
  const { a, b, report } = cx;
  const at = { old: nodePlace(x), new: nodePlace(y) };
  const kind = what(y);
  const title = y.title;
  if (x.title !== y.title) report.add(kind, "renamed", at, { from: x.title, to: y.title }, { from: x.title, to: y.title });
  if (code(x) !== code(y) || x.id !== y.id)
    report.add(kind, "renumbered", at, { from: code(x), to: code(y) }, { title, from: code(x), to: code(y) });
  const parentNow = x.parent === null ? null : (cx.nodes.toNew.get(x.parent) ?? `old:${x.parent}`);
  if (parentNow !== y.parent)
    report.add(kind, "moved", at, { from: x.parent, to: y.parent }, {
      title,
      from: parentTitle(a, x.parent),
      to: parentTitle(b, y.parent),
    });
  if ((cx.poolToOld.get(y.pool) ?? `new:${y.pool}`) !== x.pool) {
    const pool = (ir: SchemeIR, id: string) => ir.pools.find((p) => p.id === id)?.title ?? id;
    report.add(kind, "pool", at, { from: x.pool, to: y.pool }, { title, from: pool(a, x.pool), to: pool(b, y.pool) });
  }
  if (x.points !== y.points)
    report.add(kind, "points", at, { from: x.points, to: y.points }, { title, from: points(x.points), to: points(y.points) });
  if (!sameSet(x.appliesTo ?? ["*"], y.appliesTo ?? ["*"]))
    report.add(kind, "applies-to", at, { from: x.appliesTo, to: y.appliesTo }, {
      title,
      from: kindsWords(a, x.appliesTo),
      to: kindsWords(b, y.appliesTo),
    });
  compareMeta(x.meta as never, y.meta as never, report, at, title);
  if (x.kind === "item" && y.kind === "item") compareItem(x, y, cx, at);
  compareUnknown(x, y, KNOWN, report, at, title);
}

export function compareMeta(
  x: Partial<Record<string, string | null>>,
  y: Partial<Record<string, string | null>>,
  report: Report,
  at: { old: Place | null; new: Place | null },
  title: string,
  fields: readonly string[] = META_FIELDS,
): void {
  for (const f of fields) {
    const o = x[f] ?? null;
    const n = y[f] ?? null;
    if (o === n) continue;
    report.add("metadata", "changed", at, { from: o, to: n }, {
      title,
      field: say(`diff.field.${f}`),
      from: orNone(o),
      to: orNone(n),
    });
  }
}

function compareItem(x: Item, y: Item, cx: NodeContext, at: { old: Place; new: Place }): void {
  const { report } = cx;
  const title = y.title;
  compareInputs(cx.a, cx.b, x.inputs, y.inputs, report, (side, i) => {
    const node = side === "old" ? x : y;
    return i === null ? nodePlace(node) : nodePlace(node, i.span);
  });
  // Rules compared with the item's own pool written "@own": an item moved to another pool is one
  // change (reported above), not one more for each of its rules.
  const ownNew = cx.poolToOld.get(y.pool) ?? `new:${y.pool}`;
  const oldName = (key: string, v: string) => (key === "pool" && v === x.pool ? "@own" : v);
  const newName = (key: string, v: string) => {
    if (key === "item" || key === "section") return cx.nodes.toOld.get(v) ?? `new:${v}`;
    if (key !== "pool") return v;
    const p = cx.poolToOld.get(v) ?? `new:${v}`;
    return p === ownNew ? "@own" : p;
  };
  const poolTitle = (id: string) =>
    id === "@own"
      ? (cx.b.pools.find((p) => p.id === y.pool)?.title ?? y.pool)
      : id.startsWith("new:")
        ? (cx.b.pools.find((p) => `new:${p.id}` === id)?.title ?? id.slice(4))
        : (cx.a.pools.find((p) => p.id === id)?.title ?? id);
  const sectionTitle = (id: string) =>
    id.startsWith("new:")
      ? (cx.b.nodes.find((n) => `new:${n.id}` === id)?.title ?? id.slice(4))
      : (cx.a.nodes.find((n) => n.id === id)?.title ?? id);
  // The same rules (the common case) are said to be so without copying them.
  if (canonical(x.clauses, undefined, oldName) !== canonical(y.clauses, undefined, newName))
    compareClauses(x.clauses, y.clauses, {
      report,
      oldPlace: at.old,
      newPlace: at.new,
      fromOld: (v) => renameDeep(v, oldName),
      toOldNames: (v) => renameDeep(v, newName),
      poolTitle,
      sectionTitle,
    });
  // The cap: only when written in one of them (otherwise it is the points, reported as such).
  if (x.cap !== y.cap && (x.capWritten || y.capWritten))
    report.add("rule", "cap", at, { from: x.cap, to: y.cap }, {
      title,
      from: x.capWritten ? points(x.cap) : say("diff.word.cap-is-points", { points: points(x.points) }),
      to: y.capWritten ? points(y.cap) : say("diff.word.cap-is-points", { points: points(y.points) }),
    });
  if (x.capReason !== y.capReason && x.cap === y.cap)
    report.add("rule", "cap-reason", at, { from: x.capReason, to: y.capReason }, {
      title,
      from: x.capReason ?? say("diff.word.none"),
      to: y.capReason ?? say("diff.word.none"),
    });
  if (x.floor !== y.floor)
    report.add("rule", "floor", at, { from: x.floor, to: y.floor }, {
      title,
      from: x.floor === null ? say("diff.word.unlimited") : points(x.floor),
      to: y.floor === null ? say("diff.word.unlimited") : points(y.floor),
    });
  const toOld = toOldNames(cx);
  if (canonical(x.rescale) !== canonical(toOld(y.rescale)))
    report.add("rule", "rescale", at, { from: x.rescale, to: y.rescale }, {
      title,
      from: x.rescale === null ? say("diff.word.none") : say("diff.word.rescale", { from: x.rescale.from, to: x.rescale.to }),
      to: y.rescale === null ? say("diff.word.none") : say("diff.word.rescale", { from: y.rescale.from, to: y.rescale.to }),
    });
  if (x.allowNa !== y.allowNa) report.add("rule", y.allowNa ? "na-allowed" : "na-disallowed", at, { from: x.allowNa, to: y.allowNa }, { title });
}

/** Fields this file does not know: compared as data, reported in neutral words. */
export function compareUnknown(
  x: object,
  y: object,
  known: ReadonlySet<string>,
  report: Report,
  at: { old: Place | null; new: Place | null },
  title: string,
): void {
  const keys = new Set([...Object.keys(x), ...Object.keys(y)].filter((k) => !known.has(k)));
  for (const k of [...keys].sort()) {
    const o = (x as Record<string, unknown>)[k];
    const n = (y as Record<string, unknown>)[k];
    if (canonical(o ?? null) === canonical(n ?? null)) continue;
    report.add("other", "changed", at, { from: o ?? null, to: n ?? null }, { title, field: k, from: short(o), to: short(n) });
  }
}

function short(v: unknown): string {
  const s = v === undefined ? "—" : typeof v === "string" ? v : oneLine(JSON.stringify(v));
  return s.length > 80 ? s.slice(0, 77) + "…" : s;
}
