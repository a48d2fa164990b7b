import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type CheckInParty } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';
import { HealthTrend } from './HealthTrend';
import { LogCheckInForm } from './LogCheckInForm';
import { RecordClientHealthForm } from './RecordClientHealthForm';
import { SupervisionTrainingPanel } from '../mentors/SupervisionTrainingPanel';

// Reads each case it names (the client's name): coordinators only, as the desk.
const MonitoringQuery = graphql(`
  query Monitoring {
    checkInsDue { with status { nextDue state daysOverdue lastCheckInOn } match { id client { id name } mentor { id name } } }
    openHealthTasks { task { id source milestone rule from to raisedOn } match { id client { id name } mentor { id name } } }
  }
`);

const DetailQuery = graphql(`
  query MatchMonitoringDetail($matchId: ID!) {
    matchMonitoring(matchId: $matchId) {
      matchId healthCheckOpen
      mentorCheckIns { nextDue state lastCheckInOn }
      clientCheckIns { nextDue state lastCheckInOn }
      checkIns { id with mode healthRating concerns agreedActions on }
      health { source milestone goingWell supported rating on }
      tasks { id source milestone rule from to raisedOn open }
    }
  }
`);

type Open = { matchId: string; with: CheckInParty; name: string } | null;

/** The coordinator's monitoring view: staff check-ins due and overdue with a form to log one, health tasks, and each match's trend. */
export function MonitoringPage() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const query = useGql(MonitoringQuery, undefined);
  const [logging, setLogging] = useState<Open>(null);
  const [selected, setSelected] = useState<{ matchId: string; name: string } | null>(null);

  return (
    <Page title={t('monitoring.title')} intro={t('monitoring.intro')}
      actions={<Link href="/desk" className="button secondary small">{t('back')}</Link>}>
      <QueryView query={query}>
        {({ checkInsDue, openHealthTasks }) => (
          <>
            <Panel title={t('monitoring.due')}>
              {checkInsDue.length === 0 ? <Empty>{t('monitoring.noneDue')}</Empty> : (
                <TableWrap label={t('monitoring.due')}>
                  <table data-testid="checkins-due">
                    <thead>
                      <tr>
                        <th scope="col">{t('engagement.client')}</th><th scope="col">{t('engagement.mentor')}</th><th scope="col">{t('monitoring.with')}</th>
                        <th scope="col">{t('monitoring.nextDue')}</th><th scope="col">{t('monitoring.state')}</th><th scope="col"><span className="sr-only">{t('monitoring.log')}</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      {checkInsDue.map((d) => {
                        const name = d.match.client?.name ?? '—';
                        return (
                          <tr key={`${d.match.id}-${d.with}`} data-state={d.status.state}>
                            <th scope="row"><button type="button" className="link" onClick={() => setSelected({ matchId: d.match.id, name })}>{name}</button></th>
                            <td>{d.match.mentor?.name ?? '—'}</td>
                            <td>{te('CheckInParty', d.with)}</td>
                            <td>{format.date(d.status.nextDue)}</td>
                            <td>
                              <span className={d.status.state === 'OVERDUE' ? 'badge danger' : 'badge warn'}>{te('CheckInState', d.status.state)}</span>
                              {d.status.daysOverdue > 0 && <span className="small muted"> {tn('monitoring.daysOverdue', d.status.daysOverdue)}</span>}
                            </td>
                            <td>
                              <button type="button" className="secondary small" onClick={() => setLogging({ matchId: d.match.id, with: d.with, name })}>
                                {t('monitoring.log')}
                              </button>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableWrap>
              )}
              {logging && (
                <section aria-label={t('monitoring.logFor', { name: logging.name })} className="inline-form">
                  <h3>{t('monitoring.logFor', { name: logging.name })}</h3>
                  <LogCheckInForm key={`${logging.matchId}-${logging.with}`} matchId={logging.matchId} with={logging.with} onDone={() => setLogging(null)} />
                </section>
              )}
            </Panel>
            <Panel title={t('monitoring.tasks')}>
              {openHealthTasks.length === 0 ? <Empty>{t('monitoring.noTasks')}</Empty> : (
                <ul className="rows" data-testid="health-tasks">
                  {openHealthTasks.map(({ task, match }) => (
                    <li key={task.id} className="row">
                      <div>
                        <p className="row-title">
                          <button type="button" className="link" onClick={() => setSelected({ matchId: match.id, name: match.client?.name ?? '—' })}>{match.client?.name}</button>
                          {' · '}{match.mentor?.name}
                        </p>
                        <p className="small">{t(`monitoring.rule.${task.rule}`, { who: te('CheckInParty', task.source), months: String(task.milestone), to: String(task.to), from: task.from == null ? '—' : String(task.from) })}</p>
                        <p className="small muted">{format.date(task.raisedOn)}</p>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
            {selected && <MatchDetail matchId={selected.matchId} name={selected.name} />}
            <SupervisionTrainingPanel />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function MatchDetail({ matchId, name }: { matchId: string; name: string }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const detail = useGql(DetailQuery, { matchId });
  const [recording, setRecording] = useState(false);
  return (
    <Panel title={t('monitoring.detailOf', { name })} actions={<Link href={`/matches/${matchId}`} className="small">{t('monitoring.openLog')}</Link>}>
      <QueryView query={detail}>
        {({ matchMonitoring: m }) => !m ? <Empty>{t('monitoring.noneDue')}</Empty> : (
          <div data-testid="monitoring-detail">
            <h3>{t('monitoring.trend')}</h3>
            <HealthTrend health={m.health} testId="health-trend" />
            {recording
              ? <RecordClientHealthForm matchId={matchId} onDone={() => setRecording(false)} />
              : <button type="button" className="secondary small" onClick={() => setRecording(true)}>{t('monitoring.recordClient')}</button>}
            <h3>{t('monitoring.checkIns')}</h3>
            {m.checkIns.length === 0 ? <Empty>{t('monitoring.noCheckIns')}</Empty> : (
              <ul className="rows" data-testid="checkins">
                {m.checkIns.map((c) => (
                  <li key={c.id} className="row column">
                    <p><strong>{format.date(c.on)}</strong> · {te('CheckInParty', c.with)} · {te('CheckInMode', c.mode)} · {t('monitoring.ratingIs', { rating: String(c.healthRating) })}</p>
                    {c.concerns && <p className="small"><strong>{t('monitoring.concerns')}:</strong> {c.concerns}</p>}
                    {c.agreedActions && <p className="small"><strong>{t('monitoring.agreedActions')}:</strong> {c.agreedActions}</p>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </QueryView>
    </Panel>
  );
}
