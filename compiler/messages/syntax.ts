// Words for the syntax diagnostics (E1xx, from language/source.ts and language/parse.ts), and the
// words those diagnostics put in their args: what was expected and what was found, in the
// user's spelling. Args ending in Zh / En hold words for that language only.
import type { Entry } from "./index.js";

export const syntaxMessages: Record<string, Entry> = {
  E100: {
    "zh-CN": "kaohe 读取这个文件时发生了内部错误（这是 kaohe 的缺陷，不是您写错了，请报告）：{detail}",
    en: "kaohe failed inside while reading this file (a bug in kaohe, not a mistake of yours; please report it): {detail}",
  },
  E101: {
    "zh-CN":
      "文件不是 UTF-8 编码的纯文本：第{line}行（第{byteOffset}个字节）的字节 {byte} 无法读取。kaohe 只读 UTF-8 纯文本；如果文件是用 GBK 保存的，或是 Word、Excel 文件，请用文本编辑器“另存为”UTF-8 编码的纯文本。",
    en: "The file is not UTF-8 plain text: byte {byte} on line {line} (byte {byteOffset}) cannot be read. kaohe reads UTF-8 plain text only; if the file was saved as GBK, or is a Word or Excel file, open it in a text editor and save it as UTF-8 plain text.",
  },
  E102: {
    "zh-CN": '文件是空的（或只有注释），里面没有方案。请从 方案 "方案名称" { } 开始写。',
    en: 'The file is empty (or holds only comments): there is no scheme in it. Start with  方案 "title of the scheme" { }.',
  },
  E103: {
    "zh-CN": "这里有一个不能用的字符「{char}」（{codePoint}）。{noteZh}",
    en: "The character “{char}” ({codePoint}) cannot be used here. {noteEn}",
  },
  E104: {
    "zh-CN":
      "这段文字以「{open}」开头，但这一行里没有结束的「{close}」。请在文字末尾补上「{close}」（文字不能跨行）。",
    en: "This text opens with “{open}” but the line has no closing “{close}”. Add “{close}” at the end of the text (a text cannot run over several lines).",
  },
  E105: {
    "zh-CN": "这里应为{expectedZh}，但写的是{foundZh}。",
    en: "Expected {expectedEn} here, but found {foundEn}.",
  },
  "E105.keyword-as-name": {
    "zh-CN": "这里应为名称，但写的是关键字「{keyword}」：关键字不能用作名称，请换一个名称（例如「{keyword}值」）。",
    en: "Expected a name here, but found the keyword “{keyword}”: a keyword cannot be used as a name. Choose another name (e.g. “{keyword}值”).",
  },
  "E105.keyword-as-column": {
    "zh-CN":
      "这里应为单位表的栏目名称或左花括号 {，但写的是关键字「{keyword}」：关键字不能用作栏目名，请换一个名称（例如「{keyword}值」）。",
    en: "Expected a column name of the unit table, or {, here, but found the keyword “{keyword}”: a keyword cannot be a column name. Choose another name (e.g. “{keyword}值”).",
  },
  E113: {
    "zh-CN":
      "这里不能写负数「{written}」：分值、加分、封顶、每满的步长、名次和小数位数都不会是负的。扣分请写 `扣 …`（如 `扣 3分`），负的下限请写在 `最低` 后面。",
    en: "A negative number “{written}” cannot stand here: points, bonuses, caps, steps, ranks and decimal places are never negative. Write a deduction as `扣 …` (e.g. `扣 3分`), and a negative lower bound after `最低`.",
  },
  E106: {
    "zh-CN": "{foundZh}之前缺少{expectedZh}。{noteZh}",
    en: "Missing {expectedEn} before {foundEn}. {noteEn}",
  },
  "E106.open": {
    "zh-CN": "这个「{」还没有对应的「}」。",
    en: "This { has no matching }.",
  },
  E107: {
    "zh-CN":
      "「。」不是这门语言的标点：一条语句写完后直接换行即可（需要时可用分号 ; 隔开）。请删除这个「。」。",
    en: "“。” is not punctuation of the language: end the statement by starting a new line (or separate statements with ;). Delete this “。”.",
  },
  E108: {
    "zh-CN":
      "「{glued}」把关键字「{keyword}」和名称连在一起了，应写成「{spaced}」：关键字与名称之间要留一个空格。",
    en: "“{glued}” runs the keyword {keyword} into a name: write “{spaced}”, with a space between the keyword and the name.",
  },
  E109: {
    "zh-CN": "另外还有{atLeastZh} {count} 个问题没有列出。请先改正上面的问题，再重新检查。",
    en: "There are {atLeastEn}{count} more problems, not shown here. Fix the ones above first, then check again.",
  },
  E110: {
    "zh-CN":
      '文件开头缺少方案标题。请在第一行写：方案 "方案名称" { }（花括号内可以写 年度、发文单位 等信息）。',
    en: 'The file does not begin with the scheme\'s title. Write on the first line:  方案 "title of the scheme" { }  (the braces may hold 年度, 发文单位 and the like).',
  },
  E111: {
    "zh-CN":
      "这里嵌套太深（括号、花括号或连用的「非」「-」超过 {limit} 层），kaohe 无法读取。请检查是否少写了右括号，或把表达式拆开来写。",
    en: "The nesting here is too deep (more than {limit} brackets, braces or repeated 非/- in a row) for kaohe to read. Check for a missing closing bracket, or split the expression.",
  },
  E112: {
    "zh-CN":
      "这个式子连用的运算符超过 {limit} 个（从这里起），kaohe 无法处理。请把它拆成几个指标，或按栏目分组后分别求和再相加。",
    en: "This expression joins more than {limit} operators in a row (from here on), more than kaohe can handle. Split it over several items, or add it up in groups and add the groups.",
  },
};

