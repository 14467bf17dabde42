// The bad-input suite: each way a submission can be wrong, refused by the generated validator with
// a problem that names the unit, the item (code and title), the field and what is allowed, in
// zh-CN and en. The expected words are written out here, from the fixtures' own titles and bounds.
import { beforeAll, describe, expect, it } from "vitest";
import type { Validator } from "../../generators/schema/load.js";
import { readSubmissionBytes } from "../../generators/schema/read.js";
import type { SubmissionProblem } from "../../generators/scorer/result.js";
import { appliesScheme, countyScheme, formsScheme, targetsScheme } from "./fixtures/schemes.js";
import { validatorFor } from "./helpers.js";

type Sub = Record<string, any>;

/** A complete, valid submission to the county fixture. */
function county(): Sub {
  return {
    unit: { name: "通川区" },
    facts: { 发生网络安全事件: false },
    items: {
      "1": { 开会: true },
      "3": { 已建成: ["人口", "法人"] },
      "5": { 回复率: 85 },
      "7": { 专项资金: 200 },
      "8": { 接入方式: "专线接入" },
      "9": { 事件次数: 0 },
      "10": { 报告摘要: "已完成自查", 报告材料: ["自查报告.pdf"] },
      "11": { 平台得分: 8.5 },
      "12": {},
    },
  };
}

let v: Validator;
beforeAll(async () => {
  v = await validatorFor(countyFixture);
});
const countyFixture = countyScheme();

/** The one problem with a submission (fails if there is not exactly one). */
function only(problems: SubmissionProblem[]): SubmissionProblem {
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!;
}

function broken(change: (s: Sub) => void): Sub {
  const s = county();
  change(s);
  return s;
}

