// Diagnostics in reading order: by file, then position, then code.
import type { Diagnostic } from "../../language/diagnostic.js";

function compare(a: Diagnostic, b: Diagnostic): number {
  if (a.span.file !== b.span.file) return a.span.file < b.span.file ? -1 : 1;
  const byStart = a.span.start.offset - b.span.start.offset;
  if (byStart !== 0) return byStart;
  const byEnd = a.span.end.offset - b.span.end.offset;
  if (byEnd !== 0) return byEnd;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compare);
}
