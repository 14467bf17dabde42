// decodeSource: strict UTF-8, no binary content, the BOM dropped, empty files named.
import { describe, expect, it } from "vitest";
import { decodeSource, firstInvalidUtf8 } from "../../language/source.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("decodeSource", () => {
  it("reads UTF-8 text in simplified and traditional Chinese", () => {
    const text = '方案 "網站建設" { }\n指标 a 1分 { 得 1分 }';
    expect(decodeSource(utf8(text), "a.kaohe")).toEqual({ text, diagnostics: [] });
  });

  it("drops a byte-order mark", () => {
    const { text, diagnostics } = decodeSource(
      concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('方案 "x" { }')),
      "b",
    );
    expect(diagnostics).toEqual([]);
    expect(text).toBe('方案 "x" { }');
  });

  it("E101 names the first byte that is not UTF-8: its offset, line and value", () => {
    // "方案\n指标 " is 6 + 1 + 7 = 14 bytes; the GBK bytes of 考核 (BF BC BA CB) follow on line 2.
    const bytes = concat(utf8("方案\n指标 "), Uint8Array.of(0xbf, 0xbc, 0xba, 0xcb));
    const { text, diagnostics } = decodeSource(bytes, "gbk.kaohe");
    expect(text).toBe("");
    expect(diagnostics).toEqual([
      {
        code: "E101",
        severity: "error",
        span: {
          file: "gbk.kaohe",
          start: { offset: 6, line: 2, column: 4 },
          end: { offset: 7, line: 2, column: 5 },
        },
        args: { byteOffset: 14, line: 2, byte: "0xBF" },
        related: [],
        suggestions: [],
      },
    ]);
  });

  it("E101 for binary content (a NUL byte) in otherwise valid UTF-8", () => {
    const { diagnostics } = decodeSource(concat(utf8("方案 "), Uint8Array.of(0x00), utf8("x")), "bin");
    expect(diagnostics.map((d) => [d.code, d.args.byteOffset, d.args.byte])).toEqual([["E101", 7, "0x00"]]);
  });

  it("E101 for UTF-16", () => {
    const utf16 = Uint8Array.of(0xff, 0xfe, 0x39, 0x65, 0x48, 0x68);
    expect(decodeSource(utf16, "u16").diagnostics.map((d) => [d.code, d.args.byteOffset])).toEqual([
      ["E101", 0],
    ]);
  });

  it("E102 for an empty, blank or comment-only file", () => {
    for (const text of ["", " \n\t\r\n", "# 注释\n  // 注释\n＃ 注释\n", "\ufeff\n"]) {
      expect(decodeSource(utf8(text), "e").diagnostics.map((d) => d.code)).toEqual(["E102"]);
    }
  });
});

describe("firstInvalidUtf8 agrees with TextDecoder", () => {
  it.each([
    ["valid", [0x41, 0xe4, 0xb8, 0xad], null],
    ["a lone continuation byte", [0x41, 0x80], 1],
    ["an overlong form", [0xc0, 0xaf], 0],
    ["a surrogate", [0xed, 0xa0, 0x80], 0],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a sequence cut short", [0x41, 0xe4, 0xb8], 1],
    ["a four-byte letter", [0xf0, 0xa0, 0x80, 0x80], null],
  ])("%s", (_, bytes, expected) => {
    const array = Uint8Array.from(bytes as number[]);
    expect(firstInvalidUtf8(array)).toBe(expected);
    const decodes = (() => {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(array);
        return true;
      } catch {
        return false;
      }
    })();
    expect(decodes).toBe(expected === null);
  });
});
