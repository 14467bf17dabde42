// The form generator without a browser: the same scheme gives the same bytes; the page carries the
// scheme's scorer.js exactly as `kaohe build` writes it; the Content-Security-Policy admits only
// the page's own two inline blocks (by hash) and no request; scheme text cannot leave its element.
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileFile, compileSource } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { generateFormHtml } from "../../generators/form/index.js";
import { inlineScript } from "../../generators/form/inline.js";
import { generateScorerFiles } from "../../generators/scorer/index.js";

const seed = fileURLToPath(new URL("../../schemes/guangyuan-2023.kaohe", import.meta.url));
const irOf = (path: string): SchemeIR => compileFile(path).ir!;
const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
/** The content of the first element opened by `open` (its end tag named by the tag). */
const block = (html: string, open: string) => {
  const start = html.indexOf(open) + open.length;
  const tag = /^<(\w+)/.exec(open)![1]!;
  return html.slice(start, html.indexOf(`</${tag}>`, start));
};

describe("form.html", () => {
  it("is the same bytes for the same scheme", async () => {
    const ir = irOf(seed);
    expect(await generateFormHtml(ir)).toBe(await generateFormHtml(irOf(seed)));
  });

  it("carries scorer.js as kaohe build writes it, and starts the client with its exports", async () => {
    const ir = irOf(seed);
    const html = await generateFormHtml(ir);
    const scorer = (await generateScorerFiles(ir)).find((f) => f.path === "scorer.js")!.content;
    const script = block(html, '<script type="module">');
    expect(script.startsWith(inlineScript(scorer))).toBe(true);
    expect(script.trimEnd().endsWith("kaoheForm.start({ score, scoreAll, SubmissionError, scheme });")).toBe(true);
  });

  it("shows the unit's rating (评定) beside the total only when the scheme rates units", async () => {
    const rated = irOf(fileURLToPath(new URL("./fixtures/rating.kaohe", import.meta.url)));
    const html = await generateFormHtml(rated);
    expect(html).toContain('<output id="rating" data-fig="rating">—</output>');
    expect((html.match(/data-fig="rating"/g) ?? []).length).toBe(2); // the toolbar and the summary
    expect(await generateFormHtml(irOf(seed))).not.toContain('data-fig="rating"');
  });

  it("allows no request: default-src 'none', the script and the style admitted by their hashes", async () => {
    const html = await generateFormHtml(irOf(seed));
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#x27;/g, "'").replace(/&#x3D;/g, "=");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain(`script-src ${hash(block(html, '<script type="module">'))}`);
    expect(csp).toContain(`style-src ${hash(block(html, "<style>"))}`);
    expect(html).not.toMatch(/\b(src|href)=/); // nothing to load
  });

  it("escapes hostile scheme text: it cannot open or close an element, or break the script", async () => {
    const title = "坏<script>alert(1)</script>{{x}}</style>\u2028<!--";
    const source = `方案 "${title}" {\n  年度 2024\n}\n\n计分池 基准分 10分 {\n  指标 1 "</script><b>x</b>" 10分 {\n    输入 次数: 次数 "次数</style>"\n    每 次数 得 1分 最高 10分\n  }\n}\n`;
    const compiled = compileSource(source, "hostile.kaohe");
    expect(compiled.ir).not.toBeNull();
    const html = await generateFormHtml(compiled.ir!);
    expect(html.match(/<script\b/g)).toHaveLength(2); // the JSON block and the module script
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    // Outside the script (where only `</script` could end it), one style element.
    const markup = html.replace(block(html, '<script type="module">'), "");
    expect(markup.match(/<style>/g)).toHaveLength(1);
    expect(markup.match(/<\/style>/g)).toHaveLength(1);
    expect(markup).not.toContain("<b>x</b>");
    expect(html).toContain("<h1>坏&lt;script&gt;alert(1)&lt;/script&gt;{{x}}&lt;/style&gt;\u2028&lt;!--</h1>");
    expect(block(html, '<script type="module">')).not.toMatch(/[\u2028\u2029]/);
  });
});
