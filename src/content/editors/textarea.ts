/**
 * <textarea> and one-line <input>: the value is the text, a mirror gives the rects, and edits go
 * through setSelectionRange and insertText, so React's onChange fires and Ctrl+Z undoes them.
 */
import { measurePlainField, type PlainField } from "../mirror";
import { overlayShadow } from "../overlay";
import { afterRender, deepActiveElement, focusWithoutScrolling, insertTextCommand } from "./dom-edit";
import type { EditorAdapter, FieldText } from "./types";

function isPlainField(el: HTMLElement): el is PlainField {
  return el.tagName === "TEXTAREA" || el.tagName === "INPUT";
}

function read(field: HTMLElement): FieldText {
  const plain = field as PlainField;
  const text = plain.value;
  const focused = () => deepActiveElement(field.ownerDocument) === field;
  return {
    text,
    rects(ranges) {
      // The mirror that measures the text lives in the overlay; without one, nothing is drawn anyway.
      const container = overlayShadow(field.ownerDocument);
      return container ? measurePlainField(plain, ranges, container) : ranges.map(() => []);
    },
    caret: () => (focused() ? (plain.selectionEnd ?? -1) : -1),
    selection: () => (focused() && plain.selectionStart !== null ? [plain.selectionStart, plain.selectionEnd ?? plain.selectionStart] : null),
    select(start, end) {
      focusWithoutScrolling(field);
      plain.setSelectionRange(start, end);
      return true;
    },
  };
}

export const textareaAdapter: EditorAdapter = {
  name: "textarea",
  matches: isPlainField,
  read,
  async replace(field, before, start, end, replacement) {
    const plain = field as PlainField;
    if (plain.value !== before.text) return false;
    const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
    read(field).select(start, end);
    if (!insertTextCommand(field.ownerDocument, replacement) && plain.value === before.text) {
      // The browser refused the command (say, the field is in a document that is not focused): set
      // the text natively and tell the page as an input event, as a person's edit would.
      plain.setRangeText(replacement, start, end, "end");
      plain.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }));
    }
    if (plain.value === expected) return true;
    // A controlled field may re-render from its own state a frame later.
    const view = field.ownerDocument.defaultView;
    if (view) await afterRender(view);
    return plain.value === expected;
  },
};
