// Character classes of the language, with the `u` flag kept (Chevrotain would drop it from token
// regexes, and `\p{L}` without `u` matches nothing Chinese). Used by the lexer's custom patterns.

const LETTER = /[\p{L}\p{Nl}_]/u;
const MARK = /\p{M}/u;
const HAN = /\p{Script=Han}/u;
const UNIT_LETTER = /\p{L}/u;

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}
function isCommonHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * Where the name starting at `start` ends (exclusive); `start` when no name starts there.
 * A name is a run of letters in any script (Han, Latin, Roman numerals such as Ⅲ, `_`).
 * A name that holds Han characters stops at an ASCII digit (`得3分` is `得` `3分`), and a Latin
 * name that holds digits stops before a Han character; Latin names may hold digits (`item1`).
 */
export function nameEnd(text: string, start: number): number {
  let i = start;
  let hasHan = false;
  let hasDigit = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code)) {
      if (hasHan || i === start) break;
      hasDigit = true;
      i++;
      continue;
    }
    if (isAsciiLetter(code)) {
      i++;
      continue;
    }
    if (code < 0x80) break;
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const han = isCommonHan(cp) || HAN.test(ch);
    if (han || LETTER.test(ch) || (i > start && MARK.test(ch))) {
      if (han) {
        if (hasDigit) break;
        hasHan = true;
      }
      i += ch.length;
      continue;
    }
    break;
  }
  return i;
}

/** Where the unit written right after a number ends: a run of letters (`分`, `万元`, `km`). */
export function unitEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiLetter(code) && code !== 0x5f) {
        i++;
        continue;
      }
      break;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (!UNIT_LETTER.test(ch)) break;
    i += ch.length;
  }
  return i;
}

/** Every UTF-16 code unit that can begin a name (for Chevrotain's first-character optimisation). */
export function nameStartCodes(): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    // High surrogates begin astral letters (CJK extension B and beyond).
    if ((code >= 0xd800 && code <= 0xdbff) || LETTER.test(String.fromCharCode(code))) {
      codes.push(code);
    }
  }
  return codes;
}

/** The half-width character a full-width or Chinese punctuation character stands for, if any. */
export function halfWidthTwin(ch: string): string | null {
  const code = ch.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  const others: Record<string, string> = {
    "【": "[",
    "】": "]",
    "〔": "[",
    "〕": "]",
    "‘": '"',
    "’": '"',
  };
  return others[ch] ?? null;
}
