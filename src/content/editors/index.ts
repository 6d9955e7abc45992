/** Every editor family the content script knows, most specific first; plain contenteditable last. */
import { ckeditorAdapter } from "./ckeditor";
import { contentEditableAdapter } from "./contenteditable";
import { draftAdapter } from "./draft";
import { lexicalAdapter } from "./lexical";
import { proseMirrorAdapter } from "./prosemirror";
import { quillAdapter } from "./quill";
import { slateAdapter } from "./slate";
import { textareaAdapter } from "./textarea";
import type { EditorAdapter } from "./types";

const plainContentEditable = contentEditableAdapter("contenteditable", (el) => el.isContentEditable);

const ADAPTERS: readonly EditorAdapter[] = [
  textareaAdapter,
  lexicalAdapter,
  slateAdapter,
  proseMirrorAdapter,
  quillAdapter,
  draftAdapter,
  ckeditorAdapter,
  plainContentEditable,
];

export function adapterFor(field: HTMLElement): EditorAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(field)) ?? null;
}

export type { EditorAdapter, FieldText } from "./types";
