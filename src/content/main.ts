// The part of the content script loaded on first focus in a text field (as content-main.js, an ES
// module the loader imports): field sessions, overlay, card and editor adapters.
export { startContentScript } from "./controller";
