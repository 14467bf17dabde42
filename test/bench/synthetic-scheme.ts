// A synthetic scheme of n items for the build bench: sections of ten 4-point items, cycling through
// the kinds of rule the seeds use: points for yes/no, per-count with a cap, tiers (分档), and
// deductions with a floor. Base pool n × 4 points.

const KINDS = [
  (k: number) => [`输入 完成 是否 "第${k}项工作完成"`, `若 完成 得 4分`],
  (k: number) => [`输入 活动次数 次数 "第${k}项活动次数"`, `每 活动次数 得 1分 最高 4分`],
  (k: number) => [
    `输入 完成比例 比率 "第${k}项完成比例"`,
    `分档 完成比例 {`,
    `  ≥ 90%: 4分`,
    `  [60%, 90%): 2分`,
    `  其余: 0分`,
    `}`,
  ],
  (k: number) => [`输入 问题数 次数 "第${k}项发现的问题"`, `得 4分`, `每 问题数 扣 1分`, `最低 0分`],
];

/** A section name without digits (a name may not end in one): 组一二 for 12. */
const name = (n: number) => "组" + [...String(n)].map((d) => "零一二三四五六七八九"[Number(d)]).join("");

export function syntheticScheme(items: number): string {
  const lines = [`方案 "合成考核方案（${items} 项）" {`, `  说明 "bench: ${items} items"`, `}`, ""];
  lines.push(`计分池 基准分项 "基准分项" ${items * 4}分 {`);
  for (let s = 0; s * 10 < items; s++) {
    const inSection = Math.min(10, items - s * 10);
    lines.push(`  分项 ${name(s + 1)} "第${s + 1}组" ${inSection * 4} {`);
    for (let i = 0; i < inSection; i++) {
      const k = s * 10 + i + 1;
      lines.push(`    指标 ${k} "第${k}项指标" 4分 {`);
      for (const l of KINDS[k % KINDS.length]!(k)) lines.push(`      ${l}`);
      lines.push(`    }`);
    }
    lines.push(`  }`);
  }
  lines.push(`}`, "");
  return lines.join("\n");
}
