import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type SupervisionKind } from '../graphql';
import { rigaToday } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CheckboxGroup, CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { QueryView } from '../ui/states';
import { supervisionViews, useSupervisors } from './Supervision';

const People = graphql(`
  query SessionPeople {
    mentors(first: 100) { nodes { id name status } }
    trainingCatalogue { modules { code name hours kind } }
  }
`);

const RecordSupervision = graphql(`
  mutation RecordSupervision($input: RecordSupervisionInput!) { recordSupervision(input: $input) { session { id } errors { ...UserErrorFields } } }
`);
const RecordTraining = graphql(`
  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) { session { id } errors { ...UserErrorFields } } }
`);

type Person = { id: string; name: string; status: string };

/** A supervision session (one mentor or a group) and a training session, each recorded once with who was there. */
export function RecordSessions() {
  const { t } = useI18n();
  const people = useGql(People, undefined);
  return (
    <Page title={t('sessionRecord.title')} intro={t('sessionRecord.intro')}
      actions={<Link href="/mentors" className="button secondary small">{t('back')}</Link>}>
      <QueryView query={people}>
        {(d) => (
          <div className="panels">
            <Panel title={t('sessionRecord.supervision')}>
              <SupervisionSessionForm mentors={d.mentors.nodes.filter((m) => ['APPROVED', 'LAPSED', 'SUSPENDED'].includes(m.status))} />
            </Panel>
            <Panel title={t('sessionRecord.training')}>
              <TrainingSessionForm mentors={d.mentors.nodes.filter((m) => !['REJECTED', 'WITHDRAWN'].includes(m.status))}
                modules={d.trainingCatalogue.modules} />
            </Panel>
          </div>
        )}
      </QueryView>
    </Page>
  );
}

function SupervisionSessionForm({ mentors }: { mentors: Person[] }) {
  const { t, te } = useI18n();
  const supervisors = useSupervisors();
  const [f, setF] = useState({ kind: 'GROUP' as SupervisionKind, heldOn: rigaToday(), minutes: '90', supervisorId: '', present: [] as string[] });
  const [key, setKey] = useState(newKey);
  const command = useCommand(RecordSupervision, (r) => r.recordSupervision, { refreshes: supervisionViews });
  const submit = async () => {
    const done = await command.run({ input: {
      kind: f.kind, heldOn: f.heldOn, minutes: Number.parseInt(f.minutes, 10) || 0, supervisorId: f.supervisorId || (supervisors[0]?.id ?? ''),
      // The mentors ticked were there; an individual session has exactly one (INDIVIDUAL_NEEDS_ONE_MENTOR otherwise).
      attendance: f.present.map((id) => ({ mentorId: id, present: true })),
      idempotencyKey: key,
    } });
    if (done) { setF({ ...f, present: [] }); setKey(newKey()); }
    return done;
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('sessionRecord.record')} confirmation={t('saved')} className="grid-form">
      <SelectField name="kind" label={t('sessionRecord.kind')} value={f.kind} onChange={(v) => setF({ ...f, kind: v as SupervisionKind })}
        options={(['GROUP', 'INDIVIDUAL'] as const).map((k) => ({ value: k, label: te('SupervisionKind', k) }))} />
      <TextField name="heldOn" type="date" label={t('case.heldOn')} value={f.heldOn} onChange={(v) => setF({ ...f, heldOn: v })} />
      <TextField name="minutes" type="number" inputMode="numeric" min={1} label={t('sessionRecord.minutes')} value={f.minutes} onChange={(v) => setF({ ...f, minutes: v })} />
      <SelectField name="supervisorId" label={t('supervision.supervisor')} value={f.supervisorId || (supervisors[0]?.id ?? '')}
        options={supervisors.map((s) => ({ value: s.id, label: s.name }))} onChange={(v) => setF({ ...f, supervisorId: v })} />
      <CheckboxGroup name="attendance" legend={t('sessionRecord.present')} hint={t('sessionRecord.presentHint')} value={f.present}
        options={mentors.map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setF({ ...f, present: v })} />
    </CommandForm>
  );
}

function TrainingSessionForm({ mentors, modules }: { mentors: Person[]; modules: { code: string; name: string }[] }) {
  const { t } = useI18n();
  const [f, setF] = useState({ heldOn: rigaToday(), trainer: '', minutes: '120', modules: [] as string[], present: [] as string[] });
  const [key, setKey] = useState(newKey);
  const command = useCommand(RecordTraining, (r) => r.recordTrainingSession, { refreshes: [...supervisionViews, 'VettingBoard'] });
  const submit = async () => {
    const done = await command.run({ input: {
      heldOn: f.heldOn, trainer: f.trainer, minutes: Number.parseInt(f.minutes, 10) || 0, moduleCodes: f.modules,
      attendance: f.present.map((id) => ({ mentorId: id, present: true })), idempotencyKey: key,
    } });
    if (done) { setF({ ...f, modules: [], present: [] }); setKey(newKey()); }
    return done;
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('sessionRecord.record')} confirmation={t('saved')} className="grid-form">
      <TextField name="heldOn" type="date" label={t('case.heldOn')} value={f.heldOn} onChange={(v) => setF({ ...f, heldOn: v })} />
      <TextField name="trainer" label={t('sessionRecord.trainer')} value={f.trainer} onChange={(v) => setF({ ...f, trainer: v })} />
      <TextField name="minutes" type="number" inputMode="numeric" min={1} label={t('sessionRecord.minutes')} value={f.minutes} onChange={(v) => setF({ ...f, minutes: v })} />
      <CheckboxGroup name="moduleCodes" legend={t('sessionRecord.modules')} value={f.modules}
        options={modules.map((m) => ({ value: m.code, label: m.name }))} onChange={(v) => setF({ ...f, modules: v })} />
      <CheckboxGroup name="attendance" legend={t('sessionRecord.present')} value={f.present}
        options={mentors.map((m) => ({ value: m.id, label: m.name }))} onChange={(v) => setF({ ...f, present: v })} />
    </CommandForm>
  );
}
