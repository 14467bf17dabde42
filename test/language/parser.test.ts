// Each construct of the grammar and the AST it gives (spans left out, except where tested).
import { describe, expect, it } from "vitest";
import type { Expr, ItemDecl, SchemeFile } from "../../language/ast.js";
import { parse } from "../../language/parse.js";

const HEADER = '方案 "测试" { }\n';

/** The AST of a text that must parse clean, without spans. */
function ast(text: string): SchemeFile {
  const result = parse(text, "t.kaohe");
  expect(result.diagnostics).toEqual([]);
  return withoutSpans(result.ast) as SchemeFile;
}
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "span" && k !== "typeSpan" && k !== "funcSpan")
        .map(([k, v]) => [k, withoutSpans(v)]),
    );
  }
  return value;
}
function declarations(text: string) {
  return ast(HEADER + text).declarations;
}
function item(body: string, head = '指标 a "甲" 3分'): ItemDecl {
  const [decl] = declarations(`${head} {\n${body}\n}`);
  expect(decl?.kind).toBe("item");
  return decl as ItemDecl;
}
const q = (digits: string, unit: string | null = null) => ({ kind: "quantity", digits, unit });
const name = (text: string) => ({ text });
const ref = (text: string) => ({ kind: "ref", name: name(text) });
const num = (digits: string, unit: string | null = null) => ({ kind: "num", value: q(digits, unit) });
function expr(text: string): Expr {
  const [clause] = item(`得 ${text}`).clauses;
  expect(clause?.kind).toBe("score");
  return (clause as { expr: Expr }).expr;
}

describe("file", () => {
  it("header with metadata", () => {
    const file = ast('方案 "2011年度考核" { 年度 2011\n 文号 "信办〔2011〕3号" }');
    expect(file.header).toEqual({
      kind: "header",
      title: { text: "2011年度考核" },
      meta: [
        { kind: "meta", key: name("年度"), value: q("2011") },
        { kind: "meta", key: name("文号"), value: { text: "信办〔2011〕3号" } },
      ],
    });
    expect(file.declarations).toEqual([]);
  });

  it("spans: file, 1-based lines and columns, offsets", () => {
    const result = parse(HEADER + '指标 a "甲" 3分 {\n  若 开会 得 3分\n}', "x.kaohe");
    const decl = result.ast.declarations[0] as ItemDecl;
    // Line 1 (方案 "测试" { }) is 11 characters and a break, so line 2 starts at 12; line 2
    // (指标 a "甲" 3分 {) is 13 and a break, so line 3 starts at 26; line 3 is 11, so the "}" of
    // line 4 is at 38 and the text ends at 39.
    expect(decl.span).toEqual({
      file: "x.kaohe",
      start: { offset: 12, line: 2, column: 1 },
      end: { offset: 39, line: 4, column: 2 },
    });
    // "  若 开会 得 3分": 若 in column 3 (offset 26 + 2), 分 in column 11 (offset 36), so the
    // span ends at column 12, offset 37.
    expect(decl.clauses[0]?.span).toEqual({
      file: "x.kaohe",
      start: { offset: 28, line: 3, column: 3 },
      end: { offset: 37, line: 3, column: 12 },
    });
  });
});

