import { describe, expect, test } from 'vitest';
import { calendarText } from '@/lib/scan/calendar';
import { decodeEntities } from '@/lib/scan/entities';
import { htmlToText, looksLikeHtml } from '@/lib/scan/html-to-text';
import { readableText } from '@/lib/scan/scanner';

describe('HTML to text', () => {
  test.each([
    ['drops scripts, styles, comments and the head', '<head><title>T</title></head><style>p{}</style><script>x=1</script><!-- c --><p>Hello</p>', 'Hello'],
    ['block elements break lines', '<div>one</div><div>two</div><p>three</p>', 'one\ntwo\n\nthree'],
    ['a run of block boundaries is one line break', '<div><div><span>label:</span></div></div><div>value</div>', 'label:\nvalue'],
    ['<br> breaks a line, two make a blank line', 'a<br>b<br><br>c', 'a\nb\n\nc'],
    ['inline elements join a split number', '<span>1-888</span>-<b>555</b>-<i>0142</i>', '1-888-555-0142'],
    ['source line breaks are spaces', 'call\n   us\nnow', 'call us now'],
    ['table cells are spaced', '<table><tr><td>Phone:</td><td>+1 202 555 0143</td></tr></table>', 'Phone: +1 202 555 0143'],
    ['image alt text is kept', '<img src="a.png" alt="Call 1-888-555-0142">', 'Call 1-888-555-0142'],
    ['entities are decoded after tags are removed', '<p>&lt;b&gt; &amp; &euro;5 &#36;9 &#x1F4DE; don&rsquo;t</p>', '<b> & €5 $9 📞 don’t'],
    ['unclosed comment hides the rest', 'visible<!-- hidden', 'visible'],
  ])('%s', (_case, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('entities: unknown names stay as written, invalid code points become U+FFFD', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &copy; &ccedil;')).toBe('&bogus; \ufffd \ufffd © ç');
  });

  test('recognises HTML sent as plain text', () => {
    expect(looksLikeHtml('<div><p>Hello</p><br></div>')).toBe(true);
    expect(looksLikeHtml('Use a <b> tag for bold.')).toBe(false);
  });

  test('readable text prefers the plain body and renders HTML otherwise', () => {
    expect(readableText({ text: 'plain', html: '<p>html</p>' })).toBe('plain');
    expect(readableText({ text: '', html: '<p>html</p>' })).toBe('html');
    expect(readableText({ text: '<div><p>html as text</p><br></div>', html: '' })).toBe('html as text');
  });

  test('is linear on hostile input', () => {
    const hostile = '<a '.repeat(20_000) + '"'.repeat(20_000);
    const started = performance.now();
    htmlToText(hostile);
    // Generous bound: a catastrophic backtrack takes minutes, not a second.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('calendar invitations', () => {
  test('summary, description and location, unfolded and unescaped', () => {
    const ics = 'BEGIN:VEVENT\r\nSUMMARY:Invoice confirmed\r\nDESCRIPTION:Line one\\nTo cancel\\, call 1-877-\r\n 555-0168\r\nLOCATION:Online\r\nORGANIZER;CN="Jo Example":mailto:jo@example.org\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT';
    expect(calendarText(ics)).toBe('Invoice confirmed\n\nLine one\nTo cancel, call 1-877-555-0168\n\nOnline\n\nJo Example jo@example.org');
  });
});
