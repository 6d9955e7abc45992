/**
 * The `receptive` command: `receptive check [--json|--jsonl] [FILE ...]`.
 *
 * Everything is read (and, for --jsonl, validated) before anything is written, so an input
 * error never leaves half an answer on stdout. The pure helpers (argument parsing, positions,
 * JSONL parsing, formatting) are exported for the unit tests; `main` only runs when this file
 * is the program node was started with.
 */
import { readFileSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { CATEGORY_IDS, createAnalyzer } from "./engine/index";
import type {
  Analyzer,
  AnalyzerOptions,
  CategoryId,
  Finding,
  MessageSuggestion,
  Sensitivity,
} from "./engine/index";

export const CATEGORIES: readonly CategoryId[] = CATEGORY_IDS;

const SENSITIVITIES: readonly Sensitivity[] = ["gentle", "standard", "strict"];

export const HELP = `Usage: receptive check [options] [FILE ...]

Flags defensive phrasing (minimizing, "yes, but", non-apologies, ...) and suggests
acknowledgment instead. Reads each FILE, or standard input when no FILE is given
or FILE is "-".

Options:
  --json               write one JSON document: {"files": [{file, findings, suggestions}]}
  --jsonl              read one message per line, each a JSON string or an object with
                       a string "text" field; write one JSON object per message, in
                       order: {text, findings, suggestions}. Blank lines are skipped.
  --sensitivity LEVEL  gentle (high severity only), standard (medium and up) or
                       strict (everything, the default)
  --disable ID         leave out a category or a rule ("category/name"); repeatable,
                       or comma-separated
  --color, --no-color  force colour on or off (default: on when stdout is a terminal
                       and NO_COLOR is not set)
  -h, --help           show this help
  --version            print the version

Positions are line:column, both starting at 1. Columns count UTF-16 code units, as
VS Code and ESLint do (so an emoji such as 😂 counts as 2). In JSON output each finding
has the engine's start/end (UTF-16 offsets into the decoded text) plus line and column.

Categories: ${CATEGORIES.join(", ")}.

Exit status: 0 no findings, 1 findings, 2 usage or input error.
`;

/** A mistake in the command line or the input: reported on one line, exit status 2. */
export class UsageError extends Error {}

export interface CheckOptions {
  format: "human" | "json" | "jsonl";
  /** undefined: decide from the terminal and NO_COLOR. */
  color: boolean | undefined;
  analyzer: AnalyzerOptions;
  files: string[];
}

export type Command = { kind: "help" } | { kind: "version" } | { kind: "check"; options: CheckOptions };

export function parseArgs(argv: readonly string[]): Command {
  const end = argv.indexOf("--");
  const flags = end < 0 ? argv : argv.slice(0, end);
  if (flags.includes("-h") || flags.includes("--help")) return { kind: "help" };
  if (flags.includes("--version")) return { kind: "version" };

  const positionals: string[] = [];
  const disable: string[] = [];
  let json = false;
  let jsonl = false;
  let color: boolean | undefined;
  let sensitivity: Sensitivity | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (name === "--json" || name === "--jsonl" || name === "--color" || name === "--no-color") {
      if (inline !== undefined) throw new UsageError(`${name} does not take a value`);
      if (name === "--json") json = true;
      else if (name === "--jsonl") jsonl = true;
      else color = name === "--color";
    } else if (name === "--sensitivity" || name === "--disable") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("-"))) {
        throw new UsageError(`${name} needs a value`);
      }
      if (name === "--disable") disable.push(value);
      else if (SENSITIVITIES.includes(value as Sensitivity)) sensitivity = value as Sensitivity;
      else throw new UsageError(`--sensitivity must be one of ${SENSITIVITIES.join(", ")}, not '${value}'`);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError("no command given; expected 'check'");
  if (command !== "check") throw new UsageError(`unknown command '${command}'; expected 'check'`);
  if (json && jsonl) throw new UsageError("--json and --jsonl cannot be used together");
  const analyzer: AnalyzerOptions = { ...disabled(disable) };
  if (sensitivity) analyzer.sensitivity = sensitivity;
  return { kind: "check", options: { format: json ? "json" : jsonl ? "jsonl" : "human", color, analyzer, files } };
}

