// Inputs of some unit kinds only (`输入 … 适用`): which reads the checker accepts and which it
// refuses (E610), and the kinds it resolves for each input (its 适用 ∩ its item's).
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";

const HEAD = `方案 "输入按单位类别" { }
单位 政府部门 "政府机关" { 市经委 }
单位 其他部门 "其他部门" { 市法院 }
单位 驻外 "驻外办事处" { 驻京办 }
舍入 2位 四舍五入 于 指标
输入 网站成绩 分数 满分 100 适用 政府部门
`;

const codes = (body: string) => compileSource(HEAD + body, "t.kaohe").diagnostics.map((d) => `${d.code} ${d.span.start.line - 6}`);

describe("reading an input of some kinds only", () => {
  it("is accepted inside a branch those kinds alone enter, and in an item limited to them", () => {
    expect(codes(`指标 甲 "甲" 6分 {\n  若 单位类别 = 政府部门 { 得 网站成绩 ÷ 100分 × 分值 }\n}`)).toEqual([]);
    expect(codes(`指标 甲 "甲" 6分 {\n  若 单位类别 ≠ 政府部门 { 得 0分 } 否则 { 得 网站成绩 ÷ 100分 × 分值 }\n}`)).toEqual([]);
    expect(codes(`指标 甲 "甲" 6分 {\n  适用 政府部门\n  得 网站成绩 ÷ 100分 × 分值\n}`)).toEqual([]);
  });

  it("is refused (E610) where other kinds read it: a plain rule, a branch condition, a figure, a veto", () => {
    expect(codes(`指标 甲 "甲" 6分 {\n  得 网站成绩 ÷ 100分 × 分值\n}`)).toEqual(["E610 2"]);
    expect(codes(`指标 甲 "甲" 6分 {\n  若 网站成绩 ≥ 60 { 得 6分 }\n}`)).toEqual(["E610 2"]);
    // one kind too many: the branch lets 驻外 in
    expect(codes(`指标 甲 "甲" 6分 {\n  若 单位类别 ≠ 其他部门 { 得 网站成绩 ÷ 100分 × 分值 }\n}`)).toEqual(["E610 2"]);
    expect(codes(`量 折合 = 网站成绩 ÷ 100\n指标 甲 "甲" 6分 {\n  得 折合 × 分值\n}`)).toEqual(["E610 3"]);
    expect(codes(`否决 若 网站成绩 < 30 则 取消评优\n指标 甲 "甲" 6分 {\n  得 6分\n}`)).toEqual(["E610 1"]);
  });

  it("names the kinds that report it and those that would read it", () => {
    const d = compileSource(HEAD + `指标 甲 "甲" 6分 {\n  得 网站成绩 ÷ 100分 × 分值\n}`, "t.kaohe").diagnostics[0]!;
    expect(d.args).toMatchObject({ input: "网站成绩", kinds: "政府部门", others: "其他部门、驻外" });
  });

  it("resolves an input's kinds against its item's: null when it changes nothing, E606 when none is left", () => {
    const { ir } = compileSource(
      HEAD +
        `指标 甲 "甲" 6分 {\n  适用 政府部门、驻外\n  输入 a 是否 适用 驻外、其他部门\n  输入 b 是否 适用 政府部门、驻外\n  若 单位类别 = 驻外 { 若 a 得 6分 } 否则 { 若 b 得 6分 }\n}\n` +
        `指标 乙 "乙" 1分 {\n  若 单位类别 = 政府部门 { 得 网站成绩 ÷ 100分 × 分值 }\n}`,
      "t.kaohe",
    );
    const item = ir?.nodes.find((n) => n.id === "甲");
    expect(item?.kind === "item" && item.inputs.map((i) => i.appliesTo)).toEqual([["驻外"], null]);
    expect(codes(`指标 甲 "甲" 1分 {\n  适用 驻外\n  输入 a 文本 适用 其他部门\n  得 1分\n}`)).toEqual(["W701 0", "E606 3"]); // W701: no rule reads the fact here
  });
});
