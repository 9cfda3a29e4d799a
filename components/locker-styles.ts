/** Styles inside the locker warning's shadow root (inline: Hangup exposes no web-accessible files). */
export const LOCKER_CSS = `
dialog { all: initial; box-sizing: border-box; position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none;
  margin: 0; padding: 24px; display: flex; align-items: center; justify-content: center; overflow: auto;
  background: rgba(20, 10, 12, .92); visibility: visible; opacity: 1; z-index: 2147483647; }
dialog:not([open]) { display: none; }
dialog::backdrop { background: rgba(20, 10, 12, .92); }
.card { box-sizing: border-box; width: 560px; max-width: 100%; margin: auto; padding: 28px 32px; border-radius: 12px; border-top: 8px solid #b3261e;
  background: #fff; color: #1b1b1f; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  box-shadow: 0 12px 48px rgba(0,0,0,.5); }
.brand { margin: 0 0 4px; font-size: 13px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: #b3261e; }
h1 { margin: 0 0 10px; font-size: 28px; line-height: 1.2; }
.lead { font-size: 19px; font-weight: 600; margin: 0 0 10px; }
p { margin: 0 0 10px; }
ul { margin: 0 0 12px; padding-left: 20px; font-size: 14px; color: #3a3a42; }
li { margin: 3px 0; }
.contact { margin: 0 0 14px; padding: 10px 12px; background: #f3f3f7; border-radius: 8px; font-size: 14px; }
.contact p { margin: 2px 0; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; margin-top: 18px; }
button { font: inherit; cursor: pointer; border-radius: 8px; }
.primary { padding: 12px 24px; border: 0; background: #b3261e; color: #fff; font-size: 18px; font-weight: 700; }
.primary:disabled { opacity: .7; cursor: progress; }
.leave { padding: 6px 8px; border: 0; background: none; color: #44444c; font-size: 13px; text-decoration: underline; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 3px; }
.help { margin-top: 12px; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .card { background: #26262b; color: #ececf1; }
  ul { color: #cfcfd6; }
  .contact { background: #33333a; }
  .leave { color: #cfcfd6; }
}
`;
