// parse() and decodeSource() never throw: on any input they give an AST and diagnostics, each
// with a span inside the text and words in both languages; and they stay fast on 5 MB.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { message } from "../../compiler/messages/index.js";
import type { Diagnostic } from "../../language/diagnostic.js";
import { MAX_DIAGNOSTICS, parse } from "../../language/parse.js";
import { decodeSource } from "../../language/source.js";

/** Every diagnostic is well formed for the text it was found in. */
function expectWellFormed(diagnostics: Diagnostic[], text: string, file: string): void {
  expect(diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
  for (const d of diagnostics) {
    expect(d.code).toMatch(/^E1\d\d$/);
    expect(d.severity).toBe("error");
    expect(d.span.file).toBe(file);
    const { start, end } = d.span;
    expect(start.line).toBeGreaterThanOrEqual(1);
    expect(start.column).toBeGreaterThanOrEqual(1);
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(end.offset).toBeGreaterThanOrEqual(start.offset);
    expect(end.offset).toBeLessThanOrEqual(text.length);
    expect(end.line).toBeGreaterThanOrEqual(start.line);
    for (const lang of ["zh-CN", "en"] as const) {
      expect(message(d.code, d.args, lang)).not.toMatch(/\{\w+\}/);
      for (const r of d.related) expect(message(r.code, r.args, lang)).not.toMatch(/\{\w+\}/);
    }
  }
}

const VALID = `方案 "完整的方案" { 年度 2011 }
计分池 基准分 10分 {
  分项 环境 "环境建设" 10分 {
    指标 001 "领导重视" 4分 {
      输入 开会 是否
      若 开会 得 4分
    }
    指标 机构 "机构职能" 6分 {
      输入 缺项数 次数 最高 3
      输入 完成率 比率
      分档 完成率 { ≥ 90%: 3分, [60%, 90%): 2分, 其余: 0分 }
      得 3分
      每 缺项数 扣 1分 最多扣 2分
      否决 若 缺项数 > 2 则 本项 "缺项过多"
    }
  }
}
舍入 2位 四舍五入 于 指标
`;

/** Pieces of the language (and of mistakes in it) to build random texts from. */
const PIECES = [
  "方案",
  "计分池",
  "分项",
  "指标",
  "输入",
  "若",
  "得",
  "加",
  "扣",
  "每",
  "按",
  "分档",
  "否决",
  "则",
  "本项",
  "最高",
  "最低",
  "封顶",
  "部分",
  "等次",
  "score",
  "max",
  "item",
  "是否",
  "次数",
  "选项",
  "最小",
  "缺项",
  "开会",
  "網站建設",
  "Ⅲ级事件",
  "若开会",
  "开会得",
  "3分",
  "80%",
  "80％",
  "200万元",
  "0.5",
  "001",
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  "｛",
  "｝",
  "（",
  "）",
  ":",
  "：",
  ",",
  "，",
  "、",
  ";",
  "；",
  "≥",
  "<",
  "=",
  "+",
  "-",
  "×",
  "÷",
  "★",
  '"文字"',
  '"未闭合',
  "“文字”",
  "「文字」",
  "。",
  "＠",
  "@",
  "３",
  "😀",
  "#注释",
  "\n",
  " ",
  "\t",
  "　",
  "\u0000",
  "\ufeff",
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(" "));
const glued = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(""));

describe("parse never throws", () => {
  it("on texts made of the language's pieces", () => {
    fc.assert(
      fc.property(fc.oneof(soup, glued), (text) => {
        const { ast, diagnostics } = parse(text, "soup.kaohe");
        expect(ast.kind).toBe("scheme");
        expectWellFormed(diagnostics, text, "soup.kaohe");
      }),
      { numRuns: 400 },
    );
  });

  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expectWellFormed(parse(text, "any.kaohe").diagnostics, text, "any.kaohe");
      }),
      { numRuns: 400 },
    );
  });

  it("on every prefix of a valid scheme; one cut inside braces says so (E106)", () => {
    expect(parse(VALID, "v").diagnostics).toEqual([]);
    for (let cut = 0; cut < VALID.length; cut++) {
      const text = VALID.slice(0, cut);
      const { diagnostics } = parse(text, "cut.kaohe");
      expectWellFormed(diagnostics, text, "cut.kaohe");
      const open = text.split("{").length - text.split("}").length;
      if (open > 0) expect(diagnostics.map((d) => d.code)).toContain("E106");
    }
  });

  it("on empty and blank files (E102)", () => {
    for (const text of ["", "   \n\t\n", "# 注释\n// 注释\n＃ 注释", "\ufeff"]) {
      expect(parse(text, "e").diagnostics.map((d) => d.code)).toEqual(["E102"]);
    }
  });
});

describe("decodeSource then parse never throw", () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const { text, diagnostics } = decodeSource(bytes, "bytes.kaohe");
        if (diagnostics.length > 0) {
          expect(diagnostics.map((d) => d.code)).toEqual([expect.stringMatching(/^E10[12]$/)]);
          return;
        }
        expectWellFormed(parse(text, "bytes.kaohe").diagnostics, text, "bytes.kaohe");
      }),
      { numRuns: 400 },
    );
  });

  it("on 5 MB of random bytes", () => {
    let seed = 7;
    const bytes = Uint8Array.from(
      { length: 5_000_000 },
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff,
    );
    const { diagnostics } = decodeSource(bytes, "random.bin");
    expect(diagnostics.map((d) => d.code)).toEqual(["E101"]);
  });
});

// How fast is the bench's (test/bench/suites/parse.ts); here, that 5 MB end with the right answer
// (the vitest timeout only guards against a hang).
describe("5 MB inputs are read to the end", () => {
  const MB5 = 5_000_000;

  it("a valid scheme of repeated items", { timeout: 60_000 }, () => {
    const item = (i: number) =>
      `指标 i${i} "第${i}项" 3分 {\n  输入 开会 是否 "召开了会议"\n  若 开会 得 3分 否则 1分\n` +
      `  分档 完成率 { ≥ 90%: 3分, [60%, 90%): 2分, 其余: 0分 }\n  出处 "seed 000 第${i}项"\n  封顶 3分\n}\n`;
    const parts = ['方案 "大文件" { }\n'];
    let length = parts[0]!.length;
    for (let i = 0; length < MB5; i++) {
      const next = item(i);
      parts.push(next);
      length += next.length;
    }
    const text = parts.join("");
    const { ast, diagnostics } = parse(text, "big.kaohe");
    expect(diagnostics).toEqual([]);
    expect(ast.declarations).toHaveLength(parts.length - 1);
  });

  it("garbage", { timeout: 60_000 }, () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const parts: string[] = [];
    for (let length = 0; length < MB5;) {
      const piece = PIECES[Math.floor(random() * PIECES.length)]! + (random() < 0.5 ? " " : "");
      parts.push(piece);
      length += piece.length;
    }
    const text = parts.join("");
    const { diagnostics } = parse(text, "garbage.kaohe");
    expectWellFormed(diagnostics, text, "garbage.kaohe");
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diagnostics[MAX_DIAGNOSTICS]?.code).toBe("E109");
  });
});
