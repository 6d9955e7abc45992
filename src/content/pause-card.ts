/**
 * "Take a breath": the card pause before sending shows when the person sends a draft with a
 * high-severity finding. It names the flagged parts, offers the top rewrite, and leaves the choice
 * to them: Edit (back to the draft, nothing sent) or Send anyway (sent as it is, once).
 *
 * It takes the focus so the keyboard works at once, with Edit focused first: a second Enter pressed
 * in a hurry goes back to the draft, never out to the other person.
 * Everything from the draft is set as text, never parsed as HTML.
 */
import type { Finding } from "../engine/types";
import { CATEGORY_NAMES } from "../shared/category-names";
import { overlayShadow } from "./overlay";

export interface PauseActions {
  /** Applies `replacement` over `finding` through the editor; false when the editor did not take it. */
  apply(finding: Finding, replacement: string): Promise<boolean>;
  edit(): void;
  sendAnyway(): void;
}

export interface OpenPause {
  readonly element: HTMLElement;
  close(): void;
}

const MAX_LISTED = 3;
const GAP = 8;
const MARGIN = 8;
let open: OpenPause | null = null;

export function currentPause(): OpenPause | null {
  return open?.element.isConnected ? open : null;
}

export function closePause(): void {
  open?.close();
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** The findings to name, worst first, and the rewrite to offer: the worst one's first suggestion. */
export function pauseContent(findings: readonly Finding[]): { listed: Finding[]; top: { finding: Finding; text: string } | null } {
  const sorted = [...findings].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || a.start - b.start);
  const withRewrite = sorted.find((f) => f.suggestions.length > 0);
  return {
    listed: sorted.slice(0, MAX_LISTED),
    top: withRewrite ? { finding: withRewrite, text: withRewrite.suggestions[0]!.text } : null,
  };
}

export function openPause(
  doc: Document,
  findings: readonly Finding[],
  field: HTMLElement,
  actions: PauseActions,
  options: { dark: boolean },
): OpenPause | null {
  open?.close();
  const shadow = overlayShadow(doc);
  // A page that keeps removing our overlay gets no card; the caller lets the send go.
  if (!shadow) return null;
  const { listed, top } = pauseContent(findings);
  const card = el(doc, "div");
  card.setAttribute("data-receptive-pause", "");
  card.setAttribute("role", "alertdialog");
  card.setAttribute("aria-modal", "false");
  card.setAttribute("aria-labelledby", "receptive-pause-title");
  card.setAttribute("aria-describedby", "receptive-pause-why");
  card.dataset.theme = options.dark ? "dark" : "light";
  card.tabIndex = -1;

  const title = el(doc, "p", "card-title", "Take a breath");
  title.id = "receptive-pause-title";
  const why = el(
    doc,
    "p",
    "card-why",
    "Before this goes: some of it may sound defensive to someone who is hurt. Nothing has been sent.",
  );
  why.id = "receptive-pause-why";

  const list = el(doc, "ul", "pause-flagged");
  list.setAttribute("aria-label", "Flagged in your message");
  for (const f of listed) {
    const item = el(doc, "li");
    item.dataset.severity = f.severity;
    item.append(el(doc, "span", "card-dot"), el(doc, "q", undefined, f.excerpt), el(doc, "span", "pause-category", ` ${CATEGORY_NAMES[f.category] ?? f.category}`));
    list.append(item);
  }
  if (findings.length > listed.length) list.append(el(doc, "li", "pause-more", `and ${findings.length - listed.length} more`));

  const note = el(doc, "p", "card-note");
  note.setAttribute("role", "status");
  note.hidden = true;

  const button = (label: string, name: string, run: () => void, className?: string) => {
    const b = el(doc, "button", className, label);
    b.type = "button";
    b.dataset.receptivePauseAction = name;
    b.addEventListener("click", run);
    return b;
  };

  card.append(title, why, list);
  let busy = false;
  if (top) {
    const rewrite = el(doc, "div", "pause-rewrite");
    rewrite.append(el(doc, "p", "pause-label", `Instead of “${top.finding.excerpt}”, try`), el(doc, "p", "pause-suggestion", top.text));
    rewrite.append(
      button("Apply", "apply", () => {
        if (busy) return;
        busy = true;
        actions.apply(top.finding, top.text).then(
          (applied) => {
            busy = false;
            if (applied) handle.close();
            else {
              note.textContent = "This editor did not take the change, so your text was left as it was.";
              note.hidden = false;
            }
          },
          () => {
            busy = false;
          },
        );
      }),
    );
    card.append(rewrite);
  }
  const buttons = el(doc, "div", "pause-buttons");
  const edit = button("Edit", "edit", () => {
    handle.close();
    actions.edit();
  }, "pause-primary");
  const send = button("Send anyway", "send", () => {
    handle.close();
    actions.sendAnyway();
  });
  buttons.append(edit, send);
  card.append(buttons, note);

  // Keys pressed in the card are ours: the page's shortcuts (and its Enter-to-send) never see them.
  card.addEventListener("keydown", (e) => {
    e.stopPropagation();
    const all = [...card.querySelectorAll("button")];
    const index = all.indexOf(shadow.activeElement as HTMLButtonElement);
    if (e.key === "Escape") {
      e.preventDefault();
      handle.close();
      actions.edit();
    } else if (e.key === "Tab" || e.key === "ArrowDown" || e.key === "ArrowUp" || e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      const step = e.key === "ArrowUp" || e.key === "ArrowLeft" || (e.key === "Tab" && e.shiftKey) ? -1 : 1;
      all[(index + step + all.length) % all.length]?.focus({ preventScroll: true });
    }
  });
  for (const type of ["keyup", "keypress", "input", "beforeinput"]) card.addEventListener(type, (e) => e.stopPropagation());

  shadow.append(card);
  place(doc, card, field.getBoundingClientRect());

  const handle: OpenPause = {
    element: card,
    close() {
      if (open !== handle) return;
      open = null;
      card.remove();
    },
  };
  open = handle;
  edit.focus({ preventScroll: true });
  return handle;
}

