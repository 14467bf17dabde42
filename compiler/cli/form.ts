// `kaohe form <scheme.kaohe> --out <file.html>`: compiles the scheme and writes its form alone
// (generators/form: one self-contained page a unit fills in offline). A scheme with errors is
// refused with its diagnostics and nothing is written (exit 1); exit 2 when the command is called
// wrongly or the file cannot be read or written.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { schemeForCommand } from "./scheme-for-command.js";
import { type Lang, message } from "../messages/index.js";
import { generateFormFiles } from "../../generators/form/index.js";

function parseArgs(args: string[]): { scheme: string; out: string } | { problem: string; option?: string } {
  const positional: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--out" && args[i + 1] !== undefined) out = args[++i];
    else if (a.startsWith("--out=")) out = a.slice("--out=".length);
    else if (a.startsWith("-")) return { problem: "form.unknown-option", option: a };
    else positional.push(a);
  }
  const [scheme, ...extra] = positional;
  if (scheme === undefined || !out || extra.length > 0) return { problem: "form.usage" };
  return { scheme, out };
}

export async function runForm(args: string[], lang: Lang): Promise<number> {
  const options = parseArgs(args);
  if ("problem" in options) {
    const usage = message("form.usage", {}, lang);
    const lines = options.problem === "form.usage" ? [usage] : [message(options.problem, { option: options.option ?? "" }, lang), usage];
    process.stderr.write(lines.join("\n") + "\n");
    return 2;
  }
  const ir = schemeForCommand(
    options.scheme,
    { cannotRead: "form.cannot-read", hasErrors: "form.scheme-has-errors" },
    lang,
    { showWarnings: true },
  );
  if (typeof ir === "number") return ir;
  const [file] = await generateFormFiles(ir);
  try {
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, file!.content);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(message("form.cannot-write", { path: options.out, detail }, lang) + "\n");
    return 2;
  }
  const size = Buffer.byteLength(file!.content);
  process.stdout.write(message("form.wrote", { title: ir.meta.title, path: options.out, size }, lang) + "\n");
  return 0;
}
