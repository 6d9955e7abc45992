/**
 * What the content script needs from an editor family. An adapter reads the field's text, says
 * where a range of it is drawn, and replaces a range through the editor so that the editor's own
 * model, undo stack and caret stay right.
 */

/** The text of a field at one moment, and how to find its characters on screen. */
export interface FieldText {
  readonly text: string;
  /**
   * For each [start, end) given (not overlapping, in order), the client rects (viewport
   * coordinates) of its line fragments, in reading order. One call reads layout once.
   */
  rects(ranges: readonly (readonly [number, number])[]): DOMRect[][];
  /** The caret's offset into `text`, or -1 when the selection is not inside the field. */
  caret(): number;
  /** The selection's [start, end] offsets into `text`, or null when it is not inside the field. */
  selection(): [number, number] | null;
  /** Puts the selection on [start, end) of `text` (the field keeps or takes focus). */
  select(start: number, end: number): boolean;
}

export interface EditorAdapter {
  /** For logs and tests: "textarea", "lexical", "slate", ... */
  readonly name: string;
  /** Whether this adapter owns the field (an input/textarea, or the root of a contenteditable region). */
  matches(field: HTMLElement): boolean;
  read(field: HTMLElement): FieldText;
  /**
   * Replaces [start, end) of what `read` returned with `replacement`, the way a person typing would,
   * and leaves the caret after it. `before` is the text the offsets refer to. Resolves to whether the
   * field then reads `before` with the replacement made (editors may re-render a frame later); on
   * false the field was left as it was, or as the editor itself chose to change it.
   */
  replace(field: HTMLElement, before: FieldText, start: number, end: number, replacement: string): Promise<boolean>;
}
