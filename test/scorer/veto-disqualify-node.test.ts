// `否决 若 c 则 本项 取消评优` (inside an item or section) and `否决 若 c 则 <node> 取消评优`: the
// node keeps its score, the unit is flagged "disqualified:<node id>" (not the whole unit's
// "disqualified"), the result lists the veto with the node, its explanation names the node, and
// `kaohe score` words the flag with the node's title.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/output.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "因指标取消评优" { 年度 2024 }
输入 数据造假: 是否
输入 违纪: 是否
否决 若 数据造假 则 安全 取消评优 "统计数据造假，取消网络安全评优资格"
否决 若 违纪 则 取消评优 "取消评优资格"
分项 安全 "网络安全" 10分 {
  指标 保密 "保密工作" 6分 {
    输入 泄密: 是否
    输入 落实: 是否
    若 落实 得 6分
    否决 若 泄密 则 本项 取消评优 "发生泄密事件，取消本项评优资格"
  }
  指标 定级 "等级保护" 4分 { 输入 完成: 是否  若 完成 得 4分 }
}
指标 统计 "统计报送" 5分 {
  输入 迟报: 是否
  若 非 迟报 得 5分
  否决 若 迟报 则 本项 取消评优 "迟报的，取消本项评优资格"
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

function sub(o: { 泄密?: boolean; 迟报?: boolean; 数据造假?: boolean; 违纪?: boolean } = {}, name = "甲") {
  return {
    unit: { name },
    facts: { 数据造假: o.数据造假 ?? false, 违纪: o.违纪 ?? false },
    items: { 保密: { 泄密: o.泄密 ?? false, 落实: true }, 定级: { 完成: true }, 统计: { 迟报: o.迟报 ?? false } },
  };
}

describe("取消评优 for one item or section", () => {
  it("none fires: 6 + 4 + 5 = 15, no flag", () => {
    const r = s.score(sub());
    expect(r.total).toBe("15");
    expect(r.vetoes).toEqual([]);
    expect(r.flags).toEqual([]);
  });

  it("本项 取消评优: 保密 keeps its 6 (6 + 4 + 5 = 15) and the unit is flagged for 保密 only", () => {
    const r = s.score(sub({ 泄密: true }));
    expect(r.total).toBe("15");
    expect(r.items["保密"]!.score).toBe("6");
    expect(r.items["保密"]!.vetoedBy).toEqual([]);
    expect(r.vetoes).toEqual([
      { id: "veto#3", label: "发生泄密事件，取消本项评优资格", target: "disqualify-node", node: "保密", cap: null, setTo: null },
    ]);
    expect(r.flags).toEqual(["disqualified:保密"]);
    expect(said(r)).toContain("「发生泄密事件，取消本项评优资格」：泄密：是 → 因「保密工作」取消评优资格，得分保留");
    expect(said(r, "en")).toContain("disqualified from commendation for “保密工作”; the score stands");
  });

  it("<section> 取消评优 written at the top level: 安全 keeps 6 + 4 = 10, the total 15", () => {
    const r = s.score(sub({ 数据造假: true }));
    expect(r.sections["安全"]!.score).toBe("10");
    expect(r.sections["安全"]!.vetoedBy).toEqual([]);
    expect(r.total).toBe("15");
    expect(r.flags).toEqual(["disqualified:安全"]);
  });

  it("two nodes and the unit: one flag each, in the order written; 迟报 costs 统计 its 5 (6 + 4 + 0 = 10)", () => {
    const r = s.score(sub({ 泄密: true, 迟报: true, 违纪: true }));
    expect(r.total).toBe("10");
    expect(r.flags).toEqual(["disqualified", "disqualified:保密", "disqualified:统计"]);
  });

  it("kaohe score words the flag with the node's title", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-disqualify-node-"));
    await writeFile(join(dir, "scheme.kaohe"), SCHEME);
    await writeFile(join(dir, "units.json"), JSON.stringify([sub({ 泄密: true }, "甲"), sub({}, "乙")]));
    const zh = await runCli("score", join(dir, "scheme.kaohe"), join(dir, "units.json"));
    expect(zh.code).toBe(0);
    expect(zh.out.split("\n").find((l) => l.includes("甲"))).toContain("因「保密工作」取消评优");
    expect(zh.out.split("\n").find((l) => l.includes("乙"))).not.toContain("取消评优");
    const en = await runCli("score", join(dir, "scheme.kaohe"), join(dir, "units.json"), "--lang", "en");
    expect(en.out).toContain("disqualified for “保密工作”");
  });
});
