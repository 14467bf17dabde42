// A strict JSON reader for submissions. JSON.parse cannot say where a number lost digits, takes the
// last of two equal keys, turns a `__proto__` key into a property that tools trip over and gives
// positions only in its own words; this reader keeps the number text, refuses what a submission
// must not hold, and says where, by line and column.
import { words, type Words } from "./inputs.js";

/** Deeper than any submission goes (a batch of forms of items of lists is 7 levels). */
export const MAX_DEPTH = 32;
/** Keys that would reach or shadow Object.prototype in a careless consumer. */
export const FORBIDDEN_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

export interface JsonIssue {
  code: "S104" | "S105" | "S106" | "S107" | "S108";
  line: number;
  column: number;
  args: Record<string, string | number | Words>;
}

/** Thrown inside the reader once a fatal issue is recorded; never escapes readJsonText. */
class Stop extends Error {}

const SPACE = /[ \t\n\r]*/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_TAIL = /[0-9.eE+-]/;
const WORD = /[\p{L}\p{N}_$]{1,20}/uy;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** "12.50" and "1.25e1" name the same number: digits without leading or trailing zeros, and a power of ten. */
function canonicalDecimal(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return text;
  const fraction = m[3] ?? "";
  let digits = (m[2]! + fraction).replace(/^0+/, "");
  let exponent = Number(m[4] ?? "0") - fraction.length;
  if (digits === "") return "0";
  const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return `${m[1]}${digits}e${exponent}`;
}

/** The number as a double reads back as the number written: nothing was rounded away. */
function isExact(text: string, value: number): boolean {
  return Number.isFinite(value) && canonicalDecimal(text) === canonicalDecimal(String(value));
}

class JsonReader {
  private pos = 0;
  private lineStarts: number[] | null = null;
  readonly issues: JsonIssue[] = [];

  constructor(private readonly text: string) {}

  read(): unknown {
    this.skipSpace();
    const value = this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("submission.json.expected-end");
    return value;
  }

  private position(offset: number): { line: number; column: number } {
    if (this.lineStarts === null) {
      this.lineStarts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text[i] === "\n") this.lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  private issue(code: JsonIssue["code"], offset: number, args: JsonIssue["args"]): void {
    this.issues.push({ code, ...this.position(offset), args });
  }

  /** What stands at an offset, for "found …": a word, one character, or the end of the file. */
  private foundAt(offset: number): Words {
    if (offset >= this.text.length) return words("submission.json.end-of-file");
    WORD.lastIndex = offset;
    const word = WORD.exec(this.text)?.[0] ?? String.fromCodePoint(this.text.codePointAt(offset)!);
    return words("submission.json.found", { text: word });
  }

  private fail(detail: string, offset = this.pos, found = this.foundAt(offset)): never {
    this.issue("S104", offset, { detail: words(detail, { found }) });
    throw new Stop();
  }

  private skipSpace(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  private value(depth: number): unknown {
    const c = this.text[this.pos];
    if (c === "{") return this.object(depth + 1);
    if (c === "[") return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.pos) && !/[\p{L}\p{N}_$]/u.test(this.text[this.pos + word.length] ?? "")) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail("submission.json.expected-value");
  }

  private enter(depth: number): void {
    if (depth > MAX_DEPTH) {
      this.issue("S105", this.pos, { limit: MAX_DEPTH });
      throw new Stop();
    }
    this.pos++;
    this.skipSpace();
  }

  private object(depth: number): Record<string, unknown> {
    this.enter(depth);
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') this.fail("submission.json.expected-key");
      const keyAt = this.pos;
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail("submission.json.expected-colon");
      this.pos++;
      this.skipSpace();
      const refused = FORBIDDEN_KEYS.includes(key) ? "S106" : seen.has(key) ? "S108" : null;
      if (refused) this.issue(refused, keyAt, { key });
      const value = this.value(depth);
      if (!refused) {
        seen.add(key);
        out[key] = value;
      }
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === "}") return out;
      if (c !== ",") this.fail("submission.json.expected-comma-object", this.pos - 1);
      this.skipSpace();
    }
  }

  private array(depth: number): unknown[] {
    this.enter(depth);
    const out: unknown[] = [];
    if (this.text[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth));
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === "]") return out;
      if (c !== ",") this.fail("submission.json.expected-comma-array", this.pos - 1);
      this.skipSpace();
    }
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    let out = "";
    for (;;) {
      PLAIN.lastIndex = this.pos;
      out += PLAIN.exec(this.text)![0];
      this.pos = PLAIN.lastIndex;
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === undefined) this.fail("submission.json.unterminated-string", start);
      if (c !== "\\") this.fail("submission.json.control-character");
      const e = this.text[this.pos + 1] ?? "";
      if (e === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
        out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
        this.pos += 6;
      } else if (Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        this.pos += 2;
      } else {
        this.fail("submission.json.bad-escape", this.pos, words("submission.json.found", { text: `\\${e}` }));
      }
    }
  }

  private number(): number {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const text = NUMBER.exec(this.text)?.[0];
    if (text === undefined || NUMBER_TAIL.test(this.text[start + text.length] ?? "")) {
      this.fail("submission.json.bad-number", start, words("submission.json.found", { text: this.text.slice(start, start + 20).split(/[\s,\]}]/)[0]! }));
    }
    this.pos = start + text.length;
    const value = Number(text);
    if (!isExact(text, value)) this.issue("S107", start, { text, stored: String(value) });
    return value;
  }
}

/**
 * The value of a JSON text, or every issue found: all forbidden keys, duplicate keys and inexact
 * numbers, or the first syntax error (after which nothing can be read).
 */
export function readJsonText(text: string): { value: unknown } | { issues: JsonIssue[] } {
  const reader = new JsonReader(text);
  let value: unknown;
  try {
    value = reader.read();
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
  return reader.issues.length > 0 ? { issues: reader.issues } : { value };
}
