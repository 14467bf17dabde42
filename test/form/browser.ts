// What the form's browser tests share: Debian's chromium driven by playwright-core (never a
// downloaded browser), a form.html built from a scheme into a temporary folder, and a page opened
// from file:// with every request it makes counted (and refused) and every console error kept.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { describe } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { generateFormHtml } from "../../generators/form/index.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const CHROMIUM = "/usr/bin/chromium";
/** Written by the tests for a reviewer to open (gitignored). */
export const SCREENSHOTS = join(root, "test/form/screenshots");

const available = existsSync(CHROMIUM);
const required = process.env.CI === "true" || process.env.CI === "1";

/**
 * describe() when the browser is there; without it, a skip with a note saying how to install it —
 * except under CI, where the tests run and fail.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (!available && !required) {
    console.log(
      `[form tests] skipped "${name}": no ${CHROMIUM}. Install Debian's browser with ` +
        "`apt-get install chromium fonts-wqy-microhei poppler-utils` (CI=true makes this a failure).",
    );
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

export interface Browser {
  context: BrowserContext;
  dir: string;
  close(): Promise<void>;
}

/** Chromium headless with a fresh profile, no network of its own, downloads allowed. */
export async function launch(): Promise<Browser> {
  const dir = await mkdtemp(join(tmpdir(), "kaohe-form-"));
  const context = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    dir,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function compileScheme(file: string): SchemeIR {
  const compiled = compileFile(file);
  if (!compiled.ir) throw new Error(`${file} does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  return compiled.ir;
}

/** form.html for a scheme file, written under the browser's temporary folder. */
export async function writeForm(browser: Browser, scheme: string | SchemeIR, name: string): Promise<string> {
  const ir = typeof scheme === "string" ? compileScheme(scheme) : scheme;
  const file = join(browser.dir, `${name}.html`);
  await writeFile(file, await generateFormHtml(ir));
  return file;
}

export interface OpenForm {
  page: Page;
  url: string;
  /** Every request but the page itself (each was refused). */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Runs in the page; false until the form script has run and scored once. */
  ready(): Promise<void>;
}

export async function openForm(browser: Browser, file: string): Promise<OpenForm> {
  const url = pathToFileURL(file).href;
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const asked = route.request().url();
    if (asked === url) return route.continue();
    requests.push(asked);
    return route.abort();
  });
  page.on("request", (r) => {
    if (r.url() !== url && !requests.includes(r.url())) requests.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  const ready = async () => {
    await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 10_000 });
  };
  await page.goto(url);
  await ready();
  return { page, url, requests, errors, ready };
}

/** The five seed schemes, by file name. */
export const SEEDS = ["county-2011", "dazhou-2009", "guangyuan-2023", "huaibei-2019", "weifang-2011"];

export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.emulateMedia({ media: "screen" });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.screen.png`), fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.print.png`), fullPage: true });
  await page.emulateMedia({ media: "screen" });
}
