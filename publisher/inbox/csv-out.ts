/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
 * break or leading/trailing space (publisher/csv.ts trims unquoted fields),
 * with quotes doubled.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Report text comes from anyone who can reach the inbox. A field a
 * spreadsheet would run as a formula (=, @, a tab or CR first, or + or -
 * followed by more than a phone number's characters) gets a leading
 * apostrophe, as OWASP advises; phone numbers like "+1 (888) 555-0142" are
 * left as they are. The JSON export is never altered.
 */
export function defuseFormula(value: string): string {
  if (/^[=@\t\r]/.test(value) || /^[+-](?![\d\s().+-]*$)/.test(value)) return `'${value}`;
  return value;
}

export function csvLine(row: readonly string[]): string {
  return row.map(csvField).join(',') + '\n';
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map(csvLine).join('');
}
