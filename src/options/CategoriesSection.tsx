/** Categories: a switch per category, and the rules turned off from the card, each with "Turn back on". */
import type { CategoryId } from "../engine/types";
import { CATEGORY_IDS } from "../engine/types";
import { CATEGORY_NAMES } from "../shared/category-names";
import type { Settings } from "../shared/settings";
import { Switch } from "../ui/Switch";
import { t } from "../ui/i18n";

export interface CategoriesSectionProps {
  settings: Settings;
  update(change: (settings: Settings) => void): void;
}

/** "minimizing/calm-down" -> { category: "Minimizing", name: "calm down" }, for people to read. */
export function describeRule(rule: string): { category: string; name: string } {
  const [category = "", name = rule] = rule.split("/");
  const known = (CATEGORY_IDS as readonly string[]).includes(category);
  return {
    category: known ? CATEGORY_NAMES[category as CategoryId] : category,
    name: name.replace(/-/g, " "),
  };
}

export function CategoriesSection({ settings, update }: CategoriesSectionProps) {
  function setCategory(id: CategoryId, on: boolean) {
    update((s) => {
      s.disabledCategories = s.disabledCategories.filter((c) => c !== id);
      if (!on) s.disabledCategories.push(id);
    });
  }

  function turnRuleBackOn(rule: string, index: number) {
    update((s) => {
      s.disabledRules = s.disabledRules.filter((r) => r !== rule);
    });
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>(".rule-on");
      const next = buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById("rules-title");
      next?.focus();
    });
  }

  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t("options_categoriesTitle")}</h2>
      <fieldset>
        <legend>{t("options_categoriesLegend")}</legend>
        <ul class="switch-list columns">
          {CATEGORY_IDS.map((id) => (
            <li key={id}>
              <Switch
                id={`category-${id}`}
                label={CATEGORY_NAMES[id]}
                checked={!settings.disabledCategories.includes(id)}
                onChange={(on) => setCategory(id, on)}
              />
            </li>
          ))}
        </ul>
      </fieldset>

      <h3 id="rules-title" tabIndex={-1}>
        {t("options_rulesTitle")}
      </h3>
      {settings.disabledRules.length === 0 ? (
        <p class="empty">{t("options_rulesEmpty")}</p>
      ) : (
        <ul class="rule-list" aria-labelledby="rules-title">
          {settings.disabledRules.map((rule, index) => {
            const { category, name } = describeRule(rule);
            return (
              <li key={rule}>
                <span>
                  <span class="rule-category">{category}</span>
                  <span class="rule-name">{name}</span>
                </span>
                <button
                  type="button"
                  class="rule-on secondary small"
                  aria-label={t("options_ruleOnLabel", [name, category])}
                  onClick={() => turnRuleBackOn(rule, index)}
                >
                  {t("options_ruleOn")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
