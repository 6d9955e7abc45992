/**
 * The suggestion card: what was noticed, why it may land badly, and rewrites to apply, best first.
 * It sits in the overlay's shadow root, next to the flagged words, inside the viewport; it never
 * scrolls the page. Opened by a click it leaves the focus in the editor; opened from the keyboard it
 * takes the focus, and gives it back (with the caret where it was) when it closes.
 *
 * Everything from the draft or the engine is set as text, never parsed as HTML.
 */
import type { Finding } from "../engine/types";
import { CATEGORY_NAMES } from "../shared/category-names";
import { overlayShadow } from "./overlay";

export interface CardActions {
  apply(finding: Finding, replacement: string): Promise<boolean>;
  ignore(finding: Finding): void;
  disableRule(finding: Finding): void;
  disableSite(): void;
  /** Called after the card closed; `restoreFocus` is true when it should give the focus back. */
  closed(restoreFocus: boolean): void;
}

const MAX_SUGGESTIONS = 4;
const GAP = 6;
const MARGIN = 8;

export interface OpenCard {
  readonly finding: Finding;
  readonly element: HTMLElement;
  /** Moves the card next to `anchor` (a viewport rect of the flagged words). */
  place(anchor: DOMRect): void;
  close(restoreFocus: boolean): void;
}

let open: OpenCard | null = null;

export function currentCard(): OpenCard | null {
  return open?.element.isConnected ? open : null;
}

export function closeCard(restoreFocus = false): void {
  open?.close(restoreFocus);
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function openCard(
  doc: Document,
  finding: Finding,
  anchor: DOMRect,
  actions: CardActions,
  options: { takeFocus: boolean; dark: boolean },
): OpenCard | null {
  open?.close(false);
  const shadow = overlayShadow(doc);
  // The page would not keep the overlay: there is nowhere to show a card.
  if (!shadow) return null;
  const card = el(doc, "div");
  card.setAttribute("data-receptive-card", "");
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-modal", "false");
  card.dataset.severity = finding.severity;
  card.dataset.theme = options.dark ? "dark" : "light";
  card.dataset.rule = finding.rule;
  card.tabIndex = -1;
  const titleId = "receptive-card-title";
  const whyId = "receptive-card-why";
  card.setAttribute("aria-labelledby", titleId);
  card.setAttribute("aria-describedby", whyId);

  const head = el(doc, "div", "card-head");
  head.append(el(doc, "span", "card-dot"));
  const title = el(doc, "p", "card-title", CATEGORY_NAMES[finding.category] ?? finding.category);
  title.id = titleId;
  head.append(title);
  const why = el(doc, "p", "card-why", finding.message);
  why.id = whyId;

  const list = el(doc, "ul", "card-suggestions");
  list.setAttribute("aria-label", "Try instead");
  const note = el(doc, "p", "card-note");
  note.setAttribute("role", "status");
  note.hidden = true;

  let busy = false;
  for (const suggestion of finding.suggestions.slice(0, MAX_SUGGESTIONS)) {
    const item = el(doc, "li");
    const button = el(doc, "button", undefined, suggestion.text);
    button.type = "button";
    button.setAttribute("data-receptive-suggestion", "");
    if (suggestion.label) button.title = suggestion.label;
    button.addEventListener("click", () => {
      if (busy) return;
      busy = true;
      const done = (applied: boolean) => {
        busy = false;
        if (applied) {
          handle.close(false);
        } else {
          note.textContent = "This editor did not take the change, so your text was left as it was.";
          note.hidden = false;
        }
      };
      actions.apply(finding, suggestion.text).then(done, () => done(false));
    });
    item.append(button);
    list.append(item);
  }

  const actionsRow = el(doc, "div", "card-actions");
  const action = (label: string, run: () => void, name: string) => {
    const button = el(doc, "button", undefined, label);
    button.type = "button";
    button.dataset.receptiveAction = name;
    button.addEventListener("click", () => {
      run();
      handle.close(options.takeFocus);
    });
    actionsRow.append(button);
  };
  action("Ignore", () => actions.ignore(finding), "ignore");
  action("Turn off this rule", () => actions.disableRule(finding), "disable-rule");
  action("Turn off on this site", () => actions.disableSite(), "disable-site");

  card.append(head, why, list, actionsRow, note);

  // Keep the editor's focus and selection when the card is clicked with a mouse.
  card.addEventListener("mousedown", (e) => {
    if (!options.takeFocus) e.preventDefault();
  });
  card.addEventListener("keydown", (e) => {
    const buttons = [...card.querySelectorAll("button")];
    const index = buttons.indexOf(shadow.activeElement as HTMLButtonElement);
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      handle.close(true);
    } else if (e.key === "ArrowDown" || e.key === "ArrowRight" || e.key === "ArrowUp" || e.key === "ArrowLeft") {
      e.preventDefault();
      e.stopPropagation();
      const step = e.key === "ArrowDown" || e.key === "ArrowRight" ? 1 : -1;
      const next = buttons[(index + step + buttons.length) % buttons.length];
      next?.focus({ preventScroll: true });
    } else if (e.key === "Tab") {
      // The card is a small dialog: Tab cycles inside it.
      e.preventDefault();
      e.stopPropagation();
      const next = buttons[(index + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
      next?.focus({ preventScroll: true });
    } else {
      // Keys typed in the card are ours, not the page's shortcuts.
      e.stopPropagation();
    }
  });

  shadow.append(card);

  const handle: OpenCard = {
    finding,
    element: card,
    place(rect) {
      const view = doc.defaultView;
      if (!view) return;
      const width = card.offsetWidth;
      const height = card.offsetHeight;
      const vw = view.innerWidth;
      const vh = view.innerHeight;
      let top = rect.bottom + GAP;
      if (top + height > vh - MARGIN && rect.top - GAP - height >= MARGIN) top = rect.top - GAP - height;
      top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
      const left = Math.max(MARGIN, Math.min(rect.left, vw - width - MARGIN));
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
    },
    close(restoreFocus) {
      if (open !== handle) return;
      open = null;
      card.remove();
      actions.closed(restoreFocus);
    },
  };
  open = handle;
  handle.place(anchor);
  if (options.takeFocus) list.querySelector("button")?.focus({ preventScroll: true });
  return handle;
}
