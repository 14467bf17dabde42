// Spans from Chevrotain tokens and from plain offsets. Lines and columns are 1-based; columns
// count UTF-16 code units (as Chevrotain does).
import type { IToken } from "chevrotain";
import type { Position, Span } from "./ast.js";

/** A token that exists in the text (not one Chevrotain invented while recovering). */
export function isReal(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && Number.isFinite(token.startOffset);
}

export function tokenStart(token: IToken): Position {
  return { offset: token.startOffset, line: token.startLine ?? 1, column: token.startColumn ?? 1 };
}
export function tokenEnd(token: IToken): Position {
  return {
    offset: (token.endOffset ?? token.startOffset) + 1,
    line: token.endLine ?? token.startLine ?? 1,
    column: (token.endColumn ?? token.startColumn ?? 0) + 1,
  };
}
export function tokenSpan(file: string, token: IToken): Span {
  return { file, start: tokenStart(token), end: tokenEnd(token) };
}

/** The position of `offset` in `text`. Line breaks are \n, \r\n and a lone \r. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** An empty span at a position. */
export function pointSpan(file: string, at: Position): Span {
  return { file, start: at, end: at };
}
