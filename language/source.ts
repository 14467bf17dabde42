// Reading a scheme file's bytes as text: strict UTF-8, no binary content, BOM dropped.
import type { Span } from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import { LineIndex } from "./span.js";

/**
 * Where the first byte that breaks UTF-8 stands, or null when all of `bytes` is valid UTF-8
 * (overlong forms, surrogates and code points above U+10FFFF are invalid, as for TextDecoder).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return null;
}

/** Control characters that plain text never holds (NUL and the like; tab and line breaks are fine). */
const BINARY = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** True when the text holds nothing but whitespace and comments. */
export function isBlankSource(text: string): boolean {
  return text.split(/\r\n|\r|\n/).every((line) => /^[\s\u3000\ufeff\u200b]*(?:(?:#|＃|\/\/).*)?$/.test(line));
}

function problem(code: string, span: Span, args: Diagnostic["args"]): Diagnostic {
  return { code, severity: "error", span, args, related: [], suggestions: [] };
}

/** The text of a scheme file, or the diagnostics that say why it cannot be read as one. */
export function decodeSource(bytes: Uint8Array, file: string): { text: string; diagnostics: Diagnostic[] } {
  const bad = firstInvalidUtf8(bytes);
  const prefix = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad ?? bytes.length));
  const binary = BINARY.exec(prefix);
  if (bad !== null || binary) {
    // The place is given in the text before the bad byte, and the byte offset in the file.
    const textOffset = binary ? binary.index : prefix.length;
    const byteOffset = binary ? new TextEncoder().encode(prefix.slice(0, binary.index)).length : bad!;
    const at = new LineIndex(prefix).at(textOffset);
    const byte = bytes[byteOffset]!;
    return {
      text: "",
      diagnostics: [
        problem(
          "E101",
          { file, start: at, end: { ...at, offset: at.offset + 1, column: at.column + 1 } },
          { byteOffset, line: at.line, byte: `0x${byte.toString(16).toUpperCase().padStart(2, "0")}` },
        ),
      ],
    };
  }
  const text = prefix.startsWith("\ufeff") ? prefix.slice(1) : prefix;
  if (isBlankSource(text)) {
    const at = { offset: 0, line: 1, column: 1 };
    return { text, diagnostics: [problem("E102", { file, start: at, end: at }, {})] };
  }
  return { text, diagnostics: [] };
}
