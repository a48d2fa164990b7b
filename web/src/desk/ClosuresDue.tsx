import { Link } from 'wouter';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

// Names each case (client and mentor): asked by the desk only.
const ClosuresDueQuery = graphql(`
  query ClosuresDue {
    closuresDue { overdue closure { kind reason openedOn overdueFrom } match { id client { id name } mentor { id name } } }
  }
`);

/** Ended matches whose closure step is still open, oldest first: each links to the match's page where it is closed. */
export function ClosuresDuePanel() {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(ClosuresDueQuery, undefined);
  return (
    <Panel title={t('desk.closuresDue')}>
      <QueryView query={query}>
        {({ closuresDue }) => closuresDue.length === 0 ? <Empty>{t('desk.noClosuresDue')}</Empty> : (
          <ul className="rows" data-testid="closures-due">
            {closuresDue.slice(0, 8).map(({ match, closure, overdue }) => (
              <li key={match.id} className="row" data-overdue={overdue}>
                <div>
                  <p className="row-title"><Link href={`/matches/${match.id}`}>{match.client?.name ?? '—'}</Link> · {match.mentor?.name ?? '—'}</p>
                  <p className="small muted">
                    {te('ClosureKind', closure.kind)} · {te('MatchEndReason', closure.reason)} · {t('closure.openedOn', { date: format.date(closure.openedOn) })}
                    {overdue && <> <span className="badge danger">{t('closure.overdue')}</span></>}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Panel>
  );
}