/** How long the note after a Send anyway that did not send stays, unless a key is pressed first. */
const SEND_HINT_MS = 10_000;
let hint: { element: HTMLElement; close(): void } | null = null;

/**
 * After Send anyway, when the draft is still in the box: the site did not take the replayed send
 * (some act only on a real key press or click). Says so next to the field, and that the next send
 * of this draft will not be stopped. A status line, not a dialog: it takes no focus and no clicks,
 * and goes at the next key press or after SEND_HINT_MS.
 */
export function showSendHint(doc: Document, field: HTMLElement, options: { dark: boolean }): boolean {
  hint?.close();
  const shadow = overlayShadow(doc);
  const view = doc.defaultView;
  if (!shadow || !view) return false;
  const box = el(doc, "div");
  box.setAttribute("data-receptive-send-hint", "");
  box.setAttribute("role", "status");
  box.dataset.theme = options.dark ? "dark" : "light";
  box.append(el(doc, "p", undefined, "Not sent yet? Send it again: Receptive won't stop this message again."));
  shadow.append(box);
  place(doc, box, field.getBoundingClientRect());
  const timer = view.setTimeout(() => handle.close(), SEND_HINT_MS);
  const onKey = () => handle.close();
  doc.addEventListener("keydown", onKey, true);
  const handle = {
    element: box,
    close() {
      view.clearTimeout(timer);
      doc.removeEventListener("keydown", onKey, true);
      box.remove();
      if (hint === handle) hint = null;
    },
  };
  hint = handle;
  return true;
}

/** Above the composer when there is room (composers sit at the bottom), else below; inside the viewport. */
function place(doc: Document, card: HTMLElement, anchor: DOMRect): void {
  const view = doc.defaultView;
  if (!view) return;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  let top = anchor.top - GAP - height;
  if (top < MARGIN) top = anchor.bottom + GAP;
  top = Math.max(MARGIN, Math.min(top, view.innerHeight - height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, view.innerWidth - width - MARGIN));
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}
