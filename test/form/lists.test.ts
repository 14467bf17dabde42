// List inputs in the form: one field per element of a fixed list (named by the element's JSON
// pointer), a box with one value per line for an open list; the submission built from them, and
// a file read back into them. The client's submission code runs here on fields as the page finds
// them (no browser); the page itself, live, in a browser below (figures by hand in the comments).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { generateFormHtml } from "../../generators/form/index.js";
import type { Field } from "../../generators/form/client/controls.js";
import { collect, rows, stateOf } from "../../generators/form/client/submission.js";
import type { PageData } from "../../generators/form/client/scorer.js";
import { describeBrowser, launch, openForm, root, writeForm, type Browser } from "./browser.js";
import { figure, fillIn } from "./fill.js";

const FIXTURE = join(root, "test/form/fixtures/lists.kaohe");

const 甲 = {
  unit: { name: "甲" },
  items: {
    回复: { 回复率: { 政务公开: 95, 办事服务: 85, 互动交流: 80 } },
    新媒体: { 更新次数: [12, 5, 20] },
  },
};

describe("list inputs in the form's page", () => {
  it("has one field per column, each named by its pointer, and one box of lines for the accounts", async () => {
    const html = await generateFormHtml(compileFile(FIXTURE).ir!);
    for (const column of ["政务公开", "办事服务", "互动交流"])
      expect(html).toContain(`name="/items/回复/回复率/${column}"`);
    expect(html).toMatch(/<fieldset class="field list" data-path="\/items\/回复\/回复率">\s*<legend>各栏目留言回复率<\/legend>/);
    expect(html).toMatch(/<textarea id="k\d+" name="\/items\/新媒体\/更新次数"/);
    expect(html).toContain('data-kind="list-count"');
    expect(html).toContain("每行填写一项的值（可增删行）。");
  });

  // Fields as controls.ts finds them: the element fields carry their list's pointer.
  const field = (path: string, kind: string, list: string | null = null): Field => ({
    path,
    kind,
    controls: [],
    box: null,
    applies: null,
    list,
  });
  const list = "/items/回复/回复率";
  const all = new Map<string, Field>([
    ["/unit/name", field("/unit/name", "unit-name")],
    ...["政务公开", "办事服务", "互动交流"].map((c): [string, Field] => [`${list}/${c}`, field(`${list}/${c}`, "rate", list)]),
    ["/items/新媒体/更新次数", field("/items/新媒体/更新次数", "list-count")],
  ]);
  const data: PageData = { draftKey: "", title: "", forms: [], kinds: [], units: [], hasNa: false, hasFacts: false, titles: {}, words: {} };
  // rows() reads the item rows of the page; here, the rows it would find
  const itemRows = ["回复", "新媒体"].map((id) => ({
    el: null as unknown as HTMLElement,
    id,
    form: "",
    path: `/items/${id}`,
    applies: null,
    inputs: [...all.values()].filter((f) => (f.list ?? f.path).startsWith(`/items/${id}/`)),
  }));

  it("builds the submission: a fixed list as an object of its elements, an open list from its lines", () => {
    const state = {
      "/unit/name": "甲",
      [`${list}/政务公开`]: "95",
      [`${list}/办事服务`]: "85",
      [`${list}/互动交流`]: "80",
      "/items/新媒体/更新次数": "12\n5\n\n20\n",
    };
    expect(collect(data, all, state, itemRows)).toEqual(甲);
    // an element left empty is left out (the validator names it); no line at all: no list
    const partial = { "/unit/name": "甲", [`${list}/政务公开`]: "95" };
    expect(collect(data, all, partial, itemRows)).toEqual({ unit: { name: "甲" }, items: { 回复: { 回复率: { 政务公开: 95 } }, 新媒体: {} } });
  });

  it("reads a file back into the element fields and the lines; an element it does not have is refused", () => {
    expect(stateOf(甲, all, itemRows)).toEqual({
      state: {
        "/unit/name": "甲",
        [`${list}/政务公开`]: "95",
        [`${list}/办事服务`]: "85",
        [`${list}/互动交流`]: "80",
        "/items/新媒体/更新次数": "12\n5\n20",
      },
    });
    const other = { ...甲, items: { ...甲.items, 回复: { 回复率: { 其他: 3 } } } };
    expect(stateOf(other, all, itemRows)).toEqual({ unknown: `${list}/其他` });
  });

  it("groups the element fields with their item (rows reads the list's pointer, not the element's)", () => {
    const root = { querySelectorAll: () => [{ dataset: { id: "回复", item: "/items/回复" } }] } as unknown as ParentNode;
    expect(rows(root, all)[0]!.inputs.map((f) => f.path)).toEqual([`${list}/政务公开`, `${list}/办事服务`, `${list}/互动交流`]);
  });
});

describeBrowser("form: list inputs, live", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("scores as the unit types: two columns below 90% and two accounts with 12 updates or more", { timeout: 90_000 }, async () => {
    const form = await openForm(browser, await writeForm(browser, FIXTURE, "lists"));
    const { page } = form;
    expect(form.errors).toEqual([]);
    await fillIn(page, 甲);
    expect(await figure(page, "item", "回复")).toBe("1"); // 85%, 80% < 90%: 2 × 0.5 = 1 (at most 1); 2 − 1
    expect(await figure(page, "item", "新媒体")).toBe("2"); // 12 and 20 ≥ 12: 2 × 1
    expect(await figure(page, "total", undefined)).toBe("3"); // 1 + 2
  });
});
