// The front of the pipeline in one call: bytes → text (language/source.ts) → AST
// (language/parse.ts) → checked IR (compiler/check/). Syntax errors stop before the checker, whose
// findings on a half-parsed file would only add noise.
import { readFileSync } from "node:fs";
import type { Diagnostic } from "../language/diagnostic.js";
import { parse } from "../language/parse.js";
import { decodeSource } from "../language/source.js";
import { check } from "./check/index.js";
import { sortDiagnostics } from "./diagnostics/sort.js";
import type { SchemeIR } from "./ir.js";

export interface CompileResult {
  /** null when any diagnostic is an error. */
  ir: SchemeIR | null;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
  /** The decoded source text (what spans point into). */
  text: string;
}

const hasError = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.severity === "error");

export function compileSource(text: string, file: string): CompileResult {
  const parsed = parse(text, file);
  if (hasError(parsed.diagnostics)) return { ir: null, diagnostics: sortDiagnostics(parsed.diagnostics), text };
  const checked = check(parsed.ast, text);
  return { ir: checked.ir, diagnostics: sortDiagnostics([...parsed.diagnostics, ...checked.diagnostics]), text };
}

/** Reads and compiles a file. A file that cannot be read throws (the CLI reports it). */
export function compileFile(path: string): CompileResult {
  const decoded = decodeSource(new Uint8Array(readFileSync(path)), path);
  if (hasError(decoded.diagnostics))
    return { ir: null, diagnostics: sortDiagnostics(decoded.diagnostics), text: decoded.text };
  const compiled = compileSource(decoded.text, path);
  return { ...compiled, diagnostics: sortDiagnostics([...decoded.diagnostics, ...compiled.diagnostics]) };
}
