import { REPORT_CSS } from './report-styles';

/** Styles inside a marker's shadow root (inline: Hangup exposes no web-accessible files). */
export const MARKER_CSS = `${REPORT_CSS}
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
.summary { display: block; }
ul { margin: 0 0 8px; padding-left: 18px; }
li { margin: 2px 0; }
.contact { margin: 8px 0 0; padding: 8px; background: #f3f3f7; border-radius: 6px; }
.contact p { margin: 2px 0; }
.close { all: unset; cursor: pointer; float: right; font-size: 16px; line-height: 1; padding: 0 2px; color: #44444c; }
.close:focus-visible { outline: 2px solid #1a56db; }
@media (prefers-color-scheme: dark) {
  .card { background: #26262b; color: #ececf1; border-color: #55555e; }
  .contact { background: #33333a; }
  .close { color: #cfcfd6; }
}
`;
