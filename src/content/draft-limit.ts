/** Reading a field's length cheaply, for the limit in src/shared/draft-limit.ts. */

/**
 * The field's length without walking its DOM in script: a textarea's value, or a contenteditable's
 * textContent (which the browser concatenates natively). Close to the length of the text we read,
 * not equal: that leaves out quoted parts and adds line breaks between blocks.
 */
export function roughLength(field: HTMLElement): number {
  const value = (field as Partial<HTMLTextAreaElement>).value;
  return typeof value === "string" ? value.length : (field.textContent?.length ?? 0);
}
