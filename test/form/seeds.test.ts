// Every seed scheme's form in a real browser (Debian's chromium): it loads from file:// with no
// console error and not one request, its Content-Security-Policy allows no network, every control
// has a label, and a screenshot of it on screen and in print is written for a reviewer
// (test/form/screenshots/).
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { compileScheme, describeBrowser, launch, openForm, root, screenshots, SEEDS, writeForm, type Browser } from "./browser.js";

describeBrowser("form: every seed scheme's form in chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const seed of SEEDS) {
    it(`${seed}: loads offline with no request and no console error`, { timeout: 120_000 }, async () => {
      const scheme = join(root, "schemes", `${seed}.kaohe`);
      const ir = compileScheme(scheme);
      const form = await openForm(browser, await writeForm(browser, ir, seed));
      const { page } = form;
      expect(form.requests).toEqual([]);
      expect(form.errors).toEqual([]);
      expect(await page.title()).toBe(ir.meta.title);
      await expect(page.locator("h1").first().textContent()).resolves.toContain(ir.meta.title);

      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);

      // Every item of the scheme has its row, and every control a name a screen reader reads.
      const rows = await page.locator("tr[data-id]").evaluateAll((trs) => [...new Set(trs.map((t) => (t as HTMLElement).dataset.id))]);
      expect(rows.sort()).toEqual(ir.nodes.filter((n) => n.kind === "item").map((n) => n.id).sort());
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>("input, select, textarea, button")]
          .filter((el) => el.type !== "file" && el.type !== "hidden")
          .filter((el) => {
            const labels = (el as HTMLInputElement).labels;
            const named = (labels && labels.length > 0) || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
            return !named && !(el.tagName === "BUTTON" && el.textContent?.trim());
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(unlabelled).toEqual([]);

      await screenshots(page, seed);
      expect(form.requests).toEqual([]);
      expect(form.errors).toEqual([]);
      await page.close();
    });
  }
});
