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

/**
 * The client rects (viewport coordinates) of each [start, end) of the field's value, one list per
 * range, in the order given. Ranges must not overlap. Reads layout once for all of them.
 */
export function measurePlainField(
  field: PlainField,
  ranges: readonly (readonly [number, number])[],
  container: ShadowRoot,
): DOMRect[][] {
  const out: DOMRect[][] = ranges.map(() => []);
  if (ranges.length === 0) return out;
  const view = field.ownerDocument.defaultView;
  if (!view) return out;
  const style = view.getComputedStyle(field);
  const el = mirrorIn(container);
  const isInput = field instanceof view.HTMLInputElement;

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
  s.setProperty("white-space", isInput ? "pre" : "pre-wrap");
  if (!isInput && style.getPropertyValue("overflow-wrap") === "normal" && style.getPropertyValue("word-break") === "normal") {
    // Textareas wrap long words even when their computed overflow-wrap says normal.
    s.setProperty("overflow-wrap", "break-word");
  }
  const padLeft = parseFloat(style.paddingLeft) || 0;
  const padRight = parseFloat(style.paddingRight) || 0;
  // clientWidth is the padding box without any scrollbar: the width the text wraps in.
  const contentWidth = Math.max(0, field.clientWidth - padLeft - padRight);
  s.setProperty("width", isInput ? "auto" : `${contentWidth}px`);
  if (isInput) s.setProperty("min-width", `${contentWidth}px`);

  const value = field.value;
  const doc = field.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const marks: HTMLSpanElement[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(at, Math.min(start, value.length));
    const to = Math.max(from, Math.min(end, value.length));
    if (from > at) fragment.append(value.slice(at, from));
    const mark = doc.createElement("span");
    mark.textContent = value.slice(from, to);
    fragment.append(mark);
    marks.push(mark);
    at = to;
  }
  // The rest of the text still matters: it decides where the last marked word wraps.
  fragment.append(value.slice(at) + "\u200b");
  el.replaceChildren(fragment);

  const box = el.getBoundingClientRect();
  const field_ = field.getBoundingClientRect();
  // The field's padding box starts clientLeft/clientTop in (borders, and a left scrollbar in RTL).
  let dx = field_.left + field.clientLeft - box.left - field.scrollLeft;
  let dy = field_.top + field.clientTop - box.top - field.scrollTop;
  if (isInput) {
    // An input centres its one line vertically in its content box.
    const padTop = parseFloat(style.paddingTop) || 0;
    const padBottom = parseFloat(style.paddingBottom) || 0;
    const inner = field.clientHeight - padTop - padBottom;
    const line = box.height - padTop - padBottom;
    dy += Math.max(0, (inner - line) / 2);
  }
  marks.forEach((mark, i) => {
    out[i] = mergeLines(mark.getClientRects()).map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
  });
  el.replaceChildren();
  return out;
}
