import type { CountryCode } from 'libphonenumber-js/core';
import { isRegion } from '../phone/metadata';

export interface CliOptions {
  jsonl: boolean;
  feeds: string[];
  region: CountryCode;
  noBundled: boolean;
  files: string[];
  help: boolean;
}

export const USAGE = `Usage:
  npm run scan -- [options] FILE...          verdict and reasons for .eml, .html, .txt files
  npm run --silent scan -- --jsonl [options] read {"id","subject","from","text","html"} lines on stdin,
                                             write one verdict line per input line
Options:
  --feed FILE_OR_DIR   also use this feed: a signed feed folder (head.json, key.json),
                       a JSON list file, or a directory of them (repeatable)
  --no-bundled         do not use the bundled feed (public/feeds/default/)
  --region CC          region for numbers written without a country code (default US)
  -h, --help           this help`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { jsonl: false, feeds: [], region: 'US', noBundled: false, files: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--feed') options.feeds.push(value());
    else if (arg === '--no-bundled') options.noBundled = true;
    else if (arg === '--region') {
      const region = value().toUpperCase();
      if (!isRegion(region)) throw new UsageError(`unknown region: ${region}`);
      options.region = region;
    } else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}`);
    else options.files.push(arg);
  }
  if (!options.help && !options.jsonl && options.files.length === 0) throw new UsageError('give at least one FILE, or --jsonl');
  if (options.jsonl && options.files.length > 0) throw new UsageError('--jsonl reads stdin; do not also give files');
  return options;
}
