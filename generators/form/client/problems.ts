// Problems in words beside their fields: each SubmissionProblem names a JSON pointer (and the
// input), which is the name of the field (controls.ts); a problem with no field of its own goes to
// the nearest enclosing one (the item's row, the unit). A field's problems are shown once the user
// has been at it, and all of them once they try to export.
import { pointer } from "./controls.js";
import type { Lang, SubmissionProblem } from "./scorer.js";

export class Problems {
  private places = new Map<string, HTMLElement>();
  /** Each place and the field or row it marks (has-problem), found once. */
  private boxes = new Map<HTMLElement, HTMLElement | null>();
  private touched = new Set<string>();
  showAll = false;

  constructor(root: ParentNode) {
    for (const box of root.querySelectorAll<HTMLElement>(".field[data-path]")) {
      // its own: a list's fieldset holds its elements' fields, each with its own
      const p = box.querySelector<HTMLElement>(":scope > .problem");
      if (p) this.places.set(box.dataset.path!, p);
    }
    for (const p of root.querySelectorAll<HTMLElement>("p.problem[data-problem]")) {
      if (!this.places.has(p.dataset.problem!)) this.places.set(p.dataset.problem!, p);
    }
    for (const el of new Set(this.places.values())) this.boxes.set(el, el.closest<HTMLElement>(".field, tr"));
  }

  touch(name: string): void {
    this.touched.add(name.replace(/#na$/, ""));
  }

  /** The element a problem is shown in, and the path it stands for. */
  place(p: SubmissionProblem): [string, HTMLElement] | null {
    const start = p.input !== null && !p.path.endsWith(pointer([p.input])) ? p.path + pointer([p.input]) : p.path;
    for (let path = start; path !== ""; path = path.slice(0, path.lastIndexOf("/"))) {
      const el = this.places.get(path);
      if (el) return [path, el];
    }
    return null;
  }

  private seen(path: string): boolean {
    if (this.showAll || this.touched.has(path)) return true;
    for (const t of this.touched) if (t.startsWith(path + "/")) return true;
    return false;
  }

  /** Shows the problems; returns the first field shown with a problem, for focus. */
  show(problems: SubmissionProblem[], lang: Lang): HTMLElement | null {
    const text = new Map<HTMLElement, string[]>();
    let first: HTMLElement | null = null;
    for (const p of problems) {
      const at = this.place(p);
      if (!at || !this.seen(at[0])) continue;
      const lines = text.get(at[1]) ?? [];
      lines.push(p.message[lang]);
      text.set(at[1], lines);
      first ??= at[1];
    }
    for (const [el, box] of this.boxes) {
      const t = (text.get(el) ?? []).join(" ");
      if (el.textContent === t) continue;
      el.textContent = t;
      box?.classList.toggle("has-problem", t !== "");
      // A field's own controls are marked invalid for assistive technology (a row's are not).
      if (box?.matches(".field")) {
        for (const c of box.querySelectorAll("input, select, textarea")) {
          if (t === "") c.removeAttribute("aria-invalid");
          else c.setAttribute("aria-invalid", "true");
        }
      }
    }
    return first;
  }
}
