import { useState } from 'react';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand } from '../ui/data';
import { CommandForm, newKey, SelectField } from '../ui/form';
import { checkInViews } from './LogCheckInForm';
import { RatingScale } from './RatingScale';

const Record = graphql(`
  mutation RecordClientHealthCheck($input: RecordClientHealthCheckInput!) {
    recordClientHealthCheck(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }
  }
`);

/** The coordinator records the client's two answers at a milestone (late too: the client is not always reachable on time). */
export function RecordClientHealthForm({ matchId, onDone }: { matchId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [key] = useState(newKey);
  const [milestone, setMilestone] = useState('1');
  const [goingWell, setGoingWell] = useState(0);
  const [supported, setSupported] = useState(0);
  const command = useCommand(Record, (r) => r.recordClientHealthCheck, { refreshes: checkInViews });
  const submit = async () => {
    const missing = [...(goingWell ? [] : ['goingWell']), ...(supported ? [] : ['supported'])];
    if (missing.length) return command.setErrors(missing.map((field) => ({ code: 'REQUIRED', field, message: '' })));
    if (await command.run({ input: { matchId, milestone: Number(milestone), goingWell, supported, idempotencyKey: key } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('monitoring.recordSubmit')}
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <SelectField name="milestone" label={t('monitoring.milestoneLabel')} value={milestone} onChange={setMilestone}
        options={[1, 3, 6, 12].map((m) => ({ value: String(m), label: t('monitoring.milestone', { months: String(m) }) }))} />
      <RatingScale name="goingWell" legend={t('health.goingWellClient')} value={goingWell} onChange={setGoingWell} />
      <RatingScale name="supported" legend={t('health.supportedClient')} value={supported} onChange={setSupported} />
    </CommandForm>
  );
}