describe("the county fixture's validator", () => {
  it("accepts a complete submission", () => {
    expect(v.validateSubmission(county())).toEqual([]);
    expect(v.validateBatch([county()])).toEqual([]);
  });

  it("refuses a wrong type, naming the item by code and title, the field, and what is allowed", () => {
    const p = only(v.validateSubmission(broken((s) => (s.items["1"].开会 = "是"))));
    expect(p).toEqual({
      code: "S114",
      path: "/items/1/开会",
      unit: "通川区",
      item: { id: "1", title: "召开会议", code: "1" },
      input: "开会",
      message: {
        "zh-CN": "指标1「召开会议」的「召开信息化工作会议」应为是或否（true 或 false），现在是文字「是」。",
        en: "item 1 “召开会议”, field “召开信息化工作会议” must be yes or no (true or false); it is the text “是”.",
      },
    });
  });

  it("refuses NaN and Infinity written as strings, and as numbers", () => {
    for (const [value, zh] of [
      ["NaN", "文字「NaN」"],
      ["Infinity", "文字「Infinity」"],
      [NaN, "数 NaN"],
      [Infinity, "数 Infinity"],
    ] as const) {
      const p = only(v.validateSubmission(broken((s) => (s.items["5"].回复率 = value))));
      expect(p.code).toBe("S114");
      expect(p.message["zh-CN"]).toBe(`指标5「回复率」的「网上咨询回复率」应为0 到 100 之间的百分数（填 85 表示 85%），现在是${zh}。`);
    }
  });

  it("refuses a rate of 120% where the scheme allows at most 100%", () => {
    const p = only(v.validateSubmission(broken((s) => (s.items["5"].回复率 = 120))));
    expect(p).toMatchObject({ code: "S115", path: "/items/5/回复率", item: { id: "5", code: null }, input: "回复率" });
    expect(p.message["zh-CN"]).toBe("指标5「回复率」的「网上咨询回复率」填写的 120 超出允许范围。允许：0 到 100 之间的百分数（填 85 表示 85%）。");
    expect(p.message.en).toBe("item 5 “回复率”, field “网上咨询回复率” is 120, which is out of range. Allowed: a percent from 0 to 100 (85 means 85%).");
  });

  it("refuses negative counts, counts that are not whole, and counts above the scheme's 最高", () => {
    const negative = only(v.validateSubmission(broken((s) => (s.items["9"].事件次数 = -1))));
    expect(negative).toMatchObject({ code: "S115", path: "/items/9/事件次数" });
    expect(negative.message["zh-CN"]).toContain("「Ⅲ级网络安全事件次数」填写的 -1 超出允许范围。允许：0 到 50 之间的整数");
    const half = only(v.validateSubmission(broken((s) => (s.items["9"].事件次数 = 1.5))));
    expect(half).toMatchObject({ code: "S116" });
    expect(half.message.en).toContain("is 1.5, which is not a whole number. Allowed: a whole number from 0 to 50");
    expect(only(v.validateSubmission(broken((s) => (s.items["9"].事件次数 = 51)))).code).toBe("S115");
    const amount = only(v.validateSubmission(broken((s) => (s.items["7"].专项资金 = -3))));
    expect(amount.message["zh-CN"]).toContain("允许：不小于 0 的数，单位为万元");
  });

  it("refuses a score above the imported assessment's full marks, and a rank beyond the field", () => {
    expect(only(v.validateSubmission(broken((s) => (s.items["11"].平台得分 = 10.5)))).message["zh-CN"]).toContain(
      "允许：分数，0 到 10 之间的数",
    );
    expect(only(v.validateSubmission(broken((s) => (s.items["11"].全省排名 = 17)))).message["zh-CN"]).toContain(
      "允许：名次，1 到 16 之间的整数",
    );
  });

  it("refuses a missing required field, and a missing item, saying what to fill in", () => {
    const input = only(v.validateSubmission(broken((s) => delete s.items["9"].事件次数)));
    expect(input).toMatchObject({ code: "S112", path: "/items/9/事件次数", item: { id: "9" }, input: "事件次数" });
    expect(input.message["zh-CN"]).toBe("指标9「安全事件」的「Ⅲ级网络安全事件次数」未填写。应填：0 到 50 之间的整数。");
    const item = only(v.validateSubmission(broken((s) => delete s.items["10"])));
    expect(item).toMatchObject({ code: "S113", path: "/items/10", item: { id: "10", title: "自查报告" }, input: null });
    expect(item.message["zh-CN"]).toBe("指标10「自查报告」未填报。需要填写：报告摘要、报告材料。");
    const fact = only(v.validateSubmission(broken((s) => delete s.facts)));
    expect(fact).toMatchObject({ code: "S112", path: "/facts" });
    const unit = only(v.validateSubmission(broken((s) => delete s.unit.name)));
    expect(unit.message["zh-CN"]).toBe("单位信息中的「单位名称」（unit.name）未填写。应填：单位名称（文字，不能为空白）。");
  });

  it("refuses blank required text and an empty list of required material", () => {
    const text = only(v.validateSubmission(broken((s) => (s.items["10"].报告摘要 = "  "))));
    expect(text).toMatchObject({ code: "S126", path: "/items/10/报告摘要" });
    expect(text.message["zh-CN"]).toBe("指标10「自查报告」的「报告摘要」是空白的。应填：文字（不能为空白）。");
    expect(only(v.validateSubmission(broken((s) => (s.items["10"].报告材料 = [])))).code).toBe("S126");
    const entry = only(v.validateSubmission(broken((s) => (s.items["10"].报告材料 = ["a.pdf", ""]))));
    expect(entry).toMatchObject({ code: "S126", path: "/items/10/报告材料/1" });
    expect(entry.message["zh-CN"]).toContain("「报告材料」的第 2 项是空白的");
  });

  it("refuses options and checklist entries the scheme does not have, and repeated entries", () => {
    const option = only(v.validateSubmission(broken((s) => (s.items["8"].接入方式 = "光纤"))));
    expect(option.message["zh-CN"]).toBe("指标8「外网接入」的「接入方式」填写的「光纤」不在可选范围内。可选：以下之一：专线接入、非专线接入、未接入。");
    const entry = only(v.validateSubmission(broken((s) => (s.items["3"].已建成 = ["人口", "信用"]))));
    expect(entry).toMatchObject({ code: "S117", path: "/items/3/已建成/1", input: "已建成" });
    expect(entry.message["zh-CN"]).toContain("「已建成的基础数据库」的第 2 项填写的「信用」不在可选范围内");
    const twice = only(v.validateSubmission(broken((s) => (s.items["3"].已建成 = ["人口", "人口"]))));
    expect(twice).toMatchObject({ code: "S118", path: "/items/3/已建成" });
    expect(twice.message["zh-CN"]).toContain("中「人口」出现了不止一次");
  });

  it("refuses unknown keys at every level, listing the keys that exist", () => {
    const top = only(v.validateSubmission(broken((s) => (s.extra = 1))));
    expect(top).toMatchObject({ code: "S111", path: "/extra", item: null });
    expect(top.message["zh-CN"]).toBe("提交内容中有方案没有的字段「extra」。允许的字段：unit、facts、items。");
    const inItem = only(v.validateSubmission(broken((s) => (s.items["1"].开会次数 = 2))));
    expect(inItem).toMatchObject({ code: "S111", path: "/items/1/开会次数", item: { id: "1" }, input: null });
    expect(inItem.message["zh-CN"]).toContain("允许的字段：开会");
    const item = only(v.validateSubmission(broken((s) => (s.items["99"] = {}))));
    expect(item).toMatchObject({ code: "S111", path: "/items/99" });
    expect(item.message["zh-CN"]).toContain("指标填报（items）中有方案没有的字段「99」。允许的字段：1、3、5、7、8、9、10、11、12。");
    const inUnit = only(v.validateSubmission(broken((s) => (s.unit.region = "达州"))));
    expect(inUnit.path).toBe("/unit/region");
  });

  it("refuses __proto__, constructor and prototype as own keys (as JSON.parse makes them)", () => {
    const s = JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "prototype": 1}');
    Object.assign(s, county());
    const problems = v.validateSubmission(s);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["S111", "/__proto__"],
      ["S111", "/constructor"],
      ["S111", "/prototype"],
    ]);
    const inItems = v.validateSubmission(broken((x) => (x.items = Object.assign(JSON.parse('{"__proto__": {}}'), x.items))));
    expect(inItems.map((p) => p.path)).toEqual(["/items/__proto__"]);
  });

  it("refuses what is not an object, and never crashes on deep nesting", () => {
    for (const value of [null, 42, "通川区", [], true, undefined]) {
      const p = only(v.validateSubmission(value));
      expect(p).toMatchObject({ code: "S110", path: "", unit: null });
    }
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(only(v.validateSubmission(broken((s) => (s.items["1"].开会 = deep)))).code).toBe("S114");
    expect(only(v.validateSubmission(deep)).code).toBe("S110");
  });

  it("reports every problem in a submission, not just the first", () => {
    const s = broken((x) => {
      x.items["5"].回复率 = 120;
      x.items["9"].事件次数 = -1;
      delete x.items["1"];
      x.extra = true;
    });
    expect(v.validateSubmission(s).map((p) => p.path).sort()).toEqual(["/extra", "/items/1", "/items/5/回复率", "/items/9/事件次数"]);
  });

  it("refuses a batch with two submissions of the same unit", () => {
    const second = county();
    const problems = v.validateBatch([county(), broken((s) => (s.unit.name = "万源市")), second]);
    const p = only(problems);
    expect(p).toMatchObject({ code: "S124", path: "/2/unit/name", unit: "通川区" });
    expect(p.message["zh-CN"]).toBe("单位「通川区」提交了不止一份（第 1 份提交 和 第 3 份提交）。同一批中每个单位只能有一份提交。");
    expect(p.message.en).toBe("the unit “通川区” has more than one submission (submission 1 and submission 3). Each unit may submit only once in a batch.");
  });

  it("prefixes batch problems with the submission's index", () => {
    const problems = v.validateBatch([
      county(),
      broken((s) => {
        s.unit.name = "万源市";
        s.items["5"].回复率 = 120;
      }),
    ]);
    expect(only(problems)).toMatchObject({ code: "S115", path: "/1/items/5/回复率", unit: "万源市" });
    expect(only(v.validateBatch({ unit: {} }))).toMatchObject({ code: "S125", path: "" });
  });
});

