/** Whether the field is drawn on a dark background (the site's own dark mode, whatever the OS says). */
export function isDarkBehind(field: HTMLElement): boolean {
  const view = field.ownerDocument.defaultView;
  if (!view) return false;
  let node: Element | null = field;
  while (node) {
    const color = parseColor(view.getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0.5) return luminance(color) < 0.4;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return view.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}
