// The checker's words (E2xx–E6xx, W7xx), their notes, the names of kinds and things they
// mention, and the renderer's and `kaohe check`'s words. A key `E301.rate-bare` is one variant of
// E301 (chosen by the diagnostic's args.variant). Every message names what is wrong and says
// what to write instead; policy staff read these.
import type { Entry } from "./index.js";

const kinds: Record<string, Entry> = {
  "kind.bool": { "zh-CN": "是否（是/否）", en: "a yes/no" },
  "kind.count": { "zh-CN": "次数", en: "a count" },
  "kind.rate": { "zh-CN": "比率（%）", en: "a rate (%)" },
  "kind.number": { "zh-CN": "数值", en: "a number" },
  "kind.scalar": { "zh-CN": "不带单位的数", en: "a number without unit" },
  "kind.amount": { "zh-CN": "数量（{value}）", en: "an amount in {value}" },
  "kind.points": { "zh-CN": "分数（分）", en: "points" },
  "kind.score": { "zh-CN": "上报的分数", en: "a reported score" },
  "kind.rank": { "zh-CN": "名次", en: "a rank" },
  "kind.option": { "zh-CN": "选项", en: "an option" },
  "kind.grade": { "zh-CN": "等次", en: "a grade" },
  "kind.checklist": { "zh-CN": "清单", en: "a checklist" },
  "kind.text": { "zh-CN": "文本", en: "a text" },
  "kind.evidence": { "zh-CN": "材料", en: "evidence" },
  "kind.unit-kind": { "zh-CN": "单位类别", en: "a unit kind" },
  "kind.unit-name": { "zh-CN": "单位名称", en: "a unit name" },
  "kind.error": { "zh-CN": "（无法确定）", en: "(unknown)" },
};

const things: Record<string, Entry> = {
  "what.case": { "zh-CN": "`按` 的选项", en: "`按` case" },
  "what.code": { "zh-CN": "编号", en: "code" },
  "what.column": { "zh-CN": "单位列", en: "per-unit column" },
  "what.combine": { "zh-CN": "`合成`", en: "`合成` (combine)" },
  "what.element": { "zh-CN": "清单项", en: "checklist element" },
  "what.dimension": { "zh-CN": "维度", en: "dimension" },
  "what.dimension-element": { "zh-CN": "维度的元素", en: "dimension element" },
  "what.form": { "zh-CN": "表", en: "form" },
  "what.grade": { "zh-CN": "等次", en: "grade" },
  "what.grades": { "zh-CN": "等次表", en: "grade scale" },
  "what.input": { "zh-CN": "输入", en: "input" },
  "what.figure": { "zh-CN": "量", en: "figure" },
  "what.item": { "zh-CN": "指标", en: "item" },
  "what.meta": { "zh-CN": "元数据", en: "metadata key" },
  "what.na-policy": { "zh-CN": "`无此项` 规则", en: "`无此项` (N/A) policy" },
  "what.node": { "zh-CN": "分项或指标", en: "section or item" },
  "what.option": { "zh-CN": "选项", en: "option" },
  "what.pool": { "zh-CN": "计分池", en: "pool" },
  "what.ranking": { "zh-CN": "`排名`", en: "`排名` (ranking)" },
  "what.ranking-name": { "zh-CN": "排名", en: "ranking" },
  "ranking.named": { "zh-CN": "排名“{value}”", en: "ranking “{value}”" },
  "ranking.unnamed": { "zh-CN": "排名", en: "the ranking" },
  "ranking.by-total": { "zh-CN": "总分", en: "a total" },
  "ranking.by-completion": { "zh-CN": "完成率", en: "a completion" },
  "what.rounding": { "zh-CN": "`舍入`", en: "`舍入` (rounding)" },
  "what.rating": { "zh-CN": "`评定`", en: "`评定` (rating)" },
  "what.rating-level": { "zh-CN": "评定结果", en: "rating" },
  "what.section": { "zh-CN": "分项", en: "section" },
  "what.target": { "zh-CN": "`目标`", en: "`目标` (target)" },
  "what.unit": { "zh-CN": "单位", en: "unit" },
  "what.unit-kind": { "zh-CN": "单位类别", en: "unit kind" },
  "where.header": { "zh-CN": "方案头", en: "the scheme header" },
  "where.node": { "zh-CN": "分项和指标", en: "a section or item" },
};

