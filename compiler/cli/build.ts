// `kaohe build <scheme.kaohe> --out <folder>`: compiles the scheme and writes every generated file
// (generators/index.ts: the scorer, its types, the submission schemas, the form) into the folder, then
// lists them. A scheme with errors is refused with its diagnostics and nothing is written
// (exit 1); exit 2 when the command is called wrongly or a file cannot be read or written.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { schemeAndOut } from "./scheme-and-out.js";
import { schemeForCommand } from "./scheme-for-command.js";
import { type Lang, message } from "../messages/index.js";
import { generateAll } from "../../generators/index.js";

export async function runBuild(args: string[], lang: Lang): Promise<number> {
  const options = schemeAndOut("build", args, lang);
  if (options === 2) return 2;
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
