// The grammar of language/README.md as a Chevrotain CstParser: each alternative its own sub-rule,
// rules as class fields, and one embedded action only, in `stray` (skipping a token nothing takes).
// to-ast.ts turns the CST into the AST; parse.ts turns the recorded errors into diagnostics.
import {
  CstParser,
  EOF,
  tokenMatcher,
  type IToken,
  type IOrAlt,
  type IParserErrorMessageProvider,
  type TokenType,
} from "chevrotain";
import * as T from "./lexer.js";

/** What a recorded parse error was about, carried in its message (read by syntax-errors.ts). */
export interface ErrorDetail {
  /** Names of the token types that would have been accepted. */
  expected: string[];
  /** The rule being parsed. */
  rule: string;
}

/** The distinct first tokens of the paths that were possible. */
function firstTokens(paths: TokenType[][]): string[] {
  return [...new Set(paths.flatMap((path) => (path[0] ? [path[0].name] : [])))];
}

/**
 * Problems met so far in the current parse: past PROBLEM_LIMIT the file is not a scheme gone
 * slightly wrong but something else, and parsing stops (TooManyProblems) rather than recovering
 * from every token of it.
 */
export const PROBLEM_LIMIT = 1000;
export const problemCount = { value: 0 };
export class TooManyProblems extends Error {}

function encode(detail: ErrorDetail): string {
  problemCount.value++;
  return JSON.stringify(detail);
}
export function decodeDetail(message: string): ErrorDetail {
  return JSON.parse(message) as ErrorDetail;
}

const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) =>
    encode({ expected: [expected.name], rule: ruleName }),
  buildNotAllInputParsedMessage: ({ ruleName }) => encode({ expected: ["EOF"], rule: ruleName }),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, ruleName }) =>
    encode({
      expected: firstTokens(expectedPathsPerAlt.flat()),
      rule: ruleName,
    }),
  buildEarlyExitMessage: ({ expectedIterationPaths, ruleName }) =>
    encode({ expected: firstTokens(expectedIterationPaths), rule: ruleName }),
};

/**
 * An alternative of an OR. (A helper rather than `{ ALT: () => … }` literals: tsx names every
 * arrow function written as a property value, at a cost on every call of a rule.)
 */
function alt(impl: () => unknown, ignoreAmbiguities = false): IOrAlt<unknown> {
  return { ALT: impl, IGNORE_AMBIGUITIES: ignoreAmbiguities };
}

