import { useState } from 'react';
import {
  graphql, type CaseClosureReason, type ConsentScope, type Gender, type NeedDomain, type NeedLevel, type QueryName, type RiskFlag,
} from '../graphql';
import { rigaToday } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand } from '../ui/data';
import { CheckboxGroup, CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { genders, needDomains, spokenLanguages, useEnumOptions } from '../ui/reference';
import type { CaseData } from './ClientCase';
import { GoalInstitutionForm, GoalStatusForm } from './PathActions';

const RecordConsent = graphql(`mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const WithdrawConsent = graphql(`mutation WithdrawConsent($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const AssessNeeds = graphql(`mutation AssessNeeds($input: AssessNeedsInput!) { assessNeeds(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const RecordRisk = graphql(`mutation RecordRiskFlags($input: RecordRiskFlagsInput!) { recordRiskFlags(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const RecordPreferences = graphql(`mutation RecordPreferences($input: RecordPreferencesInput!) { recordPreferences(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const RecordMeeting = graphql(`mutation RecordMeeting($input: RecordInterInstitutionalMeetingInput!) { recordInterInstitutionalMeeting(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const ChangeRelease = graphql(`mutation ChangeReleaseDate($input: ChangeReleaseDateInput!) { changeReleaseDate(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const RecordRelease = graphql(`mutation RecordRelease($input: RecordReleaseInput!) { recordRelease(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const CloseCase = graphql(`mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const ReopenCase = graphql(`mutation ReopenCase($input: ReopenCaseInput!) { reopenCase(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const AddGoalM = graphql(`mutation AddGoal($input: AddGoalInput!) { addGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const CompleteGoal = graphql(`mutation CompleteGoal($input: CompleteGoalInput!) { completeGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const DropGoal = graphql(`mutation DropGoal($input: DropGoalInput!) { dropGoal(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const Redate = graphql(`mutation ChangeGoalDeadline($input: ChangeGoalDeadlineInput!) { changeGoalDeadline(input: $input) { client { id version } errors { ...UserErrorFields } } }`);

// What a change to a person's case shows on (the queries each command refreshes, ui/data.ts): their case and matching
// pages, the lists and the desk that name them (closed or frozen, its refusals leave the desk), and the mentor's view of them.
const caseViews: QueryName[] = ['ClientCase', 'Clients', 'UpcomingReleases', 'CoordinatorDesk', 'OpenRefusals', 'ApplicationDeadlines', 'ClientMatching', 'MyMatches'];
// Withdrawn consent or a closed case puts the person's open matches on hold: the match lists show that too.
const heldMatchViews: QueryName[] = ['ProposedMatches', 'MatchHeader', 'Engagement'];
// The plan's goals show on the case, on the mentor's phone, and as overdue goals among upcoming releases.
const goalViews: QueryName[] = ['ClientCase', 'MyMatches', 'UpcomingReleases'];

type Props = { client: CaseData; onDone: () => void };

export function CaseActions({ client }: { client: CaseData }) {
  const { t } = useI18n();
  const closed = client.stage === 'CLOSED';
  const list: Action[] = closed
    ? [['reopen', t('case.reopen'), (d) => <Reopen client={client} onDone={d} />]]
    : [
        ['consent', t('case.recordConsent'), (d) => <Consent client={client} onDone={d} />],
        ...(client.consent.length ? [['withdraw', t('case.withdrawConsent'), (d: () => void) => <Withdraw client={client} onDone={d} />] as Action] : []),
        ['needs', t('case.assessNeeds'), (d) => <Needs client={client} onDone={d} />],
        ...(client.riskFlags ? [['risk', t('case.recordRisk'), (d: () => void) => <Risk client={client} onDone={d} />] as Action] : []),
        ['preferences', t('case.recordPreferences'), (d) => <Preferences client={client} onDone={d} />],
        ['meeting', t('case.recordMeeting'), (d) => <Meeting client={client} onDone={d} />],
        ...(client.releasedOn ? [] : [
          ['releaseDate', t('case.changeRelease'), (d: () => void) => <ReleaseDate client={client} onDone={d} />] as Action,
          ['released', t('case.recordRelease'), (d: () => void) => <Released client={client} onDone={d} />] as Action,
        ]),
        ['close', t('case.close'), (d) => <Close client={client} onDone={d} />],
      ];
  return <Actions actions={list} />;
}


function Consent({ client, onDone }: Props) {
  const { t } = useI18n();
  const scopes = useEnumOptions('ConsentScope', ['PROCESSING', 'MENTOR_CONTACT', 'AGGREGATE_REPORTING', 'SHARE_WITH_SOCIAL_SERVICE', 'TRANSFER_TO_ANOTHER_NGO', 'GROUP_ACTIVITIES'] as const);
  const [chosen, setChosen] = useState<string[]>(['PROCESSING', 'MENTOR_CONTACT', 'AGGREGATE_REPORTING']);
  const [givenOn, setGivenOn] = useState(rigaToday());
  const [doc, setDoc] = useState('');
  const command = useCommand(RecordConsent, (r) => r.recordConsent, { refreshes: caseViews });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, scopes: chosen as ConsentScope[], givenOn, documentReference: doc } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <CheckboxGroup name="scopes" legend={t('case.scopes')} options={scopes} value={chosen} onChange={setChosen} />
      <TextField name="givenOn" type="date" label={t('case.givenOn')} value={givenOn} onChange={setGivenOn} />
      <TextField name="documentReference" label={t('case.documentReference')} value={doc} onChange={setDoc} />
    </CommandForm>
  );
}

function Withdraw({ client, onDone }: Props) {
  const { t } = useI18n();
  const [on, setOn] = useState(rigaToday());
  const [note, setNote] = useState('');
  const command = useCommand(WithdrawConsent, (r) => r.withdrawConsent, { refreshes: [...caseViews, ...heldMatchViews] });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, withdrawnOn: on, note: note || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('case.withdrawConsent')} extraActions={<CancelButton onClick={onDone} />}>
      <p className="muted">{t('case.withdrawNote')}</p>
      <TextField name="withdrawnOn" type="date" label={t('case.withdrawnOn')} value={on} onChange={setOn} />
      <TextField name="note" label={t('case.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}

function Needs({ client, onDone }: Props) {
  const { t, te } = useI18n();
  const levels = useEnumOptions('NeedLevel', ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const);
  const current = Object.fromEntries(client.needs.map((n) => [n.domain, n.level])) as Record<string, string>;
  const [chosen, setChosen] = useState<Record<string, string>>(Object.fromEntries(needDomains.map((d) => [d, current[d] ?? 'NONE'])));
  const [source, setSource] = useState(client.needsSource ?? '');
  const [on, setOn] = useState(rigaToday());
  const command = useCommand(AssessNeeds, (r) => r.assessNeeds, { refreshes: ['ClientCase', 'ClientMatching', 'WhyNotMentor', 'MyMatches'] });
  const submit = async () => {
    const needs = needDomains.map((d) => ({ domain: d, level: chosen[d] as NeedLevel }));
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, needs, source, assessedOn: on } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      {needDomains.map((d) => (
        <SelectField key={d} name={`need-${d}`} label={te('NeedDomain', d)} value={chosen[d]} options={levels} onChange={(v) => setChosen({ ...chosen, [d]: v })} />
      ))}
      <TextField name="source" label={t('case.source')} hint={t('case.sourceHint')} value={source} onChange={setSource} />
      <TextField name="assessedOn" type="date" label={t('case.assessedOn')} value={on} onChange={setOn} />
    </CommandForm>
  );
}

function Risk({ client, onDone }: Props) {
  const { t } = useI18n();
  const flags = useEnumOptions('RiskFlag', ['VIOLENCE_HISTORY', 'DOMESTIC_VIOLENCE', 'SEXUAL_OFFENCE', 'RELAPSE_RISK', 'SELF_HARM_RISK',
    'REQUIRES_EXPERIENCED_MENTOR', 'NO_LIVED_EXPERIENCE_ONLY_PAIRING'] as const);
  const [chosen, setChosen] = useState<string[]>(client.riskFlags ?? []);
  const [note, setNote] = useState('');
  const command = useCommand(RecordRisk, (r) => r.recordRiskFlags, { refreshes: ['ClientRisk', 'ClientMatching', 'WhyNotMentor', 'MyMatches'] });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, flags: chosen as RiskFlag[], note: note || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <p className="muted">{t('case.riskNote')}</p>
      <CheckboxGroup name="flags" legend={t('case.riskFlags')} options={flags} value={chosen} onChange={setChosen} />
      <TextField name="note" label={t('case.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}

function Preferences({ client, onDone }: Props) {
  const { t } = useI18n();
  const genderOptions = useEnumOptions('Gender', genders.filter((g) => g !== 'UNDISCLOSED'));
  const [gender, setGender] = useState<string>(client.preferences.mentorGender ?? '');
  const [lived, setLived] = useState(client.preferences.livedExperienceWanted == null ? '' : String(client.preferences.livedExperienceWanted));
  const [language, setLanguage] = useState(client.preferences.language ?? '');
  const command = useCommand(RecordPreferences, (r) => r.recordPreferences, { refreshes: ['ClientCase', 'ClientMatching', 'WhyNotMentor'] });
  const submit = async () => {
    const input = {
      clientId: client.id, expectedVersion: client.version, mentorGender: (gender || null) as Gender | null,
      livedExperienceWanted: lived === '' ? null : lived === 'true', language: language || null,
    };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <SelectField name="mentorGender" label={t('case.mentorGender')} value={gender} placeholder={t('case.noPreference')} options={genderOptions} onChange={setGender} />
      <SelectField name="livedExperienceWanted" label={t('case.livedExperience')} value={lived} placeholder={t('case.noPreference')}
        options={[{ value: 'true', label: t('case.livedWanted') }, { value: 'false', label: t('case.livedNotWanted') }]} onChange={setLived} />
      <SelectField name="language" label={t('case.preferredLanguage')} value={language} placeholder={t('case.noPreference')}
        options={spokenLanguages.map((l) => ({ value: l, label: t(`lang.${l}`) }))} onChange={setLanguage} />
    </CommandForm>
  );
}

function Meeting({ client, onDone }: Props) {
  const { t } = useI18n();
  const [heldOn, setHeldOn] = useState(rigaToday());
  const [present, setPresent] = useState('');
  const [decisions, setDecisions] = useState('');
  const command = useCommand(RecordMeeting, (r) => r.recordInterInstitutionalMeeting, { refreshes: goalViews });
  const submit = async () => {
    const organisationsPresent = present.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, heldOn, organisationsPresent, decisions } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="heldOn" type="date" label={t('case.heldOn')} value={heldOn} onChange={setHeldOn} />
      <TextField name="organisationsPresent" label={t('case.present')} hint={t('case.presentHint')} value={present} onChange={setPresent} />
      <TextArea name="decisions" label={t('case.decisions')} value={decisions} onChange={setDecisions} />
    </CommandForm>
  );
}

function ReleaseDate({ client, onDone }: Props) {
  const { t } = useI18n();
  const [date, setDate] = useState(client.expectedReleaseDate);
  const [reason, setReason] = useState('');
  const command = useCommand(ChangeRelease, (r) => r.changeReleaseDate, { refreshes: [...caseViews, 'Engagement'] });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, expectedReleaseDate: date, reason } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="expectedReleaseDate" type="date" label={t('refer.expectedReleaseDate')} value={date} onChange={setDate} />
      <TextField name="reason" label={t('case.reason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}

function Released({ client, onDone }: Props) {
  const { t } = useI18n();
  const [date, setDate] = useState(rigaToday());
  const command = useCommand(RecordRelease, (r) => r.recordRelease, { refreshes: [...caseViews, 'Engagement'] });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, releasedOn: date } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('case.recordRelease')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="releasedOn" type="date" label={t('refer.releasedOn')} value={date} onChange={setDate} />
    </CommandForm>
  );
}

function Close({ client, onDone }: Props) {
  const { t } = useI18n();
  const reasons = useEnumOptions('CaseClosureReason', ['GOALS_MET', 'MOVED_AWAY', 'DECLINED', 'REINCARCERATED', 'NO_CONTACT', 'DIED', 'OTHER'] as const);
  const [reason, setReason] = useState('GOALS_MET');
  const [note, setNote] = useState('');
  const command = useCommand(CloseCase, (r) => r.closeCase, { refreshes: [...caseViews, ...heldMatchViews] });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, reason: reason as CaseClosureReason, note: note || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('case.close')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="reason" label={t('case.closeReason')} value={reason} options={reasons} onChange={setReason} />
      <TextField name="note" label={t('case.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}

function Reopen({ client, onDone }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const command = useCommand(ReopenCase, (r) => r.reopenCase, { refreshes: caseViews });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, note } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('case.reopen')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="note" label={t('case.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}

export function GoalActions({ client, goalId }: { client: CaseData; goalId: string }) {
  const { t } = useI18n();
  const complete = useCommand(CompleteGoal, (r) => r.completeGoal, { refreshes: goalViews });
  const actions: Action[] = [
    ['achieve', t('case.achieve'), (d) => (
      <CommandForm command={complete} submitLabel={t('case.achieveConfirm')} extraActions={<CancelButton onClick={d} />}
        onSubmit={async () => (await complete.run({ input: { clientId: client.id, expectedVersion: client.version, goalId } })) && d()}>
        <span />
      </CommandForm>
    )],
    ['status', t('path.setStatus'), (d) => <GoalStatusForm client={client} goalId={goalId} onDone={d} />],
    ['institution', t('path.setInstitution'), (d) => <GoalInstitutionForm client={client} goalId={goalId} onDone={d} />],
    ['redate', t('case.redate'), (d) => <RedateGoal client={client} goalId={goalId} onDone={d} />],
    ['drop', t('case.drop'), (d) => <DropGoalForm client={client} goalId={goalId} onDone={d} />],
  ];
  return <div className="goal-actions"><Actions actions={actions} /></div>;
}

function RedateGoal({ client, goalId, onDone }: Props & { goalId: string }) {
  const { t } = useI18n();
  const [deadline, setDeadline] = useState(client.goals.find((g) => g.id === goalId)?.deadline ?? '');
  const [reason, setReason] = useState('');
  const command = useCommand(Redate, (r) => r.changeGoalDeadline, { refreshes: goalViews });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, goalId, deadline, reason: reason || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="deadline" type="date" label={t('case.newDeadline')} value={deadline} onChange={setDeadline} />
      <TextField name="reason" label={t('case.reason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}

function DropGoalForm({ client, goalId, onDone }: Props & { goalId: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const command = useCommand(DropGoal, (r) => r.dropGoal, { refreshes: goalViews });
  const submit = async () => {
    if (await command.run({ input: { clientId: client.id, expectedVersion: client.version, goalId, reason } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('case.drop')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="reason" label={t('case.reason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}

export function AddGoal({ client }: { client: CaseData }) {
  const { t } = useI18n();
  const domains = useEnumOptions('NeedDomain', needDomains);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [domain, setDomain] = useState('');
  const [deadline, setDeadline] = useState('');
  const [goalId, setGoalId] = useState(newKey);
  const command = useCommand(AddGoalM, (r) => r.addGoal, { refreshes: goalViews });
  if (!open) return <button type="button" className="secondary small" onClick={() => setOpen(true)}>{t('case.addGoal')}</button>;
  const submit = async () => {
    if (!deadline) return command.setErrors([{ code: 'REQUIRED', field: 'deadline', message: '' }]);
    const ok = await command.run({ input: { clientId: client.id, expectedVersion: client.version, title, domain: (domain || null) as NeedDomain | null, deadline, goalId } });
    if (ok) {
      setOpen(false);
      setTitle('');
      setDeadline('');
      setGoalId(newKey());
    }
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('case.addGoal')} className="grid-form"
      extraActions={<CancelButton onClick={() => setOpen(false)} />}>
      <TextField name="title" label={t('case.goalTitle')} value={title} onChange={setTitle} />
      <SelectField name="domain" label={t('case.goalDomain')} value={domain} placeholder={t('case.none')} options={domains} onChange={setDomain} />
      <TextField name="deadline" type="date" label={t('case.deadlineLabel')} value={deadline} onChange={setDeadline} />
    </CommandForm>
  );
}
