/**
 * Where characters of a textarea or input are drawn. Their text has no DOM of its own, so a hidden
 * element with the field's text metrics lays the same text out, and the ranges' rects are read off
 * that copy, then moved to the field's padding box and scroll position.
 *
 * One mirror is shared by every field of the document and lives inside our own shadow root, so the
 * page's layout and styles never see it.
 */

import { mergeLines } from "./geometry";

export type PlainField = HTMLTextAreaElement | HTMLInputElement;

// Everything that decides where a glyph lands inside the content box.
const COPIED = [
  "direction", "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style", "font-variant",
  "font-weight", "font-feature-settings", "font-variation-settings", "font-kerning", "font-optical-sizing",
  "letter-spacing", "word-spacing", "line-height", "text-align", "text-indent", "text-transform",
  "text-rendering", "tab-size", "word-break", "overflow-wrap", "hyphens", "unicode-bidi", "writing-mode",
  "padding-top", "padding-right", "padding-bottom", "padding-left",
] as const;

let mirror: HTMLDivElement | null = null;

function mirrorIn(container: ShadowRoot): HTMLDivElement {
  if (mirror && mirror.getRootNode() === container && mirror.isConnected) return mirror;
  mirror = container.ownerDocument.createElement("div");
  mirror.setAttribute("aria-hidden", "true");
  mirror.className = "mirror";
  container.append(mirror);
  return mirror;
}

/** The last measurement per field, in the mirror's own coordinates: redraws that change nothing reuse it. */
interface Measured {
  key: string;
  rects: DOMRect[][];
  height: number;
}
const measured = new WeakMap<PlainField, Measured>();
/** Bumped when glyphs may have changed size with the same styles (a web font arrived). */
let fontsGeneration = 0;

export function forgetMeasurements(): void {
  fontsGeneration += 1;
}

/**
 * The client rects (viewport coordinates) of each [start, end) of the field's value, one list per
 * range, in the order given. Ranges must not overlap. Reads layout once for all of them.
 *
 * Laying the mirror out costs time in proportion to the text, and a redraw comes with every
 * keystroke, scroll and resize. So the layout is redone only when something that decides it
 * changed: the text up to the end of the paragraph holding the last range (later paragraphs
 * cannot move earlier glyphs), the ranges, the width and the text styles. Typing further down a
 * long draft, or scrolling, only moves the cached rects.
 */
export function measurePlainField(
  field: PlainField,
  ranges: readonly (readonly [number, number])[],
  container: ShadowRoot,
): DOMRect[][] {
  if (ranges.length === 0) return [];
  const view = field.ownerDocument.defaultView;
  if (!view) return ranges.map(() => []);
  const style = view.getComputedStyle(field);
  const isInput = field instanceof view.HTMLInputElement;
  const padLeft = parseFloat(style.paddingLeft) || 0;
  const padRight = parseFloat(style.paddingRight) || 0;
  // clientWidth is the padding box without any scrollbar: the width the text wraps in.
  const contentWidth = Math.max(0, field.clientWidth - padLeft - padRight);

  const value = field.value;
  const lastEnd = Math.min(ranges[ranges.length - 1]![1], value.length);
  const paragraphEnd = isInput ? -1 : value.indexOf("\n", lastEnd);
  const text = paragraphEnd < 0 ? value : value.slice(0, paragraphEnd);
  const styles = COPIED.map((prop) => style.getPropertyValue(prop)).join("\u0001");
  const key = `${isInput ? "i" : "t"}${contentWidth}@${view.devicePixelRatio}#${fontsGeneration}\u0002${styles}\u0002${ranges.join(";")}\u0002${text}`;
  let laid = measured.get(field);
  if (laid?.key !== key) {
    laid = { key, ...layOut(field, style, isInput, contentWidth, text, ranges, container) };
    measured.set(field, laid);
  }

  const fieldBox = field.getBoundingClientRect();
  // The field's padding box starts clientLeft/clientTop in (borders, and a left scrollbar in RTL).
  const dx = fieldBox.left + field.clientLeft - field.scrollLeft;
  let dy = fieldBox.top + field.clientTop - field.scrollTop;
  if (isInput) {
    // An input centres its one line vertically in its content box.
    const padTop = parseFloat(style.paddingTop) || 0;
    const padBottom = parseFloat(style.paddingBottom) || 0;
    const inner = field.clientHeight - padTop - padBottom;
    const line = laid.height - padTop - padBottom;
    dy += Math.max(0, (inner - line) / 2);
  }
  return laid.rects.map((list) => list.map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height)));
}

/** Lays `text` out in the mirror as the field would, and reads each range's rects relative to the mirror. */
function layOut(
  field: PlainField,
  style: CSSStyleDeclaration,
  isInput: boolean,
  contentWidth: number,
  text: string,
  ranges: readonly (readonly [number, number])[],
  container: ShadowRoot,
): { rects: DOMRect[][]; height: number } {
  const el = mirrorIn(container);
  const s = el.style;
  s.cssText = "";
  for (const prop of COPIED) s.setProperty(prop, style.getPropertyValue(prop));
  s.setProperty("position", "fixed");
  s.setProperty("left", "0");
  s.setProperty("top", "0");
  s.setProperty("visibility", "hidden");
  s.setProperty("pointer-events", "none");
  s.setProperty("box-sizing", "content-box");
  s.setProperty("border", "0");
  s.setProperty("margin", "0");
  s.setProperty("overflow", "hidden");
  // Its layout stays its own: nothing in the page is laid out again because of it.
  s.setProperty("contain", "layout style paint");
  s.setProperty("white-space", isInput ? "pre" : "pre-wrap");
  if (!isInput && style.getPropertyValue("overflow-wrap") === "normal" && style.getPropertyValue("word-break") === "normal") {
    // Textareas wrap long words even when their computed overflow-wrap says normal.
    s.setProperty("overflow-wrap", "break-word");
  }
  s.setProperty("width", isInput ? "auto" : `${contentWidth}px`);
  if (isInput) s.setProperty("min-width", `${contentWidth}px`);

  const doc = field.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const marks: HTMLSpanElement[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(at, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    if (from > at) fragment.append(text.slice(at, from));
    const mark = doc.createElement("span");
    mark.textContent = text.slice(from, to);
    fragment.append(mark);
    marks.push(mark);
    at = to;
  }
  // The rest of the paragraph still matters: it decides where the last marked word wraps.
  fragment.append(text.slice(at) + "\u200b");
  el.replaceChildren(fragment);

  const box = el.getBoundingClientRect();
  const rects = marks.map((mark) =>
    mergeLines(mark.getClientRects()).map((r) => new DOMRect(r.left - box.left, r.top - box.top, r.width, r.height)),
  );
  el.replaceChildren();
  return { rects, height: box.height };
}
