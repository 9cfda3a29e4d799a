/** Styles inside a marker's shadow root (inline: Hangup exposes no web-accessible files). */
export const MARKER_CSS = `
.root { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; font-style: normal; font-weight: normal;
  text-transform: none; letter-spacing: normal; text-decoration: none; }
.badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px; margin: 0 2px;
  padding: 0 6px; border-radius: 9px; font-size: 12px; font-weight: 600; line-height: 18px; cursor: pointer; white-space: nowrap; }
.badge:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.scam .badge { background: #b3261e; color: #fff; }
.official .badge { background: #e6f4ea; color: #0d652d; border: 1px solid #0d652d; }
.card { position: absolute; z-index: 2147483647; top: calc(100% + 4px); left: 0; width: 300px; max-width: 80vw; box-sizing: border-box;
  padding: 12px 14px; background: #fff; color: #1b1b1f; border-radius: 8px; border: 1px solid #c4c4cc;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); text-align: left; white-space: normal; }
.card.end { left: auto; right: 0; }
.scam .card { border-top: 4px solid #b3261e; }
.official .card { border-top: 4px solid #0d652d; }
h2 { margin: 0 0 6px; font-size: 14px; }
ul { margin: 0 0 8px; padding-left: 18px; }
li { margin: 2px 0; }
.contact { margin: 8px 0 0; padding: 8px; background: #f3f3f7; border-radius: 6px; }
.contact p { margin: 2px 0; }
.close { all: unset; cursor: pointer; float: right; font-size: 16px; line-height: 1; padding: 0 2px; color: #44444c; }
.close:focus-visible { outline: 2px solid #1a56db; }
.report { margin-top: 10px; padding-top: 8px; border-top: 1px solid #d4d4dc; }
.report h3 { margin: 0 0 4px; font-size: 13px; }
.fine { margin: 4px 0; font-size: 12px; color: #44444c; }
.share { display: flex; gap: 6px; align-items: flex-start; margin: 4px 0; font-size: 12px; }
.share code, .share q { word-break: break-all; }
.action { all: unset; box-sizing: border-box; display: inline-block; margin-top: 6px; padding: 4px 10px; border-radius: 6px; background: #1a56db;
  color: #fff; font-weight: 600; cursor: pointer; }
.action.secondary { background: transparent; color: #1a56db; border: 1px solid #1a56db; }
.action:focus-visible, .share input:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.action[disabled] { opacity: .6; cursor: default; }
.error { color: #b3261e; }
@media (prefers-color-scheme: dark) {
  .fine { color: #cfcfd6; }
  .report { border-top-color: #55555e; }
  .card { background: #26262b; color: #ececf1; border-color: #55555e; }
  .contact { background: #33333a; }
  .close { color: #cfcfd6; }
}
`;
