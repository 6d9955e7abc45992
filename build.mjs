// Builds everything from one source tree:
//   dist/engine.js              the DOM-free analyzer as an ES module (Node and browsers)
//   dist/cli.js                 the `receptive` command
//   dist/chrome/, dist/firefox/ unpacked extensions from the one manifest.json
// Flags: --engine-only (engine and CLI, for eval/bench), --watch, --package (also the store zips
// in dist/packages/, made with Mozilla's web-ext), --package-only (the zips of what dist/ holds).
import * as esbuild from "esbuild";
import { cp, mkdir, readFile, rm, writeFile, readdir, chmod } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, "dist");
const args = new Set(process.argv.slice(2));
const engineOnly = args.has("--engine-only");

const common = {
  bundle: true,
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
  // One copy of compromise per bundle: every import of it must resolve to the same build.
  mainFields: ["module", "main"],
  conditions: ["import"],
};

async function buildLibraries() {
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, "src/engine/index.ts")],
    outfile: path.join(dist, "engine.js"),
    format: "esm",
    platform: "neutral",
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, "src/cli.ts")],
    outfile: path.join(dist, "cli.js"),
    format: "esm",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  });
  await chmod(path.join(dist, "cli.js"), 0o755);
}

/**
 * The extension never renders HTML from strings (page text is sacred and never markup), so Preact's
 * one path that writes innerHTML, `dangerouslySetInnerHTML`, is cut out of the bundles: a use of it
 * throws instead. Firefox's add-on linter then has no innerHTML assignment to warn about. The build
 * fails if Preact's code changes shape, rather than silently keeping the path.
 */
const noDangerousHtml = {
  name: "no-dangerous-html",
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const assignment = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;
      const found = source.match(assignment) ?? [];
      if (found.length !== 1) throw new Error(`expected one innerHTML assignment in ${args.path}, found ${found.length}`);
      return {
        contents: source.replace(assignment, '(()=>{throw new Error("dangerouslySetInnerHTML is not allowed in Receptive")})()'),
        loader: "js",
      };
    });
  },
};

/** The extension's module entry points: name in the package -> source. */
const extensionEntries = {
  background: "src/background/index.ts",
  popup: "src/popup/index.tsx",
  options: "src/options/index.tsx",
  "first-run": "src/options/first-run.tsx",
};

/** Extension pages: the HTML copied to the package root (each loads <name>.js and <name>.css). */
const extensionPages = ["src/popup/popup.html", "src/options/options.html", "src/options/first-run.html"];

/**
 * The content script runs as a classic script in every matching frame, so it is an IIFE, and
 * minified: its parse time is paid on each page load. It is only a loader; the rest is an ES module
 * it imports on first focus in a text field (listed in the manifest's web_accessible_resources).
 */
const contentLoader = { content: "src/content/index.ts" };
const contentModules = { "content-main": "src/content/main.ts" };

function manifestFor(browser, source) {
  const manifest = structuredClone(source);
  if (browser === "firefox") {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    manifest.background = { scripts: ["background.js"], type: "module" };
    manifest.browser_specific_settings = {
      // It collects nothing: Firefox asks every extension to say so.
      gecko: { id: "receptive@receptive.dev", strict_min_version: "142.0", data_collection_permissions: { required: ["none"] } },
    };
    delete manifest.minimum_chrome_version;
    // Chrome's key; Firefox gives each installation its own random extension URL instead.
    for (const resource of manifest.web_accessible_resources ?? []) delete resource.use_dynamic_url;
    for (const script of manifest.content_scripts ?? []) {
      // Chrome's key for about:blank, srcdoc and blob frames; Firefox covers them with match_about_blank.
      delete script.match_origin_as_fallback;
    }
  }
  return manifest;
}

async function buildExtension(browser) {
  const out = path.join(dist, browser);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(
      Object.entries(extensionEntries)
        .filter(([, src]) => existsSync(path.join(root, src)))
        .map(([name, src]) => [name, path.join(root, src)]),
    ),
    outdir: out,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    jsxImportSource: "preact",
    plugins: [noDangerousHtml],
    define: { __BROWSER__: JSON.stringify(browser) },
  });
  for (const page of extensionPages) {
    if (existsSync(path.join(root, page))) await cp(path.join(root, page), path.join(out, path.basename(page)));
  }
  await cp(path.join(root, "src/_locales"), path.join(out, "_locales"), { recursive: true });
  for (const [entries, format] of [[contentLoader, "iife"], [contentModules, "esm"]]) {
    await esbuild.build({
      ...common,
      entryPoints: Object.fromEntries(Object.entries(entries).map(([name, src]) => [name, path.join(root, src)])),
      outdir: out,
      format,
      platform: "browser",
      minify: true,
      define: { __BROWSER__: JSON.stringify(browser) },
    });
  }
  const manifest = JSON.parse(await readFile(path.join(root, "manifest.json"), "utf8"));
  await writeFile(path.join(out, "manifest.json"), JSON.stringify(manifestFor(browser, manifest), null, 2));
  await mkdir(path.join(out, "icons"), { recursive: true });
  for (const file of await readdir(path.join(root, "icons"))) {
    if (file.endsWith(".png")) await cp(path.join(root, "icons", file), path.join(out, "icons", file));
  }
}

async function buildAll() {
  await mkdir(dist, { recursive: true });
  await buildLibraries();
  if (!engineOnly) {
    await buildExtension("chrome");
    await buildExtension("firefox");
  }
}

/** The store uploads: one zip per browser, named with the manifest's version. */
async function packageAll() {
  const { default: webExt } = await import("web-ext");
  const { version } = JSON.parse(await readFile(path.join(root, "manifest.json"), "utf8"));
  const artifactsDir = path.join(dist, "packages");
  await mkdir(artifactsDir, { recursive: true });
  for (const browser of ["chrome", "firefox"]) {
    const filename = `receptive-${browser}-${version}.zip`;
    await webExt.cmd.build(
      { sourceDir: path.join(dist, browser), artifactsDir, filename, overwriteDest: true },
      { shouldExitProgram: false, showReadyMessage: false },
    );
    console.log(`packaged dist/packages/${filename}`);
  }
}

const started = performance.now();
// --package-only zips what dist/ holds without rebuilding it (tests run while others load dist/).
if (!args.has("--package-only")) await buildAll();
if (args.has("--package") || args.has("--package-only")) await packageAll();
if (!args.has("--package-only")) {
  console.log(`built ${engineOnly ? "engine and CLI" : "engine, CLI and extensions"} in ${Math.round(performance.now() - started)} ms`);
}
if (args.has("--watch") && existsSync(path.join(root, "src"))) {
  const { watch } = await import("node:fs");
  let timer;
  watch(path.join(root, "src"), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildAll().then(() => console.log("rebuilt"), (e) => console.error(e.message)), 100);
  });
  console.log("watching src/ for changes");
}