/** Sorts --disable values into categories and rule ids ("category/name"). */
function disabled(values: readonly string[]): Pick<AnalyzerOptions, "disabledCategories" | "disabledRules"> {
  const categories: CategoryId[] = [];
  const rules: string[] = [];
  for (const id of values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean)) {
    const slash = id.indexOf("/");
    const category = CATEGORIES.find((c) => c === (slash < 0 ? id : id.slice(0, slash)));
    if (!category || slash === id.length - 1) {
      throw new UsageError(`--disable: '${id}' is neither a category nor a rule id (category/name)`);
    }
    if (slash < 0) categories.push(category);
    else rules.push(id);
  }
  return {
    ...(categories.length ? { disabledCategories: categories } : {}),
    ...(rules.length ? { disabledRules: rules } : {}),
  };
}

/** Offsets at which each line starts; "\n", "\r\n" and a lone "\r" end a line, as in editors. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and UTF-16 column of `offset`, given `lineStarts(text)`. */
export function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return position(lineStarts(text), offset);
}

export type LocatedFinding = Finding & { line: number; column: number };

export interface Result {
  findings: LocatedFinding[];
  suggestions: MessageSuggestion[];
}

export function check(analyzer: Pick<Analyzer, "analyze">, text: string): Result {
  const { findings, suggestions } = analyzer.analyze(text);
  const starts = lineStarts(text);
  return { findings: findings.map((f) => ({ ...f, ...position(starts, f.start) })), suggestions };
}

/** Bytes to text without ever throwing: invalid UTF-8 becomes U+FFFD; a UTF-16LE BOM is honoured. */
export function decode(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(bytes);
}

