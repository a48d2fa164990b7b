import { useState } from 'react';
import {
  graphql, type ClientMeetingsQuery, type Institution, type Language, type MeetingParticipantInput, type ParticipantSide, type QueryName,
} from '../graphql';
import { addDays, rigaInstant, rigaLocalInput, rigaToday, useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { Checkbox, CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { useEnumOptions } from '../ui/reference';

const Meetings = graphql(`
  query ClientMeetings($id: ID!) {
    client(id: $id) {
      id releasedOn expectedReleaseDate stage
      interInstitutionalMeetings {
        id version status startsAt endsAt durationMinutes place sequence heldOn present cancelReason
        participants { id side name email organisation language }
        decisions { goalId title responsible deadline }
      }
    }
  }
`);
const Schedule = graphql(`mutation ScheduleMeeting($input: ScheduleInterInstitutionalMeetingInput!) { scheduleInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }`);
const Move = graphql(`mutation MoveMeeting($input: MoveInterInstitutionalMeetingInput!) { moveInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }`);
const Cancel = graphql(`mutation CancelMeeting($input: CancelInterInstitutionalMeetingInput!) { cancelInterInstitutionalMeeting(input: $input) { meeting { id version } errors { ...UserErrorFields } } }`);
const Record = graphql(`mutation RecordMeetingDecisions($input: RecordMeetingDecisionsInput!) { recordMeetingDecisions(input: $input) { meeting { id version } errors { ...UserErrorFields } } }`);

type Meeting = NonNullable<ClientMeetingsQuery['client']>['interInstitutionalMeetings'][number];
type Row = MeetingParticipantInput & { key: string };
type DecisionRow = { key: string; title: string; responsible: Institution; deadline: string };

// A meeting shows on the case (its list, and the plan once decisions become goals) and in the case's timeline.
const meetingViews: QueryName[] = ['ClientMeetings'];
const decisionViews: QueryName[] = ['ClientMeetings', 'ClientCase', 'MyMatches', 'UpcomingReleases'];

const sides = ['PRISON', 'PROBATION', 'SOCIAL_SERVICE', 'NGO', 'MENTOR'] as const;
const languages = [['LV', 'lang.lv'], ['EN', 'lang.en'], ['RU', 'lang.ru']] as const;
const institutions = ['PRISON', 'STATE_PROBATION_SERVICE', 'MUNICIPAL_SOCIAL_SERVICE', 'NGO', 'PMLP', 'NVA', 'VSAA', 'FAMILY_DOCTOR', 'BANK',
  'LEGAL_AID_ADMINISTRATION', 'SHELTER', 'REHABILITATION', 'OTHER'] as const;

/** Inter-institutional (STIS) meetings before release: scheduled with invitations, moved, cancelled, and held with decisions that become goals. */
export function StisMeetings({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const query = useGql(Meetings, { id: clientId });
  return (
    <QueryView query={query}>
      {({ client }) => !client ? null : (
        <Panel title={t('stis.title')}>
          {client.interInstitutionalMeetings.length === 0 ? <Empty>{t('stis.none')}</Empty> : (
            <ul className="rows" data-testid="stis-meetings">
              {client.interInstitutionalMeetings.map((m) => <MeetingRow key={m.id} meeting={m} />)}
            </ul>
          )}
          {!client.releasedOn && client.stage !== 'CLOSED' && (
            <Actions actions={[['schedule', t('stis.schedule'), (d) => <MeetingForm clientId={client.id} onDone={d} />]]} />
          )}
        </Panel>
      )}
    </QueryView>
  );
}

function MeetingRow({ meeting: m }: { meeting: Meeting }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const actions: Action[] = m.status !== 'SCHEDULED' ? [] : [
    ['move', t('stis.move'), (d) => <MeetingForm meeting={m} onDone={d} />],
    ['held', t('stis.recordDecisions'), (d) => <DecisionsForm meeting={m} onDone={d} />],
    ['cancel', t('stis.cancel'), (d) => <CancelForm meeting={m} onDone={d} />],
  ];
  return (
    <li className="row" data-testid="stis-meeting">
      <p><strong>{format.dateTime(m.startsAt)}</strong> · <span className="badge">{te('MeetingStatus', m.status)}</span>{m.place ? ` · ${m.place}` : ''}</p>
      <p className="small">{m.participants.map((p) => `${p.name} (${te('ParticipantSide', p.side)}, ${p.organisation})`).join('; ')}</p>
      {m.status === 'CANCELLED' && m.cancelReason && <p className="small muted">{t('stis.cancelledBecause', { reason: m.cancelReason })}</p>}
      {m.decisions.length > 0 && (
        <ul className="small" data-testid="stis-decisions">
          {m.decisions.map((d) => <li key={d.goalId}>{d.title} — {te('Institution', d.responsible)}, {format.date(d.deadline)}</li>)}
        </ul>
      )}
      {actions.length > 0 && <Actions actions={actions} />}
    </li>
  );
}

function emptyRow(): Row {
  return { key: newKey(), side: 'PRISON', name: '', email: '', organisation: '', language: 'LV' };
}

/** Schedules a meeting (no <paramref name="meeting"/>) or moves one: a participant kept keeps their id, so they get an update, not a new invitation. */
function MeetingForm({ clientId, meeting, onDone }: { clientId?: string; meeting?: Meeting; onDone: () => void }) {
  const { t } = useI18n();
  const sideOptions = useEnumOptions('ParticipantSide', sides);
  const [when, setWhen] = useState(meeting ? rigaLocalInput(new Date(meeting.startsAt)) : `${addDays(rigaToday(), 7)}T10:00`);
  const [minutes, setMinutes] = useState(String(meeting?.durationMinutes ?? 90));
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [rows, setRows] = useState<Row[]>(meeting ? meeting.participants.map((p) => ({ ...p, key: p.id })) : [emptyRow()]);
  const [key] = useState(newKey);
  const schedule = useCommand(Schedule, (r) => r.scheduleInterInstitutionalMeeting, { refreshes: meetingViews });
  const move = useCommand(Move, (r) => r.moveInterInstitutionalMeeting, { refreshes: meetingViews });
  const command = meeting ? move : schedule;
  const set = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = async () => {
    const participants = rows.map((r) => ({
      side: r.side, name: r.name, email: r.email, organisation: r.organisation, language: r.language,
      id: meeting?.participants.some((x) => x.id === r.id) ? r.id : null,
    }));
    const common = { startsAt: rigaInstant(when), durationMinutes: Number(minutes) || 0, place: place || null, participants };
    const ok = meeting
      ? await move.run({ input: { meetingId: meeting.id, expectedVersion: meeting.version, ...common } })
      : await schedule.run({ input: { clientId: clientId!, idempotencyKey: key, ...common } });
    if (ok) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={meeting ? t('save') : t('stis.scheduleAndInvite')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="startsAt" type="datetime-local" label={t('stis.startsAt')} value={when} onChange={setWhen} />
      <TextField name="durationMinutes" type="number" label={t('stis.duration')} value={minutes} onChange={setMinutes} min={15} max={480} />
      <TextField name="place" label={t('stis.place')} hint={t('stis.placeHint')} value={place} onChange={setPlace} />
      <fieldset className="stack">
        <legend>{t('stis.participants')}</legend>
        {rows.map((r, i) => (
          <div key={r.key} className="grid-form" data-testid="stis-participant">
            <SelectField name={`participants.${i}.side`} label={t('stis.side')} value={r.side} options={sideOptions} onChange={(v) => set(i, { side: v as ParticipantSide })} />
            <TextField name={`participants.${i}.name`} label={t('stis.name')} value={r.name} onChange={(v) => set(i, { name: v })} />
            <TextField name={`participants.${i}.email`} type="email" label={t('stis.email')} value={r.email} onChange={(v) => set(i, { email: v })} />
            <TextField name={`participants.${i}.organisation`} label={t('stis.organisation')} value={r.organisation} onChange={(v) => set(i, { organisation: v })} />
            <SelectField name={`participants.${i}.language`} label={t('stis.language')} value={r.language}
              options={languages.map(([value, key]) => ({ value, label: t(key) }))} onChange={(v) => set(i, { language: v as Language })} />
            {rows.length > 1 && <button type="button" className="secondary small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('stis.removeParticipant')}</button>}
          </div>
        ))}
        <button type="button" className="secondary small" onClick={() => setRows([...rows, emptyRow()])}>{t('stis.addParticipant')}</button>
      </fieldset>
    </CommandForm>
  );
}

function CancelForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const command = useCommand(Cancel, (r) => r.cancelInterInstitutionalMeeting, { refreshes: meetingViews });
  const submit = async () => {
    if (await command.run({ input: { meetingId: meeting.id, expectedVersion: meeting.version, reason } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('stis.cancelAndNotify')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="reason" label={t('case.reason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}

/** Who was there and what was decided; each decision becomes a goal of the plan with the institution responsible and its deadline. */
function DecisionsForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useI18n();
  const institutionOptions = useEnumOptions('Institution', institutions);
  const [heldOn, setHeldOn] = useState(rigaLocalInput(new Date(meeting.startsAt)).slice(0, 10));
  const [present, setPresent] = useState<string[]>(meeting.participants.map((p) => p.id));
  const [rows, setRows] = useState<DecisionRow[]>([{ key: newKey(), title: '', responsible: 'MUNICIPAL_SOCIAL_SERVICE', deadline: addDays(heldOn, 30) }]);
  const command = useCommand(Record, (r) => r.recordMeetingDecisions, { refreshes: decisionViews });
  const set = (i: number, change: Partial<DecisionRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = async () => {
    const decisions = rows.map((r) => ({ title: r.title, responsible: r.responsible, deadline: r.deadline }));
    if (await command.run({ input: { meetingId: meeting.id, expectedVersion: meeting.version, heldOn, present, decisions } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="heldOn" type="date" label={t('case.heldOn')} value={heldOn} onChange={setHeldOn} />
      <fieldset className="stack">
        <legend>{t('stis.present')}</legend>
        {meeting.participants.map((p) => (
          <Checkbox key={p.id} name={`present.${p.id}`} label={`${p.name} (${p.organisation})`} checked={present.includes(p.id)}
            onChange={(on) => setPresent(on ? [...present, p.id] : present.filter((x) => x !== p.id))} />
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('stis.decisions')}</legend>
        {rows.map((r, i) => (
          <div key={r.key} className="grid-form" data-testid="stis-decision">
            <TextField name={`decisions.${i}.title`} label={t('stis.decision')} value={r.title} onChange={(v) => set(i, { title: v })} />
            <SelectField name={`decisions.${i}.responsible`} label={t('stis.responsible')} value={r.responsible} options={institutionOptions}
              onChange={(v) => set(i, { responsible: v as Institution })} />
            <TextField name={`decisions.${i}.deadline`} type="date" label={t('stis.deadline')} value={r.deadline} onChange={(v) => set(i, { deadline: v })} />
            {rows.length > 1 && <button type="button" className="secondary small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('stis.removeDecision')}</button>}
          </div>
        ))}
        <button type="button" className="secondary small" onClick={() => setRows([...rows, { key: newKey(), title: '', responsible: 'MUNICIPAL_SOCIAL_SERVICE', deadline: addDays(heldOn, 30) }])}>
          {t('stis.addDecision')}
        </button>
      </fieldset>
    </CommandForm>
  );
}