describe("pools, sections and items", () => {
  it("pool kinds, ★, and a pool with and without a body", () => {
    const [base, adjust, bonus] = declarations(
      '计分池 基准分 "基准分" 10分 { 指标 a 10分 { 得 10分 } }\n计分池 加扣分 调整 ★\n计分池 奖励 5分 加分',
    );
    expect(base).toMatchObject({
      kind: "pool",
      name: name("基准分"),
      title: { text: "基准分" },
      points: q("10", "分"),
    });
    expect(base).toMatchObject({ poolKind: null, star: false });
    expect((base as { body: unknown[] }).body).toHaveLength(1);
    expect(adjust).toMatchObject({
      poolKind: "adjustment",
      star: true,
      body: null,
      points: null,
      title: null,
    });
    expect(bonus).toMatchObject({ poolKind: "bonus", star: false, points: q("5", "分") });
  });

  it("sections hold metadata, sections, items and vetoes in order", () => {
    const [section] = declarations(
      '分项 环境 "环境建设" 5分 { 出处 "seed 000"\n 指标 b 2分 { 得 2分 }\n 分项 内 3分 { 指标 c 3分 { 得 3分 } }\n 否决 若 x 则 环境 }',
    );
    expect(section).toMatchObject({ kind: "section", name: name("环境"), points: q("5", "分"), into: null });
    const s = section as { meta: unknown[]; children: Array<{ kind: string }>; vetoes: unknown[] };
    expect(s.meta).toEqual([{ kind: "meta", key: name("出处"), value: { text: "seed 000" } }]);
    expect(s.children.map((c) => c.kind)).toEqual(["item", "section"]);
    expect(s.vetoes).toHaveLength(1);
  });

  it("items by name and by number; points as 分, % and bare", () => {
    const [byNumber, byName, bare] = declarations(
      '指标 001 "配合" 4分 { 得 4分 }\n指标 领导 3% { 得 3分 }\n指标 考核 70 { 得 70 }',
    );
    expect(byNumber).toMatchObject({ id: q("001"), title: { text: "配合" }, points: q("4", "分") });
    expect(byName).toMatchObject({ id: name("领导"), title: null, points: q("3", "%") });
    expect(bare).toMatchObject({ points: q("70") });
  });

  it("★ and 计入 on an item head", () => {
    expect(item("得 1分", "指标 a ★").into).toEqual({ star: true, pool: null });
    expect(item("得 1分", "指标 a 计入 奖励").into).toEqual({ star: false, pool: name("奖励") });
    expect(item("得 1分", "指标 a 2分 ★ 计入 奖励").into).toEqual({ star: true, pool: name("奖励") });
  });

  it("separators between statements are optional", () => {
    expect(item("若 a 得 1分; 若 b 得 2分, 封顶 3分").clauses).toHaveLength(2);
  });
});

describe("inputs", () => {
  it.each([
    ["是否", { kind: "bool" }],
    ["次数", { kind: "count" }],
    ["比率", { kind: "rate" }],
    ["数值", { kind: "number" }],
    ["数量 万元", { kind: "amount", unit: name("万元") }],
    [
      "选项 [专线接入, 非专线接入、未接入]",
      { kind: "option", options: [name("专线接入"), name("非专线接入"), name("未接入")] },
    ],
    ["等次", { kind: "grade" }],
    ["名次", { kind: "rank" }],
    ["分数", { kind: "score" }],
    ["清单 [字段、格式]", { kind: "checklist", elements: [name("字段"), name("格式")] }],
    ["文本", { kind: "text" }],
    ["材料", { kind: "evidence" }],
    ["score", { kind: "score" }],
    ["grade", { kind: "grade" }],
  ])("输入 x %s", (type, expected) => {
    expect(item(`输入 x ${type}`).inputs[0]?.type).toEqual(expected);
  });

  it("options and description", () => {
    const [input] = item('输入 名次：名次 最高 16 最低 1 共 16 可选 "在全省的排名"').inputs;
    expect(input).toEqual({
      kind: "input",
      name: name("名次"),
      type: { kind: "rank" },
      max: q("16"),
      min: q("1"),
      fullMarks: null,
      of: q("16"),
      optional: true,
      per: null,
      appliesTo: null,
      description: { text: "在全省的排名" },
    });
    expect(item("输入 平台得分 分数 满分 2").inputs[0]?.fullMarks).toEqual(q("2"));
  });

  it("适用 on the input's line limits the input, before or after its description", () => {
    const kinds = (text: string) => item(text).inputs[0]?.appliesTo?.kinds.map((k) => k.text) ?? null;
    expect(kinds("输入 成绩 分数 满分 100 适用 政府部门、其他部门")).toEqual(["政府部门", "其他部门"]);
    expect(kinds('输入 成绩 分数 适用 政府部门 "网站成绩"')).toEqual(["政府部门"]);
    expect(kinds('输入 成绩 分数 "网站成绩" 适用 政府部门')).toEqual(["政府部门"]);
    expect(item('输入 成绩 分数 "网站成绩" 适用 政府部门').inputs[0]?.description).toEqual({ text: "网站成绩" });
  });

  it("适用 on a line of its own after an input is the item's", () => {
    const it = item("输入 成绩 分数\n适用 政府部门");
    expect(it.inputs[0]?.appliesTo).toBeNull();
    expect(it.appliesTo?.kinds.map((k) => k.text)).toEqual(["政府部门"]);
  });

  it("最低 不限 after an input is the item's floor", () => {
    const it = item("输入 事件 次数\n最低 不限");
    expect(it.inputs[0]?.min).toBeNull();
    expect(it.floor).toBe("none");
  });

  it("inputs outside items are unit facts", () => {
    expect(declarations("输入 重大事件 是否")[0]).toMatchObject({ kind: "input", type: { kind: "bool" } });
  });
});