const names: Record<string, Entry> = {
  E201: {
    "zh-CN": "没有名为“{name}”的输入或单位列：请先声明它，或改正拼写",
    en: "there is no input or per-unit column named “{name}”: declare it, or correct the spelling",
  },
  "E201.item": {
    "zh-CN":
      "指标“{item}”中没有名为“{name}”的输入，也没有同名的单位事实或单位列：请在本指标内用 `输入 {name} …` 声明它，或改正拼写",
    en: "item “{item}” has no input named “{name}”, and there is no unit fact or per-unit column of that name: declare it in this item with `输入 {name} …`, or correct the spelling",
  },
  "E201.scheme": {
    "zh-CN": "没有名为“{name}”的单位事实或单位列：请在方案顶层用 `输入 {name} …` 声明它，或改正拼写",
    en: "there is no unit fact or per-unit column named “{name}”: declare it at the top of the scheme with `输入 {name} …`, or correct the spelling",
  },
  "E201.dimension": {
    "zh-CN": "没有名为“{name}”的维度：请在方案顶层声明 `维度 {name} { 甲, 乙 }`（元素不定时只写 `维度 {name}`），或改正拼写",
    en: "there is no dimension named “{name}”: declare `维度 {name} { 甲, 乙 }` at the top of the scheme (just `维度 {name}` when its elements are not fixed), or correct the spelling",
  },
  "E201.total": {
    "zh-CN": "`总分` 只能在 `评定 { … }` 的条件里读取（单位的最终总分），例如 `评定 { 优秀: 总分 ≥ 90, 合格: 其余 }`",
    en: "`总分` (the total) can only be read in the criteria of `评定 { … }` (the unit's rating), e.g. `评定 { 优秀: 总分 ≥ 90, 合格: 其余 }`",
  },
  "E201.item-id": {
    "zh-CN": "没有编号或名称为“{name}”的指标：`得分(…)` 里要写一个指标的编号或名称",
    en: "there is no item numbered or named “{name}”: `得分(…)` takes the number or name of an item",
  },
  E202: {
    "zh-CN": "{what}“{name}”重复了：同一个名称只能声明一次，请改名或删去其中一处",
    en: "{what} “{name}” is declared twice: a name may be declared once; rename or remove one of them",
  },
  "E202.twice": {
    "zh-CN": "{what}只能写一次：请删去多余的一处",
    en: "the {what} may be written only once: remove the extra one",
  },
  "E202.ranking-unnamed": {
    "zh-CN": '方案有多个排名，结果按名称区分它们：请给每个排名起名称，例如 `排名 全县 "全县排名" 按 总分 降序 { … }`',
    en: 'the scheme has several rankings, and results tell them apart by name: name each one, e.g. `排名 全县 "全县排名" 按 总分 降序 { … }`',
  },
  "E202.star": {
    "zh-CN": "计分池“{name}”也标了 ★：只能有一个计分池接收 ★ 项，请去掉其中一个 ★",
    en: "pool “{name}” is also marked ★: only one pool can receive the ★ items; remove one of the ★ marks",
  },
  "E202.shadows-fact": {
    "zh-CN": "输入“{name}”与方案顶层的单位事实同名：本指标内会分不清，请改用另一个名称",
    en: "input “{name}” has the name of a unit fact declared at the top of the scheme, so rules here could not tell them apart: choose another name",
  },
  "E202.figure-clash": {
    "zh-CN": "量“{name}”与同一处可见的输入、单位事实、单位列或另一个量同名，规则中无法区分：请给这个量另取一个名称",
    en: "figure “{name}” has the name of an input, unit fact, per-unit column or other figure seen where it is written, so rules could not tell them apart: give the figure another name",
  },
  "E202.column-clash": {
    "zh-CN": "输入“{name}”与单位列同名，规则中无法区分：请改用另一个名称",
    en: "input “{name}” has the name of a per-unit column, so rules could not tell them apart: choose another name",
  },
  E203: {
    "zh-CN": "“{label}”不是输入“{input}”的选项（可选：{options}）：请改成其中之一，或把它加进选项列表",
    en: "“{label}” is not an option of input “{input}” (options: {options}): use one of them, or add it to the list",
  },
  "E203.grade": {
    "zh-CN": "“{label}”不是等次表中的等次（等次：{options}）：请改成其中之一",
    en: "“{label}” is not a grade of the grade scale (grades: {options}): use one of them",
  },
  E204: {
    "zh-CN": "不认识的元数据“{key}”：{where}可以写 {keys}",
    en: "unknown metadata key “{key}”: {where} takes {keys}",
  },
  E205: {
    "zh-CN": "没有名为“{name}”的计分池：请先用 `计分池 {name} …` 声明它，或改正拼写",
    en: "there is no pool named “{name}”: declare it with `计分池 {name} …`, or correct the spelling",
  },
  "E205.no-star": {
    "zh-CN": "这里标了 ★，但没有标 ★ 的计分池来接收它：请声明一个，例如 `计分池 加扣分 调整 ★`",
    en: "this is marked ★, but no pool is marked ★ to receive it: declare one, e.g. `计分池 加扣分 调整 ★`",
  },
  "E205.no-base": {
    "zh-CN": "此项不属于任何计分池：方案声明了计分池但没有基准池，请把它写进某个计分池的 { } 中，或用 `计入 池名` 指明",
    en: "this belongs to no pool: the scheme declares pools but no base pool; put it inside a pool's { }, or say `计入 <pool>`",
  },
  "E205.inside-part": {
    "zh-CN": "`部分` 中的一条规则不能单独计入计分池“{pool}”：请把 ★ 或 `计入` 写在整个 `部分` 上",
    en: "a rule inside a `部分` cannot go to pool “{pool}” on its own: put ★ or `计入` on the whole `部分`",
  },
  E206: {
    "zh-CN": "没有名为“{name}”的单位列：请在 `单位 …` 声明中加上这一列，或改正拼写",
    en: "there is no per-unit column named “{name}”: add it to the `单位 …` declarations, or correct the spelling",
  },
  "E206.not-every-kind": {
    "zh-CN": "单位列“{name}”在单位类别 {kinds} 中没有声明：用到它的每一类单位都要给出这一列的值",
    en: "per-unit column “{name}” is missing from unit kind(s) {kinds}: every kind of unit it is used for needs a value in it",
  },
  "E206.no-units": {
    "zh-CN": '用了 `单位类别`，但方案没有声明任何单位：请先用 `单位 类别名 "…" { … }` 声明单位',
    en: '`单位类别` is used, but the scheme declares no units: declare them with `单位 <kind> "…" { … }`',
  },
  "E206.applies-no-units": {
    "zh-CN": '写了 `适用`，但方案没有声明任何单位类别：请先用 `单位 类别名 "…" { … }` 声明各类单位，或删去 `适用`',
    en: '`适用` (applies-to) is written, but the scheme declares no unit kinds: declare them with `单位 <kind> "…" { … }`, or remove `适用`',
  },
  "E206.unit-name": {
    "zh-CN": "没有名为“{label}”的单位（单位表中有：{options}）：请改成其中之一，或先在 `单位` 表中列出它",
    en: "there is no unit named “{label}” (the unit tables list: {options}): use one of them, or list it in a `单位` table first",
  },
  "E206.no-unit-list": {
    "zh-CN": "`单位` 在规则中指被考核的单位，但方案没有列出任何单位：请先用 `单位 类别 \"标题\" { 名称 … }` 列出单位",
    en: "`单位` in a rule is the unit being scored, but the scheme lists no units: list them first with `单位 kind \"title\" { name … }`",
  },
  "E206.unit-kind": {
    "zh-CN": "没有名为“{label}”的单位类别（已声明：{options}）：请改成其中之一",
    en: "there is no unit kind named “{label}” (declared: {options}): use one of them",
  },
  E207: {
    "zh-CN": "否决的对象“{name}”不存在：请写一个分项或指标的名称，或写 `本项`、`总分`、`取消评优`",
    en: "the veto's target “{name}” does not exist: name a section or item, or write `本项`, `总分` or `取消评优`",
  },
  "E207.rating-label": {
    "zh-CN": "`评定` 没有“{label}”这一档：请写 {labels} 之一",
    en: "the rating has no level “{label}”: write one of {labels}",
  },
  "E207.no-rating": {
    "zh-CN": "否决把评定设为“{label}”，但方案没有声明 `评定`：请加上例如 `评定 { 合格: 总分 ≥ 60, 不合格: 其余 }`",
    en: "the veto sets the rating to “{label}”, but the scheme declares no `评定` (rating): add one, e.g. `评定 { 合格: 总分 ≥ 60, 不合格: 其余 }`",
  },
  "E207.this-at-top": {
    "zh-CN": "`本项` 只能用在分项或指标内部：方案顶层的否决请写 `总分`、`取消评优`，或一个分项或指标的名称",
    en: "`本项` (this item) only works inside a section or item: at the top of the scheme write `总分`, `取消评优`, or the name of a section or item",
  },
  "E207.this-disqualify-at-top": {
    "zh-CN":
      "`本项 取消评优` 只能用在分项或指标内部：要取消单位的评优资格，请只写 `取消评优`；要因某个分项或指标取消评优，请写它的名称，如 `则 网络安全 取消评优`",
    en: "`本项 取消评优` (disqualify for this item) only works inside a section or item: to disqualify the unit write `取消评优` alone; to disqualify it for one section or item, name it: `则 网络安全 取消评优`",
  },
  E208: {
    "zh-CN": "指标“{item}”的得分引用形成了循环：{cycle}：请去掉其中一处 `得分(…)`",
    en: "the score of item “{item}” depends on itself: {cycle}: remove one of these `得分(…)`",
  },
  E209: {
    "zh-CN":
      "指标“{item}”不在分项“{section}”之中：`计入 分项名` 只能计入包含本指标的分项（同一计分池），请改为本指标所在的分项，或用 `计入 池名` 计入另一个计分池",
    en: "item “{item}” is not inside section “{section}”: `计入 <section>` counts points only in a section that holds the item (in its pool); name a section the item is in, or a pool with `计入 <pool>`",
  },
};

