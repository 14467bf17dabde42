// `kaohe build <scheme.kaohe> --out <folder>`: compiles the scheme and writes every generated file
// (generators/index.ts: the scorer, its types, the submission schemas) into the folder, then
// lists them. A scheme with errors is refused with its diagnostics and nothing is written
// (exit 1); exit 2 when the command is called wrongly or a file cannot be read or written.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { schemeForCommand } from "./scheme-for-command.js";
import { type Lang, message } from "../messages/index.js";
import { generateAll } from "../../generators/index.js";

function parseArgs(
  args: string[],
): { scheme: string; out: string } | { problem: string; args: Record<string, string> } {
  const positional: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--out" && args[i + 1] !== undefined) out = args[++i];
    else if (a.startsWith("--out=")) out = a.slice("--out=".length);
    else if (a.startsWith("-")) return { problem: "build.unknown-option", args: { option: a } };
    else positional.push(a);
  }
  const [scheme, ...extra] = positional;
  if (scheme === undefined || out === undefined || out === "" || extra.length > 0)
    return { problem: "build.usage", args: {} };
  return { scheme, out };
}

export async function runBuild(args: string[], lang: Lang): Promise<number> {
  const options = parseArgs(args);
  if ("problem" in options) {
    const usage = message("build.usage", {}, lang);
    process.stderr.write(
      (options.problem === "build.usage" ? usage : `${message(options.problem, options.args, lang)}\n${usage}`) + "\n",
    );
    return 2;
  }
  const ir = schemeForCommand(
    options.scheme,
    { cannotRead: "build.cannot-read", hasErrors: "build.scheme-has-errors" },
    lang,
    { showWarnings: true }, // warnings are shown and do not stop the build; errors do
  );
  if (typeof ir === "number") return ir;
  const files = await generateAll(ir);
  const written: string[] = [];
  for (const file of files) {
    const path = join(options.out, file.path);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      process.stderr.write(message("build.cannot-write", { path, detail }, lang) + "\n");
      return 2;
    }
    written.push(message("build.file", { path, size: Buffer.byteLength(file.content) }, lang));
  }
  const head = message("build.wrote", { title: ir.meta.title, count: files.length, dir: options.out }, lang);
  process.stdout.write([head, ...written].join("\n") + "\n");
  return 0;
}
