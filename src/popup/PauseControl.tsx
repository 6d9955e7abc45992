/**
 * The global pause: a small menu of three choices (an hour, until tomorrow, until turned back
 * on) while running; "Paused until ..." and Resume while paused.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../ui/i18n";
import { pauseUntil, setPause, type PauseChoice } from "./actions";
import { pauseEndText } from "./format";

export interface PauseControlProps {
  /** When the current pause ends, or null when not paused. */
  pausedUntil: number | null;
  report(work: Promise<unknown>): void;
}

const CHOICES: readonly { choice: PauseChoice; key: string }[] = [
  { choice: "hour", key: "popup_pauseHour" },
  { choice: "tomorrow", key: "popup_pauseTomorrow" },
  { choice: "indefinitely", key: "popup_pauseIndefinitely" },
];

export function PauseControl({ pausedUntil, report }: PauseControlProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) firstChoice.current?.focus();
  }, [open]);

  if (pausedUntil !== null) {
    const end = pauseEndText(pausedUntil);
    return (
      <div class="pause paused" role="status">
        <span class="pause-text">{end === null ? t("popup_pausedUntilTurnedOn") : t("popup_pausedUntil", end)}</span>
        <button type="button" class="small" onClick={() => report(setPause(null))}>
          {t("popup_resume")}
        </button>
      </div>
    );
  }

  function choose(choice: PauseChoice) {
    setOpen(false);
    report(setPause(pauseUntil(choice)));
    toggle.current?.focus();
  }

  return (
    <div
      class="pause"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="secondary small"
        aria-expanded={open}
        aria-controls="pause-choices"
        onClick={() => setOpen(!open)}
      >
        {t("popup_pauseMenu")} <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      {open && (
        <ul id="pause-choices" class="pause-choices" aria-label={t("popup_pauseMenuLabel")}>
          {CHOICES.map(({ choice, key }, i) => (
            <li key={choice}>
              <button ref={i === 0 ? firstChoice : undefined} type="button" class="secondary small" onClick={() => choose(choice)}>
                {t(key)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
