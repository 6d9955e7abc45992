// The options page: src/options/options.html loads this bundle (options.js) and its CSS (options.css).
import { render } from "preact";
import "../ui/theme.css";
import "./options.css";
import { OptionsPage } from "./OptionsPage";
import { injectSwitchCss } from "./ui-common";
import { t } from "../ui/i18n";

injectSwitchCss();
document.title = t("options_pageTitle");
const root = document.getElementById("app");
if (root) render(<OptionsPage />, root);