export class KaoheParser extends CstParser {
  /**
   * `validate`: Chevrotain's checks of the grammar itself (ambiguities, left recursion…), a third of
   * a `kaohe check`'s start-up. The grammar does not change at run time, so they run in the tests
   * (test/language/grammar.test.ts), not at every start.
   */
  constructor({ validate = false }: { validate?: boolean } = {}) {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: "onlyOffset",
      errorMessageProvider: errorMessages,
      skipValidations: !validate,
    });
    this.performSelfAnalysis();
  }

  /** Per place: whether its loop goes on (see `loop`); stops the parse past PROBLEM_LIMIT. */
  private gates = Object.fromEntries(
    Object.entries(STOPS).map(([place, stops]) => [
      place,
      () => {
        const next = this.LA(1);
        const type = next.tokenType;
        if (problemCount.value > PROBLEM_LIMIT) throw new TooManyProblems();
        if (type === EOF) return false;
        return place === "scheme" || (type !== T.RBrace && !stops.some((stop) => tokenMatcher(next, stop)));
      },
    ]),
  ) as Record<Place, () => boolean>;
  private separator = alt(() => this.CONSUME(T.Sep));
  /** The last alternative of a loop: a token nothing else takes there is skipped as stray. */
  private strayIn(place: Place): IOrAlt<unknown> {
    return alt(() => this.SUBRULE(this.stray, { ARGS: [place] }), true);
  }
  /** Tokens skipped as stray, with where they stood; reset by parse.ts. */
  strays: Stray[] = [];

  /**
   * A token that nothing can begin with where it stands: noted and skipped, so that parsing goes
   * on with the next statement (parse.ts reports each run of them).
   */
  stray = this.RULE("stray", (place: Place = "scheme") => {
    const token = this.CONSUME(T.AnyToken);
    this.ACTION(() => {
      this.strays.push({ token, place });
      problemCount.value++;
    });
  });
  /** The line of the `输入` being read: `每 栏目` on it makes the input a list. */
  private inputLine = 0;
  /** The options after an input's type. `最低 不限` there is the item's floor, not an option; `每`
   *  is an option only on the input's line, and not where a rule follows (`每 x 得 1分`). */
  private inputOpts = {
    GATE: () => {
      const next = this.LA(1);
      if (tokenMatcher(next, T.Min)) return this.LA(2).tokenType !== T.NoLimit;
      if (!tokenMatcher(next, T.Per)) return true;
      const third = this.LA(3);
      const rule = third.startLine === this.inputLine && VERBS.some((v) => tokenMatcher(third, v));
      return next.startLine === this.inputLine && !rule;
    },
    DEF: () => this.SUBRULE(this.inputOpt),
  };
  /**
   * What stands between the braces of `place` (or at the top level): statements (`alts`),
   * separators, and stray tokens. The loop ends at `}`, at the end of the file, or at a keyword
   * that cannot stand inside (the `}` was forgotten: E106). `idx` is the occurrence index of the
   * loop and of its alternation within the rule.
   */
  private loop(place: Place, alts: IOrAlt<unknown>[], idx = 0): void {
    this.many(idx, {
      GATE: this.gates[place],
      MAX_LOOKAHEAD: 1,
      DEF: () => this.or(idx, { DEF: [...alts, this.separator, this.strayIn(place)], MAX_LOOKAHEAD: 1 }),
    });
  }

  // ---------------------------------------------------------------- file and declarations

  scheme = this.RULE("scheme", () => {
    this.OPTION({ DEF: () => this.SUBRULE(this.header), MAX_LOOKAHEAD: 1 });
    this.loop("scheme", [alt(() => this.SUBRULE(this.declaration))]);
  });

  header = this.RULE("header", () => {
    this.CONSUME(T.Scheme);
    this.CONSUME(T.Str);
    this.CONSUME(T.LBrace);
    this.loop("header", [alt(() => this.SUBRULE(this.metaEntry))]);
    this.CONSUME(T.RBrace);
  });

  metaEntry = this.RULE("metaEntry", () => {
    this.CONSUME(T.Name);
    this.OR([alt(() => this.CONSUME(T.Str)), alt(() => this.CONSUME(T.Quantity))]);
  });

  declaration = this.RULE("declaration", () => {
    this.OR([
      alt(() => this.SUBRULE(this.pool)),
      alt(() => this.SUBRULE(this.section)),
      alt(() => this.SUBRULE(this.item)),
      alt(() => this.SUBRULE(this.inputDecl)),
      alt(() => this.SUBRULE(this.units)),
      alt(() => this.SUBRULE(this.form)),
      alt(() => this.SUBRULE(this.combine)),
      alt(() => this.SUBRULE(this.grades)),
      alt(() => this.SUBRULE(this.naPolicy)),
      alt(() => this.SUBRULE(this.rounding)),
      alt(() => this.SUBRULE(this.ranking)),
      alt(() => this.SUBRULE(this.target)),
      alt(() => this.SUBRULE(this.veto)),
      alt(() => this.SUBRULE(this.constraint)),
      alt(() => this.SUBRULE(this.figureDecl)),
      alt(() => this.SUBRULE(this.dimension)),
      alt(() => this.SUBRULE(this.ratingDecl)),
    ]);
  });

  /** 维度 栏目 ["…"] [{ 政务公开, 办事服务 … }]: the elements of a list input; no braces: open. */
  dimension = this.RULE("dimension", () => {
    this.CONSUME(T.Dimension);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Str));
    this.OPTION2(() => {
      this.CONSUME(T.LBrace);
      this.loop("dimension", [alt(() => this.SUBRULE(this.dimensionElement))]);
      this.CONSUME(T.RBrace);
    });
  });

  /** An element: a name, a quoted text, or a number with its unit (`1月`). */
  dimensionElement = this.RULE("dimensionElement", () => {
    this.OR([
      alt(() => this.CONSUME(T.Name)),
      alt(() => this.CONSUME(T.Str)),
      alt(() => this.CONSUME(T.Quantity)),
    ]);
  });

  pool = this.RULE("pool", () => {
    this.CONSUME(T.Pool);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Str));
    this.OPTION2(() => this.CONSUME(T.Quantity));
    this.OPTION3(() => this.SUBRULE(this.poolKind));
    this.OPTION4(() => this.CONSUME(T.Star));
    this.OPTION5(() => this.SUBRULE(this.poolBody));
  });

  poolKind = this.RULE("poolKind", () => {
    this.OR([
      alt(() => this.CONSUME(T.Base)),
      alt(() => this.CONSUME(T.Adjustment)),
      alt(() => this.CONSUME(T.Bonus)),
    ]);
  });

  poolBody = this.RULE("poolBody", () => {
    this.CONSUME(T.LBrace);
    this.loop("poolBody", [alt(() => this.SUBRULE(this.member)), alt(() => this.SUBRULE(this.appliesTo))]);
    this.CONSUME(T.RBrace);
  });

  section = this.RULE("section", () => {
    this.CONSUME(T.Section);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Str));
    this.OPTION2(() => this.CONSUME(T.Quantity));
    this.OPTION3(() => this.SUBRULE(this.into));
    this.CONSUME(T.LBrace);
    this.loop("section", [alt(() => this.SUBRULE(this.sectionStmt))]);
    this.CONSUME(T.RBrace);
  });

  /** A section or an item, in a pool's or a section's body. */
  member = this.RULE("member", () => {
    this.OR([alt(() => this.SUBRULE(this.section)), alt(() => this.SUBRULE(this.item))]);
  });

  sectionStmt = this.RULE("sectionStmt", () => {
    this.OR([
      alt(() => this.SUBRULE(this.metaEntry)),
      alt(() => this.SUBRULE(this.appliesTo)),
      alt(() => this.SUBRULE(this.member)),
      alt(() => this.SUBRULE(this.veto)),
    ]);
  });

  /** 适用 kind {, kind} */
  appliesTo = this.RULE("appliesTo", () => {
    this.CONSUME(T.AppliesTo);
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Name);
    });
  });

  item = this.RULE("item", () => {
    this.CONSUME(T.Item);
    this.SUBRULE(this.itemId);
    this.OPTION(() => this.CONSUME(T.Str));
    this.OPTION2(() => this.CONSUME(T.Quantity));
    this.OPTION3(() => this.CONSUME(T.Star));
    this.OPTION4(() => this.SUBRULE(this.into));
    this.CONSUME(T.LBrace);
    this.loop("item", [alt(() => this.SUBRULE(this.itemStmt))]);
    this.CONSUME(T.RBrace);
  });

  itemId = this.RULE("itemId", () => {
    this.OR([alt(() => this.CONSUME(T.Name)), alt(() => this.CONSUME(T.Quantity))]);
  });

  into = this.RULE("into", () => {
    this.CONSUME(T.Into);
    this.CONSUME(T.Name);
  });

  itemStmt = this.RULE("itemStmt", () => {
    this.OR([
      alt(() => this.SUBRULE(this.metaEntry)),
      alt(() => this.SUBRULE(this.appliesTo)),
      alt(() => this.SUBRULE(this.inputDecl)),
      alt(() => this.SUBRULE(this.clause)),
      alt(() => this.SUBRULE(this.cap)),
      alt(() => this.SUBRULE(this.floor)),
      alt(() => this.SUBRULE(this.veto)),
      alt(() => this.SUBRULE(this.allowNa)),
      alt(() => this.SUBRULE(this.rescale)),
      alt(() => this.SUBRULE(this.constraint)),
      alt(() => this.SUBRULE(this.figureDecl)),
    ]);
  });

  allowNa = this.RULE("allowNa", () => {
    this.CONSUME(T.AllowNa);
  });

  // ---------------------------------------------------------------- inputs

  inputDecl = this.RULE("inputDecl", () => {
    const head = this.CONSUME(T.Input);
    // `适用 县区` on the input's own line limits the input; on a line of its own it is the item's.
    const sameLine = () => this.LA(1).startLine === head.startLine;
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Colon));
    this.SUBRULE(this.inputType);
    this.ACTION(() => (this.inputLine = head.startLine ?? 0));
    this.MANY(this.inputOpts);
    this.OPTION3({ GATE: sameLine, DEF: () => this.SUBRULE(this.appliesTo) });
    this.OPTION2(() => this.CONSUME(T.Str));
    this.OPTION4({ GATE: sameLine, DEF: () => this.SUBRULE2(this.appliesTo) });
  });

  inputType = this.RULE("inputType", () => {
    this.OR([
      alt(() => this.SUBRULE(this.amountType)),
      alt(() => this.SUBRULE(this.optionType)),
      alt(() => this.SUBRULE(this.checklistType)),
      alt(() => this.SUBRULE(this.simpleType)),
    ]);
  });

  amountType = this.RULE("amountType", () => {
    this.CONSUME(T.TypeAmount);
    this.CONSUME(T.Name);
  });
  optionType = this.RULE("optionType", () => {
    this.CONSUME(T.TypeOption);
    this.SUBRULE(this.list);
  });
  checklistType = this.RULE("checklistType", () => {
    this.CONSUME(T.TypeChecklist);
    this.SUBRULE(this.list);
  });
  simpleType = this.RULE("simpleType", () => {
    this.CONSUME(T.SimpleType);
  });

  list = this.RULE("list", () => {
    this.CONSUME(T.LBracket);
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Name);
    });
    this.CONSUME(T.RBracket);
  });

  inputOpt = this.RULE("inputOpt", () => {
    this.OR([
      alt(() => this.SUBRULE(this.inputBound)),
      alt(() => this.CONSUME(T.Optional)),
      alt(() => this.SUBRULE(this.inputPer)),
    ]);
  });

  /** 每 栏目: one value per element of the dimension (a list input). */
  inputPer = this.RULE("inputPer", () => {
    this.CONSUME(T.Per);
    this.CONSUME(T.Name);
  });

  /** 最高 q | 最低 q | 满分 q | 共 q */
  inputBound = this.RULE("inputBound", () => {
    this.OR([
      alt(() => this.CONSUME(T.Max)),
      alt(() => this.CONSUME(T.Min)),
      alt(() => this.CONSUME(T.FullMarks)),
      alt(() => this.CONSUME(T.Of)),
    ]);
    this.CONSUME(T.Quantity);
  });

  // ---------------------------------------------------------------- clauses

  /** A rule of an item: one that begins with 若, or one that may carry a mark (★, 计入 P). */
  clause = this.RULE("clause", () => {
    this.OR([alt(() => this.SUBRULE(this.conditional)), alt(() => this.SUBRULE(this.markedClause))]);
  });

  /** `若 c` then either `得 q [否则 r] [mark]` or `{ … } [否则 { … }]`, told apart by the `{`. */
  conditional = this.RULE("conditional", () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expr);
    this.OR([alt(() => this.SUBRULE(this.ifTail)), alt(() => this.SUBRULE(this.branchTail))]);
  });

  ifTail = this.RULE("ifTail", () => {
    this.SUBRULE(this.verb);
    this.CONSUME(T.Quantity);
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.CONSUME2(T.Quantity);
    });
    this.OPTION2(() => this.SUBRULE(this.clauseMark));
  });

  branchTail = this.RULE("branchTail", () => {
    this.SUBRULE(this.clauseBlock);
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.SUBRULE2(this.clauseBlock);
    });
  });

  /** `{ clause … }`: a branch of `若 c { … } 否则 { … }`. */
  clauseBlock = this.RULE("clauseBlock", () => {
    this.CONSUME(T.LBrace);
    this.loop("clauseBlock", [alt(() => this.SUBRULE(this.clause))]);
    this.CONSUME(T.RBrace);
  });

  markedClause = this.RULE("markedClause", () => {
    this.OR([
      alt(() => this.SUBRULE(this.scoreClause)),
      alt(() => this.SUBRULE(this.perClause)),
      alt(() => this.SUBRULE(this.byClause)),
      alt(() => this.SUBRULE(this.tiersClause)),
      alt(() => this.SUBRULE(this.ratioClause)),
      alt(() => this.SUBRULE(this.rankClause)),
      alt(() => this.SUBRULE(this.gradeClause)),
      alt(() => this.SUBRULE(this.partClause)),
    ]);
    this.OPTION(() => this.SUBRULE(this.clauseMark));
  });

  clauseMark = this.RULE("clauseMark", () => {
    this.OR([alt(() => this.CONSUME(T.Star)), alt(() => this.SUBRULE(this.into))]);
  });

  /** 得 | 加 | 扣 */
  verb = this.RULE("verb", () => {
    this.OR([
      alt(() => this.CONSUME(T.Score)),
      alt(() => this.CONSUME(T.Add)),
      alt(() => this.CONSUME(T.Deduct)),
    ]);
  });

  scoreClause = this.RULE("scoreClause", () => {
    this.OR([alt(() => this.CONSUME(T.Score)), alt(() => this.CONSUME(T.Add))]);
    this.SUBRULE(this.expr);
  });

  perClause = this.RULE("perClause", () => {
    this.OR1([
      alt(() => {
        this.CONSUME(T.Per);
        this.SUBRULE(this.perSubject);
      }),
      alt(() => {
        // 每满 1% (率 - 98%): every full step of a rate or an amount
        this.CONSUME(T.PerFull);
        this.CONSUME3(T.Quantity);
        this.SUBRULE(this.expr);
      }),
    ]);
    this.SUBRULE(this.verb);
    this.CONSUME(T.Quantity);
    this.OPTION2(() => this.CONSUME(T.Doubling));
    this.OPTION(() => {
      this.OR([alt(() => this.CONSUME(T.Max)), alt(() => this.CONSUME(T.MaxDeduct))]);
      this.CONSUME2(T.Quantity);
    });
  });

  /** What `每` counts: `栏目 若 c` (each element of a list for which c holds) or an expression. */
  perSubject = this.RULE("perSubject", () => {
    this.OR([
      alt(() => {
        this.CONSUME(T.Name);
        this.CONSUME(T.If);
        this.SUBRULE(this.expr);
      }),
      alt(() => this.SUBRULE2(this.expr)),
    ]);
  });

  byClause = this.RULE("byClause", () => {
    this.CONSUME(T.By);
    this.CONSUME(T.Name);
    this.CONSUME(T.LBrace);
    this.loop("byClause", [alt(() => this.SUBRULE(this.byCase))]);
    this.CONSUME(T.RBrace);
  });

  byCase = this.RULE("byCase", () => {
    this.OR([alt(() => this.CONSUME(T.Name)), alt(() => this.CONSUME(T.Str))]);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Quantity);
  });

  tiersClause = this.RULE("tiersClause", () => {
    this.CONSUME(T.Tiers);
    this.SUBRULE(this.expr);
    this.SUBRULE(this.bandList);
  });

  rankClause = this.RULE("rankClause", () => {
    this.CONSUME(T.RankBands);
    this.SUBRULE(this.expr);
    this.OPTION(() => this.SUBRULE(this.order));
    this.SUBRULE(this.bandList);
  });

  order = this.RULE("order", () => {
    this.OR([alt(() => this.CONSUME(T.Desc)), alt(() => this.CONSUME(T.Asc))]);
  });

  bandList = this.RULE("bandList", () => {
    this.CONSUME(T.LBrace);
    this.loop("bandList", [alt(() => this.SUBRULE(this.bandEntry))]);
    this.CONSUME(T.RBrace);
  });

  bandEntry = this.RULE("bandEntry", () => {
    this.SUBRULE(this.band);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Quantity);
  });

  band = this.RULE("band", () => {
    this.OR([
      alt(() => this.SUBRULE(this.cmpBand)),
      alt(() => this.SUBRULE(this.intervalBand)),
      alt(() => this.SUBRULE(this.otherwiseBand)),
    ]);
  });

  cmpBand = this.RULE("cmpBand", () => {
    this.CONSUME(T.CmpOp);
    this.CONSUME(T.Quantity);
  });

  intervalBand = this.RULE("intervalBand", () => {
    this.OR([alt(() => this.CONSUME(T.LBracket)), alt(() => this.CONSUME(T.LParen))]);
    this.CONSUME(T.Quantity);
    this.CONSUME(T.Comma);
    this.CONSUME2(T.Quantity);
    this.OR2([alt(() => this.CONSUME(T.RBracket)), alt(() => this.CONSUME(T.RParen))]);
  });

  otherwiseBand = this.RULE("otherwiseBand", () => {
    this.CONSUME(T.Otherwise);
  });

  ratioClause = this.RULE("ratioClause", () => {
    this.CONSUME(T.RatioToBest);
    this.SUBRULE(this.expr);
  });

  /** `等次 评定` (a grade the unit reports) or `等次 { A: 条件 … D: 其余 }` (derived from criteria). */
  gradeClause = this.RULE("gradeClause", () => {
    this.CONSUME(T.Grade);
    this.OR([alt(() => this.CONSUME(T.Name)), alt(() => this.SUBRULE(this.gradeCriteria))]);
  });

  gradeCriteria = this.RULE("gradeCriteria", () => {
    this.CONSUME(T.LBrace);
    this.loop("gradeCriteria", [alt(() => this.SUBRULE(this.gradeCriterion))]);
    this.CONSUME(T.RBrace);
  });

  gradeCriterion = this.RULE("gradeCriterion", () => {
    this.CONSUME(T.Name);
    this.CONSUME(T.Colon);
    this.OR([alt(() => this.CONSUME(T.Otherwise)), alt(() => this.SUBRULE(this.expr))]);
  });

  partClause = this.RULE("partClause", () => {
    this.CONSUME(T.Part);
    this.CONSUME(T.Str);
    this.OPTION(() => {
      this.OR([alt(() => this.CONSUME(T.Max)), alt(() => this.CONSUME(T.Cap))]);
      this.CONSUME(T.Quantity);
    });
    this.CONSUME(T.LBrace);
    this.loop("partClause", [alt(() => this.SUBRULE(this.clause))], 2);
    this.CONSUME(T.RBrace);
  });

  /** 封顶 q [因 "reason"] */
  cap = this.RULE("cap", () => {
    this.CONSUME(T.Cap);
    this.CONSUME(T.Quantity);
    this.OPTION(() => {
      this.CONSUME(T.Because);
      this.CONSUME(T.Str);
    });
  });

  floor = this.RULE("floor", () => {
    this.CONSUME(T.Min);
    this.OR([alt(() => this.CONSUME(T.Quantity)), alt(() => this.CONSUME(T.NoLimit))]);
  });

  rescale = this.RULE("rescale", () => {
    this.CONSUME(T.Rescale);
    this.CONSUME(T.Quantity);
    this.CONSUME(T.To);
    this.CONSUME2(T.Quantity);
    this.OPTION(() => this.SUBRULE(this.overflow));
  });

  overflow = this.RULE("overflow", () => {
    this.CONSUME(T.Overflow);
    this.CONSUME(T.Into);
    this.CONSUME(T.Name);
    this.OPTION(() => {
      this.CONSUME(T.Max);
      this.CONSUME(T.Quantity);
    });
  });

  veto = this.RULE("veto", () => {
    this.CONSUME(T.Veto);
    this.CONSUME(T.If);
    this.SUBRULE(this.expr);
    this.CONSUME(T.Then);
    this.SUBRULE(this.vetoTarget);
    this.OPTION(() => this.CONSUME(T.Str));
  });

  /** 量 名 = expr: a figure computed once per unit, used by name in rules. */
  figureDecl = this.RULE("figureDecl", () => {
    this.CONSUME(T.Figure);
    this.CONSUME(T.Name);
    this.CONSUME(T.Eq);
    this.SUBRULE(this.expr);
  });

  /** 约束 [若 c 则] d ["说明"]: what every submission must satisfy between its inputs. */
  constraint = this.RULE("constraint", () => {
    this.CONSUME(T.Constraint);
    this.OPTION(() => {
      this.CONSUME(T.If);
      this.SUBRULE(this.expr);
      this.CONSUME(T.Then);
    });
    this.SUBRULE2(this.expr);
    this.OPTION2(() => this.CONSUME(T.Str));
  });

  vetoTarget = this.RULE("vetoTarget", () => {
    this.OR([
      alt(() => {
        this.CONSUME(T.ThisItem);
        // 本项 取消评优: the item keeps its score, the unit is disqualified for it
        this.OPTION2(() => this.CONSUME2(T.Disqualify));
      }),
      alt(() => {
        this.CONSUME(T.Total);
        // 总分 最高 59分: the total is capped at that figure instead of zeroed; 总分 为 59分: set to it
        this.OPTION(() => {
          this.OR2([alt(() => this.CONSUME(T.Max)), alt(() => this.CONSUME(T.To))]);
          this.CONSUME(T.Quantity);
        });
      }),
      alt(() => this.CONSUME(T.Disqualify)),
      alt(() => this.CONSUME(T.NotScored)),
      alt(() => {
        // 评定 不合格: the unit's rating is set to that label
        this.CONSUME(T.Rating);
        this.CONSUME2(T.Name);
      }),
      alt(() => {
        this.CONSUME(T.Name);
        this.OPTION3(() => this.CONSUME3(T.Disqualify));
      }),
    ]);
  });

  /** `评定 { 优秀: 总分 ≥ 90 … 不合格: 其余 }`: the unit's rating, from its total. */
  ratingDecl = this.RULE("ratingDecl", () => {
    this.CONSUME(T.Rating);
    this.SUBRULE(this.gradeCriteria);
  });

  // ---------------------------------------------------------------- scheme-level declarations

  units = this.RULE("units", () => {
    this.CONSUME(T.Units);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Str));
    this.MANY(() => this.CONSUME2(T.Name));
    this.CONSUME(T.LBrace);
    // `其余`: units of this kind not listed (seed 003's 信息直报点): the class is open
    this.loop("units", [alt(() => this.SUBRULE(this.unitRow)), alt(() => this.CONSUME(T.Otherwise))], 2);
    this.CONSUME(T.RBrace);
  });

  /** A unit and its values; `/` is a cell left empty (not set for this unit). */
  unitRow = this.RULE("unitRow", () => {
    this.OR([alt(() => this.CONSUME(T.Name)), alt(() => this.CONSUME(T.Str))]);
    this.MANY(() => this.SUBRULE(this.unitCell));
  });
  unitCell = this.RULE("unitCell", () => {
    this.OR([alt(() => this.CONSUME(T.Quantity)), alt(() => this.CONSUME(T.Divide))]);
  });

  form = this.RULE("form", () => {
    this.CONSUME(T.Form);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Str));
  });

  combine = this.RULE("combine", () => {
    this.CONSUME(T.Combine);
    this.CONSUME(T.Mean);
  });

  grades = this.RULE("grades", () => {
    this.CONSUME(T.Grade);
    this.CONSUME(T.LBrace);
    this.loop("grades", [alt(() => this.SUBRULE(this.gradeLevel))]);
    this.CONSUME(T.RBrace);
  });

  gradeLevel = this.RULE("gradeLevel", () => {
    this.CONSUME(T.Name);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Quantity);
  });

  naPolicy = this.RULE("naPolicy", () => {
    this.CONSUME(T.Na);
    this.CONSUME(T.By);
    this.OR([alt(() => this.CONSUME(T.Renormalise)), alt(() => this.CONSUME(T.PeerAverage))]);
  });

  rounding = this.RULE("rounding", () => {
    this.CONSUME(T.Round);
    this.CONSUME(T.Quantity);
    this.OPTION(() =>
      this.OR([
        alt(() => this.CONSUME(T.HalfUp)),
        alt(() => this.CONSUME(T.Truncate)),
        alt(() => this.CONSUME(T.HalfEven)),
      ]),
    );
    this.OPTION2(() => {
      this.CONSUME(T.At);
      this.OR2([
        alt(() => this.CONSUME(T.Item)),
        alt(() => this.CONSUME(T.Section)),
        alt(() => this.CONSUME(T.Total)),
      ]);
    });
  });

  ranking = this.RULE("ranking", () => {
    this.CONSUME(T.Ranking);
    this.OPTION(() => {
      this.CONSUME(T.Name);
      this.OPTION4(() => this.CONSUME(T.Str));
    });
    this.OPTION2(() => this.SUBRULE(this.rankingBy));
    this.OPTION3(() => this.SUBRULE(this.order));
    this.OPTION5(() => this.SUBRULE(this.appliesTo));
    this.CONSUME(T.LBrace);
    this.loop("ranking", [alt(() => this.SUBRULE(this.rankMark))], 2);
    this.CONSUME(T.RBrace);
  });

  /** 按 总分 | 按 完成率 | 按 P (a pool or a top-level figure) */
  rankingBy = this.RULE("rankingBy", () => {
    this.CONSUME(T.By);
    this.OR([alt(() => this.CONSUME(T.Name)), alt(() => this.CONSUME(T.Total))]);
  });

  rankMark = this.RULE("rankMark", () => {
    this.OR([alt(() => this.CONSUME(T.Top)), alt(() => this.CONSUME(T.Bottom))]);
    this.CONSUME(T.Quantity);
    this.CONSUME(T.Str);
  });

  target = this.RULE("target", () => {
    this.CONSUME(T.Target);
    this.CONSUME(T.Name);
    this.OPTION(() => {
      this.CONSUME(T.Into);
      this.CONSUME2(T.Name);
    });
  });

  // ---------------------------------------------------------------- expressions

  expr = this.RULE("expr", () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(T.Or);
      this.SUBRULE2(this.andExpr);
    });
  });

  andExpr = this.RULE("andExpr", () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE2(this.notExpr);
    });
  });

  notExpr = this.RULE("notExpr", () => {
    this.OR([alt(() => this.SUBRULE(this.negation)), alt(() => this.SUBRULE(this.cmpExpr))]);
  });

  negation = this.RULE("negation", () => {
    this.CONSUME(T.Not);
    this.SUBRULE(this.notExpr);
  });

  cmpExpr = this.RULE("cmpExpr", () => {
    this.SUBRULE(this.sum);
    this.OPTION(() => {
      this.CONSUME(T.CmpOp);
      this.SUBRULE2(this.sum);
    });
  });

  sum = this.RULE("sum", () => {
    this.SUBRULE(this.product);
    this.MANY(() => {
      this.CONSUME(T.AddOp);
      this.SUBRULE2(this.product);
    });
  });

  product = this.RULE("product", () => {
    this.SUBRULE(this.unary);
    this.MANY(() => {
      this.CONSUME(T.MulOp);
      this.SUBRULE2(this.unary);
    });
  });

  unary = this.RULE("unary", () => {
    this.OR([
      alt(() => this.SUBRULE(this.negative)),
      alt(() => this.SUBRULE(this.call)),
      alt(() => this.SUBRULE(this.ref), true),
      alt(() => this.SUBRULE(this.number)),
      alt(() => this.SUBRULE(this.pointsRef)),
      alt(() => this.SUBRULE(this.unitKindRef)),
      alt(() => this.SUBRULE(this.unitNameRef)),
      alt(() => this.SUBRULE(this.totalRef)),
      alt(() => this.SUBRULE(this.group)),
    ]);
  });

  negative = this.RULE("negative", () => {
    this.CONSUME(T.Minus);
    this.SUBRULE(this.unary);
  });

  call = this.RULE("call", () => {
    this.CONSUME(T.Func);
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.expr);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.expr);
      });
    });
    this.CONSUME(T.RParen);
  });

  ref = this.RULE("ref", () => {
    this.CONSUME(T.Name);
  });
  number = this.RULE("number", () => {
    this.CONSUME(T.Quantity);
  });
  pointsRef = this.RULE("pointsRef", () => {
    this.CONSUME(T.Points);
  });
  unitKindRef = this.RULE("unitKindRef", () => {
    this.CONSUME(T.UnitKind);
  });
  /** `单位` in an expression: the unit being scored (`若 单位 = 开化县`). */
  /** `总分` in an expression (a rating's criterion): the unit's final total. */
  totalRef = this.RULE("totalRef", () => {
    this.CONSUME(T.Total);
  });
  unitNameRef = this.RULE("unitNameRef", () => {
    this.CONSUME(T.Units);
  });
  group = this.RULE("group", () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expr);
    this.CONSUME(T.RParen);
  });
}

