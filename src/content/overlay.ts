/**
 * The one element Receptive adds to a page: `<receptive-overlay>` with an open shadow root, fixed
 * over the viewport, drawing nothing and catching no pointer events except on its card. Highlights
 * are boxes in viewport coordinates; nothing is ever put inside the editor.
 *
 * The host's own styles are set inline with !important, which outranks any page stylesheet, so
 * rules such as `* { all: unset !important }` or `receptive-overlay { display: none }` cannot hide
 * or move it.
 *
 * A page may take the element out (some remove every element they do not know). It is put back on
 * the next redraw; a page that keeps removing it gets no highlights rather than a tug of war:
 * see removal-budget.ts.
 */
import { intersect } from "./geometry";
import { OVERLAY_CSS } from "./overlay-style";
import { afterRemoval } from "./removal-budget";

export const OVERLAY_TAG = "receptive-overlay";

export interface HighlightBox {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  rect: DOMRect;
}

interface Overlay {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** One layer per field, so fields redraw independently. */
  layers: Map<string, HTMLElement>;
  /** Whether we put the host in the page yet: once we did, finding it out means the page removed it. */
  attached: boolean;
  /** When the page removed the host (performance.now()), oldest first, within removal-budget's window. */
  removals: number[];
  /** The page removed the host too often: it stays out, and nothing is drawn in this document. */
  refused: boolean;
}

const overlays = new WeakMap<Document, Overlay>();

const HOST_STYLE: Record<string, string> = {
  all: "initial",
  display: "block",
  position: "fixed",
  top: "0",
  left: "0",
  width: "0",
  height: "0",
  overflow: "visible",
  "z-index": "2147483647",
  "pointer-events": "none",
  visibility: "visible",
  opacity: "1",
  transform: "none",
};

function styleHost(host: HTMLElement): void {
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, "important");
}

function adoptStyles(shadow: ShadowRoot): void {
  const doc = shadow.ownerDocument;
  try {
    // A constructed sheet is not subject to the page's CSP for inline styles.
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement("style");
    style.textContent = OVERLAY_CSS;
    shadow.prepend(style);
  }
}

/** The document's overlay, in the page; null once the page has removed it too often. */
function overlayFor(doc: Document): Overlay | null {
  let overlay = overlays.get(doc);
  if (!overlay) {
    const host = doc.createElement(OVERLAY_TAG);
    // Content scripts cannot define custom elements; an undefined one with a valid name can still
    // hold a shadow root.
    const shadow = host.attachShadow({ mode: "open" });
    adoptStyles(shadow);
    overlay = { host, shadow, layers: new Map(), attached: false, removals: [], refused: false };
    overlays.set(doc, overlay);
  }
  if (overlay.refused) return null;
  if (!overlay.host.isConnected) {
    if (overlay.attached && tooOftenRemoved(overlay, doc)) {
      overlay.refused = true;
      overlay.layers.clear();
      overlay.shadow.replaceChildren();
      return null;
    }
    // Outside <body>, which some apps replace wholesale.
    styleHost(overlay.host);
    doc.documentElement.append(overlay.host);
    overlay.attached = true;
  }
  return overlay;
}

/** Records one removal of the host by the page; true when that makes too many, too close together. */
function tooOftenRemoved(overlay: Overlay, doc: Document): boolean {
  // The document's monotonic clock: Date.now() jumps when the system clock is set.
  const { removals, giveUp } = afterRemoval(overlay.removals, (doc.defaultView ?? window).performance.now());
  overlay.removals = removals;
  return giveUp;
}

/**
 * The overlay's shadow root, attached to the page on first use (and again if the page removed it),
 * or null when the page would not keep it: then nothing can be measured or shown in this document.
 */
export function overlayShadow(doc: Document): ShadowRoot | null {
  return overlayFor(doc)?.shadow ?? null;
}

/**
 * Replaces a field's highlight boxes. `clip` is the part of the viewport where the field's text
 * shows; `dark` whether the field is drawn on a dark background.
 */
export function drawHighlights(doc: Document, layerId: string, boxes: readonly HighlightBox[], clip: DOMRect | null, dark: boolean): void {
  const overlay = overlayFor(doc);
  if (!overlay) return;
  let layer = overlay.layers.get(layerId);
  if (!layer) {
    layer = doc.createElement("div");
    layer.className = "layer";
    layer.dataset.field = layerId;
    overlay.layers.set(layerId, layer);
  }
  if (!layer.isConnected) overlay.shadow.append(layer);
  setData(layer, "theme", dark ? "dark" : "light");
  const existing = layer.children;
  let used = 0;
  for (const box of boxes) {
    const r = clip ? intersect(box.rect, clip) : box.rect;
    if (!r) continue;
    let el = existing[used] as HTMLElement | undefined;
    if (!el) {
      el = doc.createElement("div");
      el.setAttribute("data-receptive-highlight", "");
      layer.append(el);
    }
    used += 1;
    setData(el, "rule", box.rule);
    setData(el, "category", box.category);
    setData(el, "severity", box.severity);
    setData(el, "start", String(box.start));
    setData(el, "end", String(box.end));
    // Clipped at the top or bottom means the underline (drawn at the text's baseline) is hidden too.
    el.classList.toggle("clipped-bottom", r.bottom < box.rect.bottom - 0.5);
    const s = el.style;
    s.left = `${r.left}px`;
    s.top = `${r.top}px`;
    s.width = `${r.width}px`;
    s.height = `${r.height}px`;
  }
  while (existing.length > used) existing[existing.length - 1]!.remove();
}

export function clearHighlights(doc: Document, layerId: string): void {
  const overlay = overlays.get(doc);
  const layer = overlay?.layers.get(layerId);
  if (!overlay || !layer) return;
  layer.remove();
  overlay.layers.delete(layerId);
}

/** Removes the overlay from the page entirely (the extension was turned off here, or reloaded). */
export function removeOverlay(doc: Document): void {
  const overlay = overlays.get(doc);
  if (!overlay) return;
  overlay.host.remove();
  overlays.delete(doc);
}

function setData(el: HTMLElement, key: string, value: string): void {
  if (el.dataset[key] !== value) el.dataset[key] = value;
}
