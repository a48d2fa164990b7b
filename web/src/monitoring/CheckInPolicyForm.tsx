import { graphql, type CheckInPolicyQuery } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm } from '../ui/form';
import { useNumberSettings } from '../ui/NumberSettings';
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
  const { numbers, fields: inputs } = useNumberSettings(fields, policy, (f) => `checkInRule.${f}`);
  const command = useCommand(UpdatePolicy, (r) => r.updateCheckInPolicy, {
    // Due dates and health tasks are computed when read: the monitoring view and the desk follow the new cadence at once.
    refreshes: ['CheckInPolicy', 'Monitoring', 'MatchMonitoringDetail', 'CoordinatorDesk', 'MyMatches'],
  });
  const submit = () => command.run({ input: { version: policy.version, ...numbers() } });
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} confirmation={t('saved')} className="grid-form">
      <p className="hint wide">{t('policy.checkInsHint')}</p>
      {inputs}
    </CommandForm>
  );
}
