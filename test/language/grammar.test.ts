// Chevrotain's checks of the grammar and of the token definitions (ambiguous alternatives, left
// recursion, unreachable tokens…). The command skips them at start-up (language/parser.ts,
// language/lexer.ts) because the grammar cannot change at run time; they run here instead, on
// every test run, so a grammar change that breaks one fails here.
import { Lexer } from "chevrotain";
import { describe, expect, it } from "vitest";
import { allTokens, LEXER_CONFIG } from "../../language/lexer.js";
import { KaoheParser } from "../../language/parser.js";

describe("the grammar passes Chevrotain's own checks", () => {
  it("the parser: no definition error (performSelfAnalysis throws them all in one error)", () => {
    expect(() => new KaoheParser({ validate: true })).not.toThrow();
  });

  it("the lexer: no definition error, and its optimizations apply", () => {
    const checked = new Lexer(allTokens, { ...LEXER_CONFIG, deferDefinitionErrorsHandling: true });
    expect(checked.lexerDefinitionErrors.map((e) => e.message)).toEqual([]);
  });
});
