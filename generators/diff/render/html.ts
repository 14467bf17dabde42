// The diff as one self-contained HTML page (no script, no outside file): the changes on top, each
// linked to its place in both editions, and below them the two editions side by side, drawn from
// their IRs (sections, items, inputs, rules, vetoes, settings). Every piece of scheme text is
// escaped. The same diff gives the same bytes.
import type { Item, Node, SchemeIR } from "../../../compiler/ir.js";
import { message, type Lang } from "../../../compiler/messages/index.js";
import { oneLine } from "../../scorer/emit/text.js";
import { typeWords } from "../inputs.js";
import type { SchemeDiff } from "../model.js";
import type { RescoreResult } from "../rescore.js";
import { points } from "../report.js";
import { rankingWords } from "../rankings.js";
import { roundingWords } from "../scheme.js";
import { groups, heading, lines, sign } from "./groups.js";
import { rescoreRows } from "./rescore-rows.js";
import { summary } from "./text.js";

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** An element id for a place in one edition: "old-node-003". */
function anchorId(side: "old" | "new", anchor: string): string {
  return `${side}-${anchor.replace(/[^\p{L}\p{N}_-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;line-height:1.5;color:#222}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}
.changes li{margin:.2em 0}.sign{display:inline-block;width:1.2em;font-weight:bold}
.s-add{color:#176b2c}.s-del{color:#a11}.s-chg{color:#8a5a00}
.where a{font-size:.85em;margin-left:.6em}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}
.side{border:1px solid #ccc;padding:.5em 1em}
.node{margin:.3em 0;padding:.1em .4em;border-left:3px solid transparent}
.node.changed{border-left-color:#d9a400;background:#fff8e0}.node.removed{border-left-color:#c33;background:#fdecec}.node.added{border-left-color:#2a8a3e;background:#e9f7ec}
.node:target,.settings:target{outline:2px solid #36c}
.rules,.inputs{margin:.1em 0 .1em 1.2em;padding:0;font-size:.9em}.rules li,.inputs li{list-style:square}
.pts{color:#555}.line{color:#888;font-size:.8em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}td.n{text-align:right}
@media print{.sides{display:block}}`;

export function renderHtml(diff: SchemeDiff, a: SchemeIR, b: SchemeIR, lang: Lang, rescore?: RescoreResult): string {
  const w = (code: string, args: Record<string, string | number> = {}) => message(code, args, lang);
  const marked = { old: new Map<string, string>(), new: new Map<string, string>() };
  // A place is "added" or "removed" when it is itself new or gone, "changed" when something in it is.
  const whole = (c: (typeof diff.changes)[number]) => c.kind === "item" || c.kind === "section" || c.kind === "pool";
  for (const c of diff.changes) {
    if (c.old) marked.old.set(c.old.anchor, c.what === "removed" && whole(c) ? "removed" : (marked.old.get(c.old.anchor) ?? "changed"));
    if (c.new) marked.new.set(c.new.anchor, c.what === "added" && whole(c) ? "added" : (marked.new.get(c.new.anchor) ?? "changed"));
  }
  const out: string[] = [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${esc(summary(diff, lang))}</title>`,
    `<meta name="generator" content="kaohe ${esc(diff.kaoheVersion)}">`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<!-- kaohe diff: ${esc(diff.old.file)} (${esc(diff.old.title)}) → ${esc(diff.new.file)} (${esc(diff.new.title)}); kaohe ${esc(diff.kaoheVersion)} -->`,
    `<h1>${esc(summary(diff, lang))}</h1>`,
    `<h2>${esc(w("diff.head.changes"))}</h2>`,
    '<ul class="changes">',
  ];
  const signClass = { "+": "s-add", "−": "s-del", "~": "s-chg" } as const;
  for (const g of groups(diff.changes)) {
    const links = [
      g.old ? `<a href="#${anchorId("old", g.old.anchor)}">${esc(w("diff.head.old-line", { line: g.old.line }))}</a>` : "",
      g.new ? `<a href="#${anchorId("new", g.new.anchor)}">${esc(w("diff.head.new-line", { line: g.new.line }))}</a>` : "",
    ].join("");
    out.push(`<li><strong>${esc(heading(g, lang))}</strong><span class="where">${links}</span>`, "<ul>");
    for (const c of g.changes)
      out.push(`<li><span class="sign ${signClass[sign(c)]}">${esc(sign(c))}</span>${esc(c.message[lang])}</li>`);
    out.push("</ul></li>");
  }
  out.push("</ul>");
  if (rescore) {
    const r = rescoreRows(rescore, lang);
    out.push(`<h2>${esc(r.title)}</h2>`, `<p>${esc(r.note)}</p>`);
    if (rescore.units.length > 0) {
      const [head, ...body] = r.cells;
      out.push("<table>", `<tr>${head!.map((h) => `<th>${esc(h)}</th>`).join("")}</tr>`);
      for (const row of body) out.push(`<tr>${row.map((c, i) => `<td${i > 0 && i < 6 ? ' class="n"' : ""}>${esc(c)}</td>`).join("")}</tr>`);
      out.push("</table>");
    } else out.push(`<p>${esc(r.table)}</p>`);
    if (r.notComparable.length > 0) out.push(`<pre>${esc(r.notComparable.join("\n").trim())}</pre>`);
  }
  out.push('<div class="sides">');
  out.push(...edition(a, "old", w("diff.head.old"), marked.old, lang));
  out.push(...edition(b, "new", w("diff.head.new"), marked.new, lang));
  out.push("</div>", "</body>", "</html>");
  return out.join("\n") + "\n";
}

function edition(ir: SchemeIR, side: "old" | "new", label: string, marked: Map<string, string>, lang: Lang): string[] {
  const w = (code: string, args: Record<string, string | number> = {}) => message(code, args, lang);
  const out = [`<section class="side"><h2>${esc(label)}：${esc(ir.meta.title)}</h2>`, `<p class="line">${esc(ir.file)}</p>`];
  const cls = (anchor: string) => (marked.has(anchor) ? ` ${marked.get(anchor)}` : "");
  // Settings: header, pools, unit facts and vetoes declared at the top level.
  out.push(`<div class="settings node${cls("scheme")}" id="${anchorId(side, "scheme")}"><strong>${esc(w("diff.head.settings"))}</strong><ul class="rules">`);
  const meta = ir.meta;
  for (const [field, value] of Object.entries({ year: meta.year, office: meta.office, docNumber: meta.docNumber, version: meta.version }))
    if (value !== null) out.push(`<li>${esc(w(`diff.field.${field}`))}：${esc(value)}</li>`);
  if (ir.rounding) out.push(`<li>${esc(w("diff.head.rounding", { rule: roundingWords(ir.rounding)[lang] }))}</li>`);
  for (const r of ir.rankings)
    out.push(
      r.id === null
        ? `<li>${esc(w("diff.head.ranking", { rule: rankingWords(ir, r)[lang] }))}</li>`
        : `<li>${esc(w("diff.head.named-ranking", { name: r.title ?? r.id, rule: rankingWords(ir, r)[lang] }))}</li>`,
    );
  for (const f of ir.facts) out.push(`<li>${esc(f.name)}（${esc(typeWords(f.type)[lang])}）${esc(f.title === f.name ? "" : f.title)}</li>`);
  for (const v of ir.vetoes.filter((v) => v.declaredIn === null)) out.push(`<li>${esc(oneLine(v.text))}</li>`);
  out.push("</ul></div>");
  for (const p of ir.pools)
    out.push(`<div class="node${cls(`pool:${p.id}`)}" id="${anchorId(side, `pool:${p.id}`)}">${esc(w("diff.head.pool", { title: p.title }))} <span class="pts">${esc(points(p.points)[lang])}</span></div>`);
  for (const n of ir.nodes) out.push(...node(ir, n, side, cls(`node:${n.id}`), lang));
  out.push("</section>");
  return out;
}

function node(ir: SchemeIR, n: Node, side: "old" | "new", cls: string, lang: Lang): string[] {
  const code = n.meta.code ?? n.id;
  const head = `<div class="node${cls}" id="${anchorId(side, `node:${n.id}`)}" style="margin-left:${(n.depth * 1.2).toFixed(1)}em">`;
  const title =
    n.kind === "section"
      ? `<strong>${esc(n.title)}</strong>`
      : `<code>${esc(code)}</code> ${esc(n.title)}`;
  const out = [`${head}${title} <span class="pts">${esc(points(n.points)[lang])}</span> <span class="line">${esc(message("diff.head.line", { line: n.span.start.line }, lang))}</span>`];
  if (n.kind === "item") out.push(...itemBody(ir, n, lang));
  else {
    const vetoes = ir.vetoes.filter((v) => v.declaredIn === n.id);
    if (vetoes.length > 0) out.push('<ul class="rules">', ...vetoes.map((v) => `<li>${esc(oneLine(v.text))}</li>`), "</ul>");
  }
  out.push("</div>");
  return out;
}

function itemBody(ir: SchemeIR, n: Item, lang: Lang): string[] {
  const out: string[] = [];
  if (n.inputs.length > 0) {
    out.push('<ul class="inputs">');
    for (const i of n.inputs)
      out.push(`<li>${esc(i.name)}（${esc(typeWords(i.type)[lang])}${i.required ? "" : message("diff.head.optional", {}, lang)}）${i.title === i.name ? "" : esc(i.title)}</li>`);
    out.push("</ul>");
  }
  const rules = [
    ...n.clauses.map((c) => oneLine(c.text)),
    ...(n.capWritten && n.cap !== null ? [message("diff.head.cap", { cap: n.cap }, lang)] : []),
    ...ir.vetoes.filter((v) => v.declaredIn === n.id).map((v) => oneLine(v.text)),
  ];
  if (rules.length > 0) out.push('<ul class="rules">', ...rules.map((r) => `<li>${esc(r)}</li>`), "</ul>");
  return out;
}
