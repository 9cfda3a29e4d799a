import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Sends `file` with its content type, uncached; a 404 when there is no such file. */
export async function sendFile(res: ServerResponse, file: string): Promise<void> {
  if (!(await stat(file).catch(() => undefined))?.isFile()) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface StaticServer {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (a free port unless one is given). `routes`
 * run first; a route that returns true has answered the request.
 */
export async function serveStatic(folder: string, options: { port?: number; routes?: Route[] } = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer(async (req, res) => {
    try {
      for (const route of options.routes ?? []) if (await route(req, res)) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) return void res.writeHead(403).end();
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      await sendFile(res, file);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
