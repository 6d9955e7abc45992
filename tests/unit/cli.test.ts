import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Analysis, Finding } from "../../src/engine/types";
import {
  check,
  clean,
  decode,
  formatHuman,
  lineColumn,
  lineStarts,
  parseArgs,
  parseJsonl,
  position,
  useColor,
  type CheckOptions,
} from "../../src/cli";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cliPath = path.join(root, "dist/cli.js");
let tmp = "";

/** The environment minus anything that would change colour decisions. */
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !["NO_COLOR", "FORCE_COLOR", "TERM"].includes(key)),
);

function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: root,
    input: options.input ?? "",
    env: { ...baseEnv, ...options.env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const full = path.join(tmp, name);
  writeFileSync(full, content);
  return full;
}

function expectUsageError(result: ReturnType<typeof run>, pattern: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^receptive: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).toContain("receptive --help");
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

// An apology that takes responsibility: nothing in it should be flagged by any rule.
const CLEAN = "I'm sorry I hurt you. That makes sense, and I want to hear more.\n";

beforeAll(() => {
  // `npm test` has just built; rebuilding here would rewrite dist/ under the end-to-end tests.
  if (!existsSync(path.join(root, "dist/cli.js"))) {
    execFileSync(process.execPath, ["build.mjs", "--engine-only"], { cwd: root, stdio: "pipe" });
  }
  tmp = mkdtempSync(path.join(tmpdir(), "receptive-cli-"));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("lineStarts / position", () => {
  it("finds 1-based lines and UTF-16 columns across \\n, \\r\\n and lone \\r", () => {
    const text = "ab\ncd\r\nef\rgh";
    expect(lineStarts(text)).toEqual([0, 3, 7, 10]);
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 2)).toEqual({ line: 1, column: 3 }); // the "\n" itself
    expect(lineColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, 11)).toEqual({ line: 4, column: 2 });
    expect(lineColumn(text, text.length)).toEqual({ line: 4, column: 3 });
  });

  it("counts an astral character as two columns, like editors", () => {
    const text = "first line\n😂 you're overreacting";
    const offset = text.indexOf("overreacting");
    // "😂" is two UTF-16 code units, then " you're " is 8.
    expect(lineColumn(text, offset)).toEqual({ line: 2, column: 11 });
    expect(lineColumn("😂😂x", 4)).toEqual({ line: 1, column: 5 });
  });

  it("handles empty text and many lines", () => {
    expect(lineColumn("", 0)).toEqual({ line: 1, column: 1 });
    const text = "x\n".repeat(1000);
    const starts = lineStarts(text);
    expect(position(starts, 2 * 999)).toEqual({ line: 1000, column: 1 });
    expect(position(starts, 2 * 500 + 1)).toEqual({ line: 501, column: 2 });
  });
});

