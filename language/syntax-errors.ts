// Lexer and parser problems as diagnostics (E103–E108, E111), with the expected and found
// tokens in the user's words (compiler/messages/syntax.ts) and the glued-keyword check (E108).
import type { IRecognitionException, IToken, TokenType } from "chevrotain";
import { EOF } from "chevrotain";
import {
  foundWords,
  listWords,
  orWords,
  placeWords,
  strayCharNotes,
  tokenWords,
  unclosedNotes,
} from "../compiler/messages/syntax.js";
import { fill, type Entry } from "../compiler/messages/index.js";
import type { Position, Span } from "./ast.js";
import { halfWidthTwin } from "./chars.js";
import type { Diagnostic } from "./diagnostic.js";
import * as T from "./lexer.js";
import { decodeDetail, statementKeywords, type Stray } from "./parser.js";
import { isReal, pointSpan, tokenSpan, tokenStart } from "./span.js";

type Args = Diagnostic["args"];

/**
 * A problem as found. Its words (the args that name what was expected and what was found) are
 * made by `words` only if it is among the problems shown: a garbled file has thousands.
 */
export interface Found {
  diagnostic: Diagnostic;
  words?: () => Args;
}

function diagnostic(code: string, span: Span, args: Args, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: "error", span, args, related: [], suggestions: [], ...extra };
}

/** The diagnostic with its words filled in. */
export function worded(found: Found): Diagnostic {
  const d = found.diagnostic;
  return found.words ? { ...d, args: { ...d.args, ...found.words() } } : d;
}

/** Both languages' words for an entry, as args `<key>Zh` and `<key>En`. */
function words(key: string, entry: Entry, args: Args = {}): Args {
  return { [`${key}Zh`]: fill(entry["zh-CN"], args), [`${key}En`]: fill(entry.en, args) };
}

const tokenTypesByName = new Map(T.allTokens.map((t) => [t.name, t]));

function keywordEntry(type: TokenType): Entry | null {
  const spelled = T.spellings.get(type);
  if (!spelled) return null;
  return {
    "zh-CN": fill(tokenWords.keyword!["zh-CN"], { zh: spelled[0]! }),
    en: fill(tokenWords.keyword!.en, { zh: spelled[0]!, en: spelled[spelled.length - 1]! }),
  };
}

/** Words for what was expected: a few tokens listed, or the place described. */
function expectedEntry(names: string[], place: string): Entry {
  const entries = names
    .filter((n) => n !== "Sep")
    .flatMap((n) => {
      const type = tokenTypesByName.get(n);
      const entry = (type && keywordEntry(type)) ?? tokenWords[n];
      return entry ? [entry] : [];
    });
  const described = placeWords[place];
  if (described && (entries.length === 0 || entries.length > 4)) return described;
  const shown = entries.slice(0, 4);
  const join = (lang: keyof Entry) => {
    const parts = shown.map((e) => e[lang]);
    if (parts.length <= 1) return parts.join("");
    return parts.slice(0, -1).join(listWords[lang]) + orWords[lang] + parts[parts.length - 1];
  };
  return { "zh-CN": join("zh-CN"), en: join("en") };
}

/** Words for a token as it was found. */
function foundEntry(token: IToken): Entry {
  const type = token.tokenType;
  if (type === EOF) return tokenWords.EOF!;
  const text = token.image.length > 24 ? `${token.image.slice(0, 24)}…` : token.image;
  const fillBoth = (entry: Entry): Entry => ({
    "zh-CN": fill(entry["zh-CN"], { text }),
    en: fill(entry.en, { text }),
  });
  if (T.spellings.has(type)) return fillBoth(foundWords.keyword);
  if (type === T.Name) return fillBoth(foundWords.Name);
  if (type === T.Quantity) return fillBoth(foundWords.Quantity);
  if (type === T.StringLit || type === T.UnclosedString) return fillBoth(foundWords.Str);
  return tokenWords[type.name] ?? fillBoth(foundWords.Name);
}

// ---------------------------------------------------------------- E108

interface Glue {
  keyword: string;
  spaced: string;
}

/**
 * The longest spelling of one of `types` that `text` begins (or ends) with, leaving a name beside
 * it, and the text with a space between the two.
 */
function gluedKeyword(text: string, types: readonly TokenType[], at: "start" | "end"): Glue | null {
  let best: string | null = null;
  for (const type of types) {
    for (const word of T.spellings.get(type) ?? []) {
      const glued = at === "start" ? text.startsWith(word) : text.endsWith(word);
      if (glued && text.length > word.length && (!best || word.length > best.length)) best = word;
    }
  }
  if (!best) return null;
  const rest = at === "start" ? text.slice(best.length) : text.slice(0, -best.length);
  return { keyword: best, spaced: at === "start" ? `${best} ${rest}` : `${rest} ${best}` };
}
function isName(token: IToken | undefined): token is IToken {
  return isReal(token) && token.tokenType === T.Name;
}
function glueDiagnostic(token: IToken, glue: Glue, file: string): Found {
  return {
    diagnostic: diagnostic(
      "E108",
      tokenSpan(file, token),
      { glued: token.image, ...glue },
      { suggestions: [glue.spaced] },
    ),
  };
}

