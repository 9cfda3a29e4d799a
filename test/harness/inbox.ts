import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  key: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A report inbox on 127.0.0.1 that records what arrives and can be taken
 * down and brought back on the same port.
 */
export class TestInbox {
  readonly received: Received[] = [];
  private server: Server | undefined;
  port = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Content-Type, Idempotency-Key', 'access-control-allow-methods': 'POST' };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => {
        const key = req.headers['idempotency-key'];
        const body = JSON.parse(data) as Record<string, unknown>;
        const duplicate = this.received.some((r) => r.key === key);
        if (!duplicate) this.received.push({ key: typeof key === 'string' ? key : undefined, body });
        res.writeHead(duplicate ? 200 : 201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ status: duplicate ? 'duplicate' : 'stored' }));
      });
    });
    await new Promise<void>((done) => this.server!.listen(this.port, '127.0.0.1', done));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}/reports`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}
