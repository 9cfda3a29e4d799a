import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((path) => existsSync(path) && !path.endsWith('/'));
}

/** Files and packages a module loads at run time (type-only imports vanish from the bundle). */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const [, , typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (typeOnly || !specifier) continue;
      if (specifier.startsWith('.') || specifier.startsWith('@/')) {
        const path = resolveLocal(file, specifier);
        if (!path) throw new Error(`cannot resolve ${specifier} from ${file}`);
        queue.push(path);
      } else {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
    }
  }
  return { files: new Set([...files].map((path) => relative(ROOT, path))), packages };
}

// A content script's IndexedDB is the page's database, so the lists must stay in the background.
describe('the content script', () => {
  const graph = runtimeGraph(join(ROOT, 'entrypoints/content.ts'));

  test('the graph walk sees the scanner and the marker', () => {
    expect(graph.files).toContain('lib/page/scanner.ts');
    expect(graph.files).toContain('components/NumberMarker.tsx');
    expect(graph.packages).toContain('preact');
  });

  test('never loads idb or the lists modules', () => {
    expect(graph.packages).not.toContain('idb');
    expect([...graph.files].filter((file) => file.startsWith('lib/lists/') || (file.startsWith('lib/background/') && !file.endsWith('paused-sites.ts')))).toEqual([]);
  });

  test('never mentions indexedDB in code it loads', () => {
    const offenders = [...graph.files].filter((file) => /\.tsx?$/.test(file) && /indexedDB/i.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
