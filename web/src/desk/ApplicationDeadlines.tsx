import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { QueryView } from '../ui/states';
import { DeskList, DeskRow } from './DeskList';

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
        {({ applicationDeadlines }) => (
          <DeskList items={applicationDeadlines} empty={t('desk.noApplicationDeadlines')} testId="application-deadlines">
            {({ client, deadline, daysLeft }) => (
              <DeskRow key={client.id} href={`/clients/${client.id}`} name={client.name} overdue={daysLeft < 0}>
                <p className="small muted">
                  {format.date(deadline)} · {daysLeft < 0 ? tn('days.overdue', -daysLeft) : tn('days.left', daysLeft)}
                </p>
              </DeskRow>
            )}
          </DeskList>
        )}
      </QueryView>
    </Panel>
  );
}
