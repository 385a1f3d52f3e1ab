import { describe, expect, it } from 'vitest';
import { ipcContract } from './contract';

const saveArgs = (suggestedName: string) => [{ suggestedName, content: 'x', filters: [] }];

describe('the IPC contract', () => {
  it('gives every method its own channel', () => {
    const channels = Object.values(ipcContract).map((entry) => entry.channel);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('accepts a plain file name with accents and spaces', () => {
    expect(ipcContract.saveFile.args.safeParse(saveArgs('Fascicolo R-2026-0001 perché.pdf')).success).toBe(
      true,
    );
  });

  it.each(['../segreti.txt', 'C:\\Windows\\win.ini', 'a/b.csv', 'nome\u0007.pdf', ''])(
    'refuses %j as a suggested file name',
    (name) => {
      expect(ipcContract.saveFile.args.safeParse(saveArgs(name)).success).toBe(false);
    },
  );

  it('reveals only the folders it names, never a path from the page', () => {
    expect(ipcContract.revealFolder.args.safeParse(['data']).success).toBe(true);
    expect(ipcContract.revealFolder.args.safeParse(['C:\\Users']).success).toBe(false);
  });

  it.each(['/print/dossier/01JZ8Q0V1C2D3E4F5G6H7J8K9M', '/print/report/2026-Q1', '/print/policy'])(
    'prints the document at %j',
    (documentPath) => {
      const args = [{ suggestedName: 'x', landscape: false, documentPath }];
      expect(ipcContract.printToPdf.args.safeParse(args).success).toBe(true);
    },
  );

  it.each([
    '/complaints',
    'https://evil.example/',
    '/print/../settings',
    '/print/dossier/a/b',
    '/print/x?y=1',
  ])('refuses to print %j, which is not a document address', (documentPath) => {
    const args = [{ suggestedName: 'x', landscape: false, documentPath }];
    expect(ipcContract.printToPdf.args.safeParse(args).success).toBe(false);
  });
});
