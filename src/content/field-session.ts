/**
 * One message box being checked: its latest text, the findings for it, and where they are drawn.
 *
 * Typing never waits for the engine. Each edit moves the current findings along with the text at
 * once (a finding the edit touched is dropped until the next analysis), and the text goes to the
 * background shortly after typing pauses. A reply for text that has since changed is moved the
 * same way, so highlights stay on their words.
 */
import type { Analysis, Finding } from "../engine/types";
import { MAX_CHECKED_CHARS } from "../shared/draft-limit";
import { roughLength } from "./draft-limit";
import type { EditorAdapter, FieldText } from "./editors/types";
import { intersect } from "./geometry";
import type { HighlightBox } from "./overlay";
import { isDarkBehind } from "./theme";

/** Wait this long after the last edit before asking for an analysis: short enough to feel live. */
export const ANALYZE_DELAY_MS = 90;
const RETRY_DELAYS_MS = [300, 1000, 2000, 5000];

export interface SessionHost {
  analyze(text: string): Promise<Analysis | null>;
  /** Asks for a redraw in the next animation frame. */
  requestRender(): void;
  /** Called when the findings changed: an analysis came back, or one was ignored. */
  analyzed?(session: FieldSession): void;
  /** Called on each edit, before the typing pause: the background may start up meanwhile. */
  edited?(): void;
}

let nextId = 0;

/** Moves findings on `before` to `after`: the changed span is the text between their common prefix and suffix. */
export function shiftFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  if (before === after) return [...findings];
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end <= prefix) out.push(f);
    else if (f.start >= changedEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}

function ignoreKey(f: Pick<Finding, "rule" | "excerpt">): string {
  return `${f.rule}\u0000${f.excerpt.toLowerCase()}`;
}

export class FieldSession {
  readonly id = `f${++nextId}`;
  private current: FieldText;
  private findings: Finding[] = [];
  private analysis: Analysis | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private again = false;
  private retries = 0;
  private disposed = false;
  private readonly ignored = new Set<string>();
  /** Over MAX_CHECKED_CHARS: the field's roughLength when it was last read; null when within the limit. */
  private oversized: number | null = null;
  private sizeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly clippers: Element[];
  /** Whether the field is drawn on a dark background (its highlights and card follow). */
  readonly dark: boolean;
  /** What was drawn last, for hit-testing clicks. */
  private drawn: { finding: Finding; rects: DOMRect[] }[] = [];
  /** The text the latest analysis was for, and who waits for the next one. */
  private analyzedText: string | null = null;
  private waiters: (() => void)[] = [];
  /**
   * What happened to the draft in this box so far, until the box is emptied (sent or cleared):
   * whether it was counted as checked, which findings were counted, whether pause before sending
   * already stopped it (it does so once per draft).
   */
  draft = newDraft();

  constructor(
    readonly field: HTMLElement,
    readonly adapter: EditorAdapter,
    private readonly host: SessionHost,
  ) {
    this.current = adapter.read(field);
    this.measureSize();
    this.clippers = clippingAncestors(field);
    this.dark = isDarkBehind(field);
    this.schedule(0);
  }

  get text(): string {
    return this.current.text;
  }

  /** The latest reading of the field (re-read if it may have changed). */
  read(): FieldText {
    return this.current;
  }

  get latestAnalysis(): Analysis | null {
    return this.analysis;
  }

  get visibleFindings(): readonly Finding[] {
    return this.findings;
  }

  /** Whether the draft is longer than Receptive checks (it is then neither analysed nor highlighted). */
  get tooLong(): boolean {
    return this.oversized !== null;
  }

  /** Re-reads the field; call on every input, mutation or possible programmatic change. */
  refresh(): void {
    if (this.disposed) return;
    if (this.oversized !== null) {
      // Over the limit, the field is not read after each edit (reading a huge rich-text field on
      // every keystroke is what would make typing lag), only once typing pauses, and then only if
      // it got shorter: nothing is drawn for it, so nothing else is due.
      clearTimeout(this.sizeTimer);
      this.sizeTimer = setTimeout(() => {
        if (!this.disposed && this.oversized !== null && roughLength(this.field) < this.oversized) this.reread();
      }, ANALYZE_DELAY_MS);
      return;
    }
    this.reread();
  }

  private reread(): void {
    const next = this.adapter.read(this.field);
    const changed = next.text !== this.current.text;
    if (changed) this.findings = shiftFindings(this.findings, this.current.text, next.text);
    if (changed && next.text.trim() === "") this.draft = newDraft();
    this.current = next;
    this.measureSize();
    this.host.requestRender();
    if (changed) {
      this.host.edited?.();
      this.schedule(ANALYZE_DELAY_MS);
    }
  }

  private measureSize(): void {
    this.oversized = this.current.text.length > MAX_CHECKED_CHARS ? roughLength(this.field) : null;
    if (this.oversized !== null) this.findings = [];
  }

  /** Analyze again now (settings changed). */
  reanalyze(): void {
    this.schedule(0);
  }

  /** Whether the findings are for the text as it is now (no edit is waiting for analysis). */
  get isCurrent(): boolean {
    return this.analyzedText === this.current.text;
  }

  /**
   * Analyses the text now, without the typing pause, and resolves once the findings are for the
   * current text (true) or after `timeoutMs` (false: the background did not answer in time).
   */
  analyzeNow(timeoutMs: number): Promise<boolean> {
    if (this.isCurrent) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const check = () => {
        if (this.isCurrent || this.disposed) {
          clearTimeout(timer);
          resolve(this.isCurrent);
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
      if (!this.inFlight) this.schedule(0);
    });
  }

