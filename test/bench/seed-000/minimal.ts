// Seed 000 (schemes/county-2011.kaohe) scored the shortest way a programmer could: the total only,
// in whole points (every figure of this scheme is a whole number of points), no validation, no
// explanations, no result objects. The limit the generated scorer is measured against.
//
// The scheme as arithmetic: base = the sum of items 1–32 (each capped at its weight where the rules
// exceed it), held within [0, 100]; ★ = the ★ parts of items 6, 13, 15, 18, 20, 31 and item 24;
// total = base + ★. 发生Ⅱ级以上事件 zeroes the base of 网络与信息安全 (items 23, 25–28);
// 项目未启动 zeroes item 31's base. Its ★ parts stand.
/* eslint-disable @typescript-eslint/no-explicit-any */

const b = (x: boolean, p: number) => (x ? p : 0);
const min = (a: number, c: number) => (a < c ? a : c);

/** The total of one unit, in points. */
export function total000(sub: any): number {
  const i = sub.items;
  let base = 0;
  let star = 0;
  let x = i["1"];
  base += x.常务会议 || x.专题会议 || x.全市会议 ? 3 : 0;
  x = i["2"];
  base += min(b(x.机构健全, 2) + b(x.编制落实, 1), 2);
  x = i["3"];
  base += b(x.职能明确, 1) + 2 - min(x.未落实项数, 2);
  base += b(i["4"].四统一落实, 2);
  x = i["5"].规划印发;
  base += x === "县区政府印发" ? 2 : x === "部门印发" ? 1 : 0;
  x = i["6"];
  base += b(x.配套政策, 2);
  star += b(x.主动出台政策, 2);
  base += i["7"].专项资金 >= 200 ? 5 : 0;
  x = i["8"];
  base += b(x.宣传推进, 1) + b(x.培训推进, 1);
  x = i["9"].领导参加活动次数;
  base += x >= 2 ? 2 : x >= 1 ? 1 : 0;
  base += b(i["10"].开展绩效考核, 2);
  x = i["11"];
  base += b(x.互动栏目 && x.民意征集次数 >= 2, 1) + b(x.回复率 >= 80, 1) + b(x.信息公开量 >= 1, 1);
  x = i["12"];
  base += b(x.在线处理率 >= 70, 2) + b(x.目标实现率 >= 80, 2) + b(x.管理维护良好, 1);
  x = i["13"];
  base += min(min(2 * x.其他应用系统数, 6), 5);
  star -= min(2 * (12 - x.十二金系统.length), 6);
  x = i["14"];
  base += b(x.协同平台 && x.协同部门数 >= 5, 4);
  x = i["15"];
  const db = 3 - (4 - x.四大基础数据库.length);
  base += db > 0 ? db : 0;
  star += b(x.市级试点推进, 3);
  x = i["16"];
  base += b(x.行业评测试点, 2) + b(x.企业评测试点, 1) + b(x.评测普及推广, 2);
  x = i["17"];
  base += b(x.推进机构数 >= 2, 1) + b(x.龙头企业数 >= 2 && x.示范作用, 2) + b(x.规模企业覆盖率 >= 50, 2);
  x = i["18"];
  base += b(x.服务平台延伸, 3) + b(x.注册企业占比 >= 60, 2);
  star += b(x.平台获表彰, 2);
  x = i["19"];
  base += b(x.省级两化试点, 2) + b(x.县区两化试点, 1) + b(x.物流信息化试点, 1) + b(x.电子商务试点, 1);
  x = i["20"];
  base += b(x.服务站拥有率 >= 20, 2) + b(x.服务站管理规范 && x.五个一.length === 5, 2);
  star += x.先进表彰数;
  x = i["21"];
  base += b(x.远程教育覆盖率 === 100, 1) + b(x.系统维护规范, 1) + b(x.经常开展教育, 1);
  x = i["22"];
  base += b(x.配套行动计划, 1) + b(x.服务平台成效, 1) + b(x.农业试点示范, 1);
  // 网络与信息安全 (23, 25–28), zeroed by item 24's veto.
  x = i["23"].领导组织;
  let security = x === "成立并及时调整" ? 2 : x === "未及时调整" ? 1 : 0;
  x = i["24"];
  star -= 3 * x.Ⅲ级事件次数 + x.Ⅳ级事件次数;
  const vetoed = x.发生Ⅱ级以上事件;
  x = i["25"];
  security += b(x.运行维护制度, 1) + b(x.安全管理制度, 1);
  x = i["26"].安全自查;
  security += x === "一年两次" ? 2 : x === "仅一次" ? 1 : 0;
  security += b(i["27"].配合大检查, 2);
  x = i["28"];
  security += b(x.定级备案, 2) + b(x.测评整改, 2);
  base += vetoed ? 0 : security;
  x = i["29"];
  base += b(x.建设资金入预算, 3) + b(x.运维资金入预算, 1);
  x = i["30"];
  base += b(x.主管部门审查, 2) + b(x.专家评审, 2);
  x = i["31"];
  if (!x.项目未启动) base += x.任务完成率 > 90 ? 3 : x.任务完成率 >= 60 ? 2 : 1;
  star += b(x.高标准完成, 3);
  base += b(i["32"].重大工程备案, 1);
  return (base < 0 ? 0 : base > 100 ? 100 : base) + star;
}
