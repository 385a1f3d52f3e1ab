import {
  Box,
  Button,
  Center,
  Group,
  Modal,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addSurvey } from '../../data';
import { KioskSetup } from './KioskSetup';
import classes from './Kiosk.module.css';
import { today } from './today';

const NPS_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const CSAT_SCORES = [1, 2, 3, 4, 5];
const THANKS_MS = 6000;

function ScoreButtons({
  scores,
  value,
  onChange,
  label,
}: {
  scores: number[];
  value: number | undefined;
  onChange: (n: number) => void;
  label: string;
}) {
  return (
    <SimpleGrid cols={scores.length} spacing="xs" role="radiogroup" aria-label={label}>
      {scores.map((n) => (
        <UnstyledButton
          key={n}
          role="radio"
          aria-checked={value === n}
          className={classes.score}
          data-selected={value === n || undefined}
          onClick={() => onChange(n)}
        >
          {n}
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}

/**
 * The waiting-room survey: full screen, big touch targets, nothing else of the
 * app reachable until the studio types the unlock code it chose at start.
 */
export function KioskScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState<string | null>(null);
  const [nps, setNps] = useState<number>();
  const [csat, setCsat] = useState<number>();
  const [comment, setComment] = useState('');
  const [thanks, setThanks] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);

  useEffect(() => {
    if (!thanks) return;
    const timer = setTimeout(() => setThanks(false), THANKS_MS);
    return () => clearTimeout(timer);
  }, [thanks]);

  if (code === null) return <KioskSetup onStart={setCode} />;

  const send = async () => {
    if (nps === undefined || csat === undefined) return;
    await addSurvey(
      { date: today(), nps, csat, dimensions: {}, comment: comment.trim(), source: 'kiosk' },
      today(),
    );
    setNps(undefined);
    setCsat(undefined);
    setComment('');
    setThanks(true);
  };
  const unlock = () => {
    if (typed !== code) return setWrong(true);
    if (document.fullscreenElement) void document.exitFullscreen();
    void navigate('/surveys');
  };

  return (
    <Box className={classes.kiosk} component="main">
      <Button
        variant="subtle"
        color="gray"
        size="xs"
        className={classes.unlock}
        onClick={() => setUnlocking(true)}
      >
        {t('surveys.kiosk.unlock')}
      </Button>
      {thanks ? (
        <Center h="80vh">
          <Stack align="center">
            <Title order={1} size="3rem">
              {t('surveys.kiosk.thanks')}
            </Title>
            <Text size="xl">{t('surveys.kiosk.thanksText')}</Text>
          </Stack>
        </Center>
      ) : (
        <Stack gap="xl" maw={960} mx="auto" py="xl">
          <Title order={1} ta="center">
            {t('surveys.kiosk.title')}
          </Title>
          <Stack gap="xs">
            <Text size="xl" fw={600}>
              {t('surveys.kiosk.npsQuestion')}
            </Text>
            <ScoreButtons scores={NPS_SCORES} value={nps} onChange={setNps} label={t('surveys.field.nps')} />
            <Group justify="space-between">
              <Text c="dimmed">{t('surveys.kiosk.npsLow')}</Text>
              <Text c="dimmed">{t('surveys.kiosk.npsHigh')}</Text>
            </Group>
          </Stack>
          <Stack gap="xs">
            <Text size="xl" fw={600}>
              {t('surveys.kiosk.csatQuestion')}
            </Text>
            <ScoreButtons
              scores={CSAT_SCORES}
              value={csat}
              onChange={setCsat}
              label={t('surveys.field.csat')}
            />
            <Group justify="space-between">
              <Text c="dimmed">{t('surveys.kiosk.csatLow')}</Text>
              <Text c="dimmed">{t('surveys.kiosk.csatHigh')}</Text>
            </Group>
          </Stack>
          <Textarea
            size="lg"
            label={t('surveys.kiosk.comment')}
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Button size="xl" onClick={() => void send()} disabled={nps === undefined || csat === undefined}>
            {t('surveys.kiosk.send')}
          </Button>
        </Stack>
      )}
      <Modal
        opened={unlocking}
        onClose={() => setUnlocking(false)}
        title={t('surveys.kiosk.unlockTitle')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack>
          <PasswordInput
            label={t('surveys.kiosk.code')}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setWrong(false);
            }}
            onKeyDown={(e) => e.key === 'Enter' && unlock()}
            error={wrong ? t('surveys.kiosk.wrongCode') : undefined}
            data-autofocus
          />
          <Button onClick={unlock}>{t('surveys.kiosk.unlockConfirm')}</Button>
        </Stack>
      </Modal>
    </Box>
  );
}
