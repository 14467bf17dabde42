// Several rankings (排名, R21): what the checker lowers of each (name, title, population, by,
// marks), and where it refuses one: a name twice or missing among several (E202), a kind not
// declared (E206), a ranking that can rank nobody (E606), a mark beyond its listed units (E605).
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";

const HEAD = `方案 "乡镇与开发区" { }
单位 乡镇 "乡镇（街道）" { 甲镇, 乙镇, 丙镇 }
单位 开发区 "开发区" { 高新区, 经开区 }
指标 招商 "招商引资" 10分 {
  输入 签约项目 次数 最高 10
  每 签约项目 得 1分
}
`;

const compile = (text: string) => compileSource(text, "t.kaohe");
/** Each diagnostic as "code.variant line", lines counted after HEAD. */
const codes = (body: string) =>
  compile(HEAD + body).diagnostics.map(
    (d) => `${d.code}${typeof d.args.variant === "string" ? "." + d.args.variant : ""} ${d.span.start.line - 7}`,
  );

describe("several rankings", () => {
  it("are lowered in the order written, each with its name, title and population", () => {
    const { ir, diagnostics } = compile(
      HEAD +
        `排名 全县 "全县排名" 按 总分 降序 { 前 2 "表彰"  后 1 "督促整改" }
排名 开发区 "开发区排名" 按 总分 降序 适用 开发区 { 前 1 "表彰" }
排名 乡镇 按 总分 升序 适用 乡镇 { }`,
    );
    expect(diagnostics).toEqual([]);
    expect(ir!.rankings).toEqual([
      {
        id: "全县",
        title: "全县排名",
        appliesTo: null,
        by: "total",
        figure: null,
        order: "desc",
        ties: "competition",
        marks: [
          { end: "top", count: 2, label: "表彰" },
          { end: "bottom", count: 1, label: "督促整改" },
        ],
      },
      {
        id: "开发区",
        title: "开发区排名",
        appliesTo: ["开发区"],
        by: "total",
        figure: null,
        order: "desc",
        ties: "competition",
        marks: [{ end: "top", count: 1, label: "表彰" }],
      },
      { id: "乡镇", title: null, appliesTo: ["乡镇"], by: "total", figure: null, order: "asc", ties: "competition", marks: [] },
    ]);
    expect(ir!.crossUnit).toBe(true);
  });

  it("keep the one unnamed ranking as it was, and let it be limited to some kinds", () => {
    expect(compile(HEAD + `排名 按 总分 降序 { 前 3 "表彰" }`).ir!.rankings).toEqual([
      { id: null, title: null, appliesTo: null, by: "total", figure: null, order: "desc", ties: "competition", marks: [{ end: "top", count: 3, label: "表彰" }] },
    ]);
    expect(compile(HEAD + `排名 适用 开发区 { 前 1 "表彰" }`).ir!.rankings[0]).toMatchObject({ id: null, appliesTo: ["开发区"] });
  });

  it("list the kinds of a 适用 in the order the units declare them", () => {
    const ir = compile(HEAD + `排名 全县 适用 开发区, 乡镇 { }`).ir!;
    expect(ir.rankings[0]!.appliesTo).toEqual(["乡镇", "开发区"]);
  });

  it("need a name each, once (E202)", () => {
    expect(codes(`排名 { }\n排名 { }`)).toEqual(["E202.ranking-unnamed 1", "E202.ranking-unnamed 2"]);
    expect(codes(`排名 全县 { }\n排名 全县 适用 乡镇 { }`)).toEqual(["E202 2"]);
  });

  it("name declared kinds (E206)", () => {
    expect(codes(`排名 全县 { }\n排名 园区 适用 园区 { }`)).toEqual(["E206.unit-kind 2"]);
  });

  it("rank somebody (E606): a kind with listed units that have the figure ranked by", () => {
    // 按 a pool for 乡镇 only, among 开发区: none has it
    const pool = `计分池 乡镇考核 "乡镇考核" 10分 {\n  适用 乡镇\n  指标 农业 "农业" 10分 {\n    输入 达标 是否\n    若 达标 得 10分\n  }\n}\n`;
    const scheme = `方案 "池" { }
单位 乡镇 "乡镇（街道）" { 甲镇 }
单位 开发区 "开发区" { 高新区 }
${pool}排名 全县 按 乡镇考核 { }
排名 开发区 按 乡镇考核 适用 开发区 { }`;
    expect(compile(scheme).diagnostics.map((d) => `${d.code}.${d.args.variant} ${d.span.start.line}`)).toEqual([
      "E606.ranking-kinds 12",
    ]);
    // 按 完成率 where only an open kind (no targets, so no completion) is ranked
    const open = `方案 "开放" { }
单位 县区 "县区" 目标分数 { 通川区 150 }
单位 直报点 "信息直报点" { 其余 }
目标 目标分数
指标 采用 "采用" 10分 {\n  输入 条数 次数 最高 5\n  每 条数 得 2分\n}
排名 全县 按 完成率 { }
排名 直报点 按 完成率 适用 直报点 { }`;
    expect(compile(open).diagnostics.map((d) => `${d.code}.${d.args.variant}`)).toEqual(["E606.ranking-kinds"]);
  });

  it("know their size only from a closed list: an open kind or no list at all leaves any 前 N", () => {
    // 4 > 2 zones listed
    expect(codes(`排名 全县 { }\n排名 开发区 适用 开发区 { 前 4 "表彰" }`)).toEqual(["E605.ranking-beyond 2"]);
    // 5 = 3 towns + 2 zones: every unit marked is allowed, only more places than units is refused
    expect(codes(`排名 { 前 5 "表彰" }`)).toEqual([]);
    expect(codes(`排名 { 后 6 "督促整改" }`)).toEqual(["E605.ranking-beyond 1"]);
    const open = `方案 "开放" { }\n单位 县区 "县区" { 通川区 }\n单位 直报点 "直报点" { 其余 }\n指标 甲 "甲" 2分 {\n  输入 达标 是否\n  若 达标 得 2分\n}\n`;
    expect(compile(open + `排名 { 前 9 "表彰" }`).diagnostics).toEqual([]);
    expect(compile(open + `排名 县区 适用 县区 { 前 2 "表彰" }`).diagnostics.map((d) => d.args.variant)).toEqual(["ranking-beyond"]);
    const unlisted = `方案 "不列名" { }\n单位 县区 "县区" { }\n指标 甲 "甲" 2分 {\n  输入 达标 是否\n  若 达标 得 2分\n}\n`;
    expect(compile(unlisted + `排名 { 前 9 "表彰" }`).diagnostics).toEqual([]);
  });

  it("refuse a ranking name that would be a reserved JSON key (E312)", () => {
    expect(codes(`排名 constructor { }`)).toEqual(["E312 1"]);
  });
});
