/** Writes metadata.parse.json from the installed libphonenumber-js: `npm run build:phone-metadata`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stripFormats, type MetadataV4 } from './metadata-strip';

const source = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.min.json');
const target = fileURLToPath(new URL('./metadata.parse.json', import.meta.url));
const metadata = JSON.parse(readFileSync(source, 'utf8')) as MetadataV4;
writeFileSync(target, JSON.stringify(stripFormats(metadata)) + '\n');
console.log(`wrote ${target}`);
