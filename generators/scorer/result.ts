// What a generated scorer returns. scorer.d.ts carries the same shapes; tests and the CLI read these.
// Every figure is an exact decimal in canonical form: no exponent, no trailing zeros ("2", "2.4",
// "-1.5"). A value that does not terminate is given rounded as the scheme declares (the checker
// makes every scheme that divides declare its rounding) and its explanation says so.

export type Lang = "zh-CN" | "en";
/** Lines of explanation, one list per language, each line readable aloud. */
export type Explanation = Record<Lang, string[]>;

export interface ItemResult {
  /** The item's score in its own pool (after caps, floors, vetoes, N/A handling, rounding). */
  score: string;
  /** The item's points (its maximum in its own pool); null for a pure ★ item. */
  max: string | null;
  /** What the item put into each pool it feeds, its own included. */
  pools: Record<string, string>;
  /** What it counted in sections that hold it, beyond its points (`加 2分 计入 审批监察`,
   *  `超出 计入 审批监察`), by section id: part of that section's score, not of `score`. */
  sections: Record<string, string>;
  /** The item's named figures (`量` written in it) by name, exact as the unit's `figures` are
   *  (rates as fractions), worked out before vetoes, N/A and rounding; {} for an item without
   *  any, or whose rules were not worked out (reported N/A, or not compared: `不计分`). */
  figures: Record<string, string>;
  na: boolean;
  /** Ids of the vetoes that zeroed this item (its own, or one on a section above it). */
  vetoedBy: string[];
  /** Needs the other units (ratio to best, rank bands, peer average) and was scored alone: 0 for now. */
  pending: boolean;
  explanation: Explanation;
}

export interface SectionResult {
  score: string;
  max: string;
  vetoedBy: string[];
  explanation: Explanation;
}

export interface FiredVeto {
  id: string;
  label: string;
  target:
    | "item"
    | "section"
    | "total"
    | "total-cap"
    | "total-set"
    | "disqualify"
    | "disqualify-node"
    | "not-scored"
    | "rating";
  /** The item or section zeroed, or ("disqualify-node", `本项 取消评优`) the one the unit is
   *  disqualified for, its score kept; null for the total's vetoes, disqualify and rating. */
  node: string | null;
  /** "total-cap" (`总分 最高 59分`): the figure the total is capped at; null for other targets. */
  cap: string | null;
  /** "total-set" (`总分 为 59分`): the figure the total is set to, whatever the unit scored; null for other targets. */
  setTo: string | null;
}

export interface UnitResult {
  unit: { name: string; kind: string | null };
  /** The final score: the sum of the pools, after a total veto (zeroed, capped, or set); null when
   *  a `不计分` veto fired: the unit is not scored (flag "not-scored"), compared with no other unit
   *  and not ranked. */
  total: string | null;
  /** Score per pool id (base, ★ adjustments, bonus pools). */
  pools: Record<string, string>;
  /** The unit's named figures (量) by name, exact (rates as fractions, as `completion`); how
   *  each was computed opens the unit's explanation. */
  figures: Record<string, string>;
  items: Record<string, ItemResult>;
  sections: Record<string, SectionResult>;
  vetoes: FiredVeto[];
  /** "disqualified" (取消评优, R13), "disqualified:<node id>" (`本项 取消评优`: for that item or
   *  section), "not-scored" (不计分), and the rankings' marks (e.g. "督促整改") once ranked, each
   *  label once. */
  flags: string[];
  /** With a target (R16): the unit's target and completion = score ÷ target as a fraction (null
   *  when the unit is not scored). */
  target: string | null;
  completion: string | null;
  /** With `评定 { … }`: the unit's rating, the label of the first level whose criterion holds for
   *  its final total, or the label a veto sets (`否决 若 c 则 评定 不合格`); null without a rating. */
  rating: string | null;
  /** With forms (R15): each form's own result, before combining. */
  forms: Record<string, FormResult> | null;
  /** Position in the scheme's first (or only) ranking, scoreAll with a ranking; null otherwise
   *  (scored alone, no ranking, or not in that ranking's population, or without its figure). */
  rank: number | null;
  /** Position in each named ranking (`排名 开发区 "开发区排名" … 适用 开发区`) whose population
   *  holds the unit, by name; null there when the unit lacks the figure it ranks by. */
  ranks: Record<string, number | null>;
  /** False when some figure is pending (scored alone but needs other units). */
  complete: boolean;
  explanation: Explanation;
}

/** A form's own result (R15): a unit's figures on one form, before combining, not ranked. */
export type FormResult = Omit<UnitResult, "forms" | "rank" | "ranks">;

/** One unit's place in a ranking. */
export interface RankRow {
  unit: string;
  rank: number;
  /** The figure ranked by (a total, a pool, a completion, a named figure). */
  value: string;
  /** The ranking's marks the place earns (`前 3 "表彰"`). */
  marks: string[];
}

export interface BatchResult {
  /** In the order the submissions were given. */
  units: UnitResult[];
  /** The first (or only) ranking, best first, ties sharing the better rank; null when the
   *  scheme declares no ranking. */
  ranking: RankRow[] | null;
  /** Every named ranking by its name, each as `ranking` is; {} when none is named. */
  rankings: Record<string, RankRow[]>;
}

/** One thing wrong with a submission, named so that a policy officer can find and fix it. */
export interface SubmissionProblem {
  /** Stable code, worded in compiler/messages/submission.ts. */
  code: string;
  /** JSON pointer into the submission (or the batch), e.g. "/items/3/缺项". */
  path: string;
  unit: string | null;
  item: { id: string; title: string; code: string | null } | null;
  input: string | null;
  message: Record<Lang, string>;
}

/** Thrown by score() and scoreAll() for input that does not fit the scheme; nothing is scored. */
export interface SubmissionErrorShape extends Error {
  name: "SubmissionError";
  problems: SubmissionProblem[];
}
