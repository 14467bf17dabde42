// The grammar of language/README.md as a pure Chevrotain CstParser: no actions beyond noting
// stray tokens, each alternative its own sub-rule, rules as class fields. to-ast.ts turns the CST
// into the AST; parse.ts turns the recorded errors into diagnostics.
import {
  CstParser,
  tokenMatcher,
  type IParserErrorMessageProvider,
  type IToken,
  type TokenType,
} from "chevrotain";
import * as T from "./lexer.js";

/** What a recorded parse error was about, carried in its message (decoded by parse.ts). */
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
const encode = (detail: ErrorDetail): string => JSON.stringify(detail);
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

export class KaoheParser extends CstParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: "full",
      errorMessageProvider: errorMessages,
    });
    this.performSelfAnalysis();
  }

  private separator = { ALT: () => this.CONSUME(T.Sep) };
  /**
   * Whether the loop over what stands between the braces of `place` goes on: it ends at `}`, or
   * at a keyword that cannot stand inside (the `}` was forgotten; reported as E106 there).
   * Tokens that nothing takes are skipped by Chevrotain's in-repetition recovery (E105).
   */
  private until(place: Place) {
    const stops = STOPS[place];
    return () => {
      const next = this.LA(1);
      return next.tokenType !== T.RBrace && !stops.some((stop) => tokenMatcher(next, stop));
    };
  }

  // ---------------------------------------------------------------- file and declarations

  scheme = this.RULE("scheme", () => {
    this.OPTION(() => this.SUBRULE(this.header));
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE(this.declaration) }, this.separator]));
  });

  header = this.RULE("header", () => {
    this.CONSUME(T.Scheme);
    this.CONSUME(T.Str);
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("header"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.metaEntry) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  metaEntry = this.RULE("metaEntry", () => {
    this.CONSUME(T.Name);
    this.OR([{ ALT: () => this.CONSUME(T.Str) }, { ALT: () => this.CONSUME(T.Quantity) }]);
  });

  declaration = this.RULE("declaration", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.pool) },
      { ALT: () => this.SUBRULE(this.section) },
      { ALT: () => this.SUBRULE(this.item) },
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.units) },
      { ALT: () => this.SUBRULE(this.form) },
      { ALT: () => this.SUBRULE(this.combine) },
      { ALT: () => this.SUBRULE(this.grades) },
      { ALT: () => this.SUBRULE(this.naPolicy) },
      { ALT: () => this.SUBRULE(this.rounding) },
      { ALT: () => this.SUBRULE(this.ranking) },
      { ALT: () => this.SUBRULE(this.target) },
      { ALT: () => this.SUBRULE(this.veto) },
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
      { ALT: () => this.CONSUME(T.Base) },
      { ALT: () => this.CONSUME(T.Adjustment) },
      { ALT: () => this.CONSUME(T.Bonus) },
    ]);
  });

  poolBody = this.RULE("poolBody", () => {
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("poolBody"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.member) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  section = this.RULE("section", () => {
    this.CONSUME(T.Section);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Str));
    this.OPTION2(() => this.CONSUME(T.Quantity));
    this.OPTION3(() => this.SUBRULE(this.into));
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("section"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.sectionStmt) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  /** A section or an item, in a pool's or a section's body. */
  member = this.RULE("member", () => {
    this.OR([{ ALT: () => this.SUBRULE(this.section) }, { ALT: () => this.SUBRULE(this.item) }]);
  });

  sectionStmt = this.RULE("sectionStmt", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.metaEntry) },
      { ALT: () => this.SUBRULE(this.member) },
      { ALT: () => this.SUBRULE(this.veto) },
    ]);
  });

  item = this.RULE("item", () => {
    this.CONSUME(T.Item);
    this.SUBRULE(this.itemId);
    this.OPTION(() => this.CONSUME(T.Str));
    this.OPTION2(() => this.CONSUME(T.Quantity));
    this.OPTION3(() => this.CONSUME(T.Star));
    this.OPTION4(() => this.SUBRULE(this.into));
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("item"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.itemStmt) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  itemId = this.RULE("itemId", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.Quantity) }]);
  });

  into = this.RULE("into", () => {
    this.CONSUME(T.Into);
    this.CONSUME(T.Name);
  });

  itemStmt = this.RULE("itemStmt", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.metaEntry) },
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.clause) },
      { ALT: () => this.SUBRULE(this.cap) },
      { ALT: () => this.SUBRULE(this.floor) },
      { ALT: () => this.SUBRULE(this.veto) },
      { ALT: () => this.SUBRULE(this.allowNa) },
      { ALT: () => this.SUBRULE(this.rescale) },
    ]);
  });

  allowNa = this.RULE("allowNa", () => {
    this.CONSUME(T.AllowNa);
  });

  // ---------------------------------------------------------------- inputs

  inputDecl = this.RULE("inputDecl", () => {
    this.CONSUME(T.Input);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Colon));
    this.SUBRULE(this.inputType);
    // `最低 不限` after an input is the item's floor, not an option of the input.
    this.MANY({
      GATE: () => !(this.LA(1).tokenType === T.Min && this.LA(2).tokenType === T.NoLimit),
      DEF: () => this.SUBRULE(this.inputOpt),
    });
    this.OPTION2(() => this.CONSUME(T.Str));
  });

  inputType = this.RULE("inputType", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.amountType) },
      { ALT: () => this.SUBRULE(this.optionType) },
      { ALT: () => this.SUBRULE(this.checklistType) },
      { ALT: () => this.SUBRULE(this.simpleType) },
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
    this.OR([{ ALT: () => this.SUBRULE(this.inputBound) }, { ALT: () => this.CONSUME(T.Optional) }]);
  });

  /** 最高 q | 最低 q | 满分 q | 共 q */
  inputBound = this.RULE("inputBound", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Max) },
      { ALT: () => this.CONSUME(T.Min) },
      { ALT: () => this.CONSUME(T.FullMarks) },
      { ALT: () => this.CONSUME(T.Of) },
    ]);
    this.CONSUME(T.Quantity);
  });

  // ---------------------------------------------------------------- clauses

  clause = this.RULE("clause", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.ifClause) },
      { ALT: () => this.SUBRULE(this.scoreClause) },
      { ALT: () => this.SUBRULE(this.perClause) },
      { ALT: () => this.SUBRULE(this.byClause) },
      { ALT: () => this.SUBRULE(this.tiersClause) },
      { ALT: () => this.SUBRULE(this.ratioClause) },
      { ALT: () => this.SUBRULE(this.rankClause) },
      { ALT: () => this.SUBRULE(this.gradeClause) },
      { ALT: () => this.SUBRULE(this.partClause) },
    ]);
    this.OPTION(() => this.SUBRULE(this.clauseMark));
  });

  clauseMark = this.RULE("clauseMark", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Star) }, { ALT: () => this.SUBRULE(this.into) }]);
  });

  /** 得 | 加 | 扣 */
  verb = this.RULE("verb", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Score) },
      { ALT: () => this.CONSUME(T.Add) },
      { ALT: () => this.CONSUME(T.Deduct) },
    ]);
  });

  ifClause = this.RULE("ifClause", () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expr);
    this.SUBRULE(this.verb);
    this.CONSUME(T.Quantity);
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.CONSUME2(T.Quantity);
    });
  });

  scoreClause = this.RULE("scoreClause", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Score) }, { ALT: () => this.CONSUME(T.Add) }]);
    this.SUBRULE(this.expr);
  });

  perClause = this.RULE("perClause", () => {
    this.CONSUME(T.Per);
    this.SUBRULE(this.expr);
    this.SUBRULE(this.verb);
    this.CONSUME(T.Quantity);
    this.OPTION(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Max) }, { ALT: () => this.CONSUME(T.MaxDeduct) }]);
      this.CONSUME2(T.Quantity);
    });
  });

  byClause = this.RULE("byClause", () => {
    this.CONSUME(T.By);
    this.CONSUME(T.Name);
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("byClause"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.byCase) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  byCase = this.RULE("byCase", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.Str) }]);
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
    this.OR([{ ALT: () => this.CONSUME(T.Desc) }, { ALT: () => this.CONSUME(T.Asc) }]);
  });

  bandList = this.RULE("bandList", () => {
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("bandList"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.bandEntry) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  bandEntry = this.RULE("bandEntry", () => {
    this.SUBRULE(this.band);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Quantity);
  });

  band = this.RULE("band", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.cmpBand) },
      { ALT: () => this.SUBRULE(this.intervalBand) },
      { ALT: () => this.SUBRULE(this.otherwiseBand) },
    ]);
  });

  cmpBand = this.RULE("cmpBand", () => {
    this.CONSUME(T.CmpOp);
    this.CONSUME(T.Quantity);
  });

  intervalBand = this.RULE("intervalBand", () => {
    this.OR([{ ALT: () => this.CONSUME(T.LBracket) }, { ALT: () => this.CONSUME(T.LParen) }]);
    this.CONSUME(T.Quantity);
    this.CONSUME(T.Comma);
    this.CONSUME2(T.Quantity);
    this.OR2([{ ALT: () => this.CONSUME(T.RBracket) }, { ALT: () => this.CONSUME(T.RParen) }]);
  });

  otherwiseBand = this.RULE("otherwiseBand", () => {
    this.CONSUME(T.Otherwise);
  });

  ratioClause = this.RULE("ratioClause", () => {
    this.CONSUME(T.RatioToBest);
    this.SUBRULE(this.expr);
  });

  gradeClause = this.RULE("gradeClause", () => {
    this.CONSUME(T.Grade);
    this.CONSUME(T.Name);
  });

  partClause = this.RULE("partClause", () => {
    this.CONSUME(T.Part);
    this.CONSUME(T.Str);
    this.OPTION(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Max) }, { ALT: () => this.CONSUME(T.Cap) }]);
      this.CONSUME(T.Quantity);
    });
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("partClause"),
      DEF: () => this.OR2([{ ALT: () => this.SUBRULE(this.clause) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  cap = this.RULE("cap", () => {
    this.CONSUME(T.Cap);
    this.CONSUME(T.Quantity);
  });

  floor = this.RULE("floor", () => {
    this.CONSUME(T.Min);
    this.OR([{ ALT: () => this.CONSUME(T.Quantity) }, { ALT: () => this.CONSUME(T.NoLimit) }]);
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

  vetoTarget = this.RULE("vetoTarget", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.ThisItem) },
      { ALT: () => this.CONSUME(T.Total) },
      { ALT: () => this.CONSUME(T.Disqualify) },
      { ALT: () => this.CONSUME(T.Name) },
    ]);
  });

  // ---------------------------------------------------------------- scheme-level declarations

  units = this.RULE("units", () => {
    this.CONSUME(T.Units);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.Str));
    this.MANY(() => this.CONSUME2(T.Name));
    this.CONSUME(T.LBrace);
    this.MANY2({
      GATE: this.until("units"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.unitRow) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  unitRow = this.RULE("unitRow", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.Str) }]);
    this.MANY(() => this.CONSUME(T.Quantity));
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
    this.MANY({
      GATE: this.until("grades"),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.gradeLevel) }, this.separator]),
    });
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
    this.OR([{ ALT: () => this.CONSUME(T.Renormalise) }, { ALT: () => this.CONSUME(T.PeerAverage) }]);
  });

  rounding = this.RULE("rounding", () => {
    this.CONSUME(T.Round);
    this.CONSUME(T.Quantity);
    this.OPTION(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.HalfUp) },
        { ALT: () => this.CONSUME(T.Truncate) },
        { ALT: () => this.CONSUME(T.HalfEven) },
      ]),
    );
    this.OPTION2(() => {
      this.CONSUME(T.At);
      this.OR2([
        { ALT: () => this.CONSUME(T.Item) },
        { ALT: () => this.CONSUME(T.Section) },
        { ALT: () => this.CONSUME(T.Total) },
      ]);
    });
  });

  ranking = this.RULE("ranking", () => {
    this.CONSUME(T.Ranking);
    this.OPTION(() => {
      this.CONSUME(T.By);
      this.OR([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.Total) }]);
    });
    this.OPTION2(() => this.SUBRULE(this.order));
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.until("ranking"),
      DEF: () => this.OR2([{ ALT: () => this.SUBRULE(this.rankMark) }, this.separator]),
    });
    this.CONSUME(T.RBrace);
  });

  rankMark = this.RULE("rankMark", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Top) }, { ALT: () => this.CONSUME(T.Bottom) }]);
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
    this.OR([{ ALT: () => this.SUBRULE(this.negation) }, { ALT: () => this.SUBRULE(this.cmpExpr) }]);
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
      { ALT: () => this.SUBRULE(this.negative) },
      { ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.SUBRULE(this.ref), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.number) },
      { ALT: () => this.SUBRULE(this.pointsRef) },
      { ALT: () => this.SUBRULE(this.unitKindRef) },
      { ALT: () => this.SUBRULE(this.group) },
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
  group = this.RULE("group", () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expr);
    this.CONSUME(T.RParen);
  });
}

