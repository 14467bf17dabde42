// Seed 000 (schemes/county-2011.kaohe) scored the fastest way a programmer could write it: the
// total only, in whole points (every point of this scheme is a whole number and nothing divides,
// so integers are exact), no result objects, no validation, no explanations. It is the limit the
// bench compares the generated scorer with (suites/score-000.ts).
//
// The scheme, as hand rules (base pool 基准分项 held within [0, 100]; ★ pool 加扣分项 unbounded;
// total = base + ★):
//   1 any meeting 3 · 2 (健全 2 + 编制 1) ≤ 2 · 3 明确 1 + (2 − min(缺, 2)) · 4 2 · 5 2/1/0
//   6 配套 2, ★ 主动 +2 · 7 资金 ≥ 200 → 10, ≤ 5 · 8 1 + 1 · 9 ≥2: 2, 1: 1 · 10 2
//   11 (互动 and 征集 ≥ 2) 1 + 回复率 ≥ 80 1 + 公开量 ≥ 1 1 · 12 ≥70 2 + ≥80 2 + 维护 1
//   13 min(2 × 其他, 6) ≤ 5, ★ −min(2 × 缺, 6) · 14 (平台 and ≥ 5) 4
//   15 max(3 − 缺, 0), ★ 试点 +3 · 16 2 + 1 + 2 · 17 (≥2) 1 + (≥2 and 示范) 2 + (≥50) 2
//   18 3 + (≥60) 2, ★ 表彰 +2 · 19 2 + 1 + 1 + 1 · 20 (≥20) 2 + (规范 and 五个一 全) 2, ★ +1 per 表彰
//   21 (=100) 1 + 1 + 1 · 22 1 + 1 + 1 · 23 2/1/0 · 24 ★ −3 × Ⅲ − 1 × Ⅳ, Ⅱ级 zeroes 23, 25–28
//   25 1 + 1 · 26 2/1/0 · 27 2 · 28 2 + 2 · 29 3 + 1 · 30 2 + 2
//   31 (>90) 3 / [60, 90] 2 / (<60) 1, ★ +3, 未启动 zeroes the base part · 32 1
import type { Submission000 } from "./submissions-000.js";

type Inputs = Record<string, any>;

function missing(have: unknown[], of: number): number {
  return of - have.length;
}

export function totalMinimal000(sub: Submission000): number {
  const x = sub.items as Record<string, Inputs>;
  let base = 0;
  let star = 0;
  let i: Inputs;
  i = x["1"]!;
  if (i.常务会议 || i.专题会议 || i.全市会议) base += 3;
  i = x["2"]!;
  base += Math.min((i.机构健全 ? 2 : 0) + (i.编制落实 ? 1 : 0), 2);
  i = x["3"]!;
  base += (i.职能明确 ? 1 : 0) + 2 - Math.min(i.未落实项数, 2);
  if (x["4"]!.四统一落实) base += 2;
  i = x["5"]!;
  base += i.规划印发 === "县区政府印发" ? 2 : i.规划印发 === "部门印发" ? 1 : 0;
  i = x["6"]!;
  if (i.配套政策) base += 2;
  if (i.主动出台政策) star += 2;
  if (x["7"]!.专项资金 >= 200) base += 5;
  i = x["8"]!;
  base += (i.宣传推进 ? 1 : 0) + (i.培训推进 ? 1 : 0);
  i = x["9"]!;
  base += i.领导参加活动次数 >= 2 ? 2 : i.领导参加活动次数 >= 1 ? 1 : 0;
  if (x["10"]!.开展绩效考核) base += 2;
  i = x["11"]!;
  if (i.互动栏目 && i.民意征集次数 >= 2) base += 1;
  if (i.回复率 >= 80) base += 1;
  if (i.信息公开量 >= 1) base += 1;
  i = x["12"]!;
  base += (i.在线处理率 >= 70 ? 2 : 0) + (i.目标实现率 >= 80 ? 2 : 0) + (i.管理维护良好 ? 1 : 0);
  i = x["13"]!;
  base += Math.min(Math.min(2 * i.其他应用系统数, 6), 5);
  star -= Math.min(2 * missing(i.十二金系统, 12), 6);
  i = x["14"]!;
  if (i.协同平台 && i.协同部门数 >= 5) base += 4;
  i = x["15"]!;
  base += Math.max(3 - missing(i.四大基础数据库, 4), 0);
  if (i.市级试点推进) star += 3;
  i = x["16"]!;
  base += (i.行业评测试点 ? 2 : 0) + (i.企业评测试点 ? 1 : 0) + (i.评测普及推广 ? 2 : 0);
  i = x["17"]!;
  base += (i.推进机构数 >= 2 ? 1 : 0) + (i.龙头企业数 >= 2 && i.示范作用 ? 2 : 0) + (i.规模企业覆盖率 >= 50 ? 2 : 0);
  i = x["18"]!;
  base += (i.服务平台延伸 ? 3 : 0) + (i.注册企业占比 >= 60 ? 2 : 0);
  if (i.平台获表彰) star += 2;
  i = x["19"]!;
  base += (i.省级两化试点 ? 2 : 0) + (i.县区两化试点 ? 1 : 0) + (i.物流信息化试点 ? 1 : 0) + (i.电子商务试点 ? 1 : 0);
  i = x["20"]!;
  base += (i.服务站拥有率 >= 20 ? 2 : 0) + (i.服务站管理规范 && missing(i.五个一, 5) === 0 ? 2 : 0);
  star += i.先进表彰数;
  i = x["21"]!;
  base += (i.远程教育覆盖率 === 100 ? 1 : 0) + (i.系统维护规范 ? 1 : 0) + (i.经常开展教育 ? 1 : 0);
  i = x["22"]!;
  base += (i.配套行动计划 ? 1 : 0) + (i.服务平台成效 ? 1 : 0) + (i.农业试点示范 ? 1 : 0);
  // 网络与信息安全 (23, 25–28), zeroed by item 24's Ⅱ级 event; item 24 itself is ★ and stands.
  i = x["24"]!;
  star -= 3 * i.Ⅲ级事件次数 + i.Ⅳ级事件次数;
  if (!i.发生Ⅱ级以上事件) {
    const g = x["23"]!.领导组织;
    base += g === "成立并及时调整" ? 2 : g === "未及时调整" ? 1 : 0;
    i = x["25"]!;
    base += (i.运行维护制度 ? 1 : 0) + (i.安全管理制度 ? 1 : 0);
    const c = x["26"]!.安全自查;
    base += c === "一年两次" ? 2 : c === "仅一次" ? 1 : 0;
    if (x["27"]!.配合大检查) base += 2;
    i = x["28"]!;
    base += (i.定级备案 ? 2 : 0) + (i.测评整改 ? 2 : 0);
  }
  i = x["29"]!;
  base += (i.建设资金入预算 ? 3 : 0) + (i.运维资金入预算 ? 1 : 0);
  i = x["30"]!;
  base += (i.主管部门审查 ? 2 : 0) + (i.专家评审 ? 2 : 0);
  i = x["31"]!;
  if (!i.项目未启动) base += i.任务完成率 > 90 ? 3 : i.任务完成率 >= 60 ? 2 : 1;
  if (i.高标准完成) star += 3;
  if (x["32"]!.重大工程备案) base += 1;
  return Math.min(Math.max(base, 0), 100) + star;
}
