/**
 * After a draft went out from "Take a breath" anyway: a few repair messages to copy and put in
 * the person's own words, until they dismiss the offer or turn offers off. Shown only while the
 * offer is recent (src/shared/repair.ts).
 */
import { useEffect, useState } from "preact/hooks";
import { dismissRepairOffer, loadRepairOffer, onPracticeChanged } from "../shared/practice-storage";
import { isRepairOfferCurrent, REPAIR_MESSAGE_KEYS, type RepairOffer as Offer } from "../shared/repair";
import { t } from "../ui/i18n";
import { stopRepairOffers } from "./actions";
import { CopyButton } from "./CopyButton";

export interface RepairOfferProps {
  onCopied(ok: boolean): void;
  /** Reports the outcome of a change the person made (an error as a short line). */
  report(work: Promise<unknown>): void;
  say(message: string): void;
}

export function RepairOffer({ onCopied, report, say }: RepairOfferProps) {
  const [offer, setOffer] = useState<Offer | null>(null);

  useEffect(() => {
    let live = true;
    let changed = false;
    void loadRepairOffer().then((found) => {
      if (live && !changed) setOffer(found);
    });
    let stop: (() => void) | undefined;
    try {
      stop = onPracticeChanged({
        repairOffer: (next) => {
          changed = true;
          if (live) setOffer(next);
        },
      });
    } catch {
      // No change events: the popup shows what it read.
    }
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  if (!isRepairOfferCurrent(offer, Date.now())) return null;

  function put(work: Promise<void>, done: string) {
    // Gone from view at once; if the write fails, the change event never comes and report says so.
    setOffer(null);
    report(work.then(() => say(done)));
  }

  return (
    <section class="repair" aria-labelledby="repair-heading">
      <h2 id="repair-heading">{t("popup_repairHeading")}</h2>
      <p class="muted small-print">{t("popup_repairIntro")}</p>
      <ul class="phrasings">
        {REPAIR_MESSAGE_KEYS.map((key) => {
          const text = t(key);
          return (
            <li key={key} class="phrasing">
              <span class="phrasing-text">{text}</span>
              <span class="actions">
                <CopyButton text={text} label={t("popup_copyLabel", text)} onResult={onCopied} />
              </span>
            </li>
          );
        })}
      </ul>
      <div class="repair-actions">
        <button type="button" class="secondary small" onClick={() => put(dismissRepairOffer(), t("popup_repairDismissed"))}>
          {t("popup_repairDismiss")}
        </button>
        <button type="button" class="link small-print" onClick={() => put(stopRepairOffers(), t("popup_repairStopped"))}>
          {t("popup_repairStop")}
        </button>
      </div>
    </section>
  );
}