export interface Stray {
  token: IToken;
  place: Place;
}

/** A rule whose body is a loop between braces (or the top level). */
export type Place =
  | "scheme"
  | "header"
  | "poolBody"
  | "section"
  | "item"
  | "partClause"
  | "clauseBlock"
  | "byClause"
  | "bandList"
  | "units"
  | "grades"
  | "gradeCriteria"
  | "ranking"
  | "dimension";

const TOP_LEVEL: TokenType[] = [
  T.Scheme,
  T.Pool,
  T.Section,
  T.Item,
  T.Input,
  T.Units,
  T.Form,
  T.Combine,
  T.Grade,
  T.Na,
  T.Round,
  T.Ranking,
  T.Target,
  T.Veto,
  T.Constraint,
  T.Figure,
  T.Dimension,
];
const VERBS: TokenType[] = [T.Score, T.Add, T.Deduct];
const STATEMENT: TokenType[] = [
  T.Input,
  T.If,
  T.Score,
  T.Add,
  T.Deduct,
  T.Per,
  T.PerFull,
  T.By,
  T.Tiers,
  T.RatioToBest,
  T.RankBands,
  T.Grade,
  T.Part,
  T.Cap,
  T.Min,
  T.Veto,
  T.AllowNa,
  T.Rescale,
  T.AppliesTo,
];
/** Keywords that begin a declaration at the top level (the header's 方案 aside). */
export const declarationKeywords: readonly TokenType[] = TOP_LEVEL.filter((t) => t !== T.Scheme);

