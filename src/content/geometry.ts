/** Rectangle arithmetic for drawing highlights. */

/** The overlap of two rects, or null when they overlap by less than half a pixel either way. */
export function intersect(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right - left > 0.5 && bottom - top > 0.5 ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/**
 * Joins touching rects of one line into one box, as a person sees a highlighted phrase. Browsers
 * split a line's rects at text-node boundaries, and at fractional zoom even within one node.
 */
export function mergeLines(rects: Iterable<DOMRect>): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of rects) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    const last = out.at(-1);
    const sameLine = last && Math.abs(last.top - r.top) < 2 && Math.abs(last.bottom - r.bottom) < 2;
    if (last && sameLine && r.left <= last.right + 1 && r.right >= last.left - 1) {
      const left = Math.min(last.left, r.left);
      const top = Math.min(last.top, r.top);
      out[out.length - 1] = new DOMRect(left, top, Math.max(last.right, r.right) - left, Math.max(last.bottom, r.bottom) - top);
    } else {
      out.push(r);
    }
  }
  return out;
}
