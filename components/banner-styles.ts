import { REPORT_CSS } from './report-styles';

/** Styles inside a message banner's shadow root (inline: Hangup exposes no web-accessible files). */
export const BANNER_CSS = `${REPORT_CSS}
:host { all: initial; }
.banner { box-sizing: border-box; display: flex; gap: 12px; align-items: flex-start; margin: 0; padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; text-align: left;
  background: #fdecea; border: 1px solid #e8b4ae; border-left: 6px solid #b3261e; border-radius: 8px; }
.banner.suspicious { background: #fff4e0; border-color: #ecc98a; border-left-color: #b06000; }
.icon { flex: none; font-size: 20px; line-height: 1.2; }
.content { flex: 1; min-width: 0; }
.headline { margin: 0 0 4px; font-size: 15px; font-weight: 700; }
.brand { margin: 0 0 2px; font-size: 11px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; color: #55555e; }
ul { margin: 4px 0 0; padding-left: 18px; }
li { margin: 2px 0; overflow-wrap: anywhere; }
.contact { margin: 8px 0 0; padding: 8px 10px; background: rgba(255,255,255,.7); border-radius: 6px; }
.contact p { margin: 2px 0; }
.dismiss { order: 3; flex: none; font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  color: #1b1b1f; background: transparent; border: 1px solid #8a8a94; }
.dismiss:hover { background: rgba(0,0,0,.06); }
.dismiss:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .banner { color: #ececf1; background: #3a1f1d; border-color: #6b3530; border-left-color: #ff8a80; }
  .banner.suspicious { background: #3a2c14; border-color: #6e5428; border-left-color: #ffb74d; }
  .brand { color: #b4b4be; }
  .contact { background: rgba(0,0,0,.25); }
  .dismiss { color: #ececf1; border-color: #8a8a94; }
  .dismiss:hover { background: rgba(255,255,255,.08); }
  .dismiss:focus-visible { outline-color: #8ab4f8; }
}
`;
