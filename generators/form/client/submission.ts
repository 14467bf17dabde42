// The submission the page holds: read from the fields (what is scored, saved and exported), and
// written back into them from an imported file. The shapes are the JSON Schema's
// (generators/schema/README.md); the scorer's validator judges every value, this only spells it.
import { pointer, type Field, type State } from "./controls.js";
import type { PageData } from "./scorer.js";

const INTEGER = /^\s*[+-]?\d+\s*$/;
/** A yes/no typed on a line of an open list. */
const YES_NO: Record<string, string> = { 是: "true", 否: "false", yes: "true", no: "false", true: "true", false: "false" };
const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/** A value as the submission spells it; undefined when nothing was entered. Text that is not a
 *  number stays text, so that the validator says what is wrong with it beside the field. */
function value(kind: string, raw: string | string[]): unknown {
  if (Array.isArray(raw)) return raw;
  if (kind.startsWith("list-")) {
    // an open list: one value per line
    const lines = raw.split("\n").filter((l) => l.trim() !== "");
    const each = kind.slice("list-".length);
    const spelt = (l: string) => (each === "bool" ? (YES_NO[l.trim()] ?? l) : l);
    return lines.length > 0 ? lines.map((l) => value(each, spelt(l))) : undefined;
  }
  if (kind === "evidence") {
    const lines = raw.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    return lines.length > 0 ? lines : undefined;
  }
  if (raw.trim() === "") return undefined;
  if (kind === "bool") return raw === "true";
  if (kind === "count" || kind === "rank") return INTEGER.test(raw) ? Number(raw) : raw;
  if (["rate", "number", "amount", "score"].includes(kind)) return DECIMAL.test(raw) ? Number(raw) : raw;
  return raw;
}

export interface Row {
  el: HTMLElement;
  id: string;
  form: string;
  path: string;
  applies: string[] | null;
  /** The item's input fields (named `<path>/<input>`), found once: a keystroke visits each once. */
  inputs: Field[];
}

export function rows(root: ParentNode, fields: Map<string, Field>): Row[] {
  // An input's name escapes "/" as "~1", so the item's path is its name up to the last "/".
  const byItem = new Map<string, Field[]>();
  for (const [path, f] of fields) {
    // an element of a fixed list belongs to the list's item
    const own = f.list ?? path;
    const item = own.slice(0, own.lastIndexOf("/"));
    const list = byItem.get(item);
    if (list) list.push(f);
    else byItem.set(item, [f]);
  }
  return [...root.querySelectorAll<HTMLElement>("tr.item")].map((el) => ({
    el,
    id: el.dataset.id!,
    form: el.dataset.form ?? "",
    path: el.dataset.item!,
    applies: el.dataset.applies ? (JSON.parse(el.dataset.applies) as string[]) : null,
    inputs: byItem.get(el.dataset.item!) ?? [],
  }));
}

/** The unit's kind as far as the page knows it: chosen, looked up in the list, or the only one. */
export function unitKind(data: PageData, state: State): string | null {
  const chosen = state["/unit/kind"];
  if (typeof chosen === "string") return chosen;
  const name = state["/unit/name"];
  const listed = data.units.find((u) => u.name === name);
  if (listed) return listed.kind;
  return data.kinds.length === 1 ? data.kinds[0]! : null;
}

export const absent = (row: { applies: string[] | null }, kind: string | null): boolean =>
  kind !== null && row.applies !== null && !row.applies.includes(kind);

export function naName(row: Row): string {
  return `${row.path}#na`;
}

