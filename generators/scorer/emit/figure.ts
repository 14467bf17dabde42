// A named figure (`量 x = …`) compiled into two functions: `figure_<n>(S)` its value for a unit
// (the engine calls it once per unit, figures in IR order, and keeps it in S.fig), and
// `figureWhy_<n>(S)` how it was computed, with the unit's figures, for the unit's explanation.
import type { Figure } from "../../../compiler/ir.js";
import type { Constants } from "./code.js";
import { type Shared, sheetFunctions } from "./expr.js";
import { oneLine } from "./text.js";

export function compileFigure(shared: Shared, constants: Constants, figure: Figure, n: number): string {
  return [
    `// 量 ${oneLine(figure.name)} = ${oneLine(figure.text)}`,
    sheetFunctions(shared, constants, figure.expr, "figure", n),
  ].join("\n");
}
