import { compileFile } from "/work/wt-speed/compiler/compile.js";
import { scorerSource } from "/work/wt-speed/generators/scorer/emit/module.js";
import { runtimeSource } from "/work/wt-speed/generators/scorer/emit/runtime.js";
import { validatorSource } from "/work/wt-speed/generators/scorer/emit/validator.js";
import * as prettier from "/work/wt-speed/node_modules/prettier/index.mjs";
for (const s of ["county-2011","weifang-2011","huaibei-2019","guangyuan-2023","dazhou-2009"]) {
  const { ir } = compileFile(`/work/wt-speed/schemes/${s}.kaohe`);
  let t = performance.now();
  const src = await scorerSource(ir!);
  const t1 = performance.now() - t;
  const rt = await runtimeSource(); const v = await validatorSource(ir!);
  t = performance.now();
  const f = await prettier.format(src, { printWidth: 100, parser: "babel" });
  const t2 = performance.now() - t;
  const fv = await prettier.format(v, { printWidth: 100, parser: "babel" });
  const frt = await prettier.format(rt, { printWidth: 100, parser: "babel" });
  console.log(s, "src", src.length, "fmt", f.length, "runtime", rt.length, frt.length, "validator", v.length, fv.length, "gen ms", t1.toFixed(0), "prettier ms", t2.toFixed(0));
}
