import { parseCommandArgs, required } from '../args';
import type { Io } from '../io';
import { generateKeyPair, writeKeyPair } from '../keys';

export const usage = 'keygen --out NAME            write NAME.key (secret, mode 0600) and NAME.pub; print the fingerprint';

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, { out: { type: 'string' } }, 0);
  const name = required(values.out, 'out');
  const pair = await generateKeyPair();
  const { keyPath, pubPath } = await writeKeyPair(name, pair);
  io.out(`wrote ${keyPath} (secret: keep it offline, never put it in the feed folder)`);
  io.out(`wrote ${pubPath}`);
  io.out(`fingerprint: ${pair.keyId}`);
  return 0;
}
