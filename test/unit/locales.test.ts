import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { resolvePlaceholders, type Catalog } from '@/lib/i18n/format';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = join(ROOT, 'public/_locales');
const LANGUAGES = ['en', 'de', 'fr', 'es'];

const read = (language: string): Catalog => JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8')) as Catalog;
const catalogs = Object.fromEntries(LANGUAGES.map((language) => [language, read(language)]));
const english = catalogs.en!;
const keys = Object.keys(english);

/** Named placeholders a message uses ($VENDOR$ → "vendor") and the $1..$9 it uses directly. */
function references(message: string): { named: Set<string>; direct: Set<string> } {
  const named = new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()));
  const direct = new Set([...message.replace(/\$([A-Za-z0-9_@]+)\$/g, '').replace(/\$\$/g, '').matchAll(/\$([1-9])/g)].map((match) => match[1]!));
  return { named, direct };
}

/** A vendor's name and its possessive ("Norton's") may stand in for each other: not every language has the possessive. */
const partner = (name: string) => (name.endsWith('_possessive') ? name.slice(0, -'_possessive'.length) : `${name}_possessive`);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('message catalogs', () => {
  test('there is a catalog for each language, and only those', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  test.each(LANGUAGES.slice(1))('%s has exactly the English keys', (language) => {
    const theirs = Object.keys(catalogs[language]!);
    expect(keys.filter((key) => !theirs.includes(key))).toEqual([]);
    expect(theirs.filter((key) => !keys.includes(key))).toEqual([]);
  });

  test('keys are lower_snake_case and every English message tells translators what it is', () => {
    expect(keys.filter((key) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(key))).toEqual([]);
    expect(keys.filter((key) => !english[key]!.description?.trim())).toEqual([]);
  });

  test.each(LANGUAGES)('%s has no empty message', (language) => {
    expect(Object.entries(catalogs[language]!).filter(([, entry]) => !entry.message.trim())).toEqual([]);
  });

  test.each(LANGUAGES.slice(1))('%s declares the same placeholders as English', (language) => {
    const wrong = keys.filter((key) => JSON.stringify(contents(catalogs[language]![key]!)) !== JSON.stringify(contents(english[key]!)));
    expect(wrong).toEqual([]);
  });

  test.each(LANGUAGES.slice(1))('%s uses the placeholders English uses', (language) => {
    const wrong = keys.filter((key) => {
      const ours = references(english[key]!.message);
      const theirs = references(catalogs[language]![key]!.message);
      const allowed = new Set([...ours.named].flatMap((name) => [name, partner(name)]));
      const missing = [...ours.named].filter((name) => !theirs.named.has(name) && !theirs.named.has(partner(name)));
      const extra = [...theirs.named].filter((name) => !allowed.has(name));
      return missing.length > 0 || extra.length > 0 || [...ours.direct].sort().join() !== [...theirs.direct].sort().join();
    });
    expect(wrong).toEqual([]);
  });

  // Chrome refuses to load an extension whose message names an undeclared placeholder,
  // and silently drops a `$` that starts nothing (a literal dollar sign is `$$`).
  test.each(LANGUAGES)('every %s message loads as Chrome loads it, with no stray dollar sign', (language) => {
    const problems = Object.entries(catalogs[language]!).flatMap(([key, entry]) => {
      try {
        const template = resolvePlaceholders(entry);
        return /\$(?![1-9$])/.test(template.replace(/\$\$/g, '')) ? [`${key}: stray $`] : [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  test.each(LANGUAGES)('%s messages leave the characters that stand in for elements alone', (language) => {
    expect(Object.keys(catalogs[language]!).filter((key) => /[\ue000-\uf8ff]/.test(catalogs[language]![key]!.message))).toEqual([]);
  });

  test('locale_code names the folder it is in', () => {
    for (const language of LANGUAGES) expect(catalogs[language]!.locale_code!.message).toBe(language);
  });

  test('the store description fits in 132 characters in every language', () => {
    for (const language of LANGUAGES) expect(catalogs[language]!.ext_description!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('messages and code', () => {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const code = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')].map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');

  test('every __MSG_ key in the manifest exists', () => {
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((key) => !(key in english))).toEqual([]);
  });

  test('every message is used somewhere', () => {
    expect(keys.filter((key) => !code.includes(`'${key}'`) && !config.includes(`__MSG_${key}__`))).toEqual([]);
  });

  // The browser reads public/_locales itself; a catalog in a bundle would only add weight.
  test('extension code never imports a catalog', () => {
    const importers = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')].filter((file) => {
      if (file === 'lib/i18n/english.ts' || file.startsWith('lib/scan/')) return false;
      return /^import (?!type )[^;]*(_locales|i18n\/english)/m.test(readFileSync(join(ROOT, file), 'utf8'));
    });
    expect(importers).toEqual([]);
  });
});

function contents(entry: Catalog[string]) {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {})
      .map(([name, value]) => [name.toLowerCase(), value.content] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
