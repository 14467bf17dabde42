// The page's fields, found once: every control is named by the JSON pointer of its value in the
// submission (view.ts), so reading the form into a submission, writing a submission back into it
// (import, draft) and placing a problem beside its field all go through these names.

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type State = Record<string, string | string[]>;

/** A field: the controls sharing one name, and how its value is written in the submission. */
export interface Field {
  path: string;
  kind: string;
  controls: Control[];
  /** The field's box, and the unit kinds that report it (`输入 … 适用`); null: every unit. */
  box: HTMLElement | null;
  applies: string[] | null;
  /** An element of a fixed list (`输入 回复率 比率 每 栏目`): the list input's pointer; else null. */
  list: string | null;
}

export function fields(root: ParentNode): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const c of root.querySelectorAll<Control>("input[name], select[name], textarea[name]")) {
    if (c.type === "file") continue;
    const path = c.name;
    const box = c.closest<HTMLElement>("[data-kind]");
    let f = out.get(path);
    const applies = box?.dataset.applies ? (JSON.parse(box.dataset.applies) as string[]) : null;
    const list = box?.dataset.list ?? null;
    if (!f) out.set(path, (f = { path, kind: box?.dataset.kind ?? "text", controls: [], box, applies, list }));
    f.controls.push(c);
  }
  return out;
}

/** What the user entered, as text: radios and checkboxes by the values checked. */
export function read(f: Field): string | string[] {
  const first = f.controls[0]!;
  if (first instanceof HTMLInputElement && first.type === "checkbox") {
    return f.controls.filter((c) => (c as HTMLInputElement).checked).map((c) => c.value);
  }
  if (first instanceof HTMLInputElement && first.type === "radio") {
    return f.controls.find((c) => (c as HTMLInputElement).checked)?.value ?? "";
  }
  return first.value;
}

export function write(f: Field, value: string | string[] | undefined): void {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  for (const c of f.controls) {
    if (c instanceof HTMLInputElement && (c.type === "checkbox" || c.type === "radio")) {
      c.checked = values.includes(c.value);
    } else c.value = typeof value === "string" ? value : "";
  }
}

export function snapshot(all: Map<string, Field>): State {
  const out: State = {};
  for (const [path, f] of all) {
    const v = read(f);
    if (v !== "" && !(Array.isArray(v) && v.length === 0)) out[path] = v;
  }
  return out;
}

export function restore(all: Map<string, Field>, state: State): void {
  for (const [path, f] of all) write(f, state[path]);
}

/** A JSON pointer from its segments, and back. */
export const pointer = (segments: string[]): string =>
  segments.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
