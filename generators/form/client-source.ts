// The page's script, written in TypeScript under client/ and bundled at build time into one
// function scope (`var kaoheForm = …`), with esbuild as generators/scorer/emit/runtime.ts uses it:
// the transpiler tsx already runs kaohe with. Cached per process, and between runs
// (generators/kept.ts) under a hash of client/'s files and esbuild's version and options: a bundle
// that took in a file from elsewhere is not kept.
import { readdir, readFile } from "node:fs/promises";
import type { BuildOptions } from "esbuild";
import { fileURLToPath } from "node:url";
import { esbuildVersion, kept } from "../kept.js";

let cached: Promise<string> | null = null;

export function clientSource(): Promise<string> {
  cached ??= bundle();
  return cached;
}

const CLIENT = new URL("client/", import.meta.url);

/** As esbuild bundles the client. */
const OPTIONS: BuildOptions & { metafile: true; write: false } = {
  entryPoints: [fileURLToPath(new URL("main.ts", CLIENT))],
  bundle: true,
  write: false,
  metafile: true,
  format: "iife",
  globalName: "kaoheForm",
  target: "es2022",
  charset: "utf8",
  legalComments: "none",
  logLevel: "silent",
  // Paths in the bundle's comments relative to this folder, wherever kaohe runs: the same bytes.
  absWorkingDir: fileURLToPath(new URL(".", import.meta.url)),
};

async function bundle(): Promise<string> {
  const files = (await readdir(CLIENT)).filter((f) => f.endsWith(".ts")).sort();
  const sources = await Promise.all(files.map(async (f) => [f, await readFile(new URL(f, CLIENT), "utf8")]));
  const { absWorkingDir: _where, entryPoints: _entry, ...options } = OPTIONS;
  return kept("form-client", [await esbuildVersion(), options, sources], async () => {
    const { build } = await import("esbuild");
    const out = await build(OPTIONS);
    const inputs = Object.keys(out.metafile.inputs);
    return {
      text: `// ---- generators/form/client (the form's script)\n${out.outputFiles[0]!.text.trim()}`,
      keep: inputs.every((path) => path.startsWith("client/") && files.includes(path.slice("client/".length))),
    };
  });
}
