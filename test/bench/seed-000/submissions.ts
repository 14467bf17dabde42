// Random valid submissions for seed 000 (schemes/county-2011.kaohe): every input of every item,
// spread so that every rule both fires and does not (caps, the ★ parts, both vetoes).
import { random } from "../random.js";

const TWELVE = ["办公业务资源网", "金宏", "金财", "金农", "金盾", "金保", "金税", "金关", "金水", "金质", "金审", "金卡"];
const FOUR = ["宏观经济", "企业法人", "人口", "自然资源与空间地理"];
const FIVE = ["固定场所", "信息设备", "信息员", "管理制度", "长效机制"];

export function submissions000(count: number, seed = 2011): unknown[] {
  const r = random(seed);
  const yes = (p = 0.6) => r() < p;
  const int = (n: number) => Math.floor(r() * n);
  /** A percent in tenths, 0–100, often on a threshold. */
  const pct = () => (r() < 0.2 ? [20, 50, 60, 70, 80, 90, 100][int(7)]! : int(1001) / 10);
  const subset = (all: string[], p: number) => all.filter(() => r() < p);
  const pick = <T>(xs: T[]) => xs[int(xs.length)]!;
  return Array.from({ length: count }, (_, u) => ({
    unit: { name: `县区${String(u + 1).padStart(6, "0")}` },
    items: {
      "1": { 常务会议: yes(0.3), 专题会议: yes(0.3), 全市会议: yes(0.3) },
      "2": { 机构健全: yes(), 编制落实: yes() },
      "3": { 职能明确: yes(), 未落实项数: int(4) },
      "4": { 四统一落实: yes() },
      "5": { 规划印发: pick(["县区政府印发", "部门印发", "未印发"]) },
      "6": { 配套政策: yes(), 主动出台政策: yes(0.3) },
      "7": { 专项资金: r() < 0.1 ? 200 : int(4001) / 10 },
      "8": { 宣传推进: yes(), 培训推进: yes() },
      "9": { 领导参加活动次数: int(4) },
      "10": { 开展绩效考核: yes() },
      "11": { 互动栏目: yes(), 民意征集次数: int(4), 回复率: pct(), 信息公开量: int(30) / 10 },
      "12": { 在线处理率: pct(), 目标实现率: pct(), 管理维护良好: yes() },
      "13": { 其他应用系统数: int(5), 十二金系统: subset(TWELVE, 0.8) },
      "14": { 协同平台: yes(), 协同部门数: int(8) },
      "15": { 四大基础数据库: subset(FOUR, 0.7), 市级试点推进: yes(0.3) },
      "16": { 行业评测试点: yes(), 企业评测试点: yes(), 评测普及推广: yes() },
      "17": { 推进机构数: int(4), 龙头企业数: int(4), 示范作用: yes(), 规模企业覆盖率: pct() },
      "18": { 服务平台延伸: yes(), 注册企业占比: pct(), 平台获表彰: yes(0.2) },
      "19": { 省级两化试点: yes(), 县区两化试点: yes(), 物流信息化试点: yes(), 电子商务试点: yes() },
      "20": { 服务站拥有率: pct(), 服务站管理规范: yes(), 五个一: subset(FIVE, 0.85), 先进表彰数: int(3) },
      "21": { 远程教育覆盖率: r() < 0.4 ? 100 : pct(), 系统维护规范: yes(), 经常开展教育: yes() },
      "22": { 配套行动计划: yes(), 服务平台成效: yes(), 农业试点示范: yes() },
      "23": { 领导组织: pick(["成立并及时调整", "未及时调整", "未成立"]) },
      "24": { 发生Ⅱ级以上事件: yes(0.05), Ⅲ级事件次数: r() < 0.1 ? 1 + int(2) : 0, Ⅳ级事件次数: r() < 0.2 ? 1 + int(3) : 0 },
      "25": { 运行维护制度: yes(), 安全管理制度: yes() },
      "26": { 安全自查: pick(["一年两次", "仅一次", "未组织"]) },
      "27": { 配合大检查: yes() },
      "28": { 定级备案: yes(), 测评整改: yes() },
      "29": { 建设资金入预算: yes(), 运维资金入预算: yes() },
      "30": { 主管部门审查: yes(), 专家评审: yes() },
      "31": { 任务完成率: pct(), 项目未启动: yes(0.05), 高标准完成: yes(0.2) },
      "32": { 重大工程备案: yes() },
    },
  }));
}