const types: Record<string, Entry> = {
  E301: {
    "zh-CN": "不能把{left}和{right}相比较：两边要是同一种量",
    en: "cannot compare {left} with {right}: both sides must be the same kind of quantity",
  },
  "E301.compare": {
    "zh-CN": "不能把{left}和{right}相比较：两边要是同一种量",
    en: "cannot compare {left} with {right}: both sides must be the same kind of quantity",
  },
  "E301.rate-bare": {
    "zh-CN": "比率要和百分数比较：请把 {value} 写成 {value}%",
    en: "a rate is compared with a percentage: write {value}% instead of {value}",
  },
  "E301.rate-bare-unnamed": {
    "zh-CN": "比率要和百分数比较，而这里是不带单位的数：请写成百分数，例如 80%",
    en: "a rate is compared with a percentage, and this is a number without unit: write a percentage, e.g. 80%",
  },
  "E301.arith": {
    "zh-CN": "不能把{left}和{right}放在一起计算",
    en: "cannot combine {left} with {right} in arithmetic",
  },
  "E301.labels-order": {
    "zh-CN": "{left}只能用 = 或 ≠ 比较，不能比大小",
    en: "{left} can only be compared with = or ≠, not ordered",
  },
  E303: {
    "zh-CN": "`等次 {input}` 要求输入“{input}”是等次，但它是{kind}：请把它声明为 `输入 {input} 等次`",
    en: "`等次 {input}` needs input “{input}” to be a grade, but it is {kind}: declare it as `输入 {input} 等次`",
  },
  "E303.no-scale-derived": {
    "zh-CN": "指标“{item}”按条件评定等次，但方案没有声明等次表：请加上例如 `等次 { A: 100% B: 80% C: 60% D: 40% }`",
    en: "item “{item}” derives a grade from criteria, but the scheme declares no grade scale: add one, e.g. `等次 { A: 100% B: 80% C: 60% D: 40% }`",
  },
  "E303.no-scale": {
    "zh-CN": "输入“{input}”是等次，但方案没有声明等次表：请加上例如 `等次 { A: 100% B: 80% C: 60% D: 40% }`",
    en: "input “{input}” is a grade, but the scheme declares no grade scale: add one, e.g. `等次 { A: 100% B: 80% C: 60% D: 40% }`",
  },
  E304: {
    "zh-CN": "{kind}不能参与计算（{op}）：只有次数、比率、数值、数量和分数可以计算",
    en: "{kind} cannot be used in arithmetic ({op}): only counts, rates, numbers, amounts and points can",
  },
  "E304.tiers": {
    "zh-CN": "`分档` 要对一个数分档，这里是{kind}：选项请用 `按`，是否请用 `若`",
    en: "`分档` (tiers) needs a number, and this is {kind}: use `按` for options and `若` for yes/no",
  },
  "E304.ratio": {
    "zh-CN": "`{op}` 要对一个数计算，这里是{kind}",
    en: "`{op}` needs a number, and this is {kind}",
  },
  E305: {
    "zh-CN": "单位不一致：{left} 和 {right} 不能直接比较或计算，请换算成同一单位",
    en: "the units differ: {left} and {right} cannot be compared or combined; convert to one unit",
  },
  "E305.bare": {
    "zh-CN": "这里要和{right}比较，数字要带单位：请写成 {value}{unit}",
    en: "this is compared with {right}, so the number needs its unit: write {value}{unit}",
  },
  "E305.bare-unnamed": {
    "zh-CN": "{left}要和{right}比较，请带上单位 {unit}",
    en: "{left} is compared with {right}: give it the unit {unit}",
  },
  "E305.column": {
    "zh-CN": "单位列“{column}”的值单位不一致：{left} 与 {right}：请统一写法",
    en: "per-unit column “{column}” mixes units: {left} and {right}; write them all the same way",
  },
  "E305.points": {
    "zh-CN": "分值要写成“3分”、“3%”或不带单位的数，而不是 {written}",
    en: "points are written “3分”, “3%” or as a bare number, not {written}",
  },
  E306: {
    "zh-CN": "条件“{text}”不是是否判断（它是{kind}）：请写成比较，例如 `回复率 ≥ 80%`",
    en: "the condition “{text}” is not a yes/no (it is {kind}): write a comparison, e.g. `回复率 ≥ 80%`",
  },
  "E307.value": {
    "zh-CN": "`得` 后面要算出分数，这里算出的是{kind}：请乘以分数，例如 `回复率 × 3分`，或改用 `每 … 得 …`",
    en: "`得` needs points, and this gives {kind}: multiply by points, e.g. `回复率 × 3分`, or use `每 … 得 …`",
  },
  "E307.points-unit": {
    "zh-CN": "规则的分数要写成“3分”或不带单位的数，而不是 {written}",
    en: "a rule's points are written “3分” or as a bare number, not {written}",
  },
  E308: {
    "zh-CN": "`每` 后面要是次数或清单，而“{text}”是{kind}：请改用次数输入，或改用 `分档`",
    en: "`每` (per) needs a count or a checklist, and “{text}” is {kind}: use a count input, or use `分档`",
  },
  "E309.not-option": {
    "zh-CN": "`按 {input}` 要求“{input}”是选项输入，但它是{kind}：请把它声明为 `输入 {input} 选项 [ … ]`，或改用 `若`",
    en: "`按 {input}` needs “{input}” to be an option input, but it is {kind}: declare it as `输入 {input} 选项 [ … ]`, or use `若`",
  },
  "E309.no-cases": {
    "zh-CN": "`按 {input}` 没有写任何选项的分数：请写出每个选项得几分",
    en: "`按 {input}` gives no option any points: write the points for each option",
  },
  "E310.empty-option": {
    "zh-CN": "输入“{input}”的选项列表是空的：请列出选项",
    en: "input “{input}” has an empty option list: list its options",
  },
  "E310.empty-checklist": {
    "zh-CN": "输入“{input}”的清单是空的：请列出清单项",
    en: "input “{input}” has an empty checklist: list its elements",
  },
  "E310.full-marks-not-score": {
    "zh-CN": "只有分数输入才有满分：请删去输入“{input}”的 `满分 {written}`，或把它声明为 分数",
    en: "only a score input has full marks: remove `满分 {written}` from input “{input}”, or declare it as 分数",
  },
  "E310.of-not-rank": {
    "zh-CN": "只有名次输入才写 `共`：请删去输入“{input}”的 `共 {written}`",
    en: "only a rank input takes `共`: remove `共 {written}` from input “{input}”",
  },
  "E310.bounds-not-numeric": {
    "zh-CN": "输入“{input}”不是数，不能写最高或最低（{written}）：请删去它",
    en: "input “{input}” is not a number and takes no maximum or minimum ({written}): remove it",
  },
  "E310.whole": {
    "zh-CN": "输入“{input}”只取整数，{written} 不是正整数",
    en: "input “{input}” takes whole numbers, and {written} is not one",
  },
  "E310.list-type": {
    "zh-CN": "输入“{input}”是{written}，不能按维度逐个填报：列表（`每 …`）只能是 是否、次数、比率、数值、数量、分数 或 名次",
    en: "input “{input}” is {written}, which cannot be given once per element: a list (`每 …`) holds yes/no, counts, rates, numbers, amounts, scores or ranks",
  },
  "E310.min-above-max": {
    "zh-CN": "输入“{input}”的最低 {min} 大于最高 {max}：请改正其中一个",
    en: "input “{input}” has a minimum {min} above its maximum {max}: correct one of them",
  },
  "E311.checklist": {
    "zh-CN": "`{func}(…)` 里要写一个清单输入，例如 `已选(共享目录要素)`",
    en: "`{func}(…)` takes one checklist input, e.g. `已选(共享目录要素)`",
  },
  "E311.score-of": {
    "zh-CN": "`{func}(…)` 里要写一个指标的编号或名称",
    en: "`{func}(…)` takes the number or name of one item",
  },
  "E311.score-of-section": {
    "zh-CN": "“{name}”是分项：`{func}(…)` 只能引用指标的得分",
    en: "“{name}” is a section: `{func}(…)` only reads the score of an item",
  },
  "E311.linear": {
    "zh-CN": "`{func}(x, x1, y1, x2, y2, …)` 要写一个值和至少两对常数",
    en: "`{func}(x, x1, y1, x2, y2, …)` takes a value and at least two pairs of constants",
  },
  "E311.linear-order": {
    "zh-CN": "`{func}(…)` 的各点要按 x 从小到大排列",
    en: "the points of `{func}(…)` must go from the smallest x to the largest",
  },
  "E311.clamp": { "zh-CN": "`{func}(x, 下限, 上限)` 要写三个参数", en: "`{func}(x, low, high)` takes three arguments" },
  "E311.min-max": {
    "zh-CN": "`{func}(…)` 要写至少两个参数，或一个列表输入（如 `最小(回复率)`）",
    en: "`{func}(…)` takes at least two arguments, or one list input (e.g. `最小(回复率)`)",
  },
  "E311.list-arity": {
    "zh-CN": "`{func}(…)` 要写一个列表输入（`输入 … 每 维度`）或由它算出的式子，例如 `平均(回复率)`",
    en: "`{func}(…)` takes one list input (`输入 … 每 维度`) or an expression over it, e.g. `平均(回复率)`",
  },
  "E311.count-of": {
    "zh-CN": "`{func}(…)` 数的是满足条件的元素，里面要写一个条件（是/否），这里是{kind}：例如 `个数(回复率 ≥ 90%)`",
    en: "`{func}(…)` counts the elements that meet a condition, so it takes a yes/no, not {kind}: e.g. `个数(回复率 ≥ 90%)`",
  },
  "E311.list-numeric": {
    "zh-CN": "`{func}(…)` 要对数值求和、求平均或取最小最大，这里是{kind}：是/否的列表请用 `个数(…)` 数元素",
    en: "`{func}(…)` adds, averages or takes the least or greatest of figures, not {kind}: count the elements of a yes/no list with `个数(…)`",
  },
  E313: {
    "zh-CN":
      "“{text}”是每个{dimension}一个值的列表，这里要一个值：请写 `平均(…)`、`合计(…)`、`最小(…)`、`最大(…)`、`个数(条件)`，或逐个计分 `每 {dimension} 若 条件 扣 …`",
    en: "“{text}” is a list, one value per {dimension}, where one value is needed: write `平均(…)` (mean), `合计(…)` (sum), `最小(…)`, `最大(…)`, `个数(condition)` (count), or score each element with `每 {dimension} 若 condition 扣 …`",
  },
  "E313.not-a-list": {
    "zh-CN": "“{text}”里的“{arg}”只有一个值，不是列表：`平均`、`合计`、`个数`、`项数` 和单个参数的 `最小`、`最大` 只用于 `输入 … 每 维度` 声明的列表",
    en: "“{arg}” in “{text}” is one value, not a list: `平均`, `合计`, `个数`, `项数` and `最小`, `最大` with one argument are for lists declared `输入 … 每 维度`",
  },
  "E313.two-dimensions": {
    "zh-CN": "“{text}”把按“{a}”和按“{b}”的两个列表逐个配对，它们的元素不同：请分别求 `平均(…)` 等后再组合",
    en: "“{text}” pairs a list over “{a}” with one over “{b}” element by element, and their elements differ: aggregate each (`平均(…)` …) and combine the results",
  },
  "E313.two-open": {
    "zh-CN": "“{text}”把“{a}”和“{b}”逐个配对，但维度“{dimension}”的元素不固定，两个列表的长度可能不同：请分别汇总，或在 `维度 {dimension} { … }` 里列出元素",
    en: "“{text}” pairs “{a}” with “{b}” element by element, but dimension “{dimension}” has no fixed elements, so the lists may differ in length: aggregate each, or list the elements in `维度 {dimension} { … }`",
  },
  "E313.constraint": {
    "zh-CN": "约束“{text}”读取了列表的汇总（平均、合计、个数…）：约束只能写在单个值的输入之间",
    en: "constraint “{text}” reads an aggregate of a list (mean, sum, count …): constraints relate inputs of one value",
  },
  E312: {
    "zh-CN":
      "“{name}”不能用作名称（{what}）：它会成为提交数据（JSON）中的键，而 __proto__、constructor、prototype 在 JavaScript 中另有含义，无法安全使用。请改用另一个名称",
    en: "“{name}” cannot be used as a name ({what}): it becomes a key in the submitted data (JSON), and __proto__, constructor and prototype mean something else to JavaScript. Choose another name",
  },
};

