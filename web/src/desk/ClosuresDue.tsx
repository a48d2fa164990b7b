import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { QueryView } from '../ui/states';
import { DeskList, DeskRow } from './DeskList';

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
        {({ closuresDue }) => (
          <DeskList items={closuresDue} empty={t('desk.noClosuresDue')} testId="closures-due">
            {({ match, closure, overdue }) => (
              <DeskRow key={match.id} href={`/matches/${match.id}`} name={match.client?.name ?? '—'} after={<> · {match.mentor?.name ?? '—'}</>} overdue={overdue}>
                <p className="small muted">
                  {te('ClosureKind', closure.kind)} · {te('MatchEndReason', closure.reason)} · {t('closure.openedOn', { date: format.date(closure.openedOn) })}
                  {overdue && <> <span className="badge danger">{t('closure.overdue')}</span></>}
                </p>
              </DeskRow>
            )}
          </DeskList>
        )}
      </QueryView>
    </Panel>
  );
}
