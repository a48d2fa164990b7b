import { useState } from 'react';
import { graphql, type HandoverCaseViewQuery, type HelpKind, type RefusalReason, type SocialServiceDecision } from '../graphql';
import { goalTitle } from '../clients/goalTitle';
import { Checklist, Warnings } from '../clients/PathView';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { useEnumOptions } from '../ui/reference';
import { Empty, QueryView } from '../ui/states';
import { handoverTone } from './HandoverPanel';

const View = graphql(`
  query HandoverCaseView($id: ID!) {
    handover(id: $id) {
      id status ngoName expiresAt includeNotes name
      path {
        name birthYear languages releaseDate released releaseType destinationMunicipality { name } applicationDeadline asOf
        goals { id title kind standard domain deadline status institution achievedOn }
        documents { kind obtainedOn months }
        warnings { code params { name value kind enumType } }
        refusals { id institution help reason refusedOn note }
        needs { domain level note }
      }
      decisions { id goalId help decision reason decidedOn note }
    }
  }
`);
const Record = graphql(`
  mutation RecordSocialServiceDecision($input: RecordSocialServiceDecisionInput!) {
    recordSocialServiceDecision(input: $input) { handover { id } errors { ...UserErrorFields } }
  }
`);

type Path = NonNullable<NonNullable<HandoverCaseViewQuery['handover']>['path']>;
const helps = ['GMI_BENEFIT', 'HOUSING_BENEFIT', 'RELEASE_BENEFIT', 'CRISIS_BENEFIT', 'SHELTER_PLACE', 'MUNICIPAL_HOUSING', 'SOCIAL_REHABILITATION', 'OTHER'] as const;
const reasons = [
  'NO_ACTUAL_RESIDENCE', 'NO_INCOME_DOCUMENTS', 'NO_ACCOUNT_STATEMENTS', 'CANNOT_DECLARE_RESIDENCE', 'DOES_NOT_MEET_RULES', 'DOES_NOT_COOPERATE',
  'PRE_TRIAL_DETENTION_RELEASE', 'RESIDENCE_IN_OTHER_MUNICIPALITY', 'REFUSED_MUNICIPAL_FLAT', 'FAMILY_NOT_NEEDY', 'SHORT_CUSTODY', 'NOT_FILED_WITHIN_MONTH',
  'NOT_REGISTERED_WITH_NVA', 'OTHER',
] as const;

function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Riga' });
}

