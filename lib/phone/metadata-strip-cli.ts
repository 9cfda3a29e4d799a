/** Writes metadata.parse.json and metadata.formats.json from the installed libphonenumber-js: `npm run build:phone-metadata`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { formatsOf, stripFormats, type MetadataV4 } from './metadata-strip';

const source = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.min.json');
const metadata = JSON.parse(readFileSync(source, 'utf8')) as MetadataV4;
for (const [name, content] of [['metadata.parse.json', stripFormats(metadata)], ['metadata.formats.json', formatsOf(metadata)]] as const) {
  const target = fileURLToPath(new URL(`./${name}`, import.meta.url));
  writeFileSync(target, JSON.stringify(content) + '\n');
  console.log(`wrote ${target}`);
}
