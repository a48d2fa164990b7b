import { Link } from 'wouter';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

// Names and dates only (no case data): the deadline is the release date's, one month on.
const ApplicationDeadlinesQuery = graphql(`
  query ApplicationDeadlines {
    applicationDeadlines { deadline daysLeft client { id name } }
  }
`);

/**
 * Social-assistance applications not filed whose one-month deadline is near (the NGO's reminder rules) or has passed,
 * earliest first: each links to the case, where the application is marked filed.
 */
export function ApplicationDeadlinesPanel() {
  const { t, tn } = useI18n();
  const format = useFormat();
  const query = useGql(ApplicationDeadlinesQuery, undefined);
  return (
    <Panel title={t('desk.applicationDeadlines')}>
      <QueryView query={query}>
        {({ applicationDeadlines }) => applicationDeadlines.length === 0 ? <Empty>{t('desk.noApplicationDeadlines')}</Empty> : (
          <ul className="rows" data-testid="application-deadlines">
            {applicationDeadlines.slice(0, 8).map(({ client, deadline, daysLeft }) => (
              <li key={client.id} className={daysLeft < 0 ? 'row overdue' : 'row'}>
                <div>
                  <p className="row-title"><Link href={`/clients/${client.id}`}>{client.name}</Link></p>
                  <p className="small muted">
                    {format.date(deadline)} · {daysLeft < 0 ? tn('days.overdue', -daysLeft) : tn('days.left', daysLeft)}
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
