// What `npm run build` promises: two unpacked extensions from one manifest, an importable engine
// module and the CLI behind package.json's bin. `npm test` builds before vitest starts; this file
// does not rebuild, since the end-to-end tests load dist/ at the same time.
import { execFileSync } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const json = (file: string) => JSON.parse(read(file)) as Record<string, any>;

describe("npm run build", () => {
  it("writes a Chrome MV3 package with a service worker", () => {
    const manifest = json("dist/chrome/manifest.json");
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: "background.js", type: "module" });
    expect(manifest.version).toBe(json("package.json").version);
  });

  it("writes a Firefox package with background scripts and a gecko id, from the same manifest", () => {
    const chrome = json("dist/chrome/manifest.json");
    const firefox = json("dist/firefox/manifest.json");
    expect(firefox.background).toEqual({ scripts: ["background.js"], type: "module" });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.minimum_chrome_version).toBeUndefined();
    // Firefox has no match_origin_as_fallback; match_about_blank covers its about:blank and srcdoc frames.
    const contentScripts = chrome.content_scripts.map(({ match_origin_as_fallback, ...rest }: Record<string, unknown>) => {
      expect(match_origin_as_fallback).toBe(true);
      return rest;
    });
    // Nor use_dynamic_url: each Firefox installation has its own random extension URL already.
    const resources = chrome.web_accessible_resources.map(({ use_dynamic_url, ...rest }: Record<string, unknown>) => {
      expect(use_dynamic_url).toBe(true);
      return rest;
    });
    expect({ ...firefox, background: undefined, browser_specific_settings: undefined }).toEqual({
      ...chrome,
      background: undefined,
      minimum_chrome_version: undefined,
      content_scripts: contentScripts,
      web_accessible_resources: resources,
    });
  });

  it("keeps the engine out of the content script, and all but a loader out of page load", () => {
    for (const browser of ["chrome", "firefox"]) {
      const loader = read(`dist/${browser}/content.js`);
      const rest = read(`dist/${browser}/content-main.js`);
      for (const file of [loader, rest]) expect(file).not.toMatch(/version_default\w* = "14\./);
      // Every frame of a matching site compiles the loader on every load; the rest waits for a text field.
      expect(loader.length, browser).toBeLessThan(3_000);
      // Neither the polyfill nor the overlay: both are in the part loaded later.
      expect(loader).not.toMatch(/only be loaded in a browser extension|receptive-overlay/);
      expect(rest).toMatch(/only be loaded in a browser extension/);
      expect(loader).toContain('import(chrome.runtime.getURL("content-main.js"))');
      expect(rest.length, browser).toBeLessThan(64_000);
    }
  });

  it("writes dist/engine.js, an ES module importable from Node with analyze and createAnalyzer", async () => {
    const engine = await import(pathToFileURL(path.join(root, "dist/engine.js")).href);
    expect(typeof engine.analyze).toBe("function");
    expect(typeof engine.createAnalyzer).toBe("function");
    expect(engine.analyze("You're overreacting.").findings[0].excerpt).toBe("You're overreacting");
  });

  it("bundles exactly one build of compromise into each bundle", () => {
    for (const file of ["dist/engine.js", "dist/cli.js", "dist/chrome/background.js"]) {
      expect(read(file).match(/version_default\w* = "14\./g) ?? [], file).toHaveLength(1);
    }
  });

  it("puts the CLI where package.json's bin points, executable", () => {
    const bin = json("package.json").bin.receptive as string;
    accessSync(path.join(root, bin), constants.X_OK);
    expect(read(bin).startsWith("#!/usr/bin/env node")).toBe(true);
  });
});

describe("the Firefox package", () => {
  it("passes Mozilla's add-on linter (web-ext lint) with no errors, warnings or notices", () => {
    const bin = path.join(root, "node_modules", ".bin", "web-ext");
    const out = execFileSync(bin, ["lint", "--source-dir", path.join(root, "dist", "firefox"), "--output", "json", "--no-config-discovery"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, WEB_EXT_NO_UPDATE_CHECK: "1" },
    });
    const report = JSON.parse(out.slice(out.indexOf("{"))) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string }[];
      warnings: { code: string }[];
      notices: { code: string }[];
    };
    const codes = [...report.errors, ...report.warnings, ...report.notices].map((m) => m.code);
    expect(codes).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 60_000);
});

describe("npm run package", () => {
  it("writes a store zip per browser holding the manifest", () => {
    execFileSync(process.execPath, ["build.mjs", "--package-only"], { cwd: root, stdio: "pipe" });
    const { version } = json("manifest.json") as { version: string };
    for (const browser of ["chrome", "firefox"]) {
      const zip = readFileSync(path.join(root, "dist", "packages", `receptive-${browser}-${version}.zip`));
      expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
      const names = zip.toString("latin1");
      for (const file of ["manifest.json", "background.js", "content.js", "popup.html", "options.html", "_locales/en/messages.json"]) {
        expect(names, `${browser}: ${file}`).toContain(file);
      }
    }
  }, 120_000);
});
