/** The whole draft redone acknowledgment-first, with Replace and Copy. */
import { useMemo } from "preact/hooks";
import type { Finding, MessageSuggestion } from "../engine/types";
import { composeRewrite } from "../shared/whole-rewrite";
import { t } from "../ui/i18n";
import { CopyButton } from "./CopyButton";

export interface WholeRewriteProps {
  text: string;
  findings: Finding[];
  suggestions: MessageSuggestion[];
  /** Replaces the draft with the rewrite; undefined while another change is under way. */
  onReplace?(rewrite: string): void;
  onCopied(ok: boolean): void;
}

export function WholeRewrite({ text, findings, suggestions, onReplace, onCopied }: WholeRewriteProps) {
  const rewrite = useMemo(() => composeRewrite(text, findings, suggestions), [text, findings, suggestions]);
  if (rewrite === "" || rewrite === text) return null;
  return (
    <section class="rewrite" aria-labelledby="rewrite-heading">
      <h2 id="rewrite-heading">{t("popup_rewriteHeading")}</h2>
      <p class="muted small-print">{t("popup_rewriteIntro")}</p>
      <p class="rewrite-text" data-receptive-rewrite="">
        {rewrite}
      </p>
      <div class="actions">
        <button type="button" disabled={!onReplace} onClick={() => onReplace?.(rewrite)}>
          {t("popup_rewriteApply")}
        </button>
        <CopyButton text={rewrite} label={t("popup_rewriteCopy")} onResult={onCopied} />
      </div>
    </section>
  );
}
