import type { Entry } from "./index.js";

export const cliMessages: Record<string, Entry> = {
  "cli.usage": {
    "zh-CN":
      "用法：kaohe <命令> …\n  check <方案.kaohe…> [--ir] [--format text|json]   检查方案\n  build <方案.kaohe> --out <目录>                   生成评分模块、提交格式与填报表\n  form <方案.kaohe> --out <文件.html>               只生成填报表（离线网页）\n  score <方案.kaohe> <提交文件或目录…> [--detail] [--format table|json|csv]   评分\n  validate <方案.kaohe> <提交文件…>                 校验提交\n  diff <旧版.kaohe> <新版.kaohe> [--format text|markdown|html|json] [--rescore <提交…>]   比较两个年度的方案\n  通用选项：--lang zh-CN|en",
    en: "usage: kaohe <command> …\n  check <scheme.kaohe…> [--ir] [--format text|json]   check schemes\n  build <scheme.kaohe> --out <dir>                   generate the scorer, submission schema and form\n  form <scheme.kaohe> --out <file.html>              write the form alone (an offline web page)\n  score <scheme.kaohe> <submission files or folders…> [--detail] [--format table|json|csv]   score\n  validate <scheme.kaohe> <submission files…>        validate submissions\n  diff <old.kaohe> <new.kaohe> [--format text|markdown|html|json] [--rescore <submissions…>]   compare two years' schemes\n  common option: --lang zh-CN|en",
  },
  // ---------------------------------------------------------------- kaohe build
  "build.usage": {
    "zh-CN": "用法：kaohe build <方案.kaohe> --out <目录>",
    en: "usage: kaohe build <scheme.kaohe> --out <folder>",
  },
  "build.unknown-option": { "zh-CN": "未知的选项：{option}", en: "unknown option: {option}" },
  "build.cannot-read": {
    "zh-CN": "无法读取方案文件 {file}：{detail}",
    en: "cannot read the scheme file {file}: {detail}",
  },
  "build.scheme-has-errors": {
    "zh-CN": "方案 {file} 有错误，未生成任何文件。请按上面的提示修改后再生成。",
    en: "the scheme {file} has errors; no file was written. Fix them as shown above and build again.",
  },
  "build.cannot-write": { "zh-CN": "无法写入 {path}：{detail}", en: "cannot write {path}: {detail}" },
  "build.wrote": {
    "zh-CN": "已为《{title}》生成 {count} 个文件，位于 {dir}：",
    en: "Wrote {count} files for “{title}” to {dir}:",
  },
  "build.file": { "zh-CN": "  {path}（{size} 字节）", en: "  {path} ({size} bytes)" },

  // ---------------------------------------------------------------- kaohe score
  "score.usage": {
    "zh-CN":
      "用法：kaohe score <方案.kaohe> <提交文件或目录…> [--detail] [--format table|json|csv]\n  --detail   列出每个单位每个指标的得分及说明\n  --format   table（表格，默认）、json 或 csv",
    en: "usage: kaohe score <scheme.kaohe> <submission files or folders…> [--detail] [--format table|json|csv]\n  --detail   every unit's score sheet, item by item, with explanations\n  --format   table (the default), json or csv",
  },
  "score.unknown-option": { "zh-CN": "未知的选项：{option}", en: "unknown option: {option}" },
  "score.cannot-read-scheme": {
    "zh-CN": "无法读取方案文件 {file}：{detail}",
    en: "cannot read the scheme file {file}: {detail}",
  },
  "score.scheme-has-errors": {
    "zh-CN": "方案 {file} 有错误，未评分。请按上面的提示修改方案。",
    en: "the scheme {file} has errors; nothing was scored. Fix them as shown above.",
  },
  "score.refused": {
    "zh-CN": "提交内容与方案不符，全部未评分（共 {count} 处问题，一并评分的单位须全部无误）：",
    en: "Submissions do not fit the scheme; nothing was scored ({count} problems; units scored together must all be valid):",
  },
  "score.problem": {
    "zh-CN": "[{code}] {where}{unit}{path}：{message}",
    en: "[{code}] {where}{unit}{path}: {message}",
  },
  "score.entry": { "zh-CN": "{file} 第 {n} 份", en: "{file} entry {n}" },
  "score.unit": { "zh-CN": "（单位「{unit}」）", en: " (unit “{unit}”)" },
  "score.title": {
    "zh-CN": "《{title}》评分结果，{count} 个单位一并评分",
    en: "Scores under “{title}”, {count} units scored together",
  },
  "score.title-alone": {
    "zh-CN": "《{title}》评分结果，1 个单位单独评分",
    en: "Scores under “{title}”, 1 unit scored alone",
  },
  "score.alone-pending": {
    "zh-CN": "标“待定”的指标需要与其他单位比较（最高值比、名次分档、同类平均），须所有单位一并评分后才能确定；现暂按 0 计。",
    en: "Items marked “pending” compare the unit with the others (ratio to the best, rank bands, peer average): they are settled only when all units are scored together, and count 0 for now.",
  },
  "score.order-ranking": {
    "zh-CN": "按方案的排名规则排列（并列取较前名次）。",
    en: "Ordered by the scheme's ranking (ties share the better rank).",
  },
  "score.order-rankings": {
    "zh-CN": "按方案的第一个排名「{name}」排列（并列取较前名次；不在其中的单位列在最后）；其他排名各占一列。",
    en: "Ordered by the scheme's first ranking, “{name}” (ties share the better rank; units it does not rank come last); each other ranking has a column.",
  },
  "score.order-total": {
    "zh-CN": "方案未规定排名；按总分从高到低排列（并列取较前名次）。",
    en: "The scheme declares no ranking; ordered by total, highest first (ties share the better rank).",
  },
  "score.col.rank": { "zh-CN": "名次", en: "Rank" },
  "score.col.unit": { "zh-CN": "单位", en: "Unit" },
  "score.col.kind": { "zh-CN": "类别", en: "Kind" },
  "score.col.total": { "zh-CN": "总分", en: "Total" },
  "score.col.target": { "zh-CN": "目标", en: "Target" },
  "score.col.completion": { "zh-CN": "完成率", en: "Completion" },
  "score.col.rating": { "zh-CN": "评定", en: "Rating" },
  "score.col.flags": { "zh-CN": "标记", en: "Flags" },
  "score.col.item": { "zh-CN": "指标", en: "Item" },
  "score.col.title": { "zh-CN": "名称", en: "Title" },
  "score.col.score": { "zh-CN": "得分", en: "Score" },
  "score.col.max": { "zh-CN": "满分", en: "Out of" },
  "score.col.notes": { "zh-CN": "备注", en: "Notes" },
  "score.col.explanation": { "zh-CN": "说明", en: "Explanation" },
  "score.flag.disqualified": { "zh-CN": "取消评优", en: "disqualified" },
  "score.flag.not-scored": { "zh-CN": "不计分", en: "not scored" },
  "score.flag.disqualified-node": { "zh-CN": "因「{title}」取消评优", en: "disqualified for “{title}”" },
  "score.note.na": { "zh-CN": "无此项", en: "N/A" },
  "score.note.vetoed": { "zh-CN": "一票否决", en: "vetoed" },
  "score.note.pending": { "zh-CN": "待定", en: "pending" },
  "score.detail.unit": {
    "zh-CN": "━━ {unit}：总分 {total} 分{rating}{rank}{flags}",
    en: "━━ {unit}: total {total}{rating}{rank}{flags}",
  },
  "score.detail.unit-not-scored": {
    "zh-CN": "━━ {unit}：不计分（没有总分）{rank}{flags}",
    en: "━━ {unit}: not scored (no total){rank}{flags}",
  },
  "score.detail.rank": { "zh-CN": "，第 {rank} 名", en: ", rank {rank}" },
  "score.detail.rating": { "zh-CN": "，评定：{rating}", en: ", rated {rating}" },
  "score.detail.flags": { "zh-CN": "，标记：{flags}", en: ", flags: {flags}" },
  "score.detail.section": {
    "zh-CN": "{indent}【{title}】{score} / {max} 分",
    en: "{indent}[{title}] {score} / {max}",
  },
  "score.detail.item": {
    "zh-CN": "{indent}{label}（{score} / {max} 分）{notes}",
    en: "{indent}{label} ({score} / {max}){notes}",
  },
  "score.detail.item-star": {
    "zh-CN": "{indent}{label}（{score} 分）{notes}",
    en: "{indent}{label} ({score}){notes}",
  },
  "score.detail.notes": { "zh-CN": "〔{notes}〕", en: " [{notes}]" },
  "score.detail.unit-lines": { "zh-CN": "  合计：", en: "  Totals:" },
  "cli.internal-error": {
    "zh-CN": "kaohe 内部错误（这是 kaohe 的缺陷，不是您的输入有误，请报告）：{detail}",
    en: "kaohe internal error (a bug in kaohe, not in your input; please report it): {detail}",
  },
};