describe("clauses", () => {
  it("若 … 得 / 加 / 扣 … 否则", () => {
    expect(item("若 开会 得 3分 否则 1分").clauses[0]).toEqual({
      kind: "if",
      cond: ref("开会"),
      verb: "score",
      points: q("3", "分"),
      otherwise: q("1", "分"),
      into: null,
    });
    expect(item("若 事件 扣 1分").clauses[0]).toMatchObject({ verb: "deduct", otherwise: null });
    expect(item("若 试点 加 3分 ★").clauses[0]).toMatchObject({
      verb: "add",
      into: { star: true, pool: null },
    });
  });

  it("得 / 加 an expression, and 计入 after a clause", () => {
    expect(item("加 平台得分 计入 奖励").clauses[0]).toEqual({
      kind: "score",
      verb: "add",
      expr: ref("平台得分"),
      into: { star: false, pool: name("奖励") },
    });
  });

  it("每 … 得 … 最高 and 每 … 扣 … 最多扣", () => {
    expect(item("每 次数 得 1分 最高 2分").clauses[0]).toEqual({
      kind: "per",
      step: null,
      over: null,
      count: ref("次数"),
      verb: "score",
      each: q("1", "分"),
      limit: q("2", "分"),
      limitWord: "max",
      doubling: null,
      into: null,
    });
    expect(item("每 缺项(库) 扣 1分 最多扣 2分").clauses[0]).toMatchObject({
      count: { kind: "call", func: "missing", args: [ref("库")] },
      verb: "deduct",
      limitWord: "max-deduct",
    });
    expect(item("每 x 加 2分").clauses[0]).toMatchObject({ limit: null, limitWord: null });
  });

  it("每 栏目 若 c: each element of a list for which c holds (over the dimension, count the condition)", () => {
    expect(item("每 栏目 若 回复率 < 90% 扣 0.5分 最多扣 2分").clauses[0]).toMatchObject({
      kind: "per",
      step: null,
      over: { text: "栏目" },
      count: { kind: "cmp", op: "<", left: ref("回复率") },
      verb: "deduct",
      each: q("0.5", "分"),
      limit: q("2", "分"),
      limitWord: "max-deduct",
    });
    // `每 x 得 …` is still a count
    expect(item("每 栏目 得 1分").clauses[0]).toMatchObject({ over: null, count: ref("栏目") });
  });

  it("每满 q e: the step, then the value, the points and the limit (per-full in English)", () => {
    expect(item("每满 1% (率 - 98%) 加 1分 最高 2分").clauses[0]).toMatchObject({
      kind: "per",
      step: q("1", "%"),
      count: { kind: "arith", op: "-", left: ref("率") },
      verb: "add",
      each: q("1", "分"),
      limit: q("2", "分"),
    });
    expect(item("per-full 10% 短缺率 deduct 1分").clauses[0]).toMatchObject({
      step: q("10", "%"),
      count: ref("短缺率"),
      verb: "deduct",
      limit: null,
    });
  });

  it("每 … 扣 q 重复加倍 [最多扣 m]: doubling after the points, before the limit (doubling in English)", () => {
    expect(item("每 违规次数 扣 1分 重复加倍 最多扣 5分").clauses[0]).toMatchObject({
      kind: "per",
      count: ref("违规次数"),
      verb: "deduct",
      each: q("1", "分"),
      doubling: { start: { line: 3, column: 13 } }, // 每 违规次数 扣 1分 is 12 columns
      limit: q("5", "分"),
      limitWord: "max-deduct",
    });
    expect(item("per 违规次数 deduct 1分 doubling").clauses[0]).toMatchObject({ doubling: {}, limit: null });
    expect(item("每 违规次数 扣 1分 最多扣 5分").clauses[0]).toMatchObject({ doubling: null });
  });

  it("按 an option", () => {
    expect(item('按 接入方式 { 专线接入: 3分, "非专线": 1分 }').clauses[0]).toMatchObject({
      kind: "by",
      input: name("接入方式"),
      cases: [
        { option: name("专线接入"), points: q("3", "分") },
        { option: name("非专线"), points: q("1", "分") },
      ],
    });
  });

  it("分档 with every kind of band", () => {
    const clause = item("分档 完成率 { ≥ 90%: 3分, [60%, 90%): 2分, (0, 60%]: 1分, 其余: 0分 }").clauses[0];
    expect(clause).toMatchObject({
      kind: "tiers",
      subject: ref("完成率"),
      bands: [
        { band: { kind: "cmp", op: ">=", bound: q("90", "%") }, points: q("3", "分") },
        {
          band: {
            kind: "interval",
            lo: q("60", "%"),
            loInclusive: true,
            hi: q("90", "%"),
            hiInclusive: false,
          },
          points: q("2", "分"),
        },
        { band: { kind: "interval", lo: q("0"), loInclusive: false, hi: q("60", "%"), hiInclusive: true } },
        { band: { kind: "otherwise" }, points: q("0", "分") },
      ],
    });
  });

  it("最高值比, 名次分档, 等次", () => {
    expect(item("最高值比 公开条数").clauses[0]).toMatchObject({ kind: "ratio", value: ref("公开条数") });
    expect(item("名次分档 采用条数 降序 { ≤ 5: 2分 }").clauses[0]).toMatchObject({
      kind: "rank-bands",
      value: ref("采用条数"),
      order: "desc",
      bands: [{ band: { kind: "cmp", op: "<=", bound: q("5") } }],
    });
    expect(item("名次分档 x { 其余: 1分 }").clauses[0]).toMatchObject({ order: null });
    expect(item("等次 评级").clauses[0]).toMatchObject({ kind: "grade", input: name("评级") });
  });

  it("部分 with its own maximum and clauses", () => {
    expect(item('部分 "及时性" 最高 0.8分 { 每 a 得 0.2分; 若 b 得 0.3分 }').clauses[0]).toMatchObject({
      kind: "part",
      title: { text: "及时性" },
      max: q("0.8", "分"),
      clauses: [{ kind: "per" }, { kind: "if" }],
    });
    expect(item('部分 "质量" 封顶 1分 { 得 1分 }').clauses[0]).toMatchObject({ max: q("1", "分") });
  });
});

