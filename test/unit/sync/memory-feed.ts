import { planBuild } from '@/publisher/build-plan';
import { generateKeyPair, type KeyPair } from '@/publisher/keys';
import { toBase64 } from '@/lib/lists/feed/bytes';
import type { Envelope } from '@/lib/lists/feed/envelope';
import type { Head } from '@/lib/lists/feed/head';
import { encodeKeyFile, signRotation, type KeyFile } from '@/lib/lists/feed/rotation';
import type { Entry, Vendor } from '@/lib/lists/types';
import { vendor } from '../fixtures';

export const BASE = 'https://acme.example/feed/';

export interface Served {
  path: string;
  status: number;
}

/**
 * A vendor feed held in memory and served through a fake `fetch`: the same
 * build code the publisher kit runs, with faults to order.
 */
export class MemoryFeed {
  readonly files = new Map<string, Uint8Array>();
  readonly log: Served[] = [];
  /** Answers to force for a path: a status code, a body, or a thrown network error. */
  readonly faults = new Map<string, { status?: number; body?: Uint8Array; throws?: boolean; headers?: Record<string, string> }>();
  head: Head | undefined;
  private entries: Entry[] = [];
  private keyFile: KeyFile | undefined;
  private readonly rotations: Envelope[] = [];

  private constructor(
    public key: KeyPair,
    readonly vendors: Vendor[],
    readonly feedId: string,
  ) {}

  static async create(vendors: Vendor[] = [vendor('acme', { name: 'Acme', phones: ['+18005550100'] })], feedId = 'acme'): Promise<MemoryFeed> {
    return new MemoryFeed(await generateKeyPair(), vendors, feedId);
  }

  /** Builds and publishes the next version with these entries. */
  async publish(entries: Entry[], options: { now?: Date; expiresDays?: number } = {}): Promise<Head> {
    const plan = await planBuild({
      entries,
      vendors: this.vendors,
      key: this.key,
      feedId: this.feedId,
      expiresDays: options.expiresDays ?? 30,
      pollSeconds: 3600,
      now: options.now ?? new Date(),
      previous: this.head ? { head: this.head, entries: this.entries } : undefined,
      keyFile: this.keyFile,
      readFeedFile: async (path) => this.files.get(path),
    });
    for (const file of plan.files) this.files.set(file.path, file.bytes);
    this.head = plan.head;
    this.entries = entries;
    return plan.head;
  }

  /**
   * Moves the feed to a new key, announced in key.json by a rotation signed
   * with `signer` (the current key unless a forger's is given).
   */
  async rotate(signer: KeyPair = this.key): Promise<KeyPair> {
    const next = await generateKeyPair();
    this.rotations.push(await signRotation(this.feedId, signer.secretKey, next.publicKey, new Date().toISOString()));
    this.keyFile = { feedId: this.feedId, publicKey: toBase64(next.publicKey), rotations: [...this.rotations] };
    this.files.set('key.json', encodeKeyFile(this.keyFile));
    this.key = next;
    return next;
  }

  fetch: typeof fetch = async (input, init) => {
    const url = String(input);
    if (!url.startsWith(BASE)) throw new TypeError(`unexpected URL ${url}`);
    const path = url.slice(BASE.length);
    const fault = this.faults.get(path);
    if (fault?.throws) {
      this.log.push({ path, status: 0 });
      throw new TypeError('Failed to fetch');
    }
    const body = fault?.body ?? this.files.get(path);
    const status = fault?.status ?? (body ? 200 : 404);
    const etag = body ? this.etagOf(body) : undefined;
    const match = (init?.headers as Record<string, string> | undefined)?.['If-None-Match'];
    this.log.push({ path, status: etag && match === etag && status === 200 ? 304 : status });
    if (etag && match === etag && status === 200) return new Response(null, { status: 304, headers: { etag } });
    return new Response(status === 200 && body ? new Blob([body as Uint8Array<ArrayBuffer>]) : 'error', { status, headers: { ...(etag ? { etag } : {}), ...fault?.headers } });
  };

  private readonly etags = new WeakMap<Uint8Array, string>();
  private etagCount = 0;

  /** A distinct ETag per file version (each build makes new byte arrays). */
  private etagOf(body: Uint8Array): string {
    let etag = this.etags.get(body);
    if (!etag) this.etags.set(body, (etag = `"v${++this.etagCount}"`));
    return etag;
  }

  /** Paths fetched since the last call. */
  fetched(): string[] {
    return this.log.splice(0).map((served) => served.path);
  }
}
