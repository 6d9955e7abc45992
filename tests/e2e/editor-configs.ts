/**
 * The editors every per-editor e2e test runs in: a fixture page (tests/e2e/fixtures/editors/),
 * which of its editors, and whether the editor's model has bold. Shared so that a new editor
 * fixture gets every test at once.
 */
export interface EditorConfig {
  name: string;
  index: number;
  rich: boolean;
}

export const EDITOR_CONFIGS: readonly EditorConfig[] = [
  { name: "textarea", index: 0, rich: false },
  { name: "react-textarea", index: 0, rich: false },
  { name: "input", index: 0, rich: false },
  { name: "mail", index: 0, rich: false },
  { name: "lexical", index: 0, rich: true },
  { name: "slate", index: 0, rich: true },
  { name: "quill", index: 0, rich: true },
  { name: "prosemirror", index: 0, rich: true },
  { name: "draftjs", index: 0, rich: true },
  { name: "ckeditor5", index: 0, rich: true },
  { name: "iframe", index: 0, rich: false }, // contenteditable in <iframe srcdoc>
  { name: "iframe", index: 1, rich: false }, // contenteditable in an about:blank iframe filled by script
  { name: "shadow", index: 0, rich: false }, // contenteditable in an open shadow root
  { name: "shadow", index: 1, rich: false }, // textarea in an open shadow root
];

/** How test names refer to an editor: the fixture's name, with "#index" for a page's second editor. */
export function editorLabel({ name, index }: EditorConfig): string {
  return index === 0 ? name : `${name}#${index}`;
}