describe("branches: 若 c { … } 否则 { … }", () => {
  it("the then- and otherwise-clauses, each with its own mark", () => {
    expect(
      item("若 单位类别 = 县区 { 若 a 得 1分; 每 b 得 1分 最高 2分 } 否则 { 得 3分 ★ }").clauses[0],
    ).toEqual({
      kind: "branch",
      cond: { kind: "cmp", op: "=", left: { kind: "unit-kind" }, right: ref("县区") },
      then: [
        { kind: "if", cond: ref("a"), verb: "score", points: q("1", "分"), otherwise: null, into: null },
        {
          kind: "per",
          step: null,
          over: null,
          count: ref("b"),
          verb: "score",
          each: q("1", "分"),
          limit: q("2", "分"),
          limitWord: "max",
          doubling: null,
          into: null,
        },
      ],
      otherwise: [{ kind: "score", verb: "score", expr: num("3", "分"), into: { star: true, pool: null } }],
      into: null,
    });
  });

  it("without 否则, empty, nested, and inside a part; 若 c 得 q stays a rule", () => {
    expect(item("若 a { 得 1分 }").clauses[0]).toMatchObject({ kind: "branch", otherwise: [] });
    expect(item("若 a { }\n若 b 得 1分 否则 2分").clauses.map((c) => c.kind)).toEqual(["branch", "if"]);
    expect(item("若 a { 若 b { 得 1分 } 否则 { 得 2分 } }").clauses[0]).toMatchObject({
      then: [{ kind: "branch", then: [{ kind: "score" }], otherwise: [{ kind: "score" }] }],
    });
    expect(item('部分 "p" 最高 2分 { 若 a { 得 1分 } }').clauses[0]).toMatchObject({
      kind: "part",
      clauses: [{ kind: "branch" }],
    });
    expect(item("if a { score 1分 } else { add 2分 }").clauses[0]).toMatchObject({ kind: "branch" });
  });

  it("spans from 若 to the last }", () => {
    const result = parse(HEADER + "指标 a 3分 {\n  若 x { 得 1分 } 否则 { 得 2分 }\n}", "t");
    expect(result.diagnostics).toEqual([]);
    const clause = (result.ast.declarations[0] as ItemDecl).clauses[0]!;
    // "  若 x { 得 1分 } 否则 { 得 2分 }": 若 in column 3, the last } in column 26, so the span ends at 27
    expect([clause.span.start.column, clause.span.end.column]).toEqual([3, 27]);
  });

  it("a mark after the braces is not taken, and a missing } is reported", () => {
    const marked = parse(HEADER + "指标 a 3分 { 若 x { 得 1分 } ★ }", "t");
    expect(marked.diagnostics.map((d) => d.code)).toEqual(["E105"]);
    const open = parse(HEADER + "指标 a 3分 {\n  若 x { 得 1分\n  封顶 3分\n}", "t");
    expect(open.diagnostics.map((d) => [d.code, d.span.start.line])).toEqual([["E106", 4]]);
  });
});

