/**
 * Reading the overlay from a test: its highlight boxes and card, where the browser really draws
 * the flagged text (measured without the extension's code), and clicks in page coordinates for
 * fields inside iframes. Pages under test expose `window.__fixture` (see fixtures/README.md).
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";

export interface Box {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The highlight boxes drawn over field `index`, in its document's viewport coordinates. A page may
 * have several checked fields; a field's boxes are the ones whose centre lies over that field.
 */
export function boxes(page: Page, index = 0): Promise<Box[]> {
  return page.evaluate((i) => {
    const field = window.__fixture.field(i);
    const doc = field.ownerDocument;
    const overlays = doc.querySelectorAll("receptive-overlay");
    if (overlays.length > 1) throw new Error(`${overlays.length} overlays in one document`);
    const root = overlays[0]?.shadowRoot;
    if (!root) return [];
    const f = field.getBoundingClientRect();
    return [...root.querySelectorAll<HTMLElement>("[data-receptive-highlight]")]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          rule: el.dataset.rule!,
          category: el.dataset.category!,
          severity: el.dataset.severity!,
          start: Number(el.dataset.start),
          end: Number(el.dataset.end),
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
        };
      })
      .filter((b) => {
        const x = (b.left + b.right) / 2;
        const y = (b.top + b.bottom) / 2;
        return x >= f.left - 1 && x <= f.right + 1 && y >= f.top - 1 && y <= f.bottom + 1;
      });
  }, index);
}

/**
 * Where the browser draws [start, end) of the field's text, per line, measured independently of
 * the extension: Range rects over the matching text in a contenteditable; for a textarea or input,
 * Range rects in a clone carrying every computed style of the field, laid over it.
 */
export function expectedRects(page: Page, start: number, end: number, index = 0) {
  return page.evaluate(
    ({ start, end, i }) => {
      const field = window.__fixture.field(i) as HTMLElement;
      const doc = field.ownerDocument;
      const view = doc.defaultView!;
      const lines = (rects: DOMRect[]) => {
        const out: { left: number; top: number; right: number; bottom: number }[] = [];
        for (const r of rects) {
          if (r.width < 0.5) continue;
          const last = out.at(-1);
          if (last && Math.abs(last.top - r.top) < 2) {
            last.left = Math.min(last.left, r.left);
            last.right = Math.max(last.right, r.right);
            last.bottom = Math.max(last.bottom, r.bottom);
          } else out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        }
        return out;
      };
      if (field instanceof view.HTMLTextAreaElement || field instanceof view.HTMLInputElement) {
        const style = view.getComputedStyle(field);
        const clone = doc.createElement("div");
        for (const prop of style) clone.style.setProperty(prop, style.getPropertyValue(prop));
        const r = field.getBoundingClientRect();
        Object.assign(clone.style, {
          position: "fixed",
          left: `${r.left}px`,
          top: `${r.top}px`,
          margin: "0",
          visibility: "hidden",
          whiteSpace: field instanceof view.HTMLInputElement ? "pre" : "pre-wrap",
          overflowWrap: "break-word",
          overflow: "hidden",
          display: field instanceof view.HTMLInputElement ? "flex" : "block",
          alignItems: "center",
        });
        const node = doc.createTextNode(field.value);
        const holder = doc.createElement("span");
        holder.append(node);
        clone.append(holder);
        doc.body.append(clone);
        clone.scrollTop = field.scrollTop;
        clone.scrollLeft = field.scrollLeft;
        const range = doc.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const out = lines([...range.getClientRects()]);
        clone.remove();
        return out;
      }
      // Contenteditable: find the field's text node(s) holding [start, end) of its visible text.
      const walker = doc.createTreeWalker(field, NodeFilter.SHOW_TEXT);
      let text = "";
      const nodes: { node: Text; at: number }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        if (/^[\uFEFF\u200B]*$/.test(t.data)) continue;
        nodes.push({ node: t, at: text.length });
        text += t.data;
      }
      const wanted = window.__fixture.text(i).slice(start, end);
      const at = text.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the field's DOM text`);
      const rects: DOMRect[] = [];
      for (const { node, at: from } of nodes) {
        const s = Math.max(at, from);
        const e = Math.min(at + wanted.length, from + node.data.length);
        if (s >= e) continue;
        const range = doc.createRange();
        range.setStart(node, s - from);
        range.setEnd(node, e - from);
        rects.push(...range.getClientRects());
      }
      return lines(rects);
    },
    { start, end, i: index },
  );
}

/** The offset of the field's document viewport inside the page's (for fields in iframes). */
export function frameOffset(page: Page, index = 0) {
  return page.evaluate((i) => {
    let x = 0;
    let y = 0;
    let view: Window | null = window.__fixture.field(i).ownerDocument.defaultView;
    while (view && view.frameElement) {
      const frame = view.frameElement as HTMLElement;
      const r = frame.getBoundingClientRect();
      x += r.left + frame.clientLeft;
      y += r.top + frame.clientTop;
      view = view.parent;
    }
    return { x, y };
  }, index);
}

