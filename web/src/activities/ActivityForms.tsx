import { useState } from 'react';
import { graphql, type ActivityKind } from '../graphql';
import { addDays, rigaInstant, rigaLocalInput, rigaToday } from '../i18n/format';
import { useI18n } from '../i18n';
import { CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { Checkbox, CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { useEnumOptions } from '../ui/reference';
import { Empty } from '../ui/states';
import { activityViews, type Activity } from './activityViews';

const Plan = graphql(`mutation PlanGroupActivity($input: PlanGroupActivityInput!) { planGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Move = graphql(`mutation MoveGroupActivity($input: MoveGroupActivityInput!) { moveGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Details = graphql(`mutation ChangeGroupActivityDetails($input: ChangeGroupActivityDetailsInput!) { changeGroupActivityDetails(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Facilitators = graphql(`query GroupActivityFacilitators { groupActivityFacilitators { userId name } }`);
const Cancel = graphql(`mutation CancelGroupActivity($input: CancelGroupActivityInput!) { cancelGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Attendance = graphql(`mutation RecordGroupActivityAttendance($input: RecordGroupActivityAttendanceInput!) { recordGroupActivityAttendance(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);

const kinds = ['SUPPORT_GROUP', 'LEISURE', 'TRAINING_SESSION', 'FAMILY_DAY'] as const;

/** Plans an activity (no <paramref name="activity"/>) or moves one; times are entered on Riga's clock. */
export function PlanForm({ activity, onDone }: { activity?: Activity; onDone: () => void }) {
  const { t } = useI18n();
  const kindOptions = useEnumOptions('ActivityKind', kinds);
  const [kind, setKind] = useState<ActivityKind>(activity?.kind ?? 'SUPPORT_GROUP');
  const [title, setTitle] = useState(activity?.title ?? '');
  const [starts, setStarts] = useState(activity ? rigaLocalInput(new Date(activity.startsAt)) : `${addDays(rigaToday(), 7)}T18:00`);
  const [ends, setEnds] = useState(activity ? rigaLocalInput(new Date(activity.endsAt)) : `${addDays(rigaToday(), 7)}T20:00`);
  const [place, setPlace] = useState(activity?.place ?? '');
  const [capacity, setCapacity] = useState(String(activity?.capacity ?? 12));
  const [facilitator, setFacilitator] = useState<Leader>({ userId: '', name: '' });
  const [key] = useState(newKey);
  const plan = useCommand(Plan, (r) => r.planGroupActivity, { refreshes: activityViews });
  const move = useCommand(Move, (r) => r.moveGroupActivity, { refreshes: activityViews });
  const submit = async () => {
    const common = { startsAt: rigaInstant(starts), endsAt: rigaInstant(ends), place, capacity: Number(capacity) || 0 };
    const ok = activity
      ? await move.run({ input: { activityId: activity.id, expectedVersion: activity.version, ...common } })
      : await plan.run({ input: { kind, title, ...ledBy(facilitator), idempotencyKey: key, ...common } });
    if (ok) onDone();
  };
  return (
    <CommandForm command={activity ? move : plan} onSubmit={submit} submitLabel={activity ? t('save') : t('activities.planSubmit')} extraActions={<CancelButton onClick={onDone} />}>
      {!activity && <>
        <SelectField name="kind" label={t('activities.kind')} value={kind} options={kindOptions} onChange={(v) => setKind(v as ActivityKind)} />
        <TextField name="title" label={t('activities.titleField')} value={title} onChange={setTitle} />
      </>}
      <TextField name="startsAt" type="datetime-local" label={t('activities.startsAt')} value={starts} onChange={setStarts} />
      <TextField name="endsAt" type="datetime-local" label={t('activities.endsAt')} value={ends} onChange={setEnds} />
      <TextField name="place" label={t('activities.place')} value={place} onChange={setPlace} />
      <TextField name="capacity" type="number" label={t('activities.capacity')} value={capacity} onChange={setCapacity} min={1} max={500} />
      {!activity && <FacilitatorFields value={facilitator} onChange={setFacilitator} />}
    </CommandForm>
  );
}

/** Who leads it: one of the NGO's coordinators or administrators (userId), or an external specialist named in full (userId ''). */
type Leader = { userId: string; name: string };

function ledBy(leader: Leader) {
  return leader.userId ? { facilitatorUserId: leader.userId } : { facilitatorName: leader.name };
}

function FacilitatorFields({ value, onChange }: { value: Leader; onChange: (value: Leader) => void }) {
  const { t } = useI18n();
  // The server's list is its rule (active coordinators and administrators): the form offers no one planning would refuse.
  const staff = useGql(Facilitators, undefined).data?.groupActivityFacilitators ?? [];
  return <>
    <SelectField name="facilitatorUserId" label={t('activities.facilitator')} value={value.userId} onChange={(userId) => onChange({ ...value, userId })}
      options={[{ value: '', label: t('activities.externalFacilitator') }, ...staff.map((s) => ({ value: s.userId ?? '', label: s.name }))]} />
    {!value.userId && <TextField name="facilitatorName" label={t('activities.facilitatorName')} hint={t('activities.facilitatorHint')} value={value.name}
      onChange={(name) => onChange({ ...value, name })} />}
  </>;
}

/** A new title or facilitator before it begins; the invited mentors' calendar entries are updated. */
export function DetailsForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(activity.title);
  const [facilitator, setFacilitator] = useState<Leader>({ userId: activity.facilitator.userId ?? '', name: activity.facilitator.userId ? '' : activity.facilitator.name });
  const change = useCommand(Details, (r) => r.changeGroupActivityDetails, { refreshes: activityViews });
  return (
    <CommandForm command={change} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await change.run({ input: { activityId: activity.id, expectedVersion: activity.version, title, ...ledBy(facilitator) } })) onDone(); }}>
      <TextField name="title" label={t('activities.titleField')} value={title} onChange={setTitle} />
      <FacilitatorFields value={facilitator} onChange={setFacilitator} />
    </CommandForm>
  );
}

export function CancelForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const cancel = useCommand(Cancel, (r) => r.cancelGroupActivity, { refreshes: activityViews });
  return (
    <CommandForm command={cancel} submitLabel={t('activities.cancelSubmit')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await cancel.run({ input: { activityId: activity.id, expectedVersion: activity.version, reason } })) onDone(); }}>
      <TextField name="reason" label={t('activities.cancelReason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}

/** Who was there, once it has begun: every invitation not taken back, ticked as recorded so far. */
export function AttendanceForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useI18n();
  const invited = activity.invitees.filter((i) => i.answer !== 'WITHDRAWN');
  const [marks, setMarks] = useState<Record<string, boolean>>(Object.fromEntries(invited.map((i) => [i.id, i.attended ?? false])));
  const record = useCommand(Attendance, (r) => r.recordGroupActivityAttendance, { refreshes: activityViews });
  const submit = async () => {
    const ok = await record.run({ input: { activityId: activity.id, expectedVersion: activity.version, marks: invited.map((i) => ({ inviteeId: i.id, attended: marks[i.id] ?? false })) } });
    if (ok) onDone();
  };
  return (
    <CommandForm command={record} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      {invited.length === 0 ? <Empty>{t('activities.nobodyInvited')}</Empty> : invited.map((i, n) => (
        <Checkbox key={i.id} name={`marks.${n}`} label={i.name} checked={marks[i.id] ?? false} onChange={(v) => setMarks({ ...marks, [i.id]: v })} />
      ))}
    </CommandForm>
  );
}
