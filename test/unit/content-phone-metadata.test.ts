import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * The content script parses with metadata that has no number formats
 * (lib/phone/metadata.parse.json): the full metadata would add some 50 kB to
 * every page. Numbers it shows come formatted from the background. This walks
 * its imports, builds nothing, and names the chain that breaks the rule.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATIC = /^\s*(?:import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const ALIAS = /^(?:@@|~~|@|~)\//;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = ALIAS.test(specifier) ? join(ROOT, specifier.replace(ALIAS, '')) : resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((path) => existsSync(path) && !path.endsWith('/') && !path.endsWith('.'));
}

/** Modules reached at run time from `entry` (files relative to the root, packages as imported), each with the module that first imported it. */
function importedBy(entry: string): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(join(ROOT, file), 'utf8');
    const specifiers = [...[...source.matchAll(STATIC)].filter(([, typeOnly]) => !typeOnly).map(([, , s]) => s!), ...[...source.matchAll(DYNAMIC)].map(([, s]) => s!)];
    for (const specifier of specifiers) {
      let id = specifier;
      if (specifier.startsWith('.') || ALIAS.test(specifier)) {
        const path = resolveLocal(join(ROOT, file), specifier);
        if (!path) throw new Error(`cannot resolve ${specifier} from ${file}`);
        id = relative(ROOT, path);
        queue.push(id);
      }
      if (!parents.has(id)) parents.set(id, file);
    }
  }
  return parents;
}

function chain(parents: Map<string, string | undefined>, id: string): string {
  const links = [id];
  for (let up = parents.get(id); up; up = parents.get(up)) links.unshift(up);
  return links.join(' → ');
}

/** Anything of libphonenumber-js but its metadata-free core, the formats, and the module that formats with them. */
const formats = (id: string) => (id.startsWith('libphonenumber-js') && id !== 'libphonenumber-js/core') || id === 'lib/phone/format.ts' || id === 'lib/phone/metadata.formats.json';

describe('the content script', () => {
  const parents = importedBy('entrypoints/content.ts');

  test('parses with the metadata without formats', () => {
    expect(parents.has('libphonenumber-js/core')).toBe(true);
    expect(parents.has('lib/phone/metadata.parse.json')).toBe(true);
  });

  test('never loads formatting metadata or lib/phone/format.ts', () => {
    const offenders = [...parents.keys()].filter(formats).map((id) => chain(parents, id));
    expect(offenders, `the content script must not load these (numbers it shows come formatted from the background):\n${offenders.join('\n')}`).toEqual([]);
  });

  test('the walk would see them: the popup formats numbers itself', () => {
    const popup = importedBy('entrypoints/popup/main.tsx');
    expect(chain(popup, 'lib/phone/format.ts')).toMatch(/^entrypoints\/popup\/main\.tsx → .* → lib\/phone\/format\.ts$/);
    expect(popup.has('lib/phone/metadata.formats.json')).toBe(true);
  });
});
