/**
 * The content script every matching frame runs at page load: a loader of about a kilobyte. It waits
 * for the person to focus a text field (or for the popup to ask about this frame) and only then
 * imports the rest, content-main.js. Most frames of a messaging site never hold a draft, and each
 * would otherwise compile and run the whole script on every load.
 *
 * The rest comes from the extension's own package through runtime.getURL, listed in
 * web_accessible_resources with use_dynamic_url in Chrome, so a page can neither load it by a URL
 * it knows nor use it to tell that Receptive is installed.
 */
import { listenForPageRequests, nativeRuntime, type PageRequestHandler } from "./page-requests";

type ContentMain = typeof import("./main");

// Injected again into a tab where it already runs (a site turned off and on), it stays out: the
// running one follows the settings by itself.
const LOADED = Symbol.for("receptive.contentScript");
const scope = globalThis as typeof globalThis & { [LOADED]?: true };

/** What the rest of the content script takes: focus in one of these may start a draft. */
function mayBeTextField(node: EventTarget | null | undefined): boolean {
  if (!(node instanceof Element)) return false;
  return node.localName === "textarea" || node.localName === "input" || (node as HTMLElement).isContentEditable;
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function waitForFirstField(view: Window & typeof globalThis): void {
  const runtime = nativeRuntime();
  if (!runtime) return;
  let started: Promise<PageRequestHandler | null> | null = null;

  const load = async (): Promise<PageRequestHandler | null> => {
    try {
      // Spelled out as chrome.runtime.getURL (present in Firefox too): Mozilla's linter accepts a
      // dynamic import only of that, and so can a reader.
      const main = (await import(chrome.runtime.getURL("content-main.js"))) as ContentMain;
      view.document.removeEventListener("focusin", onFocusIn, true);
      return main.startContentScript(view);
    } catch {
      // The extension went away or this frame cannot load it: the frame goes without.
      return null;
    }
  };
  const start = (): Promise<PageRequestHandler | null> => (started ??= load());

  const onFocusIn = (e: FocusEvent): void => {
    try {
      if (mayBeTextField(e.composedPath()[0])) void start();
    } catch {
      // Nothing of ours may reach the page.
    }
  };

  view.document.addEventListener("focusin", onFocusIn, true);
  listenForPageRequests(runtime, start);
  // The script may arrive after the person is already in a box.
  if (mayBeTextField(deepActiveElement(view.document))) void start();
}

try {
  if (!scope[LOADED]) {
    scope[LOADED] = true;
    waitForFirstField(window);
  }
} catch {
  // A page that broke our setup gets no highlights, and nothing else changes for it.
}
