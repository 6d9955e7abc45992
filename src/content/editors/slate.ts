// Slate (slate-react; Discord's and Slack's composers are Slate-like): the root carries
// data-slate-editor. Empty lines hold a zero-width character, which text-map.ts leaves out.
import { contentEditableAdapter } from "./contenteditable";

// slate-react throttles its selectionchange handler to 100 ms.
export const slateAdapter = contentEditableAdapter("slate", (el) => el.hasAttribute("data-slate-editor"), {
  selectionSettleMs: 110,
});
