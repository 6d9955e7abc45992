/**
 * How long a draft Receptive checks. A reply to someone who is hurt is a few hundred words; a box
 * holding more than this is a document, a log or a big paste, and reading, measuring and sending
 * all of it after every keystroke would make typing lag. Such a box is left alone: no highlights,
 * nothing sent to the background, and the popup says why (DraftReply state "tooLong").
 */
export const MAX_CHECKED_CHARS = 100_000;

/**
 * The field's length without walking its DOM in script: a textarea's value, or a contenteditable's
 * textContent (which the browser concatenates natively). Close to the length of the text we read,
 * not equal: that leaves out quoted parts and adds line breaks between blocks.
 */
export function roughLength(field: HTMLElement): number {
  const value = (field as Partial<HTMLTextAreaElement>).value;
  return typeof value === "string" ? value.length : (field.textContent?.length ?? 0);
}