describe("reading and validating together: nothing partial comes out", () => {
  const pipeline = (bytes: Uint8Array) => {
    const read = readSubmissionBytes(bytes, "x.json");
    return "problems" in read ? read.problems : v.validateSubmission(read.value);
  };
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("refuses at the first stage that finds a problem", () => {
    expect(pipeline(bytes(JSON.stringify(county())))).toEqual([]);
    expect(pipeline(bytes("\uFEFF" + JSON.stringify(county())))).toEqual([]);
    expect(only(pipeline(bytes(""))).code).toBe("S103");
    expect(only(pipeline(new Uint8Array([0x7b, 0xff, 0x7d]))).code).toBe("S102");
    expect(only(pipeline(bytes('{"unit": {"name": 1e999}}'))).code).toBe("S107");
    const nan = JSON.stringify(broken((s) => (s.items["5"].回复率 = "NaN")));
    expect(only(pipeline(bytes(nan))).code).toBe("S114");
  });
});

describe("the forms fixture's validator (forms, grades, N/A)", () => {
  const ir = formsScheme();
  const form = (extra: Sub = {}): Sub => ({
    items: { 领导重视程度: { 等次: "A" }, 规章制度: { 等次: "B" }, 特色发展: { 等次: "C" } },
    ...extra,
  });
  const base = (): Sub => ({ unit: { name: "利州区交通运输局", kind: "区县" }, forms: { 自评表: form(), 实地调查: form() } });

  it("accepts both forms, with N/A items left out", async () => {
    const fv = await validatorFor(ir);
    expect(fv.validateSubmission(base())).toEqual([]);
    const na = base();
    na.forms.自评表 = { items: { 领导重视程度: { 等次: "A" } }, notApplicable: ["规章制度", "特色发展", "正版化"] };
    expect(fv.validateSubmission(na)).toEqual([]);
  });

  it("refuses N/A for an item that does not allow it, naming the items that do", async () => {
    const fv = await validatorFor(ir);
    const s = base();
    s.forms.实地调查.notApplicable = ["领导重视程度"];
    const p = only(fv.validateSubmission(s));
    expect(p).toMatchObject({ code: "S119", path: "/forms/实地调查/notApplicable/0", item: { id: "领导重视程度" } });
    expect(p.message["zh-CN"]).toBe(
      "指标「领导重视程度」不能填报为无此项：方案没有规定该指标可无此项。可列为无此项的指标：规章制度 规章制度建立情况、特色发展、正版化 软件正版化。",
    );
  });

  it("refuses an N/A item that is also filled in, an unknown N/A entry and a repeated one", async () => {
    const fv = await validatorFor(ir);
    const s = base();
    s.forms.自评表.notApplicable = ["规章制度"];
    const p = only(fv.validateSubmission(s));
    expect(p).toMatchObject({ code: "S120", path: "/forms/自评表/items/规章制度", item: { id: "规章制度" } });
    expect(p.message["zh-CN"]).toBe(
      "表「信息化绩效考核自评表」中指标规章制度「规章制度建立情况」已列为无此项（notApplicable），不应再填写内容。请删去 items 中的「规章制度」，或把它移出 notApplicable。",
    );
    const unknown = base();
    unknown.forms.自评表.notApplicable = ["网站"];
    expect(only(fv.validateSubmission(unknown))).toMatchObject({ code: "S117", path: "/forms/自评表/notApplicable/0" });
    const twice = base();
    twice.forms.自评表 = { items: { 领导重视程度: { 等次: "A" }, 特色发展: { 等次: "A" } }, notApplicable: ["规章制度", "规章制度"] };
    expect(only(fv.validateSubmission(twice))).toMatchObject({ code: "S118", path: "/forms/自评表/notApplicable" });
  });

  it("refuses a missing item that may be N/A with a hint to list it, and a missing form", async () => {
    const fv = await validatorFor(ir);
    const s = base();
    delete s.forms.自评表.items.特色发展;
    const p = only(fv.validateSubmission(s));
    expect(p).toMatchObject({ code: "S113", path: "/forms/自评表/items/特色发展" });
    expect(p.message["zh-CN"]).toBe("表「信息化绩效考核自评表」中指标「特色发展」未填报。需要填写：等次。若本单位无此项，可把「特色发展」列入 notApplicable。");
    const noForm = base();
    delete noForm.forms.实地调查;
    expect(only(fv.validateSubmission(noForm)).message["zh-CN"]).toBe("表「信息化绩效实地调查考核评价表」未填写。应填：含 items 的对象（{…}）。");
  });

  it("refuses a grade the scheme does not have, items outside the forms, and an unlisted unit", async () => {
    const fv = await validatorFor(ir);
    const grade = base();
    grade.forms.实地调查.items.领导重视程度.等次 = "E";
    expect(only(fv.validateSubmission(grade)).message["zh-CN"]).toContain("可选：等次之一：A、B、C、D");
    const outside = base();
    outside.items = {};
    expect(only(fv.validateSubmission(outside))).toMatchObject({ code: "S111", path: "/items" });
    const stranger = base();
    stranger.unit = { name: "市交通局" };
    const p = only(fv.validateSubmission(stranger));
    expect(p).toMatchObject({ code: "S117", path: "/unit/name", unit: "市交通局" });
    expect(p.message["zh-CN"]).toContain("可选：以下之一：利州区交通运输局、昭化区交通运输局、市公路事务中心");
  });

  it("refuses a kind that contradicts the scheme's list of units", async () => {
    const fv = await validatorFor(ir);
    const s = base();
    s.unit.kind = "直属单位";
    const p = only(fv.validateSubmission(s));
    expect(p).toMatchObject({ code: "S121", path: "/unit/kind" });
    expect(p.message["zh-CN"]).toBe("单位「利州区交通运输局」在方案的单位名单中属于「区县」，提交的单位类别却是「直属单位」。");
  });
});