/** The messages in a JSONL input; throws a UsageError naming `file:line` for the first bad line. */
export function parseJsonl(text: string, file: string): string[] {
  const messages: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${file}:${i + 1}: not valid JSON`);
    }
    const message =
      typeof value === "string" ? value
      : typeof value === "object" && value !== null && "text" in value && typeof value.text === "string" ? value.text
      : undefined;
    if (message === undefined) {
      throw new UsageError(`${file}:${i + 1}: expected a JSON string or an object with a string "text" field`);
    }
    messages.push(message);
  }
  return messages;
}

export function useColor(flag: boolean | undefined, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  return flag ?? (isTTY && !env.NO_COLOR && env.TERM !== "dumb");
}

/** One line of terminal-safe text: whitespace runs become one space, control and bidi characters are escaped. */
export function clean(text: string): string {
  return text
    .replace(/\s+/gu, " ")
    .replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const width = (s: string) => [...s].length;
const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const MAX_EXCERPT = 40;
const SEVERITY_COLOR = { high: 31, medium: 33, low: 36 } as const;

function excerptCell(excerpt: string): string {
  const chars = [...clean(excerpt)];
  return `"${chars.length > MAX_EXCERPT ? `${chars.slice(0, MAX_EXCERPT - 1).join("")}…` : chars.join("")}"`;
}

/** The eslint/vale-style report; files without findings get no section. */
export function formatHuman(files: readonly (Result & { file: string })[], color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  let total = 0;
  for (const file of files) {
    if (file.findings.length === 0) continue;
    total += file.findings.length;
    const rows = file.findings.map((f) => [`${f.line}:${f.column}`, f.severity, excerptCell(f.excerpt), clean(f.message)] as const);
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => width(row[c]!))));
    const indent = " ".repeat(2 + widths[0]! + 2);
    out.push(paint(4, clean(file.file)));
    file.findings.forEach((f, i) => {
      const [loc, severity, excerpt, message] = rows[i]!;
      out.push(
        `  ${paint(2, pad(loc, widths[0]!))}  ${paint(SEVERITY_COLOR[f.severity], pad(severity, widths[1]!))}  ` +
          `${pad(excerpt, widths[2]!)}  ${pad(message, widths[3]!)}  ${paint(2, clean(f.rule))}`,
      );
      for (const s of f.suggestions) {
        out.push(`${indent}${paint(32, "→")} ${clean(s.text)}${s.label ? paint(2, `  (${clean(s.label)})`) : ""}`);
      }
    });
    if (file.suggestions.length > 0) {
      const kindWidth = Math.max(...file.suggestions.map((s) => s.kind.length));
      out.push("", "  For the whole message:");
      for (const s of file.suggestions) {
        out.push(`    ${paint(2, pad(s.kind, kindWidth))}  ${clean(s.text)}${s.label ? paint(2, `  (${clean(s.label)})`) : ""}`);
      }
    }
    out.push("");
  }
  out.push(
    total === 0
      ? paint(32, "No defensive phrasing found.")
      : paint(1, `${plural(total, "finding")} in ${plural(files.length, "file")}`),
  );
  return `${out.join("\n")}\n`;
}

export function readVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const version = typeof pkg === "object" && pkg !== null && "version" in pkg ? pkg.version : undefined;
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "unknown";
  }
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

async function readInputs(files: readonly string[]): Promise<{ file: string; text: string }[]> {
  let stdin: string | undefined;
  const inputs = [];
  for (const file of files.length ? files : ["-"]) {
    try {
      if (file !== "-") inputs.push({ file, text: decode(await readFile(file)) });
      else {
        if (stdin === undefined) {
          const chunks: Buffer[] = [];
          for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
          stdin = decode(Buffer.concat(chunks));
        }
        inputs.push({ file: "<stdin>", text: stdin });
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "";
      const reason = READ_ERRORS[code] ?? (e instanceof Error ? e.message : String(e));
      throw new UsageError(`cannot read ${file === "-" ? "standard input" : clean(file)}: ${reason}`);
    }
  }
  return inputs;
}

/** Returns what to write and the exit status; writes nothing itself. */
export async function main(argv: readonly string[]): Promise<{ output: string; status: number }> {
  const command = parseArgs(argv);
  if (command.kind === "help") return { output: HELP, status: 0 };
  if (command.kind === "version") return { output: `${readVersion()}\n`, status: 0 };
  const { options } = command;
  const inputs = await readInputs(options.files);
  const analyzer = createAnalyzer(options.analyzer);

  if (options.format === "jsonl") {
    const messages = inputs.flatMap(({ file, text }) => parseJsonl(text, clean(file)));
    let found = false;
    const lines = messages.map((text) => {
      const result = check(analyzer, text);
      found ||= result.findings.length > 0;
      return `${JSON.stringify({ text, ...result })}\n`;
    });
    return { output: lines.join(""), status: found ? 1 : 0 };
  }

  const results = inputs.map(({ file, text }) => ({ file, ...check(analyzer, text) }));
  const status = results.some((r) => r.findings.length > 0) ? 1 : 0;
  if (options.format === "json") return { output: `${JSON.stringify({ files: results }, null, 2)}\n`, status };
  const color = useColor(options.color, process.stdout.isTTY === true, process.env);
  return { output: formatHuman(results, color), status };
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    // `receptive check big.txt | head -1`: the reader left, which is not our error.
    if (e.code === "EPIPE") process.exit();
    process.stderr.write(`receptive: cannot write output: ${e.message}\n`);
    process.exit(2);
  });
  main(process.argv.slice(2)).then(
    ({ output, status }) => {
      process.exitCode = status;
      process.stdout.write(output);
    },
    (e: unknown) => {
      process.exitCode = 2;
      if (e instanceof UsageError) process.stderr.write(`receptive: ${e.message} (run 'receptive --help' for usage)\n`);
      else process.stderr.write(`receptive: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    },
  );
}
