// The scheme's structure in scorer.js: `const SCHEME = { … }`, made the engine's by `structure(SCHEME)`, one row per pool, per
// section and item in document order, and per veto, each giving only what the rest does not imply
// (runtime/table.ts says what is left out and makes the SchemeTable the engine reads).
import type { SchemeIR } from "../../../compiler/ir.js";
import type { Constants } from "./code.js";
import { dec, toDecimal } from "../runtime/decimal.js";
import { figureWords } from "./expr.js";
import { ratingTable } from "./rating.js";
import { oneLine } from "./text.js";

type Cross = Array<"best" | "desc" | "asc">;

/** `{ a: 1, b: "x" }` from the entries written (undefined ones left out). */
function row(entries: Array<[string, string | undefined]>): string {
  return `{ ${entries.flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${v}`])).join(", ")} }`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const canonical = (v: string | null) => (v === null ? null : toDecimal(dec(v)));

/** The structure table as a literal: the items' functions by their evaluation index k (item_k). */
export function structureTable(ir: SchemeIR, constants: Constants, cross: Cross[]): string {
  const q = (v: string | null) => (v === null ? "null" : constants.q(v));
  const s = JSON.stringify;
  const byId = new Map(ir.nodes.map((n) => [n.id, n]));
  const itemIndex = new Map(ir.evaluationOrder.map((id, k) => [id, k]));
  // structure() gives a section the nodes that name it, in document order: its children.
  for (const n of ir.nodes)
    if (n.kind === "section" && !same(n.children, ir.nodes.filter((c) => c.parent === n.id).map((c) => c.id)))
      throw new Error(`kaohe: section ${n.id}'s children are not the nodes under it in document order`);
  const pools = ir.pools.map((p) =>
    row([
      ["id", s(p.id)],
      ["title", p.title === p.id ? undefined : s(p.title)],
      ["kind", s(p.kind)],
      ["points", p.points === null ? undefined : q(p.points)],
      ["appliesTo", p.appliesTo === null ? undefined : s(p.appliesTo)],
    ]),
  );
  const nodes = ir.nodes.map((n) => {
    const up = n.parent === null ? null : byId.get(n.parent)!;
    const head: Array<[string, string | undefined]> =
      n.kind === "item"
        ? [["item", s(n.id)], ["title", s(n.title)], ["code", n.meta.code === null || n.meta.code === n.id ? undefined : s(n.meta.code)]]
        : [["section", s(n.id)], ["title", n.title === n.id ? undefined : s(n.title)]];
    const entries: Array<[string, string | undefined]> = [
      ...head,
      ["in", up === null ? undefined : s(up.id)],
      ["pool", up !== null && up.pool === n.pool ? undefined : s(n.pool)],
      ["points", n.points === null ? undefined : q(n.points)],
      ["max", canonical(n.max) === canonical(n.points) ? undefined : q(n.max)],
      ["appliesTo", same(n.appliesTo, up === null ? null : up.appliesTo) ? undefined : s(n.appliesTo)],
    ];
    if (n.kind === "item") {
      const k = itemIndex.get(n.id)!;
      const c = cross[k]!;
      const parts = n.otherPools.length > 0 || n.intoSections.length > 0 || n.rescale?.overflow != null;
      entries.push(
        ["cross", c.length > 0 ? s(c) : undefined],
        ["subjects", c.length > 0 ? `subjects_${k}` : undefined],
        ["parts", parts ? "true" : undefined],
        ["sections", n.intoSections.length > 0 ? s(n.intoSections) : undefined],
        ["run", `item_${k}`],
      );
    }
    return row(entries);
  });
  const vetoes = ir.vetoes.map((v, i) =>
    row([
      ["id", s(v.id)],
      ["label", s(oneLine(v.label))],
      ["target", s(v.target.k)],
      ["cap", v.target.k === "total-cap" || v.target.k === "total-set" ? q(v.target.value) : undefined],
      ["rating", v.target.k === "rating" ? s(v.target.label) : undefined],
      ["node", "id" in v.target ? s(v.target.id) : undefined],
      ["scope", v.declaredIn === null ? undefined : s(v.declaredIn)],
      ["test", `veto_${i}`],
      ["describe", `vetoWhy_${i}`],
    ]),
  );
  const figures = ir.figures.map(
    (f, i) =>
      `{ name: ${s(f.name)}, text: ${s(oneLine(f.text))}, value: figure_${i}, describe: figureWhy_${i}, show: (v) => ${figureWords(f, "v")} }`,
  );
  const units = ir.units.map(
    (u) =>
      `${s(u.name)}: { kind: ${s(u.kind)}, values: { ${Object.entries(u.values)
        .map(([k, v]) => `${s(k)}: ${q(v)}`)
        .join(", ")} } }`,
  );
  const list = (name: string, rows: string[]) => (rows.length === 0 ? `${name}: [],` : `${name}: [\n${rows.join(",\n")}\n],`);
  return [
    "const SCHEME = {",
    list("pools", pools),
    list("nodes", nodes),
    `order: ${s(ir.evaluationOrder)},`,
    list("vetoes", vetoes),
    list("figures", figures),
    `rating: ${ratingTable(ir.rating)},`,
    `forms: ${s(ir.forms.map((f) => ({ id: f.id, title: f.title })))},`,
    `naPolicy: ${s(ir.naPolicy)},`,
    `rounding: ${s(ir.rounding)},`,
    `rankings: ${s(ir.rankings.map((r) => ({ id: r.id, title: r.title, appliesTo: r.appliesTo, by: r.by, figure: r.figure, order: r.order, marks: r.marks })))},`,
    `target: ${s(ir.target)},`,
    `units: { ${units.join(",\n")} },`,
    `soleKind: ${s(ir.unitKinds.length === 1 ? ir.unitKinds[0]!.id : null)},`,
    "};",
  ].join("\n");
}
