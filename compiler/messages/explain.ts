// The words of the scorer's explanations: one line per figure, readable aloud by a policy officer
// answering a dispute ("参加会议 3 × 1 分 = 3 分，最高 2 分 → 2 分"). The scorer generator
// inlines the templates it needs into scorer.js: those of a rule are filled in when the scorer is
// generated (generators/scorer/emit/), the others are compiled into small functions the scorer
// calls (generators/scorer/runtime/engine.ts). `{rule}` is always the rule as the scheme writes it.
import type { Entry } from "./index.js";

export const explainMessages: Record<string, Entry> = {
  // ---------------------------------------------------------------- values in a rule
  "explain.yes": { "zh-CN": "是", en: "yes" },
  "explain.no": { "zh-CN": "否", en: "no" },
  "explain.input.bool": { "zh-CN": "{title}：{value}", en: "{title}: {value}" },
  // A count is shown as a bare number: the IR gives a count no unit, and "次" would be wrong for
  // most (目录数 12, 缺项数 2).
  "explain.input.count": { "zh-CN": "{title} {value}", en: "{title} {value}" },
  "explain.input.rate": { "zh-CN": "{title} {value}%", en: "{title} {value}%" },
  "explain.input.number": { "zh-CN": "{title} {value}", en: "{title} {value}" },
  "explain.input.amount": { "zh-CN": "{title} {value}{unit}", en: "{title} {value} {unit}" },
  "explain.input.option": { "zh-CN": "{title}「{value}」", en: "{title} “{value}”" },
  "explain.input.grade": { "zh-CN": "{title} {value} 等", en: "{title} grade {value}" },
  "explain.input.rank": { "zh-CN": "{title} 第 {value} 名", en: "{title} rank {value}" },
  "explain.input.score": { "zh-CN": "{title} {value} 分", en: "{title} {value} points" },
  "explain.input.checked": { "zh-CN": "{title} 已具备 {value} 项", en: "{title}: {value} ticked" },
  "explain.input.missing": {
    "zh-CN": "{title} 缺 {value} 项（{names}）",
    en: "{title}: {value} missing ({names})",
  },
  "explain.input.absent": { "zh-CN": "（未填报）", en: " (not reported)" },
  "explain.nothing": { "zh-CN": "无", en: "none" },
  "explain.column": { "zh-CN": "{name} {value}", en: "{name} {value}" },
  "explain.figure": { "zh-CN": "{name} {value}（{expr}）", en: "{name} {value} ({expr})" },
  "explain.figure.line": {
    "zh-CN": "量 {name} = {text} = {how} = {value}",
    en: "Figure {name} = {text} = {how} = {value}",
  },
  "explain.unit-kind": { "zh-CN": "单位类别「{value}」", en: "unit kind “{value}”" },
  "explain.unit-name": { "zh-CN": "单位「{value}」", en: "unit “{value}”" },
  "explain.total-ref": { "zh-CN": "总分 {value} 分", en: "the total {value} points" },
  "explain.score-of": { "zh-CN": "「{title}」得分 {value} 分", en: "score of “{title}” {value} points" },
  "explain.and": { "zh-CN": "{a} 且 {b}", en: "{a} and {b}" },
  "explain.or": { "zh-CN": "{a} 或 {b}", en: "{a} or {b}" },
  "explain.not": { "zh-CN": "非（{a}）", en: "not ({a})" },
  "explain.is": { "zh-CN": "{a} = 「{value}」", en: "{a} = “{value}”" },
  "explain.is-not": { "zh-CN": "{a} ≠ 「{value}」", en: "{a} ≠ “{value}”" },
  "explain.func.min": { "zh-CN": "最小({args}) = {value}", en: "min({args}) = {value}" },
  "explain.func.max": { "zh-CN": "最大({args}) = {value}", en: "max({args}) = {value}" },
  "explain.func.clamp": { "zh-CN": "限定({args}) = {value}", en: "clamp({args}) = {value}" },
  "explain.func.linear": { "zh-CN": "线性({args}) = {value}", en: "linear({args}) = {value}" },
  "explain.list.count": { "zh-CN": "个数 {value}（{elements}）", en: "count {value} ({elements})" },
  "explain.list.sum": { "zh-CN": "合计 {value}（{elements}）", en: "sum {value} ({elements})" },
  "explain.list.mean": { "zh-CN": "平均 {value}（{elements}）", en: "mean {value} ({elements})" },
  "explain.list.min": { "zh-CN": "最小 {value}（{elements}）", en: "least {value} ({elements})" },
  "explain.list.max": { "zh-CN": "最大 {value}（{elements}）", en: "greatest {value} ({elements})" },
  "explain.list.length": { "zh-CN": "项数 {value}（{elements}）", en: "number of elements {value} ({elements})" },
  "explain.list.element": { "zh-CN": "{element}：{value}", en: "{element}: {value}" },
  "explain.list.nth": { "zh-CN": "第 {n} 项", en: "#{n}" },
  "explain.div-zero": { "zh-CN": "（除数为 0，按 0 计）", en: " (division by 0 counts as 0)" },

  // ---------------------------------------------------------------- one rule (clause)
  "explain.clause.when.true": {
    "zh-CN": "规则「{rule}」：{cond}，条件成立 → {value} 分",
    en: "Rule “{rule}”: {cond}, which holds → {value} points",
  },
  "explain.clause.when.false": {
    "zh-CN": "规则「{rule}」：{cond}，条件不成立 → {value} 分",
    en: "Rule “{rule}”: {cond}, which does not hold → {value} points",
  },
  "explain.clause.value": {
    "zh-CN": "规则「{rule}」：{expr} = {value} 分",
    en: "Rule “{rule}”: {expr} = {value} points",
  },
  "explain.steps": { "zh-CN": "{x} 满 {step} {count} 个", en: "{x} holds {count} full steps of {step}" },
  "explain.clause.per": {
    "zh-CN": "规则「{rule}」：{count} × {each} 分 = {value} 分",
    en: "Rule “{rule}”: {count} × {each} points = {value} points",
  },
  "explain.clause.per.max": {
    "zh-CN": "规则「{rule}」：{count} × {each} 分 = {raw} 分，最高 {limit} 分 → {value} 分",
    en: "Rule “{rule}”: {count} × {each} points = {raw} points, at most {limit} → {value} points",
  },
  "explain.clause.per.max-deduct": {
    "zh-CN": "规则「{rule}」：{count} × {each} 分 = {raw} 分，最多扣 {limit} 分 → {value} 分",
    en: "Rule “{rule}”: {count} × {each} points = {raw} points, at most {limit} deducted → {value} points",
  },
  "explain.clause.per.doubling": {
    "zh-CN": "规则「{rule}」：{count}，首次 {each} 分 + 重复 {repeats} 次 × {double} 分 = {value} 分",
    en: "Rule “{rule}”: {count}: the first {each} points + {repeats} repeats × {double} points = {value} points",
  },
  "explain.clause.per.doubling.max-deduct": {
    "zh-CN": "规则「{rule}」：{count}，首次 {each} 分 + 重复 {repeats} 次 × {double} 分 = {raw} 分，最多扣 {limit} 分 → {value} 分",
    en: "Rule “{rule}”: {count}: the first {each} points + {repeats} repeats × {double} points = {raw} points, at most {limit} deducted → {value} points",
  },
  "explain.clause.per.doubling.none": {
    "zh-CN": "规则「{rule}」：{count}，未发生 → 0 分",
    en: "Rule “{rule}”: {count}, none occurred → 0 points",
  },
  "explain.clause.choice": {
    "zh-CN": "规则「{rule}」：{input} → {value} 分",
    en: "Rule “{rule}”: {input} → {value} points",
  },
  "explain.clause.choice.none": {
    "zh-CN": "规则「{rule}」：{input}，不在所列选项中 → 0 分",
    en: "Rule “{rule}”: {input}, not among the options listed → 0 points",
  },
  "explain.clause.tiers": {
    "zh-CN": "规则「{rule}」：{subject}，落在「{band}」档 → {value} 分",
    en: "Rule “{rule}”: {subject} falls in the band “{band}” → {value} points",
  },
  "explain.clause.tiers.none": {
    "zh-CN": "规则「{rule}」：{subject}，不在任何一档 → 0 分",
    en: "Rule “{rule}”: {subject} falls in no band → 0 points",
  },
  "explain.clause.ratio": {
    "zh-CN": "规则「{rule}」：{subject} ÷ 最高值 {best}（{leaders}）× {points} 分 = {value} 分",
    en: "Rule “{rule}”: {subject} ÷ best value {best} ({leaders}) × {points} points = {value} points",
  },
  "explain.clause.ratio.zero": {
    "zh-CN": "规则「{rule}」：{subject}；所有单位的最高值为 {best}，不大于 0，各单位本规则均得 0 分",
    en: "Rule “{rule}”: {subject}; the best value of all units is {best}, not above 0, so every unit scores 0 here",
  },
  "explain.clause.ratio.pending": {
    "zh-CN": "规则「{rule}」：{subject}；须与其他单位一并评分（取各单位最高值），单独评分暂计 0 分",
    en: "Rule “{rule}”: {subject}; needs the other units (their best value), so 0 for now when scored alone",
  },
  "explain.leaders.more": { "zh-CN": "{names} 等 {count} 个单位", en: "{names} and others, {count} units" },
  "explain.clause.rank": {
    "zh-CN":
      "规则「{rule}」：{subject}，在 {count} 个单位中{order}排第 {rank} 名（并列取较前名次），落在「{band}」档 → {value} 分",
    en: "Rule “{rule}”: {subject}, rank {rank} of {count} units, {order} (ties share the better rank), in the band “{band}” → {value} points",
  },
  "explain.clause.rank.none": {
    "zh-CN":
      "规则「{rule}」：{subject}，在 {count} 个单位中{order}排第 {rank} 名（并列取较前名次），不在任何一档 → 0 分",
    en: "Rule “{rule}”: {subject}, rank {rank} of {count} units, {order} (ties share the better rank), in no band → 0 points",
  },
  "explain.clause.rank.pending": {
    "zh-CN": "规则「{rule}」：{subject}；名次须与其他单位一并评定，单独评分暂计 0 分",
    en: "Rule “{rule}”: {subject}; the rank needs the other units, so 0 for now when scored alone",
  },
  "explain.clause.grade": {
    "zh-CN": "规则「{rule}」：{input}，占分值的 {share}% → {share}% × {points} 分 = {value} 分",
    en: "Rule “{rule}”: {input}, worth {share}% of the points → {share}% × {points} points = {value} points",
  },
  "explain.clause.derived-grade": {
    "zh-CN": "等次 {label} 的条件「{rule}」：{cond}，条件成立 → 评为 {label}，占分值的 {share}% → {share}% × {points} 分 = {value} 分",
    en: "The criterion of grade {label} “{rule}”: {cond}, which holds → graded {label}, worth {share}% of the points → {share}% × {points} points = {value} points",
  },
  "explain.clause.derived-grade.otherwise": {
    "zh-CN": "不符合前面各等次的条件 → 评为 {label}（其余），占分值的 {share}% → {share}% × {points} 分 = {value} 分",
    en: "None of the earlier criteria holds → graded {label} (the rest), worth {share}% of the points → {share}% × {points} points = {value} points",
  },
  "explain.clause.derived-grade.none": {
    "zh-CN": "规则「{rule}」：不符合任何等次的条件 → 0 分",
    en: "Rule “{rule}”: no grade's criterion holds → 0 points",
  },
  "explain.clause.grade.none": {
    "zh-CN": "规则「{rule}」：{input}，未评等次 → 0 分",
    en: "Rule “{rule}”: {input}, no grade given → 0 points",
  },
  "explain.clause.branch.then": {
    "zh-CN": "规则「{rule}」：{cond}，条件成立 → 按其下的规则计分",
    en: "Rule “{rule}”: {cond}, which holds → scored by the rules under it",
  },
  "explain.clause.branch.else": {
    "zh-CN": "规则「{rule}」：{cond}，条件不成立 → 按「否则」下的规则计分",
    en: "Rule “{rule}”: {cond}, which does not hold → scored by the rules under “否则”",
  },
  "explain.clause.branch.none": {
    "zh-CN": "规则「{rule}」：{cond}，条件不成立 → 本条不计分",
    en: "Rule “{rule}”: {cond}, which does not hold → nothing from it",
  },
  "explain.clause.into": { "zh-CN": "{line}（计入「{pool}」）", en: "{line} (into “{pool}”)" },
  "explain.clause.into-section": {
    "zh-CN": "{line}（在本项分值之外，计入分项「{section}」）",
    en: "{line} (beyond the item's points, into section “{section}”)",
  },
  "explain.part": {
    "zh-CN": "部分「{title}」：{parts} = {value} 分",
    en: "Part “{title}”: {parts} = {value} points",
  },
  "explain.part.capped": {
    "zh-CN": "部分「{title}」：{parts} = {raw} 分，最高 {max} 分 → {value} 分",
    en: "Part “{title}”: {parts} = {raw} points, at most {max} → {value} points",
  },

  // ---------------------------------------------------------------- the item
  "explain.item.sum": { "zh-CN": "合计：{parts} = {value} 分", en: "Sum: {parts} = {value} points" },
  "explain.item.pool-sum": {
    "zh-CN": "计入「{pool}」合计：{parts} = {value} 分",
    en: "Into “{pool}”, sum: {parts} = {value} points",
  },
  "explain.item.rescale": {
    "zh-CN": "折算：{sum} 分 × {to} ÷ {from} = {value} 分",
    en: "Rescaled: {sum} points × {to} ÷ {from} = {value} points",
  },
  "explain.item.overflow": {
    "zh-CN": "超出 {to} 分的 {over} 分计入「{pool}」，本项取 {to} 分",
    en: "The {over} points above {to} go to “{pool}”; the item keeps {to} points",
  },
  "explain.item.overflow-capped": {
    "zh-CN": "超出 {to} 分的 {over} 分计入「{pool}」，最高 {max} 分 → {moved} 分；本项取 {to} 分",
    en: "The {over} points above {to} go to “{pool}”, at most {max} → {moved} points; the item keeps {to} points",
  },
  "explain.item.cap": { "zh-CN": "封顶 {cap} 分 → {value} 分", en: "Capped at {cap} points → {value} points" },
  "explain.item.cap-because": {
    "zh-CN": "封顶 {cap} 分（{reason}）→ {value} 分",
    en: "Capped at {cap} points ({reason}) → {value} points",
  },
  "explain.item.full": {
    "zh-CN": "不超过本项分值 {cap} 分 → {value} 分",
    en: "No more than the item's {cap} points → {value} points",
  },
  "explain.item.floor": {
    "zh-CN": "最低 {floor} 分 → {value} 分",
    en: "No less than {floor} points → {value} points",
  },
  "explain.item.none": { "zh-CN": "本项没有计分规则 → 0 分", en: "The item has no scoring rule → 0 points" },
  "explain.item.part": { "zh-CN": "本项计入「{pool}」{value} 分", en: "Into “{pool}”: {value} points" },
  "explain.item.part-section": {
    "zh-CN": "本项分值之外计入分项「{section}」{value} 分",
    en: "Beyond the item's points, into section “{section}”: {value} points",
  },
  "explain.item.result": {
    "zh-CN": "本项得分 {value} 分（满分 {max} 分）",
    en: "Item score: {value} points (out of {max})",
  },
  "explain.item.result-star": {
    "zh-CN": "本项得分 {value} 分，计入「{pool}」",
    en: "Item score: {value} points, into “{pool}”",
  },

  // ---------------------------------------------------------------- N/A, vetoes, rounding
  "explain.na": {
    "zh-CN": "本单位报本项为“无此项”",
    en: "The unit reported this item as not applicable",
  },
  "explain.na.renormalise": {
    "zh-CN": "按方案（无此项 按 重新分配）本项不计分，其分值由同一计分池的其余适用指标分摊",
    en: "As the scheme says (N/A: renormalise), the item is not scored; its points are shared by the other applicable items of its pool",
  },
  "explain.na.pending": {
    "zh-CN": "按方案（无此项 按 平均分）本项取其他单位本项平均分；单独评分暂计 0 分",
    en: "As the scheme says (N/A: peer average), the item takes the other units' average; 0 for now when scored alone",
  },
  "explain.na.peer": {
    "zh-CN": "按方案（无此项 按 平均分）本项取适用本项的 {count} 个单位得分的平均：{sum} ÷ {count} = {value} 分",
    en: "As the scheme says (N/A: peer average), the item takes the mean over the {count} units it applies to: {sum} ÷ {count} = {value} points",
  },
  "explain.na.peer-none": {
    "zh-CN": "按方案（无此项 按 平均分）本项取其他单位平均分，但没有适用本项的单位 → 0 分",
    en: "As the scheme says (N/A: peer average), the item takes the other units' average, but it applies to no unit → 0 points",
  },
  "explain.renormalised": {
    "zh-CN":
      "无此项权数调整：{score} × {kept} ÷ {left} = {value} 分（「{pool}」满分 {kept} 分，适用指标分值合计 {left} 分；本项分值 {points} 分调整为 {max} 分）",
    en: "N/A weights adjusted: {score} × {kept} ÷ {left} = {value} points (“{pool}” is worth {kept}, the applicable items {left}; this item's {points} points become {max})",
  },
  "explain.veto.item": {
    "zh-CN": "一票否决「{label}」：{cond} → 本项 0 分",
    en: "Veto “{label}”: {cond} → this item scores 0",
  },
  "explain.veto.section": {
    "zh-CN": "一票否决「{label}」：{cond} →「{title}」整项 0 分",
    en: "Veto “{label}”: {cond} → all of “{title}” scores 0",
  },
  "explain.veto.total": {
    "zh-CN": "一票否决「{label}」：{cond} → 总分为 0 分",
    en: "Veto “{label}”: {cond} → the total is 0",
  },
  "explain.veto.total-cap": {
    "zh-CN": "一票否决「{label}」：{cond} → 总分最高 {cap} 分",
    en: "Veto “{label}”: {cond} → the total is at most {cap}",
  },
  "explain.total.capped": {
    "zh-CN": "总分 {before} 分，按「{label}」封顶为 {cap} 分",
    en: "The total {before} is capped at {cap} by “{label}”",
  },
  "explain.veto.total-set": {
    "zh-CN": "一票否决「{label}」：{cond} → 总分为 {cap} 分",
    en: "Veto “{label}”: {cond} → the total is {cap}",
  },
  "explain.total.set": {
    "zh-CN": "总分 {before} 分，按「{label}」定为 {cap} 分",
    en: "The total {before} is set to {cap} by “{label}”",
  },
  "explain.veto.not-scored": {
    "zh-CN": "「{label}」：{cond} → 本单位不计分：没有总分，不参加排名，也不计入与其他单位的比较（最高值比、名次、平均分）",
    en: "“{label}”: {cond} → the unit is not scored: it has no total, is not ranked, and is left out of every comparison with the other units (best unit, rank bands, peer average)",
  },
  "explain.total.not-scored": {
    "zh-CN": "按「{label}」本单位不计分：总分不计（各项得分仅供参考）",
    en: "Not scored, by “{label}”: no total (the figures above are for reference only)",
  },
  "explain.not-scored.item": {
    "zh-CN": "本单位不计分，不与其他单位比较：本项不计算 → 0 分",
    en: "The unit is not scored and is not compared with the other units: this item is not worked out → 0 points",
  },
  "explain.not-scored-word": { "zh-CN": "不计分", en: "not scored" },
  "explain.rank.not-scored": { "zh-CN": "不参加排名：本单位不计分", en: "Not ranked: the unit is not scored" },
  "explain.veto.rating": {
    "zh-CN": "一票否决「{label}」：{cond} → 评定为「{rating}」",
    en: "Veto “{label}”: {cond} → rated “{rating}”",
  },
  "explain.rating": {
    "zh-CN": "评定：{cond}，条件成立 → {rating}",
    en: "Rating: {cond} holds → {rating}",
  },
  "explain.rating.otherwise": {
    "zh-CN": "评定：不符合以上各档 → {rating}（其余）",
    en: "Rating: none of the levels above → {rating} (otherwise)",
  },
  "explain.rating.vetoed": {
    "zh-CN": "评定：按一票否决「{label}」评为 {rating}，不论总分",
    en: "Rating: {rating} by the veto “{label}”, whatever the total",
  },
  "explain.rating.none": {
    "zh-CN": "评定：不符合任何一档，没有评定结果",
    en: "Rating: no level's criterion holds; no rating",
  },
  "explain.veto.disqualify": {
    "zh-CN": "「{label}」：{cond} → 取消评优资格，得分保留",
    en: "“{label}”: {cond} → disqualified from commendation; the score stands",
  },
  "explain.veto.disqualify-node": {
    "zh-CN": "「{label}」：{cond} → 因「{title}」取消评优资格，得分保留",
    en: "“{label}”: {cond} → disqualified from commendation for “{title}”; the score stands",
  },
  "explain.mode.half-up": { "zh-CN": "四舍五入", en: "half away from zero" },
  "explain.mode.half-even": { "zh-CN": "银行家舍入", en: "half to even" },
  "explain.mode.truncate": { "zh-CN": "截断", en: "truncated" },
  "explain.rounding.rule": { "zh-CN": "保留 {digits} 位小数，{mode}", en: "{digits} decimals, {mode}" },
  "explain.rounded": {
    "zh-CN": "按方案舍入（{rule}）：{from} → {to} 分",
    en: "Rounded as the scheme says ({rule}): {from} → {to} points",
  },
  "explain.shown-rounded": {
    "zh-CN": "{from} 除不尽，按方案舍入规则（{rule}）显示为 {to} 分，合计时用精确值",
    en: "{from} does not terminate; shown as {to} points by the scheme's rounding ({rule}); sums use the exact value",
  },

  // ---------------------------------------------------------------- sections, pools, the unit
  "explain.section.sum": {
    "zh-CN": "各项合计：{parts} = {value} 分",
    en: "Sum of its parts: {parts} = {value} points",
  },
  "explain.section.sum-beyond": {
    "zh-CN": "各项合计：{parts}，加上各项分值之外计入本分项的 {beyond}，共 {value} 分",
    en: "Sum of its parts: {parts}, plus what items count in this section beyond their points, {beyond}: {value} points",
  },
  "explain.section.vetoed": {
    "zh-CN": "一票否决「{label}」→ 本分项 0 分",
    en: "Veto “{label}” → this section scores 0",
  },
  "explain.pool.sum": { "zh-CN": "{pool}：{parts} = {value} 分", en: "{pool}: {parts} = {value} points" },
  "explain.pool.cap": {
    "zh-CN": "{pool}最高 {cap} 分 → {cap} 分",
    en: "{pool} is at most {cap} points → {cap} points",
  },
  "explain.pool.floor": { "zh-CN": "{pool}不低于 0 分 → 0 分", en: "{pool} is never below 0 → 0 points" },
  "explain.total": { "zh-CN": "总分 = {parts} = {value} 分", en: "Total = {parts} = {value} points" },
  "explain.total-word": { "zh-CN": "总分", en: "the total" },
  "explain.completion-word": { "zh-CN": "完成率", en: "completion" },
  "explain.target": {
    "zh-CN": "完成率 = {of} {score} 分 ÷ 目标 {target} 分 = {value}%",
    en: "Completion = {of} {score} points ÷ target {target} points = {value}%",
  },
  "explain.target.zero": {
    "zh-CN": "目标为 0 分，完成率按 0 计",
    en: "The target is 0 points; completion counts as 0",
  },
  "explain.combine.form-line": { "zh-CN": "〔{form}〕{line}", en: "[{form}] {line}" },
  "explain.combine.item": {
    "zh-CN": "各表得分：{parts}；按方案（合成 平均）取 {count} 张表的平均 = {value} 分",
    en: "Per form: {parts}; as the scheme says (combine: mean), the mean of {count} forms = {value} points",
  },
  "explain.combine.vetoed": {
    "zh-CN": "一票否决「{label}」在一张表中成立，对合成结果同样适用 → 本项 0 分",
    en: "Veto “{label}” fired on one form and applies to the combined result → this item scores 0",
  },
  "explain.combine.unit": {
    "zh-CN": "各表总分：{parts}；合成结果是各指标平均分之和",
    en: "Per form totals: {parts}; the combined result is the sum of the items' means",
  },
  "explain.rank": {
    "zh-CN": "按{by}{order}排名：第 {rank} 名（共 {count} 个单位，并列取较前名次）",
    en: "Ranked by {by}, {order}: {rank} of {count} units (ties share the better rank)",
  },
  "explain.rank.none": {
    "zh-CN": "不参加排名：本单位没有{by}",
    en: "Not ranked: the unit has no {by}",
  },
  "explain.rank.named": {
    "zh-CN": "「{ranking}」（{population}）按{by}{order}排名：第 {rank} 名（共 {count} 个单位，并列取较前名次）",
    en: "“{ranking}” ({population}), ranked by {by}, {order}: {rank} of {count} units (ties share the better rank)",
  },
  "explain.rank.named.none": {
    "zh-CN": "不参加「{ranking}」（{population}）的排名：本单位没有{by}",
    en: "Not ranked in “{ranking}” ({population}): the unit has no {by}",
  },
  "explain.rank.named.not-scored": {
    "zh-CN": "不参加「{ranking}」（{population}）的排名：本单位不计分",
    en: "Not ranked in “{ranking}” ({population}): the unit is not scored",
  },
  "explain.rank.unnamed": { "zh-CN": "排名", en: "Ranking" },
  "explain.rank.everyone": { "zh-CN": "全部单位", en: "all units" },
  "explain.rank.desc": { "zh-CN": "从高到低", en: "highest first" },
  "explain.rank.asc": { "zh-CN": "从低到高", en: "lowest first" },
  "explain.rank.mark.top": { "zh-CN": "位列前 {count} 名：{label}", en: "In the top {count}: {label}" },
  "explain.rank.mark.bottom": { "zh-CN": "位列后 {count} 名：{label}", en: "In the bottom {count}: {label}" },
  "explain.refused": {
    "zh-CN": "提交内容与方案不符，未评分（共 {count} 处问题）",
    en: "The submission does not fit the scheme and was not scored ({count} problems)",
  },
};