const budgets: Record<string, Entry> = {
  E401: {
    "zh-CN": "分项“{section}”为 {points}分，但下级合计 {terms} = {sum}分：请改正分项的分值或下级的分值",
    en: "section “{section}” is worth {points} points, but its children add up to {terms} = {sum}: correct the section's points or its children's",
  },
  "E401.kind": {
    "zh-CN":
      "分项“{section}”为 {points}分，但对{kinds}单位，适用的下级合计 {terms} = {sum}分：请改正分项或下级的分值，或下级的 `适用`",
    en: "section “{section}” is worth {points} points, but for units of kind {kinds} the children that apply add up to {terms} = {sum}: correct the points, or the children's `适用`",
  },
  "E401.unwritten": {
    "zh-CN":
      "分项“{section}”没有写分值，而各类单位适用的下级合计不同（{sums}）：请写出分项的分值，并改正下级的分值或 `适用`，使每类单位的合计都等于它",
    en: "section “{section}” has no points written, and the children that apply add up differently for different kinds of unit ({sums}): write the section's points, and correct the children's points or `适用` so that every kind adds up to them",
  },
  E402: {
    "zh-CN":
      "指标“{item}”按规则最高可得 {max}分，超过了它的分值 {points}分：若应封顶，请加 `封顶 {points}分`；若超出部分是加分，请把那条规则标 ★ 或计入加分池",
    en: "item “{item}” can score up to {max} by its rules, more than its {points} points: add `封顶 {points}分` if it is capped, or mark the extra rule ★ (or send it to a bonus pool)",
  },
  "E402.unbounded": {
    "zh-CN":
      "指标“{item}”的得分没有上限（有规则随数量无限增加），会超过它的分值 {points}分：请给规则加 `最高 …`，或加 `封顶 {points}分`",
    en: "item “{item}” has no upper limit (a rule grows with a count or a ratio without bound) and can exceed its {points} points: give the rule a `最高 …`, or add `封顶 {points}分`",
  },
  E403: {
    "zh-CN":
      "指标“{item}”最低可得 {min}分，会低于 0：若扣完为止，请加 `最低 0分`；若允许负分（加扣分项），请写 `最低 不限`",
    en: "item “{item}” can go down to {min}, below 0: add `最低 0分` if deductions stop at zero, or `最低 不限` if it may be negative (an adjustment)",
  },
  "E403.unbounded": {
    "zh-CN":
      "指标“{item}”的扣分没有下限（有 `每 … 扣 …` 没有 `最多扣`），会低于 0：请加 `最多扣 …` 或 `最低 0分`（扣完为止），允许负分请写 `最低 不限`",
    en: "item “{item}” has no lower limit (a `每 … 扣 …` has no `最多扣`) and can go below 0: add `最多扣 …` or `最低 0分` (deduct down to zero), or `最低 不限` if it may be negative",
  },
  "E403.unbounded-rule": {
    "zh-CN":
      "指标“{item}”没有最低分：下面这条规则可以给出任意低的负分，会低于 0：若扣完为止，请加 `最低 0分`；若允许负分（加扣分项），请写 `最低 不限`",
    en: "item “{item}” has no least score: the rule below can give any negative figure, below 0: add `最低 0分` if it stops at zero, or `最低 不限` if it may be negative (an adjustment)",
  },
  E404: {
    "zh-CN": "计分池“{pool}”为 {points}分，但其中各项合计 {terms} = {sum}分：请改正计分池或各项的分值",
    en: "pool “{pool}” is worth {points} points, but its members add up to {terms} = {sum}: correct the pool's points or its members'",
  },
  "E404.kind": {
    "zh-CN":
      "计分池“{pool}”为 {points}分，但对{kinds}单位，其中适用的各项合计 {terms} = {sum}分：请改正计分池或各项的分值，或各项的 `适用`",
    en: "pool “{pool}” is worth {points} points, but for units of kind {kinds} its members that apply add up to {terms} = {sum}: correct the points, or the members' `适用`",
  },
  "E405.missing": {
    "zh-CN": "指标“{item}”没有写分值：计入基准池“{pool}”的指标都要写分值，例如 `3分` 或 `3%`；只计入加扣分的指标请标 ★",
    en: "item “{item}” has no points: every item of base pool “{pool}” needs them, e.g. `3分` or `3%`; mark an item that only adjusts the total with ★",
  },
  "E405.percent-no-pool": {
    "zh-CN":
      "{written} 是占计分池总分的比例，但计分池“{pool}”没有写总分：请声明例如 `计分池 基准分 100分`，或把分值写成“…分”",
    en: "{written} is a share of the pool's points, but pool “{pool}” has no points written: declare e.g. `计分池 基准分 100分`, or write the points as “…分”",
  },
  "E405.needs-points": {
    "zh-CN": "指标“{item}”没有写分值，而这条规则要用到分值：请给指标写上分值",
    en: "item “{item}” has no points, and this rule needs them: give the item its points",
  },
};

