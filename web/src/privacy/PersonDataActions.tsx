import { useState } from 'react';
import { graphql, type QueryName } from '../graphql';
import { useI18n } from '../i18n';
import { hasAnyRole } from '../session/roles';
import { useSession } from '../session/session';
import { Actions, CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { Checkbox, CommandForm, TextField } from '../ui/form';
import { Panel } from '../ui/Page';
import { erasureBadge } from './Erasures';

const Export = graphql(`
  mutation ExportPersonData($personId: ID!, $purpose: String) {
    exportPersonData(personId: $personId, purpose: $purpose) { export { kind events json } errors { ...UserErrorFields } }
  }
`);

const Erase = graphql(`
  mutation ErasePersonData($personId: ID!, $reason: String!) {
    erasePersonData(personId: $personId, reason: $reason) { erasure { status eventsMasked stepCount steps { step } } errors { ...UserErrorFields } }
  }
`);

// Whether the person was erased (by an administrator or a retention rule) and how far it got.
const Status = graphql(`
  query PersonErasure($personId: ID!) {
    erasures(personId: $personId, first: 1) { nodes { id status } }
  }
`);

// An erased person's name and details go from every page that showed them; the erasure is in the audit trail.
const erasedViews: QueryName[] = [
  'ClientCase', 'Clients', 'UpcomingReleases', 'CoordinatorDesk', 'ClientMatching', 'ProposedMatches', 'MatchHeader', 'Engagement',
  'OpenConcerns', 'ContactTimeline', 'MyMatches', 'MentorProfile', 'Mentors', 'VettingBoard', 'MentorSearch', 'Users', 'AuditTrail',
  'Notifications', 'Erasures', 'PersonErasure',
];

/** The data-subject rights, for the organisation's administrator: export everything, or erase it (after confirming). */
export function PersonDataActions({ personId, name }: { personId: string; name: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!hasAnyRole(user.roles, ['OrgAdmin'])) return null;
  return (
    <Panel title={t('privacy.title')}>
      <p className="muted">{t('privacy.intro')}</p>
      <ErasureStatusLine personId={personId} />
      <Actions actions={[
        ['export', t('privacy.export'), (d) => <ExportForm personId={personId} onDone={d} />],
        ['erase', t('privacy.erase'), (d) => <EraseForm personId={personId} name={name} onDone={d} />],
      ]} />
    </Panel>
  );
}

function ExportForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState('');
  const [file, setFile] = useState<string | null>(null);
  const command = useCommand(Export, (r) => r.exportPersonData, { refreshes: ['AuditTrail'] });
  const submit = async () => {
    const payload = await command.run({ personId, purpose: purpose || null });
    if (payload?.export) {
      if (file) URL.revokeObjectURL(file);
      setFile(URL.createObjectURL(new Blob([payload.export.json], { type: 'application/json' })));
    }
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('privacy.exportSubmit')} extraActions={<CancelButton onClick={onDone} />}>
      <TextField name="purpose" label={t('privacy.purpose')} hint={t('privacy.purposeHint')} value={purpose} onChange={setPurpose} />
      {file && <a className="button secondary" href={file} download={`person-${personId}.json`}>{t('privacy.download')}</a>}
    </CommandForm>
  );
}

function EraseForm({ personId, name, onDone }: { personId: string; name: string; onDone: () => void }) {
  const { t, tn } = useI18n();
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [done, setDone] = useState<{ completed: boolean; events: number; steps: number; of: number } | null>(null);
  const command = useCommand(Erase, (r) => r.erasePersonData, { refreshes: erasedViews });
  const submit = async () => {
    if (!sure) return command.setErrors([{ code: 'CONFIRM', field: 'confirm', message: '' }]);
    const payload = await command.run({ personId, reason });
    const e = payload?.erasure;
    if (e) setDone({ completed: e.status === 'COMPLETED', events: e.eventsMasked, steps: e.steps.length, of: e.stepCount });
  };
  // Recorded first and run step by step: one that stopped half-way is finished by the system, and says so.
  if (done !== null) return <p className="success" role="status">{done.completed ? tn('privacy.erased', done.events)
    : t('privacy.erasing', { done: String(done.steps), total: String(done.of) })}</p>;
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('privacy.eraseSubmit')} extraActions={<CancelButton onClick={onDone} />}>
      <p className="form-error" role="note">{t('privacy.eraseWarning', { name })}</p>
      <TextField name="reason" label={t('privacy.reason')} value={reason} onChange={setReason} />
      <Checkbox name="confirm" label={t('privacy.confirm')} checked={sure} onChange={setSure} />
    </CommandForm>
  );
}

function ErasureStatusLine({ personId }: { personId: string }) {
  const { t, te } = useI18n();
  const query = useGql(Status, { personId });
  const erasure = query.data?.erasures.nodes[0];
  if (!erasure) return null;
  return <p role="status"><span className={erasureBadge[erasure.status]}>{t('privacy.status', { status: te('ErasureStatus', erasure.status) })}</span></p>;
}
