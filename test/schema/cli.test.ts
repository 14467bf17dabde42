// `kaohe validate`: every problem in every file, each line naming the file, the unit, the item by
// code and title, the field and what is allowed; exit 0 when all is valid, 1 on any problem, 2
// when called wrongly. Runs main() as bin/kaohe.js does, capturing what it writes.
import { mkdtempSync, mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureOutput } from "../support/output.js";
import { main } from "../../compiler/cli/main.js";

const SCHEME = "test/schema/fixtures/small.kaohe";

const io = captureOutput();

/** A fresh folder holding the given files. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-validate-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const good = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    unit: { name },
    items: { "001": { 回复率: 85 }, "002": { 事件次数: 0 }, "003": { 接入: "专线" } },
    ...extra,
  });

describe("kaohe validate", () => {
  it("passes valid files and batches, and says so", async () => {
    const dir = folder({ "a.json": good("通川区"), "b.json": `[${good("达川区")}]` });
    const code = await main(["validate", SCHEME, join(dir, "a.json"), join(dir, "b.json")]);
    expect(io.err).toBe("");
    expect(code).toBe(0);
    expect(io.out).toContain(`${join(dir, "a.json")}：通过校验（1 份提交）`);
    expect(io.out).toContain(`${join(dir, "b.json")}：通过校验（1 份提交）`);
    expect(io.out.trim().split("\n").pop()).toBe("共 2 个文件，全部通过校验。");
  });

  it("lists every problem in every file, naming file, unit, item, field and what is allowed", async () => {
    const bad = JSON.stringify({
      unit: { name: "通川区" },
      items: { "001": { 回复率: 120 }, "002": { 事件次数: -1 }, "003": { 接入: "光纤" }, "004": {} },
    });
    const dir = folder({ "bad.json": bad, "broken.json": '{"unit": ' });
    const code = await main(["validate", SCHEME, dir]);
    expect(code).toBe(1);
    const file = join(dir, "bad.json");
    const lines = io.out.trim().split("\n");
    expect(lines).toEqual([
      `[S111] ${file}（单位「通川区」） /items/004：指标填报（items）中有方案没有的字段「004」。允许的字段：001、002、003。`,
      `[S115] ${file}（单位「通川区」） /items/001/回复率：指标001「回复情况」的「网上咨询回复率」填写的 120 超出允许范围。允许：0 到 100 之间的百分数（填 85 表示 85%）。`,
      `[S115] ${file}（单位「通川区」） /items/002/事件次数：指标002「安全事件」的「网络安全事件次数」填写的 -1 超出允许范围。允许：0 到 10 之间的整数。`,
      `[S117] ${file}（单位「通川区」） /items/003/接入：指标003「接入方式」的「接入电子政务外网的方式」填写的「光纤」不在可选范围内。可选：以下之一：专线、非专线。`,
      `[S104] ${join(dir, "broken.json")} 第 1 行第 10 列：不是有效的 JSON，此处应为一个值（对象、列表、带双引号的文字、数、true、false 或 null），实际是文件结尾。`,
      "共 2 个文件，其中 2 个有问题，共 5 个问题。",
    ]);
  });

  it("speaks English with --lang en", async () => {
    const dir = folder({ "a.json": good("通川区", { notApplicable: ["003"] }) });
    expect(await main(["validate", "--lang", "en", SCHEME, dir])).toBe(1);
    expect(io.out).toContain(
      "/notApplicable/0: item 003 “接入方式” cannot be reported as not applicable: the scheme does not allow it for this item. Items that may be N/A: 002 安全事件.",
    );
    expect(io.out).toContain("checked 1 file(s): 1 with problems, 1 problem(s) in all.");
  });

  it("finds a unit submitted twice, in one file or across files", async () => {
    const dir = folder({ "1.json": good("通川区"), "2.json": `[${good("达川区")}, ${good("通川区")}]` });
    expect(await main(["validate", SCHEME, dir])).toBe(1);
    expect(io.out).toContain(
      `[S124] ${join(dir, "2.json")}（单位「通川区」） /1/unit/name：单位「通川区」提交了不止一份（${join(dir, "1.json")} 和 ${join(dir, "2.json")} 中的第 2 份提交）。`,
    );
    const same = folder({ "b.json": `[${good("通川区")}, ${good("通川区")}]` });
    expect(await main(["validate", SCHEME, same])).toBe(1);
    expect(io.out).toContain("（第 1 份提交 和 第 2 份提交）");
  });

  it("refuses bad files with a clear line each, and never crashes", async () => {
    const dir = folder({
      "empty.json": "",
      "bom.json": "\uFEFF" + good("通川区"),
      "gbk.json": new Uint8Array([0x7b, 0xcd, 0xa8, 0xb4, 0xa8, 0x7d]), // {通川} in GBK: CD A8 happens to be UTF-8, B4 is not
      "proto.json": good("达川区", { __proto__: 1 }).replace('"unit"', '"__proto__": {"x": 1}, "unit"'),
      "deep.json": "[".repeat(10_000) + "]".repeat(10_000),
      "digits.json": '{"unit": {"name": "通川区"}, "items": {"001": {"回复率": 85.0000000000000000001}}}',
      "target.json": good("达川区").replace('"name":"达川区"', '"name":"达川区","target":100'),
    });
    const big = join(dir, "big.json");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024); // 50 MB, refused by its size before it is read
    const code = await main(["validate", SCHEME, dir]);
    expect(code).toBe(1);
    expect(io.err).toBe("");
    const line = (name: string) => io.out.split("\n").filter((l) => l.includes(join(dir, name)));
    expect(line("big.json")).toEqual([`[S101] ${big}：文件太大（52428800 字节），提交文件最大 10485760 字节。请检查是否选错了文件。`]);
    expect(line("bom.json")).toEqual([`${join(dir, "bom.json")}：通过校验（1 份提交）`]);
    expect(line("deep.json")[0]).toContain("[S105]");
    expect(line("digits.json")[0]).toContain("[S107]");
    expect(line("empty.json")[0]).toContain("[S103]");
    expect(line("gbk.json")[0]).toContain("[S102]");
    expect(line("gbk.json")[0]).toContain("字节偏移 3 处（0xB4）");
    expect(line("proto.json")[0]).toContain("[S106]");
    expect(line("target.json")).toEqual([
      `[S122] ${join(dir, "target.json")}（单位「达川区」） /unit/target：目标分数由方案的单位名单（「目标分数」）规定，提交中不应填写 unit.target。`,
    ]);
  });

  it("writes every problem as JSON with --format json", async () => {
    const dir = folder({ "a.json": good("通川区", { extra: 1 }) });
    expect(await main(["validate", SCHEME, dir, "--format", "json"])).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.problems).toBe(1);
    expect(report.files).toEqual([
      {
        file: join(dir, "a.json"),
        submissions: 1,
        problems: [
          {
            code: "S111",
            path: "/extra",
            unit: "通川区",
            item: null,
            input: null,
            message: {
              "zh-CN": "提交内容中有方案没有的字段「extra」。允许的字段：unit、items、notApplicable。",
              en: "the submission has the key “extra”, which the scheme does not have. Allowed keys: unit, items, notApplicable.",
            },
          },
        ],
      },
    ]);
  });

  it("refuses a submission that breaks the scheme's constraints: 12 of 10 catalogues (exit 1)", async () => {
    const file = "examples/huaibei-2019/refused/more-than-there-is.json";
    expect(await main(["validate", "schemes/huaibei-2019.kaohe", file, "--lang", "en"])).toBe(1);
    expect(io.out).toContain("[S130]");
    expect(io.out).toContain("(挂接数据资源的目录数 = 12, 部门目录总数 = 10)");
    expect(io.out).toContain("(制证种类数 = 9, 认领制证目录种类数 = 6)");
    expect(io.out).toContain("2 problem(s) in all");
  });

  it("says how to call it when called wrongly (exit 2)", async () => {
    expect(await main(["validate"])).toBe(2);
    expect(io.err).toContain("用法：kaohe validate <方案.kaohe> <提交文件或目录…>");
    io.err = "";
    expect(await main(["validate", SCHEME, "no/such/file.json"])).toBe(2);
    expect(io.err).toContain("找不到文件或目录：no/such/file.json");
    const empty = mkdtempSync(join(tmpdir(), "kaohe-empty-"));
    mkdirSync(join(empty, "sub"));
    expect(await main(["validate", SCHEME, empty])).toBe(2);
    expect(io.err).toContain(`目录 ${empty} 中没有 .json 文件。`);
    expect(await main(["validate", SCHEME, empty, "--strict"])).toBe(2);
    expect(io.err).toContain("未知的选项：--strict");
  });

  it("refuses to check against a scheme with errors (exit 1), showing its diagnostics", async () => {
    const dir = folder({ "bad.kaohe": '方案 "坏方案" {}\n指标 1 "甲" 5分 { 输入 x: 次数  若 y > 1 得 5分 }\n', "a.json": "{}" });
    expect(await main(["validate", join(dir, "bad.kaohe"), join(dir, "a.json")])).toBe(1);
    expect(io.err).toContain("E201");
    expect(io.err).toContain(`方案 ${join(dir, "bad.kaohe")} 有错误，无法据此校验提交内容。`);
    expect(io.out).toBe("");
  });
});
