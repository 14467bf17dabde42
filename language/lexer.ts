// The tokens of the language and the Chevrotain lexer that produces them.
// Keywords and names use custom pattern functions (chars.ts) so that Chinese letters are
// recognised: Chevrotain rebuilds regexes without the `u` flag.
import { createToken, Lexer, tokenMatcher, type CustomPatternMatcherFunc, type TokenType } from "chevrotain";
import { nameEnd, nameStartCodes, unitEnd } from "./chars.js";

// ---------------------------------------------------------------- categories (no pattern)

/** `,` `;` (and `、`, `，`, `；`) between statements and entries. */
export const Sep = createToken({ name: "Sep", pattern: Lexer.NA });

/** Every token the parser sees: the parser skips one that nothing takes (parser.ts `stray`). */
export const AnyToken = createToken({ name: "AnyToken", pattern: Lexer.NA });
/** A quoted text, closed or not (an unclosed one is reported as E104 and read to the line's end). */
export const Str = createToken({ name: "Str", pattern: Lexer.NA });
/** A function name: `最小(…)`, `已选(…)`. */
export const Func = createToken({ name: "Func", pattern: Lexer.NA });
/** An input type written as one word. */
export const SimpleType = createToken({
  name: "SimpleType",
  pattern: Lexer.NA,
});
export const CmpOp = createToken({ name: "CmpOp", pattern: Lexer.NA });
export const AddOp = createToken({ name: "AddOp", pattern: Lexer.NA });
export const MulOp = createToken({ name: "MulOp", pattern: Lexer.NA });

// ---------------------------------------------------------------- names

const matchName: CustomPatternMatcherFunc = (text, offset) => {
  const end = nameEnd(text, offset);
  return end > offset ? [text.slice(offset, end)] : null;
};
export const Name = createToken({
  name: "Name",
  pattern: { exec: matchName },
  start_chars_hint: nameStartCodes(),
  line_breaks: false,
  categories: [AnyToken],
});

// ---------------------------------------------------------------- keywords

/**
 * The spellings of every keyword-like token, first the simplified Chinese one, then the
 * traditional one where it differs, then the English one. Messages show the first and the last.
 */
export const spellings = new Map<TokenType, readonly string[]>();

/** A word matches only where the name it starts ends: `得分率` is a name, `得3分` is `得` `3分`. */
function matchWord(words: readonly string[]): CustomPatternMatcherFunc {
  return (text, offset) => {
    for (const word of words) {
      if (!text.startsWith(word, offset)) continue;
      const lastPart = offset + word.lastIndexOf("-") + 1; // `max-deduct`: names hold no `-`
      if (nameEnd(text, lastPart) === offset + word.length) return [word];
    }
    return null;
  };
}

const keywordTokens: TokenType[] = [];
function keyword(name: string, words: readonly string[], categories: TokenType[] = []): TokenType {
  // Longest first, so that a spelling that is a prefix of another never hides it.
  const ordered = [...words].sort((a, b) => b.length - a.length);
  const token = createToken({
    name,
    pattern: { exec: matchWord(ordered) },
    start_chars_hint: [...new Set(words.map((w) => w[0]!))],
    line_breaks: false,
    categories: [...categories, AnyToken],
  });
  spellings.set(token, words);
  keywordTokens.push(token);
  return token;
}

