import { useState } from 'react';
import { graphql, type QueryName, type SupervisionState } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, SelectField } from '../ui/form';

const Supervisors = graphql(`query Supervisors { supervisors { id name } }`);
const Assign = graphql(`mutation AssignSupervisor($input: AssignSupervisorInput!) { assignSupervisor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);

/** Where supervision and training show: the profile, the vetting board's list, the monitoring view. */
export const supervisionViews: QueryName[] = ['MentorProfile', 'Mentors', 'SupervisionTraining', 'VettingBoard'];

/** The NGO's coordinators, who may supervise mentors. */
export function useSupervisors() {
  const query = useGql(Supervisors, undefined);
  return query.data?.supervisors ?? [];
}

export function supervisionTone(state: SupervisionState): string {
  return state === 'LAPSED' ? 'badge danger' : state === 'DUE_SOON' ? 'badge warn' : state === 'ON_TRACK' ? 'badge ok' : 'badge';
}

/** "Supervision: due soon · by 23.01.2027" — one rule (the server's) read on every screen. */
export function SupervisionBadge({ supervision }: { supervision: { state: SupervisionState; dueOn?: string | null } }) {
  const { t, te } = useI18n();
  const format = useFormat();
  return (
    <span className={supervisionTone(supervision.state)} data-testid="supervision-state" data-state={supervision.state}>
      {t('supervision.label')}: {te('SupervisionState', supervision.state)}
      {supervision.dueOn ? ` · ${t('supervision.dueOn', { date: format.date(supervision.dueOn) })}` : ''}
    </span>
  );
}

/** Minutes as hours to one decimal, as the volunteer statement counts them. */
export function hours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString();
}

export function AssignSupervisorForm({ mentor, onDone }: { mentor: { id: string; version: number; supervisor?: { id: string } | null }; onDone: () => void }) {
  const { t } = useI18n();
  const supervisors = useSupervisors();
  const [supervisorId, setSupervisorId] = useState(mentor.supervisor?.id ?? '');
  const command = useCommand(Assign, (r) => r.assignSupervisor, { refreshes: supervisionViews });
  const submit = async () => {
    if (await command.run({ input: { mentorId: mentor.id, expectedVersion: mentor.version, supervisorId } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="supervisorId" label={t('supervision.supervisor')} value={supervisorId} placeholder={t('supervision.choose')}
        options={supervisors.map((s) => ({ value: s.id, label: s.name }))} onChange={setSupervisorId} />
    </CommandForm>
  );
}
