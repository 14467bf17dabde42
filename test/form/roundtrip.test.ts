// Seeds 002 and 004 in a real browser, as a unit uses the form: the ordinary example entered by
// keyboard, the live figures checked against the hand-scored figures of test/seeds (not recomputed
// here), the exported JSON checked with `kaohe validate` and scored by `kaohe score` to the same
// figures, the draft found again after a reload, a JSON imported (and a wrong one refused), and
// the printed PDF carrying the signature lines.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ORDINARY as HUAIBEI } from "../seeds/huaibei-2019.figures.js";
import { ORDINARY as GUANGYUAN } from "../seeds/guangyuan-2023.figures.js";
import { describeBrowser, launch, openForm, root, writeForm, type Browser } from "./browser.js";
import { figure, figures, fillIn, named } from "./fill.js";

const run = promisify(execFile);
const kaohe = (...args: string[]) => run(process.execPath, [join(root, "bin/kaohe.js"), ...args], { cwd: root });

interface Seed {
  name: string;
  example: string;
  /** The hand figures as the page should show them: fig kind → form ("" without forms) → id → figure. */
  shown: Array<{ fig: string; form: string; figures: Record<string, string | null> }>;
  total: string | null;
  /** The same figures out of `kaohe score --format json` for the unit. */
  scored(unit: ScoredUnit): Array<Record<string, string | null>>;
  keystroke?: { path: string; value: string; back: string; item: string; item_score: string; total: string };
}

interface ScoredUnit {
  total: string | null;
  items: Record<string, { score: string }>;
  sections: Record<string, { score: string }>;
  forms: Record<string, { total: string | null; items: Record<string, { score: string }> }> | null;
}
const scores = (r: Record<string, { score: string }>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.score]));

const SEEDS: Seed[] = [
  {
    name: "huaibei-2019",
    example: "examples/huaibei-2019/ordinary.json",
    shown: [
      { fig: "item", form: "", figures: HUAIBEI.items },
      { fig: "section", form: "", figures: HUAIBEI.sections },
    ],
    total: HUAIBEI.total,
    scored: (u) => [scores(u.items), scores(u.sections)],
    // 003 参加培训 1 → 2: 培训 2 次 × 1分 = 2 (最高 2); total 69.71 − 1 + 2 = 70.71.
    keystroke: { path: "/items/003/参加培训", value: "2", back: "1", item: "003", item_score: "2", total: "70.71" },
  },
  {
    name: "guangyuan-2023",
    example: "examples/guangyuan-2023/ordinary.json",
    shown: [
      { fig: "item-combined", form: "", figures: GUANGYUAN.items },
      { fig: "section-combined", form: "", figures: GUANGYUAN.sections },
      ...Object.entries(GUANGYUAN.forms).map(([form, f]) => ({ fig: "item", form, figures: f.items })),
      {
        fig: "form-total",
        form: "*",
        figures: Object.fromEntries(Object.entries(GUANGYUAN.forms).map(([form, f]) => [form, f.total])),
      },
    ],
    total: GUANGYUAN.total,
    scored: (u) => [
      scores(u.items),
      scores(u.sections),
      ...Object.keys(GUANGYUAN.forms).map((form) => scores(u.forms![form]!.items)),
      Object.fromEntries(Object.entries(u.forms!).map(([form, f]) => [form, f.total])),
    ],
  },
];

async function shownFigures(page: Page, seed: Seed): Promise<Array<Record<string, string>>> {
  const out: Array<Record<string, string>> = [];
  for (const s of seed.shown) {
    if (s.form === "*") {
      const entries = await Promise.all(Object.keys(s.figures).map(async (f) => [f, await figure(page, s.fig, undefined, f)]));
      out.push(Object.fromEntries(entries));
    } else out.push(await figures(page, s.fig, s.form));
  }
  return out;
}
const expectedFigures = (seed: Seed) => seed.shown.map((s) => s.figures);

