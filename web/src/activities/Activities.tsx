import { useState } from 'react';
import { graphql, type ActivityKind, type GroupActivitiesQuery, type QueryName } from '../graphql';
import { useSupervisors } from '../mentors/Supervision';
import { addDays, rigaInstant, rigaLocalInput, rigaToday, useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { Checkbox, CheckboxGroup, CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { useEnumOptions } from '../ui/reference';
import { Empty, QueryView } from '../ui/states';

const List = graphql(`
  query GroupActivities($from: DateOnly, $to: DateOnly) {
    groupActivities(from: $from, to: $to) {
      id version kind title startsAt endsAt durationMinutes place capacity status cancelReason begun placesTaken going attended
      facilitator { userId name }
      invitees { id kind name answer attended }
    }
  }
`);
const Invitable = graphql(`
  query GroupActivityInvitable($activityId: ID!) {
    groupActivityInvitable(activityId: $activityId) { id kind name }
  }
`);
const Plan = graphql(`mutation PlanGroupActivity($input: PlanGroupActivityInput!) { planGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Move = graphql(`mutation MoveGroupActivity($input: MoveGroupActivityInput!) { moveGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Details = graphql(`mutation ChangeGroupActivityDetails($input: ChangeGroupActivityDetailsInput!) { changeGroupActivityDetails(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Cancel = graphql(`mutation CancelGroupActivity($input: CancelGroupActivityInput!) { cancelGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Invite = graphql(`mutation InviteToGroupActivity($input: InviteToGroupActivityInput!) { inviteToGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Withdraw = graphql(`mutation WithdrawGroupActivityInvitation($input: WithdrawGroupActivityInvitationInput!) { withdrawGroupActivityInvitation(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Attendance = graphql(`mutation RecordGroupActivityAttendance($input: RecordGroupActivityAttendanceInput!) { recordGroupActivityAttendance(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);

type Activity = GroupActivitiesQuery['groupActivities'][number];

// An activity shows on this page and on the invited mentors' phones (and, once attended, in their hours).
const activityViews: QueryName[] = ['GroupActivities', 'MyGroupActivities', 'MyVolunteerStatement', 'VolunteerStatement'];

const kinds = ['SUPPORT_GROUP', 'LEISURE', 'TRAINING_SESSION', 'FAMILY_DAY'] as const;

/** The NGO's group activities, soonest first, with their places and attendance; planned, moved, cancelled and invited to from here. */
export function Activities() {
  const { t } = useI18n();
  const query = useGql(List, {});
  return (
    <Page title={t('activities.title')} intro={t('activities.intro')}>
      <Panel title={t('activities.plan')}>
        <Actions actions={[['plan', t('activities.plan'), (d) => <PlanForm onDone={d} />]]} />
      </Panel>
      <QueryView query={query}>
        {({ groupActivities }) => groupActivities.length === 0 ? <Empty>{t('activities.none')}</Empty> : (
          <ul className="cards" data-testid="activities">{groupActivities.map((a) => <ActivityCard key={a.id} activity={a} />)}</ul>
        )}
      </QueryView>
    </Page>
  );
}

function ActivityCard({ activity: a }: { activity: Activity }) {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const actions: Action[] = a.status !== 'PLANNED' ? [] : a.begun
    ? [['attendance', t('activities.recordAttendance'), (d) => <AttendanceForm activity={a} onDone={d} />]]
    : [
      ['invite', t('activities.invite'), (d) => <InviteForm activity={a} onDone={d} />],
      ...(a.placesTaken > 0 ? [['withdraw', t('activities.withdraw'), (d) => <WithdrawForm activity={a} onDone={d} />] as Action] : []),
      ['move', t('activities.move'), (d) => <PlanForm activity={a} onDone={d} />],
      ['details', t('activities.details'), (d) => <DetailsForm activity={a} onDone={d} />],
      ['cancel', t('activities.cancel'), (d) => <CancelForm activity={a} onDone={d} />],
    ];
  return (
    <li className="card" data-testid="activity" data-status={a.status}>
      <h2>{a.title}</h2>
      <p className="small">
        <span className="badge">{te('ActivityKind', a.kind)}</span> <span className={a.status === 'CANCELLED' ? 'badge danger' : 'badge ok'}>{te('ActivityStatus', a.status)}</span>
      </p>
      <dl className="facts compact">
        <dt>{t('activities.when')}</dt><dd>{format.dateTime(a.startsAt)} – {format.time(a.endsAt)}</dd>
        <dt>{t('activities.place')}</dt><dd>{a.place}</dd>
        <dt>{t('activities.facilitator')}</dt><dd>{a.facilitator.name}</dd>
        <dt>{t('activities.places')}</dt><dd data-testid="activity-places">{t('activities.placesTaken', { taken: String(a.placesTaken), capacity: String(a.capacity) })}</dd>
        <dt>{t('activities.attendance')}</dt><dd data-testid="activity-counts">{tn('activities.going', a.going)} · {tn('activities.attended', a.attended)}</dd>
      </dl>
      {a.status === 'CANCELLED' && a.cancelReason && <p className="small muted">{t('activities.cancelledBecause', { reason: a.cancelReason })}</p>}
      {a.invitees.length > 0 && (
        <ul className="rows small" data-testid="activity-invitees">
          {a.invitees.map((i) => (
            <li key={i.id} className="row">
              {i.name} · {te('InviteeKind', i.kind)} · {te('InvitationAnswer', i.answer)}
              {i.attended != null && <> · {i.attended ? t('activities.wasThere') : t('activities.wasNotThere')}</>}
            </li>
          ))}
        </ul>
      )}
      {actions.length > 0 && <Actions actions={actions} />}
    </li>
  );
}

/** Plans an activity (no <paramref name="activity"/>) or moves one; times are entered on Riga's clock. */
function PlanForm({ activity, onDone }: { activity?: Activity; onDone: () => void }) {
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

/** Who leads it: one of the NGO's coordinators (userId), or an external specialist named in full (userId ''). */
type Leader = { userId: string; name: string };

function ledBy(leader: Leader) {
  return leader.userId ? { facilitatorUserId: leader.userId } : { facilitatorName: leader.name };
}

function FacilitatorFields({ value, onChange }: { value: Leader; onChange: (value: Leader) => void }) {
  const { t } = useI18n();
  const staff = useSupervisors();
  return <>
    <SelectField name="facilitatorUserId" label={t('activities.facilitator')} value={value.userId} onChange={(userId) => onChange({ ...value, userId })}
      options={[{ value: '', label: t('activities.externalFacilitator') }, ...staff.map((s) => ({ value: s.id, label: s.name }))]} />
    {!value.userId && <TextField name="facilitatorName" label={t('activities.facilitatorName')} hint={t('activities.facilitatorHint')} value={value.name}
      onChange={(name) => onChange({ ...value, name })} />}
  </>;
}

/** A new title or facilitator before it begins; the invited mentors' calendar entries are updated. */
function DetailsForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
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

/**
 * Invites several people at once: the server offers exactly those it would accept (approved mentors, clients who consent
 * to group activities) who hold no place yet; a name filter keeps a long list usable on a phone.
 */
function InviteForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useI18n();
  const people = useGql(Invitable, { activityId: activity.id });
  const [find, setFind] = useState('');
  const [mentorIds, setMentorIds] = useState<string[]>([]);
  const [clientIds, setClientIds] = useState<string[]>([]);
  const invite = useCommand(Invite, (r) => r.inviteToGroupActivity, { refreshes: [...activityViews, 'GroupActivityInvitable'] });
  const submit = async () => {
    const ok = await invite.run({ input: { activityId: activity.id, expectedVersion: activity.version, mentorIds, clientIds } });
    if (ok) onDone();
  };
  const free = activity.capacity - activity.placesTaken;
  const chosen = mentorIds.length + clientIds.length;
  return (
    <QueryView query={people}>
      {({ groupActivityInvitable: offered }) => {
        const needle = find.trim().toLocaleLowerCase();
        // Those already ticked stay listed whatever the filter, so nothing chosen is hidden.
        const shown = (kind: 'MENTOR' | 'CLIENT', ticked: string[]) => offered
          .filter((p) => p.kind === kind && (!needle || p.name.toLocaleLowerCase().includes(needle) || ticked.includes(p.id)))
          .map((p) => ({ value: p.id, label: p.name }));
        const mentors = shown('MENTOR', mentorIds);
        const clients = shown('CLIENT', clientIds);
        if (offered.length === 0) return <><Empty>{t('activities.nobodyToInvite')}</Empty><CancelButton onClick={onDone} /></>;
        return (
          <CommandForm command={invite} onSubmit={submit} submitLabel={t('activities.inviteChosen', { count: String(chosen) })} extraActions={<CancelButton onClick={onDone} />}>
            <p className="small" data-testid="invite-free">{t('activities.freePlaces', { free: String(free), chosen: String(chosen) })}</p>
            {offered.length > 8 && <TextField name="find" label={t('activities.findByName')} value={find} onChange={setFind} />}
            {mentors.length + clients.length === 0 && <Empty>{t('activities.noneFound')}</Empty>}
            {mentors.length > 0 && <CheckboxGroup name="mentorIds" legend={t('activities.mentors')} options={mentors} value={mentorIds} onChange={setMentorIds} />}
            {clients.length > 0 && <CheckboxGroup name="clientIds" legend={t('activities.clients')} hint={t('activities.clientHint')} options={clients}
              value={clientIds} onChange={setClientIds} />}
          </CommandForm>
        );
      }}
    </QueryView>
  );
}

/** Takes an invitation back before the activity begins: the place is freed and an invited mentor's calendar entry removed. */
function WithdrawForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t, te } = useI18n();
  const holding = activity.invitees.filter((i) => i.answer === 'PENDING' || i.answer === 'GOING');
  const [invitee, setInvitee] = useState('');
  const withdraw = useCommand(Withdraw, (r) => r.withdrawGroupActivityInvitation, { refreshes: [...activityViews, 'GroupActivityInvitable'] });
  return (
    <CommandForm command={withdraw} submitLabel={t('activities.withdrawSubmit')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await withdraw.run({ input: { activityId: activity.id, expectedVersion: activity.version, inviteeId: invitee } })) onDone(); }}>
      <SelectField name="inviteeId" label={t('activities.withdrawWho')} hint={t('activities.withdrawHint')} value={invitee} placeholder={t('activities.choose')}
        options={holding.map((i) => ({ value: i.id, label: `${i.name} · ${te('InviteeKind', i.kind)}` }))} onChange={setInvitee} />
    </CommandForm>
  );
}

function CancelForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
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
function AttendanceForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
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
