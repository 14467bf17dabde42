// `parse(text, file)`: source text to AST and diagnostics. Never throws: a failure inside kaohe
// becomes a diagnostic (E100) too.
import type { SchemeFile } from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import { lexer, STRAY } from "./lexer.js";
import { parser } from "./parser.js";
import { isBlankSource } from "./source.js";
import { pointSpan, positionAt, tokenSpan } from "./span.js";
import {
  nestingDiagnostic,
  parseErrorDiagnostics,
  repeatedDiagnostics,
  strayCharDiagnostics,
  unclosedStringDiagnostics,
} from "./syntax-errors.js";
import { toAst } from "./to-ast.js";

/** At most this many diagnostics are listed; one E109 says how many more there were. */
export const MAX_DIAGNOSTICS = 50;

export function parse(text: string, file: string): { ast: SchemeFile; diagnostics: Diagnostic[] } {
  try {
    const { ast, diagnostics } = parseText(text, file);
    return { ast, diagnostics: ordered(diagnostics) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ast: emptyScheme(text, file), diagnostics: [problem("E100", fileStart(file), { detail })] };
  }
}

function parseText(text: string, file: string): { ast: SchemeFile; diagnostics: Diagnostic[] } {
  if (isBlankSource(text)) {
    return { ast: emptyScheme(text, file), diagnostics: [problem("E102", fileStart(file), {})] };
  }
  const lexed = lexer.tokenize(text);
  const tokens = lexed.tokens;
  const diagnostics = [
    ...strayCharDiagnostics(lexed.groups[STRAY] ?? [], file),
    ...unclosedStringDiagnostics(tokens, file),
  ];
  const tooDeep = nestingDiagnostic(tokens, file);
  if (tooDeep) return { ast: emptyScheme(text, file), diagnostics: [...diagnostics, tooDeep] };

  parser.input = tokens;
  const cst = parser.scheme();
  const fileEnd = positionAt(text, text.length);
  const { ast, repeated } = toAst(cst, file, fileEnd);
  diagnostics.push(
    ...parseErrorDiagnostics(parser.errors, tokens, file, fileEnd),
    ...repeatedDiagnostics(repeated, file),
  );
  if (!ast.header) {
    const first = tokens[0];
    diagnostics.push(problem("E110", first ? tokenSpan(file, first) : fileStart(file), {}));
  }
  parser.input = [];
  return { ast, diagnostics };
}

/** Sorted by position, one per place and code, at most MAX_DIAGNOSTICS and then E109. */
function ordered(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics
    .sort((a, b) => a.span.start.offset - b.span.start.offset || a.code.localeCompare(b.code))
    .filter((d) => {
      const key = `${d.code}@${d.span.start.offset}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (unique.length <= MAX_DIAGNOSTICS) return unique;
  const rest = unique.length - MAX_DIAGNOSTICS;
  return [
    ...unique.slice(0, MAX_DIAGNOSTICS),
    problem("E109", unique[MAX_DIAGNOSTICS]!.span, { count: rest }),
  ];
}

function problem(code: string, span: Diagnostic["span"], args: Diagnostic["args"]): Diagnostic {
  return { code, severity: "error", span, args, related: [], suggestions: [] };
}
function fileStart(file: string) {
  return pointSpan(file, { offset: 0, line: 1, column: 1 });
}
function emptyScheme(text: string, file: string): SchemeFile {
  return {
    kind: "scheme",
    file,
    header: null,
    declarations: [],
    span: { file, start: { offset: 0, line: 1, column: 1 }, end: positionAt(text, text.length) },
  };
}
