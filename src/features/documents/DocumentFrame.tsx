import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { toLocalDateTime } from '../../domain/complaint';
import type { StudioProfile } from '../../domain/settings';
import { platform } from '../../platform';
import { DOCUMENT_STATE_ATTRIBUTE } from '../../shared/ipc';
import { Letterhead, PrintSheet } from '../../ui/print';
import { safeFileName, useDocFormat } from './format';

const FONT_FACES = ['400 10pt', 'italic 400 10pt', '600 10pt', '700 10pt'].map(
  (f) => `${f} 'Riparo Document'`,
);

/**
 * Tells whoever prints (the desktop app's hidden window, the tests) that the
 * document is complete: its data rendered and its fonts loaded.
 */
export function useDocumentState(state: 'ready' | 'failed' | 'loading') {
  useEffect(() => {
    if (state === 'loading') return;
    const root = document.documentElement;
    let live = true;
    const mark = () => {
      if (live) root.setAttribute(DOCUMENT_STATE_ATTRIBUTE, state);
    };
    if (state === 'failed') mark();
    else
      void Promise.all(FONT_FACES.map((font) => document.fonts.load(font)))
        .then(() => document.fonts.ready)
        .then(() => requestAnimationFrame(mark));
    return () => {
      live = false;
      root.removeAttribute(DOCUMENT_STATE_ATTRIBUTE);
    };
  }, [state]);
}

function PrintToolbar({ fileName, studioMissing }: { fileName: string; studioMissing: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      const result = await platform.printToPdf({
        suggestedName: safeFileName(fileName),
        landscape: false,
        documentPath: pathname,
      });
      if (result.saved)
        notifications.show({ color: 'teal', message: t('reports.toolbar.saved', { name: result.fileName }) });
    } catch {
      notifications.show({ color: 'red', message: t('reports.toolbar.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      className="doc-no-print"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        background: 'var(--mantine-color-body)',
        borderBottom: '1px solid var(--mantine-color-default-border)',
      }}
    >
      <Group justify="space-between" px="lg" py="xs" maw={900} mx="auto">
        <Button
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          onClick={() => void navigate(-1)}
        >
          {t('reports.toolbar.back')}
        </Button>
        <Button
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => void print()}
          loading={busy}
        >
          {t('reports.toolbar.print')}
        </Button>
      </Group>
      {studioMissing && (
        <Alert color="yellow" variant="light" maw={900} mx="auto" mb="xs" radius={0}>
          {t('reports.toolbar.noStudio')}
        </Alert>
      )}
    </div>
  );
}

export interface DocumentFrameProps {
  readonly studio: StudioProfile;
  readonly title: string;
  readonly subtitle?: ReactNode;
  /** Suggested PDF file name, without extension. */
  readonly fileName: string;
  /** Bottom-left of every page, e.g. the protocol code; the document's title when absent. */
  readonly footer?: string;
  /** A poster: no letterhead band, no running header or page numbers. */
  readonly poster?: boolean;
  /** A letter: letterhead and running footer, but no title on the page. */
  readonly letter?: boolean;
  readonly children: ReactNode;
}

/** A document as the studio prints it: toolbar on screen, then the A4 sheet with letterhead and title. */
export function DocumentFrame({
  studio,
  title,
  subtitle,
  fileName,
  footer,
  poster = false,
  letter = false,
  children,
}: DocumentFrameProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  useDocumentState('ready');
  const studioName = studio.name || t('reports.doc.noStudioName');
  const details = [
    studio.address,
    studio.vatNumber && t('reports.doc.vat', { value: studio.vatNumber }),
    studio.phone && t('reports.doc.phone', { value: studio.phone }),
    studio.email && t('reports.doc.email', { value: studio.email }),
    studio.pec && t('reports.doc.pec', { value: studio.pec }),
  ].filter((line): line is string => Boolean(line));
  const page = poster
    ? { header: '', headerRight: '', footer: '', page: '', of: '', plain: true }
    : {
        header: studioName,
        headerRight: title,
        footer: `${footer ?? title} · ${t('reports.doc.generatedOn', { date: fmt.day(toLocalDateTime(new Date())) })}`,
        page: t('reports.doc.page'),
        of: t('reports.doc.of'),
      };
  return (
    <div className="doc-screen">
      <PrintToolbar fileName={fileName} studioMissing={!studio.name} />
      <PrintSheet page={page} lang={fmt.language}>
        {!poster && <Letterhead name={studioName} details={details} />}
        {!poster && !letter && <h1>{title}</h1>}
        {subtitle && !poster && !letter && <p className="doc-subtitle">{subtitle}</p>}
        {children}
      </PrintSheet>
    </div>
  );
}

/** While the document's data loads, or when there is none to print. */
export function DocumentStatus({ state }: { state: 'loading' | 'missing' | 'unknown' }) {
  const { t } = useTranslation();
  useDocumentState(state === 'loading' ? 'loading' : 'failed');
  const text = {
    loading: 'reports.toolbar.loading',
    missing: 'reports.toolbar.missing',
    unknown: 'reports.toolbar.unknown',
  } as const;
  return (
    <Text p="xl" ta="center" role={state === 'loading' ? 'status' : 'alert'}>
      {t(text[state])}
    </Text>
  );
}