describe("适用", () => {
  it("in a pool's, a section's and an item's body, kinds separated by , or 、", () => {
    const [pool] = declarations(
      "计分池 甲 10分 {\n 适用 县区、市级部门\n 分项 s 10分 { 适用 县区\n 指标 a 10分 { applies-to 县区, 市级部门; 得 10分 } } }",
    );
    expect(pool).toMatchObject({
      appliesTo: { kind: "applies-to", kinds: [name("县区"), name("市级部门")] },
    });
    const section = (pool as { body: Array<{ appliesTo: unknown; children: Array<{ appliesTo: unknown }> }> })
      .body[0]!;
    expect(section.appliesTo).toEqual({ kind: "applies-to", kinds: [name("县区")] });
    expect(section.children[0]!.appliesTo).toEqual({
      kind: "applies-to",
      kinds: [name("县区"), name("市级部门")],
    });
    expect(item("得 1分").appliesTo).toBeNull();
    expect(declarations("计分池 乙 调整")[0]).toMatchObject({ appliesTo: null, body: null });
  });

  it("written twice in one body: the second is reported and the first kept", () => {
    const result = parse(HEADER + "分项 s 1分 {\n 适用 县区\n 适用 市级部门\n 指标 a 1分 { 得 1分 } }", "t");
    expect(result.diagnostics.map((d) => [d.code, d.span.start.line, d.args.expectedEn])).toEqual([
      ["E105", 4, "another statement (适用 is already given here and may be written once)"],
    ]);
    expect(result.ast.declarations[0]).toMatchObject({ appliesTo: { kinds: [name("县区")] } });
  });

  it("glued to the kind, with the spaced spelling suggested", () => {
    const { diagnostics } = parse(HEADER + "指标 a 1分 {\n  适用县区\n  得 1分\n}", "t");
    expect(diagnostics.map((d) => [d.code, d.args.spaced])).toEqual([["E108", "适用 县区"]]);
  });
});

