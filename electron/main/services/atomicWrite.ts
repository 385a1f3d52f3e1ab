import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';

/**
 * Writes `content` to `filePath` so that the path holds either the old file or
 * the complete new one, never half of it: the bytes go to a temporary file
 * beside the target (same folder, so the rename cannot cross volumes), are
 * flushed to disk, and the temporary file is then renamed over the target.
 * A report or backup cut short by a crash or a full disk therefore never
 * replaces a good file. Strings are written as UTF-8.
 */
export async function atomicWrite(filePath: string, content: string | Uint8Array): Promise<void> {
  const temporaryPath = `${filePath}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    // 'wx' refuses to reuse an existing file, so two writes never share a temporary file.
    const file = await open(temporaryPath, 'wx');
    try {
      await file.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporaryPath, filePath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}
