// A veto compiled into two functions: `veto_<n>(S)` says whether it fires for a unit, and
// `vetoWhy_<n>(S)` words its condition with the unit's figures, called only when it fired.
import type { Veto } from "../../../compiler/ir.js";
import { Body, type Constants } from "./code.js";
import { compileExpr, type Shared } from "./expr.js";
import { oneLine, render } from "./text.js";

export function compileVeto(shared: Shared, constants: Constants, veto: Veto, n: number): string {
  const test = new Body(constants);
  const fires = compileExpr({ ...shared, item: null, body: test, holders: new Map() }, veto.cond);
  const why = new Body(constants);
  const desc = compileExpr({ ...shared, item: null, body: why, holders: new Map() }, veto.cond).desc;
  return [
    `// ${veto.id}: ${oneLine(veto.text)}`,
    `function veto_${n}(S) {`,
    test.text(),
    `return ${fires.v};`,
    "}",
    `function vetoWhy_${n}(S) {`,
    why.text(),
    `return [${render(desc[0])}, ${render(desc[1])}];`,
    "}",
  ].join("\n");
}
