// `kaohe diff`: exit 0 when nothing changed, 1 when something did, 2 on an error — and a broken
// edition gives the checker's diagnostics for that file and no diff. Runs in-process.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { captureOutput } from "../support/output.js";
import { main } from "../../compiler/cli/main.js";

const io = captureOutput();

const OLD = "schemes/huaibei-2019.kaohe";
const NEW = "examples/diff/huaibei-2020.kaohe";
const BROKEN = "test/check/bad/E402-rule-exceeds-points.kaohe";

describe("kaohe diff", () => {
  it("exits 0 and says so when nothing changed", async () => {
    expect(await main(["diff", OLD, OLD, "--lang", "en"])).toBe(0);
    expect(io.out).toContain("mean the same: no changes");
  });

  it("exits 1 with the changes when something changed, as the golden text says", async () => {
    expect(await main(["diff", OLD, NEW, "--rescore", "examples/huaibei-2019/batch"])).toBe(1);
    expect(io.out).toBe(readFileSync("test/diff/golden/huaibei.zh-CN.txt", "utf8"));
  });

  it("writes JSON, Markdown and HTML", async () => {
    expect(await main(["diff", OLD, NEW, "--format", "json"])).toBe(1);
    const json = JSON.parse(io.out);
    expect(json.format).toBe("kaohe-diff");
    expect(json.changes.length).toBeGreaterThan(10);
    io.out = "";
    expect(await main(["diff", OLD, NEW, "--format=markdown"])).toBe(1);
    expect(io.out.startsWith("# ")).toBe(true);
    io.out = "";
    expect(await main(["diff", OLD, NEW, "--format", "html"])).toBe(1);
    expect(io.out.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("refuses a broken edition with the checker's diagnostics for that file, exit 2, no diff", async () => {
    expect(await main(["diff", OLD, BROKEN, "--lang", "en"])).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toContain("error[E402]");
    expect(io.err).toContain(`--> ${BROKEN}:6:5`);
    expect(io.err).toContain(`the scheme ${BROKEN} has errors; nothing was compared`);
  });

  it("exits 2 on a missing file, a bad option, a missing argument", async () => {
    expect(await main(["diff", OLD, "no/such.kaohe", "--lang", "en"])).toBe(2);
    expect(io.err).toContain("cannot read the scheme file no/such.kaohe");
    expect(io.out).toBe("");
    expect(await main(["diff", OLD, NEW, "--format", "pdf", "--lang", "en"])).toBe(2);
    expect(io.err).toContain("unknown option: --format pdf");
    expect(await main(["diff", OLD, "--lang", "en"])).toBe(2);
    expect(await main(["diff", OLD, NEW, "--rescore", "--lang", "en"])).toBe(2);
    expect(io.err).toContain("usage: kaohe diff");
    expect(io.out).toBe("");
  });

  it("exits 2 on a rescore file that is not JSON, naming it", async () => {
    expect(await main(["diff", OLD, NEW, "--rescore", "test/diff/fixtures/base.kaohe"])).toBe(2);
    expect(io.err).toContain("base.kaohe");
    expect(io.out).toBe("");
  });
});
