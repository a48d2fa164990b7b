import { useState } from 'react';
import { graphql, type FollowUpKind, type HelpKind, type Institution, type QueryName, type RefusalReason } from '../graphql';
import { addDays, rigaToday, useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand } from '../ui/data';
import { CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { useEnumOptions } from '../ui/reference';
import { Empty } from '../ui/states';
import type { CaseData } from './ClientCase';
import { goalTitle } from './goalTitle';
import { isOpen } from './path';
import { institutions, pathViews } from './PathActions';

const RecordRefusalM = graphql(`mutation RecordRefusal($input: RecordRefusalInput!) { recordRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const CloseRefusalM = graphql(`mutation CloseRefusal($input: CloseRefusalInput!) { closeRefusal(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const PlanFollowUp = graphql(`mutation PlanRefusalFollowUp($input: PlanRefusalFollowUpInput!) { planRefusalFollowUp(input: $input) { client { id version } errors { ...UserErrorFields } } }`);

// A refusal shows on the case (and its goal on the mentor's phone) and waits on the coordinator's desk until followed up or closed.
const refusalViews: QueryName[] = [...pathViews, 'OpenRefusals'];

export const helpKinds = ['GMI_BENEFIT', 'HOUSING_BENEFIT', 'RELEASE_BENEFIT', 'CRISIS_BENEFIT', 'SHELTER_PLACE', 'MUNICIPAL_HOUSING', 'SOCIAL_REHABILITATION', 'OTHER'] as const;
export const refusalReasons = [
  'NO_ACTUAL_RESIDENCE', 'NO_INCOME_DOCUMENTS', 'NO_ACCOUNT_STATEMENTS', 'CANNOT_DECLARE_RESIDENCE', 'DOES_NOT_MEET_RULES', 'DOES_NOT_COOPERATE',
  'PRE_TRIAL_DETENTION_RELEASE', 'RESIDENCE_IN_OTHER_MUNICIPALITY', 'REFUSED_MUNICIPAL_FLAT', 'FAMILY_NOT_NEEDY', 'SHORT_CUSTODY',
  'NOT_FILED_WITHIN_MONTH', 'NOT_REGISTERED_WITH_NVA', 'OTHER',
] as const;

type Refusal = CaseData['refusals'][number];
type Props = { client: CaseData; onDone: () => void };

/** Help refused to the person with its reason; an open one is followed up (appeal or retry, a goal) or closed. */
export function Refusals({ client: c }: { client: CaseData }) {
  const { t } = useI18n();
  const actions: Action[] = c.stage === 'CLOSED' ? [] : [['refusal', t('path.recordRefusal'), (d) => <RecordRefusalForm client={c} onDone={d} />]];
  return (
    <>
      {c.refusals.length === 0 ? <Empty>{t('path.noRefusals')}</Empty> : (
        <ul className="rows" data-testid="refusals">{c.refusals.map((r) => <RefusalRow key={r.id} client={c} refusal={r} />)}</ul>
      )}
      <Actions actions={actions} />
    </>
  );
}

function RefusalRow({ client: c, refusal: r }: { client: CaseData; refusal: Refusal }) {
  const i18n = useI18n();
  const { t, te } = i18n;
  const format = useFormat();
  const followUps = c.goals.filter((g) => r.followUpGoals.includes(g.id));
  const actions: Action[] = r.status !== 'OPEN' || c.stage === 'CLOSED' ? [] : [
    ['followUp', t('path.planFollowUp'), (d) => <FollowUpForm client={c} refusal={r} onDone={d} />],
    ['close', t('path.closeRefusal'), (d) => <CloseForm client={c} refusal={r} onDone={d} />],
  ];
  return (
    <li className="row column" data-status={r.status}>
      <p className="row-title">{te('HelpKind', r.help)} · {te('Institution', r.institution)}{' '}
        <span className={r.status === 'OPEN' ? 'badge warn' : 'badge'}>{te('RefusalStatus', r.status)}</span></p>
      <p className="small">{te('RefusalReason', r.reason)} · {t('path.refusedOnShort', { date: format.date(r.refusedOn) })}
        {r.closedOn ? ` · ${t('path.closedOn', { date: format.date(r.closedOn) })}` : ''}</p>
      {r.note && <p className="note small">{r.note}</p>}
      {r.noteCarriedOver && <p className="small muted">{t('case.carriedOver')}</p>}
      {r.closeNote && <p className="small muted">{r.closeNote}</p>}
      {followUps.length > 0 && <p className="small">{followUps.map((g) => `${goalTitle(i18n, g)} (${t('case.deadline', { date: format.date(g.deadline) })})`).join(' · ')}</p>}
      {actions.length > 0 && <Actions actions={actions} />}
    </li>
  );
}

function RecordRefusalForm({ client: c, onDone }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const institutionOptions = useEnumOptions('Institution', institutions);
  const helpOptions = useEnumOptions('HelpKind', helpKinds);
  const reasonOptions = useEnumOptions('RefusalReason', refusalReasons);
  const goals = c.goals.filter(isOpen).map((g) => ({ value: g.id, label: goalTitle(i18n, g) }));
  const [institution, setInstitution] = useState<string>('MUNICIPAL_SOCIAL_SERVICE');
  const [help, setHelp] = useState<string>('GMI_BENEFIT');
  const [reason, setReason] = useState<string>('');
  const [refusedOn, setRefusedOn] = useState(rigaToday());
  const [note, setNote] = useState('');
  const [goalId, setGoalId] = useState('');
  const [refusalId] = useState(newKey);
  const command = useCommand(RecordRefusalM, (r) => r.recordRefusal, { refreshes: refusalViews });
  const submit = async () => {
    if (!reason) return command.setErrors([{ code: 'REQUIRED', field: 'reason', message: '' }]);
    const input = {
      clientId: c.id, expectedVersion: c.version, refusalId, institution: institution as Institution, help: help as HelpKind,
      reason: reason as RefusalReason, refusedOn, note: note || null, goalId: goalId || null,
    };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('path.recordRefusal')} extraActions={<CancelButton onClick={onDone} />} className="grid-form">
      <SelectField name="institution" label={t('path.institution')} value={institution} options={institutionOptions} onChange={setInstitution} />
      <SelectField name="help" label={t('path.help')} value={help} options={helpOptions} onChange={setHelp} />
      <SelectField name="reason" label={t('path.refusalReason')} value={reason} placeholder="—" options={reasonOptions} onChange={setReason} />
      <TextField name="refusedOn" type="date" label={t('path.refusedOn')} value={refusedOn} onChange={setRefusedOn} />
      <SelectField name="goalId" label={t('path.refusedGoal')} value={goalId} placeholder={t('case.none')} options={goals} onChange={setGoalId} />
      <TextArea name="note" label={t('case.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}

function FollowUpForm({ client: c, refusal: r, onDone }: Props & { refusal: Refusal }) {
  const { t } = useI18n();
  const kinds = useEnumOptions('FollowUpKind', ['APPEAL', 'RETRY'] as const);
  const [kind, setKind] = useState<string>('APPEAL');
  const [deadline, setDeadline] = useState(addDays(rigaToday(), 14));
  const [goalId] = useState(newKey);
  const command = useCommand(PlanFollowUp, (m) => m.planRefusalFollowUp, { refreshes: refusalViews });
  const submit = async () => {
    const input = { clientId: c.id, expectedVersion: c.version, refusalId: r.id, kind: kind as FollowUpKind, deadline, goalId };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('path.planFollowUp')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="kind" label={t('path.followUpKind')} value={kind} options={kinds} onChange={setKind} />
      <TextField name="deadline" type="date" label={t('case.deadlineLabel')} value={deadline} onChange={setDeadline} />
    </CommandForm>
  );
}

function CloseForm({ client: c, refusal: r, onDone }: Props & { refusal: Refusal }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const command = useCommand(CloseRefusalM, (m) => m.closeRefusal, { refreshes: refusalViews });
  const submit = async () => {
    if (await command.run({ input: { clientId: c.id, expectedVersion: c.version, refusalId: r.id, note: note || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('path.closeRefusal')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="note" label={t('case.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}
