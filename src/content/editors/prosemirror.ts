// ProseMirror and the editors built on it (TipTap, Atlassian, Teams' newer composer): the root has
// the class ProseMirror. Its DOM observer and input handlers turn insertText into a transaction.
import { contentEditableAdapter } from "./contenteditable";

export const proseMirrorAdapter = contentEditableAdapter("prosemirror", (el) => el.classList.contains("ProseMirror"));
