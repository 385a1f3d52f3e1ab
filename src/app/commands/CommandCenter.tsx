import { ActionIcon, Group, Kbd, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Spotlight, spotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { IconHelp, IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changeLanguage, currentLanguage } from '../../i18n';
import { isDesktop, platform } from '../../platform';
import { COMMAND_ACCELERATORS, type FolderKind } from '../../shared/ipc';
import { AboutDialog } from '../AboutDialog';
import classes from './CommandCenter.module.css';
import { HelpDialog } from './HelpDialog';
import { paletteActions } from './paletteActions';
import { isMac, SHORTCUT_COMMANDS, toDisplayKeys, toHotkey } from './shortcuts';
import { useCommandRunner } from './useCommandRunner';

/** Long enough for the palette to fade out, so a PDF of the view does not show it. */
const PALETTE_CLOSE_MS = 250;

/**
 * The header's palette, help and About buttons, and the one place where
 * commands arrive: from the desktop menu (through the platform API), from
 * the keyboard in the browser build (in the desktop app the menu owns the
 * shortcuts, so they never fire twice) and from the palette itself.
 */
export function CommandCenter() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [helpOpened, help] = useDisclosure(false);
  const [aboutOpened, about] = useDisclosure(false);
  const run = useCommandRunner({ openHelp: help.open, openAbout: about.open });
  const mac = isMac();
  const language = currentLanguage(i18n.language);

  const openFolder = useCallback(
    (kind: FolderKind) => {
      void platform.revealFolder(kind).then(({ revealed }) => {
        if (!revealed) notifications.show({ color: 'red', message: t('desktop.folder.failed') });
      });
    },
    [t],
  );

  useEffect(
    () =>
      platform.onAppCommand((command) => {
        if (command.kind === 'menu') run(command.command);
        else void navigate(command.route);
      }),
    [run, navigate],
  );

  useEffect(() => {
    void platform.setMenuLanguage(language);
  }, [language]);

  useHotkeys(
    isDesktop
      ? []
      : SHORTCUT_COMMANDS.map((command) => [toHotkey(COMMAND_ACCELERATORS[command]), () => run(command)]),
    [],
  );

  const actions = useMemo(
    () =>
      paletteActions(
        t,
        {
          run: (command) => {
            if (command === 'print') setTimeout(() => run(command), PALETTE_CLOSE_MS);
            else run(command);
          },
          go: (path) => void navigate(path),
          openFolder,
          switchLanguage: () => changeLanguage(language === 'it' ? 'en' : 'it'),
        },
        { desktop: isDesktop, mac },
      ),
    [t, run, navigate, openFolder, language, mac],
  );

  return (
    <>
      <UnstyledButton
        className={classes.paletteButton}
        onClick={spotlight.open}
        aria-label={t('desktop.palette.button')}
      >
        <Group gap={6} wrap="nowrap">
          <IconSearch size={16} aria-hidden />
          <span className={classes.paletteLabel}>{t('desktop.palette.button')}</span>
          <Kbd size="xs">{toDisplayKeys(COMMAND_ACCELERATORS.palette, mac)}</Kbd>
        </Group>
      </UnstyledButton>
      <Tooltip label={t('desktop.command.help')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          onClick={help.open}
          aria-label={t('desktop.command.help')}
        >
          <IconHelp size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('about.open')}>
        <ActionIcon variant="subtle" color="gray" size="lg" onClick={about.open} aria-label={t('about.open')}>
          <IconInfoCircle size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Spotlight
        actions={actions}
        // Ctrl+K comes through the menu or the hotkeys above, which also work inside text fields.
        shortcut={null}
        nothingFound={t('desktop.palette.nothingFound')}
        highlightQuery
        limit={40}
        scrollable
        maxHeight={420}
        searchProps={{
          leftSection: <IconSearch size={18} aria-hidden />,
          placeholder: t('desktop.palette.placeholder'),
          'aria-label': t('desktop.palette.placeholder'),
        }}
      />
      <HelpDialog opened={helpOpened} onClose={help.close} desktop={isDesktop} />
      <AboutDialog opened={aboutOpened} onClose={about.close} openFolder={openFolder} />
    </>
  );
}
