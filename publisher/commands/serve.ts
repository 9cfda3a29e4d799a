import type { AddressInfo } from 'node:net';
import { stat } from 'node:fs/promises';
import { integerOption, parseCommandArgs } from '../args';
import { UserError } from '../errors';
import type { Io } from '../io';
import { createFeedServer } from '../server';

export const usage = 'serve DIR --port N [--host 127.0.0.1]\n                              serve the feed files in DIR over http (ETag, 304, cache headers)';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { port: { type: 'string' }, host: { type: 'string' } }, 1);
  const dir = positionals[0]!;
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) throw new UserError(`${dir} is not a folder`);
  const port = integerOption(values.port, 'port', 8080, 0, 65_535);
  const host = values.host ?? '127.0.0.1';
  const server = createFeedServer(dir, { log: io.err });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new UserError(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`)));
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  io.out(`serving ${dir} at http://${shown}:${address.port}/head.json`);
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
  io.out('stopped');
  return 0;
}
