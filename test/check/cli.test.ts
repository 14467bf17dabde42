// `kaohe check`: exit codes (0 clean or warnings, 1 errors, 2 wrong usage), text and JSON output,
// and --ir. Runs the command in-process through compiler/cli/main.ts.
import { describe, expect, it } from "vitest";
import { captureOutput } from "../support/output.js";
import { main } from "../../compiler/cli/main.js";

const io = captureOutput();

const GOOD = "test/check/good/pools.kaohe";
const BAD = "test/check/bad/E402-rule-exceeds-points.kaohe";
const WARN = "test/check/bad/W701-unused-input.kaohe";

describe("kaohe check", () => {
  it("exits 0 on a clean scheme and says so", async () => {
    expect(await main(["check", GOOD, "--lang", "en"])).toBe(0);
    expect(io.out).toBe("checked: no problems found\n");
  });

  it("exits 1 on errors and renders them", async () => {
    expect(await main(["check", BAD, "--lang", "en"])).toBe(1);
    expect(io.out).toContain("error[E402]: item “设立了信息化发展专项资金” can score up to 10");
    expect(io.out).toContain(`--> ${BAD}:6:5`);
    expect(io.out.trimEnd().endsWith("checked: 1 error, 0 warnings")).toBe(true);
  });

  it("exits 0 on warnings alone", async () => {
    expect(await main(["check", WARN])).toBe(0);
    expect(io.out).toContain("警告[W701]");
  });

  it("checks several files in one run", async () => {
    expect(await main(["check", GOOD, BAD, WARN, "--lang", "en"])).toBe(1);
    expect(io.out).toContain("error[E402]");
    expect(io.out).toContain("warning[W701]");
    expect(io.out.trimEnd().endsWith("checked: 1 error, 1 warning")).toBe(true);
  });

  it("prints the IR of a clean scheme with --ir", async () => {
    expect(await main(["check", GOOD, "--ir"])).toBe(0);
    const ir = JSON.parse(io.out) as { irVersion: number; pools: Array<{ id: string }> };
    expect(ir.irVersion).toBe(1);
    expect(ir.pools.map((p) => p.id)).toEqual(["基准分", "加扣分", "奖励"]);
    expect(io.err).toBe("检查完毕：没有发现问题\n");
  });

  it("prints no IR for a scheme with errors", async () => {
    expect(await main(["check", BAD, "--ir"])).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toContain("错误[E402]");
  });

  it("prints JSON with --format json", async () => {
    expect(await main(["check", BAD, "--format", "json", "--lang", "en"])).toBe(1);
    const report = JSON.parse(io.out) as {
      errors: number;
      warnings: number;
      diagnostics: Array<{ code: string; line: number; message: string }>;
    };
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(0);
    expect(report.diagnostics.map((d) => [d.code, d.line])).toEqual([["E402", 6]]);
    expect(report.diagnostics[0]!.message).toContain("more than its 5 points");
  });

  it("includes the IR in JSON output with --ir", async () => {
    expect(await main(["check", GOOD, "--format=json", "--ir"])).toBe(0);
    const report = JSON.parse(io.out) as { errors: number; ir: { file: string } };
    expect(report.errors).toBe(0);
    expect(report.ir.file).toBe(GOOD);
  });

  it("exits 2 on wrong usage, with the usage text and no stack trace", async () => {
    expect(await main(["check"])).toBe(2);
    expect(io.err).toContain("kaohe check");
    io.err = "";
    expect(await main(["check", GOOD, "--fast", "--lang", "en"])).toBe(2);
    expect(io.err).toContain("unknown option: --fast");
    io.err = "";
    expect(await main(["check", GOOD, BAD, "--ir", "--lang", "en"])).toBe(2);
    expect(io.err).toContain("--ir works on one scheme file at a time");
    io.err = "";
    expect(await main(["check", GOOD, "--format", "xml", "--lang", "en"])).toBe(2);
    expect(io.err).toContain("unknown option: --format xml");
    expect(io.out).toBe("");
  });

  it("exits 2 when a file cannot be read, naming it", async () => {
    expect(await main(["check", "test/check/no-such-file.kaohe"])).toBe(2);
    expect(io.err).toBe("无法读取文件 test/check/no-such-file.kaohe：文件不存在\n");
    io.err = "";
    expect(await main(["check", "test/check/good", "--lang", "en"])).toBe(2);
    expect(io.err).toBe("cannot read test/check/good: it is a folder; give a scheme file\n");
    expect(io.err).not.toContain("    at ");
  });
});
