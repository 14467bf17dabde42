// `kaohe diff`: exit 0 when nothing changed, 1 when something did, 2 on an error — and a broken
// edition gives the checker's diagnostics for that file and no diff. Runs in-process.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../compiler/cli/main.js";

let out = "";
let err = "";

beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const OLD = "schemes/huaibei-2019.kaohe";
const NEW = "examples/diff/huaibei-2020.kaohe";
const BROKEN = "test/check/bad/E402-rule-exceeds-points.kaohe";

describe("kaohe diff", () => {
  it("exits 0 and says so when nothing changed", async () => {
    expect(await main(["diff", OLD, OLD, "--lang", "en"])).toBe(0);
    expect(out).toContain("mean the same: no changes");
  });

  it("exits 1 with the changes when something changed, as the golden text says", async () => {
    expect(await main(["diff", OLD, NEW, "--rescore", "examples/huaibei-2019/batch"])).toBe(1);
    expect(out).toBe(readFileSync("test/diff/golden/huaibei.zh-CN.txt", "utf8"));
  });

  it("writes JSON, Markdown and HTML", async () => {
    expect(await main(["diff", OLD, NEW, "--format", "json"])).toBe(1);
    const json = JSON.parse(out);
    expect(json.format).toBe("kaohe-diff");
    expect(json.changes.length).toBeGreaterThan(10);
    out = "";
    expect(await main(["diff", OLD, NEW, "--format=markdown"])).toBe(1);
    expect(out.startsWith("# ")).toBe(true);
    out = "";
    expect(await main(["diff", OLD, NEW, "--format", "html"])).toBe(1);
    expect(out.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("refuses a broken edition with the checker's diagnostics for that file, exit 2, no diff", async () => {
    expect(await main(["diff", OLD, BROKEN, "--lang", "en"])).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("error[E402]");
    expect(err).toContain(`--> ${BROKEN}:6:5`);
    expect(err).toContain(`the scheme ${BROKEN} has errors; nothing was compared`);
  });

  it("exits 2 on a missing file, a bad option, a missing argument", async () => {
    expect(await main(["diff", OLD, "no/such.kaohe", "--lang", "en"])).toBe(2);
    expect(err).toContain("cannot read the scheme file no/such.kaohe");
    expect(out).toBe("");
    expect(await main(["diff", OLD, NEW, "--format", "pdf", "--lang", "en"])).toBe(2);
    expect(err).toContain("unknown option: --format pdf");
    expect(await main(["diff", OLD, "--lang", "en"])).toBe(2);
    expect(await main(["diff", OLD, NEW, "--rescore", "--lang", "en"])).toBe(2);
    expect(err).toContain("usage: kaohe diff");
    expect(out).toBe("");
  });

  it("exits 2 on a rescore file that is not JSON, naming it", async () => {
    expect(await main(["diff", OLD, NEW, "--rescore", "test/diff/fixtures/base.kaohe"])).toBe(2);
    expect(err).toContain("base.kaohe");
    expect(out).toBe("");
  });
});
