// `kaohe check <files…> [--ir] [--format text|json]`: compiles each scheme and reports every
// diagnostic. Exit 0 when no file has an error (warnings allowed), 1 on any error, 2 when the
// command is called wrongly or a file cannot be read. With --ir the IR of a clean scheme goes to
// stdout as JSON (and text diagnostics to stderr, so that stdout stays JSON).
import { type CompileResult, compileFile } from "../compile.js";
import { diagnosticsToJson, renderDiagnostics } from "../diagnostics/render.js";
import { catalogue, type Lang, message } from "../messages/index.js";

interface Options {
  files: string[];
  ir: boolean;
  format: "text" | "json";
}

function parseArgs(args: string[]): Options | { problem: string; args: Record<string, string> } {
  const options: Options = { files: [], ir: false, format: "text" };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const format = a === "--format" ? args[++i] : a.startsWith("--format=") ? a.slice("--format=".length) : undefined;
    if (a === "--ir") options.ir = true;
    else if (format === "text" || format === "json") options.format = format;
    else if (a.startsWith("-"))
      return { problem: "check.unknown-option", args: { option: format === undefined ? a : `${a} ${format}` } };
    else options.files.push(a);
  }
  if (options.files.length === 0) return { problem: "check.usage", args: {} };
  if (options.ir && options.files.length > 1) return { problem: "check.ir-one-file", args: {} };
  return options;
}

function readFailure(file: string, err: unknown, lang: Lang): string {
  const code = (err as { code?: string }).code ?? "";
  const reason = catalogue[`check.reason.${code}`]
    ? message(`check.reason.${code}`, {}, lang)
    : err instanceof Error
      ? err.message
      : String(err);
  return message("check.cannot-read", { file, reason }, lang);
}

export async function runCheck(args: string[], lang: Lang): Promise<number> {
  const options = parseArgs(args);
  if ("problem" in options) {
    const usage = message("check.usage", {}, lang);
    const text =
      options.problem === "check.usage" ? usage : `${message(options.problem, options.args, lang)}\n${usage}`;
    process.stderr.write(text + "\n");
    return 2;
  }
  const results: CompileResult[] = [];
  for (const file of options.files) {
    try {
      results.push(compileFile(file));
    } catch (err) {
      process.stderr.write(readFailure(file, err, lang) + "\n");
      return 2;
    }
  }
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const ir = options.ir ? (results[0]?.ir ?? null) : null;
  if (options.format === "json") {
    const report = {
      diagnostics: diagnosticsToJson(diagnostics, lang),
      errors,
      warnings: diagnostics.length - errors,
      ...(options.ir ? { ir } : {}),
    };
    process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  } else {
    const sources = new Map(options.files.map((f, i) => [f, results[i]!.text]));
    const text = renderDiagnostics(diagnostics, sources, lang);
    (options.ir ? process.stderr : process.stdout).write(text);
    if (ir) process.stdout.write(JSON.stringify(ir, null, 2) + "\n");
  }
  return errors > 0 ? 1 : 0;
}
