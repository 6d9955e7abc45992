/**
 * The acknowledgment helper: feeling chips (toggle buttons), a way to pick them from the other
 * person's message selected in the page, and phrasings built on the chosen feelings (the
 * person's own first), each to copy or to put at the start of the reply.
 */
import { useMemo, useState } from "preact/hooks";
import { acknowledgmentsFor, FEELINGS, feelingsIn } from "../shared/acknowledge";
import { t } from "../ui/i18n";
import { CopyButton } from "./CopyButton";

export interface AcknowledgmentHelperProps {
  /** The person's own acknowledgment lines (settings.ownAcknowledgments). */
  own: string[];
  /** Reads the page's selection; undefined when there is no page to ask. */
  readSelection?(): Promise<string>;
  /** Puts a phrasing before the draft; undefined when there is no draft to add to. */
  onAdd?(phrasing: string): void;
  onCopied(ok: boolean): void;
  /** Shows a short line in the popup's status area. */
  say(message: string): void;
}

export function AcknowledgmentHelper({ own, readSelection, onAdd, onCopied, say }: AcknowledgmentHelperProps) {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [reading, setReading] = useState(false);
  const phrasings = useMemo(() => acknowledgmentsFor([...chosen], own), [chosen, own]);

  function toggle(id: string) {
    // Kept in FEELINGS order, so the phrasings do not depend on click order.
    const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
    setChosen(FEELINGS.map((f) => f.id).filter((f) => next.includes(f)));
  }

  async function useSelection() {
    if (!readSelection) return;
    setReading(true);
    try {
      const text = (await readSelection()).trim();
      if (text === "") {
        say(t("popup_selectionEmpty"));
        return;
      }
      const found = feelingsIn(text);
      if (found.length === 0) {
        say(t("popup_selectionNoFeelings"));
        return;
      }
      setChosen(found);
      say(t("popup_selectionFound", found.map(labelOf).join(", ")));
    } catch {
      say(t("popup_selectionEmpty"));
    } finally {
      setReading(false);
    }
  }

  return (
    <section class="acknowledge" aria-labelledby="ack-heading">
      <h2 id="ack-heading">{t("popup_ackHeading")}</h2>
      <p class="muted small-print" id="ack-intro">
        {t("popup_ackIntro")}
      </p>
      <div class="chips" role="group" aria-labelledby="ack-intro">
        {FEELINGS.map((f) => (
          <button
            key={f.id}
            type="button"
            class="chip"
            aria-pressed={chosen.includes(f.id)}
            data-feeling={f.id}
            onClick={() => toggle(f.id)}
          >
            {labelOf(f.id)}
          </button>
        ))}
      </div>
      {readSelection && (
        <button type="button" class="link" disabled={reading} onClick={() => void useSelection()}>
          {t("popup_useSelection")}
        </button>
      )}
      <h3 class="phrasings-heading">{t("popup_phrasingsHeading")}</h3>
      <ul class="phrasings">
        {phrasings.map((p) => (
          <li key={p} class="phrasing">
            <span class="phrasing-text">{p}</span>
            <span class="actions">
              {onAdd && (
                <button type="button" class="small" aria-label={t("popup_addToReplyLabel", p)} onClick={() => onAdd(p)}>
                  {t("popup_addToReply")}
                </button>
              )}
              <CopyButton text={p} label={t("popup_copyLabel", p)} onResult={onCopied} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A feeling's chip label: the locale's word, or the built-in English one while the key is missing. */
function labelOf(id: string): string {
  const key = `popup_feeling_${id.replace(/-/g, "_")}`;
  const label = t(key);
  return label === key ? (FEELINGS.find((f) => f.id === id)?.label ?? id) : label;
}