export const Scheme = keyword("Scheme", ["方案", "scheme"]);
export const Pool = keyword("Pool", ["计分池", "計分池", "pool"]);
export const Section = keyword("Section", ["分项", "分項", "section"]);
export const Item = keyword("Item", ["指标", "指標", "item"]);
export const Input = keyword("Input", ["输入", "輸入", "input"]);
export const Units = keyword("Units", ["单位", "單位", "units"]);
export const Form = keyword("Form", ["表", "form"]);
export const Combine = keyword("Combine", ["合成", "combine"]);
export const Grade = keyword("Grade", ["等次", "grade"], [SimpleType]);
export const Na = keyword("Na", ["无此项", "無此項", "na"]);
export const AllowNa = keyword("AllowNa", ["可无此项", "可無此項", "allow-na"]);
export const Round = keyword("Round", ["舍入", "捨入", "round"]);
export const Ranking = keyword("Ranking", ["排名", "ranking"]);
export const Target = keyword("Target", ["目标", "目標", "target"]);
export const If = keyword("If", ["若", "if"]);
export const Then = keyword("Then", ["则", "則", "then"]);
export const Else = keyword("Else", ["否则", "否則", "else"]);
export const Score = keyword("Score", ["得"]);
export const Add = keyword("Add", ["加", "add"]);
export const Deduct = keyword("Deduct", ["扣", "deduct"]);
// Before 每/per: `per` would otherwise take the start of `per-full`.
export const PerFull = keyword("PerFull", ["每满", "每滿", "per-full"]);
export const Per = keyword("Per", ["每", "per"]);
export const Max = keyword("Max", ["最高"]);
export const MaxDeduct = keyword("MaxDeduct", ["最多扣", "max-deduct"]);
// `每 违规次数 扣 1分 重复加倍`: the first occurrence deducts 1分, every repeat twice that
export const Doubling = keyword("Doubling", ["重复加倍", "重複加倍", "doubling"]);
export const Min = keyword("Min", ["最低"]);
export const Cap = keyword("Cap", ["封顶", "封頂", "cap"]);
export const NoLimit = keyword("NoLimit", ["不限", "none"]);
export const By = keyword("By", ["按", "by"]);
export const Tiers = keyword("Tiers", ["分档", "分檔", "tiers"]);
export const RatioToBest = keyword("RatioToBest", ["最高值比", "ratio-to-best"]);
export const RankBands = keyword("RankBands", ["名次分档", "名次分檔", "rank-bands"]);
export const Part = keyword("Part", ["部分", "part"]);
export const Rescale = keyword("Rescale", ["折算", "rescale"]);
export const To = keyword("To", ["为", "為", "to"]);
export const Overflow = keyword("Overflow", ["超出", "overflow"]);
export const Into = keyword("Into", ["计入", "計入", "into"]);
export const Veto = keyword("Veto", ["否决", "否決", "veto"]);
export const Constraint = keyword("Constraint", ["约束", "約束", "constraint"]);
export const Figure = keyword("Figure", ["量", "figure"]);
// `维度 栏目 { 政务公开, 办事服务 }`: the elements a list input has one value for.
export const Dimension = keyword("Dimension", ["维度", "維度", "dimension"]);
export const Because = keyword("Because", ["因", "because"]);
export const ThisItem = keyword("ThisItem", ["本项", "本項", "this-item"]);
export const Total = keyword("Total", ["总分", "總分", "total"]);
export const Disqualify = keyword("Disqualify", ["取消评优", "取消評優", "disqualify"]);
// 否决 … 则 不计分: the unit is not scored (the documents also say 不参加考核, 不予考核)
export const NotScored = keyword("NotScored", ["不计分", "不計分", "不参加考核", "不參加考核", "不予考核", "not-scored"]);
export const And = keyword("And", ["且", "and"]);
export const Or = keyword("Or", ["或", "or"]);
export const Not = keyword("Not", ["非", "not"]);
export const Top = keyword("Top", ["前", "top"]);
export const Bottom = keyword("Bottom", ["后", "後", "bottom"]);
export const Desc = keyword("Desc", ["降序", "desc"]);
export const Asc = keyword("Asc", ["升序", "asc"]);
// `合成 平均`, and the function `平均(回复率)` (the mean over a list) when `(` follows.
export const Mean = keyword("Mean", ["平均", "mean"], [Func]);
export const Base = keyword("Base", ["基准", "基準", "base"]);
export const Adjustment = keyword("Adjustment", ["调整", "調整", "adjustment"]);
export const Bonus = keyword("Bonus", ["加分", "bonus"]);
export const Of = keyword("Of", ["共", "of"]);
export const FullMarks = keyword("FullMarks", ["满分", "滿分", "full-marks"]);
export const Optional = keyword("Optional", ["可选", "可選", "optional"]);
export const Renormalise = keyword("Renormalise", ["重新分配", "renormalise"]);
export const PeerAverage = keyword("PeerAverage", ["平均分", "peer-average"]);
export const At = keyword("At", ["于", "於", "at"]);
export const HalfUp = keyword("HalfUp", ["四舍五入", "四捨五入", "half-up"]);
export const Truncate = keyword("Truncate", ["截断", "截斷", "truncate"]);
export const HalfEven = keyword("HalfEven", ["银行家舍入", "銀行家捨入", "half-even"]);
export const Points = keyword("Points", ["分值", "points"]);
export const UnitKind = keyword("UnitKind", ["单位类别", "單位類別", "unit-kind"]);
export const Otherwise = keyword("Otherwise", ["其余", "其餘", "otherwise"]);
export const AppliesTo = keyword("AppliesTo", ["适用", "適用", "applies-to"]);
// `排名 按 完成率`. Also a name (an input may be called 完成率), told apart where it stands.
export const Completion = keyword("Completion", ["完成率", "completion"], [Name]);
// `评定 { 优秀: 总分 ≥ 90 … }` at the top level and `则 评定 不合格` after a veto: the unit's rating.
// Also a name (an input may be called 评定, `等次 评定`), told apart where it stands.
export const Rating = keyword("Rating", ["评定", "評定", "rating"], [Name]);

