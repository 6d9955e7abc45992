/** Sensitivity: gentle, standard or strict, as a radio group with one line on each. */
import type { Sensitivity } from "../engine/types";
import type { Settings } from "../shared/settings";
import { t } from "../ui/i18n";

const LEVELS: readonly { id: Sensitivity; label: string; description: string }[] = [
  { id: "gentle", label: "options_sensitivityGentle", description: "options_sensitivityGentleDescription" },
  { id: "standard", label: "options_sensitivityStandard", description: "options_sensitivityStandardDescription" },
  { id: "strict", label: "options_sensitivityStrict", description: "options_sensitivityStrictDescription" },
];

export interface SensitivitySectionProps {
  settings: Settings;
  update(change: (settings: Settings) => void): void;
}

export function SensitivitySection({ settings, update }: SensitivitySectionProps) {
  return (
    <section aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">{t("options_sensitivityTitle")}</h2>
      <fieldset class="radios">
        <legend>{t("options_sensitivityLegend")}</legend>
        {LEVELS.map(({ id, label, description }) => (
          <div class="radio" key={id}>
            <input
              type="radio"
              name="sensitivity"
              id={`sensitivity-${id}`}
              value={id}
              checked={settings.sensitivity === id}
              aria-describedby={`sensitivity-${id}-description`}
              onChange={() =>
                update((s) => {
                  s.sensitivity = id;
                })
              }
            />
            <div>
              <label for={`sensitivity-${id}`} class="radio-label">
                {t(label)}
              </label>
              <p class="radio-description" id={`sensitivity-${id}-description`}>
                {t(description)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
