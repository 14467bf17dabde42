// `kaohe form <scheme.kaohe> --out <file.html>`: compiles the scheme and writes its form alone
// (generators/form: one self-contained page a unit fills in offline). A scheme with errors is
// refused with its diagnostics and nothing is written (exit 1); exit 2 when the command is called
// wrongly or the file cannot be read or written.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { schemeAndOut } from "./scheme-and-out.js";
import { schemeForCommand } from "./scheme-for-command.js";
import { type Lang, message } from "../messages/index.js";
import { generateFormFiles } from "../../generators/form/index.js";

export async function runForm(args: string[], lang: Lang): Promise<number> {
  const options = schemeAndOut("form", args, lang);
  if (options === 2) return 2;
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