// Over a list input: how many elements meet a condition, the sum of the elements, how many there are. Before the
// input types: `count` would otherwise take the start of `count-of`.
export const FnCountOf = keyword("FnCountOf", ["个数", "個數", "count-of"], [Func, Name]);
export const FnSum = keyword("FnSum", ["合计", "合計", "sum"], [Func, Name]);
// How many elements a list has (an open list's: as many as the unit gave).
export const FnLengthOf = keyword("FnLengthOf", ["项数", "項數", "length-of"], [Func, Name]);

// Input types. Those written with a word that is not otherwise a keyword also read as names,
// so an input may be called `次数` or `分数`.
export const TypeBool = keyword("TypeBool", ["是否", "bool"], [SimpleType, Name]);
export const TypeCount = keyword("TypeCount", ["次数", "次數", "count"], [SimpleType, Name]);
export const TypeRate = keyword("TypeRate", ["比率", "rate"], [SimpleType, Name]);
export const TypeNumber = keyword("TypeNumber", ["数值", "數值", "number"], [SimpleType, Name]);
export const TypeAmount = keyword("TypeAmount", ["数量", "數量", "amount"], [Name]);
export const TypeOption = keyword("TypeOption", ["选项", "選項", "option"], [Name]);
export const TypeRank = keyword("TypeRank", ["名次", "rank"], [SimpleType, Name]);
export const TypeScore = keyword("TypeScore", ["分数", "分數"], [SimpleType, Name]);
export const TypeChecklist = keyword("TypeChecklist", ["清单", "清單", "checklist"], [Name]);
export const TypeText = keyword("TypeText", ["文本", "text"], [SimpleType, Name]);
export const TypeEvidence = keyword("TypeEvidence", ["材料", "evidence"], [SimpleType, Name]);

// Functions. The Chinese names also read as names (an input may be called `缺项`).
export const FnMin = keyword("FnMin", ["最小"], [Func, Name]);
export const FnMax = keyword("FnMax", ["最大"], [Func, Name]);
export const FnClamp = keyword("FnClamp", ["限定", "clamp"], [Func, Name]);
export const FnLinear = keyword("FnLinear", ["线性", "線性", "linear"], [Func, Name]);
export const FnScoreOf = keyword("FnScoreOf", ["得分", "score-of"], [Func, Name]);
export const FnChecked = keyword("FnChecked", ["已选", "已選", "checked"], [Func, Name]);
export const FnMissing = keyword("FnMissing", ["缺项", "缺項", "missing"], [Func, Name]);

// English words that spell two things: `score` is 得 and the type 分数; `max`/`min` are 最高/最低
// and the functions 最大/最小. Each is one token that belongs to both.
export const ScoreEn = keyword("ScoreEn", ["score"], [Score, SimpleType]);
export const MaxEn = keyword("MaxEn", ["max"], [Max, Func]);
export const MinEn = keyword("MinEn", ["min"], [Min, Func]);
// Shown in messages as both spellings.
spellings.set(Score, ["得", "score"]);
spellings.set(Max, ["最高", "max"]);
spellings.set(Min, ["最低", "min"]);

// ---------------------------------------------------------------- literals

const DIGITS = /\d+(?:\.\d+)?/y;
const SIGNS = "-－−";
/** Tokens after which a `-` is subtraction, not the sign of a number: they end an operand. */
const operandEnds = (): TokenType[] => [Name, Quantity, RParen, Points, UnitKind, Units];
/**
 * `3`, `0.5`, `001`, and the unit glued to it: `3分`, `80%`, `80％`, `200万元`; with a sign
 * (`-10%`, `−5%`) where no operand stands before it: `最低 -100%`, `[-10%, 0%)`, `≥ −5%`. After an
 * operand `率 -98%` is a subtraction, as `率 - 98%`.
 */
const matchQuantity: CustomPatternMatcherFunc = (text, offset, tokens) => {
  const signed = SIGNS.includes(text[offset]!);
  if (signed) {
    const previous = tokens[tokens.length - 1];
    if (previous && operandEnds().some((t) => tokenMatcher(previous, t))) return null;
  }
  DIGITS.lastIndex = signed ? offset + 1 : offset;
  const digits = DIGITS.exec(text);
  if (!digits) return null;
  let end = DIGITS.lastIndex;
  const next = text[end];
  end = next === "%" || next === "％" ? end + 1 : unitEnd(text, end);
  return [text.slice(offset, end)];
};
export const Quantity = createToken({
  name: "Quantity",
  pattern: { exec: matchQuantity },
  start_chars_hint: [..."0123456789", ...SIGNS],
  line_breaks: false,
  categories: [AnyToken],
});

/** Opening quote → closing quote. */
export const QUOTES: Record<string, string> = {
  '"': '"',
  "“": "”",
  "「": "」",
  "『": "』",
};

