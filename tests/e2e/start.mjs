// `npm start`: serves the repository on 127.0.0.1, opens Chromium with dist/chrome loaded on the
// demo page and prints its URL. Headed when DISPLAY is set; with --headless (or without a
// display) it types a defensive draft, saves screenshots into test-results/ and exits.
import * as esbuild from "esbuild";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
const { launchWithExtension, serveStatic, demoPath } = await import(pathToFileURL(helper).href);

const server = await serveStatic(root);
const session = await launchWithExtension({ headless });
const url = server.url + demoPath;
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(url);
console.log(`demo page:  ${url}`);
console.log(`extension:  ${session.extensionId} (chrome-extension://${session.extensionId}/)`);

async function shutdown(code = 0) {
  await session.close();
  await server.close();
  process.exit(code);
}

if (headless) {
  try {
    const out = path.join(root, "test-results");
    await mkdir(out, { recursive: true });
    const ready = () => page.waitForSelector('#analysis:is([data-state="ready"], [data-state="error"])');
    await ready();
    const shots = [];
    const shoot = async (name) => {
      const file = path.join(out, name);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(path.relative(process.cwd(), file));
    };
    await shoot("demo-empty.png");
    const draft = "I didn't mean to upset you, but you're overreacting. Calm down, it was just a joke.";
    await page.locator("#reply").pressSequentially(draft, { delay: 5 });
    await page.waitForFunction(
      () => document.getElementById("analysis")?.dataset.chars === String(document.querySelector("textarea")?.value.length),
    );
    await shoot("demo-draft-light.png");
    await page.emulateMedia({ colorScheme: "dark" });
    await shoot("demo-draft-dark.png");
    console.log(`status:     ${await page.locator("#status").textContent()}`);
    console.log(`findings:   ${await page.locator('[data-testid="finding"]').count()}`);
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
