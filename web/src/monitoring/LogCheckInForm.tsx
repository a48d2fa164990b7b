import { useState } from 'react';
import { graphql, type CheckInMode, type CheckInParty, type QueryName } from '../graphql';
import { rigaLocalInput } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand } from '../ui/data';
import { CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { useEnumOptions } from '../ui/reference';
import { RatingScale } from './RatingScale';

const Log = graphql(`
  mutation LogStaffCheckIn($input: LogStaffCheckInInput!) {
    logStaffCheckIn(input: $input) { monitoring { matchId version } errors { ...UserErrorFields } }
  }
`);

/** A check-in changes what is due, the match's trend and its open tasks. */
export const checkInViews: QueryName[] = ['Monitoring', 'MatchMonitoringDetail', 'CoordinatorDesk', 'Engagement'];

/** The coordinator logs a check-in with the mentor or the client: how, how the match is (1–5), concerns, what was agreed. */
export function LogCheckInForm({ matchId, with: initial, onDone }: { matchId: string; with: CheckInParty; onDone: () => void }) {
  const { t } = useI18n();
  const [key] = useState(newKey);
  const [withWhom, setWith] = useState<CheckInParty>(initial);
  const [mode, setMode] = useState<CheckInMode>('PHONE');
  const [rating, setRating] = useState(0);
  const [concerns, setConcerns] = useState('');
  const [actions, setActions] = useState('');
  const [on, setOn] = useState(() => rigaLocalInput().slice(0, 10));
  const command = useCommand(Log, (r) => r.logStaffCheckIn, { refreshes: checkInViews });
  const parties = useEnumOptions('CheckInParty', ['MENTOR', 'CLIENT'] as const);
  const modes = useEnumOptions('CheckInMode', ['IN_PERSON', 'PHONE', 'VIDEO', 'MESSAGE'] as const);

  const submit = async () => {
    if (rating === 0) {
      command.setErrors([{ code: 'REQUIRED', field: 'healthRating', message: '' }]);
      return;
    }
    const done = await command.run({
      input: { matchId, checkInId: key, with: withWhom, mode, healthRating: rating, concerns: concerns.trim() || null, agreedActions: actions.trim() || null, on },
    });
    if (done) onDone();
  };

  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('monitoring.logSubmit')} className="checkin-form"
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <SelectField name="with" label={t('monitoring.with')} value={withWhom} options={parties} onChange={(v) => setWith(v as CheckInParty)} />
      <SelectField name="mode" label={t('monitoring.mode')} value={mode} options={modes} onChange={(v) => setMode(v as CheckInMode)} />
      <RatingScale name="healthRating" legend={t('monitoring.healthRating')} value={rating} onChange={setRating} />
      <TextArea name="concerns" label={t('monitoring.concerns')} value={concerns} onChange={setConcerns} />
      <TextArea name="agreedActions" label={t('monitoring.agreedActions')} value={actions} onChange={setActions} />
      <TextField name="on" type="date" label={t('monitoring.on')} value={on} onChange={setOn} />
    </CommandForm>
  );
}
