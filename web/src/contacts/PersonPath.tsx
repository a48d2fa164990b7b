import { goalTitle } from '../clients/goalTitle';
import { isOpen, nextStep } from '../clients/path';
import { Checklist, Warnings } from '../clients/PathView';
import type { MyMatchesQuery } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { PersonServices } from '../services/PersonServices';

type MyMatch = MyMatchesQuery['myMatches'][number];
type Goal = MyMatch['goals'][number];

// The person's path on the mentor's phone, read-only (the coordinator changes it).

/** At the top of the person's card: the next step (the open goal due first), then what could get help refused. */
export function PathHeadline({ match: m }: { match: MyMatch }) {
  const next = nextStep(m.goals);
  return (
    <>
      {next && <NextStep goal={next} />}
      <Warnings warnings={m.warnings} />
    </>
  );
}

/** Further down: the plan's deadlines and the documents checklist. */
export function PersonPath({ match: m }: { match: MyMatch }) {
  const { t } = useI18n();
  const hasPath = m.goals.length > 0 || m.documents.length > 0;
  return (
    <>
      <Goals goals={m.goals} />
      {m.documents.length > 0 && (
        <div className="person-section">
          <h3>{t('path.documents')}</h3>
          <Checklist documents={m.documents} />
        </div>
      )}
      {hasPath && <p className="small muted">{t('path.forMentorReadOnly')}</p>}
      {hasPath && <PersonServices matchId={m.matchId} canAttach={m.stage === 'ACTIVE'} />}
    </>
  );
}

function NextStep({ goal: g }: { goal: Goal }) {
  const i18n = useI18n();
  const { t, te } = i18n;
  const format = useFormat();
  return (
    <div className="next-step" data-testid="next-step">
      <h3>{t('path.nextStep')}</h3>
      <p><strong>{goalTitle(i18n, g)}</strong> {g.overdue && <span className="badge danger">{t('case.overdue')}</span>}</p>
      <p className="small">{t('case.deadline', { date: format.date(g.deadline) })}{g.institution ? ` · ${te('Institution', g.institution)}` : ''}</p>
    </div>
  );
}

/** The support plan's goals with their deadlines and institutions; open ones first, an overdue one stands out (goals not needed are left out). */
function Goals({ goals }: { goals: readonly Goal[] }) {
  const i18n = useI18n();
  const { t, te } = i18n;
  const format = useFormat();
  const shown = goals.filter((g) => g.status !== 'NOT_NEEDED').sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)));
  if (shown.length === 0) return null;
  return (
    <div className="person-section">
      <h3>{t('case.plan')}</h3>
      <ul className="rows" data-testid="my-goals">
        {shown.map((g) => (
          <li key={g.id} className={g.overdue ? 'row overdue' : 'row'} data-status={g.status}>
            <p>
              <span className="row-title">{goalTitle(i18n, g)}</span>{' '}
              {g.overdue
                ? <span className="badge danger">{t('case.overdue')}</span>
                : <span className={g.status === 'DONE' ? 'badge ok' : g.status === 'REFUSED' ? 'badge danger' : 'badge'}>{te('GoalStatus', g.status)}</span>}
              <br />
              <span className="small">{g.achievedOn ? t('case.achievedOn', { date: format.date(g.achievedOn) }) : t('case.deadline', { date: format.date(g.deadline) })}
                {g.institution ? ` · ${te('Institution', g.institution)}` : ''}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
