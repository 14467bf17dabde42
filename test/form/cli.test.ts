// `kaohe form`, run through the CLI entry point: it writes the form alone, the same bytes as the
// generator, refuses a scheme with errors writing nothing, and a call without --out with its usage.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/output.js";
import { compileFile } from "../../compiler/compile.js";
import { generateFormHtml } from "../../generators/form/index.js";

const scheme = fileURLToPath(new URL("../../schemes/huaibei-2019.kaohe", import.meta.url));


describe("kaohe form", () => {
  it("writes the form alone, as the generator makes it, and says where", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "kaohe-form-")), "sub", "form.html");
    const r = await runCli("form", scheme, "--out", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(file);
    expect(r.out).toContain("《2019年电子政务工作绩效年终考评指标体系及目标责任分解表》");
    expect(readFileSync(file, "utf8")).toBe(await generateFormHtml(compileFile(scheme).ir!));
  });

  it("refuses a scheme with errors: diagnostics, exit 1, nothing written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-form-bad-"));
    const bad = join(dir, "bad.kaohe");
    await writeFile(bad, '方案 "坏方案" { 年度 2024 }\n指标 1 "甲" 5分 {\n  输入 开会: 次数\n  每 开会 得 2分\n}\n');
    const r = await runCli("form", bad, "--out", join(dir, "form.html"), "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain("E402");
    expect(r.err).toContain("no form was written");
    expect(existsSync(join(dir, "form.html"))).toBe(false);
  });

  it("shows its usage when --out is missing (exit 2)", async () => {
    const r = await runCli("form", scheme);
    expect(r.code).toBe(2);
    expect(r.err).toContain("kaohe form <方案.kaohe> --out <文件.html>");
  });
});
