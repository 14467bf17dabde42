// The unit's rating (`评定 { 优秀: 总分 ≥ 90 … 不合格: 其余 }`): each criterion compiled into two
// functions of the sheet S and the unit's final total T, `rating_<n>(S, T)` whether it holds and
// `ratingWhy_<n>(S, T)` its words with the unit's figures; the engine tries them in order.
import type { SchemeIR } from "../../../compiler/ir.js";
import type { Constants } from "./code.js";
import { type Shared, sheetFunctions } from "./expr.js";
import { oneLine } from "./text.js";

export function compileRating(shared: Shared, constants: Constants, rating: NonNullable<SchemeIR["rating"]>): string[] {
  return rating.levels.flatMap((level, n) =>
    level.when === null
      ? []
      : [`// 评定 ${oneLine(level.label)}: ${oneLine(level.text)}`, sheetFunctions(shared, constants, level.when, "rating", n, "S, T")],
  );
}

/** The rating's entry in the scheme table (levels in order; 其余 has no test). */
export function ratingTable(rating: SchemeIR["rating"]): string {
  if (rating === null) return "null";
  const levels = rating.levels.map((l, n) => {
    const fns = l.when === null ? "test: null, describe: null" : `test: rating_${n}, describe: ratingWhy_${n}`;
    return `{ label: ${JSON.stringify(l.label)}, text: ${JSON.stringify(oneLine(l.text))}, ${fns} }`;
  });
  return `{ levels: [${levels.join(",\n")}] }`;
}
