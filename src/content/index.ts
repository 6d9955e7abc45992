// The content script's entry: everything heavy happens on first focus in a message box, and the
// engine itself runs in the background.
import { startContentScript } from "./controller";

try {
  startContentScript(window);
} catch {
  // A page that broke our setup gets no highlights, and nothing else changes for it.
}
