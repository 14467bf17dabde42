// `kaohe validate <scheme.kaohe> <submission files or folders…> [--format text|json]`: checks
// submissions against a scheme with the validator the scorer carries, and lists every problem in
// every file: the file, the unit, the item by code and title, the field, and what is allowed.
// A file holds one submission (an object) or a batch (an array); all files together are one batch,
// so a unit submitted twice, in one file or in two, is a problem. Folders are searched for .json
// files. Exit 0 when everything is valid, 1 on any problem (or a scheme with errors), 2 when called
// wrongly.
import { schemeForCommand } from "./scheme-for-command.js";
import { type Lang, message } from "../messages/index.js";
import { loadValidator } from "../../generators/schema/load.js";
import { words } from "../../generators/schema/inputs.js";
import type { SubmissionProblem } from "../../generators/scorer/result.js";
import { expandPaths, readSubmissionFile } from "./submission-files.js";

interface Options {
  scheme: string;
  paths: string[];
  format: "text" | "json";
}

interface FileReport {
  file: string;
  submissions: number;
  problems: SubmissionProblem[];
}

function parseArgs(args: string[]): Options | { problem: string; args: Record<string, string> } {
  const positional: string[] = [];
  let format: Options["format"] = "text";
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = a === "--format" ? args[++i] : a.startsWith("--format=") ? a.slice("--format=".length) : undefined;
    if (value === "text" || value === "json") format = value;
    else if (a.startsWith("-")) return { problem: "validate.unknown-option", args: { option: value === undefined ? a : `${a} ${value}` } };
    else positional.push(a);
  }
  const [scheme, ...paths] = positional;
  if (scheme === undefined || paths.length === 0) return { problem: "validate.usage", args: {} };
  return { scheme, paths, format };
}

function unitName(value: unknown): string | null {
  const unit = (value as { unit?: { name?: unknown } } | null)?.unit;
  return typeof unit?.name === "string" ? unit.name : null;
}

function describeFailure(problem: string, args: Record<string, string>, lang: Lang): string {
  const usage = message("validate.usage", {}, lang);
  return problem === "validate.usage" ? usage : `${message(problem, args, lang)}\n${usage}`;
}

function problemLine(report: FileReport, p: SubmissionProblem, lang: Lang): string {
  // Problems reading the file (S100–S109) name the file and the line themselves.
  if (/^S10\d$/.test(p.code)) return message("validate.read-problem", { code: p.code, message: p.message[lang] }, lang);
  return message(
    "validate.problem",
    {
      code: p.code,
      file: report.file,
      unit: p.unit === null ? "" : message("validate.unit", { unit: p.unit }, lang),
      path: p.path === "" ? "" : ` ${p.path}`,
      message: p.message[lang],
    },
    lang,
  );
}

export async function runValidate(args: string[], lang: Lang): Promise<number> {
  const options = parseArgs(args);
  if ("problem" in options) {
    process.stderr.write(describeFailure(options.problem, options.args, lang) + "\n");
    return 2;
  }
  const expanded = expandPaths(options.paths);
  if ("problem" in expanded) {
    process.stderr.write(describeFailure(expanded.problem, expanded.args, lang) + "\n");
    return 2;
  }
  const ir = schemeForCommand(
    options.scheme,
    { cannotRead: "validate.cannot-read-scheme", hasErrors: "validate.scheme-has-errors" },
    lang,
    { showWarnings: false },
  );
  if (typeof ir === "number") return ir;
  const validator = await loadValidator(ir);
  // Where each unit was first seen, to find a unit submitted in two files.
  const firstSeen = new Map<string, { file: string; where: ReturnType<typeof words> }>();
  const reports: FileReport[] = [];
  for (const file of expanded.files) {
    const read = readSubmissionFile(file);
    if ("problems" in read) {
      reports.push({ file, submissions: 0, problems: read.problems });
      continue;
    }
    const { batch, submissions: entries } = read;
    const problems = batch ? validator.validateBatch(entries) : validator.validateSubmission(entries[0]);
    entries.forEach((entry, i) => {
      const unit = unitName(entry);
      if (unit === null) return;
      const where = batch ? words("validate.entry", { file, n: i + 1 }) : { "zh-CN": file, en: file };
      const first = firstSeen.get(unit);
      if (!first) firstSeen.set(unit, { file, where });
      else if (first.file !== file) {
        problems.push({
          code: "S124",
          path: `${batch ? `/${i}` : ""}/unit/name`,
          unit,
          item: null,
          input: null,
          message: words("S124", { unit, first: first.where, second: where }),
        });
      }
    });
    reports.push({ file, submissions: entries.length, problems });
  }
  const total = reports.reduce((n, r) => n + r.problems.length, 0);
  if (options.format === "json") {
    process.stdout.write(JSON.stringify({ files: reports, problems: total }, null, 2) + "\n");
  } else {
    const lines = reports.flatMap((r) =>
      r.problems.length === 0
        ? [message("validate.file-ok", { file: r.file, count: r.submissions }, lang)]
        : r.problems.map((p) => problemLine(r, p, lang)),
    );
    const bad = reports.filter((r) => r.problems.length > 0).length;
    lines.push(
      bad === 0
        ? message("validate.summary-ok", { files: reports.length }, lang)
        : message("validate.summary-problems", { files: reports.length, bad, problems: total }, lang),
    );
    process.stdout.write(lines.join("\n") + "\n");
  }
  return total > 0 ? 1 : 0;
}
