// `kaohe form` and `kaohe build` → form.html: one self-contained page a unit fills in offline. The
// table comes from the IR (view.ts) through the Handlebars templates in templates/; the page's
// script is the scheme's scorer.js exactly as `kaohe build` writes it (generators/scorer), followed
// by the client (client/, bundled at build time, client-source.ts) that scores on every keystroke
// with it. CSS and JS are inline; a Content-Security-Policy allows no request at all, and admits
// the two inline blocks by their SHA-256 hashes. Same scheme, same bytes.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import Handlebars from "handlebars";
import type { SchemeIR } from "../../compiler/ir.js";
import { catalogue, message } from "../../compiler/messages/index.js";
import type { GeneratedFile } from "../index.js";
import { keptModule, packageVersion } from "../kept.js";
import { generateScorerFiles } from "../scorer/index.js";
import { header } from "../scorer/emit/module.js";
import { clientSource } from "./client-source.js";
import { pageView } from "./view.js";
import { inlineScript, jsonScript } from "./inline.js";

const TEMPLATES = ["page", "row", "field", "grade"] as const;

let compiled: Promise<HandlebarsTemplateDelegate> | null = null;

function text(file: string): Promise<string> {
  return readFile(new URL(file, import.meta.url), "utf8");
}

/** As the templates are compiled. */
const COMPILE_OPTIONS = { strict: false, noEscape: false } as const;

/**
 * The templates compiled, as Handlebars' precompiled specs in one module (`export default { page:
 * …, row: … }`), kept between runs (generators/kept.ts) under a hash of their sources, the options
 * and Handlebars' version: compiling them was some 100 ms of CPU of every build.
 */
async function compiledTemplates(): Promise<Record<(typeof TEMPLATES)[number], TemplateSpecification>> {
  const sources = await Promise.all(TEMPLATES.map((t) => text(`templates/${t}.hbs`)));
  const inputs = [await packageVersion("handlebars"), COMPILE_OPTIONS, TEMPLATES, sources];
  return keptModule("form-templates", inputs, async () => {
    const specs = TEMPLATES.map((t, k) => `${JSON.stringify(t)}: ${Handlebars.precompile(sources[k]!, COMPILE_OPTIONS)}`);
    return `export default {\n${specs.join(",\n")}\n};\n`;
  });
}

/** The page template with its partials and helpers, in an environment of its own. */
async function template(): Promise<HandlebarsTemplateDelegate> {
  const hb = Handlebars.create();
  const specs = await compiledTemplates();
  TEMPLATES.slice(1).forEach((name) => hb.registerPartial(name, hb.template(specs[name])));
  const esc = Handlebars.Utils.escapeExpression;
  // {{word "code"}}: the zh-CN words, as plain (escaped) text — for attributes.
  hb.registerHelper("word", (code: string, options: Handlebars.HelperOptions) =>
    message(code, options.hash ?? {}, "zh-CN"),
  );
  // {{m "code" arg=…}}: the words in a span the page switches to English and back.
  hb.registerHelper("m", (code: string, options: Handlebars.HelperOptions) => {
    const args = options.hash ?? {};
    const data = Object.keys(args).length > 0 ? ` data-args="${esc(JSON.stringify(args))}"` : "";
    return new Handlebars.SafeString(`<span data-m="${esc(code)}"${data}>${esc(message(code, args, "zh-CN"))}</span>`);
  });
  // {{w words}}: words given in both languages (the schema's words for what is allowed).
  hb.registerHelper("w", (words: Record<string, string>) =>
    new Handlebars.SafeString(`<span data-en="${esc(words.en ?? "")}">${esc(words["zh-CN"] ?? "")}</span>`),
  );
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hb.registerHelper("gt", (a: number, b: number) => a > b);
  return hb.template(specs.page);
}

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

/** The words the page's script needs, in both languages. */
function pageWords(): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(catalogue).filter(([code]) => code.startsWith("form.page.")));
}

/** What the client reads from the page's JSON block. */
function clientData(ir: SchemeIR): unknown {
  return {
    draftKey: `kaohe-form:${ir.meta.title}:${ir.meta.version ?? ""}`,
    title: ir.meta.title,
    forms: ir.forms.map((f) => f.id),
    kinds: ir.unitKinds.map((k) => k.id),
    units: ir.units.map((u) => ({ name: u.name, kind: u.kind })),
    hasNa: ir.nodes.some((n) => n.kind === "item" && n.allowNa),
    hasFacts: ir.facts.length > 0,
    titles: Object.fromEntries(ir.nodes.map((n) => [n.id, n.meta.code ? `${n.meta.code} ${n.title}` : n.title])),
    words: pageWords(),
  };
}

/** form.html; `scorerJs` is the scheme's scorer.js when the caller has generated it already. */
export async function generateFormHtml(ir: SchemeIR, scorerJs?: string): Promise<string> {
  compiled ??= template();
  const scorer = scorerJs ?? (await generateScorerFiles(ir)).find((f) => f.path === "scorer.js")!.content;
  const [render, client, css] = await Promise.all([compiled, clientSource(), text("style.css")]);
  // The scorer's exports are names of its own module scope; the client starts with them.
  const script = inlineScript(
    `${scorer}\n${client}\nkaoheForm.start({ score, scoreAll, SubmissionError, scheme });\n`,
  );
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(css)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return render({
    view: pageView(ir),
    header: header(ir, "填报表 form.html").replace(/^\/\/ /gm, "").replace(/\n/g, " · "),
    css,
    csp,
    data: jsonScript(clientData(ir)),
    script,
  });
}

export async function generateFormFiles(ir: SchemeIR, scorerJs?: string): Promise<GeneratedFile[]> {
  return [{ path: "form.html", content: await generateFormHtml(ir, scorerJs) }];
}