/** The social service's decision: granted help completes its goal in the NGO's plan; a refusal shows on the path with its reason. */
function DecisionForm({ handoverId, path }: { handoverId: string; path: Path }) {
  const i18n = useI18n();
  const { t } = i18n;
  const command = useCommand(Record, (r) => r.recordSocialServiceDecision, { refreshes: ['HandoverCaseView'] });
  const helpOptions = useEnumOptions('HelpKind', helps);
  const reasonOptions = useEnumOptions('RefusalReason', reasons);
  const decisionOptions = useEnumOptions('SocialServiceDecision', ['GRANTED', 'REFUSED'] as const);
  const open = path.goals.filter((g) => g.status === 'NOT_STARTED' || g.status === 'IN_PROGRESS');
  const [goal, setGoal] = useState(open.find((g) => g.standard === 'SOCIAL_ASSISTANCE')?.id ?? '');
  const [help, setHelp] = useState<string>('GMI_BENEFIT');
  const [decision, setDecision] = useState<string>('GRANTED');
  const [reason, setReason] = useState<string>('NO_ACTUAL_RESIDENCE');
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [key, setKey] = useState(newKey);
  return (
    <CommandForm command={command} submitLabel={t('handovers.record')}
      onSubmit={async () => {
        const done = await command.run({ input: {
          handoverId, goalId: goal || null, help: help as HelpKind, decision: decision as SocialServiceDecision,
          reason: decision === 'REFUSED' ? reason as RefusalReason : null, decidedOn: on, note: note || null, idempotencyKey: key,
        } });
        if (done) { setNote(''); setKey(newKey()); }
      }}>
      <SelectField name="goalId" label={t('handovers.goal')} value={goal} onChange={setGoal} placeholder={t('handovers.noGoal')}
        options={open.map((g) => ({ value: g.id, label: goalTitle(i18n, g) }))} />
      <SelectField name="help" label={t('handovers.help')} value={help} onChange={setHelp} options={helpOptions} />
      <SelectField name="decision" label={t('handovers.decision')} value={decision} onChange={setDecision} options={decisionOptions} />
      {decision === 'REFUSED' && <SelectField name="reason" label={t('handovers.reason')} value={reason} onChange={setReason} options={reasonOptions} />}
      <TextField name="decidedOn" label={t('handovers.decidedOn')} type="date" value={on} onChange={setOn} />
      <TextArea name="note" label={t('handovers.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}

/** The social worker's read-only view of one handed-over path, and the decisions they record on it. Every read is on record. */
export function HandoverCase({ handoverId }: { handoverId: string }) {
  const { t, te } = useI18n();
  const query = useGql(View, { id: handoverId });
  return (
    <QueryView query={query}>
      {({ handover }) => !handover ? <Page title={t('notFound.title')}><p>{t('handovers.notFound')}</p></Page> : !handover.path ? (
        <Page title={t('handovers.ended')} documentTitle={t('handovers.title')}>
          <p data-testid="handover-ended"><span className={handoverTone(handover.status)}>{te('HandoverStatus', handover.status)}</span> {t('handovers.endedNote')}</p>
        </Page>
      ) : <CaseView handover={handover} path={handover.path} />}
    </QueryView>
  );
}

function CaseView({ handover: h, path: p }: { handover: NonNullable<HandoverCaseViewQuery['handover']>; path: Path }) {
  const i18n = useI18n();
  const { t, te } = i18n;
  const format = useFormat();
  return (
    <Page title={p.name} documentTitle={t('handovers.title')}>
      <p className="chips-line">
        <span className={handoverTone(h.status)}>{te('HandoverStatus', h.status)}</span>
        <span className="badge">{h.ngoName}</span>
      </p>
      <p className="small muted" data-testid="handover-audited">{t('handovers.audited', { date: format.dateTime(h.expiresAt) })}</p>
      <Warnings warnings={p.warnings} />
      <div className="panels">
        <Panel title={t('case.facts')}>
          <dl className="facts" data-testid="handover-facts">
            <dt>{t('case.release')}</dt>
            <dd>{format.date(p.releaseDate)} {p.released ? `(${t('case.released')})` : `(${t('case.expected')})`} · {te('ReleaseType', p.releaseType)}</dd>
            <dt>{t('refer.destination')}</dt><dd>{p.destinationMunicipality.name}</dd>
            <dt>{t('refer.birthYear')}</dt><dd>{p.birthYear}</dd>
            <dt>{t('handovers.applicationDeadline')}</dt><dd>{p.applicationDeadline ? format.date(p.applicationDeadline) : '—'}</dd>
            <dt>{t('handovers.asOf')}</dt><dd>{format.date(p.asOf)}</dd>
          </dl>
        </Panel>
        <Panel title={t('handovers.documents')}>
          <Checklist documents={p.documents.map((d) => ({ kind: d.kind, obtained: d.obtainedOn != null, obtainedOn: d.obtainedOn ?? null, months: d.months.map((m) => ({ period: m })) }))} />
        </Panel>
      </div>
      <Panel title={t('handovers.plan')}>
        <ul className="rows" data-testid="handover-goals">
          {p.goals.map((g) => (
            <li key={g.id} className="row" data-status={g.status}>
              <p>
                <span className="row-title">{goalTitle(i18n, g)}</span>{' '}
                <span className="badge">{te('GoalStatus', g.status)}</span><br />
                <span className="small muted">{t('handovers.deadline', { date: format.date(g.deadline) })}{g.institution ? ` · ${te('Institution', g.institution)}` : ''}</span>
              </p>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel title={t('handovers.refusals')}>
        {p.refusals.length === 0 ? <Empty>{t('handovers.noRefusals')}</Empty> : (
          <ul className="rows" data-testid="handover-refusals">
            {p.refusals.map((r) => (
              <li key={r.id} className="row">
                <p>{format.date(r.refusedOn)} · {te('Institution', r.institution)} · {te('HelpKind', r.help)} · <strong>{te('RefusalReason', r.reason)}</strong>{r.note ? ` — ${r.note}` : ''}</p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {p.needs.length > 0 && (
        <Panel title={t('case.needs')}>
          <ul className="rows">
            {p.needs.map((n) => <li key={n.domain} className="row"><p><strong>{te('NeedDomain', n.domain)}</strong> · {te('NeedLevel', n.level)}{n.note ? ` — ${n.note}` : ''}</p></li>)}
          </ul>
        </Panel>
      )}
      <Panel title={t('handovers.decisions')}>
        {h.decisions.length > 0 && (
          <ul className="rows" data-testid="handover-decisions">
            {h.decisions.map((d) => (
              <li key={d.id} className="row">
                <p>{format.date(d.decidedOn)} · {te('HelpKind', d.help)} · {te('SocialServiceDecision', d.decision)}{d.reason ? ` (${te('RefusalReason', d.reason)})` : ''}</p>
              </li>
            ))}
          </ul>
        )}
        <DecisionForm handoverId={h.id} path={p} />
      </Panel>
    </Page>
  );
}
