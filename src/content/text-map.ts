/**
 * The text of a contenteditable region as a person reads it, with a map back to DOM positions.
 *
 * Blocks and <br> become "\n"; a block adds a "\n" only where the text does not already end with
 * one, so `<p>a</p><p><br></p><p>b</p>` reads "a\n\nb", as editors' own models do. Parts that are
 * not the person's own words (quoted replies, signatures, non-editable islands such as mentions or
 * placeholders) are left out and count as a line break, so sentences never run across them.
 */

/** A run of one text node's characters in the field's text. */
interface Segment {
  node: Text;
  /** Offset of the run's first character in the field's text. */
  start: number;
  /** Offset of the run's first character in the node. */
  nodeStart: number;
  length: number;
}

export interface TextMap {
  readonly text: string;
  /** The DOM point for a text offset. `affinity` picks the side at a segment boundary. */
  point(offset: number, affinity: "forward" | "backward"): { node: Text; offset: number } | null;
  /** The text offset of a DOM point inside the root, or -1 when it is not on mapped text. */
  offsetOf(node: Node, offset: number): number;
  /** Text nodes covering [start, end), each with the node-relative slice. */
  pieces(start: number, end: number): { node: Text; from: number; to: number }[];
}

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);

const NEVER_TEXT = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "IMG", "VIDEO", "AUDIO", "CANVAS", "IFRAME", "OBJECT"]);

/**
 * Quoted replies and signatures in webmail composers (Gmail, Outlook, Thunderbird, Apple Mail and
 * generic `blockquote`): the other person's words, or boilerplate, never the draft.
 */
const NOT_THE_DRAFT =
  'blockquote, .gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .moz-cite-prefix, ' +
  '.moz-signature, #divRplyFwdMsg, #appendonsend, #Signature, [type="cite"], [data-receptive="off"]';

/**
 * Characters editors keep in the DOM to hold a caret (Slate's and Lexical's zero-width space or BOM,
 * CKEditor's run of seven word joiners); they are not text.
 */
const CARET_HOLDER = /[\uFEFF\u200B\u2060]+/g;

function skipped(el: Element, root: Element): boolean {
  if (NEVER_TEXT.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute("contenteditable") === "false" && el !== root) return true;
  if ((el as HTMLElement).hidden || el.getAttribute("aria-hidden") === "true") return true;
  return el.matches(NOT_THE_DRAFT);
}

export function mapText(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  // The text is gathered in parts and joined once: asking a string built by `+=` about its end
  // flattens it, which made reading a field of many blocks quadratic (minutes for a 1 MB draft).
  const parts: string[] = [];
  let length = 0;
  let endsWithNewline = false;
  const add = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithNewline = s.endsWith("\n");
  };
  const newline = () => {
    if (length > 0 && !endsWithNewline) add("\n");
  };

  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        let from = 0;
        const addRun = (to: number) => {
          if (to > from) {
            segments.push({ node: child as Text, start: length, nodeStart: from, length: to - from });
            add(data.slice(from, to));
          }
        };
        for (const holder of data.matchAll(CARET_HOLDER)) {
          addRun(holder.index);
          from = holder.index + holder[0].length;
        }
        addRun(data.length);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.tagName === "BR") {
          // The last <br> of a line that already has text draws nothing (the block's end breaks the
          // line); any other <br> is a line, including the one that holds an empty block open.
          const endsLine = nextMeaningful(el) === null && (el.parentElement === root || isBlock(el.parentElement));
          if (!endsLine || length === 0 || endsWithNewline) add("\n");
          continue;
        }
        if (skipped(el, root)) {
          newline();
          continue;
        }
        const block = isBlock(el);
        if (block) newline();
        visit(el);
        if (block) newline();
      }
    }
  };
  visit(root);
  let text = parts.join("");
  // Blocks leave a trailing "\n" that no editor model has.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end -= 1;
  if (end < text.length) text = text.slice(0, end);

  return {
    text,
    point(offset, affinity) {
      if (segments.length === 0) return null;
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const s = segments[mid]!;
        const inside = affinity === "forward" ? offset < s.start + s.length : offset <= s.start + s.length;
        if (inside) hi = mid;
        else lo = mid + 1;
      }
      const s = segments[lo]!;
      const at = Math.max(0, Math.min(s.length, offset - s.start));
      return { node: s.node, offset: s.nodeStart + at };
    },
    offsetOf(node, offset) {
      if (node.nodeType === Node.TEXT_NODE) {
        const runs = segments.filter((seg) => seg.node === node);
        if (runs.length > 0) {
          // Inside a run, or in a caret holder after it: the text offset where that lands.
          let best = runs[0]!.start;
          for (const s of runs) {
            if (offset >= s.nodeStart) best = s.start + Math.min(offset - s.nodeStart, s.length);
          }
          return best;
        }
      }
      if (!root.contains(node)) return -1;
      // A point between elements, or in text that is not mapped: the next mapped character.
      const probe = (root.ownerDocument ?? document).createRange();
      try {
        probe.setStart(node, offset);
      } catch {
        return -1;
      }
      for (const s of segments) {
        if (probe.comparePoint(s.node, 0) >= 0) return s.start;
      }
      return text.length;
    },
    pieces(start, end) {
      const out: { node: Text; from: number; to: number }[] = [];
      for (const s of segments) {
        if (s.start >= end) break;
        if (s.start + s.length <= start) continue;
        out.push({
          node: s.node,
          from: s.nodeStart + Math.max(0, start - s.start),
          to: s.nodeStart + Math.min(s.length, end - s.start),
        });
      }
      return out;
    },
  };
}

function isBlock(el: Element | null): boolean {
  return el !== null && BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function nextMeaningful(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && (next as Text).data.length === 0) next = next.nextSibling;
  return next;
}
