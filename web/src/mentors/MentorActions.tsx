import { useState } from 'react';
import { graphql, type BackgroundCheckOutcome, type InterviewOutcome, type QueryName, type ReferenceOutcome, type RejectionReason } from '../graphql';
import { rigaToday, useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand } from '../ui/data';
import { CommandForm, SelectField, TextField } from '../ui/form';
import { useEnumOptions } from '../ui/reference';
import type { MentorData } from './MentorProfile';
import { AssignSupervisorForm, useSupervisors } from './Supervision';
import { newKey } from '../ui/form';

const Interview = graphql(`mutation RecordScreeningInterview($input: RecordScreeningInterviewInput!) { recordScreeningInterview(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Reference = graphql(`mutation RecordReference($input: RecordReferenceInput!) { recordReference(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Check = graphql(`mutation RecordBackgroundCheck($input: RecordBackgroundCheckInput!) { recordBackgroundCheck(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Training = graphql(`mutation RecordTrainingCompleted($input: RecordTrainingCompletedInput!) { recordTrainingCompleted(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Agreement = graphql(`mutation SignConfidentialityAgreement($input: SignConfidentialityAgreementInput!) { signConfidentialityAgreement(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Approve = graphql(`mutation ApproveMentor($input: ApproveMentorInput!) { approveMentor(input: $input) { approval { mentor { id } invitation { expiresAt user { email } } } errors { ...UserErrorFields } } }`);
const Reject = graphql(`mutation RejectMentor($input: RejectMentorInput!) { rejectMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Suspend = graphql(`mutation SuspendMentor($input: SuspendMentorInput!) { suspendMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Reinstate = graphql(`mutation ReinstateMentor($input: ReinstateMentorInput!) { reinstateMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Withdraw = graphql(`mutation WithdrawMentor($input: WithdrawMentorInput!) { withdrawMentor(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);
const Supervision = graphql(`mutation RecordIndividualSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }`);
const Capacity = graphql(`mutation ChangeMentorCapacity($input: ChangeMentorCapacityInput!) { changeMentorCapacity(input: $input) { mentor { id version } errors { ...UserErrorFields } } }`);

// Where a mentor's vetting shows (the queries each command refreshes, ui/data.ts): their profile, the vetting board and
// desk, the mentor list, and matching, which only offers a vetted mentor with room.
const mentorViews: QueryName[] = ['MentorProfile', 'VettingBoard', 'Mentors', 'CoordinatorDesk', 'ClientMatching', 'WhyNotMentor', 'MentorSearch'];
// A suspended or withdrawn mentor's open matches go on hold (and come back with reinstatement): the pages with matches.
const heldMatchViews: QueryName[] = ['ClientCase', 'ProposedMatches', 'MatchHeader', 'Engagement', 'MyMatches'];

type Props = { mentor: MentorData; onDone: () => void };

/** The next steps a coordinator can record for this mentor, given where they are. */
export function MentorActions({ mentor: m }: { mentor: MentorData }) {
  const { t } = useI18n();
  const format = useFormat();
  // Said here, not in the approval form: once approved, the mentor's actions (and that form) change.
  const [invited, setInvited] = useState<Invited | null>(null);
  const open = m.status === 'APPLIED' || m.status === 'IN_VETTING';
  const working = m.status === 'APPROVED' || m.status === 'LAPSED';
  const list: Action[] = [
    ...(open || working ? [
      ['interview', t('vetting.recordInterview'), (d) => <InterviewForm mentor={m} onDone={d} />],
      ['reference', t('vetting.recordReference'), (d) => <ReferenceForm mentor={m} onDone={d} />],
      ['check', t('vetting.recordCheck'), (d) => <CheckForm mentor={m} onDone={d} />],
      ['training', t('vetting.recordTraining'), (d) => <TrainingForm mentor={m} onDone={d} />],
      ['agreement', t('vetting.recordAgreement'), (d) => <AgreementForm mentor={m} onDone={d} />],
    ] as Action[] : []),
    ...(open ? [
      ['approve', t('vetting.approve'), (d) => <ApproveForm mentor={m} onDone={d} onApproved={setInvited} />],
      ['reject', t('vetting.reject'), (d) => <RejectForm mentor={m} onDone={d} />],
    ] as Action[] : []),
    ...(working ? [
      ['supervision', t('vetting.recordSupervision'), (d) => <SupervisionForm mentor={m} onDone={d} />],
      ['supervisor', t('supervision.assign'), (d) => <AssignSupervisorForm mentor={m} onDone={d} />],
      ['capacity', t('vetting.changeCapacity'), (d) => <CapacityForm mentor={m} onDone={d} />],
      ['suspend', t('vetting.suspend'), (d) => <ReasonForm mentor={m} onDone={d} kind="suspend" />],
    ] as Action[] : []),
    ...(m.status === 'SUSPENDED' ? [['reinstate', t('vetting.reinstate'), (d) => <ReasonForm mentor={m} onDone={d} kind="reinstate" />]] as Action[] : []),
    ...(m.status !== 'WITHDRAWN' && m.status !== 'REJECTED' ? [['withdraw', t('vetting.withdraw'), (d) => <ReasonForm mentor={m} onDone={d} kind="withdraw" />]] as Action[] : []),
  ];
  return (
    <>
      {invited && (
        <div className="notice" role="status" data-testid="mentor-invited">
          <p>{t('vetting.approvedMailed', { email: invited.email, date: format.dateTime(invited.expiresAt) })}</p>
          <button type="button" className="secondary small" onClick={() => setInvited(null)}>{t('close')}</button>
        </div>
      )}
      <Actions actions={list} />
    </>
  );
}

function InterviewForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const outcomes = useEnumOptions('InterviewOutcome', ['RECOMMENDED', 'NOT_RECOMMENDED'] as const);
  const [f, setF] = useState({ heldOn: rigaToday(), interviewer: '', outcome: 'RECOMMENDED', note: '' });
  const command = useCommand(Interview, (r) => r.recordScreeningInterview, { refreshes: mentorViews });
  const submit = async () => {
    const input = { mentorId: mentor.id, expectedVersion: mentor.version, heldOn: f.heldOn, interviewer: f.interviewer, outcome: f.outcome as InterviewOutcome, note: f.note || null };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <TextField name="heldOn" type="date" label={t('case.heldOn')} value={f.heldOn} onChange={(v) => setF({ ...f, heldOn: v })} />
      <TextField name="interviewer" label={t('vetting.interviewer')} value={f.interviewer} onChange={(v) => setF({ ...f, interviewer: v })} />
      <SelectField name="outcome" label={t('vetting.outcome')} value={f.outcome} options={outcomes} onChange={(v) => setF({ ...f, outcome: v })} />
      <TextField name="note" label={t('case.note')} value={f.note} onChange={(v) => setF({ ...f, note: v })} />
    </CommandForm>
  );
}

function ReferenceForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const outcomes = useEnumOptions('ReferenceOutcome', ['POSITIVE', 'NEGATIVE'] as const);
  const [f, setF] = useState({ refereeName: '', relationship: '', outcome: 'POSITIVE', receivedOn: rigaToday() });
  const command = useCommand(Reference, (r) => r.recordReference, { refreshes: mentorViews });
  const submit = async () => {
    const input = { mentorId: mentor.id, expectedVersion: mentor.version, refereeName: f.refereeName, relationship: f.relationship, outcome: f.outcome as ReferenceOutcome, receivedOn: f.receivedOn };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <TextField name="refereeName" label={t('vetting.refereeName')} value={f.refereeName} onChange={(v) => setF({ ...f, refereeName: v })} />
      <TextField name="relationship" label={t('vetting.relationship')} value={f.relationship} onChange={(v) => setF({ ...f, relationship: v })} />
      <SelectField name="outcome" label={t('vetting.outcome')} value={f.outcome} options={outcomes} onChange={(v) => setF({ ...f, outcome: v })} />
      <TextField name="receivedOn" type="date" label={t('vetting.receivedOn')} value={f.receivedOn} onChange={(v) => setF({ ...f, receivedOn: v })} />
    </CommandForm>
  );
}

function CheckForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const outcomes = useEnumOptions('BackgroundCheckOutcome', ['CLEAR', 'CONCERNS', 'DISQUALIFYING'] as const);
  const [f, setF] = useState({ checkedOn: rigaToday(), outcome: 'CLEAR', expiresOn: '' });
  const command = useCommand(Check, (r) => r.recordBackgroundCheck, { refreshes: mentorViews });
  const submit = async () => {
    const input = { mentorId: mentor.id, expectedVersion: mentor.version, checkedOn: f.checkedOn, outcome: f.outcome as BackgroundCheckOutcome, expiresOn: f.expiresOn || null };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <TextField name="checkedOn" type="date" label={t('vetting.checkedOn')} value={f.checkedOn} onChange={(v) => setF({ ...f, checkedOn: v })} />
      <SelectField name="outcome" label={t('vetting.outcome')} value={f.outcome} options={outcomes} onChange={(v) => setF({ ...f, outcome: v })} />
      <TextField name="expiresOn" type="date" label={t('vetting.expiresOn')} hint={t('vetting.expiresHint')} value={f.expiresOn} onChange={(v) => setF({ ...f, expiresOn: v })} />
    </CommandForm>
  );
}

function TrainingForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const missing = mentor.vettingChecklist.filter((s) => s.kind === 'TRAINING' && !s.done).map((s) => s.module ?? '');
  const [f, setF] = useState({ module: missing[0] ?? '', completedOn: rigaToday() });
  const command = useCommand(Training, (r) => r.recordTrainingCompleted, { refreshes: mentorViews });
  const submit = async () => {
    if (await command.run({ input: { mentorId: mentor.id, expectedVersion: mentor.version, module: f.module, completedOn: f.completedOn } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <TextField name="module" label={t('vetting.module')} hint={missing.length ? t('vetting.modulesMissing', { modules: missing.join(', ') }) : undefined}
        value={f.module} onChange={(v) => setF({ ...f, module: v })} />
      <TextField name="completedOn" type="date" label={t('vetting.completedOn')} value={f.completedOn} onChange={(v) => setF({ ...f, completedOn: v })} />
    </CommandForm>
  );
}

function AgreementForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const [f, setF] = useState({ signedOn: rigaToday(), documentReference: '' });
  const command = useCommand(Agreement, (r) => r.signConfidentialityAgreement, { refreshes: mentorViews });
  const submit = async () => {
    if (await command.run({ input: { mentorId: mentor.id, expectedVersion: mentor.version, ...f } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <TextField name="signedOn" type="date" label={t('vetting.signedOn')} value={f.signedOn} onChange={(v) => setF({ ...f, signedOn: v })} />
      <TextField name="documentReference" label={t('case.documentReference')} value={f.documentReference} onChange={(v) => setF({ ...f, documentReference: v })} />
    </CommandForm>
  );
}

type Invited = { email: string; expiresAt: string };

function ApproveForm({ mentor, onDone, onApproved }: Props & { onApproved: (invited: Invited | null) => void }) {
  const { t } = useI18n();
  const command = useCommand(Approve, (r) => r.approveMentor, { refreshes: [...mentorViews, 'Users', 'Notifications'] });
  const submit = async () => {
    const payload = await command.run({ input: { mentorId: mentor.id, expectedVersion: mentor.version } });
    if (!payload) return;
    const invitation = payload.approval?.invitation;
    onApproved(invitation ? { email: invitation.user.email, expiresAt: invitation.expiresAt } : null);
    onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('vetting.approveConfirm')} extraActions={<CancelButton onClick={onDone} />}>
      <p className="muted">{t('vetting.approveNote')}</p>
    </CommandForm>
  );
}

function RejectForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const reasons = useEnumOptions('RejectionReason', ['DISQUALIFYING_BACKGROUND_CHECK', 'INTERVIEW_NOT_RECOMMENDED', 'NEGATIVE_REFERENCES', 'NOT_SUITABLE_NOW', 'UNREACHABLE', 'OTHER'] as const);
  const [f, setF] = useState({ reason: 'NOT_SUITABLE_NOW', note: '' });
  const command = useCommand(Reject, (r) => r.rejectMentor, { refreshes: mentorViews });
  const submit = async () => {
    if (await command.run({ input: { mentorId: mentor.id, expectedVersion: mentor.version, reason: f.reason as RejectionReason, note: f.note || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('vetting.reject')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <SelectField name="reason" label={t('case.reason')} value={f.reason} options={reasons} onChange={(v) => setF({ ...f, reason: v })} />
      <TextField name="note" label={t('case.note')} value={f.note} onChange={(v) => setF({ ...f, note: v })} />
    </CommandForm>
  );
}

function SupervisionForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const supervisors = useSupervisors();
  const [f, setF] = useState({ heldOn: rigaToday(), supervisorId: mentor.supervisor?.id ?? '', minutes: '60' });
  const [key] = useState(newKey);
  const command = useCommand(Supervision, (r) => r.recordSupervision, { refreshes: [...mentorViews, 'SupervisionTraining'] });
  const supervisorId = f.supervisorId || (supervisors[0]?.id ?? '');
  const submit = async () => {
    if (await command.run({ input: { kind: 'INDIVIDUAL', heldOn: f.heldOn, minutes: Number.parseInt(f.minutes, 10) || 0, supervisorId,
      attendance: [{ mentorId: mentor.id, present: true }], idempotencyKey: key } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <TextField name="heldOn" type="date" label={t('case.heldOn')} value={f.heldOn} onChange={(v) => setF({ ...f, heldOn: v })} />
      <SelectField name="supervisorId" label={t('vetting.supervisor')} value={supervisorId} onChange={(v) => setF({ ...f, supervisorId: v })}
        options={supervisors.map((s) => ({ value: s.id, label: s.name }))} />
      <TextField name="minutes" type="number" inputMode="numeric" min={1} label={t('sessionRecord.minutes')} value={f.minutes} onChange={(v) => setF({ ...f, minutes: v })} />
    </CommandForm>
  );
}

function CapacityForm({ mentor, onDone }: Props) {
  const { t } = useI18n();
  const [capacity, setCapacity] = useState(String(mentor.capacity));
  const command = useCommand(Capacity, (r) => r.changeMentorCapacity, { refreshes: ['MentorProfile', 'Mentors', 'ClientMatching', 'WhyNotMentor'] });
  const submit = async () => {
    if (await command.run({ input: { mentorId: mentor.id, expectedVersion: mentor.version, capacity: Number.parseInt(capacity, 10) || 0 } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="capacity" type="number" inputMode="numeric" min={1} max={5} label={t('apply.capacity')} value={capacity} onChange={setCapacity} />
    </CommandForm>
  );
}

function ReasonForm({ mentor, onDone, kind }: Props & { kind: 'suspend' | 'reinstate' | 'withdraw' }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const suspend = useCommand(Suspend, (r) => r.suspendMentor, { refreshes: [...mentorViews, ...heldMatchViews] });
  const reinstate = useCommand(Reinstate, (r) => r.reinstateMentor, { refreshes: [...mentorViews, ...heldMatchViews] });
  const withdraw = useCommand(Withdraw, (r) => r.withdrawMentor, { refreshes: [...mentorViews, ...heldMatchViews] });
  const command = kind === 'suspend' ? suspend : kind === 'reinstate' ? reinstate : withdraw;
  const submit = async () => {
    const input = { mentorId: mentor.id, expectedVersion: mentor.version, reason: reason || null };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t(`vetting.${kind}`)} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="reason" label={t('case.reason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}