/** The submission of what is entered. Items and inputs that do not apply to the unit's kind are left out. */
export function collect(data: PageData, fields: Map<string, Field>, state: State, all: Row[]): unknown {
  const kind = unitKind(data, state);
  const put = (target: Record<string, unknown>, path: string) => {
    const f = fields.get(path)!;
    if (absent(f, kind)) return; // an input the unit's kind does not report
    const v = value(f.kind, state[path] ?? "");
    if (v === undefined) return;
    if (f.list === null) target[lastSegment(path)] = v;
    else ((target[lastSegment(f.list)] ??= {}) as Record<string, unknown>)[lastSegment(path)] = v;
  };
  const unit: Record<string, unknown> = {};
  for (const p of ["/unit/name", "/unit/kind", "/unit/target"]) if (fields.has(p)) put(unit, p);
  const sub: Record<string, unknown> = { unit };
  if (data.hasFacts) {
    const facts: Record<string, unknown> = {};
    for (const path of fields.keys()) if (path.startsWith("/facts/")) put(facts, path);
    sub.facts = facts;
  }
  const parts = new Map<string, { items: Record<string, unknown>; notApplicable: string[] }>();
  const part = (form: string) => {
    let p = parts.get(form);
    if (!p) parts.set(form, (p = { items: {}, notApplicable: [] }));
    return p;
  };
  for (const form of data.forms.length > 0 ? data.forms : [""]) part(form);
  for (const row of all) {
    if (absent(row, kind)) continue;
    const p = part(row.form);
    if ((state[naName(row)] ?? []).length > 0) {
      p.notApplicable.push(row.id);
      continue;
    }
    const item: Record<string, unknown> = {};
    for (const f of row.inputs) put(item, f.path);
    p.items[row.id] = item;
  }
  const shape = (p: { items: Record<string, unknown>; notApplicable: string[] }) =>
    data.hasNa ? { items: p.items, notApplicable: p.notApplicable } : { items: p.items };
  if (data.forms.length > 0) sub.forms = Object.fromEntries(data.forms.map((f) => [f, shape(part(f))]));
  else Object.assign(sub, shape(part("")));
  return sub;
}

function lastSegment(path: string): string {
  const s = path.slice(path.lastIndexOf("/") + 1);
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * The fields' state for a submission read from a file, or the first place in it that this form
 * has no field for (a file that does not fit the scheme).
 */
export function stateOf(
  sub: Record<string, unknown>,
  fields: Map<string, Field>,
  all: Row[],
): { state: State } | { unknown: string } {
  const state: State = {};
  const nas = new Map(all.map((r) => [`${r.form}|${r.id}`, naName(r)]));
  const leaf = (path: string, v: unknown): string | null => {
    const f = fields.get(path);
    // a fixed list: one field per element
    if (!f && v !== null && typeof v === "object" && !Array.isArray(v) && [...fields.values()].some((x) => x.list === path))
      return object(v, [], (k, x) => leaf(path + pointer([k]), x));
    if (!f) return path;
    const lines = f.kind === "evidence" || f.kind.startsWith("list-");
    if (Array.isArray(v)) state[path] = lines ? v.map(String).join("\n") : v.map(String);
    else if (v !== null && typeof v === "object") return path;
    else state[path] = String(v);
    return null;
  };
  const object = (x: unknown, at: string[], each: (key: string, v: unknown) => string | null): string | null => {
    if (x === undefined) return null;
    if (x === null || typeof x !== "object" || Array.isArray(x)) return pointer(at);
    for (const [k, v] of Object.entries(x)) {
      const bad = each(k, v);
      if (bad) return bad;
    }
    return null;
  };
  const items = (x: unknown, at: string[]) =>
    object(x, [...at, "items"], (id, inputs) =>
      object(inputs, [...at, "items", id], (name, v) => leaf(pointer([...at, "items", id, name]), v)) ??
      (all.some((r) => r.path === pointer([...at, "items", id])) ? null : pointer([...at, "items", id])),
    );
  const na = (x: unknown, at: string[], form: string): string | null => {
    if (x === undefined) return null;
    if (!Array.isArray(x)) return pointer([...at, "notApplicable"]);
    for (const id of x) {
      const name = nas.get(`${form}|${String(id)}`);
      if (!name) return pointer([...at, "notApplicable", String(id)]);
      state[name] = ["on"];
    }
    return null;
  };
  const bad = object(sub, [], (key, v) => {
    if (key === "unit") return object(v, ["unit"], (k, x) => leaf(pointer(["unit", k]), x));
    if (key === "facts") return object(v, ["facts"], (k, x) => leaf(pointer(["facts", k]), x));
    if (key === "items") return items(v, []);
    if (key === "notApplicable") return na(v, [], "");
    if (key === "forms")
      return object(v, ["forms"], (form, x) =>
        object(x, ["forms", form], (k, y) =>
          k === "items" ? items(y, ["forms", form]) : k === "notApplicable" ? na(y, ["forms", form], form) : pointer(["forms", form, k]),
        ),
      );
    return pointer([key]);
  });
  return bad === null ? { state } : { unknown: bad };
}
