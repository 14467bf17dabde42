// The live figures: every output of the page filled from one UnitResult (or "—" when nothing could
// be scored), the notes beside items (pending, N/A, vetoed), the vetoes that fired, and the open
// explanations. Only text that changed is written.
import type { FormResult, Lang, PageData, UnitResult } from "./scorer.js";
import { fill } from "./scorer.js";

type Part = FormResult;

const set = (el: Element, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};

export interface Outputs {
  items: HTMLOutputElement[];
  rest: HTMLOutputElement[];
  notes: HTMLElement[];
  explains: HTMLDetailsElement[];
}

export function outputs(root: ParentNode): Outputs {
  return {
    items: [...root.querySelectorAll<HTMLOutputElement>("output[data-fig=item], output[data-fig=item-combined]")],
    rest: [...root.querySelectorAll<HTMLOutputElement>("output[data-fig]:not([data-fig=item]):not([data-fig=item-combined])")],
    notes: [...root.querySelectorAll<HTMLElement>("p.note[data-note]")],
    explains: [...root.querySelectorAll<HTMLDetailsElement>("details.explain")],
  };
}

function partOf(r: UnitResult, form: string | undefined): Part | undefined {
  return form ? r.forms?.[form] : r;
}

/** An exact decimal fraction as a percent, by moving the point: "1.08" → "108%", "-0.2" → "−20%". */
export function percent(fraction: string): string {
  const negative = fraction.startsWith("-");
  const [whole = "0", decimals = ""] = (negative ? fraction.slice(1) : fraction).split(".");
  const digits = whole + decimals.padEnd(2, "0");
  const point = whole.length + 2;
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(point).replace(/0+$/, "");
  return (negative ? "−" : "") + int + (frac ? "." + frac : "") + "%";
}

/** A named figure (量) as its output shows it: a rate as a percent, an amount with its unit. */
function named(value: string | undefined, el: HTMLElement): string {
  if (value === undefined) return "—";
  return el.dataset.rate !== undefined ? percent(value) : value.replace(/^-/, "−") + (el.dataset.unit ?? "");
}

/** An output's figure; a total the unit does not have (不计分) reads `notScored`. */
function figure(r: UnitResult | null, el: HTMLElement, notScored: string): string {
  if (!r) return "—";
  const { fig, id = "", form } = el.dataset;
  switch (fig) {
    case "item":
      return partOf(r, form)?.items[id]?.score ?? "—";
    case "item-combined":
      return r.items[id]?.score ?? "—";
    case "section":
      return partOf(r, form)?.sections[id]?.score ?? "—";
    case "section-combined":
      return r.sections[id]?.score ?? "—";
    case "form-total": {
      const part = partOf(r, form);
      return part === undefined ? "—" : (part.total ?? notScored);
    }
    case "pool":
      return r.pools[id] ?? "—";
    case "total":
      return r.total ?? notScored;
    case "rating":
      return r.rating ?? "—";
    case "figure":
      return named(r.figures[id], el);
    case "item-figure":
      return named(partOf(r, form)?.items[id]?.figures[el.dataset.name ?? ""], el);
    default:
      return "—";
  }
}

export function render(r: UnitResult | null, out: Outputs, data: PageData, lang: Lang): void {
  const w = (code: string, args: Record<string, string> = {}) => fill(data.words[code]![lang], args);
  const notScored = w("form.page.not-scored");
  for (const el of out.items) set(el, figure(r, el, notScored));
  for (const el of out.rest) set(el, figure(r, el, notScored));
  const labels = new Map((r?.vetoes ?? []).map((v) => [v.id, v.label]));
  for (const el of out.notes) {
    const item = r ? partOf(r, el.dataset.form)?.items[el.dataset.note!] : undefined;
    const lines: string[] = [];
    if (item?.na) lines.push(w("form.page.na-note"));
    if (item?.pending) lines.push(w("form.page.pending"));
    for (const v of item?.vetoedBy ?? []) lines.push(w("form.page.vetoed", { label: labels.get(v) ?? v }));
    set(el, lines.join(" "));
    el.hidden = lines.length === 0;
  }
  for (const d of out.explains) if (d.open) explain(d, r, data, lang);
  const vetoes = document.getElementById("vetoes");
  if (vetoes) {
    const list = vetoes.querySelector("ul")!;
    const items = (r?.vetoes ?? []).map((v) => {
      const node = v.node === null ? "" : (data.titles[v.node] ?? v.node);
      return v.target === "total"
        ? w("form.page.veto.total", { label: v.label })
        : v.target === "total-cap" || v.target === "total-set"
          ? w(`form.page.veto.${v.target}`, { label: v.label, cap: v.cap ?? v.setTo ?? "" })
          : v.target === "disqualify" || v.target === "not-scored"
            ? w(`form.page.veto.${v.target}`, { label: v.label })
            : v.target === "rating"
              ? w("form.page.veto.rating", { label: v.label, rating: r?.rating ?? "" })
              : v.target === "disqualify-node"
                ? w("form.page.veto.disqualify-node", { label: v.label, node })
                : w("form.page.veto.node", { label: v.label, node });
    });
    const text = items.join("\n");
    if (list.dataset.text !== text) {
      list.replaceChildren(...items.map((t) => Object.assign(document.createElement("li"), { textContent: t })));
      list.dataset.text = text;
    }
    vetoes.hidden = items.length === 0;
  }
  const incomplete = document.getElementById("incomplete");
  if (incomplete) incomplete.hidden = !r || r.complete;
}

/** An item's explanation, in the language shown, read only when asked for. */
export function explain(d: HTMLDetailsElement, r: UnitResult | null, data: PageData, lang: Lang): void {
  const list = d.querySelector("ol")!;
  const item = r ? partOf(r, d.dataset.form)?.items[d.dataset.id!] : undefined;
  const lines = item ? item.explanation[lang] : [fill(data.words["form.page.explain-none"]![lang], {})];
  const text = lines.join("\n");
  if (list.dataset.text === text) return;
  list.replaceChildren(...lines.map((t) => Object.assign(document.createElement("li"), { textContent: t })));
  list.dataset.text = text;
}
