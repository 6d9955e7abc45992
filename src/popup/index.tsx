// The toolbar popup: src/popup/popup.html loads this bundle (popup.js) and its CSS (popup.css).
import { render } from "preact";
import "../ui/theme.css";
import "./popup.css";
import { SWITCH_CSS } from "../ui/Switch";
import { t } from "../ui/i18n";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";

/** The switch's rules, as text in a <style> element (never as markup). */
function injectSwitchCss(): void {
  if (document.getElementById("receptive-switch-css")) return;
  const style = document.createElement("style");
  style.id = "receptive-switch-css";
  style.textContent = SWITCH_CSS;
  document.head.append(style);
}

function showFatal(root: HTMLElement, error: unknown): void {
  // Last resort when rendering itself failed: plain text, no framework.
  const p = document.createElement("p");
  p.className = "fatal";
  p.setAttribute("role", "alert");
  p.textContent = t("popup_error", error instanceof Error ? error.message : String(error));
  root.replaceChildren(p);
}

const root = document.getElementById("app");
if (root) {
  try {
    injectSwitchCss();
    document.title = t("popup_pageTitle");
    render(
      <ErrorBoundary>
        <App />
      </ErrorBoundary>,
      root,
    );
  } catch (e) {
    showFatal(root, e);
  }
}
