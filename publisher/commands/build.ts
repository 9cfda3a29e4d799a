import type { CountryCode } from 'libphonenumber-js/min';
import { isSupportedCountry } from 'libphonenumber-js/min';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { integerOption, parseCommandArgs, required } from '../args';
import { planBuild } from '../build-plan';
import { parseNumbersCsv } from '../csv';
import { UsageError, UserError } from '../errors';
import { readKeyFile, readPreviousFeed } from '../feed-dir';
import { readIfExists, writeAll } from '../fs-util';
import type { Io } from '../io';
import { readSecretKey } from '../keys';
import { loadVendors } from '../vendors';

export const usage = `build --list numbers.csv --vendor vendor.json --key NAME.key --out DIR
      [--feed-id ID] [--expires-days 30] [--poll-seconds 3600] [--region US]
                              sign a new version of the feed in DIR (a delta from the one already there)`;

const options = {
  list: { type: 'string' },
  vendor: { type: 'string' },
  key: { type: 'string' },
  out: { type: 'string' },
  'feed-id': { type: 'string' },
  'expires-days': { type: 'string' },
  'poll-seconds': { type: 'string' },
  region: { type: 'string' },
} as const;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, options, 0);
  const listPath = required(values.list, 'list');
  const dir = required(values.out, 'out');
  const region = (values.region ?? 'US').toUpperCase();
  if (!isSupportedCountry(region)) throw new UsageError(`--region ${region} is not a country code libphonenumber knows`);
  const expiresDays = integerOption(values['expires-days'], 'expires-days', 30, 1, 365);
  // The client clamps poll hints to [300, 86400]; refusing others here avoids a hint that silently means something else.
  const pollSeconds = integerOption(values['poll-seconds'], 'poll-seconds', 3600, 300, 86_400);

  const vendors = await loadVendors(required(values.vendor, 'vendor'));
  const key = await readSecretKey(required(values.key, 'key'), io.err);
  const csv = await readFile(listPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${listPath}: ${error.code ?? String(error)}`);
  });
  const parsed = parseNumbersCsv(csv, { file: basename(listPath), region: region as CountryCode, vendorIds: new Set(vendors.map((v) => v.id)) });
  if (!parsed.ok) throw new UserError(parsed.errors.join('\n'));

  const plan = await planBuild({
    entries: parsed.entries,
    vendors,
    key,
    feedId: values['feed-id'],
    expiresDays,
    pollSeconds,
    now: new Date(),
    previous: await readPreviousFeed(dir),
    keyFile: (await readKeyFile(dir))?.file,
    readFeedFile: (path) => readIfExists(join(dir, path)),
  });
  // Nothing is written until every input has been read and checked; head.json goes last.
  await writeAll(plan.files.map((file) => ({ path: join(dir, file.path), bytes: file.bytes })));

  const { head } = plan;
  io.out(`feed ${head.feedId}: head version ${head.version}, list version ${head.list.version}, ${head.list.count} numbers`);
  if (!plan.listChanged) io.out('list unchanged: same snapshot, new head (vendors, expiry)');
  else io.out(`snapshot ${head.list.snapshot.path}`);
  if (plan.delta) io.out(`delta from list version ${head.list.version - 1}: ${plan.delta.remove} removed, ${plan.delta.add} added`);
  io.out(`signed by ${key.keyId}; expires ${head.expires}`);
  io.out(`wrote ${join(dir, 'head.json')}`);
  return 0;
}