/** How E103 ends: what to write instead of the character. */
export const strayCharNotes = {
  twin: {
    "zh-CN": "这是全角字符，请改为半角的「{meant}」。",
    en: "It is a full-width character: write the half-width “{meant}” instead.",
  },
  other: {
    "zh-CN": "请删除它，或把它写进引号内的文字里。",
    en: "Delete it, or put it inside a quoted text.",
  },
} satisfies Record<string, Entry>;

/** E109's count: exact, or a lower bound when the file was too garbled to read to its end. */
export const atLeastWords = {
  exact: { "zh-CN": "", en: "" },
  some: { "zh-CN": "至少", en: "at least " },
} satisfies Record<string, Entry>;

/** How E106 ends when a `{` is left open. */
export const unclosedNotes = {
  open: {
    "zh-CN": "第{line}行的「{」还没有对应的「}」：请在那一段的末尾补上「}」。",
    en: "The { on line {line} has no matching }: add } at the end of that block.",
  },
  none: { "zh-CN": "", en: "" },
} satisfies Record<string, Entry>;

/** Words for a token type, as it is expected. Keywords use `keyword` with their spellings. */
export const tokenWords: Record<string, Entry> = {
  Name: { "zh-CN": "名称", en: "a name" },
  Quantity: { "zh-CN": "数字（如 3分、80%）", en: "a number (such as 3分 or 80%)" },
  Str: { "zh-CN": '引号内的文字（如 "…"）', en: 'a quoted text ("…")' },
  StringLit: { "zh-CN": '引号内的文字（如 "…"）', en: 'a quoted text ("…")' },
  UnclosedString: { "zh-CN": '引号内的文字（如 "…"）', en: 'a quoted text ("…")' },
  LBrace: { "zh-CN": "左花括号 {", en: "an opening brace {" },
  RBrace: { "zh-CN": "右花括号 }", en: "a closing brace }" },
  LParen: { "zh-CN": "左括号 (", en: "an opening bracket (" },
  RParen: { "zh-CN": "右括号 )", en: "a closing bracket )" },
  LBracket: { "zh-CN": "左方括号 [", en: "an opening square bracket [" },
  RBracket: { "zh-CN": "右方括号 ]", en: "a closing square bracket ]" },
  Colon: { "zh-CN": "冒号 :", en: "a colon :" },
  Comma: { "zh-CN": "逗号 ,", en: "a comma ," },
  Semicolon: { "zh-CN": "分号 ;", en: "a semicolon ;" },
  Sep: { "zh-CN": "逗号或分号", en: "a comma or semicolon" },
  Star: { "zh-CN": "星号 ★", en: "a star ★" },
  CmpOp: { "zh-CN": "比较符号（≥ > < ≤ = ≠）", en: "a comparison (≥ > < ≤ = ≠)" },
  Ge: { "zh-CN": "≥", en: "≥" },
  Le: { "zh-CN": "≤", en: "≤" },
  Ne: { "zh-CN": "≠", en: "≠" },
  Gt: { "zh-CN": ">", en: ">" },
  Lt: { "zh-CN": "<", en: "<" },
  Eq: { "zh-CN": "=", en: "=" },
  AddOp: { "zh-CN": "加号 + 或减号 -", en: "+ or -" },
  Plus: { "zh-CN": "加号 +", en: "+" },
  Minus: { "zh-CN": "减号 -", en: "-" },
  MulOp: { "zh-CN": "乘号 × 或除号 ÷", en: "× or ÷" },
  Times: { "zh-CN": "乘号 ×", en: "×" },
  Divide: { "zh-CN": "除号 ÷", en: "÷" },
  Func: {
    "zh-CN": "函数名（最小、最大、限定、线性、得分、已选、缺项）",
    en: "a function (最小 min, 最大 max, 限定 clamp, 线性 linear, 得分 score-of, 已选 checked, 缺项 missing)",
  },
  SimpleType: {
    "zh-CN": "输入类型（是否、次数、比率、数值、数量、选项、等次、名次、分数、清单、文本、材料）",
    en: "an input type (是否 bool, 次数 count, 比率 rate, 数值 number, 数量 amount, 选项 option, 等次 grade, 名次 rank, 分数 score, 清单 checklist, 文本 text, 材料 evidence)",
  },
  EOF: { "zh-CN": "文件结尾", en: "the end of the file" },
  keyword: { "zh-CN": "关键字「{zh}」", en: "the keyword {zh} ({en})" },
};

