// A pure reformat of a scheme, for the test that such a change diffs as empty: every keyword in
// its English spelling (language/README.md's table, read from the lexer's spellings), the layout
// redone (new indentation, one space between words on a line), the old comments dropped and new
// ones written. The tokens, and so the meaning, stay the same.
import type { IToken } from "chevrotain";
import { lexer, spellings } from "../../language/lexer.js";

const ASCII = /^[\x21-\x7e]+$/;

/** The English spelling of a keyword token: the last ASCII spelling of its type or its parent's. */
function english(tokenType: { name: string; CATEGORIES?: Array<{ name: string }> }, image: string): string {
  const own = spellings.get(tokenType as never) ?? [];
  const en = [...own].reverse().find((w) => ASCII.test(w));
  if (en) return en;
  // 得, 最高, 最低, 分数, 最小, 最大 have their English spelling on a token of their category.
  const alias: Record<string, string> = { 得: "score", 最高: "max", 最低: "min", 分数: "score", 分數: "score", 最小: "min", 最大: "max" };
  return alias[image] ?? image;
}

/** 评定 is the rating only before its `{` or after a veto's 则; elsewhere (`输入 评定 等次`) it is a
 *  name, and keeps its spelling. */
export function ratingAsName(tokens: IToken[], t: IToken): boolean {
  if (t.tokenType.name !== "Rating") return false;
  const i = tokens.indexOf(t);
  return !/^[{｛]$/.test(tokens[i + 1]?.image ?? "") && tokens[i - 1]?.tokenType.name !== "Then";
}

export function reformat(text: string): string {
  const { tokens } = lexer.tokenize(text);
  let out = "";
  let depth = 0;
  let at = 0;
  let lineNo = 0;
  for (const t of tokens) {
    const gap = text.slice(at, t.startOffset);
    const closing = /^[}｝]$/.test(t.image);
    if (closing) depth--;
    if (out === "") out += "# reformatted: English keywords, new layout, new comments\n";
    else if (gap.includes("\n")) {
      lineNo++;
      out += lineNo % 7 === 0 ? `  # 注释 ${lineNo}\n` : "\n";
      out += "\t".repeat(Math.max(depth, 0)) + "   ";
    } else out += " ";
    const isName = t.tokenType.CATEGORIES?.some((c) => c.name === "Name") === true;
    // A function word not followed by `(` is a name there (`输入 缺项 次数`): it keeps its spelling.
    const next = tokens[tokens.indexOf(t) + 1];
    const keepAsName =
      isName && ((!(next && /^[(（]$/.test(next.image)) && t.tokenType.name.startsWith("Fn")) || ratingAsName(tokens, t));
    out += spellings.has(t.tokenType) && !keepAsName ? english(t.tokenType as never, t.image) : t.image;
    if (/^[{｛]$/.test(t.image)) depth++;
    at = t.startOffset + t.image.length;
  }
  return out + "\n";
}
