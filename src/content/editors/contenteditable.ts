/**
 * Contenteditable regions: plain ones (webmail composers) and the rich-text frameworks built on
 * them. Text comes from the DOM (src/content/text-map.ts), rects from Ranges, and edits go through
 * the selection and the browser's insertText command, which the frameworks handle as typing.
 */
import { mergeLines } from "../geometry";
import { mapText, type TextMap } from "../text-map";
import { afterRender, beforeInputText, focusWithoutScrolling, insertTextCommand, pasteText, selectionSettled } from "./dom-edit";
import type { EditorAdapter, FieldText } from "./types";

/** The selection as seen from inside the field's tree (shadow roots included). */
function selectionRange(field: HTMLElement): AbstractRange | null {
  const doc = field.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return null;
  const root = field.getRootNode();
  if (root !== doc && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    const shadow = root as ShadowRoot;
    const composed = (selection as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] })
      .getComposedRanges;
    if (typeof composed === "function") return composed.call(selection, { shadowRoots: [shadow] })[0] ?? null;
    const legacy = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    return legacy && legacy.rangeCount > 0 ? legacy.getRangeAt(0) : null;
  }
  return selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

function fieldText(field: HTMLElement, map: TextMap): FieldText {
  const doc = field.ownerDocument;
  return {
    text: map.text,
    rects(ranges) {
      const range = doc.createRange();
      return ranges.map(([start, end]) => {
        const rects: DOMRect[] = [];
        // Rects per text node: a Range over elements would add each element's own box as well.
        for (const piece of map.pieces(start, end)) {
          range.setStart(piece.node, piece.from);
          range.setEnd(piece.node, piece.to);
          rects.push(...range.getClientRects());
        }
        return mergeLines(rects);
      });
    },
    caret() {
      const range = selectionRange(field);
      if (!range || !field.contains(range.endContainer)) return -1;
      return map.offsetOf(range.endContainer, range.endOffset);
    },
    selection() {
      const range = selectionRange(field);
      if (!range || !field.contains(range.startContainer) || !field.contains(range.endContainer)) return null;
      const start = map.offsetOf(range.startContainer, range.startOffset);
      const end = map.offsetOf(range.endContainer, range.endOffset);
      return start < 0 || end < 0 ? null : [start, end];
    },
    select(start, end) {
      const from = map.point(start, "forward");
      const to = map.point(end, "backward");
      const selection = doc.getSelection();
      if (!from || !to || !selection) return false;
      focusWithoutScrolling(field);
      selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      return true;
    },
  };
}

/**
 * The ways to hand an editor a replacement, tried in order until one changes the text:
 * - beforeinput: a synthetic insertText beforeinput, taken only by editors that cancel it and
 *   edit their own model (nothing happens otherwise);
 * - insertText: the browser's editing command, which changes the DOM, fires input and lands on
 *   the native undo stack; editors that watch the DOM (ProseMirror, Quill, Lexical, Draft.js,
 *   CKEditor) pick it up;
 * - paste: a synthetic paste with the text, which every rich editor handles through its model.
 */
export type EditMethod = "beforeinput" | "insertText" | "paste";

export interface ContentEditableOptions {
  /** Default: beforeinput, insertText, paste. */
  methods?: readonly EditMethod[];
  /** How long the editor takes, after a selectionchange, to adopt a selection set from outside. */
  selectionSettleMs?: number;
}

const DEFAULT_METHODS: readonly EditMethod[] = ["beforeinput", "insertText", "paste"];

export function contentEditableAdapter(
  name: string,
  matches: (field: HTMLElement) => boolean,
  options: ContentEditableOptions = {},
): EditorAdapter {
  const read = (field: HTMLElement) => fieldText(field, mapText(field));
  return {
    name,
    matches,
    read,
    async replace(field, before, start, end, replacement) {
      const view = field.ownerDocument.defaultView;
      if (!view) return false;
      const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
      for (const how of options.methods ?? DEFAULT_METHODS) {
        const now = read(field);
        // Only try again while the field is exactly as it was: never stack a second edit on a first.
        if (now.text !== before.text) return now.text === expected;
        if (!(await selectForEdit(field, read, before.text, start, end, options.selectionSettleMs))) return false;
        // The command reports false when the editor cancelled beforeinput to make the edit itself,
        // so what counts is the text a frame later, not the return value.
        if (how === "beforeinput") {
          if (!beforeInputText(selectionTarget(field), replacement, selectionRange(field))) continue;
        } else if (how === "insertText") {
          insertTextCommand(field.ownerDocument, replacement);
        } else {
          pasteText(selectionTarget(field), replacement);
        }
        await afterRender(view);
        const after = read(field);
        if (after.text === expected) {
          // Some editors (Draft.js) restore their own idea of the caret after re-rendering.
          const caret = start + replacement.length;
          if (after.caret() !== caret) after.select(caret, caret);
          return true;
        }
        if (after.text !== before.text) return false;
      }
      return false;
    },
  };
}

/**
 * Selects [start, end) and waits until the editor has taken that selection as its own: an editor
 * edits its model's selection, and one that has not seen ours yet would put the replacement at
 * the old caret (the one the click on the highlight left). The wait is for the selectionchange
 * our selecting causes, which reaches the editor's listener before ours; on a busy page it can
 * come after a short timer would have. False when the text changed meanwhile, or the editor kept
 * putting another selection back.
 */
async function selectForEdit(
  field: HTMLElement,
  read: (field: HTMLElement) => FieldText,
  text: string,
  start: number,
  end: number,
  settleMs = 0,
): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const now = read(field);
    if (now.text !== text) return false;
    const had = now.selection();
    if (!now.select(start, end)) return false;
    const moved = had === null || had[0] !== start || had[1] !== end;
    await selectionSettled(field.ownerDocument, settleMs, moved);
    const after = read(field);
    if (after.text !== text) return false;
    const selected = after.selection();
    // An editor re-rendering from its model can put its older selection back over ours.
    if (selected && selected[0] === start && selected[1] === end) return true;
  }
  return false;
}

/** Where a paste would go: the element holding the selection's start, inside the field. */
function selectionTarget(field: HTMLElement): EventTarget {
  const range = selectionRange(field);
  const node = range?.startContainer;
  const el = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  return el && field.contains(el) ? el : field;
}