describe("item statements", () => {
  it("封顶, 最低, 可无此项, 折算, metadata", () => {
    const it = item(
      '出处 "seed 000 第2项"\n可无此项\n若 a 得 2分\n封顶 2分\n最低 0分\n折算 300分 为 10分 超出 计入 超额 最高 20分',
    );
    expect(it.meta).toEqual([{ kind: "meta", key: name("出处"), value: { text: "seed 000 第2项" } }]);
    expect(it.allowNa).toBe(true);
    expect(it.cap).toEqual(q("2", "分"));
    expect(it.floor).toEqual(q("0", "分"));
    expect(it.rescale).toEqual({
      from: q("300", "分"),
      to: q("10", "分"),
      overflow: { pool: name("超额"), max: q("20", "分") },
    });
    expect(item("折算 300分 为 10分").rescale?.overflow).toBeNull();
  });

  it("vetoes of each target", () => {
    const targets = item(
      [
        '否决 若 a 则 本项 "泄密"',
        "否决 若 b 则 总分",
        "否决 若 e 则 总分 最高 59分",
        "否决 若 c 则 取消评优",
        "否决 若 d 则 网络与信息安全",
        '否决 若 f 则 本项 取消评优 "瞒报"',
        "否决 若 g 则 网络与信息安全 取消评优",
        "否决 若 h 则 总分 为 59分",
        '否决 若 i 则 不计分 "未报送"',
        "否决 若 j 则 不参加考核",
        "否决 若 k 则 不予考核",
      ].join("\n"),
    ).vetoes.map((v) => [v.target, v.label]);
    expect(targets).toEqual([
      [{ kind: "this-item", disqualify: false }, { text: "泄密" }],
      [{ kind: "total", atMost: null, setTo: null }, null],
      [{ kind: "total", atMost: q("59", "分"), setTo: null }, null],
      [{ kind: "disqualify" }, null],
      [{ kind: "named", name: name("网络与信息安全"), disqualify: false }, null],
      [{ kind: "this-item", disqualify: true }, { text: "瞒报" }],
      [{ kind: "named", name: name("网络与信息安全"), disqualify: true }, null],
      [{ kind: "total", atMost: null, setTo: q("59", "分") }, null],
      [{ kind: "not-scored" }, { text: "未报送" }],
      [{ kind: "not-scored" }, null],
      [{ kind: "not-scored" }, null],
    ]);
  });
});

describe("scheme-level declarations", () => {
  it("units with columns and rows", () => {
    expect(declarations('单位 县区 "县(市、区)" 目标分数 人口 { 通川区 150 80, "达县" 150 }')[0]).toEqual({
      kind: "units",
      unitKind: name("县区"),
      title: { text: "县(市、区)" },
      columns: [name("目标分数"), name("人口")],
      rows: [
        { name: name("通川区"), values: [q("150"), q("80")] },
        { name: name("达县"), values: [q("150")] },
      ],
      open: false,
    });
  });

  it("其余 among the rows opens the kind", () => {
    expect(declarations('单位 直报点 "信息直报点" { 市信息中心, 其余 }')[0]).toMatchObject({
      rows: [{ name: name("市信息中心"), values: [] }],
      open: true,
    });
  });

  it("表, 合成, 等次, 无此项, 舍入, 排名, 目标", () => {
    expect(declarations('表 自评表 "自评表"\n合成 平均')).toEqual([
      { kind: "form", name: name("自评表"), title: { text: "自评表" } },
      { kind: "combine", how: "mean" },
    ]);
    expect(declarations("等次 { A: 100%, B: 80% }")[0]).toEqual({
      kind: "grades",
      levels: [
        { label: name("A"), share: q("100", "%") },
        { label: name("B"), share: q("80", "%") },
      ],
    });
    expect(
      declarations("无此项 按 重新分配\n无此项 按 平均分").map((d) => (d as { policy: string }).policy),
    ).toEqual(["renormalise", "peer-average"]);
    expect(declarations("舍入 2位 四舍五入 于 指标\n舍入 1位")).toEqual([
      { kind: "rounding", digits: q("2", "位"), mode: "half-up", stage: "item" },
      { kind: "rounding", digits: q("1", "位"), mode: null, stage: null },
    ]);
    expect(declarations('排名 按 总分 降序 { 后 3 "督促整改"  前 3 "表彰" }')[0]).toEqual({
      kind: "ranking",
      name: null,
      title: null,
      by: null,
      order: "desc",
      appliesTo: null,
      marks: [
        { end: "bottom", count: q("3"), label: { text: "督促整改" } },
        { end: "top", count: q("3"), label: { text: "表彰" } },
      ],
    });
    expect(declarations("排名 按 基准分 { }")[0]).toMatchObject({
      by: { kind: "pool", name: name("基准分") },
      order: null,
    });
    expect(declarations("排名 按 完成率 升序 { }")[0]).toMatchObject({
      by: { kind: "completion" },
      order: "asc",
    });
    expect(declarations("ranking by completion { }")[0]).toMatchObject({ by: { kind: "completion" } });
    // A named ranking of some kinds: its name and title, then by, order and 适用 on its line.
    expect(declarations('排名 开发区 "开发区排名" 按 总分 降序 适用 开发区, 园区 { 前 1 "表彰" }')[0]).toEqual({
      kind: "ranking",
      name: name("开发区"),
      title: { text: "开发区排名" },
      by: null,
      order: "desc",
      appliesTo: { kind: "applies-to", kinds: [name("开发区"), name("园区")] },
      marks: [{ end: "top", count: q("1"), label: { text: "表彰" } }],
    });
    expect(declarations('排名 全县 按 基准分 { 前 3 "表彰" }')[0]).toMatchObject({
      name: name("全县"),
      title: null,
      by: { kind: "pool", name: name("基准分") },
      appliesTo: null,
    });
    expect(declarations("ranking zones by completion applies-to 开发区 { }")[0]).toMatchObject({
      name: name("zones"),
      by: { kind: "completion" },
      appliesTo: { kinds: [name("开发区")] },
    });
    expect(declarations("目标 目标分数 计入 基准分")[0]).toEqual({
      kind: "target",
      column: name("目标分数"),
      pool: name("基准分"),
    });
  });
});

