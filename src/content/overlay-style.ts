/**
 * The overlay's stylesheet. Severity colours meet 3:1 against white (light) and against #202124
 * (dark) for the underline, and the card's text meets 4.5:1. The theme follows each field's own
 * background, not the OS setting, because sites have their own dark modes (and a page can hold a
 * light and a dark box at once): a field's layer and its card carry data-theme="dark".
 */
export const OVERLAY_CSS = `
:host {
  --high: #c5221f;
  --medium: #b06000;
  --low: #1a73e8;
  --high-tint: rgba(217, 48, 37, 0.12);
  --medium-tint: rgba(227, 116, 0, 0.12);
  --low-tint: rgba(26, 115, 232, 0.10);
  --card-bg: #ffffff;
  --card-fg: #202124;
  --card-muted: #5f6368;
  --card-border: #dadce0;
  --button-bg: #f1f3f4;
  --button-hover: #e3e7ea;
  --focus: #1a73e8;
}
[data-theme="dark"] {
  --high: #f28b82;
  --medium: #fdd663;
  --low: #8ab4f8;
  --high-tint: rgba(242, 139, 130, 0.18);
  --medium-tint: rgba(253, 214, 99, 0.16);
  --low-tint: rgba(138, 180, 248, 0.16);
  --card-bg: #2d2e31;
  --card-fg: #e8eaed;
  --card-muted: #bdc1c6;
  --card-border: #5f6368;
  --button-bg: #3c4043;
  --button-hover: #4a4e52;
  --focus: #8ab4f8;
}
.layer { position: absolute; inset: 0 auto auto 0; }
.mirror { position: fixed; visibility: hidden; }
[data-receptive-highlight] {
  position: absolute;
  box-sizing: border-box;
  pointer-events: none;
  border-bottom: 2px solid var(--medium);
  background: var(--medium-tint);
  border-radius: 2px 2px 0 0;
}
[data-receptive-highlight][data-severity="high"] { border-bottom-color: var(--high); background: var(--high-tint); }
[data-receptive-highlight][data-severity="low"] { border-bottom-color: var(--low); background: var(--low-tint); }
[data-receptive-highlight].clipped-bottom { border-bottom-color: transparent; }
[data-receptive-card], [data-receptive-pause], [data-receptive-send-hint] {
  position: absolute;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  letter-spacing: normal;
  text-transform: none;
  box-sizing: border-box;
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  /* A small frame (an editor in an iframe) cannot show the whole card: it scrolls instead. */
  max-height: calc(100vh - 16px);
  overflow: auto;
  overscroll-behavior: contain;
  padding: 12px 14px;
  background: var(--card-bg);
  color: var(--card-fg);
  border: 1px solid var(--card-border);
  border-radius: 10px;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.22);
  pointer-events: auto;
  text-align: start;
  z-index: 1;
}
[data-receptive-card]:focus, [data-receptive-pause]:focus { outline: none; }
[data-receptive-pause] { position: fixed; width: min(380px, calc(100vw - 16px)); }
[data-receptive-pause] .card-title { font-size: 16px; margin-bottom: 4px; }
[data-receptive-send-hint] { position: fixed; pointer-events: none; padding: 8px 12px; }
[data-receptive-send-hint] p { margin: 0; }
.pause-flagged { margin: 0 0 10px; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 4px; }
.pause-flagged li { display: flex; align-items: baseline; gap: 6px; flex-wrap: wrap; }
.pause-flagged .card-dot { align-self: center; }
.pause-flagged [data-severity="high"] .card-dot, .pause-flagged li[data-severity="high"] .card-dot { background: var(--high); }
.pause-flagged li[data-severity="low"] .card-dot { background: var(--low); }
.pause-category, .pause-more { color: var(--card-muted); font-size: 12px; }
.pause-rewrite { background: var(--button-bg); border-radius: 6px; padding: 8px 10px; margin: 0 0 10px; }
.pause-label { margin: 0 0 2px; font-size: 12px; color: var(--card-muted); }
.pause-suggestion { margin: 0 0 6px; }
.pause-rewrite button, .pause-buttons button { padding: 5px 12px; border: 1px solid var(--card-border); background: var(--card-bg); }
.pause-rewrite button:hover, .pause-buttons button:hover { background: var(--button-hover); }
.pause-buttons { display: flex; gap: 8px; justify-content: flex-end; }
.pause-buttons .pause-primary { background: var(--focus); border-color: var(--focus); color: var(--card-bg); font-weight: 600; }
.pause-buttons .pause-primary:hover { background: var(--focus); filter: brightness(1.1); }
.card-head { display: flex; align-items: center; gap: 8px; margin: 0 0 4px; }
.card-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--medium); flex: none; }
[data-severity="high"] .card-dot { background: var(--high); }
[data-severity="low"] .card-dot { background: var(--low); }
.card-title { font-weight: 600; font-size: 14px; margin: 0; }
.card-why { margin: 0 0 10px; color: var(--card-muted); font-size: 13px; }
.card-suggestions { display: flex; flex-direction: column; gap: 6px; margin: 0 0 10px; padding: 0; list-style: none; }
button {
  font: inherit;
  color: inherit;
  cursor: pointer;
  border-radius: 6px;
}
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
[data-receptive-suggestion] {
  display: block;
  width: 100%;
  text-align: start;
  padding: 6px 10px;
  background: var(--button-bg);
  border: 1px solid transparent;
}
[data-receptive-suggestion]:hover { background: var(--button-hover); }
.card-actions { display: flex; flex-wrap: wrap; gap: 4px 12px; border-top: 1px solid var(--card-border); padding-top: 8px; }
.card-actions button {
  background: none;
  border: 0;
  padding: 2px 0;
  color: var(--card-muted);
  font-size: 12px;
  text-decoration: underline;
  text-underline-offset: 2px;
}
.card-actions button:hover { color: var(--card-fg); }
.card-note { margin: 8px 0 0; font-size: 12px; color: var(--card-muted); }
`;
