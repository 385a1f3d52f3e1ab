import { describe, expect, it } from 'vitest';
import itCore from './locales/it.json';
import itClients from './locales/it.clients.json';
import itDesktop from './locales/it.desktop.json';
import itPrivacy from './locales/it.privacy.json';
import itSettings from './locales/it.settings.json';
import itRecovery from './locales/it.recovery.json';
import itDashboard from './locales/it.dashboard.json';
import itQuality from './locales/it.quality.json';
import itSurveys from './locales/it.surveys.json';
import itBackup from './locales/it.backup.json';
import itReports from './locales/it.reports.json';
import { english as en, italian as it_ } from './resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

/** Every renderer source file except tests, as text (Vite reads them at build time). */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

describe('translations', () => {
  it('gives English exactly the keys Italian has', () => {
    expect(flatten(en).sort()).toEqual(flatten(it_).sort());
  });

  it('uses every key somewhere in the source, written out whole', () => {
    const source = Object.values(sources).join('\n');
    const unused = [...new Set(flatten(it_).map((k) => k.replace(PLURAL_SUFFIX, '')))].filter(
      (key) => !source.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });

  it('keeps each file to its own top-level keys, so merging never hides a text', () => {
    const tops = [
      itCore,
      itClients,
      itSettings,
      itRecovery,
      itQuality,
      itSurveys,
      itDashboard,
      itBackup,
      itReports,
      itDesktop,
      itPrivacy,
    ].flatMap((file) => Object.keys(file));
    expect(tops).toEqual([...new Set(tops)]);
  });

  it('leaves no text empty', () => {
    const empty = (tree: Tree): boolean =>
      Object.values(tree).some((v) => (typeof v === 'string' ? v.trim() === '' : empty(v)));
    expect(empty(it_)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});