describe("expressions", () => {
  it("precedence: 或 < 且 < 非 < comparison < + - < × ÷ < unary", () => {
    expect(expr("a 或 b 且 非 c")).toEqual({
      kind: "or",
      operands: [ref("a"), { kind: "and", operands: [ref("b"), { kind: "not", operand: ref("c") }] }],
    });
    expect(expr("a + b × 2 ≥ 3")).toEqual({
      kind: "cmp",
      op: ">=",
      left: {
        kind: "arith",
        op: "+",
        left: ref("a"),
        right: { kind: "arith", op: "*", left: ref("b"), right: num("2") },
      },
      right: num("3"),
    });
  });

  it("left to right, parentheses, negation", () => {
    expect(expr("a - b - c")).toEqual({
      kind: "arith",
      op: "-",
      left: { kind: "arith", op: "-", left: ref("a"), right: ref("b") },
      right: ref("c"),
    });
    // After an operator, `-1` is the number −1; after an operand, `-` subtracts.
    expect(expr("a ÷ (b - -1)")).toEqual({
      kind: "arith",
      op: "/",
      left: ref("a"),
      right: { kind: "arith", op: "-", left: ref("b"), right: num("-1") },
    });
    expect(expr("a -1")).toEqual({ kind: "arith", op: "-", left: ref("a"), right: num("1") });
    expect(expr("-(a)")).toEqual({ kind: "neg", operand: ref("a") });
    // U+2212, the minus sign the explanations print, reads as `-` in both places.
    expect(expr("a − −5%")).toEqual({ kind: "arith", op: "-", left: ref("a"), right: num("-5", "%") });
  });

  it("functions, 分值, 单位类别", () => {
    expect(expr("最小(a ÷ b, 1) × 分值")).toEqual({
      kind: "arith",
      op: "*",
      left: {
        kind: "call",
        func: "min",
        args: [{ kind: "arith", op: "/", left: ref("a"), right: ref("b") }, num("1")],
      },
      right: { kind: "points" },
    });
    expect(item("若 单位类别 = 县区 得 3分").clauses[0]).toMatchObject({
      cond: { kind: "cmp", op: "=", left: { kind: "unit-kind" }, right: ref("县区") },
    });
    const funcs = [
      "最大(a, b)",
      "限定(a, 0, 1)",
      "线性(a, 0, 0, 1, 3分)",
      "得分(甲)",
      "已选(库)",
      "max(a, b)",
      "min(a, b)",
    ];
    expect(funcs.map((f) => (expr(f) as { func: string }).func)).toEqual([
      "max",
      "clamp",
      "linear",
      "score-of",
      "checked",
      "max",
      "min",
    ]);
  });

  it("a function word not followed by ( is a name", () => {
    expect(expr("缺项 + 1")).toMatchObject({ left: ref("缺项") });
  });
});

