// `npm run bench`: both benchmarks in one run, the engine in Node (bench.mjs) and then the built
// extension in Chromium (chromium.mjs), each printing its own tables. At the end, one table of
// every budget with its verdict, and tests/bench/results.json holding both parts' results.
//
//   --quick, --only=...   passed on to the Chromium part (see chromium.mjs)
//
// Like its parts it exits 0 when a budget fails, unless BENCH_STRICT=1 is set; it exits 1 when a
// part itself fails to run.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const started = Date.now();
const parts = [
  { name: "engine", script: "bench.mjs", results: "engine-results.json", args: [] },
  { name: "chromium", script: "chromium.mjs", results: "chromium-results.json", args: process.argv.slice(2) },
];

const out = { date: new Date().toISOString(), parts: {}, budgets: [] };
for (const part of parts) {
  console.log(`\n=== ${part.name} (${part.script}) ===\n`);
  const run = spawnSync(process.execPath, [path.join(here, part.script), ...part.args], {
    stdio: "inherit",
    env: { ...process.env, BENCH_STRICT: "0" },
  });
  if (run.status !== 0) {
    console.error(`the ${part.name} bench failed to run (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
  const results = JSON.parse(readFileSync(path.join(here, part.results), "utf8"));
  out.parts[part.name] = results;
  for (const b of results.budgets ?? []) {
    out.budgets.push({
      part: part.name,
      budget: b.name ?? b.budget,
      pass: b.pass ?? null,
      measured: b.detail ?? b.measured ?? "",
    });
  }
}

const verdict = (pass) => (pass === null ? "N/A" : pass ? "PASS" : "FAIL");
console.log(`\n=== all budgets (${Math.round((Date.now() - started) / 1000)} s) ===\n`);
const width = Math.max(...out.budgets.map((b) => b.budget.length));
for (const b of out.budgets) console.log(`${verdict(b.pass).padEnd(4)}  ${b.part.padEnd(8)}  ${b.budget.padEnd(width)}  ${b.measured}`);
const failed = out.budgets.filter((b) => b.pass === false).length;
console.log(`\n${out.budgets.length - failed} of ${out.budgets.length} budgets met${failed ? `, ${failed} missed` : ""}`);
writeFileSync(path.join(here, "results.json"), `${JSON.stringify(out, null, 2)}\n`);
console.log("wrote tests/bench/results.json");
if (process.env.BENCH_STRICT === "1" && failed > 0) process.exitCode = 1;
