/**
 * Which element is "the message box" for an event, and which boxes to leave alone.
 */

const OPTED_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-receptive="off"]';
const CODE_EDITORS = ".cm-editor, .CodeMirror, .monaco-editor, .ace_editor";
const SEARCH_HINT = /\b(search|find|query|filter)\b/i;
const TEXT_INPUT_TYPES = new Set(["text", "search"]);

/** The element an event really started on, looking into open shadow roots. */
export function eventOrigin(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
}

/** `closest` that continues from a shadow root to its host. */
function closestDeep(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function isSearchBox(input: HTMLInputElement): boolean {
  const role = input.getAttribute("role");
  if (role === "searchbox" || role === "combobox") return true;
  if (closestDeep(input, '[role="search"], search')) return true;
  const hints = [input.name, input.id, input.placeholder, input.getAttribute("aria-label") ?? "", input.getAttribute("enterkeyhint") ?? ""];
  return hints.some((h) => SEARCH_HINT.test(h));
}

/** The topmost element of the contenteditable region `el` is in (nested editors belong to their host). */
function editableRoot(el: Element): HTMLElement | null {
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  return root;
}

/**
 * The field to check for an event on `el`, or null when there is none or it must be left alone:
 * password and other non-text inputs, read-only fields, search boxes, code editors, and anything
 * the page marked as opted out.
 */
export function fieldFor(el: Element | null): HTMLElement | null {
  if (!el) return null;
  let field: HTMLElement | null = null;
  if (el instanceof HTMLTextAreaElement) {
    if (el.readOnly || el.disabled) return null;
    field = el;
  } else if (el instanceof HTMLInputElement) {
    if (!TEXT_INPUT_TYPES.has(el.type) || el.readOnly || el.disabled || isSearchBox(el)) return null;
    field = el;
  } else {
    field = editableRoot(el);
  }
  if (!field) return null;
  if (closestDeep(field, OPTED_OUT) || closestDeep(field, CODE_EDITORS)) return null;
  return field;
}
