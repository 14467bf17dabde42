// What the form does besides adding up, in a real browser: a hostile scheme's texts show as text
// and run nothing; vetoes say which rule fired and items that need the other units say so; 适用
// hides what does not apply to the unit's kind and leaves it out of the export; grade items have
// the 无此项 / A / B / C / D / 备注 columns; a wrong entry is worded beside its field as it is
// typed, in Chinese or English.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { compileScheme, describeBrowser, launch, openForm, root, writeForm, type Browser } from "./browser.js";
import { enter, figure, fillIn, named } from "./fill.js";

const run = promisify(execFile);
const kaohe = (...args: string[]) => run(process.execPath, [join(root, "bin/kaohe.js"), ...args], { cwd: root });
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8"));

describeBrowser("form: escaping, vetoes, pending figures, 适用, grades, problems, languages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a scheme whose texts hold <script>, {{x}}, </style>, <!-- and U+2028 shows them as text and runs nothing", { timeout: 90_000 }, async () => {
    const ir = compileScheme(join(root, "test/form/fixtures/hostile.kaohe"));
    expect(ir.meta.title).toContain("<script>");
    expect(ir.meta.title).toContain("\u2028");
    const form = await openForm(browser, await writeForm(browser, ir, "hostile"));
    const { page } = form;
    expect(form.errors).toEqual([]);
    expect(form.requests).toEqual([]); // the <img src=x> of 发文单位 would have asked for x
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe(ir.meta.title);
    expect(await page.locator("h1").textContent()).toBe(ir.meta.title);
    expect(await page.locator("body").textContent()).toContain(ir.meta.office!);
    expect(await page.locator("body").textContent()).toContain("{{#each x}}y{{/each}} ${1} $& --> ]]>");
    expect(await page.locator("body").textContent()).toContain("<svg onload=window.__pwned=3>{{x}}");
    // Nothing from the scheme became an element.
    expect(await page.locator("main img, main svg, main b, main i, main u, main textarea + script").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2); // the data and the form's own script
    expect(await page.locator("style").count()).toBe(1);

    // 丙 compares units (最高值比): alone its figure waits for the office, and the page says so.
    await enter(page, "/unit/name", "某单位");
    await enter(page, "/items/乙/方式", "一");
    await enter(page, "/items/丙/应用指数", "37.5");
    expect(await figure(page, "item", "乙", "")).toBe("10");
    const note = page.locator('[data-note="丙"]');
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await note.textContent()).toMatch(/考核办/);
    const explain = page.locator('details[data-id="丙"] summary');
    await explain.focus();
    await page.keyboard.press("Enter");
    // The explanation is written on the details' toggle event, which fires after the key press.
    await expect.poll(() => page.locator('details[data-id="丙"]').textContent()).toContain("37.5");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("guangyuan-2023 every path: the vetoes that fired are named, the N/A item waits for the others", { timeout: 120_000 }, async () => {
    const scheme = join(root, "schemes/guangyuan-2023.kaohe");
    const form = await openForm(browser, await writeForm(browser, scheme, "guangyuan-veto"));
    const { page } = form;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await form.ready();

    // The grade columns of 附件2.
    const heads = await page.locator("table.grade").first().locator("th").allTextContents();
    expect(heads.map((h) => h.trim())).toEqual(["无此项", "A", "B", "C", "D", "备注"]);

    await fillIn(page, readJson("examples/guangyuan-2023/every-path.json"));
    expect(await page.locator("#total").textContent()).toBe("0"); // 发生网络安全事件 → 最终得分为 0
    const vetoes = await page.locator("#vetoes").textContent();
    expect(vetoes).toContain("若当年发生过网络安全事件，则本年信息化绩效考核最终得分为0");
    expect(await page.locator("#vetoes").isVisible()).toBe(true);
    expect(await page.locator('[data-note="保密工作情况"][data-form="自评表"]').textContent()).toMatch(/否决|泄密/);
    expect(await figure(page, "item", "保密工作情况", "自评表")).toBe("0"); // 发生泄密事件 → 0
    const na = page.locator('[data-note="信息化工作创新情况"]').first();
    expect(await na.textContent()).toMatch(/考核办/);
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("a veto capping the total: 90% × 60 + 40 = 94, an accident caps it at 59 and the form says so", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, compileScheme(join(root, "test/form/fixtures/total-cap.kaohe")), "total-cap"));
    const { page } = form;
    await fillIn(page, { unit: { name: "甲" }, facts: { 重大事故: false }, items: { 任务: { 完成率: 90 }, 制度: { 健全: true } } });
    expect(await page.locator("#total").textContent()).toBe("94");
    expect(await page.locator("#vetoes").isVisible()).toBe(false);
    await enter(page, "/facts/重大事故", true);
    expect(await page.locator("#total").textContent()).toBe("59");
    expect(await page.locator("#vetoes").textContent()).toContain("发生重大安全事故的，总分最高 59 分：总分最高 59 分");
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("a veto setting the total: 94 → 59, and 50% × 60 = 30 → 59 too; the form names the veto", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, compileScheme(join(root, "test/form/fixtures/total-set.kaohe")), "total-set"));
    const { page } = form;
    await fillIn(page, { unit: { name: "甲" }, facts: { 重大事故: false }, items: { 任务: { 完成率: 90 }, 制度: { 健全: true } } });
    expect(await page.locator("#total").textContent()).toBe("94");
    await enter(page, "/facts/重大事故", true);
    expect(await page.locator("#total").textContent()).toBe("59");
    expect(await page.locator("#vetoes").textContent()).toContain("发生重大安全事故的，总分计 59 分：总分为 59 分");
    await enter(page, "/items/任务/完成率", 50);
    await enter(page, "/items/制度/健全", false);
    expect(await page.locator("#total").textContent()).toBe("59");
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("a unit not scored: 90% × 60 + 40 = 94, then 未报送 leaves no total and the form says so", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, compileScheme(join(root, "test/form/fixtures/not-scored.kaohe")), "not-scored"));
    const { page } = form;
    await fillIn(page, { unit: { name: "甲" }, facts: { 未报送: false }, items: { 任务: { 完成率: 90 }, 制度: { 健全: true } } });
    expect(await page.locator("#total").textContent()).toBe("94");
    await enter(page, "/facts/未报送", true);
    expect(await page.locator("#total").textContent()).toBe("不计分");
    expect(await page.locator("#vetoes").textContent()).toContain("未按时报送材料的，不参加考核：本单位不计分");
    expect(await page.locator("#status").textContent()).toBe("已填写完整；本单位不计分。");
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("取消评优 for one item: 6 + 4 = 10 either way, a leak names 保密工作 under the vetoes", { timeout: 90_000 }, async () => {
    const fixture = join(root, "test/form/fixtures/disqualify-node.kaohe");
    const form = await openForm(browser, await writeForm(browser, compileScheme(fixture), "disqualify-node"));
    const { page } = form;
    await fillIn(page, { unit: { name: "甲" }, items: { 保密: { 泄密: false, 落实: true }, 定级: { 完成: true } } });
    expect(await page.locator("#total").textContent()).toBe("10");
    expect(await page.locator("#vetoes").isVisible()).toBe(false);
    await enter(page, "/items/保密/泄密", true);
    expect(await page.locator("#total").textContent()).toBe("10");
    expect(await page.locator("#vetoes").textContent()).toContain("发生泄密事件，取消本项评优资格：因「保密工作」取消评优资格（得分保留）");
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("the rating: 94 is 优秀, 84 良好, and an accident rates 不合格 whatever the total, the form says so", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, compileScheme(join(root, "test/form/fixtures/rating.kaohe")), "rating"));
    const { page } = form;
    await fillIn(page, { unit: { name: "甲" }, facts: { 重大事故: false }, items: { 任务: { 完成率: 90 }, 制度: { 健全: true } } });
    expect(await page.locator("#total").textContent()).toBe("94"); // 90% × 60 + 40
    expect(await page.locator("#rating").textContent()).toBe("优秀"); // 94 ≥ 90
    await enter(page, "/items/任务/完成率", 73.5);
    expect(await page.locator("#total").textContent()).toBe("84.1"); // 73.5% × 60 = 44.1, + 40
    expect(await page.locator("#rating").textContent()).toBe("良好"); // 84.1 in [80, 90)
    await enter(page, "/facts/重大事故", true);
    expect(await page.locator("#total").textContent()).toBe("84.1"); // the total stands
    expect(await page.locator("#rating").textContent()).toBe("不合格");
    expect(await page.locator("#vetoes").textContent()).toContain("发生重大安全事故的，评定为不合格：评定为「不合格」");
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("dazhou-2009: the unit's kind hides the items that do not apply (适用) and the export leaves them out", { timeout: 120_000 }, async () => {
    const scheme = join(root, "schemes/dazhou-2009.kaohe");
    const form = await openForm(browser, await writeForm(browser, scheme, "dazhou-kind"));
    const { page } = form;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await form.ready();
    const shown = () => page.locator("tr.item:visible").count();
    const all = await shown();
    await fillIn(page, readJson("examples/dazhou-2009/partial-city.json"));
    const forCity = await shown();
    expect(forCity).toBeGreaterThan(0);
    expect(forCity).toBeLessThan(all);
    const hidden = await page.locator("tr.item[data-applies]:not(:visible)").evaluateAll((rows) =>
      rows.map((r) => JSON.parse((r as HTMLElement).dataset.applies!) as string[]),
    );
    expect(hidden.length).toBe(all - forCity);
    for (const kinds of hidden) expect(kinds).not.toContain("全市");

    await page.locator("#export").focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const exported = join(browser.dir, "dazhou-exported.json");
    await download.saveAs(exported);
    const sub = JSON.parse(readFileSync(exported, "utf8")) as { items: Record<string, unknown> };
    const hiddenIds = await page.locator("tr.item:not(:visible)").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
    for (const id of hiddenIds) expect(Object.keys(sub.items)).not.toContain(id);
    await kaohe("validate", scheme, exported);
    const { stdout } = await kaohe("score", scheme, exported, "--format", "json");
    expect(JSON.parse(stdout).units[0].total).toBe(await page.locator("#total").textContent());
    await page.close();
  });

  it("huaibei-2019: 12 of 10 catalogues breaks the scheme's constraint: refused beside the field, nothing scored", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, join(root, "schemes/huaibei-2019.kaohe"), "huaibei-constraint"));
    const { page } = form;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await form.ready();
    await page.locator("#import-file").setInputFiles(join(root, "examples/huaibei-2019/paths.json"));
    await page.waitForFunction(() => document.getElementById("total")?.textContent !== "—");
    const hooked = "/items/021/挂接数据资源的目录数";
    await enter(page, hooked, "12"); // of 部门目录总数 10
    const words = page.locator(`.field[data-path=${JSON.stringify(hooked)}] .problem`);
    await expect.poll(() => words.textContent()).toContain("挂接数据资源的目录数 = 12，部门目录总数 = 10");
    expect(await words.textContent()).toContain("不能多于目录总数");
    expect(await page.locator("#total").textContent()).toBe("—");
    await enter(page, hooked, "10");
    await expect.poll(() => words.textContent()).toBe("");
    expect(await page.locator("#total").textContent()).not.toBe("—");
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("weifang-2011: an input of one kind only (输入 … 适用) is shown to that kind alone and exported only by it", { timeout: 120_000 }, async () => {
    const scheme = join(root, "schemes/weifang-2011.kaohe");
    const form = await openForm(browser, await writeForm(browser, scheme, "weifang-input-kind"));
    const { page } = form;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await form.ready();
    const box = (path: string) => page.locator(`[data-path=${JSON.stringify(path)}]`);
    const example = readJson("examples/weifang-2011/ordinary.json"); // 人民团体乙, 其他部门
    await fillIn(page, example);
    expect(await box("/facts/网站绩效评估成绩").isVisible()).toBe(false);
    for (const id of ["5", "9"]) expect(await box(`/items/${id}/指标值`).isVisible()).toBe(true);
    expect(await box("/items/5/指标值").textContent()).toContain("只由党的机关、人大机关");
    await page.locator("#export").focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const exported = join(browser.dir, "weifang-exported.json");
    await download.saveAs(exported);
    const sub = JSON.parse(readFileSync(exported, "utf8")) as { facts: Record<string, unknown> };
    expect(Object.keys(sub.facts)).not.toContain("网站绩效评估成绩");
    await kaohe("validate", scheme, exported);

    // The same page for a 政府部门: the website score shows, the 指标值 of 5–9 do not.
    await enter(page, "/unit/kind", "政府部门");
    expect(await box("/facts/网站绩效评估成绩").isVisible()).toBe(true);
    for (const id of ["5", "6", "7", "8", "9"]) expect(await box(`/items/${id}/指标值`).isVisible()).toBe(false);
    expect(await box("/items/4/指标值").isVisible()).toBe(true);
    await page.close();
  });

  it("dazhou-2009: a 信息直報點 not in the list types its name, says its kind, and scores 甲", { timeout: 120_000 }, async () => {
    const scheme = join(root, "schemes/dazhou-2009.kaohe");
    const form = await openForm(browser, await writeForm(browser, scheme, "dazhou-open"));
    const { page } = form;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await form.ready();
    // the name is typed (the listed names are suggested); only the open kind is offered
    expect(await page.locator("#unit-name").evaluate((el) => el.tagName)).toBe("INPUT");
    expect(await page.locator("#unit-names option").count()).toBe(7 + 46 + 2 + 1);
    expect(await page.locator(named("/unit/kind")).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(["信息直報點"]);
    await fillIn(page, readJson("examples/dazhou-2009/direct-reporting-point.json"));
    // 甲 only: 14 + 11 + 4 + 4 + 0 = 33 (see test/seeds/dazhou-2009.test.ts)
    await expect.poll(() => page.locator("#total").textContent()).toBe("33");
    expect(await page.locator("tr.item:visible").count()).toBe(5);
    expect(form.errors).toEqual([]);
    await page.close();
  });

  it("huaibei-2019: a wrong entry is worded beside its field as it is typed, and the words switch to English", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, join(root, "schemes/huaibei-2019.kaohe"), "huaibei-words"));
    const { page } = form;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await form.ready();
    await enter(page, "/items/003/参加培训", "1.5"); // 次数: a whole number
    const input = page.locator(named("/items/003/参加培训"));
    // The words beside the field: the element it is described by that is announced (aria-live),
    // not the standing hint of what may be entered.
    const describedBy = (await input.getAttribute("aria-describedby"))!.split(" ");
    const live: string[] = [];
    for (const id of describedBy) {
      if ((await page.locator(`[id="${id}"]`).getAttribute("aria-live")) === "polite") live.push(id);
    }
    expect(live.length).toBe(1);
    const words = async () => (await page.locator(`[id="${live[0]}"]`).textContent()) ?? "";
    expect(await words()).toMatch(/整数/);
    expect(await input.getAttribute("aria-invalid")).toBe("true"); // announced as invalid too
    expect(await page.locator("#status").textContent()).toMatch(/\d/);

    await page.locator("#lang").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await words()).toMatch(/whole number/i);
    expect(await page.locator("#status").textContent()).toMatch(/[A-Za-z]{3}/);

    await enter(page, "/items/003/参加培训", "1");
    expect(await words()).not.toMatch(/whole number/i);
    expect(await input.getAttribute("aria-invalid")).toBeNull();
    expect(form.errors).toEqual([]);
    await page.close();
  });
});