// ---------------------------------------------------------------- lexer problems

/** E103 for characters the language does not use (adjacent ones together), E107 for `。`. */
export function strayCharDiagnostics(strays: IToken[], file: string): Found[] {
  const result: Found[] = [];
  let last: { token: IToken; diagnostic: Diagnostic } | null = null;
  for (const token of strays) {
    if (token.tokenType === T.FullStop) {
      result.push({ diagnostic: diagnostic("E107", tokenSpan(file, token), {}) });
      last = null;
      continue;
    }
    if (
      last &&
      (last.token.endOffset ?? last.token.startOffset) + 1 === token.startOffset &&
      token.startLine === last.token.startLine
    ) {
      last.diagnostic.span = { ...last.diagnostic.span, end: tokenSpan(file, token).end };
      last.token = token;
      continue;
    }
    const char = token.image;
    const meant = halfWidthTwin(char);
    const codePoint = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    const d = diagnostic(
      "E103",
      tokenSpan(file, token),
      { char, codePoint },
      { suggestions: meant ? [meant] : [] },
    );
    result.push({
      diagnostic: d,
      words: () => words("note", meant ? strayCharNotes.twin : strayCharNotes.other, { meant: meant ?? "" }),
    });
    last = { token, diagnostic: d };
  }
  return result;
}

/** E104 for every text whose closing quote is missing on its line. */
export function unclosedStringDiagnostics(tokens: IToken[], file: string): Found[] {
  return tokens
    .filter((t) => t.tokenType === T.UnclosedString)
    .map((t) => {
      const open = t.image[0]!;
      return { diagnostic: diagnostic("E104", tokenSpan(file, t), { open, close: T.QUOTES[open] ?? open }) };
    });
}

// ---------------------------------------------------------------- parser problems

/** The `{` tokens still open just before each of the given offsets (innermost first). */
function openBracesAt(tokens: IToken[], offsets: number[]): Map<number, IToken[]> {
  const result = new Map<number, IToken[]>();
  if (offsets.length === 0) return result;
  const queries = [...new Set(offsets)].sort((a, b) => a - b);
  const stack: IToken[] = [];
  let q = 0;
  for (const token of [...tokens, null]) {
    while (q < queries.length && (token === null || token.startOffset >= queries[q]!)) {
      result.set(queries[q]!, [...stack].reverse());
      q++;
    }
    if (token?.tokenType === T.LBrace) stack.push(token);
    else if (token?.tokenType === T.RBrace) stack.pop();
  }
  return result;
}

/**
 * E105 (unexpected token), E106 (end of file, or a `}` missing before a keyword that cannot
 * stand inside the braces), E108 (a keyword glued to a name) for the parser's recorded errors.
 */
export function parseErrorDiagnostics(
  errors: IRecognitionException[],
  tokens: IToken[],
  file: string,
  fileEnd: Position,
): Found[] {
  const located = errors.map((error) => {
    const detail = decodeDetail(error.message);
    const token = error.token;
    const atEnd = token.tokenType === EOF || !isReal(token);
    const unclosed = atEnd || (detail.expected.includes("RBrace") && T.spellings.has(token.tokenType));
    return { error, detail, token, atEnd, unclosed, offset: atEnd ? fileEnd.offset : token.startOffset };
  });
  const open = openBracesAt(
    tokens,
    located.filter((e) => e.unclosed).map((e) => e.offset),
  );
  const result: Found[] = [];
  for (const { error, detail, token, atEnd, unclosed, offset } of located) {
    const expectedTypes = detail.expected.flatMap((n) => tokenTypesByName.get(n) ?? []);
    const previous = (error as { previousToken?: IToken }).previousToken;
    if (!atEnd && isName(token)) {
      const glue = gluedKeyword(token.image, [...expectedTypes, ...statementKeywords], "start");
      if (glue) {
        result.push(glueDiagnostic(token, glue, file));
        continue;
      }
    }
    if (detail.rule === "metaEntry" && isName(previous)) {
      // `若开会 得 3分` reads as a metadata line named 若开会, until 得.
      const glue = gluedKeyword(previous.image, statementKeywords, "start");
      if (glue) {
        result.push(glueDiagnostic(previous, glue, file));
        continue;
      }
    }
    if (isName(previous)) {
      const glue = gluedKeyword(previous.image, expectedTypes, "end");
      if (glue) {
        result.push(glueDiagnostic(previous, glue, file));
        continue;
      }
    }
    // Tokens skipped in a loop between braces (or at the top level): what was expected is
    // whatever that place holds, not only the `}` (or the end of the file) that ends it.
    const endOfLoop = !unclosed && (detail.expected.join() === "RBrace" || detail.expected.join() === "EOF");
    const expected = endOfLoop
      ? (placeWords[detail.rule] ?? placeWords.scheme!)
      : expectedEntry(detail.expected, detail.rule);
    const skipped = (error.resyncedTokens ?? []).filter((t) => isReal(t) && t.startLine === token.startLine);
    const last = skipped[skipped.length - 1];
    const span = atEnd
      ? pointSpan(file, fileEnd)
      : { ...tokenSpan(file, token), ...(last ? { end: tokenSpan(file, last).end } : {}) };
    const what = () => ({ ...words("expected", expected), ...words("found", foundEntry(token)) });
    if (!unclosed) {
      // A keyword where a name may stand (an input, a column of a unit table): say it is one.
      if (T.spellings.has(token.tokenType) && (detail.expected.includes("Name") || detail.rule === "units")) {
        const place = detail.rule === "units" ? "column" : "name";
        result.push({
          diagnostic: diagnostic("E105", span, { keyword: token.image, variant: `keyword-as-${place}` }),
          words: what,
        });
        continue;
      }
      // A text left open has swallowed the rest of its line; E104 says so.
      if (token.tokenType !== T.UnclosedString)
        result.push({ diagnostic: diagnostic("E105", span, {}), words: what });
      continue;
    }
    const braces = open.get(offset) ?? [];
    const innermost = braces[0];
    const related = braces.map((b) => ({ span: tokenSpan(file, b), code: "E106.open", args: {} }));
    result.push({
      diagnostic: diagnostic("E106", span, {}, { related }),
      words: () => ({
        ...what(),
        ...words("note", innermost ? unclosedNotes.open : unclosedNotes.none, {
          line: innermost ? tokenStart(innermost).line : "",
        }),
      }),
    });
  }
  return result;
}

