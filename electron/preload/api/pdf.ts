import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { invoke } from './invoke';

export const pdfApi = {
  printToPdf: (request) => invoke('printToPdf', request),
} satisfies Pick<DesktopApi, 'printToPdf'>;
