// Text a generator makes the same way from the same inputs (the scorer's transpiled runtime, the
// form's bundled script, the form's compiled templates), kept between runs in
// node_modules/.cache/kaohe/ under a hash of those inputs, so that a build starts no esbuild
// process and compiles no template while they are unchanged: the same bytes either way. A tree
// where nothing can be written makes the text every time.
import { createHash } from "node:crypto";
import { access, mkdir, readFile, rename, writeFile } from "node:fs/promises";

const CACHE = new URL("../node_modules/.cache/kaohe/", import.meta.url);

/** An installed package's version: a new version may make the same inputs into other text. */
export async function packageVersion(name: "esbuild" | "handlebars"): Promise<string> {
  const pkg = await readFile(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8");
  return (JSON.parse(pkg) as { version: string }).version;
}

/** esbuild's version: a new esbuild may print the same code differently. */
export function esbuildVersion(): Promise<string> {
  return packageVersion("esbuild");
}

/** The cache's file for these inputs: `<name>-<hash>.js`, or `.mjs` for a module. */
function fileFor(name: string, inputs: unknown, ext = "js"): URL {
  const hash = createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 16);
  return new URL(`${name}-${hash}.${ext}`, CACHE);
}

/**
 * The text `make()` returns for these inputs (everything the text depends on: sources, options,
 * versions), from the cache when it was made before. `make` says with `keep: false` that its text
 * must not be kept (it turned out to depend on more than the inputs name).
 */
export async function kept(name: string, inputs: unknown, make: () => Promise<{ text: string; keep: boolean }>): Promise<string> {
  const file = fileFor(name, inputs);
  try {
    return await readFile(file, "utf8");
  } catch {
    // Not made yet.
  }
  const { text, keep } = await make();
  if (keep) await store(file, text);
  return text;
}

/**
 * The default export of the ES module whose source `make()` returns for these inputs (code made
 * from data, such as a compiled template), imported from the cache when it was made before.
 */
export async function keptModule<T>(name: string, inputs: unknown, make: () => Promise<string>): Promise<T> {
  const file = fileFor(name, inputs, "mjs");
  // Imported only once the file is there: a failed import is remembered by some loaders (Vitest's),
  // which would then refuse the same file once made.
  if (await exists(file)) return ((await import(file.href)) as { default: T }).default;
  const text = await make();
  const url = (await store(file, text))
    ? file.href
    : `data:text/javascript;base64,${Buffer.from(text).toString("base64")}`; // a read-only tree
  return ((await import(url)) as { default: T }).default;
}

async function exists(file: URL): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a kept file; false when the tree is read-only (made again next time). */
async function store(file: URL, text: string): Promise<boolean> {
  try {
    // Written aside and renamed: processes building at the same time never read half a file.
    await mkdir(CACHE, { recursive: true });
    const tmp = new URL(`${file.pathname.slice(file.pathname.lastIndexOf("/") + 1)}.${process.pid}.tmp`, CACHE);
    await writeFile(tmp, text);
    await rename(tmp, file);
    return true;
  } catch {
    return false;
  }
}
