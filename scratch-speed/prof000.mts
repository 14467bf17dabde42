import { compileFile } from "/work/wt-speed/compiler/compile.js";
import { loadScorer } from "/work/wt-speed/generators/scorer/load.js";
import { submissions000 } from "/work/wt-speed/test/bench/seed-000/submissions.js";
const { ir } = compileFile("/work/wt-speed/schemes/county-2011.kaohe");
const g = await loadScorer(ir!);
const subs = submissions000(5000);
for (let r = 0; r < 4; r++) { const t = performance.now(); for (const s of subs) g.score(s).total; console.log((performance.now()-t).toFixed(0)); }
