import type { AddressInfo } from 'node:net';
import { stat } from 'node:fs/promises';
import { integerOption, parseCommandArgs } from '../args';
import { UserError } from '../errors';
import type { Io } from '../io';
import { openStore } from '../inbox/open-store';
import { DEFAULT_RATE_LIMIT } from '../inbox/rate-limit';
import { createInboxRoute } from '../inbox/route';
import { createFeedServer } from '../server';

export const usage = `serve DIR --port N [--host 127.0.0.1] [--database postgres://…] [--rate-per-minute 30] [--burst 10]
                              serve the feed files in DIR over http (ETag, 304, cache headers) and receive
                              reports at POST /reports into DIR/reports.sqlite (or --database)`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { port: { type: 'string' }, host: { type: 'string' }, database: { type: 'string' }, 'rate-per-minute': { type: 'string' }, burst: { type: 'string' } },
    1,
  );
  const dir = positionals[0]!;
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) throw new UserError(`${dir} is not a folder`);
  const port = integerOption(values.port, 'port', 8080, 0, 65_535);
  const host = values.host ?? '127.0.0.1';
  const rateLimit = {
    perMinute: integerOption(values['rate-per-minute'], 'rate-per-minute', DEFAULT_RATE_LIMIT.perMinute, 1, 100_000),
    burst: integerOption(values.burst, 'burst', DEFAULT_RATE_LIMIT.burst, 1, 100_000),
  };
  const store = await openStore(dir, values.database);
  const server = createFeedServer(dir, { routes: [createInboxRoute({ store, rateLimit })], log: io.err });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => reject(new UserError(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`)));
      server.listen(port, host, resolve);
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  io.out(`serving ${dir} at http://${shown}:${address.port}/head.json`);
  io.out(`receiving reports at http://${shown}:${address.port}/reports (${values.database === undefined ? 'SQLite, reports.sqlite in ' + dir : 'PostgreSQL'})`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      server.closeAllConnections(); // keep-alive connections would otherwise hold close() open
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  // Closed only after the server has finished its last request, so no accepted report is cut off.
  await store.close();
  io.out('stopped');
  return 0;
}
