// The page's script, written in TypeScript under client/ and bundled at build time into one
// function scope (`var kaoheForm = …`), with esbuild as generators/scorer/emit/runtime.ts uses it:
// the transpiler tsx already runs kaohe with. Cached per process.
import { fileURLToPath } from "node:url";

let cached: Promise<string> | null = null;

export function clientSource(): Promise<string> {
  cached ??= bundle();
  return cached;
}

async function bundle(): Promise<string> {
  const { build } = await import("esbuild");
  const out = await build({
    entryPoints: [fileURLToPath(new URL("client/main.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "kaoheForm",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    // Paths in the bundle's comments relative to this folder, wherever kaohe runs: the same bytes.
    absWorkingDir: fileURLToPath(new URL(".", import.meta.url)),
  });
  return `// ---- generators/form/client (the form's script)\n${out.outputFiles[0]!.text.trim()}`;
}
