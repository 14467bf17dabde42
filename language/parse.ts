// `parse(text, file)`: source text to AST and diagnostics. Never throws: a failure inside kaohe
// becomes a diagnostic (E100) too.
import { EOF, type CstNode, type IRecognitionException, type IToken } from "chevrotain";
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
  misplacedSignDiagnostics,
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

/**
 * `runTokens`: the least number of tokens in a run (see `runs`); the tests check that any size
 * gives the same AST and diagnostics as one run of the whole file.
 */
export function parse(
  text: string,
  file: string,
  runTokens = RUN_TOKENS,
): { ast: SchemeFile; diagnostics: Diagnostic[] } {
  // Chevrotain reports parse errors as exceptions, thousands of them in a garbled file: without
  // stack traces they cost little.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const { ast, found, stopped } = parseText(text, file, runTokens);
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
function parseText(
  text: string,
  file: string,
  runTokens: number,
): { ast: SchemeFile; found: Found[]; stopped: boolean } {
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
  const misplacedSigns: IToken[] = [];
  let stopped = false;
  const starts = runStarts(tokens, runTokens);
  for (let n = 0; n < starts.length; n++) {
    const first = n === 0;
    const problemsBefore = problemCount.value;
    let run = parseRun(tokens.slice(starts[n], starts[n + 1]));
    if (n + 1 < starts.length && run.endedInside) {
      // The braces counted wrongly here (a `{` left out, which the parser put in): the rest of
      // the file in one run, as if it had never been cut.
      problemCount.value = problemsBefore;
      run = parseRun(tokens.slice(starts[n]));
      n = starts.length;
    }
    append(errors, run.errors);
    append(strays, run.strays);
    if (!run.cst) {
      stopped = true;
      break;
    }
    const built = toAst(run.cst, file, lines, fileEnd);
    if (first) ast.header = built.ast.header;
    append(ast.declarations, built.ast.declarations);
    append(repeated, built.repeated);
    append(overlong, built.overlong);
    append(misplacedSigns, built.misplacedSigns);
  }
  const found = lexical.concat(
    parseErrorDiagnostics(errors, tokens, file, fileEnd),
    strayTokenDiagnostics(strays, tokens, file),
    repeatedDiagnostics(repeated, file),
    overlongDiagnostics(overlong, file),
    misplacedSignDiagnostics(misplacedSigns, file),
  );
  if (!stopped && !ast.header) {
    const first = tokens[0];
    found.push({ diagnostic: problem("E110", first ? tokenSpan(file, first) : fileStart(file), {}) });
  }
  return { ast: stopped ? emptyScheme(text, file) : ast, found: withoutEchoes(found, tokens), stopped };
}

/** Tokens in a run, at least (the last run may be shorter). */
const RUN_TOKENS = 512;

/**
 * Where the runs of tokens begin that are parsed one after another, so that the CST of a run is
 * garbage before the next is built, and dies young: a short run's CST is collected in V8's young
 * generation, where that of a run of 4,096 tokens outlived it and was copied into the old one (a
 * 5 MB file, parse suite of the bench: 1.3–1.6 GB and 7.3–9.6 s of CPU in runs of 4,096 tokens,
 * 0.9 GB and 5.3–6.4 s in runs of 512). A run ends only after a `}` that closes a top-level
 * declaration by the count of braces, before the keyword of the next one: where the parser stands
 * at the top level, unless the count is wrong (parseRun's `endedInside`).
 */
function runStarts(tokens: IToken[], runTokens: number): number[] {
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType;
    if (type === T.LBrace) depth++;
    else if (type === T.RBrace) depth = Math.max(0, depth - 1);
    const next = tokens[i + 1];
    if (
      type === T.RBrace &&
      depth === 0 &&
      i + 1 - starts[starts.length - 1]! >= runTokens &&
      next &&
      declarationKeywords.includes(next.tokenType)
    ) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * One run parsed: its CST (null when parsing stopped, TooManyProblems), the errors and strays
 * recorded, and whether the parser met the run's end inside a declaration (an error at the end of
 * the input), where in the whole file it would have read on.
 */
function parseRun(run: IToken[]): {
  cst: CstNode | null;
  errors: IRecognitionException[];
  strays: Stray[];
  endedInside: boolean;
} {
  parser.input = run;
  parser.strays = [];
  let cst: CstNode | null = null;
  try {
    cst = parser.scheme();
  } catch (err) {
    if (!(err instanceof TooManyProblems)) throw err;
  }
  const errors = parser.errors;
  return { cst, errors, strays: parser.strays, endedInside: errors.some((e) => e.token.tokenType === EOF) };
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
