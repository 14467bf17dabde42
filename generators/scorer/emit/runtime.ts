// The runtime written once in TypeScript (../runtime/) and carried by every scorer.js as plain
// JavaScript: each file is transpiled (types dropped) and its imports and `export` words removed,
// so that the files share one scope; that scope is a function whose result gives the module the
// names the files export (`const { add, dec, …, makeScorer } = (() => { … })();`), and the
// whole is minified (comments and indentation gone, the names inside the function shortened).
// The engine is not what an auditor reads — the items are, and they call it by the exported
// names, which stay — so it is carried as small as it can be; its readable source is ../runtime/.
//
// The transpiler is esbuild, the one tsx already runs every kaohe source file through (it comes
// with tsx): about 0.1 s, where loading TypeScript's compiler for it took about 1.4 s of every
// build. Its output is kept between runs (generators/kept.ts) under a hash of the sources and
// esbuild's version and options.
import { readFile } from "node:fs/promises";
import { esbuildVersion, kept } from "../../kept.js";

/** In dependency order. */
const FILES = ["decimal.ts", "inputs.ts", "engine.ts", "table.ts"];

const IMPORT = /^import\s[^;]*?from\s+"[^"]+";\s*$/gms;
const EXPORT = /^export\s+/gm;
/** A value a file exports (types are gone once transpiled). */
const EXPORTED = /^export\s+(?:function|const|let|class)\s+([\w$]+)/gm;

let cached: Promise<string> | null = null;

/** The runtime as JavaScript: the names the files export, made by one minified function. */
export function runtimeSource(): Promise<string> {
  cached ??= build();
  return cached;
}

/** As tsconfig.json compiles the runtime: ES2022, class fields defined as the language defines them. */
const TRANSPILE = {
  loader: "ts",
  target: "es2022",
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
} as const;

/** How the runtime is carried: minified, the words (zh-CN) as they are. */
const MINIFY = { loader: "js", target: "es2022", minify: true, charset: "utf8" } as const;

const HEADING = `// ---- the scorer's runtime (generators/scorer/runtime/${FILES.join(", ")}), minified: read the sources there`;

async function build(): Promise<string> {
  const sources = await Promise.all(FILES.map((file) => readFile(new URL(`../runtime/${file}`, import.meta.url), "utf8")));
  return kept("runtime", [await esbuildVersion(), TRANSPILE, MINIFY, FILES, sources], async () => ({
    text: await transpile(sources),
    keep: true,
  }));
}

async function transpile(sources: string[]): Promise<string> {
  const { transform } = await import("esbuild");
  const names = sources.flatMap((source) => [...source.matchAll(EXPORTED)].map((m) => m[1]!));
  const bodies = await Promise.all(
    FILES.map(async (file, i) => {
      const body = (await transform(sources[i]!, TRANSPILE)).code.replace(IMPORT, "").replace(EXPORT, "");
      if (/^\s*(import|export)\b/m.test(body)) throw new Error(`kaohe: runtime/${file} keeps an import or export`);
      return body;
    }),
  );
  const list = names.join(", ");
  const scope = `const { ${list} } = (() => {\n${bodies.join("\n")}\nreturn { ${list} };\n})();\n`;
  return `${HEADING}\n${(await transform(scope, MINIFY)).code.trimEnd()}`;
}
