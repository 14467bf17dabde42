// The words of the syntax diagnostics: every E1xx code in both languages, and every token the
// parser can expect has words in the user's terms.
import { describe, expect, it } from "vitest";
import { catalogue } from "../../compiler/messages/index.js";
import { placeWords, tokenWords } from "../../compiler/messages/syntax.js";
import { allTokens, spellings } from "../../language/lexer.js";
import { parser } from "../../language/parser.js";

const CODES = [
  "E100",
  "E101",
  "E102",
  "E103",
  "E104",
  "E105",
  "E106",
  "E107",
  "E108",
  "E109",
  "E110",
  "E111",
];

describe("syntax messages", () => {
  it.each(CODES)("%s has words in zh-CN and en", (code) => {
    const entry = catalogue[code];
    expect(entry?.["zh-CN"]).toMatch(/\p{Script=Han}/u);
    expect(entry?.en).toMatch(/[A-Za-z]{3}/);
  });

  it("every token the parser may expect has words (keywords by their spellings)", () => {
    const unnamed = allTokens
      .filter((t) => t.GROUP === undefined && t.name !== "AnyToken") // skipped and stray ones never reach the parser
      .filter((t) => !spellings.has(t) && tokenWords[t.name] === undefined)
      .map((t) => t.name);
    expect(unnamed).toEqual([]);
  });

  it("every place a loop can skip tokens in is described", () => {
    const rules = new Set(Object.keys(parser.getGAstProductions()));
    for (const place of [
      "scheme",
      "header",
      "poolBody",
      "section",
      "item",
      "partClause",
      "clauseBlock",
      "byClause",
      "bandList",
      "units",
      "grades",
      "ranking",
    ]) {
      expect(rules.has(place)).toBe(true);
      expect(placeWords[place]).toBeDefined();
    }
  });
});
