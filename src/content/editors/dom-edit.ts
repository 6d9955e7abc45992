/**
 * Editing a field the way a person would, so the editor's own handlers see it: select the range,
 * then insert text with the browser's editing command (which fires beforeinput and input, and
 * lands on the native undo stack). Editors that ignore it get the same text as a paste.
 */

/** The document's active element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function focusWithoutScrolling(field: HTMLElement): void {
  if (deepActiveElement(field.ownerDocument) !== field && !field.contains(deepActiveElement(field.ownerDocument))) {
    field.focus({ preventScroll: true });
  }
}

/** Runs the browser's insertText command on the current selection. False when the browser refused. */
export function insertTextCommand(doc: Document, text: string): boolean {
  try {
    // Deprecated but still the only way to edit that every browser routes through the editor's
    // input events and its native undo stack.
    return doc.execCommand("insertText", false, text);
  } catch {
    return false;
  }
}

/**
 * Offers `text` as a paste on `target`. Rich editors (Draft.js, Slate, Lexical, ProseMirror, Quill,
 * CKEditor) all take pastes through their own model. Returns whether a handler accepted it.
 */
export function pasteText(target: EventTarget, text: string): boolean {
  try {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    return !target.dispatchEvent(event);
  } catch {
    return false;
  }
}

/**
 * Offers `text` as a beforeinput, the event rich editors build their own edits from. Browsers
 * fire none for execCommand, so an editor that only trusts beforeinput (Slate) would otherwise see
 * its DOM change behind its model's back. Returns whether a handler took it (cancelled it): a
 * synthetic event has no default action, so nothing changed if none did.
 */
export function beforeInputText(target: EventTarget, text: string, range: AbstractRange | null): boolean {
  try {
    const event = new InputEvent("beforeinput", {
      inputType: "insertText",
      data: text,
      // What a real beforeinput carries: editors that trust only target ranges (Lexical) need it.
      targetRanges: range ? [new StaticRange(range)] : [],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    return !target.dispatchEvent(event);
  } catch {
    return false;
  }
}

/** Resolves after the editor has had a frame to re-render from its model. */
export function afterRender(view: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    view.requestAnimationFrame(() => view.setTimeout(finish, 0));
    // rAF does not run in background tabs; never hang an apply on it.
    view.setTimeout(finish, 100);
  });
}

/**
 * Resolves once the editor has seen a selection we set: after the document's next selectionchange
 * (editors sync their model's selection from it), plus `extraMs` for editors that throttle it.
 * `changed`: the selection did change, so the event will come; it is waited for up to a second
 * (a busy page can run a short timer first). Otherwise none may come, and 50 ms is enough.
 */
export function selectionSettled(doc: Document, extraMs = 0, changed = false): Promise<void> {
  const view = doc.defaultView;
  if (!view) return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener("selectionchange", finish);
      view.setTimeout(resolve, extraMs);
    };
    doc.addEventListener("selectionchange", finish);
    // No event comes when the selection was already there.
    view.setTimeout(finish, changed ? 1_000 : 50);
  });
}
