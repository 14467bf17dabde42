import { readFileSync, readdirSync } from "node:fs";
const dir = process.argv[2];
for (const f of readdirSync(dir)) {
  const p = JSON.parse(readFileSync(dir + "/" + f, "utf8"));
  const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
  const dt = {}; p.samples.forEach((id, i) => { dt[id] = (dt[id] ?? 0) + (p.timeDeltas[i] ?? 0); });
  let total = 0;
  for (const n of p.nodes) { const t = dt[n.id] ?? 0; total += t; const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
  if (total < 1e6) continue;
  console.log(f, (total/1e3).toFixed(0), "ms");
  [...self].sort((a, b) => b[1] - a[1]).slice(0, +(process.argv[3] ?? 25)).forEach(([k, t]) => console.log((t / 1e3).toFixed(0).padStart(7), (100*t/total).toFixed(1).padStart(5)+"%", k));
}
