/**
 * One personal phrase list (always flag, never flag, own acknowledgments): the phrases with a
 * Remove button each, and a box to add one (Enter adds).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../ui/i18n";

/** The limits parseSettings enforces: longer phrases or longer lists would be dropped on read. */
export const MAX_PHRASE_CHARS = 200;
export const MAX_PHRASES = 500;

export interface PhraseListProps {
  /** Unique on the page; ids of the input and the error derive from it. */
  id: string;
  title: string;
  description: string;
  placeholder: string;
  /** Shown when the list is empty. */
  emptyText: string;
  items: readonly string[];
  onAdd(phrase: string): void;
  onRemove(phrase: string): void;
}

/** Why a phrase cannot be added, or null if it can. */
export function phraseError(phrase: string, items: readonly string[]): string | null {
  if (phrase === "") return t("options_phraseEmpty");
  if (phrase.length > MAX_PHRASE_CHARS) return t("options_phraseTooLong", String(MAX_PHRASE_CHARS));
  const lower = phrase.toLocaleLowerCase();
  if (items.some((item) => item.toLocaleLowerCase() === lower)) return t("options_phraseDuplicate");
  if (items.length >= MAX_PHRASES) return t("options_phraseListFull", String(MAX_PHRASES));
  return null;
}

export function PhraseList({ id, title, description, placeholder, emptyText, items, onAdd, onRemove }: PhraseListProps) {
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = `${id}-input`;
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;

  // An error about the list as it was (a duplicate, a full list) is stale once the list changes.
  const itemsKey = items.join("\n");
  useEffect(() => setError(null), [itemsKey]);

  function add(event: Event) {
    event.preventDefault();
    const phrase = draft.trim().replace(/\s+/g, " ");
    const problem = phraseError(phrase, items);
    setError(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    onAdd(phrase);
    setDraft("");
  }

  function remove(phrase: string, index: number) {
    onRemove(phrase);
    // Keep the keyboard in the list: on the next phrase's button, or back in the box.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>(`#${id} .phrase-remove`);
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next ?? input.current)?.focus();
    });
  }

  return (
    <div class="phrase-list" id={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p class="muted" id={descriptionId}>
        {description}
      </p>
      {items.length === 0 ? (
        <p class="empty">{emptyText}</p>
      ) : (
        <ul class="phrases" aria-labelledby={`${id}-title`}>
          {items.map((phrase, index) => (
            <li key={phrase}>
              <span class="phrase">{phrase}</span>
              <button
                type="button"
                class="phrase-remove secondary small"
                aria-label={t("options_phraseRemoveLabel", [phrase, title])}
                onClick={() => remove(phrase, index)}
              >
                {t("options_remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-row" onSubmit={add} noValidate>
        <label for={inputId} class="visually-hidden">
          {t("options_phraseAddLabel", title)}
        </label>
        <input
          ref={input}
          id={inputId}
          type="text"
          value={draft}
          placeholder={placeholder}
          maxLength={MAX_PHRASE_CHARS + 50}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={error ? `${errorId} ${descriptionId}` : descriptionId}
          onInput={(e) => {
            setDraft((e.currentTarget as HTMLInputElement).value);
            if (error) setError(null);
          }}
        />
        <button type="submit">{t("options_add")}</button>
      </form>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