/** The index of the first token that starts at or after `offset` (tokens are in order). */
export function firstTokenFrom(tokens: IToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * E105 for each run of stray tokens (tokens that nothing can begin with where they stand; the
 * parser skipped them), or E108 when the run begins with a keyword glued to a name (`若开会`).
 */
export function strayTokenDiagnostics(strays: Stray[], tokens: IToken[], file: string): Found[] {
  const result: Found[] = [];
  let run: { index: number; place: string; diagnostic: Diagnostic } | null = null;
  for (const { token, place } of strays) {
    const index = firstTokenFrom(tokens, token.startOffset);
    if (run && run.place === place && index === run.index + 1) {
      if (run.diagnostic.code === "E105" && run.diagnostic.span.start.line === token.startLine) {
        run.diagnostic.span = { ...run.diagnostic.span, end: tokenSpan(file, token).end };
      }
      run.index = index;
      continue;
    }
    const glue = isName(token) ? gluedKeyword(token.image, statementKeywords, "start") : null;
    const f: Found = glue
      ? glueDiagnostic(token, glue, file)
      : {
          diagnostic: diagnostic("E105", tokenSpan(file, token), {}),
          words: () => ({
            ...words("expected", placeWords[place] ?? placeWords.scheme!),
            ...words("found", foundEntry(token)),
          }),
        };
    if (!(token.tokenType === T.UnclosedString && f.diagnostic.code === "E105")) result.push(f);
    run = { index, place, diagnostic: f.diagnostic };
  }
  return result;
}

/** E105 for a statement written a second time where one counts (`封顶` twice in an item). */
export function repeatedDiagnostics(keywords: IToken[], file: string): Found[] {
  return keywords.map((token) => ({
    diagnostic: diagnostic("E105", tokenSpan(file, token), {}),
    words: () => ({
      ...words("expected", placeWords.once!, { text: token.image }),
      ...words("found", foundEntry(token)),
    }),
  }));
}

/** How deep brackets may nest, and how many 非 / - may stand in a row. */
export const NESTING_LIMIT = 64;

/** How many operators one chain (`a + b + …`, `a × b × …`) may join: every later stage walks it
 *  as a tree as deep as the chain is long. */
export const CHAIN_LIMIT = 1000;

/** E111 where brackets nest, or 非 / - repeat, deeper than the parser can follow. */
export function nestingDiagnostic(tokens: IToken[], file: string): Found | null {
  let depth = 0;
  let run = 0;
  for (const token of tokens) {
    const type = token.tokenType;
    if (type === T.LBrace || type === T.LParen || type === T.LBracket) depth++;
    else if (type === T.RBrace || type === T.RParen || type === T.RBracket) depth = Math.max(0, depth - 1);
    run = type === T.Not || type === T.Minus ? run + 1 : 0;
    if (depth > NESTING_LIMIT || run > NESTING_LIMIT) {
      return { diagnostic: diagnostic("E111", tokenSpan(file, token), { limit: NESTING_LIMIT }) };
    }
  }
  return null;
}

/** E112 where one chain of operators (`a + b + …`) joins more terms than kaohe follows. */
export function overlongDiagnostics(operators: IToken[], file: string): Found[] {
  return operators.map((token) => ({
    diagnostic: diagnostic("E112", tokenSpan(file, token), { limit: CHAIN_LIMIT }),
  }));
}
