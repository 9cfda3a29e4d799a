import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Reads a file, or undefined when it does not exist. */
export async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes `path` so readers see either the old file or the whole new one: the
 * bytes go to a hidden temporary file in the same folder, are flushed, and
 * the file is renamed over the target (rename is atomic on one file system).
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, mode = 0o644): Promise<void> {
  const temp = `${dirname(path)}/.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a set of files in order, each atomically, creating folders as
 * needed. If any write fails, the files this call created are removed again,
 * so a failed run leaves the folder as it found it (files it replaced are
 * only ever replaced by complete new versions).
 */
export async function writeAll(files: { path: string; bytes: Uint8Array }[]): Promise<void> {
  const created: string[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const existed = await exists(file.path);
      await writeFileAtomic(file.path, file.bytes);
      if (!existed) created.push(file.path);
    }
  } catch (error) {
    await Promise.all(created.map((path) => rm(path, { force: true })));
    throw error;
  }
}
