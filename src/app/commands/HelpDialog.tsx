import { Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMMAND_ACCELERATORS } from '../../shared/ipc';
import { isMac, SHORTCUT_COMMANDS, toDisplayKeys } from './shortcuts';

interface HelpDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  /** In the browser some shortcuts stay with the browser; say so. */
  readonly desktop: boolean;
}

const LABEL = {
  newComplaint: 'desktop.command.newComplaint',
  search: 'desktop.command.search',
  print: 'desktop.command.print',
  settings: 'desktop.command.settings',
  palette: 'desktop.command.palette',
  help: 'desktop.command.help',
} as const satisfies Record<keyof typeof COMMAND_ACCELERATORS, string>;

/** F1: the keyboard shortcuts (from the same table the menu uses) and where to find the rest. */
export function HelpDialog({ opened, onClose, desktop }: HelpDialogProps) {
  const { t } = useTranslation();
  const mac = isMac();
  const rows = [
    ...SHORTCUT_COMMANDS.map((command) => ({
      label: t(LABEL[command]),
      keys: toDisplayKeys(COMMAND_ACCELERATORS[command], mac),
    })),
    { label: t('desktop.help.searchInQueue'), keys: '/' },
  ];

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('desktop.help.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('desktop.help.intro')}</Text>
        <Table striped withTableBorder aria-label={t('desktop.help.shortcuts')}>
          <Table.Caption>{t('desktop.help.shortcuts')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('desktop.help.action')}</Table.Th>
              <Table.Th>{t('desktop.help.keys')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td>
                  <Kbd>{row.keys}</Kbd>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!desktop && (
          <Text size="sm" c="dimmed">
            {t('desktop.help.browserNote')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('desktop.help.dataNote')}
        </Text>
      </Stack>
    </Modal>
  );
}
