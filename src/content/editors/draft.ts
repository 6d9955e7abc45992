// Draft.js (older Facebook and Twitter/X composers): the root has the class public-DraftEditor-content.
import { contentEditableAdapter } from "./contenteditable";

// A paste first: Draft.js takes it into its model and React re-renders the text from there.
// Draft ignores a synthetic beforeinput, and the browser's insertText edits the DOM behind React:
// over a whole leaf it replaces the spans React rendered, after which React keeps patching nodes
// that are gone. The model still changes, but the page goes on showing the old text, and the
// next character typed is lost.
export const draftAdapter = contentEditableAdapter("draft", (el) => el.classList.contains("public-DraftEditor-content"), {
  methods: ["paste", "insertText"],
});
