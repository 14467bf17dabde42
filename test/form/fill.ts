// Filling a form in by keyboard from an example submission, and reading its live figures back.
import type { Page } from "playwright-core";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** The submission's values, one [JSON pointer, value] per input (lists are one value). */
export function leaves(sub: Json, at = ""): Array<[string, Json]> {
  if (sub === null || typeof sub !== "object" || Array.isArray(sub)) return [[at, sub]];
  return Object.entries(sub).flatMap(([k, v]) => leaves(v, `${at}/${esc(k)}`));
}

/** A CSS attribute selector for a control named by a JSON pointer. */
export const named = (path: string) => `[name=${JSON.stringify(path)}]`;

/** Brings the form tab holding an element forward, by keyboard (focus the tab, Enter). */
async function showPanelOf(page: Page, selector: string): Promise<void> {
  const panel = await page.locator(selector).first().evaluate((el) => el.closest("[role=tabpanel]")?.id ?? null);
  if (panel === null) return;
  const tab = page.locator(`[role=tab][aria-controls="${panel}"]`);
  if ((await tab.getAttribute("aria-selected")) === "true") return;
  await tab.focus();
  await page.keyboard.press("Enter");
}

/** Enters one value into the control(s) named `path`, with the keyboard only. */
export async function enter(page: Page, path: string, value: Json): Promise<void> {
  const sel = named(path);
  await showPanelOf(page, sel);
  const first = page.locator(sel).first();
  const tag = await first.evaluate((el) => `${el.tagName.toLowerCase()}:${(el as HTMLInputElement).type}`);
  if (tag.startsWith("select")) {
    const index = await first.evaluate(
      (el, v) => [...(el as HTMLSelectElement).options].findIndex((o) => o.value === v),
      String(value),
    );
    if (index < 0) throw new Error(`${path}: no option ${String(value)}`);
    await first.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  } else if (tag === "input:radio" || tag === "input:checkbox") {
    const wanted = Array.isArray(value) ? value.map(String) : [String(value)];
    for (const v of wanted) {
      const box = page.locator(`${sel}[value=${JSON.stringify(v)}]`);
      await box.focus();
      if (!(await box.isChecked())) await page.keyboard.press("Space");
    }
  } else if (tag.startsWith("textarea")) {
    await first.focus();
    const lines = Array.isArray(value) ? value.map(String) : [String(value)];
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press("Enter");
      await page.keyboard.type(line);
    }
  } else {
    await first.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type(String(value));
  }
}

/** Fills the page from a submission: every input, by keyboard (N/A boxes included). */
export async function fillIn(page: Page, submission: Json): Promise<void> {
  for (const [path, value] of leaves(submission)) {
    if (/\/notApplicable$/.test(path)) {
      for (const id of value as string[]) {
        const box = page.locator(`${named(`${path.replace(/notApplicable$/, "items")}/${esc(id)}#na`)}`);
        await box.focus();
        await page.keyboard.press("Space");
      }
      continue;
    }
    // With a list of units the kind comes from the list: the page asks only for the name (and
    // offers only the kinds whose units are not listed, `{ 其余 }`).
    if (path === "/unit/kind" && (await page.locator(`${named(path)}[value=${JSON.stringify(String(value))}]`).count()) === 0)
      continue;
    await enter(page, path, value);
  }
}

/** The figure an <output data-fig=…> shows. */
export async function figure(page: Page, fig: string, id?: string, form?: string): Promise<string> {
  const sel =
    `output[data-fig="${fig}"]` +
    (id === undefined ? "" : `[data-id=${JSON.stringify(id)}]`) +
    (form === undefined ? "" : `[data-form=${JSON.stringify(form)}]`);
  return (await page.locator(sel).first().textContent())?.trim() ?? "";
}

/** Every figure of one kind on the page, by id (for one form, or "" without forms). */
export async function figures(page: Page, fig: string, form: string): Promise<Record<string, string>> {
  return page.evaluate(
    ([f, fm]) =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLOutputElement>(`output[data-fig="${f}"]`)]
          .filter((o) => (o.dataset.form ?? "") === fm)
          .map((o) => [o.dataset.id!, (o.textContent ?? "").trim()]),
      ),
    [fig, form] as const,
  );
}
