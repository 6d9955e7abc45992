// The content script's entry: everything heavy happens on first focus in a message box, and the
// engine itself runs in the background.
import { startContentScript } from "./controller";

// Injected again into a tab where it already runs (a site turned off and on), it stays out: the
// running one follows the settings by itself.
const LOADED = Symbol.for("receptive.contentScript");
const scope = globalThis as typeof globalThis & { [LOADED]?: true };

try {
  if (!scope[LOADED]) {
    scope[LOADED] = true;
    startContentScript(window);
  }
} catch {
  // A page that broke our setup gets no highlights, and nothing else changes for it.
}
