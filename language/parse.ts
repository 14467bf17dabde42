// `parse(text, file)`: source text to AST and diagnostics. Never throws: a failure inside kaohe
// becomes a diagnostic (E100) too.
import type { CstNode, IToken } from "chevrotain";
import type { SchemeFile, Span } from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import { lexer, STRAY } from "./lexer.js";
import { parser, problemCount, TooManyProblems } from "./parser.js";
import { atLeastWords } from "../compiler/messages/syntax.js";
import { isBlankSource } from "./source.js";
import { LineIndex, pointSpan, tokenSpan } from "./span.js";
import {
  nestingDiagnostic,
  parseErrorDiagnostics,
  repeatedDiagnostics,
  strayCharDiagnostics,
  strayTokenDiagnostics,
  unclosedStringDiagnostics,
  worded,
  type Found,
} from "./syntax-errors.js";
import { toAst } from "./to-ast.js";

/** At most this many diagnostics are listed; one E109 says how many more there were. */
export const MAX_DIAGNOSTICS = 50;

export function parse(text: string, file: string): { ast: SchemeFile; diagnostics: Diagnostic[] } {
  // Chevrotain reports parse errors as exceptions, thousands of them in a garbled file: without
  // stack traces they cost little.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const { ast, found, stopped } = parseText(text, file);
    return { ast, diagnostics: shown(found, stopped) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ast: emptyScheme(text, file), diagnostics: [problem("E100", fileStart(file), { detail })] };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    parser.input = [];
    parser.strays = [];
  }
}

/** The AST and the problems found; `stopped` when parsing gave up on a file too garbled to read. */
function parseText(text: string, file: string): { ast: SchemeFile; found: Found[]; stopped: boolean } {
  if (isBlankSource(text)) {
    const found = [{ diagnostic: problem("E102", fileStart(file), {}) }];
    return { ast: emptyScheme(text, file), found, stopped: false };
  }
  const lexed = lexer.tokenize(text);
  const tokens = lexed.tokens;
  const lexical = strayCharDiagnostics(lexed.groups[STRAY] ?? [], file).concat(
    unclosedStringDiagnostics(tokens, file),
  );
  const tooDeep = nestingDiagnostic(tokens, file);
  if (tooDeep) return { ast: emptyScheme(text, file), found: [...lexical, tooDeep], stopped: false };

  parser.strays = [];
  parser.input = tokens;
  problemCount.value = 0;
  const lines = new LineIndex(text);
  const fileEnd = lines.at(text.length);
  let cst: CstNode;
  try {
    cst = parser.scheme();
  } catch (err) {
    if (!(err instanceof TooManyProblems)) throw err;
    const found = lexical.concat(
      parseErrorDiagnostics(parser.errors, tokens, file, fileEnd),
      strayTokenDiagnostics(parser.strays, tokens, file),
    );
    return { ast: emptyScheme(text, file), found: withoutEchoes(found, tokens), stopped: true };
  }
  const { ast, repeated } = toAst(cst, file, lines, fileEnd);
  const found = lexical.concat(
    parseErrorDiagnostics(parser.errors, tokens, file, fileEnd),
    strayTokenDiagnostics(parser.strays, tokens, file),
    repeatedDiagnostics(repeated, file),
  );
  if (!ast.header) {
    const first = tokens[0];
    found.push({ diagnostic: problem("E110", first ? tokenSpan(file, first) : fileStart(file), {}) });
  }
  return { ast, found: withoutEchoes(found, tokens), stopped: false };
}

/**
 * Problems whose cause is another problem just before them: the parser stumbling on the token
 * right after a bad character (E103, E107), an unclosed text (E104) or a glued keyword (E108).
 */
const CAUSES = new Set(["E103", "E104", "E107", "E108"]);

/** Without the E105 reported on the token right after a problem that already explains it. */
function withoutEchoes(found: Found[], tokens: IToken[]): Found[] {
  const echoes = new Set<number>();
  for (const { diagnostic } of found) {
    if (!CAUSES.has(diagnostic.code)) continue;
    const next = firstTokenFrom(tokens, diagnostic.span.end.offset);
    if (next) echoes.add(next.startOffset);
  }
  return found.filter(({ diagnostic: d }) => d.code !== "E105" || !echoes.has(d.span.start.offset));
}

/** The first token that starts at or after `offset` (tokens are in order). */
function firstTokenFrom(tokens: IToken[], offset: number): IToken | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo];
}

/**
 * Sorted by position, one per place and code, at most MAX_DIAGNOSTICS and then E109 (saying "at
 * least" when parsing stopped early); worded.
 */
function shown(found: Found[], stopped: boolean): Diagnostic[] {
  const seen = new Set<string>();
  const unique = found
    .sort(
      (a, b) =>
        a.diagnostic.span.start.offset - b.diagnostic.span.start.offset ||
        a.diagnostic.code.localeCompare(b.diagnostic.code),
    )
    .filter(({ diagnostic: d }) => {
      const key = `${d.code}@${d.span.start.offset}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const listed = unique.slice(0, MAX_DIAGNOSTICS).map(worded);
  const first = unique[MAX_DIAGNOSTICS];
  if (!first) return listed;
  const more = { count: unique.length - MAX_DIAGNOSTICS, ...atLeast(stopped) };
  return [...listed, problem("E109", first.diagnostic.span, more)];
}

/** E109's words for a count that is exact, or only a lower bound. */
function atLeast(stopped: boolean): Diagnostic["args"] {
  const entry = stopped ? atLeastWords.some : atLeastWords.exact;
  return { atLeastZh: entry["zh-CN"], atLeastEn: entry.en };
}

function problem(code: string, span: Span, args: Diagnostic["args"]): Diagnostic {
  return { code, severity: "error", span, args, related: [], suggestions: [] };
}
function fileStart(file: string): Span {
  return pointSpan(file, { offset: 0, line: 1, column: 1 });
}
function emptyScheme(text: string, file: string): SchemeFile {
  return {
    kind: "scheme",
    file,
    header: null,
    declarations: [],
    span: { file, start: { offset: 0, line: 1, column: 1 }, end: new LineIndex(text).at(text.length) },
  };
}