/** Words for a token as it was found: `{text}` is what was written. */
export const foundWords: Record<"Name" | "Quantity" | "Str" | "keyword", Entry> = {
  Name: { "zh-CN": "名称「{text}」", en: "the name “{text}”" },
  Quantity: { "zh-CN": "数字「{text}」", en: "the number “{text}”" },
  Str: { "zh-CN": "文字 {text}", en: "the text {text}" },
  keyword: { "zh-CN": "关键字「{text}」", en: "the keyword {text}" },
};

/** What may come at a place in the grammar, when listing the tokens would be too long. */
export const placeWords: Record<string, Entry> = {
  scheme: {
    "zh-CN": "一条声明（计分池、分项、指标、输入、单位、表、合成、等次、无此项、舍入、排名、目标、否决）",
    en: "a declaration (计分池 pool, 分项 section, 指标 item, 输入 input, 单位 units, 表 form, 合成 combine, 等次 grade, 无此项 na, 舍入 round, 排名 ranking, 目标 target, 否决 veto)",
  },
  header: {
    "zh-CN": '一条方案信息（如 年度 2024、发文单位 "…"）或右花括号 }',
    en: 'a line about the scheme (such as 年度 2024 or 发文单位 "…") or a closing brace }',
  },
  poolBody: {
    "zh-CN": "分项、指标、适用或右花括号 }",
    en: "a section, an item, 适用 applies-to or a closing brace }",
  },
  section: {
    "zh-CN": "分项内的内容（分项、指标、否决、适用，或 出处、备注 等信息）或右花括号 }",
    en: 'what a section holds (分项 section, 指标 item, 否决 veto, 适用 applies-to, or a line such as 出处 "…") or a closing brace }',
  },
  item: {
    "zh-CN":
      "指标内的一条语句（输入、若、得、加、扣、每、按、分档、最高值比、名次分档、等次、部分、封顶、最低、折算、否决、可无此项、适用，或 出处、备注 等信息）或右花括号 }",
    en: 'a statement of the item (输入 input, 若 if, 得 score, 加 add, 扣 deduct, 每 per, 按 by, 分档 tiers, 最高值比 ratio-to-best, 名次分档 rank-bands, 等次 grade, 部分 part, 封顶 cap, 最低 min, 折算 rescale, 否决 veto, 可无此项 allow-na, 适用 applies-to, or a line such as 出处 "…") or a closing brace }',
  },
  partClause: {
    "zh-CN": "一条计分规则（若、得、加、每、按、分档、最高值比、名次分档、等次、部分）或右花括号 }",
    en: "a scoring rule (若 if, 得 score, 加 add, 每 per, 按 by, 分档 tiers, 最高值比 ratio-to-best, 名次分档 rank-bands, 等次 grade, 部分 part) or a closing brace }",
  },
  clauseBlock: {
    "zh-CN": "一条计分规则（若、得、加、扣、每、按、分档、最高值比、名次分档、等次、部分）或右花括号 }",
    en: "a scoring rule (若 if, 得 score, 加 add, 扣 deduct, 每 per, 按 by, 分档 tiers, 最高值比 ratio-to-best, 名次分档 rank-bands, 等次 grade, 部分 part) or a closing brace }",
  },
  byClause: {
    "zh-CN": "一个选项及其分数（如 专线接入: 3分）或右花括号 }",
    en: "an option and its points (such as 专线接入: 3分) or a closing brace }",
  },
  bandList: {
    "zh-CN": "一个分档及其分数（如 ≥ 90%: 3分、[60%, 90%): 2分、其余: 0分）或右花括号 }",
    en: "a band and its points (such as ≥ 90%: 3分, [60%, 90%): 2分, 其余: 0分) or a closing brace }",
  },
  units: {
    "zh-CN": "一个单位及其各列数值（如 通川区 150）或右花括号 }",
    en: "a unit and its column values (such as 通川区 150) or a closing brace }",
  },
  grades: {
    "zh-CN": "一个等次及其比例（如 A: 100%）或右花括号 }",
    en: "a grade and its share (such as A: 100%) or a closing brace }",
  },
  ranking: {
    "zh-CN": '一条名次标记（如 前 3 "表彰"、后 3 "督促整改"）或右花括号 }',
    en: 'a place mark (such as 前 3 "表彰" or 后 3 "督促整改") or a closing brace }',
  },
  value: {
    "zh-CN": "一个值（数字、名称、分值、函数或左括号 (）",
    en: "a value (a number, a name, 分值 points, a function or an opening bracket ()",
  },
  clause: {
    "zh-CN": "一条计分规则（若、得、加、每、按、分档、最高值比、名次分档、等次、部分）",
    en: "a scoring rule (若 if, 得 score, 加 add, 每 per, 按 by, 分档 tiers, 最高值比 ratio-to-best, 名次分档 rank-bands, 等次 grade, 部分 part)",
  },
  band: {
    "zh-CN": "一个分档（如 ≥ 90%、[60%, 90%)、其余）",
    en: "a band (such as ≥ 90%, [60%, 90%) or 其余 otherwise)",
  },
  once: {
    "zh-CN": "其他语句（这里已经写过「{text}」，只能写一次）",
    en: "another statement ({text} is already given here and may be written once)",
  },
};

/** How several expected things are joined. */
export const orWords: Entry = { "zh-CN": "或", en: " or " };
export const listWords: Entry = { "zh-CN": "、", en: ", " };
