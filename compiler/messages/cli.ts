import type { Entry } from "./index.js";

export const cliMessages: Record<string, Entry> = {
  "cli.usage": {
    "zh-CN":
      "用法：kaohe <命令> …\n  check <方案.kaohe…> [--ir] [--format text|json]   检查方案\n  build <方案.kaohe> --out <目录>                   生成评分模块与提交格式\n  score <方案.kaohe> <提交文件或目录…> [--detail] [--format table|json|csv]   评分\n  validate <方案.kaohe> <提交文件…>                 校验提交\n  通用选项：--lang zh-CN|en",
    en: "usage: kaohe <command> …\n  check <scheme.kaohe…> [--ir] [--format text|json]   check schemes\n  build <scheme.kaohe> --out <dir>                   generate the scorer and submission schema\n  score <scheme.kaohe> <submission files or folders…> [--detail] [--format table|json|csv]   score\n  validate <scheme.kaohe> <submission files…>        validate submissions\n  common option: --lang zh-CN|en",
  },
  "cli.internal-error": {
    "zh-CN": "kaohe 内部错误（这是 kaohe 的缺陷，不是您的输入有误，请报告）：{detail}",
    en: "kaohe internal error (a bug in kaohe, not in your input; please report it): {detail}",
  },
};
