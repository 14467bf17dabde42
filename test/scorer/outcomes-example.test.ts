// examples/outcomes: the illustrative scheme of the README's "Outcomes other than zero", its four
// units scored together and worked by hand from the scheme's rules.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { said, scorerFor } from "./support.js";

const read = (name: string): unknown => JSON.parse(readFileSync(`examples/outcomes/${name}.json`, "utf8"));

describe("examples/outcomes: not scored, a total set, 取消评优 for one item, the rating, doubling", () => {
  it("scores 甲局 97 优秀, 乙局 82 良好 disqualified for 安全, 丙局 59 不合格, 丁局 not at all", async () => {
    const s = await scorerFor(readFileSync("examples/outcomes/safety.kaohe", "utf8"));
    const [甲, 乙, 丙, 丁] = s.scoreAll(["甲局", "乙局", "丙局", "丁局"].map(read)).units;
    // 甲局: 95% × 60 = 57; no violation: 30; 健全: 10 → 97 ≥ 90: 优秀.
    expect([甲!.total, 甲!.rating, 甲!.flags]).toEqual(["97", "优秀", []]);
    // 乙局: 80% × 60 = 48; 2 violations: 2 + 4 = 6 off, 30 − 6 = 24; 10 → 82 in [80, 90): 良好.
    // The leak withdraws commendation for 安全 and keeps its 24.
    expect(乙!.items["安全"]!.score).toBe("24");
    expect([乙!.total, 乙!.rating, 乙!.flags]).toEqual(["82", "良好", ["disqualified:安全"]]);
    // 丙局: 90% × 60 = 54; 1 violation: 30 − 2 = 28; 10 → 92, set at 59 by the accident: 不合格.
    expect([丙!.total, 丙!.rating]).toEqual(["59", "不合格"]);
    expect(丙!.vetoes.map((v) => [v.target, v.setTo])).toEqual([["total-set", "59"]]);
    // 丁局 did not report: no total, no rating, flagged.
    expect([丁!.total, 丁!.rating, 丁!.flags]).toEqual([null, null, ["not-scored"]]);
    // Every outcome is said (scorer.js carries only the templates its scheme can say).
    expect(said(甲!)).toContain("评定：总分 97 分 ≥ 90，条件成立 → 优秀");
    expect(said(乙!.items["安全"]!)).toContain("违规次数 2，首次 −2 分 + 重复 1 次 × −4 分 = −6 分");
    expect(said(丙!)).toContain("总分 92 分，按「发生重大安全事故的，总分计 59 分」定为 59 分");
    expect(said(丁!)).toContain("按「未按时报送材料的，不参加考核」本单位不计分");
  });
});
