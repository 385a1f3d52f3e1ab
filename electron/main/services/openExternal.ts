import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '../../../src/shared/ipc/externalUrl';
import { log } from './logger';

/**
 * The only call of `shell.openExternal` in Riparo. A URL reaches the system
 * browser or mail client only if it passes the shared allow-list (https: and
 * mailto:); anything else (file:, smb:, ms-msdt:, custom schemes that launch
 * programs) is refused. Resolves to whether the link was handed over.
 */
export async function openExternalSafely(shell: Pick<Shell, 'openExternal'>, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch (error) {
    // No browser or mail client is registered; the URL itself is not logged (a mailto: names a person).
    log.warn('No application took an external link', error instanceof Error ? error.name : 'unknown');
    return false;
  }
}
