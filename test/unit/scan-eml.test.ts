import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseEml } from '@/lib/scan/eml';
import { readMessageFile, UnsupportedFileError } from '@/lib/scan/read-file';

const fixture = (name: string) => new URL(`../fixtures/eml/${name}`, import.meta.url);

describe('.eml parsing', () => {
  test('multipart/alternative: quoted-printable plain part and base64 HTML part', async () => {
    const m = await parseEml(await readFile(fixture('multipart-alternative.eml')), 'mp');
    expect(m.id).toBe('mp');
    expect(m.subject).toBe('Your Norbury 360 renewal — receipt');
    expect(m.from).toBe('Norbury Renewals <renewals@mailer-norbury.example>');
    // Quoted-printable soft line breaks and UTF-8 are decoded.
    expect(m.text).toContain('renewed for $389.99 — thank you for choosing Norbury.');
    expect(m.text).toContain('within 24 hours at 1-888-555-0199 and we will cancel it');
    // The base64 HTML part is decoded too.
    expect(m.html).toContain('<a href="tel:+18885550199">');
  });

  test('HTML-only message is rendered to text', async () => {
    const m = await parseEml(await readFile(fixture('html-only.eml')));
    expect(m.subject).toBe('Payment blocked on your account');
    expect(m.text).toContain('phone our security team immediately on +44 20 7946 0321.');
    expect(m.text).toContain('€749,00');
  });

  test('a calendar invitation contributes its description', async () => {
    const m = await parseEml(await readFile(fixture('calendar-invite.eml')));
    expect(m.text).toContain('You have been invited to an event.');
    expect(m.text).toContain('Bluegate Support invoice BG-20931 confirmed');
    expect(m.text).toContain('To cancel, call our support desk at 1-877-555-0168 before the end of the day.');
  });

  test('files are read by extension', async () => {
    expect((await readMessageFile(new URL('../fixtures/scan/lure.html', import.meta.url).pathname)).subject).toBe('Bluegate Support - Alert');
    expect((await readMessageFile(new URL('../fixtures/scan/note.txt', import.meta.url).pathname)).text).toContain('Ring Alex');
    await expect(readMessageFile('message.pdf')).rejects.toBeInstanceOf(UnsupportedFileError);
  });
});
