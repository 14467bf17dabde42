// `kaohe <command> …`: dispatches to one module per command. Each returns the exit code:
// 0 success, 1 the input has problems (reported), 2 the command was called wrongly.
import { message, type Lang } from "../messages/index.js";

type Command = (args: string[], lang: Lang) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import("./check.js")).runCheck,
  build: async () => (await import("./build.js")).runBuild,
  form: async () => (await import("./form.js")).runForm,
  score: async () => (await import("./score.js")).runScore,
  validate: async () => (await import("./validate.js")).runValidate,
  diff: async () => (await import("./diff.js")).runDiff,
};

/** The language for user-facing text: `--lang en|zh-CN`, else KAOHE_LANG, else zh-CN. */
export function pickLang(args: string[]): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = process.env.KAOHE_LANG === "en" ? "en" : "zh-CN";
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--lang" && (args[i + 1] === "en" || args[i + 1] === "zh-CN")) {
      lang = args[++i] as Lang;
    } else if (a === "--lang=en" || a === "--lang=zh-CN") {
      lang = a.slice("--lang=".length) as Lang;
    } else rest.push(a);
  }
  return { lang, rest };
}

export async function main(argv: string[]): Promise<number> {
  const { lang, rest } = pickLang(argv);
  const [name, ...args] = rest;
  // `kaohe help <command>` is `kaohe <command> --help`.
  if (name === "help" && args[0] !== undefined && args[0] in commands) return main([args[0], "--help", "--lang", lang]);
  const load = name ? commands[name] : undefined;
  if (!load) {
    const asked = name === undefined || name === "--help" || name === "-h" || name === "help";
    (asked ? process.stdout : process.stderr).write(message("cli.usage", { command: name ?? "" }, lang) + "\n");
    return asked ? 0 : 2;
  }
  // `kaohe <command> --help` (or -h): the command's own usage, on stdout, exit 0.
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(message(`${name}.usage`, {}, lang) + "\n");
    return 0;
  }
  try {
    return await (await load())(args, lang);
  } catch (err) {
    // A bug in kaohe, not in the user's input: say so plainly, without a stack trace.
    process.stderr.write(
      message("cli.internal-error", { detail: err instanceof Error ? err.message : String(err) }, lang) + "\n",
    );
    return 3;
  }
}
