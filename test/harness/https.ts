import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sendFile } from './server';

const run = promisify(execFile);


export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A throwaway self-signed certificate for `names`, made with the system's
 * openssl at test time (nothing secret is kept in the repository).
 */
export async function selfSignedCertificate(names: string[]): Promise<Certificate> {
  const folder = await mkdtemp(join(tmpdir(), 'hangup-cert-'));
  try {
    const keyPath = join(folder, 'key.pem');
    const certPath = join(folder, 'cert.pem');
    const san = ['IP:127.0.0.1', ...names.map((name) => `DNS:${name}`)].join(',');
    await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=hangup-test', '-addext', `subjectAltName=${san}`, '-keyout', keyPath, '-out', certPath], { timeout: 30_000 });
    return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
  } catch (error) {
    throw new Error(`Could not make a test certificate with openssl (is it installed?): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface HttpsServer {
  port: number;
  /** Chromium's --host-resolver-rules value sending every name to this server. */
  resolverRules: string;
  close: () => Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 that answers for several host names, like the
 * real sites would; `fileFor` picks the file for a request's host and path
 * (undefined: 404). Pair it with Chromium's --host-resolver-rules and
 * --ignore-certificate-errors to load pages under their real names.
 */
export async function serveHttps(options: { names: string[]; fileFor: (host: string, path: string) => string | undefined }): Promise<HttpsServer> {
  const certificate = await selfSignedCertificate(options.names);
  const server: Server = createServer(certificate, async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
      const file = options.fileFor(url.hostname, decodeURIComponent(url.pathname));
      if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      await sendFile(res, file);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    resolverRules: options.names.map((name) => `MAP ${name} 127.0.0.1:${port}`).join(', '),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
