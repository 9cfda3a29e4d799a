import { parseCommandArgs, required } from '../args';
import type { Io } from '../io';
import { readPublicKey } from '../keys';
import { verifyFeedDir } from '../verify-dir';

export const usage = 'verify DIR --pub NAME.pub     check DIR as a client that pinned NAME.pub would';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { pub: { type: 'string' } }, 1);
  const pinned = await readPublicKey(required(values.pub, 'pub'));
  for (const line of await verifyFeedDir(positionals[0]!, pinned, Date.now())) io.out(line);
  return 0;
}
