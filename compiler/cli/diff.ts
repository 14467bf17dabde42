// `kaohe diff <old.kaohe> <new.kaohe> [--format text|markdown|html|json] [--rescore <submissions…>]`:
// what changed between two editions of a scheme, from their IRs (generators/diff), and with
// --rescore what it does to each unit's score. Exit 0 when nothing changed, 1 when something did,
// 2 on an error (like diff(1)): called wrongly, a file that cannot be read, an edition with errors
// (its diagnostics are shown and nothing is compared), or a submission file that cannot be read.
import type { SchemeIR } from "../ir.js";
import { type Lang, message } from "../messages/index.js";
import { diffSchemes } from "../../generators/diff/index.js";
import { rescore, type RescoreResult } from "../../generators/diff/rescore.js";
import { renderHtml } from "../../generators/diff/render/html.js";
import { renderMarkdown } from "../../generators/diff/render/markdown.js";
import { renderText } from "../../generators/diff/render/text.js";
import { schemeForCommand } from "./scheme-for-command.js";
import { expandPaths, readSubmissionFile } from "./submission-files.js";

type Format = "text" | "markdown" | "html" | "json";
const FORMATS: readonly string[] = ["text", "markdown", "html", "json"];

interface Options {
  old: string;
  new: string;
  format: Format;
  rescore: string[] | null;
}

function parseArgs(args: string[]): Options | { problem: string; args: Record<string, string> } {
  const positional: string[] = [];
  let format: Format = "text";
  let rescorePaths: string[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = a === "--format" ? args[++i] : a.startsWith("--format=") ? a.slice("--format=".length) : undefined;
    if (value !== undefined) {
      if (!FORMATS.includes(value)) return { problem: "diff.unknown-option", args: { option: `--format ${value}` } };
      format = value as Format;
    } else if (a === "--rescore") rescorePaths = [];
    else if (a.startsWith("-")) return { problem: "diff.unknown-option", args: { option: a } };
    else if (rescorePaths !== null && positional.length >= 2) rescorePaths.push(a);
    else positional.push(a);
  }
  if (positional.length !== 2 || (rescorePaths !== null && rescorePaths.length === 0)) return { problem: "diff.usage", args: {} };
  return { old: positional[0]!, new: positional[1]!, format, rescore: rescorePaths };
}

function fail(text: string): number {
  process.stderr.write(text + "\n");
  return 2;
}

async function readSubmissions(paths: string[], lang: Lang): Promise<unknown[] | number> {
  const expanded = expandPaths(paths);
  if ("problem" in expanded) return fail(message(expanded.problem, expanded.args, lang));
  const subs: unknown[] = [];
  for (const file of expanded.files) {
    const read = readSubmissionFile(file);
    if ("problems" in read) return fail(read.problems.map((p) => `[${p.code}] ${p.message[lang]}`).join("\n"));
    subs.push(...read.submissions);
  }
  return subs;
}

export async function runDiff(args: string[], lang: Lang): Promise<number> {
  const options = parseArgs(args);
  if ("problem" in options) {
    const usage = message("diff.usage", {}, lang);
    return fail(options.problem === "diff.usage" ? usage : `${message(options.problem, options.args, lang)}\n${usage}`);
  }
  const refusals = { cannotRead: "diff.cannot-read", hasErrors: "diff.scheme-has-errors" };
  const editions: SchemeIR[] = [];
  for (const file of [options.old, options.new]) {
    const ir = schemeForCommand(file, refusals, lang, { showWarnings: false });
    // An edition with errors, or one that cannot be read: its diagnostics are shown, no diff.
    if (typeof ir === "number") return 2;
    editions.push(ir);
  }
  const [a, b] = editions as [SchemeIR, SchemeIR];
  const diff = diffSchemes(a, b);
  let rescored: RescoreResult | undefined;
  if (options.rescore !== null) {
    const subs = await readSubmissions(options.rescore, lang);
    if (typeof subs === "number") return subs;
    rescored = await rescore(a, b, subs);
  }
  const out =
    options.format === "json"
      ? JSON.stringify(rescored ? { ...diff, rescore: rescored } : diff, null, 2) + "\n"
      : options.format === "markdown"
        ? renderMarkdown(diff, lang, rescored)
        : options.format === "html"
          ? renderHtml(diff, a, b, lang, rescored)
          : renderText(diff, lang, { colour: process.stdout.isTTY === true, rescore: rescored });
  process.stdout.write(out);
  return diff.changes.length === 0 ? 0 : 1;
}