/** Keywords that begin a statement somewhere: a name that begins with one may be glued to it (E108). */
export const statementKeywords: readonly TokenType[] = [...new Set([...TOP_LEVEL, ...STATEMENT])];

const except = (tokens: TokenType[], ...left: TokenType[]) => tokens.filter((t) => !left.includes(t));
/** Where only clauses stand (`部分 "…" { }`, `若 c { }`): item statements other than clauses end them. */
const CLAUSES_ONLY = [...except(TOP_LEVEL, T.Grade), T.Cap, T.Min, T.AllowNa, T.Rescale, T.AppliesTo];
/** Keywords that end the statements between braces at a place: they cannot stand there. */
const STOPS: Record<Place, TokenType[]> = {
  scheme: [],
  header: [...TOP_LEVEL, ...STATEMENT],
  poolBody: except(TOP_LEVEL, T.Section, T.Item),
  section: except(TOP_LEVEL, T.Section, T.Item, T.Veto),
  item: except(TOP_LEVEL, T.Input, T.Veto, T.Grade, T.Constraint, T.Figure),
  partClause: CLAUSES_ONLY,
  clauseBlock: CLAUSES_ONLY,
  byClause: [...TOP_LEVEL, ...STATEMENT],
  bandList: [...TOP_LEVEL, ...STATEMENT],
  units: [...TOP_LEVEL, ...STATEMENT],
  grades: [...TOP_LEVEL, ...STATEMENT],
  gradeCriteria: [...TOP_LEVEL, ...STATEMENT],
  ranking: [...TOP_LEVEL, ...STATEMENT],
  dimension: [...TOP_LEVEL, ...STATEMENT],
};

/** One parser for the process: Chevrotain parsers are built once and reset per input. */
export const parser = new KaoheParser();
