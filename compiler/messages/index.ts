// The one message catalogue: every word a user reads (diagnostics, submission problems,
// explanations, CLI text), in zh-CN and English. Each area keeps its entries in its own file;
// this module joins them and fills templates.
import type { Lang } from "../../generators/scorer/result.js";
import { syntaxMessages } from "./syntax.js";
import { checkMessages } from "./check.js";
import { submissionMessages } from "./submission.js";
import { explainMessages } from "./explain.js";
import { cliMessages } from "./cli.js";
import { diffMessages } from "./diff.js";
import { formMessages } from "./form.js";

export type { Lang };
/** A template per language; `{name}` is replaced by args.name. */
export type Entry = Record<Lang, string>;

export const catalogue: Record<string, Entry> = {
  ...syntaxMessages,
  ...checkMessages,
  ...submissionMessages,
  ...explainMessages,
  ...cliMessages,
  ...diffMessages,
  ...formMessages,
};

export function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in args ? String(args[key]) : whole,
  );
}

/** The words for a message code in a language. An unknown code is a bug: it throws. */
export function message(code: string, args: Record<string, string | number>, lang: Lang): string {
  const entry = catalogue[code];
  if (!entry) throw new Error(`kaohe: no message for code ${code}`);
  return fill(entry[lang], args);
}
