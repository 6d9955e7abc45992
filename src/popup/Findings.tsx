/** The draft's findings, in order: each with its category, excerpt, reason and suggestions. */
import type { Finding } from "../engine/types";
import { CATEGORY_NAMES } from "../shared/category-names";
import { t } from "../ui/i18n";
import { CopyButton } from "./CopyButton";

export interface FindingsProps {
  findings: readonly Finding[];
  /** Applies a suggestion in the page; undefined while another change is under way. */
  onApply?(finding: Finding, replacement: string): void;
  onCopied(ok: boolean): void;
}

export function Findings({ findings, onApply, onCopied }: FindingsProps) {
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t("popup_findingsHeading", String(findings.length))}</h2>
      <ol class="finding-list">
        {findings.map((finding) => (
          <FindingItem key={`${finding.rule}:${finding.start}:${finding.end}`} finding={finding} onApply={onApply} onCopied={onCopied} />
        ))}
      </ol>
    </section>
  );
}

interface FindingItemProps {
  finding: Finding;
  onApply?(finding: Finding, replacement: string): void;
  onCopied(ok: boolean): void;
}

function FindingItem({ finding, onApply, onCopied }: FindingItemProps) {
  const name = CATEGORY_NAMES[finding.category] ?? finding.category;
  return (
    <li class={`finding severity-${finding.severity}`} data-rule={finding.rule}>
      <h3 class="finding-name">
        <span class="severity-dot" aria-hidden="true" />
        {name}
        <span class="visually-hidden"> ({t(`popup_severity_${finding.severity}`)})</span>
      </h3>
      <p class="excerpt">“{finding.excerpt}”</p>
      <p class="finding-message">{finding.message}</p>
      <p class="suggestions-label">{t("popup_tryInstead")}</p>
      <ul class="suggestions">
        {finding.suggestions.map((s, i) => (
          <li key={i} class="suggestion">
            <span class="suggestion-text" title={s.label}>
              {s.text}
            </span>
            <span class="actions">
              <button
                type="button"
                class="small"
                disabled={!onApply}
                aria-label={t("popup_applyLabel", s.text)}
                onClick={() => onApply?.(finding, s.text)}
              >
                {t("popup_apply")}
              </button>
              <CopyButton text={s.text} label={t("popup_copyLabel", s.text)} onResult={onCopied} />
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
