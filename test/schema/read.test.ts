// readSubmissionBytes: the way in for a submission file. Each bad file gets a clear refusal naming
// the place; nothing crashes, and nothing partial comes out.
import { describe, expect, it } from "vitest";
import { FORBIDDEN_KEYS, MAX_DEPTH } from "../../generators/schema/json-reader.js";
import { MAX_SUBMISSION_BYTES, readSubmissionBytes } from "../../generators/schema/read.js";
import { firstInvalidUtf8 } from "../../generators/schema/utf8.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (s: string | Uint8Array) => readSubmissionBytes(typeof s === "string" ? utf8(s) : s, "a.json");

/** The problems of a refused read (fails the test if the read succeeded). */
function refused(s: string | Uint8Array) {
  const r = read(s);
  if (!("problems" in r)) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  expect(r).not.toHaveProperty("value");
  return r.problems;
}

describe("readSubmissionBytes", () => {
  it("reads a plain submission, Chinese and all", () => {
    expect(read('{"unit": {"name": "通川区"}, "items": {"1": {"开会": true, "回复率": 85.5}}}')).toEqual({
      value: { unit: { name: "通川区" }, items: { "1": { 开会: true, 回复率: 85.5 } } },
    });
  });

  it("refuses an empty file, and one with only spaces or a BOM", () => {
    for (const s of ["", "  \n\t ", "\uFEFF", "\uFEFF\n"]) {
      const p = refused(s);
      expect(p).toMatchObject([{ code: "S103", path: "", unit: null, item: null }]);
      expect(p[0]!.message["zh-CN"]).toBe("a.json：文件是空的，没有任何提交内容。");
    }
  });

  it("skips a UTF-8 byte order mark", () => {
    expect(read('\uFEFF{"unit": {"name": "通川区"}}')).toEqual({ value: { unit: { name: "通川区" } } });
  });

  it("refuses bytes that are not UTF-8, with the offset of the first bad byte", () => {
    // "通川区" in GBK: CD A8 B4 A8 C7 F8; the first byte is fine alone, the A8 after it is not.
    const gbk = new Uint8Array([...utf8('{"unit": {"name": "'), 0xcd, 0xa8, 0xb4, 0xa8, ...utf8('"}}')]);
    const p = refused(gbk);
    expect(p).toMatchObject([{ code: "S102" }]);
    // 19 ASCII bytes precede CD; CD (a 2-byte lead) is followed by A8, a valid continuation → the
    // pair is U+0368; then B4 is a lone continuation byte at offset 21.
    expect(p[0]!.message["zh-CN"]).toContain("字节偏移 21 处（0xB4）");
    expect(p[0]!.message.en).toContain("offset 21 (0xB4)");
  });

  it("finds each kind of invalid UTF-8", () => {
    expect(firstInvalidUtf8(utf8("通川区 ok 𠀀"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xff]))).toBe(1); // never valid
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(1); // overlong, 3 bytes
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(1); // above U+10FFFF
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe9, 0x80]))).toBe(1); // cut short at the end
    expect(firstInvalidUtf8(new Uint8Array([0xe9, 0x80, 0x41]))).toBe(2); // continuation missing
  });

  it("refuses a 50 MB file before decoding it", () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0xff); // not even UTF-8: size is checked first
    const p = refused(big);
    expect(p).toMatchObject([{ code: "S101" }]);
    expect(p[0]!.message["zh-CN"]).toContain(`${50 * 1024 * 1024} 字节`);
    expect(p[0]!.message["zh-CN"]).toContain(`最大 ${MAX_SUBMISSION_BYTES} 字节`);
    // At the limit exactly, the file is read.
    const atLimit = new Uint8Array(MAX_SUBMISSION_BYTES).fill(0x20);
    atLimit.set(utf8("{}"), 0);
    expect(read(atLimit)).toEqual({ value: {} });
  });

  it("reports JSON syntax errors by line and column, saying what was expected", () => {
    const cases: Array<[string, number, number, string, string]> = [
      ['{\n  "unit": {"name": "通川区"},\n}', 3, 1, "字段名", "「}」"],
      ['{"a": 1 "b": 2}', 1, 9, "逗号 , 或 }", "「\""],
      ['{"rate": NaN}', 1, 10, "应为一个值", "「NaN」"],
      ['{"rate": Infinity}', 1, 10, "应为一个值", "「Infinity」"],
      ["{'unit': 1}", 1, 2, "字段名", "「'」"],
      ['{"a": [1, 2}', 1, 12, "逗号 , 或 ]", "「}」"],
      ['{"a": 01}', 1, 7, "数的写法无效", "「01」"],
      ['{"a": 1.}', 1, 7, "数的写法无效", "「1.」"],
      ['{"a": "x\ny"}', 1, 9, "换行或控制字符", ""],
      ['{"a": "\\x"}', 1, 8, "转义", "\\x"],
      ['{"a": "abc', 1, 7, "缺少结尾的双引号", ""],
      ['{"a": 1', 1, 8, "逗号 , 或 }", "文件结尾"],
      ['{"a": 1} {"b": 2}', 1, 10, "后面却还有", "「{」"],
      ['{"a"： 1}', 1, 5, "冒号", "「："],
    ];
    for (const [text, line, column, expected, found] of cases) {
      const p = refused(text);
      expect(p, text).toHaveLength(1);
      expect(p[0]!.code).toBe("S104");
      const zh = p[0]!.message["zh-CN"];
      expect(zh, text).toContain(`a.json 第 ${line} 行第 ${column} 列`);
      expect(zh, text).toContain(expected);
      expect(zh, text).toContain(found);
      expect(p[0]!.message.en, text).toContain(`line ${line}, column ${column}`);
    }
  });

  it("refuses nesting deeper than the limit without overflowing the stack", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const p = refused(deep);
    expect(p).toMatchObject([{ code: "S105" }]);
    expect(p[0]!.message["zh-CN"]).toContain(`第 1 行第 ${MAX_DEPTH + 1} 列`);
    // At the limit exactly, it is read.
    const ok = "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH);
    expect("value" in read(ok)).toBe(true);
  });

  it("refuses __proto__, constructor and prototype keys, anywhere, without touching any prototype", () => {
    const text = '{"unit": {"name": "x"}, "__proto__": {"polluted": true}, "items": {"1": {"constructor": 1, "prototype": {"__proto__": {"polluted": true}}}}}';
    const p = refused(text);
    expect(p.map((x) => x.code)).toEqual(["S106", "S106", "S106", "S106"]);
    expect(p.map((x) => x.message.en.match(/“(.+)”/)![1])).toEqual(["__proto__", "constructor", "prototype", "__proto__"]);
    expect(p[0]!.message["zh-CN"]).toContain("a.json 第 1 行第 25 列：不允许使用字段名「__proto__」");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(FORBIDDEN_KEYS).toEqual(["__proto__", "constructor", "prototype"]);
  });

  it("refuses a key given twice in one object", () => {
    const p = refused('{"unit": {"name": "甲", "name": "乙"}}');
    expect(p).toMatchObject([{ code: "S108" }]);
    expect(p[0]!.message["zh-CN"]).toContain("第 1 行第 24 列：字段「name」在同一处出现了两次");
  });

  it("refuses numbers a double cannot keep exactly, and keeps the ones it can", () => {
    const text = `{
  "a": 12345678901234567890,
  "b": 0.1000000000000000000001,
  "c": 1e400,
  "d": 1e-400,
  "e": 9007199254740993
}`;
    const p = refused(text);
    expect(p.map((x) => x.code)).toEqual(["S107", "S107", "S107", "S107", "S107"]);
    expect(p[0]!.message["zh-CN"]).toContain("第 2 行第 8 列：数 12345678901234567890 无法精确保存（读入后会变成 12345678901234567000）");
    expect(p[2]!.message.en).toContain("1e400 cannot be kept exactly (it would be read as Infinity)");
    expect(p[3]!.message.en).toContain("it would be read as 0");
    expect(p[4]!.message.en).toContain("it would be read as 9007199254740992");
    // Trailing zeros, exponents, negative zero and the largest safe integer are exact.
    expect(read('[1.50, 1e2, 2.5E-3, -0, 0.1, 9007199254740991, 123456789012345.6, 1e21]')).toEqual({
      value: [1.5, 100, 0.0025, -0, 0.1, 9007199254740991, 123456789012345.6, 1e21],
    });
  });

  it("lists every non-fatal problem in a file, not just the first", () => {
    const p = refused('{"__proto__": 1, "a": 1, "a": 2, "n": 1.00000000000000000001}');
    expect(p.map((x) => x.code)).toEqual(["S106", "S108", "S107"]);
  });

  it("reads NaN and Infinity written as strings as strings (the schema refuses them)", () => {
    expect(read('{"rate": "NaN", "x": "Infinity"}')).toEqual({ value: { rate: "NaN", x: "Infinity" } });
  });

  it("reads escapes and surrogate pairs as JSON.parse does", () => {
    const text = '{"s": "a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u901a\\ud840\\udc00"}';
    expect(read(text)).toEqual({ value: JSON.parse(text) });
  });
});
