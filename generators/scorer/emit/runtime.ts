// The runtime written once in TypeScript (../runtime/) and carried by every scorer.js as plain
// JavaScript: each file is transpiled (types dropped), and its imports and `export` words are
// removed, so that the files share one scope inside the generated module.
//
// The transpiler is esbuild, the one tsx already runs every kaohe source file through (it comes
// with tsx): about 0.1 s, where loading TypeScript's compiler for it took about 1.4 s of every
// build. esbuild prints the code anew, indented, without the source's comments. Its output is kept
// between runs (generators/kept.ts) under a hash of the sources and esbuild's version and options.
import { readFile } from "node:fs/promises";
import { esbuildVersion, kept } from "../../kept.js";

/** In dependency order. */
const FILES = ["decimal.ts", "inputs.ts", "engine.ts"];

const IMPORT = /^import\s[^;]*?from\s+"[^"]+";\s*$/gms;
const EXPORT = /^export\s+/gm;

let cached: Promise<string> | null = null;

/** The runtime as JavaScript, one block per source file, each headed with its path. */
export function runtimeSource(): Promise<string> {
  cached ??= build();
  return cached;
}

/** As tsconfig.json compiles the runtime: ES2022, class fields defined as the language defines them. */
const OPTIONS = {
  loader: "ts",
  target: "es2022",
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
} as const;

async function build(): Promise<string> {
  const sources = await Promise.all(FILES.map((file) => readFile(new URL(`../runtime/${file}`, import.meta.url), "utf8")));
  return kept("runtime", [await esbuildVersion(), OPTIONS, FILES, sources], async () => ({
    text: await transpile(sources),
    keep: true,
  }));
}

async function transpile(sources: string[]): Promise<string> {
  const { transform } = await import("esbuild");
  const blocks = await Promise.all(
    FILES.map(async (file, i) => {
      const source = sources[i]!;      const out = (await transform(source, OPTIONS)).code;
      const body = out.replace(IMPORT, "").replace(EXPORT, "");
      if (/^\s*(import|export)\b/m.test(body)) throw new Error(`kaohe: runtime/${file} keeps an import or export`);
      return `// ---- generators/scorer/runtime/${file}\n${body.trim()}`;
    }),
  );
  return blocks.join("\n\n");
}
