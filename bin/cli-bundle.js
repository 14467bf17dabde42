// kaohe's command-line code as one bundle, so that `kaohe check` and `kaohe build` start fast.
//
// kaohe is written in TypeScript and can run through tsx's loader, but that loader transpiles and
// resolves every one of its modules through a worker thread at every start: about 1.2 s of CPU
// of a `kaohe check` that does 0.2 s of work. Instead esbuild (already a dependency) bundles
// compiler/cli/main.ts — every kaohe module it imports, and the parser library — into
// node_modules/.cache/kaohe/<hash>/, once; each command's module stays its own chunk, loaded when
// the command runs. <hash> is the SHA-256 of the bundle's source files (and esbuild's version),
// listed by the last build: a bundle whose sources changed is never used, it is built again.
// Files read at run time (the scorer's runtime, result.ts, package.json) are read from the
// source tree, where their `import.meta.url` points (each source file keeps its own).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CACHE = join(ROOT, "node_modules", ".cache", "kaohe");
const LIST = join(CACHE, "sources.json");
const ENTRY = join(ROOT, "compiler", "cli", "main.ts");

function esbuildVersion() {
  return JSON.parse(readFileSync(join(ROOT, "node_modules", "esbuild", "package.json"), "utf8")).version;
}

/** The hash of the listed source files as they are now; null when one is gone. */
function hashOf(sources) {
  const h = createHash("sha256").update(`esbuild ${esbuildVersion()}\n`);
  for (const file of sources) {
    const path = join(ROOT, file);
    if (!existsSync(path)) return null;
    h.update(`${file}\n`).update(readFileSync(path)).update("\n");
  }
  return h.digest("hex").slice(0, 16);
}

/** Each kaohe source file with its own import.meta.url (the bundle would otherwise give its own). */
const ownUrl = {
  name: "kaohe-own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: "ts",
    }));
  },
};

async function build() {
  const { build: esbuild } = await import("esbuild");
  mkdirSync(CACHE, { recursive: true });
  const tmp = join(CACHE, `tmp-${process.pid}-${Date.now()}`);
  const result = await esbuild({
    entryPoints: { main: ENTRY },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // chevrotain is bundled in (with lodash-es it is some 300 small files to open at every start);
    // the other packages are loaded, only by the commands that need them, from node_modules.
    external: ["ajv", "ajv/*", "esbuild", "handlebars", "prettier", "prettier/*", "tsx", "tsx/*"],
    absWorkingDir: ROOT,
    outdir: tmp,
    metafile: true,
    logLevel: "silent",
    plugins: [ownUrl],
  });
  // Relative to ROOT; the packages bundled in are named by their versions (package-lock.json).
  const sources = [...Object.keys(result.metafile.inputs).filter((p) => !p.startsWith("node_modules/")), "package-lock.json", "bin/cli-bundle.js"].sort();
  const hash = hashOf(sources);
  const dir = join(CACHE, hash);
  // Several processes may build at once: the first to rename wins, the others' copies are dropped.
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  const list = `${LIST}.${process.pid}`;
  writeFileSync(list, JSON.stringify({ hash, sources }, null, 2));
  renameSync(list, LIST);
  return join(dir, "main.js");
}

/** The bundle's entry for the sources as they are, built first when there is none. */
export async function cliBundle() {
  if (existsSync(LIST)) {
    const { sources } = JSON.parse(readFileSync(LIST, "utf8"));
    const hash = hashOf(sources);
    const main = hash && join(CACHE, hash, "main.js");
    if (main && existsSync(main)) return main;
  }
  return build();
}