describe("unit targets", () => {
  const sub = (unit: Sub): Sub => ({ unit, items: { 信息采用: { 動態類采用條數: 3, 專題類采用條數: 1 } } });

  it("refuses a target when the scheme lists every unit's target", async () => {
    const tv = await validatorFor(targetsScheme("listed"));
    expect(tv.validateSubmission(sub({ name: "通川区" }))).toEqual([]);
    const p = only(tv.validateSubmission(sub({ name: "通川区", target: 100 })));
    expect(p).toMatchObject({ code: "S122", path: "/unit/target" });
    expect(p.message["zh-CN"]).toBe("目标分数由方案的单位名单（「目标分数」）规定，提交中不应填写 unit.target。");
  });

  it("requires a positive target and the kind when the scheme lists no unit", async () => {
    const tv = await validatorFor(targetsScheme("submitted"));
    expect(tv.validateSubmission(sub({ name: "通川区", kind: "县区", target: 150 }))).toEqual([]);
    const missing = tv.validateSubmission(sub({ name: "通川区" }));
    expect(missing.map((p) => [p.code, p.path])).toEqual([
      ["S112", "/unit/kind"],
      ["S112", "/unit/target"],
    ]);
    expect(missing[1]!.message["zh-CN"]).toBe("单位信息中的「目标分数」（unit.target）未填写。应填：目标分数，大于 0 的数。");
    expect(only(tv.validateSubmission(sub({ name: "通川区", kind: "县区", target: 0 }))).code).toBe("S115");
  });

  it("asks the units the list leaves without a target for one, and only them", async () => {
    const tv = await validatorFor(targetsScheme("mixed"));
    expect(tv.validateSubmission(sub({ name: "通川区" }))).toEqual([]);
    expect(tv.validateSubmission(sub({ name: "市政府駐成都辦事處", target: 30 }))).toEqual([]);
    const p = only(tv.validateSubmission(sub({ name: "市政府駐成都辦事處" })));
    expect(p).toMatchObject({ code: "S123", path: "/unit/target", unit: "市政府駐成都辦事處" });
    expect(only(tv.validateSubmission(sub({ name: "通川区", target: 150 }))).code).toBe("S122");
  });

  it("refuses a target from a unit whose kind has none (no target, no completion)", async () => {
    for (const mode of ["listed", "mixed"] as const) {
      const tv = await validatorFor(targetsScheme(mode));
      expect(tv.validateSubmission(sub({ name: "達州市" }))).toEqual([]);
      const p = only(tv.validateSubmission(sub({ name: "達州市", target: 30 })));
      expect(p).toMatchObject({ code: "S129", path: "/unit/target", unit: "達州市" });
      expect(p.message["zh-CN"]).toBe(
        "「全市」类单位没有目标分数（方案没有给这一类「目标分数」），也就没有完成率：提交中不应填写 unit.target。",
      );
    }
  });

  it("accepts a rate up to the scheme's own maximum (150%)", async () => {
    const tv = await validatorFor(targetsScheme("listed"));
    const at = (rate: number) => ({ ...sub({ name: "通川区" }), items: { 信息采用: { 動態類采用條數: 3, 專題類采用條數: 1, 完成率: rate } } });
    expect(tv.validateSubmission(at(150))).toEqual([]);
    expect(only(tv.validateSubmission(at(150.5))).message["zh-CN"]).toContain("允许：0 到 150 之间的百分数");
  });
});

