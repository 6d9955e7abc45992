/** Small pieces the options and first-run pages share: the switch styles, errors as text, downloads. */
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

/** Offers `text` as a download named `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy by the time the click returns; a moment's grace all the same.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
