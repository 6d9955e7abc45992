/**
 * Recognising that the person is about to send: the key, the button or the form submission each
 * composer uses. Pause before sending acts only on these, so it never gets between the person and
 * a newline, a candidate in an input method, or a button that does something else.
 */

/**
 * Sites whose message boxes send on a plain Enter (Shift+Enter makes a new line). Mail sites are
 * not here: there Enter is a new line, and Ctrl+Enter (Cmd+Enter) sends.
 */
const ENTER_SENDS_HOSTS = new Set([
  "app.slack.com",
  "web.whatsapp.com",
  "www.messenger.com",
  "www.facebook.com",
  "discord.com",
  "teams.microsoft.com",
  "teams.live.com",
  "web.telegram.org",
  "www.instagram.com",
  "x.com",
  "www.linkedin.com",
]);

/** Whether a plain Enter in `field` sends: a chat site, a one-line input, or the page says so. */
export function enterSends(field: HTMLElement, host: string): boolean {
  if (field instanceof HTMLInputElement) return true;
  if (field.getAttribute("enterkeyhint") === "send") return true;
  return ENTER_SENDS_HOSTS.has(host);
}

/** Whether this keydown in `field` is a send. Never while an input method is composing. */
export function isSendKey(e: KeyboardEvent, field: HTMLElement, host: string): boolean {
  // keyCode 229: the key went to an input method (Chrome reports it for the Enter that confirms a candidate).
  if (e.key !== "Enter" || e.isComposing || e.keyCode === 229) return false;
  if (e.shiftKey || e.altKey) return false;
  if (e.ctrlKey || e.metaKey) return true;
  return enterSends(field, host);
}

const BUTTON = 'button, [role="button"], input[type="submit"], input[type="button"]';
const SEND_WORDS = /\b(send|submit|post)\b/i;
/** How far up from the button to look for the field: a composer is a small subtree. */
const COMPOSER_DEPTH = 8;

function buttonLabel(button: Element): string {
  const parts = [
    button.getAttribute("aria-label"),
    button.getAttribute("title"),
    button.getAttribute("data-testid"),
    button.getAttribute("data-tooltip"),
    button instanceof HTMLInputElement ? button.value : null,
    (button.textContent ?? "").trim().slice(0, 40),
  ];
  return parts.filter(Boolean).join(" ");
}

/**
 * The send button of `field`'s composer that a click on `path` (the event's composed path) hit,
 * or null: a submit button of the field's own form, or a button named for sending that shares a
 * near ancestor with the field. `distance` is how many levels up that ancestor is (0 for the
 * form's own button), so the caller can pick the nearest of several composers.
 */
export function sendButtonIn(path: readonly EventTarget[], field: HTMLElement): { button: HTMLElement; distance: number } | null {
  const button = path.find((t): t is HTMLElement => t instanceof HTMLElement && t.matches(BUTTON));
  if (!button || (button as HTMLButtonElement).disabled) return null;
  const form = formOf(field);
  const submits = (button instanceof HTMLButtonElement || button instanceof HTMLInputElement) && button.type === "submit";
  if (submits && form && (button as HTMLButtonElement).form === form) return { button, distance: 0 };
  if (!SEND_WORDS.test(buttonLabel(button))) return null;
  let ancestor: Element | null = button;
  for (let distance = 1; distance <= COMPOSER_DEPTH && ancestor; distance++) {
    ancestor = ancestor.parentElement;
    if (ancestor?.contains(field)) return { button, distance };
  }
  return null;
}

/** The form the field sends with, if any. */
export function formOf(field: HTMLElement): HTMLFormElement | null {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) return field.form;
  return field.closest("form");
}
