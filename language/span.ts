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

/** Positions of offsets in a text. Line breaks are \n, \r\n and a lone \r (as for Chevrotain). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  /** The position of the character at `offset` (or of the end, for the text's length). */
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The position just after the character at `offset`, on its line. */
  after(offset: number): Position {
    const at = this.at(offset);
    return { offset: offset + 1, line: at.line, column: at.column + 1 };
  }
}

/** An empty span at a position. */
export function pointSpan(file: string, at: Position): Span {
  return { file, start: at, end: at };
}