/** A rule whose body is a loop between braces (or the top level). */
export type Place =
  | "scheme"
  | "header"
  | "poolBody"
  | "section"
  | "item"
  | "partClause"
  | "byClause"
  | "bandList"
  | "units"
  | "grades"
  | "ranking";

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
];
const STATEMENT: TokenType[] = [
  T.Input,
  T.If,
  T.Score,
  T.Add,
  T.Deduct,
  T.Per,
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
];
/** Keywords that begin a statement somewhere: a name that begins with one may be glued to it (E108). */
export const statementKeywords: readonly TokenType[] = [...new Set([...TOP_LEVEL, ...STATEMENT])];

const except = (tokens: TokenType[], ...left: TokenType[]) => tokens.filter((t) => !left.includes(t));
/** Keywords that end the statements between braces at a place: they cannot stand there. */
const STOPS: Record<Place, TokenType[]> = {
  scheme: [],
  header: [...TOP_LEVEL, ...STATEMENT],
  poolBody: except(TOP_LEVEL, T.Section, T.Item),
  section: except(TOP_LEVEL, T.Section, T.Item, T.Veto),
  item: except(TOP_LEVEL, T.Input, T.Veto, T.Grade),
  partClause: [...except(TOP_LEVEL, T.Grade), T.Cap, T.Min, T.AllowNa, T.Rescale],
  byClause: [...TOP_LEVEL, ...STATEMENT],
  bandList: [...TOP_LEVEL, ...STATEMENT],
  units: [...TOP_LEVEL, ...STATEMENT],
  grades: [...TOP_LEVEL, ...STATEMENT],
  ranking: [...TOP_LEVEL, ...STATEMENT],
};

/** One parser for the process: Chevrotain parsers are built once and reset per input. */
export const parser = new KaoheParser();
