// Draft.js (older Facebook and Twitter/X composers): the root has the class public-DraftEditor-content.
import { contentEditableAdapter } from "./contenteditable";

export const draftAdapter = contentEditableAdapter("draft", (el) => el.classList.contains("public-DraftEditor-content"));
