import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveProposal, saveProposal, useSetting, useStaff } from '../../data';
import type { Complaint } from '../../domain/complaint';
import { canApprove, proposalAuthority, type Recovery } from '../../domain/recovery';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { formatEuro } from './format';
import { readableAlertTitle } from './alertStyles';

interface CompensationPanelProps {
  complaint: Complaint;
  recovery: Recovery;
}

/**
 * The solution and its compensation (Risolvere), checked against the
 * delegation rules (Responsabilizzare): above the handler's limit it shows who
 * must sign off, and takes the sign-off.
 */
export function CompensationPanel({ complaint, recovery }: CompensationPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const rules = useSetting('delegationRules');
  const staff = useStaff() ?? [];
  const { proposal } = recovery;
  const [description, setDescription] = useState(proposal?.description ?? '');
  const [amount, setAmount] = useState<number | string>(proposal?.amount ?? 0);
  const [hours, setHours] = useState<number | string>(proposal?.hours ?? 0);
  const [approverId, setApproverId] = useState('');
  const [error, setError] = useState(false);
  if (!rules) return null;

  const handlerId = complaint.handlerId ?? proposal?.proposedBy;
  const handlerName = staff.find((s) => s.id === handlerId)?.name ?? t('recovery.compensation.theHandler');
  const authority = proposal && proposalAuthority(proposal, handlerId, rules);
  const approvers = proposal ? staff.filter((s) => s.active && canApprove(rules, s.id, proposal.amount)) : [];
  const approvedBy = staff.find((s) => s.id === proposal?.approval?.approverId)?.name;
  const dirty =
    description.trim() !== (proposal?.description ?? '') ||
    Number(amount) !== (proposal?.amount ?? 0) ||
    Number(hours) !== (proposal?.hours ?? 0);

  const save = () =>
    saveProposal(complaint.id, {
      description,
      amount: Math.max(0, Number(amount) || 0),
      hours: Math.max(0, Number(hours) || 0),
    });
  const approve = async () => {
    const outcome = await approveProposal(complaint.id, approverId);
    setError(!outcome.ok);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recovery-compensation">
      <Title order={2} size="h4" id="recovery-compensation" mb="sm">
        {t('recovery.compensation.title')}
      </Title>
      <Stack gap="sm">
        <Textarea
          label={t('recovery.compensation.solution')}
          description={t('recovery.compensation.solutionHint')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('recovery.compensation.amount')}
            description={t('recovery.compensation.amountHint')}
            min={0}
            decimalScale={2}
            thousandSeparator={locale === 'it-IT' ? '.' : ','}
            decimalSeparator={locale === 'it-IT' ? ',' : '.'}
            value={amount}
            onChange={setAmount}
          />
          <NumberInput
            label={t('recovery.compensation.hours')}
            description={t('recovery.compensation.hoursHint')}
            min={0}
            decimalScale={1}
            decimalSeparator={locale === 'it-IT' ? ',' : '.'}
            value={hours}
            onChange={setHours}
          />
        </Group>
        <Group>
          <Button onClick={() => void save()} disabled={!dirty}>
            {t('recovery.compensation.save')}
          </Button>
        </Group>
        {proposal && authority?.kind === 'within' && proposal.amount > 0 && (
          <Text size="sm" c="var(--mantine-color-green-text)">
            {t('recovery.compensation.within', {
              name: handlerName,
              limit: formatEuro(authority.limit, locale),
            })}
          </Text>
        )}
        {proposal && authority?.kind === 'approved' && (
          <Text size="sm" c="var(--mantine-color-green-text)">
            {t('recovery.compensation.approved', {
              name: approvedBy ?? '—',
              date: formatInstant(proposal.approval?.at ?? '', locale),
            })}
          </Text>
        )}
        {proposal && authority?.kind === 'needs_approval' && (
          <Alert
            styles={readableAlertTitle}
            color="orange"
            variant="light"
            title={t('recovery.compensation.approvalRequired')}
          >
            <Stack gap="xs">
              <Text size="sm">
                {t('recovery.compensation.exceeds', {
                  name: handlerName,
                  amount: formatEuro(proposal.amount, locale),
                  limit: formatEuro(authority.limit, locale),
                })}
              </Text>
              {approvers.length === 0 ? (
                <Text size="sm">{t('recovery.compensation.noApprover')}</Text>
              ) : (
                <Group align="flex-end">
                  <NativeSelect
                    label={t('recovery.compensation.approver')}
                    data={[
                      { value: '', label: t('recovery.compensation.chooseApprover') },
                      ...approvers.map((s) => ({ value: s.id, label: s.name })),
                    ]}
                    value={approverId}
                    onChange={(event) => setApproverId(event.currentTarget.value)}
                  />
                  <Button onClick={() => void approve()} disabled={approverId === ''}>
                    {t('recovery.compensation.approve')}
                  </Button>
                </Group>
              )}
              {error && (
                <Text size="sm" role="alert" c="red">
                  {t('recovery.compensation.notAuthorised')}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