const tiers: Record<string, Entry> = {
  "E501.grade": {
    "zh-CN":
      "指标“{item}”的等次条件有空档：{gaps_zh} 的单位不符合任何一个等次，得 0 分：若这是本意请加 `其余` 等次（例如 `D: 其余`），否则请补上条件",
    en: "the grade criteria of item “{item}” leave a gap: a unit with {gaps_en} meets none of them and scores 0: add a level for the rest (e.g. `D: 其余`) if that is meant, or complete the criteria",
  },
  E406: {
    "zh-CN":
      "否决后总分定为 {value}分，但任何单位的总分最高只能到 {max}分：被否决的单位反而比任何单位得分都高，请检查分数是否写错",
    en: "the veto sets the total to {value}, but no unit's total can exceed {max}: a vetoed unit would score more than any other could; check the figure",
  },
  E501: {
    "zh-CN":
      "指标“{item}”的分档有空档：{gaps} 不在任何一档（取值范围 {range}），落在空档的单位得 0 分：若这是本意请加 `其余: 0分`，否则请补上这一档",
    en: "the tiers of item “{item}” leave a gap: {gaps} falls in no band (values range over {range}), and a unit there scores 0: add `其余: 0分` if that is meant, or add the missing band",
  },
  "E501.rating": {
    "zh-CN":
      "`评定` 的条件有空档：{gaps_zh} 的单位不符合任何一档，没有评定结果：若这是本意请加 `其余` 一档（例如 `不合格: 其余`），否则请补上条件",
    en: "the criteria of `评定` (the rating) leave a gap: a unit with {gaps_en} meets none of them and gets no rating: add a level for the rest (e.g. `不合格: 其余`) if that is meant, or complete the criteria",
  },
  "E502.rating": {
    "zh-CN":
      "`评定` 的条件相互矛盾：{overlap_zh} 的单位同时符合 {earlier} 和 {band} 的条件，会评为写在前面的 {earlier}；请改正条件，使每个单位只符合一档",
    en: "the criteria of `评定` (the rating) contradict each other: a unit with {overlap_en} meets both {earlier} and {band}, and is rated {earlier}, the one written first; correct the criteria so that each unit meets only one",
  },
  "E502.grade": {
    "zh-CN":
      "指标“{item}”的等次条件相互矛盾：{overlap_zh} 的单位同时符合 {earlier} 和 {band} 的条件，会按写在前面的 {earlier} 评定；请改正条件，使每个单位只符合一个等次",
    en: "the grade criteria of item “{item}” contradict each other: a unit with {overlap_en} meets both {earlier} and {band}, and is graded {earlier}, the one written first; correct the criteria so that each unit meets only one",
  },
  E502: {
    "zh-CN":
      "指标“{item}”的分档 {band} 与前面的档重叠于 {overlap}：重叠部分按前一档计分；请调整边界（[ ] 包含端点，( ) 不包含）",
    en: "band {band} of item “{item}” overlaps an earlier band at {overlap}, where the earlier band wins: adjust the bounds ([ ] includes an end, ( ) excludes it)",
  },
  E503: {
    "zh-CN": "指标“{item}”的分档 {band} 永远用不到：请删去或改正这一档",
    en: "band {band} of item “{item}” is never reached: remove or correct it",
  },
  "E503.after-otherwise-rating": {
    "zh-CN": "`评定` 的 {band} 写在“其余”之后，永远评不到：“其余”请写在最后",
    en: "rating {band} comes after 其余 (otherwise) and can never be given: put 其余 last",
  },
  "E503.after-otherwise-grade": {
    "zh-CN": "指标“{item}”的等次 {band} 写在“其余”之后，永远评不到：“其余”请写在最后",
    en: "grade {band} of item “{item}” comes after 其余 (otherwise) and can never be given: put 其余 last",
  },
  "E503.outside": {
    "zh-CN": "指标“{item}”的分档 {band} 不可能达到：取值范围是 {range}，请删去或改正这一档",
    en: "band {band} of item “{item}” cannot be reached: values range over {range}; remove or correct it",
  },
  "E503.shadowed": {
    "zh-CN": "指标“{item}”的分档 {band} 已被前面的档全部覆盖，永远用不到：请删去或调整边界",
    en: "band {band} of item “{item}” is wholly covered by earlier bands and never used: remove it or adjust the bounds",
  },
  "E503.empty": {
    "zh-CN": "指标“{item}”的分档 {band} 是空的（下界不小于上界）：请改正边界",
    en: "band {band} of item “{item}” is empty (its lower bound is not below its upper bound): correct the bounds",
  },
};

