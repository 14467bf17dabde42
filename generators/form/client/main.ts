// The form's script: reads the fields into a submission on every keystroke, scores it with the
// inlined scorer (the scheme's scorer.js), and shows the figures, the problems beside the fields,
// the vetoes and, on demand, the explanations. Saves a draft in localStorage, exports and imports
// the submission as JSON, switches between zh-CN and English, and keeps the tabs of several forms.
import { fields as findFields, restore, snapshot, type State } from "./controls.js";
import { outputs, render, explain } from "./figures.js";
import { Problems } from "./problems.js";
import { fill, type Lang, type PageData, type Scorer, type SubmissionProblem, type UnitResult } from "./scorer.js";
import { absent, collect, rows as findRows, stateOf, unitKind } from "./submission.js";

export function start(scorer: Scorer): void {
  const data = JSON.parse(document.getElementById("kaohe-data")!.textContent!) as PageData;
  const fields = findFields(document);
  const rows = findRows(document, fields);
  const out = outputs(document);
  const problems = new Problems(document);
  const status = document.getElementById("status")!;
  const notice = document.getElementById("notice")!;
  let lang: Lang = "zh-CN";
  let result: UnitResult | null = null;
  let found: SubmissionProblem[] = [];
  let submission: unknown = null;
  const w = (code: string, args: Record<string, string | number> = {}) => fill(data.words[code]![lang], args);
  const say = (text: string) => {
    notice.textContent = text;
  };

  /** Rows and fields of another kind are hidden (and not exported: collect leaves them out). */
  function showKind(state: State): void {
    const kind = unitKind(data, state);
    for (const row of rows) row.el.hidden = absent(row, kind);
    for (const f of fields.values()) {
      // an element of a fixed list: the list's box (its legend and every element) goes with it
      const box = f.list === null ? f.box : (f.box?.parentElement ?? null);
      if (box && f.applies) box.hidden = absent(f, kind);
    }
    for (const s of document.querySelectorAll<HTMLElement>("tr.section[data-applies]")) {
      s.hidden = absent({ applies: JSON.parse(s.dataset.applies!) as string[] }, kind);
    }
    for (const r of rows) {
      const na = (fields.get(`${r.path}#na`)?.controls[0] as HTMLInputElement | undefined)?.checked ?? false;
      for (const f of r.inputs) for (const c of f.controls) if (c.disabled !== na) c.disabled = na;
    }
    const sign = document.getElementById("sign-unit");
    if (sign) sign.textContent = typeof state["/unit/name"] === "string" ? state["/unit/name"] : "";
  }

  function rescore(): void {
    const state = snapshot(fields);
    showKind(state);
    submission = collect(data, fields, state, rows);
    try {
      result = scorer.score(submission);
      found = [];
    } catch (err) {
      result = null;
      if (err instanceof scorer.SubmissionError) found = err.problems;
      else {
        found = [];
        status.textContent = w("form.page.error", { detail: err instanceof Error ? err.message : String(err) });
        return;
      }
    }
    render(result, out, data, lang);
    problems.show(found, lang);
    const text = !result
      ? w("form.page.status.problems", { count: found.length })
      : result.total === null
        ? w("form.page.status.not-scored")
        : w("form.page.status.complete", { total: result.total });
    if (status.textContent !== text) status.textContent = text;
    save(state);
  }

  // ---------------------------------------------------------------- draft
  const sign = [...document.querySelectorAll<HTMLInputElement>("input[name^='sign:']")];
  function save(state: State): void {
    const draft = { state, sign: Object.fromEntries(sign.map((s) => [s.name, s.value])), lang };
    try {
      localStorage.setItem(data.draftKey, JSON.stringify(draft));
    } catch {
      /* storage full or disabled (a private window): the form still works, without a draft */
    }
  }
  function load(): boolean {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(data.draftKey);
    } catch {
      return false;
    }
    if (!raw) return false;
    const draft = JSON.parse(raw) as { state: State; sign: Record<string, string>; lang: Lang };
    restore(fields, draft.state);
    for (const s of sign) s.value = draft.sign?.[s.name] ?? "";
    if (draft.lang === "en") switchLang("en");
    return true;
  }

  // ---------------------------------------------------------------- language
  function switchLang(to: Lang): void {
    lang = to;
    document.documentElement.lang = to;
    for (const el of document.querySelectorAll<HTMLElement>("[data-m]")) {
      const args = el.dataset.args ? (JSON.parse(el.dataset.args) as Record<string, string>) : {};
      el.textContent = w(el.dataset.m!, args);
    }
    for (const el of document.querySelectorAll<HTMLElement>("[data-en]")) {
      el.dataset.zh ??= el.textContent ?? "";
      el.textContent = to === "en" ? el.dataset.en! : el.dataset.zh;
    }
  }

  // ---------------------------------------------------------------- tabs (several forms)
  const tabs = [...document.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  function select(tab: HTMLButtonElement, focus: boolean): void {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")!)!.hidden = !on;
    }
    if (focus) tab.focus();
  }
  tabs.forEach((tab, k) => {
    tab.addEventListener("click", () => select(tab, false));
    tab.addEventListener("keydown", (e) => {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (step !== 0) select(tabs[(k + step + tabs.length) % tabs.length]!, true);
    });
  });

  // ---------------------------------------------------------------- export and import
  function download(name: string, text: string): void {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }
  document.getElementById("export")!.addEventListener("click", () => {
    rescore();
    if (!result) {
      problems.showAll = true;
      const first = problems.show(found, lang);
      say(w("form.page.export-refused", { count: found.length }));
      first?.closest(".field, tr")?.querySelector<HTMLElement>("input, select, textarea")?.focus();
      return;
    }
    const unit = (submission as { unit: { name: string } }).unit.name;
    const file = `${unit.replace(/[\\/:*?"<>|\s]+/g, "_")}.json`;
    download(file, JSON.stringify(submission, null, 2) + "\n");
    say(w("form.page.exported", { file }));
  });
  const picker = document.getElementById("import-file") as HTMLInputElement;
  document.getElementById("import")!.addEventListener("click", () => picker.click());
  picker.addEventListener("change", async () => {
    const f = picker.files?.[0];
    picker.value = "";
    if (!f) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await f.text());
    } catch (err) {
      say(w("form.page.import-not-json", { file: f.name, detail: err instanceof Error ? err.message : String(err) }));
      return;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      say(w("form.page.import-not-object", { file: f.name }));
      return;
    }
    const read = stateOf(parsed as Record<string, unknown>, fields, rows);
    if ("unknown" in read) {
      say(w("form.page.import-unknown", { file: f.name, path: read.unknown }));
      return;
    }
    restore(fields, read.state);
    problems.showAll = true;
    rescore();
    say(w("form.page.imported", { file: f.name }));
  });

  // ---------------------------------------------------------------- the rest of the toolbar
  document.getElementById("lang")!.addEventListener("click", () => {
    switchLang(lang === "zh-CN" ? "en" : "zh-CN");
    rescore();
  });
  document.getElementById("print")!.addEventListener("click", () => window.print());
  const clear = document.getElementById("clear");
  clear?.addEventListener("click", () => {
    if (clear.dataset.armed !== "1") {
      clear.dataset.armed = "1";
      say(w("form.page.clear-confirm"));
      return;
    }
    delete clear.dataset.armed;
    restore(fields, {});
    for (const s of sign) s.value = "";
    problems.showAll = false;
    rescore();
    say(w("form.page.cleared"));
  });
  clear?.addEventListener("blur", () => delete clear.dataset.armed);

  document.addEventListener("input", (e) => {
    const t = e.target as HTMLInputElement;
    if (t.name && fields.has(t.name)) problems.touch(t.name);
    if (t.name) rescore();
  });
  document.addEventListener("change", (e) => {
    const t = e.target as HTMLInputElement;
    if (t.type === "radio" || t.type === "checkbox" || t.tagName === "SELECT") {
      problems.touch(t.name);
      rescore();
    }
  });
  for (const d of out.explains) d.addEventListener("toggle", () => d.open && explain(d, result, data, lang));

  if (load()) say(w("form.page.restored"));
  rescore();
  document.documentElement.dataset.ready = "1";
}
