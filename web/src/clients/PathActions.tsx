import { useState } from 'react';
import { graphql, type GoalStatus, type Institution, type QueryName } from '../graphql';
import { rigaToday } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand } from '../ui/data';
import { CommandForm, SelectField, TextField } from '../ui/form';
import { municipalityOptions, useEnumOptions, useMunicipalities } from '../ui/reference';
import type { CaseData } from './ClientCase';
import type { DocumentData } from './PathView';

const SetStatus = graphql(`mutation SetGoalStatus($input: SetGoalStatusInput!) { setGoalStatus(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const SetInstitution = graphql(`mutation SetGoalInstitution($input: SetGoalInstitutionInput!) { setGoalInstitution(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const RecordDocument = graphql(`mutation RecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const UnrecordDocument = graphql(`mutation UnrecordDocument($input: UnrecordDocumentInput!) { unrecordDocument(input: $input) { client { id version } errors { ...UserErrorFields } } }`);
const RecordResidence = graphql(`mutation RecordResidenceFacts($input: RecordResidenceFactsInput!) { recordResidenceFacts(input: $input) { client { id version } errors { ...UserErrorFields } } }`);

// The path (goals, documents, warnings) shows on the case, on the mentor's phone, and as overdue goals among upcoming releases.
export const pathViews: QueryName[] = ['ClientCase', 'MyMatches', 'UpcomingReleases', 'ApplicationDeadlines'];

export const institutions = [
  'MUNICIPAL_SOCIAL_SERVICE', 'PMLP', 'NVA', 'VSAA', 'FAMILY_DOCTOR', 'BANK', 'STATE_PROBATION_SERVICE', 'LEGAL_AID_ADMINISTRATION',
  'SHELTER', 'REHABILITATION', 'OTHER',
] as const;

type GoalProps = { client: CaseData; goalId: string; onDone: () => void };

/** Moves an open goal on: in progress, done (when), not needed (why). Refused comes with a refusal and its reason. */
export function GoalStatusForm({ client, goalId, onDone }: GoalProps) {
  const { t } = useI18n();
  const statuses = useEnumOptions('GoalStatus', ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'] as const);
  const [status, setStatus] = useState<string>(client.goals.find((g) => g.id === goalId)?.status ?? 'NOT_STARTED');
  const [on, setOn] = useState(rigaToday());
  const [note, setNote] = useState('');
  const command = useCommand(SetStatus, (r) => r.setGoalStatus, { refreshes: pathViews });
  const submit = async () => {
    const input = { clientId: client.id, expectedVersion: client.version, goalId, status: status as GoalStatus,
      on: status === 'DONE' ? on : null, note: status === 'NOT_NEEDED' ? note : null };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="status" label={t('path.status')} value={status} options={statuses} onChange={setStatus} />
      {status === 'DONE' && <TextField name="on" type="date" label={t('path.doneOn')} value={on} onChange={setOn} />}
      {status === 'NOT_NEEDED' && <TextField name="note" label={t('path.notNeededWhy')} value={note} onChange={setNote} />}
    </CommandForm>
  );
}

/** Where the step is taken (or none). */
export function GoalInstitutionForm({ client, goalId, onDone }: GoalProps) {
  const { t } = useI18n();
  const options = useEnumOptions('Institution', institutions);
  const [institution, setInstitution] = useState<string>(client.goals.find((g) => g.id === goalId)?.institution ?? '');
  const command = useCommand(SetInstitution, (r) => r.setGoalInstitution, { refreshes: pathViews });
  const submit = async () => {
    const input = { clientId: client.id, expectedVersion: client.version, goalId, institution: (institution || null) as Institution | null };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="institution" label={t('path.institution')} value={institution} placeholder={t('path.noInstitution')} options={options} onChange={setInstitution} />
    </CommandForm>
  );
}

/** Ticks a document as obtained (with the day; again to correct it), or takes back one recorded by mistake. */
export function DocumentActions({ client, document: d }: { client: CaseData; document: DocumentData }) {
  const { t, te } = useI18n();
  const kind = te('DocumentKind', d.kind);
  const record = useCommand(RecordDocument, (r) => r.recordDocument, { refreshes: pathViews });
  const unrecord = useCommand(UnrecordDocument, (r) => r.unrecordDocument, { refreshes: pathViews });
  const [on, setOn] = useState(d.obtainedOn ?? rigaToday());
  const [reason, setReason] = useState('');
  const actions: Action[] = [
    [`record-${d.kind}`, d.obtained ? t('case.redate') : t('path.recordDocument'), (done) => (
      <CommandForm command={record} submitLabel={t('path.recordDocumentOf', { kind })} extraActions={<CancelButton onClick={done} />}
        onSubmit={async () => (await record.run({ input: { clientId: client.id, expectedVersion: client.version, kind: d.kind, obtainedOn: on } })) && done()}>
        <TextField name="obtainedOn" type="date" label={t('path.obtainedOnLabel')} value={on} onChange={setOn} />
      </CommandForm>
    )],
    ...(d.obtained ? [[`unrecord-${d.kind}`, t('path.unrecordDocument'), (done: () => void) => (
      <CommandForm command={unrecord} submitLabel={t('path.unrecordDocumentOf', { kind })} extraActions={<CancelButton onClick={done} />}
        onSubmit={async () => (await unrecord.run({ input: { clientId: client.id, expectedVersion: client.version, kind: d.kind, reason: reason || null } })) && done()}>
        <TextField name="reason" label={t('case.reason')} value={reason} onChange={setReason} />
      </CommandForm>
    )] as Action] : []),
  ];
  return <div className="goal-actions"><Actions actions={actions} /></div>;
}

/** The two residence facts the warnings are computed from, and a form to change them (null: not known). */
export function ResidenceFacts({ client: c }: { client: CaseData }) {
  const { t } = useI18n();
  const yesNo = (v: boolean | null) => v == null ? t('path.unknown') : v ? t('path.yes') : t('path.no');
  const actions: Action[] = [['residence', t('path.recordResidence'), (done) => <ResidenceForm client={c} onDone={done} />]];
  return (
    <>
      <dl className="facts compact">
        <dt>{t('path.lastResidence')}</dt><dd>{c.lastDeclaredResidenceMunicipality?.name ?? t('path.unknown')}</dd>
        <dt>{t('path.hasResidence')}</dt><dd>{yesNo(c.hasResidenceToDeclare)}</dd>
      </dl>
      <Actions actions={actions} />
    </>
  );
}

function ResidenceForm({ client: c, onDone }: { client: CaseData; onDone: () => void }) {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const [last, setLast] = useState(c.lastDeclaredResidenceMunicipality?.code ?? '');
  const [has, setHas] = useState(c.hasResidenceToDeclare == null ? '' : String(c.hasResidenceToDeclare));
  const command = useCommand(RecordResidence, (r) => r.recordResidenceFacts, { refreshes: pathViews });
  const submit = async () => {
    const input = { clientId: c.id, expectedVersion: c.version, lastDeclaredResidenceMunicipality: last || null, hasResidenceToDeclare: has === '' ? null : has === 'true' };
    if (await command.run({ input })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="lastDeclaredResidenceMunicipality" label={t('path.lastResidence')} value={last} placeholder={t('path.unknown')}
        options={municipalityOptions(municipalities.data)} onChange={setLast} />
      <SelectField name="hasResidenceToDeclare" label={t('path.hasResidence')} value={has} placeholder={t('path.unknown')}
        options={[{ value: 'true', label: t('path.yes') }, { value: 'false', label: t('path.no') }]} onChange={setHas} />
    </CommandForm>
  );
}