const scheme: Record<string, Entry> = {
  E601: {
    "zh-CN": "指标“{item}”允许“无此项”，但方案没有规定无此项如何计分：请加 `无此项 按 重新分配` 或 `无此项 按 平均分`",
    en: "item “{item}” may be reported as not applicable, but the scheme says nothing about how: add `无此项 按 重新分配` (renormalise) or `无此项 按 平均分` (peer average)",
  },
  E602: {
    "zh-CN": "方案中有除法或求平均（“{text}”），但没有规定如何舍入：请加例如 `舍入 2位 四舍五入 于 指标`",
    en: "the scheme divides or averages (“{text}”) but declares no rounding: add e.g. `舍入 2位 四舍五入 于 指标`",
  },
  "E603.empty": {
    "zh-CN": "等次表是空的：请列出各等次及其占分值的比例，例如 `等次 { A: 100% B: 80% }`",
    en: "the grade scale is empty: list the grades and their shares of the points, e.g. `等次 { A: 100% B: 80% }`",
  },
  "E603.share-unit": {
    "zh-CN": "等次 {label} 的比例要写成百分数（如 80%），而不是 {written}",
    en: "the share of grade {label} is written as a percentage (e.g. 80%), not {written}",
  },
  "E603.share-range": {
    "zh-CN": "等次 {label} 的比例 {written} 不在 0% 到 100% 之间",
    en: "the share of grade {label}, {written}, is not between 0% and 100%",
  },
  E604: {
    "zh-CN": "方案声明了 {count} 张表（如“{form}”），但没有说明各表的结果如何合成：请加 `合成 平均`",
    en: "the scheme declares {count} form(s) (e.g. “{form}”) but not how their results combine: add `合成 平均`",
  },
  "E604.no-forms": {
    "zh-CN": '写了 `合成 平均`，但方案没有声明任何表：请用 `表 名称 "…"` 声明各表，或删去 `合成`',
    en: '`合成 平均` is written, but the scheme declares no forms: declare them with `表 <name> "…"`, or remove `合成`',
  },
  E605: { "zh-CN": "这个值的写法有误：{written}", en: "this value is malformed: {written}" },
  "E605.row-values": {
    "zh-CN": "单位“{unit}”写了 {count} 个值，但这一类单位有 {columns} 列：每列写一个值",
    en: "unit “{unit}” has {count} value(s), but its kind has {columns} column(s): give one value per column",
  },
  "E605.rounding-digits": {
    "zh-CN": "舍入位数要写成 0 到 12 的整数，如 `舍入 2位`，而不是 {written}",
    en: "the rounding digits are a whole number from 0 to 12, e.g. `舍入 2位`, not {written}",
  },
  "E605.ranking-count": {
    "zh-CN": "排名标记的名次数要写成正整数，而不是 {written}",
    en: "a ranking mark's number of places is a positive whole number, not {written}",
  },
  "E605.ranking-beyond": {
    "zh-CN": "{ranking}只排 {size} 个单位（{kinds}），标记的名次数 {written} 比这还多：每个单位都会被标记“{label}”。请改正名次数",
    en: "{ranking} ranks {size} units ({kinds}), fewer than the {written} places marked: every one of them would be marked “{label}”. Correct the number of places",
  },
  "E605.rescale": {
    "zh-CN": "折算的基数不能为 0（{written}）",
    en: "the scale to convert from cannot be 0 ({written})",
  },
  "E605.dimension-empty": {
    "zh-CN": "维度“{name}”的花括号里没有元素：请列出元素（`维度 {name} { 甲, 乙 }`），元素不定时不写花括号",
    en: "dimension “{name}” lists no elements in its braces: list them (`维度 {name} { 甲, 乙 }`), or leave out the braces when they are not fixed",
  },
  "E605.step": {
    "zh-CN": "`每满` 的步长要大于 0（{written}）：例如 `每满 1% (率 - 98%) 加 1分`",
    en: "the step of `每满` (per full) must be above 0 ({written}): e.g. `每满 1% (率 - 98%) 加 1分`",
  },
  "E605.doubling-verb": {
    "zh-CN": "`{written}`（重复发生的加倍扣分）只用于 `扣`：例如 `每 违规次数 扣 1分 重复加倍 最多扣 5分`",
    en: "`{written}` (a deduction doubled on repeat) only goes with `扣` (deduct): e.g. `每 违规次数 扣 1分 重复加倍 最多扣 5分`",
  },
  "E605.band-ne": {
    "zh-CN": "分档不能用 ≠（{written}）：请写成区间，或用 `其余`",
    en: "a band cannot use ≠ ({written}): write an interval, or use `其余`",
  },
  "E605.limit-word": {
    "zh-CN": "`最多扣` 只用于 `扣`：得分规则的上限请写 `最高 {written}`",
    en: "`最多扣` only goes with `扣`: the limit of a scoring rule is written `最高 {written}`",
  },
  E606: {
    "zh-CN":
      "{what}“{name}”不适用于任何单位类别：它的 `适用` 与所在分项或计分池的 `适用` 没有共同的类别，任何单位都不会填报或计算它。请改正其中一处 `适用`",
    en: "{what} “{name}” applies to no kind of unit: its `适用` and those of the section or pool it stands in have no kind in common, so no unit would report or score it. Correct one of these `适用`",
  },
  "E605.open-columns": {
    "zh-CN": "单位类别“{kind}”写了 `其余`（未列名的单位也可填报），这些单位在表中没有数值，所以这一类不能有单位列：请去掉列名，或把单位逐一列出",
    en: "unit kind “{kind}” has `其余` (units not listed may submit too), and such units have no values in the table, so the kind can have no per-unit columns: remove the column names, or list every unit",
  },
  "E606.ranking-kinds": {
    "zh-CN": "{ranking}不会给任何单位排名：它只排{kinds}，而只有{has}才有{by}。请改正它的 `适用` 或 `按`",
    en: "{ranking} ranks no unit: it ranks {kinds} only, and only {has} have {by}. Correct its `适用` or its `按`",
  },
  "E606.ranking-no-units": {
    "zh-CN": "{ranking}只排{kinds}，但单位表中没有列出这一类的任何单位，未列出的单位又不能填报：它没有单位可排。请在单位表中列出这些单位，或改正它的 `适用`",
    en: "{ranking} ranks {kinds} only, but the unit table lists no unit of that kind, and units not listed cannot submit: it has no unit to rank. List the units, or correct its `适用`",
  },
  "E606.input": {
    "zh-CN":
      "输入“{name}”不适用于任何单位类别：它的 `适用` 与所在指标（或其分项、计分池）的 `适用` 没有共同的类别，任何单位都不会填报它。请改正其中一处 `适用`",
    en: "input “{name}” applies to no kind of unit: its `适用` and that of its item (or the item's section or pool) have no kind in common, so no unit would report it. Correct one of these `适用`",
  },
  E610: {
    "zh-CN":
      "这条规则读取输入“{input}”，但只有{kinds}填报它：{others}单位也会计算这条规则，却没有这项数据。请把规则写进 `若 单位类别 = {kinds} { … }`，或给指标加上 `适用 {kinds}`，或把输入的 `适用` 放宽到{others}",
    en: "this rule reads input “{input}”, which only {kinds} units report: the rule is also worked out for {others} units, which have no such figure. Put the rule inside `若 单位类别 = {kinds} { … }`, limit the item with `适用 {kinds}`, or extend the input's `适用` to {others}",
  },
  E608: {
    "zh-CN": "约束“{text}”在输入允许的取值范围内永远不会成立，任何提交都会被拒绝：请改正约束或输入的取值范围",
    en: "constraint “{text}” can never hold within the values its inputs allow, so every submission would be refused: correct the constraint or the inputs' ranges",
  },
  "E608.premise": {
    "zh-CN": "约束“{text}”在前提成立时永远不会成立，凡前提成立的提交都会被拒绝：请改正约束或输入的取值范围",
    en: "constraint “{text}” can never hold when its premise does, so every submission meeting the premise would be refused: correct the constraint or the inputs' ranges",
  },
  "E608.score-of": {
    "zh-CN": "约束只能比较单位填报的输入和单位表中的数值，不能用“得分(…)”：请改写为对输入的约束",
    en: "a constraint compares what units submit (and the unit table's figures), not scores (得分(…)): write it over the inputs",
  },
  E612: {
    "zh-CN":
      "“不计分”的否决条件不能用“得分(…)”：哪些单位不计分要在计分之前确定（其余单位之间的比较不含它们），请改写为对输入的条件",
    en: "the condition of a 不计分 (not scored) veto cannot read a score (得分(…)): which units are not scored is settled before any item is scored (the others are compared without them); write it over the inputs",
  },
  E611: {
    "zh-CN":
      "这条规则读取单位列“{column}”，但单位表中 {units} 的这一格是 `/`（未填）：这些单位按这条规则无从计分。请在单位表中填上数值（`/` 只适用于规则不读的列，例如由单位自报的目标）",
    en: "this rule reads the per-unit column “{column}”, but the unit table leaves it empty (`/`) for {units}: the rule cannot be worked out for them. Give the value in the unit table (`/` is for a column no rule reads, such as a target the unit reports itself)",
  },
  E607: {
    "zh-CN":
      "`排名 按 完成率` 要用到完成率（得分 ÷ 目标），但方案没有声明 `目标`：请加上例如 `目标 目标分数`（目标分数是单位列），或改为 `排名 按 总分`",
    en: "`排名 按 完成率` ranks by completion (score ÷ target), but the scheme declares no `目标` (target): add one, e.g. `目标 目标分数` (a per-unit column), or rank `按 总分` (by the total)",
  },
  "W701.item": {
    "zh-CN":
      "指标“{item}”的输入“{input}”没有被任何规则用到：若只是收集信息，请把它声明为 文本 或 材料；否则请补上用它计分的规则",
    en: "input “{input}” of item “{item}” is read by no rule: declare it as 文本 (text) or 材料 (evidence) if it is only collected, or add the rule that scores it",
  },
  "W701.figure": {
    "zh-CN": "量“{name}”没有被任何规则用到：请在规则中用它，或删去",
    en: "figure “{name}” is read by no rule: use it in a rule, or remove it",
  },
  "W701.dimension": {
    "zh-CN": "维度“{name}”没有输入按它逐项填报：请在输入中写 `每 {name}`，或删去这个维度",
    en: "no input is given once per element of dimension “{name}”: write `每 {name}` on an input, or remove the dimension",
  },
  "W701.fact": {
    "zh-CN": "单位事实“{input}”没有被任何规则用到：若只是收集信息，请把它声明为 文本 或 材料；否则请补上用它计分的规则",
    en: "unit fact “{input}” is read by no rule: declare it as 文本 (text) or 材料 (evidence) if it is only collected, or add the rule that scores it",
  },
  W702: {
    "zh-CN":
      "`按 {input}` 没有给选项 {missing} 写分数，选了这些选项的单位得 0 分：若这是本意，请明确写出，例如 `{example}`",
    en: "`按 {input}` gives no points for option(s) {missing}, so a unit choosing them scores 0: if that is meant, write it out, e.g. `{example}`",
  },
  W704: {
    "zh-CN":
      "指标“{item}”的规则最高可给 {max}分，封顶 {cap}分 把它截去了：方案文件中的规则与分值不一致时，请写明为何按 {cap}分 计：`封顶 {cap}分 因 \"…\"`（理由会显示在填报表和评分说明中）",
    en: "the rules of item “{item}” can give up to {max}, and 封顶 {cap}分 cuts that: where the document's rule and weight disagree, say why {cap} is taken: `封顶 {cap}分 因 \"…\"` (the reason is shown in the form and the explanations)",
  },
  W705: {
    "zh-CN": "约束“{text}”对任何提交都成立，拦不住任何数据：请检查它是否写错（例如比较方向），否则可删去",
    en: "constraint “{text}” holds for every submission and refuses nothing: check it for a mistake (the direction of a comparison), or remove it",
  },
  "W705.premise": {
    "zh-CN": "约束“{text}”的前提永远不会成立，这条约束拦不住任何数据：请检查前提是否写错",
    en: "the premise of constraint “{text}” can never hold, so it refuses nothing: check the premise for a mistake",
  },
  W706: {
    "zh-CN": "否决后总分最高 {cap}分，但任何单位的总分最高只能到 {max}分，这个封顶不会改变任何得分：请检查封顶的分数是否写错",
    en: "the veto caps the total at {cap}, but no unit's total can exceed {max}, so the cap never changes a score: check the figure",
  },
  W707: {
    "zh-CN":
      "按输入的取值范围，这条规则最多得 {max}分，`最高 {limit}分` 永远达不到：请检查上限，或输入的最高值是否写错",
    en: "by its inputs' ranges this rule gives at most {max}, so `最高 {limit}分` (at most) is never reached: check the limit, or the inputs' greatest values",
  },
  "W707.deduct": {
    "zh-CN":
      "按输入的取值范围，这条规则最多扣 {max}分，`最多扣 {limit}分` 永远达不到：请检查上限，或输入的最高值是否写错",
    en: "by its inputs' ranges this rule deducts at most {max}, so `最多扣 {limit}分` (at most deducted) is never reached: check the limit, or the inputs' greatest values",
  },
  W703: {
    "zh-CN":
      "指标“{item}”按规则最高只能得 {max}分，达不到它的分值 {points}分，没有单位能得满分：若漏写了规则，请补上；若分值写错了，请改正",
    en: "item “{item}” can score at most {max} by its rules, short of its {points} points, so no unit can get full marks: add the missing rule, or correct the points",
  },
};

