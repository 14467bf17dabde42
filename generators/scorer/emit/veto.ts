// A veto compiled into two functions: `veto_<n>(S)` says whether it fires for a unit, and
// `vetoWhy_<n>(S)` words its condition with the unit's figures, called only when it fired.
import type { Veto } from "../../../compiler/ir.js";
import type { Constants } from "./code.js";
import { type Shared, sheetFunctions } from "./expr.js";
import { oneLine } from "./text.js";

export function compileVeto(shared: Shared, constants: Constants, veto: Veto, n: number): string {
  return [`// ${veto.id}: ${oneLine(veto.text)}`, sheetFunctions(shared, constants, veto.cond, "veto", n)].join("\n");
}
