/** Small pieces both extension pages share: the switch styles and the status line. */
import { SWITCH_CSS } from "../ui/Switch";

/** Puts the switch rules in the page once (as text, never as markup). */
export function injectSwitchCss(): void {
  if (document.getElementById("receptive-switch-css")) return;
  const style = document.createElement("style");
  style.id = "receptive-switch-css";
  style.textContent = SWITCH_CSS;
  document.head.append(style);
}

/** An error as one line for the page. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
