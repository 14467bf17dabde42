// The lexer: names in simplified and traditional Chinese, keywords in both spellings, full-width
// twins, quantities with units, and the split of a Chinese name at an ASCII digit.
import { describe, expect, it } from "vitest";
import { lexer, STRAY } from "../../language/lexer.js";

/** [token type, text] for each token the parser would see. */
function lex(text: string): Array<[string, string]> {
  const result = lexer.tokenize(text);
  expect(result.errors).toEqual([]);
  return result.tokens.map((t) => [t.tokenType.name, t.image]);
}
function strays(text: string): Array<[string, string]> {
  return (lexer.tokenize(text).groups[STRAY] ?? []).map((t) => [t.tokenType.name, t.image]);
}

describe("names", () => {
  it.each([
    ["召开会议"],
    ["網站建設"],
    ["CIO制度"],
    ["Ⅲ级事件"],
    ["site_score"],
    ["item1"],
    ["非专线接入"],
    ["㐀㐁"], // CJK extension A
    ["𠀀𠀁"], // CJK extension B: astral code points
  ])("%s is one name", (name) => {
    expect(lex(name)).toEqual([["Name", name]]);
  });

  it("a Chinese name stops at an ASCII digit", () => {
    expect(lex("得3分")).toEqual([
      ["Score", "得"],
      ["Quantity", "3分"],
    ]);
    expect(lex("前5名")).toEqual([
      ["Top", "前"],
      ["Quantity", "5名"],
    ]);
    expect(lex("开会1")).toEqual([
      ["Name", "开会"],
      ["Quantity", "1"],
    ]);
  });

  it("a Latin name with digits stops before a Chinese letter", () => {
    expect(lex("item1开会")).toEqual([
      ["Name", "item1"],
      ["Name", "开会"],
    ]);
  });

  it("a keyword followed by more letters is a name", () => {
    for (const name of [
      "得分率",
      "每半年",
      "加强",
      "表彰",
      "前期",
      "本项目",
      "扣分",
      "目标分数",
      "单位名称",
      "最高值比率",
      "适用范围",
      "任务完成率",
    ]) {
      expect(lex(name)).toEqual([["Name", name]]);
    }
  });

  it("type and function words read as names where a name stands, keeping their own type", () => {
    expect(lex("缺项 次数 分数")).toEqual([
      ["FnMissing", "缺项"],
      ["TypeCount", "次数"],
      ["TypeScore", "分数"],
    ]);
  });
});

describe("keywords", () => {
  it.each([
    ["方案", "scheme", "Scheme"],
    ["计分池", "pool", "Pool"],
    ["分项", "section", "Section"],
    ["指标", "item", "Item"],
    ["输入", "input", "Input"],
    ["若", "if", "If"],
    ["则", "then", "Then"],
    ["否则", "else", "Else"],
    ["扣", "deduct", "Deduct"],
    ["最多扣", "max-deduct", "MaxDeduct"],
    ["最高值比", "ratio-to-best", "RatioToBest"],
    ["名次分档", "rank-bands", "RankBands"],
    ["可无此项", "allow-na", "AllowNa"],
    ["四舍五入", "half-up", "HalfUp"],
    ["单位类别", "unit-kind", "UnitKind"],
    ["取消评优", "disqualify", "Disqualify"],
    ["适用", "applies-to", "AppliesTo"],
    ["完成率", "completion", "Completion"],
  ])("%s and %s are the same token", (zh, en, type) => {
    expect(lex(`${zh} ${en}`)).toEqual([
      [type, zh],
      [type, en],
    ]);
  });

  it.each([
    ["輸入", "Input"],
    ["指標", "Item"],
    ["分項", "Section"],
    ["計分池", "Pool"],
    ["則", "Then"],
    ["無此項", "Na"],
    ["總分", "Total"],
    ["後", "Bottom"],
    ["次數", "TypeCount"],
    ["適用", "AppliesTo"],
  ])("traditional %s is %s", (word, type) => {
    expect(lex(word)).toEqual([[type, word]]);
  });

  it("English words that spell two things carry both meanings", () => {
    expect(lex("score max min")).toEqual([
      ["ScoreEn", "score"],
      ["MaxEn", "max"],
      ["MinEn", "min"],
    ]);
  });

  it("★ and ☆ are one token", () => {
    expect(lex("★☆")).toEqual([
      ["Star", "★"],
      ["Star", "☆"],
    ]);
  });
});

