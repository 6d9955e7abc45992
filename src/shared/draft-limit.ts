/**
 * How long a draft Receptive checks. A reply to someone who is hurt is a few hundred words; a box
 * holding more than this is a document, a log or a big paste, and reading, measuring and sending
 * all of it after every keystroke would make typing lag. Such a box is left alone: no highlights,
 * nothing sent to the background, and the popup says why (DraftReply state "tooLong"). The
 * background refuses a longer text too, whoever sends it.
 */
export const MAX_CHECKED_CHARS = 100_000;
