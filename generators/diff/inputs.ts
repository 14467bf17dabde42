// Inputs (what a unit reports) compared by meaning: matched by name, then by description; the
// order they are declared in means nothing. A new input a unit must report is said so: last
// year's submissions do not have it.
import type { Input, InputType, SchemeIR } from "../../compiler/ir.js";
import { canonical, sameSet } from "./canonical.js";
import type { Place } from "./model.js";
import { type Bi, joinBi, kindsWords, Report, say } from "./report.js";

const list = (xs: string[]) => xs.join("、");

export function typeWords(t: InputType): Bi {
  switch (t.kind) {
    case "amount":
      return say("diff.type.amount", { unit: t.unit });
    case "option":
      return say("diff.type.option", { options: list(t.options) });
    case "checklist":
      return say("diff.type.checklist", { elements: list(t.elements) });
    case "rank":
      return t.of === null ? say("diff.type.rank") : say("diff.type.rank-of", { of: t.of });
    case "score":
      return t.fullMarks === null ? say("diff.type.score") : say("diff.type.score-of", { of: t.fullMarks });
    default:
      return say(`diff.type.${t.kind}`);
  }
}

/** One value, or one per element of a dimension: "每项一个值（栏目：政务公开、办事服务）". */
function listWords(i: Input): Bi {
  const l = i.list;
  if (l === null) return say("diff.word.one-value");
  return l.elements === null
    ? say("diff.word.list-open", { dimension: l.dimension })
    : say("diff.word.list-fixed", { dimension: l.dimension, elements: list(l.elements) });
}

/** A list's elements added or removed (the same dimension), or a list made of one value or back. */
function compareList(o: Input, n: Input, report: Report, where: { old: Place | null; new: Place | null }, args: { name: string }): void {
  if (canonical(o.list) === canonical(n.list)) return;
  const [a, b] = [o.list?.elements, n.list?.elements];
  if (o.list && n.list && o.list.dimension === n.list.dimension && a && b) {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    if (added.length === 0 && removed.length === 0) return; // only the order differs
    const parts: Bi[] = [];
    if (added.length > 0) parts.push(say("diff.word.members-added", { names: list(added) }));
    if (removed.length > 0) parts.push(say("diff.word.members-removed", { names: list(removed) }));
    report.add("input", "elements", where, { from: a, to: b }, { ...args, dimension: n.list.dimension, changes: joinBi(parts) });
    return;
  }
  report.add("input", "list", where, { from: o.list, to: n.list }, { ...args, from: listWords(o), to: listWords(n) });
}

function rangeWords(i: Input): Bi {
  if (i.min === null && i.max === null) return say("diff.word.no-range");
  return say("diff.word.range", { min: i.min ?? "—", max: i.max ?? "—" });
}

export function compareInputs(
  a: SchemeIR,
  b: SchemeIR,
  olds: Input[],
  news: Input[],
  report: Report,
  place: (side: "old" | "new", i: Input | null) => Place | null,
): void {
  const pairs: Array<[Input, Input]> = [];
  const freeNew = new Set(news);
  const freeOld: Input[] = [];
  for (const o of olds) {
    const n = news.find((x) => x.name === o.name && freeNew.has(x));
    if (n) {
      pairs.push([o, n]);
      freeNew.delete(n);
    } else freeOld.push(o);
  }
  // Renamed: the same description (and type) under another name.
  for (const o of [...freeOld]) {
    const n = [...freeNew].find((x) => x.title === o.title && x.title !== x.name && x.type.kind === o.type.kind);
    if (n) {
      pairs.push([o, n]);
      freeNew.delete(n);
      freeOld.splice(freeOld.indexOf(o), 1);
    }
  }
  const at = (o: Input | null, n: Input | null) => ({ old: place("old", o), new: place("new", n) });
  for (const o of freeOld)
    report.add("input", "removed", at(o, null), { from: o.name, to: null }, { name: o.name, title: o.title });
  for (const n of news.filter((x) => freeNew.has(x)))
    report.add(
      "input",
      n.required ? "added-required" : "added-optional",
      at(null, n),
      { from: null, to: { name: n.name, type: n.type, required: n.required } },
      { name: n.name, title: n.title, type: typeWords(n.type) },
    );
  for (const [o, n] of pairs) {
    const where = at(o, n);
    const args = { name: n.name };
    if (o.name !== n.name) report.add("input", "renamed", where, { from: o.name, to: n.name }, { from: o.name, to: n.name });
    if (o.title !== n.title) report.add("input", "title", where, { from: o.title, to: n.title }, { ...args, from: o.title, to: n.title });
    compareType(o.type, n.type, report, where, args);
    compareList(o, n, report, where, args);
    if (o.min !== n.min || o.max !== n.max)
      report.add("input", "range", where, { from: [o.min, o.max], to: [n.min, n.max] }, { ...args, from: rangeWords(o), to: rangeWords(n) });
    if (o.required !== n.required)
      report.add("input", n.required ? "now-required" : "now-optional", where, { from: o.required, to: n.required }, args);
    if (!sameSet(o.appliesTo ?? ["*"], n.appliesTo ?? ["*"]))
      report.add("input", "applies-to", where, { from: o.appliesTo, to: n.appliesTo }, {
        ...args,
        from: kindsWords(a, o.appliesTo),
        to: kindsWords(b, n.appliesTo),
      });
  }
}

function compareType(
  o: InputType,
  n: InputType,
  report: Report,
  where: { old: Place | null; new: Place | null },
  args: { name: string },
): void {
  if (canonical(o) === canonical(n)) return;
  // A grade input's levels are the scheme's grade scale, compared once at the scheme level.
  if (o.kind === "grade" && n.kind === "grade") return;
  if (o.kind === "amount" && n.kind === "amount") {
    report.add("input", "unit", where, { from: o.unit, to: n.unit }, { ...args, from: o.unit, to: n.unit });
    return;
  }
  const members = (t: InputType) => (t.kind === "option" ? t.options : t.kind === "checklist" ? t.elements : null);
  const a = members(o);
  const b = members(n);
  if (a && b && o.kind === n.kind) {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    // Only the order differs: the same options.
    if (added.length === 0 && removed.length === 0) return;
    const parts: Bi[] = [];
    if (added.length > 0) parts.push(say("diff.word.members-added", { names: list(added) }));
    if (removed.length > 0) parts.push(say("diff.word.members-removed", { names: list(removed) }));
    report.add("input", "options", where, { from: a, to: b }, { ...args, changes: joinBi(parts) });
    return;
  }
  report.add("input", "type", where, { from: o, to: n }, { ...args, from: typeWords(o), to: typeWords(n) });
}