describe("parseArgs", () => {
  const options = (argv: string[]): CheckOptions => {
    const command = parseArgs(argv);
    if (command.kind !== "check") throw new Error(`expected check, got ${command.kind}`);
    return command.options;
  };

  it("parses check with files, formats and analyzer options", () => {
    expect(options(["check", "a.txt", "-", "--json"])).toEqual({
      format: "json",
      color: undefined,
      analyzer: {},
      files: ["a.txt", "-"],
    });
    expect(
      options(["check", "--sensitivity=gentle", "--disable", "minimizing", "--disable=yes-but/however,contempt", "--no-color"]),
    ).toEqual({
      format: "human",
      color: false,
      analyzer: { sensitivity: "gentle", disabledCategories: ["minimizing", "contempt"], disabledRules: ["yes-but/however"] },
      files: [],
    });
    expect(options(["--jsonl", "check", "--color", "--", "--odd-name.txt"])).toMatchObject({
      format: "jsonl",
      color: true,
      files: ["--odd-name.txt"],
    });
  });

  it("recognises help and version anywhere before --", () => {
    expect(parseArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseArgs(["check", "-h", "--bogus"])).toEqual({ kind: "help" });
    expect(parseArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseArgs(["check", "--", "--help"])).toMatchObject({ kind: "check" });
  });

  it.each([
    [["check", "--bogus"], /unknown option --bogus/],
    [["check", "-x"], /unknown option -x/],
    [[], /no command/],
    [["lint"], /unknown command 'lint'/],
    [["check", "--json", "--jsonl"], /--json and --jsonl/],
    [["check", "--sensitivity"], /--sensitivity needs a value/],
    [["check", "--sensitivity", "--json"], /--sensitivity needs a value/],
    [["check", "--sensitivity", "loud"], /gentle, standard, strict/],
    [["check", "--disable", "minimising"], /'minimising'/],
    [["check", "--disable", "nope/rule"], /'nope\/rule'/],
    [["check", "--json=yes"], /--json does not take a value/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("parseJsonl", () => {
  it("accepts strings and objects with text, skipping blank lines", () => {
    expect(parseJsonl('"one"\n\n  \n{"text":"two","id":3}\r\n"three"\n', "in.jsonl")).toEqual(["one", "two", "three"]);
  });

  it.each([
    ['"ok"\nnot json\n', /^in\.jsonl:2: not valid JSON/],
    ['"ok"\n\n{"message":"x"}\n', /^in\.jsonl:3: expected a JSON string or an object with a string "text" field/],
    ['{"text": 5}', /^in\.jsonl:1: /],
    ["[\"a\"]", /^in\.jsonl:1: /],
    ["null", /^in\.jsonl:1: /],
  ])("rejects %j naming the line", (input, message) => {
    expect(() => parseJsonl(input, "in.jsonl")).toThrow(message);
  });
});

describe("helpers", () => {
  it("decodes invalid UTF-8 with replacement characters and drops a BOM", () => {
    expect(decode(Buffer.from([0x61, 0xff, 0x62]))).toBe("a\ufffdb");
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
    expect(decode(Buffer.from("\ufeffhi", "utf16le"))).toBe("hi");
  });

  it("decides colour from the flag, the terminal and NO_COLOR", () => {
    expect(useColor(undefined, true, {})).toBe(true);
    expect(useColor(undefined, false, {})).toBe(false);
    expect(useColor(undefined, true, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(undefined, true, { NO_COLOR: "" })).toBe(true); // no-color.org: empty means unset
    expect(useColor(true, false, { NO_COLOR: "1" })).toBe(true);
    expect(useColor(false, true, {})).toBe(false);
  });

  it("makes text terminal-safe", () => {
    expect(clean("a\n\tb")).toBe("a b");
    expect(clean("x\u001b[31my\u202e")).toBe("x\\u001b[31my\\u202e");
  });
});

describe("formatHuman", () => {
  const text = "Well, I didn't mean to.\nYou're overreacting 😂, calm down.";
  const finding = (excerpt: string, rest: Partial<Finding>): Finding => ({
    rule: "minimizing/overreacting",
    category: "minimizing",
    severity: "high",
    start: text.indexOf(excerpt),
    end: text.indexOf(excerpt) + excerpt.length,
    excerpt,
    message: "Tells them their feelings are out of proportion.",
    suggestions: [{ text: "It makes sense you're upset", label: "validates" }, { text: "I can see this hurt" }],
    ...rest,
  });
  const analysis: Analysis = {
    findings: [
      finding("I didn't mean to", {
        rule: "intent-over-impact/didnt-mean-to",
        category: "intent-over-impact",
        severity: "medium",
        message: "Centers your intent.",
      }),
      finding("overreacting", {}),
      finding("calm down", { rule: "minimizing/calm-down", severity: "low" }),
    ],
    suggestions: [
      { kind: "opener", text: "I can see this really hurt you." },
      { kind: "question", text: "What part hurt most?" },
    ],
  };
  const result = check({ analyze: () => analysis }, text);

  it("adds line and column to each finding", () => {
    expect(result.findings.map((f) => [f.line, f.column])).toEqual([[1, 7], [2, 8], [2, 25]]);
    expect(result.findings[0]).toMatchObject(analysis.findings[0]!);
  });

  it("prints a header, aligned rows, suggestions and a summary", () => {
    const out = formatHuman([{ file: "reply.txt", ...result }, { file: "quiet.txt", findings: [], suggestions: [] }], false);
    expect(out).toBe(
      [
        "reply.txt",
        '  1:7   medium  "I didn\'t mean to"  Centers your intent.                              intent-over-impact/didnt-mean-to',
        "        → It makes sense you're upset  (validates)",
        "        → I can see this hurt",
        '  2:8   high    "overreacting"      Tells them their feelings are out of proportion.  minimizing/overreacting',
        "        → It makes sense you're upset  (validates)",
        "        → I can see this hurt",
        '  2:25  low     "calm down"         Tells them their feelings are out of proportion.  minimizing/calm-down',
        "        → It makes sense you're upset  (validates)",
        "        → I can see this hurt",
        "",
        "  For the whole message:",
        "    opener    I can see this really hurt you.",
        "    question  What part hurt most?",
        "",
        "3 findings in 2 files",
        "",
      ].join("\n"),
    );
  });

  it("colours only when asked, and says so when nothing was found", () => {
    expect(formatHuman([{ file: "reply.txt", ...result }], false)).not.toContain("\x1b");
    expect(formatHuman([{ file: "reply.txt", ...result }], true)).toContain("\x1b[31mhigh");
    expect(formatHuman([{ file: "a", findings: [], suggestions: [] }], false)).toBe("No defensive phrasing found.\n");
  });

  it("keeps one line per finding whatever the excerpt holds", () => {
    const long = `${"word ".repeat(20)}\nand\x1b[2J more`;
    const out = formatHuman([{ file: "x", findings: [{ ...result.findings[1]!, excerpt: long }], suggestions: [] }], false);
    const row = out.split("\n")[1]!;
    expect(row).toContain('"word word word');
    expect(row).toContain('…"');
    expect(out).not.toContain("\x1b");
  });
});

describe("receptive (built)", () => {
  // Each test starts the CLI as a process, some twice: on a shared, busy machine that alone can
  // pass vitest's 5 s default. This is a limit, not a measurement.
  vi.setConfig({ testTimeout: 60_000 });
  it("prints help with exit 0", () => {
    for (const args of [["--help"], ["-h"], ["check", "--help"]]) {
      const result = run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: receptive check/);
      expect(result.stdout).toContain("UTF-16");
      expect(result.stderr).toBe("");
    }
  });

  it("prints the version from package.json", () => {
    const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("rejects an unknown flag with exit 2 and a one-line message", () => {
    expectUsageError(run(["check", "--bogus"]), /unknown option --bogus/);
  });

  it.each([
    [[], /no command/],
    [["lint"], /unknown command/],
    [["check", "--json", "--jsonl"], /--json and --jsonl/],
  ])("rejects %j with exit 2", (args, message) => {
    expectUsageError(run(args), message);
  });

  it("rejects a missing file or a directory with exit 2", () => {
    const missing = path.join(tmp, "missing.txt");
    expectUsageError(run(["check", missing]), /cannot read .*missing\.txt: no such file/);
    // Nothing is printed for the readable file either: inputs are all read before any output.
    expectUsageError(run(["check", file("fine.txt", CLEAN), missing]), /missing\.txt/);
    const dir = path.join(tmp, "a-directory");
    mkdirSync(dir, { recursive: true });
    expectUsageError(run(["check", dir]), /is a directory/);
  });

  it("rejects a bad JSONL line with exit 2, naming file and line, and writes nothing", () => {
    const bad = file("bad.jsonl", '"fine"\n{"text":"also fine"}\n\n{"text": oops}\n');
    expectUsageError(run(["check", "--jsonl", bad]), new RegExp(`bad\\.jsonl:4: not valid JSON`));
    expectUsageError(run(["check", "--jsonl"], { input: '"fine"\n{"body":"x"}\n' }), /<stdin>:2: expected a JSON string/);
  });

  it("--jsonl writes one object per message, in order", () => {
    const input = ['"Thanks for telling me."', "", '{"text":"I hear you.","id":7}', '"Line one\\nline two"', ""].join("\n");
    const result = run(["check", "--jsonl"], { input });
    expect(result.stderr).toBe("");
    expect([0, 1]).toContain(result.status);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.map((o) => o.text)).toEqual(["Thanks for telling me.", "I hear you.", "Line one\nline two"]);
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(["text", "findings", "suggestions"]);
      expect(Array.isArray(o.findings)).toBe(true);
      expect(Array.isArray(o.suggestions)).toBe(true);
    }
  });

  it("--json writes one document with a file entry per input", () => {
    const a = file("a.txt", CLEAN);
    const result = run(["check", "--json", a, "-"], { input: CLEAN });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { files: { file: string; findings: unknown[]; suggestions: unknown[] }[] };
    expect(Object.keys(doc)).toEqual(["files"]);
    expect(doc.files.map((f) => f.file)).toEqual([a, "<stdin>"]);
    for (const f of doc.files) {
      expect(Object.keys(f)).toEqual(["file", "findings", "suggestions"]);
      expect(f.findings).toEqual([]);
    }
  });

  it("exits 0 on clean input from a file", () => {
    const result = run(["check", file("clean.txt", CLEAN)]);
    expect(result).toEqual({ status: 0, stdout: "No defensive phrasing found.\n", stderr: "" });
  });

  it("reads standard input when no file is given, or for -", () => {
    expect(run(["check"], { input: CLEAN })).toEqual({ status: 0, stdout: "No defensive phrasing found.\n", stderr: "" });
    expect(run(["check", "-"], { input: CLEAN }).status).toBe(0);
  });

  it("does not colour piped output unless --color is given", () => {
    expect(run(["check"], { input: CLEAN }).stdout).not.toContain("\x1b");
    expect(run(["check", "--color"], { input: CLEAN }).stdout).toContain("\x1b[");
    expect(run(["check", "--color"], { input: CLEAN, env: { NO_COLOR: "1" } }).stdout).toContain("\x1b[");
  });

  it("survives invalid UTF-8", () => {
    const result = run(["check", "--json", file("latin1.txt", Buffer.from([0x68, 0x69, 0x20, 0xe9, 0xff, 0xc3, 0x0a]))]);
    expect(result.stderr).toBe("");
    expect([0, 1]).toContain(result.status);
    expect(JSON.parse(result.stdout)).toHaveProperty("files");
  });

  it.skipIf(process.platform === "win32")("stays quiet when the reader closes the pipe early", () => {
    const big = file("big.jsonl", Array.from({ length: 50_000 }, (_, i) => JSON.stringify(`message ${i}`)).join("\n"));
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${cliPath}" check --jsonl "${big}" | head -n 1`], {
      cwd: root,
      env: baseEnv,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
  });

  // Depends on the engine's minimizing rule ("overreacting", "calm down"): fails against the
  // placeholder engine and passes once the real analyzer lands.
  it("exits 1 and reports findings for defensive phrasing", () => {
    const text = "You're overreacting, calm down.";
    const human = run(["check"], { input: text });
    expect(human.stderr).toBe("");
    expect(human.status).toBe(1);
    expect(human.stdout).toMatch(/^<stdin>\n {2}1:\d+ /);
    expect(human.stdout).toContain("minimizing/");
    expect(human.stdout).toMatch(/\d+ findings? in 1 file\n$/);

    const json = run(["check", "--json"], { input: text });
    expect(json.status).toBe(1);
    const [entry] = (JSON.parse(json.stdout) as { files: { findings: (Finding & { line: number; column: number })[] }[] }).files;
    const minimizing = entry!.findings.filter((f) => f.category === "minimizing");
    expect(minimizing.length).toBeGreaterThan(0);
    for (const f of entry!.findings) {
      expect(text.slice(f.start, f.end)).toBe(f.excerpt);
      expect([f.line, f.column]).toEqual([1, f.start + 1]);
    }
  });
});