/** Where the quoted text opening at `offset` ends, and whether its closing quote was found. */
function scanString(text: string, offset: number): { end: number; closed: boolean } | null {
  const close = QUOTES[text[offset]!];
  if (close === undefined) return null;
  let i = offset + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n" || ch === "\r") break;
    if (ch === close) return { end: i + 1, closed: true };
    i += ch === "\\" && close === '"' && (text[i + 1] === '"' || text[i + 1] === "\\") ? 2 : 1;
  }
  return { end: i, closed: false };
}
export const StringLit = createToken({
  name: "StringLit",
  pattern: {
    exec: (text, offset) => {
      const s = scanString(text, offset);
      return s?.closed ? [text.slice(offset, s.end)] : null;
    },
  },
  start_chars_hint: Object.keys(QUOTES),
  line_breaks: false,
  categories: [Str, AnyToken],
});
export const UnclosedString = createToken({
  name: "UnclosedString",
  pattern: {
    exec: (text, offset) => {
      const s = scanString(text, offset);
      return s && !s.closed ? [text.slice(offset, s.end)] : null;
    },
  },
  start_chars_hint: Object.keys(QUOTES),
  line_breaks: false,
  categories: [Str, AnyToken],
});

// ---------------------------------------------------------------- punctuation

function punct(name: string, pattern: RegExp, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern, categories: [...categories, AnyToken] });
}
export const Ge = punct("Ge", />=|≥|＞＝/, [CmpOp]);
export const Le = punct("Le", /<=|≤|＜＝/, [CmpOp]);
export const Ne = punct("Ne", /!=|≠|！＝/, [CmpOp]);
export const Gt = punct("Gt", /[>＞]/, [CmpOp]);
export const Lt = punct("Lt", /[<＜]/, [CmpOp]);
export const Eq = punct("Eq", /[=＝]/, [CmpOp]);
export const Plus = punct("Plus", /[+＋]/, [AddOp]);
export const Minus = punct("Minus", /[-－−]/, [AddOp]);
export const Times = punct("Times", /[×*]/, [MulOp]);
export const Divide = punct("Divide", /[÷/]/, [MulOp]);
export const LBrace = punct("LBrace", /[{｛]/);
export const RBrace = punct("RBrace", /[}｝]/);
export const LParen = punct("LParen", /[(（]/);
export const RParen = punct("RParen", /[)）]/);
export const LBracket = punct("LBracket", /[[［]/);
export const RBracket = punct("RBracket", /[\]］]/);
export const Colon = punct("Colon", /[:：]/);
export const Comma = punct("Comma", /[,，、]/, [Sep]);
export const Semicolon = punct("Semicolon", /[;；]/, [Sep]);
export const Star = punct("Star", /[★☆]/);

// ---------------------------------------------------------------- skipped and stray input

const Whitespace = createToken({
  name: "Whitespace",
  pattern: /[ \t\n\r\f\v\u00a0\u200b\u3000\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
const Comment = createToken({
  name: "Comment",
  pattern: /(?:#|＃|\/\/)[^\n\r]*/,
  group: Lexer.SKIPPED,
});

/** Tokens the parser never sees; parse.ts reports each one. */
export const STRAY = "stray";
/** `。` at the end of a statement (E107). */
export const FullStop = createToken({
  name: "FullStop",
  pattern: /。/,
  group: STRAY,
});
/** Any other character the language does not use (E103), one code point at a time. */
export const Unexpected = createToken({
  name: "Unexpected",
  pattern: {
    exec: (text, offset) => [String.fromCodePoint(text.codePointAt(offset)!)],
  },
  start_chars_hint: Array.from({ length: 0x10000 }, (_, code) => code),
  line_breaks: false,
  group: STRAY,
});

export const allTokens: TokenType[] = [
  Whitespace,
  Comment,
  StringLit,
  UnclosedString,
  Quantity,
  ...keywordTokens,
  Name,
  Ge,
  Le,
  Ne,
  Gt,
  Lt,
  Eq,
  Plus,
  Minus,
  Times,
  Divide,
  LBrace,
  RBrace,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Colon,
  Comma,
  Semicolon,
  Star,
  FullStop,
  Unexpected,
  // Categories last: they match nothing themselves.
  AnyToken,
  Sep,
  Str,
  Func,
  SimpleType,
  CmpOp,
  AddOp,
  MulOp,
];

/** The lexer's settings; its validations (of the token definitions) run in the tests, as the parser's. */
export const LEXER_CONFIG = { ensureOptimizations: true, positionTracking: "full" } as const;

export const lexer = new Lexer(allTokens, { ...LEXER_CONFIG, skipValidations: true });
