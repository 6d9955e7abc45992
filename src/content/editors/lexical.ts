// Lexical (Meta; Facebook, Messenger, WhatsApp Web composers): the root carries data-lexical-editor.
// It handles insertText as a beforeinput on its own model and history.
import { contentEditableAdapter } from "./contenteditable";

export const lexicalAdapter = contentEditableAdapter("lexical", (el) => el.hasAttribute("data-lexical-editor"));
