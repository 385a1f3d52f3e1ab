import { Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const MIN_CODE = 4;

/** The studio's side of the kiosk: choose the code that will unlock it, then hand the screen over. */
export function KioskSetup({ onStart }: { onStart: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState(false);
  const start = (event: SubmitEvent) => {
    event.preventDefault();
    if (code.trim().length < MIN_CODE) return setError(true);
    // Full screen needs the click that starts the kiosk; a refusal (e.g. a browser policy) leaves it windowed.
    document.documentElement.requestFullscreen().catch(() => undefined);
    onStart(code.trim());
  };
  return (
    <Center mih="100vh" component="main">
      <Paper withBorder p="xl" maw={440}>
        <form onSubmit={start} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('surveys.kiosk.setupTitle')}
            </Title>
            <Text size="sm">{t('surveys.kiosk.setupHint')}</Text>
            <PasswordInput
              label={t('surveys.kiosk.code')}
              value={code}
              onChange={(e) => {
                setCode(e.currentTarget.value);
                setError(false);
              }}
              error={error ? t('surveys.kiosk.codeTooShort') : undefined}
              autoFocus
            />
            <Button type="submit">{t('surveys.kiosk.start')}</Button>
            <Button variant="subtle" component={Link} to="/surveys">
              {t('surveys.kiosk.cancel')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
