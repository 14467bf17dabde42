// One test per kind of change: a small scheme (fixtures/base.kaohe) edited in one way must give
// exactly the change(s) that edit makes, once, in the words a policy officer reads.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { diffSchemes } from "../../generators/diff/index.js";

const base = readFileSync(new URL("./fixtures/base.kaohe", import.meta.url), "utf8");

function compile(text: string, file: string): SchemeIR {
  const r = compileSource(text, file);
  if (!r.ir) throw new Error(`${file}: ${r.diagnostics.map((d) => d.code).join(", ")}`);
  return r.ir;
}

function edit(...pairs: Array<[string, string]>): string {
  let text = base;
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`not in the base scheme: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

function changes(text: string, lang: "zh-CN" | "en" = "zh-CN"): string[] {
  return diffSchemes(compile(base, "old.kaohe"), compile(text, "new.kaohe")).changes.map((c) => c.message[lang]);
}

const CASES: Array<[string, string, string[]]> = [
  ["item renamed", edit(['"规划编制"', '"发展规划编制"']), ["指标更名：「规划编制」→「发展规划编制」"]],
  [
    "item renumbered (same title, another number)",
    edit(['指标 7 "制度评级"', '指标 8 "制度评级"']),
    ["指标「制度评级」编号 7 → 8"],
  ],
  [
    "item moved to another section (points moved with it)",
    edit(
      ['    指标 3 "规划编制" 10分 {\n      可无此项\n      输入 印发规划 是否\n      若 印发规划 得 10分\n    }\n', ""],
      ['分项 环境 "环境建设" 40分', '分项 环境 "环境建设" 30分'],
      ['分项 应用 "系统应用" 60分 {', '分项 应用 "系统应用" 70分 {\n    指标 3 "规划编制" 10分 {\n      可无此项\n      输入 印发规划 是否\n      若 印发规划 得 10分\n    }'],
    ),
    ["分项「环境建设」分值 40分 → 30分", "分项「系统应用」分值 60分 → 70分", "指标「规划编制」从「环境建设」移至「系统应用」"],
  ],
  [
    "item removed and item added (nothing alike)",
    edit(
      ['    指标 7 "制度评级" 10分 {\n      输入 评级 等次\n      等次 评级\n    }\n', '    指标 9 "电子证照应用" 10分 {\n      输入 证照类数 次数\n      每 证照类数 得 5分 最高 10分\n    }\n'],
    ),
    ["新增指标 9「电子证照应用」（10分），位于「系统应用」", "删除指标 7「制度评级」（10分，原在「系统应用」）"],
  ],
  ["section renamed", edit(['分项 应用 "系统应用"', '分项 应用 "重点系统应用"']), ["分项更名：「系统应用」→「重点系统应用」"]],
  [
    "points re-weighted, with the section and full marks",
    edit(['计分池 基准分 100分', '计分池 基准分 110分'], ['分项 应用 "系统应用" 60分', '分项 应用 "系统应用" 70分'], ['指标 4 "回复率" 20分', '指标 4 "回复率" 30分'], ['≥ 80%: 20分', '≥ 80%: 30分']),
    [
      "满分合计 100分 → 110分",
      "计分池「基准分」满分 100分 → 110分",
      "分项「系统应用」分值 60分 → 70分",
      "指标「回复率」分值 20分 → 30分",
      "规则「分档 回复率 { ≥ 80%: 30分, [60%, 80%): 10分, < 60%: 0分 }」分档：≥ 80%：20分 → 30分",
    ],
  ],
  [
    "a cap",
    edit(['      每 开会次数 得 5分 最高 10分\n', '      每 开会次数 得 5分\n      封顶 8分\n']),
    ["规则「每 开会次数 得 5分」：最高 10分 → 不限", "指标「领导重视」封顶 不超过分值 10分 → 8分"],
  ],
  [
    "tier thresholds",
    edit(['≥ 80%: 20分, [60%, 80%): 10分, < 60%: 0分', '≥ 85%: 20分, [60%, 85%): 10分, < 60%: 0分']),
    ["规则「分档 回复率 { ≥ 85%: 20分, [60%, 85%): 10分, < 60%: 0分 }」分档：≥ 80% → ≥ 85%（20分）；[60%, 80%) → [60%, 85%)（10分）"],
  ],
  [
    "the floor of a deduction",
    edit(['      最低 0分\n    }\n    指标 7', '      最低 不限\n    }\n    指标 7'], ['计分池 基准分 100分 {', '计分池 基准分 100分 {']),
    ["指标「安全管理」扣分下限 0分 → 不限"],
  ],
  [
    "a deduction doubled on repeat",
    edit(['      每 事件数 扣 2分\n', '      每 事件数 扣 2分 重复加倍\n']),
    ["规则「每 事件数 扣 2分 重复加倍」：改为重复发生加倍扣分（首次照扣，每次重复扣双倍）"],
  ],
  [
    "an option's points",
    edit(['非专线: 10分', '非专线: 15分']),
    ["规则「按 接入 { 专线: 20分, 非专线: 15分, 未接入: 0分 }」：「非专线」10分 → 15分"],
  ],
  [
    "a new veto",
    edit(['计分池 基准分 100分 {', '输入 重大事件 是否 "发生Ⅱ级以上网络安全事件"\n否决 若 重大事件 则 应用 "发生Ⅱ级以上事件，本部分不得分"\n\n计分池 基准分 100分 {']),
    ["新增须填报的输入「重大事件」（是否）：发生Ⅱ级以上网络安全事件", "新增一票否决：发生Ⅱ级以上事件，本部分不得分（分项「系统应用」不得分）"],
  ],
  [
    "a new veto disqualifying the unit for one section (应用 取消评优)",
    edit(['计分池 基准分 100分 {', '输入 瞒报 是否 "瞒报系统数据"\n否决 若 瞒报 则 应用 取消评优 "瞒报数据的，取消系统应用评优资格"\n\n计分池 基准分 100分 {']),
    ["新增须填报的输入「瞒报」（是否）：瞒报系统数据", "新增一票否决：瞒报数据的，取消系统应用评优资格（因「系统应用」取消评优资格，得分保留）"],
  ],
  [
    "a new veto setting the total (总分 为 59分)",
    edit(['计分池 基准分 100分 {', '输入 重大事故 是否 "发生重大安全事故"\n否决 若 重大事故 则 总分 为 59分 "发生重大安全事故的，总分计 59 分"\n\n计分池 基准分 100分 {']),
    ["新增须填报的输入「重大事故」（是否）：发生重大安全事故", "新增一票否决：发生重大安全事故的，总分计 59 分（总分定为 59 分）"],
  ],
  [
    "a new veto leaving the unit out (不计分)",
    edit(['计分池 基准分 100分 {', '输入 未报送 是否 "未按时报送材料"\n否决 若 未报送 则 不参加考核 "未按时报送材料的，不参加考核"\n\n计分池 基准分 100分 {']),
    ["新增须填报的输入「未报送」（是否）：未按时报送材料", "新增一票否决：未按时报送材料的，不参加考核（不计分，不参加排名）"],
  ],
  [
    "an input's type, unit, options and range",
    edit(['输入 资金 数量 万元', '输入 资金 数量 元'], ['[100万元, 200万元)', '[100元, 200元)'], ['≥ 200万元', '≥ 200元'], ['< 100万元', '< 100元'], ['[专线, 非专线, 未接入]', '[专线, 非专线, 无线, 未接入]'], ['输入 事件数 次数 最高 10', '输入 事件数 次数 最高 5']),
    [
      "输入「资金」计量单位：万元 → 元",
      "输入「接入」选项：新增 无线",
      "输入「事件数」取值范围：[0, 10] → [0, 5]",
    ],
  ],
  [
    "an optional input that units must now report",
    edit(['输入 印发规划 是否', '输入 印发规划 是否 可选']),
    ["输入「印发规划」改为可选填报"],
  ],
  [
    "an input now reported by 县区 only (输入 … 适用), its rule chosen by kind",
    edit(
      ['输入 开会次数 次数 "召开会议次数"', '输入 开会次数 次数 适用 县区 "召开会议次数"'],
      ["      每 开会次数 得 5分 最高 10分", "      若 单位类别 = 县区 { 每 开会次数 得 5分 最高 10分 } 否则 { 得 10分 }"],
    ),
    [
      "输入「开会次数」填报单位：所有单位 → 县(市、区)",
      "删除规则「每 开会次数 得 5分 最高 10分」",
      "新增规则「若 单位类别 = 县区 { 每 开会次数 得 5分 最高 10分 } 否则 { 得 10分 }」",
    ],
  ],
  [
    "a unit kind opened to units not listed (其余)",
    edit(['单位 部门 "市级部门" { 丙局 }', '单位 部门 "市级部门" { 丙局, 其余 }']),
    ["单位类别「市级部门」改为不必列名（其余）：名单以外的单位也可按这一类填报"],
  ],
  ["N/A policy", edit(['无此项 按 重新分配', '无此项 按 平均分']), ["无此项的处理：重新分配 → 取平均分"]],
  ["rounding", edit(['舍入 2位 四舍五入 于 指标', '舍入 1位 截断 于 总分']), ["舍入：保留 2 位小数，四舍五入，于指标 → 保留 1 位小数，截断，于总分"]],
  [
    "ranking",
    edit(['舍入 2位 四舍五入 于 指标', '舍入 2位 四舍五入 于 指标\n排名 按 总分 降序 { 后 1 "督促整改" }']),
    ["排名：未规定 → 按总分从高到低（标记：后 1 名「督促整改」）"],
  ],
  [
    "rankings added by name, one for some kinds only",
    edit([
      '舍入 2位 四舍五入 于 指标',
      '舍入 2位 四舍五入 于 指标\n排名 全县 "全县排名" 按 总分 降序 { 前 1 "表彰" }\n排名 县区 "县区排名" 按 总分 降序 适用 县区 { 后 1 "督促整改" }',
    ]),
    [
      "新增排名「全县排名」：按总分从高到低（标记：前 1 名「表彰」）",
      "新增排名「县区排名」：按总分从高到低，只排县(市、区)（标记：后 1 名「督促整改」）",
    ],
  ],
  ["grades", edit(['C: 60%', 'C: 50%']), ["等次：A 100%、B 80%、C 60% → A 100%、B 80%、C 50%"]],
  [
    "unit kinds and 适用",
    edit(
      ['单位 部门 "市级部门" { 丙局 }', '单位 部门 "市直部门" { 丙局, 丁局 }'],
      ['      可无此项\n      输入 印发规划', '      可无此项\n      适用 县区\n      输入 印发规划'],
      ['    指标 4 "回复率"', '    指标 10 "部门规划" 10分 {\n      适用 部门\n      输入 部门规划 是否\n      若 部门规划 得 10分\n    }\n  }\n  分项 应用 "系统应用" 60分 {\n    指标 4 "回复率"'],
      ['    }\n  }\n  分项 应用 "系统应用" 60分 {\n    指标 10', '    }\n    指标 10'],
    ),
    [
      "单位类别「市直部门」：市级部门（—） → 市直部门（—）",
      "新增单位「丁局」（部门）",
      "指标「规划编制」适用：所有单位 → 县(市、区)",
      "新增指标 10「部门规划」（10分），位于「环境建设」",
    ],
  ],
  [
    "forms",
    edit(['无此项 按 重新分配', '无此项 按 重新分配\n表 自评表 "自评表"\n表 实地表 "实地调查表"\n合成 平均']),
    ["多表合成：未规定 → 各表取平均", "新增表「自评表」", "新增表「实地调查表」"],
  ],
  [
    "metadata: 检查方法, 佐证材料, 牵头科室, 文号, 年度",
    edit(['年度 2023', '年度 2024'], ['"信办〔2023〕1号"', '"信办〔2024〕2号"'], ['"查看会议纪要"', '"查看会议纪要和文件"'], ['佐证材料 "会议纪要"\n', ''], ['牵头科室 "规划科"', '牵头科室 "信息中心"']),
    [
      "年度：2023 → 2024",
      "文号：信办〔2023〕1号 → 信办〔2024〕2号",
      "「领导重视」检查方法：查看会议纪要 → 查看会议纪要和文件",
      "「领导重视」佐证材料：会议纪要 → （无）",
      "「领导重视」牵头科室：规划科 → 信息中心",
    ],
  ],
];

describe("diff: each kind of change, reported once in the right words", () => {
  for (const [name, text, expected] of CASES) it(name, () => expect(changes(text)).toEqual(expected));

  describe("the rating (评定)", () => {
    const RATING = "评定 { 优秀: 总分 ≥ 90, 合格: 总分 ≥ 60 且 总分 < 90, 不合格: 其余 }";
    const rated = edit(["舍入 2位 四舍五入 于 指标", `舍入 2位 四舍五入 于 指标\n${RATING}`]);
    const between = (o: string, n: string, lang: "zh-CN" | "en" = "zh-CN") =>
      diffSchemes(compile(o, "old.kaohe"), compile(n, "new.kaohe")).changes.map((c) => c.message[lang]);
    it("declared, and dropped, with its levels", () => {
      expect(changes(rated)).toEqual(["新增评定：优秀: 总分 ≥ 90，合格: 总分 ≥ 60 且 总分 < 90，不合格: 其余"]);
      expect(between(rated, base, "en")).toEqual(["Rating removed (was: 优秀: 总分 ≥ 90，合格: 总分 ≥ 60 且 总分 < 90，不合格: 其余)"]);
    });
    it("a band moved is that level's criterion changed; a level added is said with its criterion", () => {
      const moved = rated.replace(RATING, "评定 { 优秀: 总分 ≥ 85, 合格: 总分 ≥ 60 且 总分 < 85, 不合格: 其余 }");
      expect(between(rated, moved)).toEqual([
        "评定「优秀」的条件：「总分 ≥ 90」→「总分 ≥ 85」",
        "评定「合格」的条件：「总分 ≥ 60 且 总分 < 90」→「总分 ≥ 60 且 总分 < 85」",
      ]);
      const more = rated.replace(RATING, "评定 { 优秀: 总分 ≥ 90, 良好: 总分 ≥ 80 且 总分 < 90, 合格: 总分 ≥ 60 且 总分 < 80, 不合格: 其余 }");
      expect(between(rated, more)).toEqual([
        "评定新增一档「良好」：总分 ≥ 80 且 总分 < 90",
        "评定「合格」的条件：「总分 ≥ 60 且 总分 < 90」→「总分 ≥ 60 且 总分 < 80」",
      ]);
    });
    it("the same criteria written otherwise say nothing; a veto that sets the rating is worded", () => {
      expect(between(rated, rated.replace("总分 ≥ 90,", "总分 >= 90,"))).toEqual([]);
      const vetoed = rated.replace(RATING, `${RATING}\n输入 重大事件 是否 "发生重大事件"\n否决 若 重大事件 则 评定 不合格 "发生重大事件的，评定为不合格"`);
      expect(between(rated, vetoed)).toContain("新增一票否决：发生重大事件的，评定为不合格（评定为「不合格」）");
    });
  });

  it("words the same changes in English with --lang en", () => {
    const text = edit(['"规划编制"', '"发展规划编制"'], ['≥ 80%: 20分, [60%, 80%): 10分', '≥ 85%: 20分, [60%, 85%): 10分']);
    expect(changes(text, "en")).toEqual([
      "Item renamed: “规划编制” → “发展规划编制”",
      "Rule “分档 回复率 { ≥ 85%: 20分, [60%, 85%): 10分, < 60%: 0分 }” bands: ≥ 80% → ≥ 85% (20 points); [60%, 80%) → [60%, 85%) (10 points)",
    ]);
  });

  it("reports an item moved to another pool, and the new pool", () => {
    const head = `方案 "池" { }\n计分池 基准分 10分 {\n  指标 1 "机构" 10分 {\n    输入 健全 是否\n    若 健全 得 10分\n  }\n}\n计分池 加扣分 "加扣分项" 调整 ★\n`;
    const star = `指标 2 "试点" ★ {\n  输入 试点 是否\n  若 试点 加 3分\n}\n`;
    const before = compile(head + star, "old.kaohe");
    const after = compile(head + `计分池 奖励 "奖励考核" 5分 加分\n` + star.replace("★", "计入 奖励"), "new.kaohe");
    expect(diffSchemes(before, after).changes.map((c) => c.message["zh-CN"])).toEqual([
      "新增计分池「奖励考核」（加分，5分）",
      "指标「试点」改计入计分池：「加扣分项」→「奖励考核」",
    ]);
    // One rule of an item sent to another pool (★ → 计入 奖励) is a change of that rule.
    const head2 = head + `计分池 奖励 "奖励考核" 5分 加分\n`;
    const part = `指标 2 "试点" ★ {\n  输入 试点 是否\n  输入 表彰 是否\n  若 试点 加 3分\n  若 表彰 加 2分\n}\n`;
    expect(
      diffSchemes(compile(head2 + part, "old.kaohe"), compile(head2 + part.replace("加 2分", "加 2分 计入 奖励"), "new.kaohe")).changes.map(
        (c) => c.message["zh-CN"],
      ),
    ).toEqual(["规则「若 表彰 加 2分 计入 奖励」改计入：「加扣分项」→「奖励考核」"]);
  });

  it("reports a scheme against itself and a reordering of its items as nothing", () => {
    const reordered = edit(
      ['    指标 6 "安全管理" 10分 {', '    指标 7 "制度评级" 10分 {\n      输入 评级 等次\n      等次 评级\n    }\n    指标 6 "安全管理" 10分 {'],
      ['    }\n    指标 7 "制度评级" 10分 {\n      输入 评级 等次\n      等次 评级\n    }\n  }\n}', '    }\n  }\n}'],
    );
    expect(changes(base)).toEqual([]);
    expect(changes(reordered)).toEqual([]);
  });

  it("compares a field it does not know structurally, in neutral words, without failing", () => {
    const a = compile(base, "old.kaohe");
    const b = compile(base, "new.kaohe");
    (b.nodes[1] as unknown as Record<string, unknown>).weightClass = "heavy";
    expect(diffSchemes(a, b).changes.map((c) => c.message["zh-CN"])).toEqual(["「领导重视」的 weightClass 有变化：— → heavy"]);
  });
});

describe("grades derived from criteria", () => {
  const graded = `方案 "派生等次" { }
等次 { A: 100%, B: 80%, C: 60% }
指标 安全 "安全生产" 10分 {
  输入 完成率 比率
  等次 {
    A: 完成率 ≥ 95%
    B: 完成率 ≥ 85% 且 完成率 < 95%
    C: 其余
  }
}
`;
  const diff = (text: string) =>
    diffSchemes(compile(graded, "old.kaohe"), compile(text, "new.kaohe")).changes.map((c) => c.message["zh-CN"]);

  it("a criterion's threshold moved is that grade's criterion changed, once", () => {
    const moved = graded.replace("B: 完成率 ≥ 85% 且", "B: 完成率 ≥ 80% 且");
    expect(diff(moved)).toEqual(["等次 B 的条件：「完成率 ≥ 85% 且 完成率 < 95%」→「完成率 ≥ 80% 且 完成率 < 95%」"]);
  });

  it("a criterion reworded to the same meaning (≥ written >=, other spacing) says nothing", () => {
    expect(diff(graded.replace("A: 完成率 ≥ 95%", "A:   完成率 >= 95%"))).toEqual([]);
  });

  it("a level removed is said with its criterion", () => {
    const fewer = graded.replace("    B: 完成率 ≥ 85% 且 完成率 < 95%\n", "").replace("A: 完成率 ≥ 95%", "A: 完成率 ≥ 85%");
    expect(diff(fewer)).toEqual([
      "等次 A 的条件：「完成率 ≥ 95%」→「完成率 ≥ 85%」",
      "删除等次 B（原条件「完成率 ≥ 85% 且 完成率 < 95%」）",
    ]);
  });
});

describe("constraints between inputs and the reasons of caps", () => {
  const edition = `方案 "约束" { }
舍入 2位 四舍五入 于 指标
指标 挂接 "资源挂接" 3分 {
  输入 已挂接数 次数
  输入 目录总数 次数 最低 1
  约束 已挂接数 ≤ 目录总数 "挂接的目录不能多于目录总数"
  得 已挂接数 ÷ 目录总数 × 3分
}
指标 资金 "专项资金" 5分 {
  输入 专项资金 数量 万元
  若 专项资金 ≥ 200万元 得 10分
  封顶 5分 因 "按权重计"
}
`;
  const diff = (text: string) =>
    diffSchemes(compile(edition, "old.kaohe"), compile(text, "new.kaohe")).changes.map((c) => c.message["zh-CN"]);

  it("a constraint written the other way round (b ≥ a) means the same: nothing", () => {
    expect(diff(edition.replace("约束 已挂接数 ≤ 目录总数", "约束 已挂接数 <= 目录总数"))).toEqual([]);
  });

  it("a new constraint is said, with what it does to a submission", () => {
    const more = edition.replace('  若 专项资金 ≥ 200万元 得 10分\n', '  若 专项资金 ≥ 200万元 得 10分\n  约束 专项资金 ≤ 100000万元\n');
    expect(diff(more)).toEqual(["新增约束：专项资金 ≤ 100000万元（不符合的提交将被拒绝）"]);
  });

  it("a constraint's reason and a cap's reason reworded are said as such", () => {
    const reworded = edition.replace('"挂接的目录不能多于目录总数"', '"挂接数不超过目录数"').replace('因 "按权重计"', '因 "细则10分，权重5%：按权重计"');
    expect(diff(reworded)).toEqual([
      "约束「已挂接数 ≤ 目录总数」的说明：「挂接的目录不能多于目录总数」→「挂接数不超过目录数」",
      "「专项资金」封顶的理由：「按权重计」→「细则10分，权重5%：按权重计」",
    ]);
  });
});

describe("named figures (量)", () => {
  const edition = `方案 "综合投资考核" { }
单位 县区 "县(市、区)" 难度系数 { 甲县 1.2, 乙县 1 }
输入 投资完成率 比率 最高 200% "年度投资完成率"
量 综合投资率 = 投资完成率 × 难度系数
指标 达标 "投资达标" 5分 {
  若 综合投资率 ≥ 100% 得 5分
}
`;
  const diff = (text: string, lang: "zh-CN" | "en" = "zh-CN") =>
    diffSchemes(compile(edition, "old.kaohe"), compile(text, "new.kaohe")).changes.map((c) => c.message[lang]);

  it("a figure computed another way is said with both calculations, in each language", () => {
    const text = edition.replace("量 综合投资率 = 投资完成率 × 难度系数", "量 综合投资率 = 投资完成率");
    expect(diff(text)).toEqual(["量「综合投资率」的计算：投资完成率 × 难度系数 → 投资完成率"]);
    expect(diff(text, "en")).toEqual(["Figure “综合投资率” is computed as 投资完成率 (was 投资完成率 × 难度系数)"]);
  });

  it("a figure renamed with the same calculation is a rename, not a removal and an addition", () => {
    const text = edition.replaceAll("综合投资率", "加权投资率");
    // The rule that reads it now says the new name: that is said too, as the officer reads it.
    expect(diff(text)).toEqual([
      "量「综合投资率」改名为「加权投资率」，计算不变",
      "规则「若 综合投资率 ≥ 100% 得 5分」改为「若 加权投资率 ≥ 100% 得 5分」",
    ]);
  });

  it("a figure added and one removed are said with their calculations", () => {
    const added = edition.replace(
      "指标 达标",
      "量 超额率 = 投资完成率 - 100%\n指标 超额 \"超额完成\" 2分 {\n  若 超额率 ≥ 20% 得 2分\n}\n指标 达标",
    );
    expect(diff(added)).toContain("新增量「超额率」= 投资完成率 - 100%");
    expect(diffSchemes(compile(added, "old.kaohe"), compile(edition, "new.kaohe")).changes.map((c) => c.message["zh-CN"])).toContain(
      "删除量「超额率」（原 = 投资完成率 - 100%）",
    );
  });

  it("the same figure written again says nothing", () => {
    expect(diff(edition.replace("投资完成率 × 难度系数", "投资完成率  ×  难度系数"))).toEqual([]);
  });
});

describe("a bonus moved from a pool into its section (计入 分项)", () => {
  const edition = (into: string) => `方案 "分项内加分" { }
计分池 基准分 100分 {
  分项 审批监察 "一、行政审批电子监察" 100分 {
    指标 专网交换 "专网" 50分 {
      输入 专网交换 是否
      输入 交换部门数 次数
      若 专网交换 得 50分
      每 交换部门数 加 1分 最高 5分 计入 ${into}
    }
    指标 安全对接 "安全对接" 50分 {
      输入 已对接 是否
      若 已对接 得 50分
    }
  }
}
计分池 奖励 "奖励考核" 5分 加分
`;
  const diff = (from: string, to: string, lang: "zh-CN" | "en" = "zh-CN") =>
    diffSchemes(compile(edition(from), "old.kaohe"), compile(edition(to), "new.kaohe")).changes.map((c) => c.message[lang]);

  it("is one change that says where the points now count, in each language", () => {
    expect(diff("奖励", "审批监察")).toEqual([
      "规则「每 交换部门数 加 1分 最高 5分 计入 审批监察」改计入：计分池「奖励考核」 → 分项「一、行政审批电子监察」（本项分值之外）",
    ]);
    expect(diff("审批监察", "奖励", "en")).toEqual([
      "Rule “每 交换部门数 加 1分 最高 5分 计入 奖励” now counts in pool “奖励考核” (was section “一、行政审批电子监察”, beyond the item's points)",
    ]);
  });
});

describe("several rankings (排名 … 适用)", () => {
  const edition = (zones: string, rest = "") => `方案 "乡镇与开发区" { }
单位 乡镇 "乡镇（街道）" { 甲镇, 乙镇 }
单位 开发区 "开发区" { 高新区, 经开区 }
单位 园区 "工业园区" { 化工园 }
指标 招商 "招商引资" 10分 {
  输入 签约项目 次数 最高 10
  每 签约项目 得 1分
}
排名 全县 "全县排名" 按 总分 降序 { 前 1 "表彰" }
排名 开发区 "开发区排名" 按 总分 降序 适用 ${zones} { 前 1 "表彰" }
${rest}`;
  const diff = (from: string, to: string, lang: "zh-CN" | "en" = "zh-CN") =>
    diffSchemes(compile(from, "old.kaohe"), compile(to, "new.kaohe")).changes.map((c) => c.message[lang]);

  it("a changed population is worded with the kinds' titles, in each language", () => {
    expect(diff(edition("开发区"), edition("开发区, 园区"))).toEqual(["排名「开发区排名」所排的单位：开发区 → 开发区、工业园区"]);
    expect(diff(edition("开发区"), edition("开发区, 园区"), "en")).toEqual([
      "Units ranked by ranking “开发区排名”: 开发区 → 开发区、工业园区",
    ]);
  });

  it("a ranking removed, and a ranking's marks and title changed, each matched by name", () => {
    const old = edition("开发区", `排名 园区 "园区排名" 按 总分 降序 适用 园区 { }`);
    const edited = edition("开发区", "").replace('排名 全县 "全县排名" 按 总分 降序 { 前 1 "表彰" }', '排名 全县 "全县综合排名" 按 总分 降序 { 前 1 "表彰"  后 1 "督促整改" }');
    expect(diff(old, edited)).toEqual([
      "排名「全县综合排名」：按总分从高到低（标记：前 1 名「表彰」） → 按总分从高到低（标记：前 1 名「表彰」，后 1 名「督促整改」）",
      "排名「全县」的标题：「全县排名」→「全县综合排名」",
      "删除排名「园区排名」：原按总分从高到低，只排工业园区（标记：（无））",
    ]);
  });

  it("the same rankings in another order change only which is first: each unit's rank", () => {
    const a = edition("开发区", `排名 乡镇 "乡镇排名" 按 总分 降序 适用 乡镇 { }\n`);
    const first = '排名 全县 "全县排名" 按 总分 降序 { 前 1 "表彰" }\n';
    expect(diff(a, a.replace(first, "") + first)).toEqual(["第一个排名（即各单位的名次和评分表的排列顺序）：「全县排名」→「开发区排名」"]);
    const later = '排名 乡镇 "乡镇排名" 按 总分 降序 适用 乡镇 { }\n';
    expect(diff(a, a.replace(later, "").replace(first, first + later))).toEqual([]);
  });
});
