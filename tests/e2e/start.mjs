// `npm start`: builds the demo page (tests/e2e/fixtures/editors/demo, three kinds of message box),
// opens Chromium with dist/chrome loaded and shows the page at https://app.slack.com/..., a
// messaging host where Receptive is on by default; every request to that host is answered from
// this repository, so nothing goes to the network. Headed when DISPLAY is set; with --headless (or
// without a display) it types a defensive reply, opens the card, saves screenshots into
// test-results/ and exits.
import * as esbuild from "esbuild";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildFixtures } from "./fixtures/build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const headless = process.argv.includes("--headless") || !process.env.DISPLAY;

// tests/e2e/browser.ts is TypeScript and Node 20 runs no TypeScript: compile it into
// node_modules/.cache so its imports (playwright-core) resolve, keeping its own location.
const source = path.join(root, "tests/e2e/browser.ts");
const helper = path.join(root, "node_modules", ".cache", "receptive-e2e", "browser.mjs");
await esbuild.build({
  entryPoints: [source],
  define: { "import.meta.url": JSON.stringify(pathToFileURL(source).href) },
  outfile: helper,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  logLevel: "warning",
});
const { launchWithExtension, serveAsSite } = await import(pathToFileURL(helper).href);

await buildFixtures();
const session = await launchWithExtension({ headless });
const site = await serveAsSite(session.context, root);
const url = `${site}/dist/fixtures/demo/`;
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(url);
console.log(`demo page:  ${url} (served from this repository; nothing leaves the machine)`);
console.log(`extension:  ${session.extensionId} (chrome-extension://${session.extensionId}/)`);

async function shutdown(code = 0) {
  await session.close();
  process.exit(code);
}

/** The highlight boxes the extension drew, as the README's test contract describes them. */
const highlights = () =>
  page.evaluate(() =>
    [...(document.querySelector("receptive-overlay")?.shadowRoot?.querySelectorAll("[data-receptive-highlight]") ?? [])].map((el) => ({
      rule: el.getAttribute("data-rule"),
      box: el.getBoundingClientRect().toJSON(),
    })),
  );

if (headless) {
  try {
    const out = path.join(root, "test-results");
    await mkdir(out, { recursive: true });
    await page.evaluate(() => window.__fixture.ready);
    const shots = [];
    const shoot = async (name) => {
      const file = path.join(out, name);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(path.relative(process.cwd(), file));
    };
    await shoot("demo-empty.png");
    const draft = "I didn't mean to upset you, but you're overreacting. It was just a joke.";
    await page.locator("#reply").click();
    await page.keyboard.type(draft, { delay: 5 });
    await page.locator("#rich").click();
    await page.keyboard.type("Whatever. You always make everything about you.", { delay: 5 });
    await page.waitForFunction(() => {
      const root = document.querySelector("receptive-overlay")?.shadowRoot;
      const rules = new Set([...(root?.querySelectorAll("[data-receptive-highlight]") ?? [])].map((el) => el.getAttribute("data-rule")));
      return rules.has("minimizing/overreacting") && [...rules].some((r) => r?.startsWith("absolutes/") || r?.startsWith("stonewalling/"));
    });
    await shoot("demo-highlights.png");
    const shown = await highlights();
    const target = shown.find((h) => h.rule === "minimizing/overreacting");
    await page.mouse.click(target.box.x + target.box.width / 2, target.box.y + target.box.height / 2);
    await page.waitForFunction(() => document.querySelector("receptive-overlay")?.shadowRoot?.querySelector("[data-receptive-card]"));
    await shoot("demo-card.png");
    console.log(`highlights: ${shown.length} boxes (${[...new Set(shown.map((h) => h.rule))].join(", ")})`);
    for (const shot of shots) console.log(`screenshot: ${shot}`);
    const errors = await session.extensionErrors();
    if (errors.length > 0) console.log(`extension errors:\n  ${errors.join("\n  ")}`);
    await shutdown(0);
  } catch (e) {
    console.error(e);
    await shutdown(1);
  }
} else {
  console.log("Close the browser window or press Ctrl+C to stop.");
  session.context.on("close", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
}
