// The range checker reads the enclosing 若: inside `若 次数 ≥ 3 { … }` 次数 is at least 3, so
// `次数 - 3` is never negative and a `每 次数 - 3 加 …` cannot take the item below 0 (no E403);
// inside its 否则, 次数 is below 3. Without the 若, the same rule can go to −3 (E403).
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";

const codes = (body: string) =>
  compileSource(`方案 "范围" { }\n指标 1 "培训" 5分 {\n  输入 次数 次数\n${body}\n}\n`, "t.kaohe").diagnostics.map(
    (d) => d.code,
  );

describe("ranges inside a branch", () => {
  it("without a 若, 次数 - 3 reaches −3: the item may go below 0 (E403)", () => {
    expect(codes("  每 次数 - 3 加 1分 最高 5分")).toEqual(["E403"]);
  });

  it("inside 若 次数 ≥ 3, 次数 - 3 ≥ 0: 3 + at most 2 stays within [0, 5]", () => {
    expect(codes("  若 次数 ≥ 3 {\n    得 3分\n    每 次数 - 3 加 1分 最高 2分\n  }")).toEqual([]);
  });

  it("in the 否则 of 若 次数 < 3 the same holds; written 3 ≤ 次数 too", () => {
    expect(codes("  若 次数 < 3 { 得 0分 } 否则 {\n    得 3分\n    每 次数 - 3 加 1分 最高 2分\n  }")).toEqual([]);
    expect(codes("  若 3 ≤ 次数 {\n    得 3分\n    每 次数 - 3 加 1分 最高 2分\n  }")).toEqual([]);
  });

  it("且 narrows by both sides; 或 by neither", () => {
    // 次数 in [3, 5]: 次数 - 3 in [0, 2], never below 0, and at most 2 of the 5 points (W703 says so)
    expect(codes("  若 次数 ≥ 3 且 次数 ≤ 5 {\n    每 次数 - 3 加 1分\n  }")).toEqual(["W703"]);
    expect(codes("  若 次数 ≥ 3 或 次数 ≤ 1 {\n    每 次数 - 3 加 1分 最高 5分\n  }")).toEqual(["E403"]);
  });

  it("a named figure in the condition is bounded too", () => {
    const src = (cond: string) =>
      `方案 "范围" { }\n输入 率 比率\n量 综合率 = 率 × 1.2\n指标 1 "甲" 5分 {\n  若 ${cond} {\n    得 3分\n    每满 10% (综合率 - 100%) 加 1分 最高 2分\n  }\n}\n`;
    const codes = (cond: string) => compileSource(src(cond), "t.kaohe").diagnostics.map((d) => d.code);
    expect(codes("综合率 ≥ 100%")).toEqual([]); // 综合率 in [100%, 120%]: 0 to 2 steps; 3 + 2 = 5
    expect(codes("率 ≥ 0%")).toEqual(["E403"]); // 综合率 − 100% down to −100%: −10 steps
  });
});
