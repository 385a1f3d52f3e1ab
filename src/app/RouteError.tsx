import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown instead of a blank window when a screen fails or a path is unknown. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const missing = error === undefined || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <Center mih={320}>
      <Stack align="center" gap="sm" role="alert">
        <Title order={1} size="h3">
          {missing ? t('error.pageNotFound') : t('error.title')}
        </Title>
        {!missing && <Text c="dimmed">{t('error.text')}</Text>}
        <Button onClick={() => window.location.assign('#/complaints')}>{t('error.reload')}</Button>
      </Stack>
    </Center>
  );
}
