// Private by construction: no bundle the extension ships can talk to the network or run code
// from a string. This reads the built files (npm test builds first) for the calls that would.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Each pattern, and why it must not appear. A match preceded by a word character or a dot is a different name. */
const FORBIDDEN: [RegExp, string][] = [
  [/(?<![\w$.])fetch\s*\(/g, "fetch()"],
  [/\bXMLHttpRequest\b/g, "XMLHttpRequest"],
  [/\bWebSocket\b/g, "WebSocket"],
  [/\bsendBeacon\b/g, "navigator.sendBeacon"],
  [/\bEventSource\b/g, "EventSource"],
  [/\bimportScripts\s*\(/g, "importScripts()"],
  [/(?<![\w$.])eval\s*\(/g, "eval()"],
  [/\bnew\s+Function\b/g, "new Function"],
  [/(?<![\w$.])Function\s*\(/g, "Function()"],
  [/\bimport\s*\(\s*["'`]https?:/g, "import() of a URL"],
  // import() only of a file in the package: runtime.getURL of a string literal.
  [/(?<![\w$.])import\s*\((?!\s*chrome\.runtime\.getURL\("[\w-]+\.js"\)\))/g, "import() of anything but a packaged file"],
  [/<script[^>]+src\s*=\s*["']?https?:/gi, "a remote <script>"],
];

function shipped(browser: string): string[] {
  const dir = path.join(root, "dist", browser);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(js|html)$/.test(f))
    .map((f) => path.join(dir, f));
}

describe.each(["chrome", "firefox"])("the %s package", (browser) => {
  it("ships scripts and pages", () => {
    const names = shipped(browser).map((f) => path.basename(f));
    for (const name of ["background.js", "content.js", "content-main.js", "popup.js", "options.js", "popup.html"]) expect(names).toContain(name);
  });

  it.each(FORBIDDEN.map(([re, what]) => [what, re] as const))("contains no %s", (_what, re) => {
    const hits: string[] = [];
    for (const file of shipped(browser)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(re)) hits.push(`${path.relative(root, file)}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
    }
    expect(hits).toEqual([]);
  });

  it("declares a strict CSP for its pages and no remote hosts beyond the defaults", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "dist", browser, "manifest.json"), "utf8"));
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'; base-uri 'none'");
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    // The one resource a page may reach: the rest of the content script, which the loader imports.
    // In Chrome only through a per-session URL, so no page can probe for it.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ["content-main.js"],
        matches: ["https://*/*", "http://*/*"],
        ...(browser === "chrome" ? { use_dynamic_url: true } : {}),
      },
    ]);
    const permissions = [...(manifest.permissions ?? [])].sort();
    expect(permissions).toEqual(["activeTab", "contextMenus", "scripting", "storage"]);
  });
});