  private analysed(text: string): void {
    this.analyzedText = text;
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) waiter();
  }

  ignore(finding: Finding): void {
    this.ignored.add(ignoreKey(finding));
    this.findings = this.findings.filter((f) => !this.ignored.has(ignoreKey(f)));
    this.host.requestRender();
    this.host.analyzed?.(this);
  }

  dropRule(rule: string): void {
    this.findings = this.findings.filter((f) => f.rule !== rule);
    this.host.requestRender();
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const text = this.current.text;
    if (this.oversized !== null || text.trim() === "") {
      this.findings = [];
      this.analysis = { findings: [], suggestions: [] };
      this.analysed(text);
      this.host.requestRender();
      this.host.analyzed?.(this);
      return;
    }
    this.inFlight = true;
    const analysis = await this.host.analyze(text);
    this.inFlight = false;
    if (this.disposed) return;
    if (analysis) {
      this.retries = 0;
      this.analysis = analysis;
      const kept = analysis.findings.filter((f) => !this.ignored.has(ignoreKey(f)));
      // The draft may have grown past the limit while the background worked on it.
      this.findings = this.oversized === null ? shiftFindings(kept, text, this.current.text) : [];
      this.analysed(text);
      this.host.requestRender();
      this.host.analyzed?.(this);
    } else if (this.retries < RETRY_DELAYS_MS.length) {
      // The background may be starting up again; the highlights come back when it answers.
      this.schedule(RETRY_DELAYS_MS[this.retries++]!);
      return;
    }
    if (this.again || this.current.text !== text) {
      this.again = false;
      this.schedule(ANALYZE_DELAY_MS);
    }
  }

  /** Reads where the findings are drawn now (layout reads only; no writes). */
  layout(): { boxes: HighlightBox[]; clip: DOMRect | null } {
    if (this.findings.length === 0) {
      this.drawn = [];
      return { boxes: [], clip: null };
    }
    const text = this.current.text;
    const valid = this.findings.filter((f) => f.end <= text.length && text.slice(f.start, f.end) === f.excerpt);
    const rects = this.current.rects(valid.map((f) => [f.start, f.end] as const));
    this.drawn = valid.map((finding, i) => ({ finding, rects: rects[i] ?? [] }));
    const boxes: HighlightBox[] = [];
    for (const { finding, rects: list } of this.drawn) {
      for (const rect of list) {
        boxes.push({
          rule: finding.rule,
          category: finding.category,
          severity: finding.severity,
          start: finding.start,
          end: finding.end,
          rect,
        });
      }
    }
    return { boxes, clip: this.clipRect() };
  }

  /** The finding drawn under a viewport point, with the box that was hit. */
  findingAt(x: number, y: number): { finding: Finding; rect: DOMRect } | null {
    const clip = this.drawn.length > 0 ? this.clipRect() : null;
    for (const { finding, rects } of this.drawn) {
      for (const rect of rects) {
        const visible = clip ? intersect(rect, clip) : rect;
        if (visible && x >= visible.left - 1 && x <= visible.right + 1 && y >= visible.top - 1 && y <= visible.bottom + 1) {
          return { finding, rect };
        }
      }
    }
    return null;
  }

  /** The finding the caret is in (or touching), for the keyboard shortcut. */
  findingAtCaret(): { finding: Finding; rect: DOMRect | undefined } | null {
    const caret = this.current.caret();
    if (caret < 0) return null;
    const finding = this.findings.find((f) => caret >= f.start && caret <= f.end);
    if (!finding) return null;
    const drawn = this.drawn.find((d) => d.finding === finding);
    return { finding, rect: drawn?.rects.at(-1) ?? this.current.rects([[finding.start, finding.end]])[0]?.at(-1) };
  }

  /** The current rect of a finding still shown (to keep the card next to it), or null. */
  rectOf(finding: Finding): DOMRect | null {
    const drawn = this.drawn.find((d) => d.finding.rule === finding.rule && d.finding.excerpt === finding.excerpt);
    return drawn?.rects.at(-1) ?? null;
  }

  /** The part of the viewport where the field's text can show: its padding box, cut by scrolling ancestors. */
  clipRect(): DOMRect | null {
    const view = this.field.ownerDocument.defaultView;
    if (!view) return null;
    let clip: DOMRect | null = paddingBox(this.field);
    for (const el of this.clippers) {
      if (!clip) break;
      clip = intersect(clip, paddingBox(el));
    }
    return clip ? intersect(clip, new DOMRect(0, 0, view.innerWidth, view.innerHeight)) : null;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.sizeTimer);
    this.analysed(this.analyzedText ?? "");
    this.findings = [];
    this.drawn = [];
  }
}

function newDraft(): { checked: boolean; counted: Set<string>; paused: boolean } {
  return { checked: false, counted: new Set(), paused: false };
}

function paddingBox(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  return new DOMRect(r.left + el.clientLeft, r.top + el.clientTop, el.clientWidth || r.width, el.clientHeight || r.height);
}

/** Ancestors (across shadow roots) that clip their overflow, up to the first fixed one. */
function clippingAncestors(field: HTMLElement): Element[] {
  const out: Element[] = [];
  const view = field.ownerDocument.defaultView;
  if (!view) return out;
  let node: Element | null = parentOf(field);
  while (node && node !== field.ownerDocument.documentElement && node !== field.ownerDocument.body) {
    const style = view.getComputedStyle(node);
    if (style.overflowX !== "visible" || style.overflowY !== "visible") out.push(node);
    if (style.position === "fixed") break;
    node = parentOf(node);
  }
  return out;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