const notes: Record<string, Entry> = {
  "note.applies-here": { "zh-CN": "这里限定为 {kinds}", en: "limited to {kinds} here" },
  "note.first-declared": { "zh-CN": "首次声明在这里", en: "first declared here" },
  "note.other-ranking": { "zh-CN": "另一个排名在这里", en: "another ranking is here" },
  "note.first-value": {
    "zh-CN": "这一列的第一个值写作 {written}",
    en: "the column's first value is written {written}",
  },
  "note.operand-kind": { "zh-CN": "这一边是{kind}", en: "this side is {kind}" },
  "note.clause-max": { "zh-CN": "这条规则最高给 {value}分", en: "this rule gives up to {value}" },
  "note.clause-min": { "zh-CN": "这条规则最低给 {value}分", en: "this rule gives as little as {value}" },
  "note.divides-here": { "zh-CN": "这里也有除法或求平均", en: "this divides or averages too" },
  "note.earlier-band": { "zh-CN": "前面的档 {band}", en: "the earlier band {band}" },
  "note.earlier-grade": { "zh-CN": "等次 {label} 的条件", en: "the criterion of grade {label}" },
  "note.earlier-rating": { "zh-CN": "评定 {label} 的条件", en: "the criterion of rating {label}" },
  "note.otherwise-grade": { "zh-CN": "“其余”在这里", en: "其余 (otherwise) is here" },
  "note.input-declared": { "zh-CN": "输入“{input}”在这里声明", en: "input “{input}” is declared here" },
  "note.input-elsewhere": {
    "zh-CN": "指标“{item}”有同名输入，但输入只在声明它的指标内可用；各指标共用的单位事实请在方案顶层声明",
    en: "item “{item}” has an input of that name, but an input is only seen in its own item; declare facts shared by items at the top of the scheme",
  },
};

