// The runtime written once in TypeScript (../runtime/) and carried by every scorer.js as plain
// JavaScript: each file is transpiled (types dropped), and its imports and `export` words are
// removed, so that the files share one scope inside the generated module.
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
  // TypeScript is only needed here, when a scorer is generated; load it on first use.
  const ts = (await import("typescript")).default;
  const blocks = await Promise.all(
    FILES.map(async (file) => {
      const source = await readFile(new URL(`../runtime/${file}`, import.meta.url), "utf8");
      const out = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const body = out.replace(IMPORT, "").replace(EXPORT, "");
      if (/^\s*(import|export)\b/m.test(body)) throw new Error(`kaohe: runtime/${file} keeps an import or export`);
      return `// ---- generators/scorer/runtime/${file}\n${body.trim()}`;
    }),
  );
  return blocks.join("\n\n");
}
