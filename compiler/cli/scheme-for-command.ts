// The scheme a command (build, score, validate) works from: compiled, its diagnostics shown on
// stderr, or the exit code when the command cannot go on (2: the file cannot be read; 1: the
// scheme has errors). Each command words the refusal in its own terms.
import { compileFile } from "../compile.js";
import type { SchemeIR } from "../ir.js";
import { renderDiagnostics } from "../diagnostics/render.js";
import { type Lang, message } from "../messages/index.js";

export interface SchemeRefusals {
  /** Message code for a file that cannot be read (args: file, detail). */
  cannotRead: string;
  /** Message code for a scheme with errors (args: file). */
  hasErrors: string;
}

export function schemeForCommand(
  file: string,
  refusals: SchemeRefusals,
  lang: Lang,
  options: { showWarnings: boolean },
): SchemeIR | number {
  let compiled: ReturnType<typeof compileFile>;
  try {
    compiled = compileFile(file);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(message(refusals.cannotRead, { file, detail }, lang) + "\n");
    return 2;
  }
  if (compiled.diagnostics.length > 0 && (options.showWarnings || !compiled.ir)) {
    process.stderr.write(renderDiagnostics(compiled.diagnostics, new Map([[file, compiled.text]]), lang));
  }
  if (!compiled.ir) {
    process.stderr.write(message(refusals.hasErrors, { file }, lang) + "\n");
    return 1;
  }
  return compiled.ir;
}
