/**
 * `npm run scan`: the detection the extension runs, from the command line.
 * Wiring only; see args.ts, lists.ts, read-file.ts and jsonl.ts.
 */
import { createInterface } from 'node:readline';
// Outside the browser the reasons come from the English catalog.
import '../i18n/english';
import { parseArgs, USAGE, UsageError } from './args';
import { formatVerdict } from './format';
import { jsonlStream } from './jsonl-stream';
import { FeedError, indexFeeds, readBundledFeed, readFeeds } from './lists';
import { readMessageFile } from './read-file';
import { scanContext, scanMessage, type ScanContext } from './scanner';
import type { FeedList } from '../lists/types';

async function loadContext(feeds: readonly string[], noBundled: boolean, region: ScanContext['region']): Promise<ScanContext> {
  const lists: FeedList[] = noBundled ? [] : [await readBundledFeed()];
  for (const feed of feeds) lists.push(...(await readFeeds(feed)));
  return scanContext(indexFeeds(lists), region);
}

async function scanFiles(files: readonly string[], context: ScanContext): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      console.log(formatVerdict(file, scanMessage(await readMessageFile(file), context)));
    } catch (error) {
      failed++;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  let context: ScanContext;
  try {
    context = await loadContext(options.feeds, options.noBundled, options.region);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    console.error(`feed error: ${error.message}`);
    return 2;
  }
  if (options.jsonl) {
    await jsonlStream(createInterface({ input: process.stdin, crlfDelay: Infinity }), process.stdout, context);
    return 0;
  }
  return scanFiles(options.files, context);
}

// A reader that stops early (`| head`) closes the pipe; that is the end of the job, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
