import { NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGISTER_FIELDS, REQUIRED_REGISTER_FIELDS, type RegisterMapping } from '../../domain/registerImport';
import type { ParsedTable } from '../../domain/transfer';
import { registerFieldLabel } from './importLabels';

const PREVIEW_ROWS = 5;

/** Which column feeds each register field, and the first rows as they will be read. */
export function ImportMapping({
  table,
  mapping,
  onChange,
}: {
  table: ParsedTable;
  mapping: RegisterMapping;
  onChange: (mapping: RegisterMapping) => void;
}) {
  const { t } = useTranslation();
  const columns = [
    { value: '', label: t('backup.import.notImported') },
    ...table.headers.map((h, i) => ({
      value: String(i),
      label: h || t('backup.import.column', { n: i + 1 }),
    })),
  ];
  const mapped = REGISTER_FIELDS.filter((f) => mapping[f] !== undefined);

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('backup.import.mapping')}
      </Title>
      <Text size="sm">{t('backup.import.rows', { count: table.rows.length })}</Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="xs">
        {REGISTER_FIELDS.map((field) => (
          <NativeSelect
            key={field}
            size="xs"
            label={t(registerFieldLabel[field])}
            withAsterisk={REQUIRED_REGISTER_FIELDS.includes(field)}
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(e) => {
              const { [field]: _old, ...rest } = mapping;
              const value = e.currentTarget.value;
              onChange(value === '' ? rest : { ...rest, [field]: Number(value) });
            }}
            data={columns}
          />
        ))}
      </SimpleGrid>
      {/* Focusable, so the preview scrolls sideways from the keyboard too. */}
      <Table.ScrollContainer type="native" minWidth={Math.max(600, (mapped.length + 1) * 130)} tabIndex={0}>
        <Table withTableBorder fz="xs">
          <Table.Caption>{t('backup.import.preview')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.import.line')}</Table.Th>
              {mapped.map((f) => (
                <Table.Th key={f}>{t(registerFieldLabel[f])}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td>{i + 2}</Table.Td>
                {mapped.map((f) => (
                  <Table.Td key={f} style={{ overflowWrap: 'anywhere' }}>
                    {row[mapping[f] ?? -1] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
