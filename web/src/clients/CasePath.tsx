import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Panel } from '../ui/Page';
import { Empty } from '../ui/states';
import { PersonServices } from '../services/PersonServices';
import { AddGoal, GoalActions } from './CaseActions';
import type { CaseData } from './ClientCase';
import { goalTitle } from './goalTitle';
import { isOpen, nextStep } from './path';
import { DocumentActions, ResidenceFacts } from './PathActions';
import { Checklist } from './PathView';
import { Refusals } from './Refusals';

type Goal = CaseData['goals'][number];

/** The person's path on the case page: next step and deadlines, the plan with status and institution, documents, residence, refusals. */
export function CasePath({ client: c }: { client: CaseData }) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = useFormat();
  const next = nextStep(c.goals);
  return (
    <>
      <Panel title={t('path.title')}>
        <dl className="facts compact">
          <dt>{t('path.nextStep')}</dt>
          <dd data-testid="next-step">{next ? `${goalTitle(i18n, next)} · ${t('case.deadline', { date: format.date(next.deadline) })}` : t('path.noOpenSteps')}</dd>
          {c.applicationDeadline && <><dt>{t('path.applicationDeadline')}</dt><dd>{format.date(c.applicationDeadline)}</dd></>}
        </dl>
        <h3>{t('case.plan')}</h3>
        {c.goals.length === 0 ? <Empty>{t('case.noGoals')}</Empty> : (
          <ul className="rows" data-testid="case-goals">{c.goals.map((g) => <GoalRow key={g.id} client={c} goal={g} />)}</ul>
        )}
        <AddGoal client={c} />
      </Panel>
      <div className="panels">
        <Panel title={t('path.documents')}>
          <Checklist documents={c.documents} actions={(d) => <DocumentActions client={c} document={d} />} />
        </Panel>
        <Panel title={t('path.residence')}><ResidenceFacts client={c} /></Panel>
      </div>
      <Panel title={t('path.refusals')}><Refusals client={c} /></Panel>
      <Panel title={t('path.accompaniments')}><Accompaniments client={c} /></Panel>
      <Panel title={t('services.title')}><PersonServices clientId={c.id} canAttach={c.stage !== 'CLOSED'} /></Panel>
    </>
  );
}

/** Where the mentor went with the person, logged with meetings, newest first; a refused one links to its refusal above. */
function Accompaniments({ client: c }: { client: CaseData }) {
  const { t, te } = useI18n();
  const format = useFormat();
  if (c.accompaniments.length === 0) return <Empty>{t('path.noAccompaniments')}</Empty>;
  const badge = (r: string) => (r === 'HELP_GRANTED' ? 'badge ok' : r === 'REFUSED' ? 'badge danger' : 'badge warn');
  return (
    <ul className="rows" data-testid="case-accompaniments">
      {[...c.accompaniments].reverse().map((a, i) => (
        <li key={`${a.contactId}-${i}`} className={a.retracted ? 'row retracted' : 'row'} data-result={a.result} data-retracted={a.retracted}>
          <p>
            <span className="row-title">{te('Institution', a.institution)}</span>{' '}
            <span className={badge(a.result)}>{te('AccompanimentResult', a.result)}</span>
            {a.retracted && <> <span className="badge">{t('log.retracted')}</span></>}
            <br />
            <span className="small">{format.date(a.on)}{a.help ? ` · ${te('HelpKind', a.help)}` : ''}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}

function GoalRow({ client, goal: g }: { client: CaseData; goal: Goal }) {
  const i18n = useI18n();
  const { t, te } = i18n;
  const format = useFormat();
  const badge = g.status === 'DONE' ? 'badge ok' : g.overdue || g.status === 'REFUSED' ? 'badge danger' : g.status === 'IN_PROGRESS' ? 'badge warn' : 'badge';
  return (
    <li className={g.overdue ? 'row column overdue' : 'row column'} data-status={g.status}>
      <div className="row-main">
        <div>
          <p className="row-title">{goalTitle(i18n, g)}{' '}
            <span className={badge}>{te('GoalStatus', g.status)}</span>
            {g.overdue && <> <span className="badge danger">{t('case.overdue')}</span></>}</p>
          <p className="small muted">
            {t('case.deadline', { date: format.date(g.deadline) })}{g.followsRelease ? ` · ${t('case.followsRelease')}` : ''}
            {` · ${t('path.institution')}: ${g.institution ? te('Institution', g.institution) : t('path.noInstitution')}`}
            {g.achievedOn ? ` · ${t('case.achievedOn', { date: format.date(g.achievedOn) })}` : ''}{g.dropReason ? ` · ${g.dropReason}` : ''}
            {g.dropReasonCarriedOver ? ` · ${t('case.carriedOver')}` : ''}
          </p>
        </div>
        {isOpen(g) && <GoalActions client={client} goalId={g.id} />}
      </div>
    </li>
  );
}
