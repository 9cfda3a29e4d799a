/**
 * The readable parts of an iCalendar (text/calendar) invitation. Callback
 * scams send fake invoices as meeting invitations, so the lure often lives
 * only in the event's summary and description.
 */
const FIELDS = ['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'ORGANIZER', 'CONTACT'];

function unescape(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

export function calendarText(ics: string): string {
  // Long content lines are folded with CRLF + one space or tab (RFC 5545 §3.1).
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m || !FIELDS.includes(m[1]!)) continue;
    const value = m[1] === 'ORGANIZER' ? (/CN=("?)([^;:"]*)\1/.exec(m[2]!)?.[2] ?? '') + ' ' + m[3]!.replace(/^mailto:/i, '') : unescape(m[3]!);
    if (value.trim()) out.push(value.trim());
  }
  return out.join('\n\n');
}