/** The boxes of `rule` over field `index`, once there are some (at most 5 s; usable in hooks too). */
export async function waitForBoxes(page: Page, rule: string, index = 0): Promise<Box[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = (await boxes(page, index)).filter((b) => b.rule === rule);
    if (found.length > 0) return found;
    if (Date.now() > deadline) throw new Error(`no highlight for ${rule} over field ${index} within 5 s`);
    await page.waitForTimeout(50);
  }
}

/** The model's text; a plain contenteditable keeps typed spaces as no-break spaces, which count as spaces here. */
export async function modelText(page: Page, index = 0): Promise<string> {
  return (await page.evaluate((i) => window.__fixture.text(i), index)).replace(/\u00a0/g, " ");
}

/** Clicks near the field's top-left corner: where the reply starts in a mail composer with a quote below it. */
export async function clickField(page: Page, index = 0): Promise<void> {
  const r = await page.evaluate((i) => {
    const field = window.__fixture.field(i);
    field.scrollIntoView({ block: "center" });
    return field.getBoundingClientRect().toJSON() as DOMRect;
  }, index);
  const offset = await frameOffset(page, index);
  await page.mouse.click(offset.x + r.left + 12, offset.y + r.top + 12);
}

/** Types TYPED, with the name in bold where the editor has bold. */
export function cardLocator(page: Page, index = 0) {
  return page.evaluate((i) => {
    const root = window.__fixture.field(i).ownerDocument.querySelector("receptive-overlay")?.shadowRoot;
    const card = root?.querySelector<HTMLElement>("[data-receptive-card]");
    if (!card) return null;
    return {
      role: card.getAttribute("role"),
      rule: card.dataset.rule,
      suggestions: [...card.querySelectorAll("button[data-receptive-suggestion]")].map((b) => b.textContent),
    };
  }, index);
}

export async function clickBox(page: Page, box: Box, index = 0): Promise<void> {
  const offset = await frameOffset(page, index);
  await page.mouse.click(offset.x + (box.left + box.right) / 2, offset.y + (box.top + box.bottom) / 2);
}

export async function clickFirstSuggestion(page: Page, index = 0): Promise<void> {
  const point = await page.evaluate((i) => {
    const root = window.__fixture.field(i).ownerDocument.querySelector("receptive-overlay")!.shadowRoot!;
    const r = root.querySelector("button[data-receptive-suggestion]")!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, index);
  const offset = await frameOffset(page, index);
  await page.mouse.click(offset.x + point.x, offset.y + point.y);
}

/** Text typed so far, as the random editor below tracks it (the caret always at the end). */
declare global {
  interface Window {
    __fixture: {
      name: string;
      ready: Promise<void>;
      field(i?: number): HTMLElement;
      text(i?: number): string;
      bold(i?: number): string[];
      /** [anchor, focus] of the editor's own selection, in offsets of text(); null when it has none. */
      selection(i?: number): [number, number] | null;
      /** Whether the editor's model is still in a composition (resolved after compositionend by some editors). */
      composing(i?: number): boolean;
    };
  }
}


/** One rect per line: the union of the rects whose tops are within 2 px (bidi text can split a line). */
function unionPerLine(rects: readonly { left: number; top: number; right: number; bottom: number }[]) {
  const out: { left: number; top: number; right: number; bottom: number }[] = [];
  for (const r of [...rects].sort((a, b) => a.top - b.top)) {
    const line = out.find((l) => Math.abs(l.top - r.top) < 2);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return out;
}

/** The boxes for [start, end) are within `tolerance` px of where the browser draws that text, line by line. */
export async function expectAligned(page: Page, rule: string, start: number, end: number, index = 0, tolerance = 2): Promise<void> {
  // Highlights are redrawn in the frame after a scroll or an edit: measure once that frame ran.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shown = unionPerLine((await waitForBoxes(page, rule, index)).filter((b) => b.start === start && b.end === end));
  const expected = unionPerLine(await expectedRects(page, start, end, index));
  expect(shown.length, `${rule}: boxes ${JSON.stringify(shown)} vs text ${JSON.stringify(expected)}`).toBe(expected.length);
  shown.forEach((box, i) => {
    const want = expected[i]!;
    for (const side of ["left", "top", "right", "bottom"] as const) {
      expect(Math.abs(box[side] - want[side]), `${rule} ${side}: ${box[side]} vs ${want[side]}`).toBeLessThanOrEqual(tolerance);
    }
  });
}

/** Waits (at most 5 s) for the card in field `index`'s document; usable in hooks too. */
export async function waitForCard(page: Page, index = 0): Promise<NonNullable<Awaited<ReturnType<typeof cardLocator>>>> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const card = await cardLocator(page, index);
    if (card) return card;
    if (Date.now() > deadline) throw new Error(`no card opened over field ${index} within 5 s`);
    await page.waitForTimeout(50);
  }
}
