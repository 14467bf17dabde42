// The runtime written once in TypeScript (../runtime/) and carried by every scorer.js as plain
// JavaScript: each file is transpiled (types dropped), and its imports and `export` words are
// removed, so that the files share one scope inside the generated module.
//
// The transpiler is esbuild, the one tsx already runs every kaohe source file through (it comes
// with tsx): about 0.1 s, where loading TypeScript's compiler for it took about 1.4 s of every
// build. esbuild prints the code anew, indented, without the source's comments.
import { readFile } from "node:fs/promises";

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

async function build(): Promise<string> {
  const { transform } = await import("esbuild");
  const blocks = await Promise.all(
    FILES.map(async (file) => {
      const source = await readFile(new URL(`../runtime/${file}`, import.meta.url), "utf8");
      // As tsconfig.json compiles it: ES2022, class fields defined as the language defines them.
      const out = (
        await transform(source, {
          loader: "ts",
          target: "es2022",
          tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
        })
      ).code;
      const body = out.replace(IMPORT, "").replace(EXPORT, "");
      if (/^\s*(import|export)\b/m.test(body)) throw new Error(`kaohe: runtime/${file} keeps an import or export`);
      return `// ---- generators/scorer/runtime/${file}\n${body.trim()}`;
    }),
  );
  return blocks.join("\n\n");
}