describe("quantities", () => {
  it.each([
    ["3"],
    ["0.5"],
    ["001"],
    ["3分"],
    ["80%"],
    ["80％"],
    ["200万元"],
    ["1万条"],
    ["4小时"],
    ["2位"],
    ["10km"],
  ])("%s is one quantity", (q) => {
    expect(lex(q)).toEqual([["Quantity", q]]);
  });

  it("a unit is letters only: what follows is another token", () => {
    expect(lex("3分，80%以上")).toEqual([
      ["Quantity", "3分"],
      ["Comma", "，"],
      ["Quantity", "80%"],
      ["Name", "以上"],
    ]);
  });
});

describe("punctuation", () => {
  it.each([
    ["(", "（", "LParen"],
    [")", "）", "RParen"],
    [":", "：", "Colon"],
    [",", "，", "Comma"],
    [";", "；", "Semicolon"],
    ["[", "［", "LBracket"],
    ["]", "］", "RBracket"],
    ["{", "｛", "LBrace"],
    ["}", "｝", "RBrace"],
    [">", "＞", "Gt"],
    ["<", "＜", "Lt"],
    ["=", "＝", "Eq"],
    ["+", "＋", "Plus"],
    ["-", "－", "Minus"],
    [">=", "≥", "Ge"],
    ["<=", "≤", "Le"],
    ["!=", "≠", "Ne"],
    ["*", "×", "Times"],
    ["/", "÷", "Divide"],
  ])("%s and %s are the same token", (half, full, type) => {
    expect(lex(`${half} ${full}`)).toEqual([
      [type, half],
      [type, full],
    ]);
  });

  it("、 separates list entries like a comma", () => {
    expect(lex("[甲、乙]").map(([type]) => type)).toEqual(["LBracket", "Name", "Comma", "Name", "RBracket"]);
  });
});

describe("strings and comments", () => {
  it.each([['"文字"'], ["“文字”"], ["「文字」"], ["『文字』"], ['"他说\\"好\\""']])(
    "%s is one string",
    (s) => {
      expect(lex(s)).toEqual([["StringLit", s]]);
    },
  );

  it("a string missing its closing quote ends at the end of the line", () => {
    expect(lex('"未闭合 得 3分\n指标')).toEqual([
      ["UnclosedString", '"未闭合 得 3分'],
      ["Item", "指标"],
    ]);
  });

  it("comments (#, ＃, //) and full-width spaces are skipped", () => {
    expect(lex("# 注释\n＃ 注释\n// 注释\n指标　开会 # 行尾")).toEqual([
      ["Item", "指标"],
      ["Name", "开会"],
    ]);
  });
});

describe("characters the language does not use", () => {
  it("。 and other characters go to the stray group, the rest is read on", () => {
    expect(lex("得 3分。 ＠ 开会")).toEqual([
      ["Score", "得"],
      ["Quantity", "3分"],
      ["Name", "开会"],
    ]);
    expect(strays("得 3分。 ＠ 开会")).toEqual([
      ["FullStop", "。"],
      ["Unexpected", "＠"],
    ]);
  });

  it("an astral character that is not a letter is one stray token", () => {
    expect(strays("😀")).toEqual([["Unexpected", "😀"]]);
  });
});

describe("positions", () => {
  it("lines and columns are 1-based and count UTF-16 units", () => {
    const [first, second] = lexer.tokenize("指标 𠀀\n  开会").tokens;
    expect([first?.startLine, first?.startColumn]).toEqual([1, 1]);
    expect([second?.startLine, second?.startColumn, second?.endColumn]).toEqual([1, 4, 5]);
    const third = lexer.tokenize("指标 𠀀\n  开会").tokens[2];
    expect([third?.startLine, third?.startColumn]).toEqual([2, 3]);
  });
});