describe("statements written twice where one counts", () => {
  it("a second 封顶 is reported and the first kept", () => {
    const result = parse(HEADER + "指标 a 3分 { 若 x 得 3分\n 封顶 2分\n 封顶 3分 }", "t");
    expect(result.diagnostics.map((d) => [d.code, d.span.start.line, d.span.start.column])).toEqual([
      ["E105", 4, 2],
    ]);
    expect((result.ast.declarations[0] as ItemDecl).cap?.digits).toBe("2");
  });
});

describe("list inputs", () => {
  it("维度: named elements (names, quoted texts, numbers with units), or none: an open list", () => {
    expect(declarations('维度 栏目 "网站栏目" { 政务公开, 办事服务、互动交流 }\n维度 月份 { 1月 "2月" }\n维度 账号')).toEqual([
      {
        kind: "dimension",
        name: name("栏目"),
        title: { text: "网站栏目" },
        elements: [name("政务公开"), name("办事服务"), name("互动交流")],
      },
      { kind: "dimension", name: name("月份"), title: null, elements: [name("1月"), name("2月")] },
      { kind: "dimension", name: name("账号"), title: null, elements: null },
    ]);
  });

  it("输入 x 类型 每 维度: one value per element; 每 on the next line is a rule", () => {
    const parsed = item("输入 回复率: 比率 每 栏目 最低 50% \"各栏目回复率\"\n每 回复率 得 1分");
    expect(parsed.inputs[0]).toMatchObject({ per: name("栏目"), min: q("50", "%"), description: { text: "各栏目回复率" } });
    expect(parsed.clauses[0]).toMatchObject({ kind: "per", over: null, count: ref("回复率") });
    expect(item("输入 次数 次数").inputs[0]?.per).toBeNull();
    // among the options, in any order
    expect(item("输入 名次 名次 共 21 每 月份 可选").inputs[0]).toMatchObject({ per: name("月份"), of: q("21"), optional: true });
    // a rule starting with a verb on the next line does not undo the list
    expect(item("输入 率 比率 每 栏目\n得 2分").inputs[0]?.per).toEqual(name("栏目"));
  });

  it("个数, 合计, 平均 are functions where ( follows; 合成 平均 still combines", () => {
    expect(expr("个数(回复率 ≥ 90%) + 合计(条数) + 平均(回复率)")).toMatchObject({
      kind: "arith",
      left: {
        kind: "arith",
        left: { kind: "call", func: "count-of", args: [{ kind: "cmp", op: ">=" }] },
        right: { kind: "call", func: "sum", args: [ref("条数")] },
      },
      right: { kind: "call", func: "mean", args: [ref("回复率")] },
    });
    expect(expr("mean(x) + sum(x) + count-of(x > 1)")).toMatchObject({ kind: "arith" });
    expect(declarations("合成 平均")).toEqual([{ kind: "combine", how: "mean" }]);
  });

  it("项数 (項數, length-of) is a function where ( follows, and a name elsewhere (未完成項數)", () => {
    expect(expr("项数(回复率) - 2")).toMatchObject({
      kind: "arith",
      left: { kind: "call", func: "length-of", args: [ref("回复率")] },
    });
    expect(expr("項數(x)")).toMatchObject({ kind: "call", func: "length-of" });
    expect(expr("length-of(x)")).toMatchObject({ kind: "call", func: "length-of" });
    expect(expr("未完成項數 + 1")).toMatchObject({ kind: "arith", left: ref("未完成項數") });
  });
});
