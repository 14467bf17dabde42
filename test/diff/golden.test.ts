// The example pair (schemes/huaibei-2019.kaohe → examples/diff/huaibei-2020.kaohe), with the
// examples' batch rescored, in every output format; the outputs are kept in golden/. After a
// reviewed change to the words or the layout, refresh them with
//   UPDATE_GOLDEN=1 npx vitest run test/diff
// and review the diff of golden/ before committing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { diffSchemes, type SchemeDiff } from "../../generators/diff/index.js";
import { rescore, type RescoreResult } from "../../generators/diff/rescore.js";
import { renderHtml } from "../../generators/diff/render/html.js";
import { renderMarkdown } from "../../generators/diff/render/markdown.js";
import { renderText } from "../../generators/diff/render/text.js";
import { expandPaths, readSubmissionFile } from "../../compiler/cli/submission-files.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = fileURLToPath(new URL("./golden/", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";
export const OLD = "schemes/huaibei-2019.kaohe";
export const NEW = "examples/diff/huaibei-2020.kaohe";
export const BATCH = "examples/huaibei-2019/batch";

let a: SchemeIR;
let b: SchemeIR;
let diff: SchemeDiff;
let rescored: RescoreResult;

beforeAll(async () => {
  process.chdir(root);
  a = compileFile(OLD).ir!;
  b = compileFile(NEW).ir!;
  diff = diffSchemes(a, b);
  const files = expandPaths([BATCH]);
  if ("problem" in files) throw new Error(files.problem);
  const subs = files.files.flatMap((f) => {
    const read = readSubmissionFile(f);
    if ("problems" in read) throw new Error(f);
    return read.submissions;
  });
  rescored = await rescore(a, b, subs);
});

function golden(name: string, rendered: () => string): void {
  it(`renders golden/${name}`, () => {
    const file = join(dir, name);
    const text = rendered();
    if (update) writeFileSync(file, text);
    expect(existsSync(file)).toBe(true);
    expect(text).toBe(readFileSync(file, "utf8"));
  });
}

describe("diff golden files: the example pair", () => {
  golden("huaibei.zh-CN.txt", () => renderText(diff, "zh-CN", { colour: false, rescore: rescored }));
  golden("huaibei.en.txt", () => renderText(diff, "en", { colour: false, rescore: rescored }));
  golden("huaibei.zh-CN.md", () => renderMarkdown(diff, "zh-CN", rescored));
  golden("huaibei.zh-CN.html", () => renderHtml(diff, a, b, "zh-CN", rescored));
  golden("huaibei.json", () => JSON.stringify({ ...diff, rescore: rescored }, null, 2) + "\n");

  it("colours the terminal text only when asked", () => {
    expect(renderText(diff, "zh-CN", { colour: false })).not.toContain("\x1b[");
    expect(renderText(diff, "zh-CN", { colour: true })).toContain("\x1b[32m+\x1b[0m");
  });

  it("reports each edit of the example once, in the illustrative edition's list", () => {
    const what = diff.changes.map((c) => `${c.kind}.${c.what}`);
    for (const kind of ["item.renamed", "item.moved", "rule.limit", "rule.bands", "veto.added", "item.removed", "section.points", "input.added-optional", "policy.ranking"])
      expect(what).toContain(kind);
    expect(what.filter((w) => w === "item.moved")).toHaveLength(1);
    expect(diff.matched.find((m) => m.old === "016")).toEqual({ old: "016", new: "016", by: "code" });
  });

  it("escapes scheme text in the HTML page and in Markdown, and links each change to both editions", () => {
    const hostile = JSON.parse(JSON.stringify(b)) as SchemeIR;
    hostile.nodes.find((n) => n.id === "003")!.title = '<script>alert("x")</script>';
    const html = renderHtml(diffSchemes(a, hostile), a, hostile, "zh-CN");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(renderMarkdown(diffSchemes(a, hostile), "zh-CN")).toContain("\\<script\\>alert\\(\"x\"\\)\\</script\\>");
    const page = renderHtml(diff, a, b, "zh-CN");
    for (const id of [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)) expect(page).toContain(`id="${id}"`);
    expect(page).toContain('href="#old-node_3a001"');
    expect(page).toContain('href="#new-node_3a001"');
  });
});
