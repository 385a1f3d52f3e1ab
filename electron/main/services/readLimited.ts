import { open } from 'node:fs/promises';

/** The file is over the size limit; the renderer gets a reason it can translate. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
}

/**
 * Reads a whole regular file, refusing it when it is larger than `maxBytes`.
 *
 * The size is checked on the open handle, not on the path, so a file swapped
 * or grown between the check and the read cannot slip past the limit; the
 * limit keeps one careless pick (a video, a disk image) from being copied
 * into memory and then across IPC.
 */
export async function readLimited(filePath: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const file = await open(filePath, 'r');
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new Error('Only regular files can be opened.');
    if (stats.size > maxBytes) {
      throw new FileTooLargeError(
        `The file is larger than ${formatSize(maxBytes)} and cannot be opened (it is ${formatSize(stats.size)}).`,
      );
    }
    const bytes = await file.readFile();
    if (bytes.byteLength > maxBytes)
      throw new FileTooLargeError('The file grew beyond the size limit while it was read.');
    return bytes;
  } finally {
    await file.close();
  }
}

const MEGABYTE = 1024 * 1024;

function formatSize(bytes: number): string {
  return bytes < MEGABYTE ? `${bytes} bytes` : `${Math.round(bytes / MEGABYTE)} MB`;
}
