// CKEditor 5: the editable root has the class ck-editor__editable; it maps beforeinput onto its model.
import { contentEditableAdapter } from "./contenteditable";

export const ckeditorAdapter = contentEditableAdapter("ckeditor5", (el) => el.classList.contains("ck-editor__editable"));
