import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest PostgreSQL under Debian's /usr/lib/postgresql/VERSION/bin, or undefined when none is installed. */
export async function findPostgresBin(): Promise<string | undefined> {
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  for (const version of versions.sort((a, b) => Number(b) - Number(a))) {
    const bin = join(root, version, 'bin');
    if (await stat(join(bin, 'initdb')).then((s) => s.isFile(), () => false)) return bin;
  }
  return undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningPostgres {
  /** postgres://postgres@127.0.0.1:PORT/NAME */
  url(database: string): string;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL on 127.0.0.1 with its data and socket in a
 * temporary folder, trust authentication, superuser `postgres`. initdb and
 * the server refuse to run as root, so as root they run as the `postgres`
 * user Debian's package creates, who then owns the folder.
 */
export async function startPostgres(bin: string): Promise<RunningPostgres> {
  const root = await mkdtemp(join(tmpdir(), 'hangup-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (command: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args]) : run(join(bin, command), args));
  const data = join(root, 'data');
  const port = await freePort();
  try {
    await as('initdb', ['-D', data, '--auth=trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    // fsync=off: a throwaway server, whose own durability is not under test.
    await as('pg_ctl', ['-D', data, '-l', join(root, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      try {
        await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  };
}
