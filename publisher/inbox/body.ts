import type { IncomingMessage } from 'node:http';

export const MAX_BODY = 16 * 1024;

export type BodyResult = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

/**
 * Reads a request body of at most `max` bytes. A Content-Length over the
 * limit is refused before a byte is read; a chunked body is cut off as soon
 * as it passes the limit, so an oversized body is never buffered whole. On
 * refusal the stream is only paused, not destroyed, so the caller can still
 * answer 413 (and close the connection).
 */
export function readBody(req: IncomingMessage, max = MAX_BODY): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve({ ok: false, tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd).off('error', reject);
      req.pause();
      resolve({ ok: false, tooLarge: true });
    };
    const onEnd = () => resolve({ ok: true, bytes: Buffer.concat(chunks) });
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}