describe("items for some kinds of unit only (适用)", () => {
  /** A valid submission of a 政府部门 unit, and one of a 其他部门 unit (listed fixture). */
  const gov = (): Sub => ({ unit: { name: "市发展改革委" }, items: { "5": { 指标值: 3 }, 网站评估: { 成绩: 88 }, "10": { 无事故: true } } });
  const other = (): Sub => ({
    unit: { name: "市委办公室" },
    items: { "5": { 指标值: 3 }, 党建: { 系统数: 2 }, 宣传: { 篇数: 1 }, "10": { 无事故: true } },
  });

  it("accepts each kind of unit with only the items that apply to it", async () => {
    const av = await validatorFor(appliesScheme("listed"));
    expect(av.validateSubmission(gov())).toEqual([]);
    expect(av.validateSubmission(other())).toEqual([]);
    expect(av.validateBatch([gov(), other()])).toEqual([]);
    const na = other();
    delete na.items.宣传;
    na.notApplicable = ["宣传"];
    expect(av.validateSubmission(na)).toEqual([]);
  });

  it("refuses an item filled in by a unit of a kind it does not apply to, naming the item and the kind", async () => {
    const av = await validatorFor(appliesScheme("listed"));
    const s = gov();
    s.items.党建 = { 系统数: 1 };
    const p = only(av.validateSubmission(s));
    expect(p).toMatchObject({ code: "S127", path: "/items/党建", unit: "市发展改革委", item: { id: "党建", title: "党建信息化" } });
    expect(p.message["zh-CN"]).toBe(
      "指标党建「党建信息化」不适用于「政府部门」类单位，不应填报。请删去 items 中的「党建」（该指标只适用于：其他部门）。",
    );
    expect(p.message.en).toBe(
      "item 党建 “党建信息化” does not apply to units of the kind “政府部门” and must not be filled in. Remove “党建” from items (the item applies only to: 其他部门).",
    );
    // Even an item with nothing to fill in may not appear.
    const empty = gov();
    empty.items.简报 = {};
    expect(only(av.validateSubmission(empty))).toMatchObject({ code: "S127", path: "/items/简报" });
    // What is wrong inside such an item is not worth a word: it must go as a whole.
    const wrong = gov();
    wrong.items.党建 = { 系统数: "两个", 多余: 1 };
    expect(only(av.validateSubmission(wrong))).toMatchObject({ code: "S127", path: "/items/党建" });
    expect(only(av.validateBatch([other(), wrong]))).toMatchObject({ code: "S127", path: "/1/items/党建" });
  });

  it("refuses such an item listed as not applicable: it is absent, not N/A", async () => {
    const av = await validatorFor(appliesScheme("listed"));
    const s = gov();
    s.notApplicable = ["宣传"];
    const p = only(av.validateSubmission(s));
    expect(p).toMatchObject({ code: "S128", path: "/notApplicable/0", item: { id: "宣传" } });
    expect(p.message["zh-CN"]).toBe(
      "指标宣传「网上宣传」不适用于「政府部门」类单位，因而也不是“无此项”。请把「宣传」移出 notApplicable（该指标只适用于：其他部门）。",
    );
  });

  it("still requires the items that apply, with the N/A hint where N/A is allowed", async () => {
    const av = await validatorFor(appliesScheme("listed"));
    const noSite = gov();
    delete noSite.items.网站评估;
    expect(only(av.validateSubmission(noSite))).toMatchObject({ code: "S113", path: "/items/网站评估" });
    const s = other();
    delete s.items.宣传;
    const p = only(av.validateSubmission(s));
    expect(p).toMatchObject({ code: "S113", path: "/items/宣传" });
    expect(p.message["zh-CN"]).toBe("指标宣传「网上宣传」未填报。需要填写：篇数。若本单位无此项，可把「宣传」列入 notApplicable。");
  });

  it("without a list of units, goes by the kind the submission gives", async () => {
    const av = await validatorFor(appliesScheme("unlisted"));
    const s = other();
    s.unit = { name: "市人大办公室", kind: "其他部门" };
    expect(av.validateSubmission(s)).toEqual([]);
    s.unit.kind = "政府部门";
    expect(av.validateSubmission(s).map((p) => [p.code, p.path])).toEqual([
      ["S113", "/items/网站评估"],
      ["S127", "/items/党建"],
      ["S127", "/items/宣传"],
    ]);
  });

  it("with forms, names the form", async () => {
    const av = await validatorFor(appliesScheme("listed", true));
    const { unit, ...content } = gov();
    const s: Sub = { unit, forms: { 自评表: structuredClone(content), 实地表: structuredClone(content) } };
    expect(av.validateSubmission(s)).toEqual([]);
    s.forms.实地表.items.简报 = {};
    const p = only(av.validateSubmission(s));
    expect(p).toMatchObject({ code: "S127", path: "/forms/实地表/items/简报" });
    expect(p.message["zh-CN"]).toBe(
      "表「实地调查表」中指标简报「工作简报」不适用于「政府部门」类单位，不应填报。请删去 items 中的「简报」（该指标只适用于：其他部门）。",
    );
  });

  it("takes an imported score without 满分 of any size, but not below 0", async () => {
    const av = await validatorFor(appliesScheme("listed"));
    const big = gov();
    big.items.网站评估.成绩 = 1234.5;
    big.facts = { 直报点得分: 250 };
    expect(av.validateSubmission(big)).toEqual([]);
    const negative = gov();
    negative.items.网站评估.成绩 = -1;
    expect(only(av.validateSubmission(negative)).message["zh-CN"]).toBe(
      "指标网站评估「全市政务网站绩效评估」的「网站绩效评估成绩」填写的 -1 超出允许范围。允许：分数，不小于 0 的数。",
    );
  });
});
