// Diagnostics to words: rustc/Gleam-style text for people (the source line with the span
// underlined, counting CJK and full-width characters as two columns) and JSON for tools.
// This is the one place a diagnostic becomes a message; the words live in compiler/messages/.
import type { Span } from "../../language/ast.js";
import type { Diagnostic } from "../../language/diagnostic.js";
import { catalogue, type Lang, message } from "../messages/index.js";
import { displayWidth, TAB_WIDTH } from "./width.js";

type Args = Record<string, string | number>;

/** Arguments written `@key` (or `@key:value`) are themselves words: a kind, a kind of thing. */
function localiseArgs(args: Args, lang: Lang): Args {
  const out: Args = {};
  for (const [k, v] of Object.entries(args)) {
    const m = typeof v === "string" ? /^@([\w.-]+)(?::(.*))?$/s.exec(v) : null;
    out[k] = m && catalogue[m[1]!] ? message(m[1]!, { value: m[2] ?? "" }, lang) : v;
  }
  return out;
}

/** The words for a code (or one of its variants, `E301.rate-bare`) with its arguments. A
 *  diagnostic inside an item whose words do not name the item is prefixed with its title. */
export function messageFor(code: string, args: Args, lang: Lang): string {
  const variant = typeof args.variant === "string" ? `${code}.${args.variant}` : null;
  const key = variant && catalogue[variant] ? variant : code;
  const localised = localiseArgs(args, lang);
  const text = message(key, localised, lang);
  const namesItem = catalogue[key]![lang].includes("{item}");
  if (typeof args.item !== "string" || args.item === "" || namesItem) return text;
  return message("render.in-item", { item: args.item }, lang) + text;
}

function sourceLine(source: string, line: number): string {
  return (source.split("\n")[line - 1] ?? "").replace(/\r$/, "");
}

function expandTabs(text: string): string {
  return text.replace(/\t/g, " ".repeat(TAB_WIDTH));
}

/** A line wider than this many columns is shown around the span only, cut off with “…”. */
const LONG_LINE = 120;
/** Characters of the line kept on each side of the span when it is cut. */
const CONTEXT = 40;

/** The part of a long line around [from, to), with the span's place in that part. */
function window(line: string, from: number, to: number): { text: string; from: number; to: number } {
  if (displayWidth(line) <= LONG_LINE) return { text: line, from, to };
  const start = Math.max(0, from - CONTEXT);
  const end = Math.min(line.length, Math.min(to, from + CONTEXT) + CONTEXT);
  const head = start > 0 ? "…" : "";
  const text = head + line.slice(start, end) + (end < line.length ? "…" : "");
  return { text, from: head.length + from - start, to: head.length + Math.min(to, end) - start };
}

/** The location line and, when the source is known, the line with its underline. */
function snippet(span: Span, sources: Map<string, string>, marker: string, gutter: number): string[] {
  const pad = " ".repeat(gutter);
  const out = [`${pad}--> ${span.file}:${span.start.line}:${span.start.column}`];
  const source = sources.get(span.file);
  if (source === undefined) return out;
  const line = sourceLine(source, span.start.line);
  const start = Math.min(span.start.column - 1, line.length);
  const end = span.end.line === span.start.line ? Math.min(span.end.column - 1, line.length) : line.length;
  const { text, from, to } = window(line, start, Math.max(start, end));
  const before = displayWidth(text.slice(0, from));
  const width = Math.max(1, displayWidth(text.slice(from, to)));
  out.push(`${pad} |`);
  out.push(`${String(span.start.line).padStart(gutter)} | ${expandTabs(text)}`.trimEnd());
  out.push(`${pad} | ${" ".repeat(before)}${marker.repeat(width)}`);
  return out;
}

function quoteList(names: string[], lang: Lang): string {
  return names.map((n) => `“${n}”`).join(lang === "en" ? ", " : "、");
}

function renderOne(d: Diagnostic, sources: Map<string, string>, lang: Lang): string {
  const lines = [d.span, ...d.related.map((r) => r.span)].map((s) => s.start.line);
  const gutter = Math.max(...lines.map((l) => String(l).length));
  const pad = " ".repeat(gutter);
  const label = message(d.severity === "error" ? "render.error" : "render.warning", {}, lang);
  const out = [`${label}[${d.code}]: ${messageFor(d.code, d.args, lang)}`, ...snippet(d.span, sources, "^", gutter)];
  if (d.suggestions.length > 0)
    out.push(`${pad} = ${message("render.help", { names: quoteList(d.suggestions, lang) }, lang)}`);
  for (const r of d.related) {
    out.push(`${message("render.note", {}, lang)}: ${messageFor(r.code, r.args, lang)}`);
    out.push(...snippet(r.span, sources, "-", gutter));
  }
  return out.join("\n");
}

function summary(diags: Diagnostic[], lang: Lang): string {
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.length - errors;
  if (diags.length === 0) return message("render.summary.clean", {}, lang);
  const count = (n: number, what: "errors" | "warnings"): string =>
    message(`render.count.${what}${n === 1 ? ".one" : ""}`, { n }, lang);
  return message("render.summary", { errors: count(errors, "errors"), warnings: count(warnings, "warnings") }, lang);
}

/** Every diagnostic with its source line and underline, then a line counting them. */
export function renderDiagnostics(diags: Diagnostic[], sources: Map<string, string>, lang: Lang): string {
  return [...diags.map((d) => renderOne(d, sources, lang)), summary(diags, lang)].join("\n\n") + "\n";
}

export interface JsonDiagnostic {
  code: string;
  severity: Diagnostic["severity"];
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  args: Args;
  suggestions: string[];
  related: Array<{ message: string; file: string; line: number; column: number; endLine: number; endColumn: number }>;
}

function place(span: Span): Pick<JsonDiagnostic, "file" | "line" | "column" | "endLine" | "endColumn"> {
  return {
    file: span.file,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
}

/** The diagnostics as plain objects for tools (editors, CI), worded in `lang`. */
export function diagnosticsToJson(diags: Diagnostic[], lang: Lang): JsonDiagnostic[] {
  return diags.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: messageFor(d.code, d.args, lang),
    ...place(d.span),
    args: d.args,
    suggestions: d.suggestions,
    related: d.related.map((r) => ({ message: messageFor(r.code, r.args, lang), ...place(r.span) })),
  }));
}