describeBrowser("form: seeds 002 and 004 filled in, exported, reloaded, imported and printed", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const seed of SEEDS) {
    it(`${seed.name}: the ordinary example by keyboard gives the hand figures live, and kaohe agrees`, { timeout: 120_000 }, async () => {
      const example = JSON.parse(readFileSync(join(root, seed.example), "utf8"));
      const scheme = join(root, "schemes", `${seed.name}.kaohe`);
      const file = await writeForm(browser, scheme, `${seed.name}-roundtrip`);
      const form = await openForm(browser, file);
      const { page } = form;
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await form.ready();
      expect(await page.locator("#total").textContent()).toBe("—");

      await fillIn(page, example);
      expect(await shownFigures(page, seed)).toEqual(expectedFigures(seed));
      expect(await page.locator("#total").textContent()).toBe(seed.total);

      if (seed.keystroke) {
        // One keystroke rescores at once, and taking it back restores the figures.
        const k = seed.keystroke;
        await page.locator(named(k.path)).focus();
        await page.keyboard.press("End");
        await page.keyboard.press("Backspace");
        await page.keyboard.type(k.value);
        expect(await figure(page, "item", k.item, "")).toBe(k.item_score);
        expect(await page.locator("#total").textContent()).toBe(k.total);
        await page.keyboard.press("Backspace");
        await page.keyboard.type(k.back);
        expect(await page.locator("#total").textContent()).toBe(seed.total);
      }
      // 导出 by keyboard, then the office's tools on the file.
      await page.locator("#export").focus();
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      const exported = join(browser.dir, `${seed.name}-exported.json`);
      await download.saveAs(exported);
      await expect(kaohe("validate", scheme, exported)).resolves.toBeDefined();
      const { stdout } = await kaohe("score", scheme, exported, "--format", "json");
      const unit = (JSON.parse(stdout) as { units: ScoredUnit[] }).units[0]!;
      expect(unit.total).toBe(seed.total);
      expect(seed.scored(unit)).toEqual(expectedFigures(seed));

      // The draft is kept in the browser: reload and find every entry and figure again.
      await page.reload();
      await form.ready();
      expect(await page.locator("#total").textContent()).toBe(seed.total);
      expect(await shownFigures(page, seed)).toEqual(expectedFigures(seed));
      expect(await page.locator(named("/unit/name")).first().inputValue()).toBe(example.unit.name);

      // 导入: an empty form takes the exported file back; a file for another scheme is refused.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await form.ready();
      expect(await page.locator("#total").textContent()).toBe("—");
      const wrong = join(browser.dir, "wrong.json");
      await writeFile(wrong, JSON.stringify({ unit: { name: "某单位" }, items: { 不存在的指标: {} } }));
      await page.locator("#import-file").setInputFiles(wrong);
      await expect.poll(() => page.locator("#notice").textContent()).toMatch(/未导入/);
      expect(await page.locator("#total").textContent()).toBe("—");
      await page.locator("#import-file").setInputFiles(exported);
      await expect.poll(() => page.locator("#total").textContent()).toBe(seed.total);
      expect(await shownFigures(page, seed)).toEqual(expectedFigures(seed));

      // Print to A4: the signature lines are on the paper, with the unit and its total.
      const pdf = join(browser.dir, `${seed.name}.pdf`);
      await page.pdf({ path: pdf, format: "A4", printBackground: true });
      const { stdout: text } = await run("pdftotext", ["-layout", pdf, "-"]);
      for (const line of ["单位名称", "填报人", "联系电话", "单位负责人签字", "盖章", "日期", example.unit.name, seed.total]) {
        expect(text).toContain(line);
      }
      expect(text).not.toContain("导出 JSON");

      expect(form.errors).toEqual([]);
      await page.close();
    });
  }

  it("huaibei-2019: the whole form can be walked with Tab in document order, focus visible", async () => {
    const file = await writeForm(browser, join(root, "schemes/huaibei-2019.kaohe"), "huaibei-2019-tab");
    const { page } = await openForm(browser, file);
    const seen: Array<{ order: number; outline: string }> = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const all = [...document.querySelectorAll("*")];
          const style = getComputedStyle(el);
          return { order: all.indexOf(el), outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    const orders = seen.map((s) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const s of seen) expect(s.outline).not.toMatch(/^none|\b0px/);
    await page.close();
  });
});
