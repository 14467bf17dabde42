// A named figure (量) in the form: shown beside the unit's facts (an item's own under its score),
// worked out live from what the unit enters, as the scorer computes it (figures by hand in the comments).
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeBrowser, launch, openForm, root, writeForm, type Browser } from "./browser.js";
import { enter, figure } from "./fill.js";

describeBrowser("form: named figures", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows 综合投资率 and 超额率 live, and the items that read them", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, join(root, "test/form/fixtures/figures.kaohe"), "figures"));
    const { page } = form;
    expect(form.errors).toEqual([]);
    expect(await page.locator("ul.figures").textContent()).toContain("综合投资率 = 投资完成率 × 难度系数");
    expect(await figure(page, "figure", "综合投资率")).toBe("—");
    await enter(page, "/unit/name", "甲县");
    await enter(page, "/facts/投资完成率", 90);
    expect(await figure(page, "figure", "综合投资率")).toBe("108%"); // 90% × 1.2
    expect(await figure(page, "figure", "超额率")).toBe("8%"); // 108% − 100%
    expect(await figure(page, "item", "达标")).toBe("5"); // 108% ≥ 100%
    expect(await figure(page, "item", "超额")).toBe("1"); // 8% in [0%, 10%)
    await enter(page, "/unit/name", "丙县");
    expect(await figure(page, "figure", "综合投资率")).toBe("72%"); // 90% × 0.8
    expect(await figure(page, "figure", "超额率")).toBe("−28%"); // 72% − 100%
    expect(await figure(page, "total", undefined)).toBe("0"); // 72% < 100%: 0; −28% is 其余: 0
  });

  it("shows an item's own figure under its score, live", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, join(root, "test/form/fixtures/item-figures.kaohe"), "item-figures"));
    const { page } = form;
    expect(form.errors).toEqual([]);
    const 完成率 = page.locator('output[data-fig="item-figure"][data-id="投资"][data-name="完成率"]');
    expect(await page.locator('tr[data-id="投资"] ul.item-figures').textContent()).toContain("完成率 = 投资额 ÷ 目标额");
    expect((await 完成率.textContent())?.trim()).toBe("—");
    await enter(page, "/unit/name", "甲县");
    await enter(page, "/items/投资/投资额", 350);
    await enter(page, "/items/投资/目标额", 400);
    expect((await 完成率.textContent())?.trim()).toBe("87.5%"); // 350 ÷ 400 = 0.875
    expect(await figure(page, "item", "投资")).toBe("0"); // 87.5% < 100%
    await enter(page, "/items/投资/投资额", 500);
    expect((await 完成率.textContent())?.trim()).toBe("125%"); // 500 ÷ 400 = 1.25
    expect(await figure(page, "item", "投资")).toBe("3"); // 125% ≥ 100%
  });
});
