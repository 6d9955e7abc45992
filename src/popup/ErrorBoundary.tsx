/** Catches a rendering error anywhere below it and shows a short line instead of a blank popup. */
import { Component, type ComponentChildren } from "preact";
import { t } from "../ui/i18n";

interface State {
  error: string | null;
}

export class ErrorBoundary extends Component<{ children?: ComponentChildren }, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    if (this.state.error !== null) {
      return (
        <div class="fatal" role="alert">
          <p>{t("popup_error", this.state.error)}</p>
          <button type="button" class="secondary small" onClick={() => location.reload()}>
            {t("popup_reload")}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
