import { Select } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientSearch } from '../../data';
import { NEW_CLIENT_PREFIX } from './intakeValues';

interface ClientFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
}

/**
 * Picks a client from the registry as the user types, or offers to create one
 * with the typed name: registering a complaint must never wait for a detour to
 * the client screen.
 */
export function ClientField({ value, onChange, error }: ClientFieldProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const clients = useClientSearch(search, 20) ?? [];
  const typed = search.trim();
  const selectedIsNew = value.startsWith(NEW_CLIENT_PREFIX);

  const data = clients.map((c) => ({ value: c.id, label: c.taxId ? `${c.name} · ${c.taxId}` : c.name }));
  const newValue = `${NEW_CLIENT_PREFIX}${typed}`;
  if (typed && !clients.some((c) => c.name.toLowerCase() === typed.toLowerCase())) {
    data.push({ value: newValue, label: t('complaint.field.newClient', { name: typed }) });
  }
  if (selectedIsNew && value !== newValue) {
    data.push({
      value,
      label: t('complaint.field.newClient', { name: value.slice(NEW_CLIENT_PREFIX.length) }),
    });
  }

  return (
    <Select
      label={t('complaint.field.client')}
      description={t('complaint.field.clientHint')}
      withAsterisk
      searchable
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      error={error}
      autoFocus
    />
  );
}
