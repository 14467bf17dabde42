// `parse(text, file)`: source text to AST and diagnostics. Never throws: a failure inside kaohe
// becomes a diagnostic (E100) too.
import type { CstNode, IRecognitionException, IToken } from "chevrotain";
import { atLeastWords } from "../compiler/messages/syntax.js";
import type { SchemeFile, Span } from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import * as T from "./lexer.js";
import { lexer, STRAY } from "./lexer.js";
import { declarationKeywords, parser, problemCount, TooManyProblems, type Stray } from "./parser.js";
import { isBlankSource } from "./source.js";
import { LineIndex, pointSpan, tokenSpan } from "./span.js";
import {
  firstTokenFrom,
  nestingDiagnostic,
  overlongDiagnostics,
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

  problemCount.value = 0;
  const lines = new LineIndex(text);
  const fileEnd = lines.at(text.length);
  const ast = emptyScheme(text, file);
  const errors: IRecognitionException[] = [];
  const strays: Stray[] = [];
  const repeated: IToken[] = [];
  const overlong: IToken[] = [];
  let stopped = false;
  for (const [n, run] of runs(tokens).entries()) {
    parser.input = run;
    parser.strays = [];
    let cst: CstNode | null = null;
    try {
      cst = parser.scheme();
    } catch (err) {
      if (!(err instanceof TooManyProblems)) throw err;
      stopped = true;
    }
    append(errors, parser.errors);
    append(strays, parser.strays);
    if (!cst) break;
    const built = toAst(cst, file, lines, fileEnd);
    if (n === 0) ast.header = built.ast.header;
    append(ast.declarations, built.ast.declarations);
    append(repeated, built.repeated);
    append(overlong, built.overlong);
  }
  const found = lexical.concat(
    parseErrorDiagnostics(errors, tokens, file, fileEnd),
    strayTokenDiagnostics(strays, tokens, file),
    repeatedDiagnostics(repeated, file),
    overlongDiagnostics(overlong, file),
  );
  if (!stopped && !ast.header) {
    const first = tokens[0];
    found.push({ diagnostic: problem("E110", first ? tokenSpan(file, first) : fileStart(file), {}) });
  }
  return { ast: stopped ? emptyScheme(text, file) : ast, found: withoutEchoes(found, tokens), stopped };
}

/** Tokens in a run, at least (the last run may be shorter). */
const RUN_TOKENS = 4096;

/**
 * The token runs to parse one after another, so that the CST of a run is garbage before the next
 * is built (this halves the memory a 5 MB file takes, from 1.7 to 0.8 GB). A run ends only after a `}` that
 * closes a top-level declaration, before the keyword of the next one: where the parser stands at
 * the top level either way.
 */
function runs(tokens: IToken[]): IToken[][] {
  const result: IToken[][] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType;
    if (type === T.LBrace) depth++;
    else if (type === T.RBrace) depth = Math.max(0, depth - 1);
    const next = tokens[i + 1];
    if (
      type === T.RBrace &&
      depth === 0 &&
      i + 1 - start >= RUN_TOKENS &&
      next &&
      declarationKeywords.includes(next.tokenType)
    ) {
      result.push(tokens.slice(start, i + 1));
      start = i + 1;
    }
  }
  result.push(tokens.slice(start));
  return result;
}

/** Push every item of `more` (spreading a long array into push() overflows the stack). */
function append<T>(to: T[], more: readonly T[]): void {
  for (const item of more) to.push(item);
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
    const next = tokens[firstTokenFrom(tokens, diagnostic.span.end.offset)];
    if (next) echoes.add(next.startOffset);
  }
  return found.filter(({ diagnostic: d }) => d.code !== "E105" || !echoes.has(d.span.start.offset));
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
