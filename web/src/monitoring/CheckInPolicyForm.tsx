import { graphql, type CheckInPolicyQuery } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, TextField, useServerValues } from '../ui/form';
import { Panel } from '../ui/Page';
import { QueryView } from '../ui/states';

const PolicyQuery = graphql(`
  query CheckInPolicy {
    checkInPolicy {
      version firstMonthCheckIns laterIntervalMonths dueSoonDays remindOverdueAfterDays escalateAfterDaysOverdue
      healthCheckWindowDays lowRating fallingDrop
    }
  }
`);

const UpdatePolicy = graphql(`
  mutation UpdateCheckInPolicy($input: UpdateCheckInPolicyInput!) {
    updateCheckInPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }
  }
`);

const fields = [
  'firstMonthCheckIns', 'laterIntervalMonths', 'dueSoonDays', 'remindOverdueAfterDays', 'escalateAfterDaysOverdue',
  'healthCheckWindowDays', 'lowRating', 'fallingDrop',
] as const;
type FieldName = (typeof fields)[number];

/** The NGO's staff check-in cadence and health-task rule, on the admin's rules page beside the other policies. */
export function CheckInPolicyPanel() {
  const { t } = useI18n();
  const policy = useGql(PolicyQuery, undefined);
  return (
    <Panel title={t('policy.checkIns')}>
      <QueryView query={policy}>{(d) => <CheckInPolicyForm policy={d.checkInPolicy} />}</QueryView>
    </Panel>
  );
}

function CheckInPolicyForm({ policy }: { policy: CheckInPolicyQuery['checkInPolicy'] }) {
  const { t } = useI18n();
  const [form, setForm] = useServerValues(Object.fromEntries(fields.map((f) => [f, String(policy[f])])) as Record<FieldName, string>);
  const command = useCommand(UpdatePolicy, (r) => r.updateCheckInPolicy, {
    // Due dates and health tasks are computed when read: the monitoring view and the desk follow the new cadence at once.
    refreshes: ['CheckInPolicy', 'Monitoring', 'MatchMonitoringDetail', 'CoordinatorDesk', 'MyMatches'],
  });
  const submit = () => {
    const numbers = Object.fromEntries(fields.map((f) => [f, Number.parseInt(form[f], 10) || 0])) as Record<FieldName, number>;
    return command.run({ input: { version: policy.version, ...numbers } });
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} confirmation={t('saved')} className="grid-form">
      <p className="hint wide">{t('policy.checkInsHint')}</p>
      {fields.map((f) => (
        <TextField key={f} name={f} type="number" inputMode="numeric" min={0} label={t(`checkInRule.${f}`)} value={form[f]}
          onChange={(v) => setForm({ ...form, [f]: v })} />
      ))}
    </CommandForm>
  );
}
