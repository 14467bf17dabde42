// A unit's flags in words, for `kaohe score` and the diff's --rescore: "disqualified" (取消评优),
// "disqualified:<node id>" (`本项 取消评优`: for that item or section, named by its title),
// "not-scored" (不计分), and the ranking's marks as the scheme writes them.
import { type Lang, message } from "../messages/index.js";

const NODE_FLAG = "disqualified:";

/** The id of the node a flag disqualifies the unit for, or null for any other flag. */
export function flaggedNode(flag: string): string | null {
  return flag.startsWith(NODE_FLAG) ? flag.slice(NODE_FLAG.length) : null;
}

export function flagWords(flags: readonly string[], titleOf: (id: string) => string, lang: Lang): string {
  return flags
    .map((f) => {
      if (f === "disqualified" || f === "not-scored") return message(`score.flag.${f}`, {}, lang);
      const node = flaggedNode(f);
      return node === null ? f : message("score.flag.disqualified-node", { title: titleOf(node) }, lang);
    })
    .join(lang === "zh-CN" ? "、" : ", ");
}

/** A node's title by its id in a scheme, or the id when the scheme has no such node. */
export function nodeTitles(nodes: ReadonlyArray<{ id: string; title: string }>): (id: string) => string {
  const titles = new Map(nodes.map((n) => [n.id, n.title]));
  return (id) => titles.get(id) ?? id;
}
