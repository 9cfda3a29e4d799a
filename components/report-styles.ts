/** Styles of the report section, shared by the number marker's card and the message banner. */
export const REPORT_CSS = `
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
  .action { background: #8ab4f8; color: #1e1e22; }
  .action.secondary { background: transparent; color: #8ab4f8; border-color: #8ab4f8; }
}
`;
