// Quill: the root has the class ql-editor; Quill reads DOM mutations back into its Delta model.
import { contentEditableAdapter } from "./contenteditable";

export const quillAdapter = contentEditableAdapter("quill", (el) => el.classList.contains("ql-editor"));
