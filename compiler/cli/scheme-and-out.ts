// The arguments of a command that compiles one scheme into `--out` (kaohe build, kaohe form):
// `<scheme.kaohe> --out <path>` (or `--out=<path>`). A wrong call is worded with the command's
// own messages (`<command>.usage`, `<command>.unknown-option`) and exits 2.
import { type Lang, message } from "../messages/index.js";

export function schemeAndOut(command: "build" | "form", args: string[], lang: Lang): { scheme: string; out: string } | 2 {
  const positional: string[] = [];
  let out: string | undefined;
  const usage = message(`${command}.usage`, {}, lang);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--out" && args[i + 1] !== undefined) out = args[++i];
    else if (a.startsWith("--out=")) out = a.slice("--out=".length);
    else if (a.startsWith("-")) {
      process.stderr.write(`${message(`${command}.unknown-option`, { option: a }, lang)}\n${usage}\n`);
      return 2;
    } else positional.push(a);
  }
  const [scheme, ...extra] = positional;
  if (scheme === undefined || !out || extra.length > 0) {
    process.stderr.write(usage + "\n");
    return 2;
  }
  return { scheme, out };
}
