import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/it';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { currentLanguage } from '../i18n';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

dayjs.extend(customParseFormat);

const DAYJS_LOCALE = { it: 'it', en: 'en-gb' } as const;

export function App() {
  const { i18n } = useTranslation();
  return (
    // 'auto' follows the operating system's light or dark setting.
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <DatesProvider settings={{ locale: DAYJS_LOCALE[currentLanguage(i18n.language)], firstDayOfWeek: 1 }}>
        <Notifications position="top-center" autoClose={4000} />
        <RouterProvider router={router} />
      </DatesProvider>
    </MantineProvider>
  );
}
