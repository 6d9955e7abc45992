/** An on/off switch: a real checkbox with role="switch", so keyboards and screen readers know it. */
export interface SwitchProps {
  checked: boolean;
  label: string;
  onChange(checked: boolean): void;
  disabled?: boolean;
  id?: string;
  /** The id of an element that explains the switch further. */
  describedBy?: string;
}

export function Switch({ checked, label, onChange, disabled, id, describedBy }: SwitchProps) {
  return (
    <label class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{label}</span>
    </label>
  );
}

export const SWITCH_CSS = `
.switch { position: relative; display: inline-flex; align-items: center; gap: 8px; cursor: pointer; }
.switch input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.switch-track { width: 34px; height: 20px; border-radius: 10px; background: var(--border); position: relative; flex: none; transition: background 0.15s; }
.switch-track::after { content: ""; position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%; background: var(--bg); transition: transform 0.15s; }
.switch input:checked + .switch-track { background: var(--accent); }
.switch input:checked + .switch-track::after { transform: translateX(14px); }
.switch input:focus-visible + .switch-track { outline: 2px solid var(--focus); outline-offset: 2px; }
.switch input:disabled + .switch-track { opacity: 0.5; }
`;
