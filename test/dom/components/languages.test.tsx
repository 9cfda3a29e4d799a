// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { NumberMarker } from '@/components/NumberMarker';
import { Options } from '@/components/Options';
import { Popup } from '@/components/Popup';
import { SitePause } from '@/components/SitePause';
import { tx } from '@/components/tx';
import { Welcome } from '@/components/Welcome';
import { numberVerdict } from '@/lib/detect/verdict';
import german from '@/public/_locales/de/messages.json' with { type: 'json' };
import english from '@/public/_locales/en/messages.json' with { type: 'json' };
import spanish from '@/public/_locales/es/messages.json' with { type: 'json' };
import french from '@/public/_locales/fr/messages.json' with { type: 'json' };
import { setFallbackMessages } from '@/lib/i18n';
import type { Catalog } from '@/lib/i18n/format';

const catalogs: Record<string, Catalog> = { de: german, fr: french, es: spanish };
const catalog = (language: string) => catalogs[language]!;

afterEach(() => {
  cleanup();
  setFallbackMessages(english);
});

const feed = { feedId: 'demo', name: 'Demo list', version: 3, count: 1250, updatedAt: Date.UTC(2025, 10, 25, 12), vendors: ['Norbury'] };
const vendor = { id: 'norbury', name: 'Norbury', aliases: [], phones: ['+18005550100'], domains: ['norbury.example'], statements: [] };

describe('the interface in German', () => {
  test('the popup', () => {
    setFallbackMessages(catalog('de'));
    render(<Popup feeds={[feed]} site={{ origin: 'https://example.com', paused: true }} onCheck={async () => ({ parsed: { ok: false, reason: 'empty' } })} onTogglePause={() => {}} />);
    expect(screen.getByRole('region', { name: 'Eine Nummer prüfen, die Sie angerufen hat' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Ihre Listen' })).getByRole('listitem').textContent).toContain('Demo list — 1.250 Nummern');
    expect(screen.getByRole('button', { name: 'Fortsetzen' })).toBeTruthy();
    expect(screen.getByText('example.com').parentElement!.textContent).toBe('Pausiert auf example.com');
  });

  test('a warning next to a number, with reasons built in German', () => {
    setFallbackMessages(catalog('de'));
    const verdict = numberVerdict('+18885550142', [{ feedId: 'demo', feedName: 'Demo list', category: 'tech-support', vendor }], [vendor]);
    render(<NumberMarker verdict={verdict} raw="1-888-555-0142" initiallyOpen />);
    expect(screen.getByRole('button', { name: 'Hangup: +1 888 555 0142 ist eine bekannte Betrugsnummer' }).textContent).toContain('Betrugsnummer');
    expect(screen.getByRole('heading').textContent).toBe('Rufen Sie 1-888-555-0142 nicht an');
    expect(verdict.reasons).toEqual([
      'Als Betrugsnummer aufgeführt in: Demo list.',
      'Wird für falschen technischen Support im Namen von Norbury verwendet.',
      'Diese Nummer gehört nicht zu den offiziellen Nummern von Norbury.',
    ]);
  });

  test('the settings page formats dates in the language of the messages', () => {
    setFallbackMessages(catalog('de'));
    render(<Options feeds={[feed]} onAdd={async () => ''} onRemove={() => {}} onSync={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hangup-Einstellungen');
    expect(screen.getByText(/gespeichert am/).textContent).toMatch(/^In Hangup enthalten · Version 3 · gespeichert am 2[56]\.11\.2025, \d\d:\d\d$/);
  });
});

describe.each(['fr', 'es'])('the interface in %s', (language) => {
  test('the welcome page and site pause have no English left', () => {
    setFallbackMessages(catalog(language));
    const { container } = render(
      <>
        <Welcome defaultList={{ name: 'Demo list', count: 8, vendors: ['Norbury'] }} onOpenSettings={() => {}} />
        <SitePause site={{ origin: 'https://example.com', paused: false }} onToggle={() => {}} />
      </>,
    );
    const text = container.textContent!;
    for (const word of ['Hangup starts', 'Welcome', 'privacy', 'Open settings', 'Active on', 'Pause here']) expect(text).not.toContain(word);
    expect(text).toContain('Demo list (8');
  });
});

describe('tx()', () => {
  test('puts elements where the translation puts the placeholder', () => {
    const parts = tx('site_paused_on', <strong>example.com</strong>);
    expect(parts[0]).toBe('Paused on ');
    expect(parts).toHaveLength(2);
    setFallbackMessages({ site_paused_on: { message: '$HOST$ ist pausiert', placeholders: { host: { content: '$1' } } } });
    const german = tx('site_paused_on', <strong>example.com</strong>);
    expect(german[1]).toBe(' ist pausiert');
    expect(typeof german[0]).toBe('object');
  });
});
