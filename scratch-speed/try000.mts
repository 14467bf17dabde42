import { compileFile } from "/work/wt-speed/compiler/compile.js";
import { loadScorer } from "/work/wt-speed/generators/scorer/load.js";
import { submissions000 } from "/work/wt-speed/test/bench/seed-000/submissions.js";
import { total000 } from "/work/wt-speed/test/bench/seed-000/minimal.js";
import { rulesEngine000, rulesEngineTotal000 } from "/work/wt-speed/test/bench/seed-000/rules-engine.js";
const { ir } = compileFile("/work/wt-speed/schemes/county-2011.kaohe");
const g = await loadScorer(ir!);
const subs = submissions000(3000);
const e = rulesEngine000();
let bad = 0;
for (const s of subs) {
  const gt = g.score(s).total; const m = String(total000(s)); const j = String(await rulesEngineTotal000(e, s));
  if (gt !== m || gt !== j) { if (bad++ < 3) console.log(gt, m, j, JSON.stringify(g.score(s).pools)); }
}
console.log("bad", bad);
