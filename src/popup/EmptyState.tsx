/**
 * The draft area when there is nothing to work on: no message box used yet, Receptive off on
 * this site (or paused), a draft too long to check, or a draft with nothing defensive in it (with
 * one acknowledgment tip).
 */
import { useMemo } from "preact/hooks";
import { t } from "../ui/i18n";
import { turnSite } from "./actions";
import { hostOf } from "./format";

export function NoDraft() {
  return (
    <section class="state state-none" aria-labelledby="state-heading">
      <h2 id="state-heading" class="visually-hidden">
        {t("popup_draftHeading")}
      </h2>
      <p>{t("popup_none")}</p>
    </section>
  );
}

/** The draft is longer than the content script checks (see src/shared/draft-limit.ts). */
export function TooLong({ limit }: { limit: number }) {
  return (
    <section class="state state-too-long" aria-labelledby="state-heading">
      <h2 id="state-heading">{t("popup_tooLong")}</h2>
      <p class="muted">{t("popup_tooLongHint", limit.toLocaleString())}</p>
    </section>
  );
}

export interface OffStateProps {
  origin: string | null;
  /** Paused everywhere (Resume), rather than off on this site (Turn on). */
  paused: boolean;
  report(work: Promise<unknown>, denied?: string): void;
}

export function OffState({ origin, paused, report }: OffStateProps) {
  const host = origin ? hostOf(origin) : null;
  return (
    <section class="state state-off" aria-labelledby="state-heading">
      <h2 id="state-heading">{paused ? t("popup_offPaused") : host ? t("popup_offSite", host) : t("popup_offHere")}</h2>
      {paused ? (
        // The header's Resume ends the pause; one button for it is enough.
        <p class="muted">{t("popup_offPausedHint")}</p>
      ) : (
        origin &&
        host && (
          <button type="button" onClick={() => report(turnSite(origin, true), t("popup_permissionDenied", host))}>
            {t("popup_turnOn", host)}
          </button>
        )
      )}
    </section>
  );
}

/** Acknowledgment tips: one is shown when a draft has nothing defensive in it. */
export const TIP_KEYS = ["popup_tip1", "popup_tip2", "popup_tip3", "popup_tip4", "popup_tip5"] as const;

export function NothingDefensive() {
  const tip = useMemo(() => TIP_KEYS[Math.floor(Math.random() * TIP_KEYS.length)]!, []);
  return (
    <section class="state state-clear" aria-labelledby="state-heading">
      <h2 id="state-heading">
        <span class="check" aria-hidden="true">
          ✓
        </span>{" "}
        {t("popup_nothingDefensive")}
      </h2>
      <p class="tip">
        <strong>{t("popup_tipLabel")}</strong> {t(tip)}
      </p>
    </section>
  );
}