const render: Record<string, Entry> = {
  "render.error": { "zh-CN": "错误", en: "error" },
  "render.warning": { "zh-CN": "警告", en: "warning" },
  "render.note": { "zh-CN": "注", en: "note" },
  "render.help": { "zh-CN": "帮助：是不是要写 {names}？", en: "help: did you mean {names}?" },
  "render.in-item": { "zh-CN": "指标“{item}”：", en: "item “{item}”: " },
  "render.summary": { "zh-CN": "检查完毕：{errors}，{warnings}", en: "checked: {errors}, {warnings}" },
  "render.summary.clean": { "zh-CN": "检查完毕：没有发现问题", en: "checked: no problems found" },
  "render.count.errors": { "zh-CN": "{n} 个错误", en: "{n} errors" },
  "render.count.errors.one": { "zh-CN": "{n} 个错误", en: "{n} error" },
  "render.count.warnings": { "zh-CN": "{n} 个警告", en: "{n} warnings" },
  "render.count.warnings.one": { "zh-CN": "{n} 个警告", en: "{n} warning" },
};

const cli: Record<string, Entry> = {
  "check.usage": {
    "zh-CN":
      "用法：kaohe check <方案.kaohe…> [--ir] [--format text|json]\n  --ir      检查通过时输出方案的 IR（JSON），只能用于一个文件\n  --format  诊断的输出格式：text（默认）或 json",
    en: "usage: kaohe check <scheme.kaohe…> [--ir] [--format text|json]\n  --ir      print the scheme's IR (JSON) when it checks clean; one file only\n  --format  how diagnostics are printed: text (default) or json",
  },
  "check.unknown-option": { "zh-CN": "不认识的选项：{option}", en: "unknown option: {option}" },
  "check.ir-one-file": { "zh-CN": "--ir 一次只能用于一个方案文件", en: "--ir works on one scheme file at a time" },
  "check.cannot-read": { "zh-CN": "无法读取文件 {file}：{reason}", en: "cannot read {file}: {reason}" },
  "check.reason.ENOENT": { "zh-CN": "文件不存在", en: "no such file" },
  "check.reason.EISDIR": { "zh-CN": "这是一个文件夹，请给出方案文件", en: "it is a folder; give a scheme file" },
  "check.reason.EACCES": { "zh-CN": "没有读取权限", en: "permission denied" },
};

export const checkMessages: Record<string, Entry> = {
  ...kinds,
  ...things,
  ...names,
  ...types,
  ...budgets,
  ...tiers,
  ...scheme,
  ...notes,
  ...render,
  ...cli,
};
