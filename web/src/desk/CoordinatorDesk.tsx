import { stepName } from '../mentors/steps';
import { Link } from 'wouter';
import { ConcernAlerts } from '../contacts/Concerns';
import { graphql } from '../graphql';
import { ExpiringPanel } from '../mentors/ExpiringPanel';
import { ApplicationDeadlinesPanel } from './ApplicationDeadlines';
import { ReferralInboxPanel } from '../referrals/ReferralInbox';
import { TransferInboxPanel } from '../transfers/TransferInbox';
import { OpenRefusalsPanel } from './OpenRefusals';
import { ClosuresDuePanel } from './ClosuresDue';
import { DESK_ROWS, DeskList, DeskRow } from './DeskList';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { useGql } from '../ui/data';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

const Desk = graphql(`
  query CoordinatorDesk {
    upcomingReleases(withinDays: 30, unmatchedOnly: true) { daysToRelease needsMatchBy client { id name releaseDate canBeMatched } }
    engagement(cadence: OVERDUE) { clientName nextContactDue match { id mentor { id name } } }
    vettingQueue { waitingDays missing { kind module } mentor { id name } }
    mentorsExpiringSoon(days: 30) { what on mentor { id name } }
    checkInsDue { with status { state } match { id } }
    openHealthTasks { task { id } }
    supervisionAttention { supervision { state } }
  }
`);

/** What needs a coordinator today: alerts first, then releases without a mentor, overdue contact, vetting. */
export function CoordinatorDesk() {
  const { t, tn } = useI18n();
  const format = useFormat();
  const { user } = useSession();
  const desk = useGql(Desk, undefined);
  return (
    <Page title={t('desk.title', { name: user.displayName })} documentTitle={t('nav.desk')} intro={t('desk.intro')}>
      <Panel title={t('concerns.title')}><ConcernAlerts /></Panel>
      <QueryView query={desk}>
        {(d) => (
          <div className="panels">
            <ReferralInboxPanel />
            <TransferInboxPanel />
            <Panel title={t('desk.releases')} actions={<Link href="/releases" className="small">{t('desk.all')}</Link>}>
              <DeskList items={d.upcomingReleases} empty={t('desk.noReleases')}>
                {(r) => (
                  <DeskRow key={r.client.id} href={`/clients/${r.client.id}`} name={r.client.name}
                    action={r.client.canBeMatched && <Link href={`/clients/${r.client.id}/match`} className="button secondary small">{t('desk.findMentor')}</Link>}>
                    <p className="small muted">{format.date(r.client.releaseDate)} · {tn('days.in', r.daysToRelease)}</p>
                  </DeskRow>
                )}
              </DeskList>
            </Panel>
            <Panel title={t('desk.overdue')} actions={<Link href="/engagement" className="small">{t('desk.all')}</Link>}>
              {d.engagement.length === 0 ? <Empty>{t('desk.noOverdue')}</Empty> : (
                <ul className="rows">
                  {d.engagement.slice(0, DESK_ROWS).map((e) => (
                    <li key={e.match.id} className="row">
                      <p><Link href={`/matches/${e.match.id}`}>{e.clientName}</Link> · {e.match.mentor?.name}
                        <span className="small muted"> · {t('desk.dueSince', { date: format.date(e.nextContactDue) })}</span></p>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
            <Panel title={t('monitoring.title')} actions={<Link href="/monitoring" className="small">{t('desk.all')}</Link>}>
              <p data-testid="desk-monitoring">
                <Link href="/monitoring">{tn('monitoring.overdueCount', d.checkInsDue.filter((c) => c.status.state === 'OVERDUE').length)}</Link>
                {' · '}{tn('monitoring.dueCount', d.checkInsDue.filter((c) => c.status.state === 'DUE').length)}
                {' · '}{tn('monitoring.taskCount', d.openHealthTasks.length)}
              </p>
              <p data-testid="desk-supervision">
                <Link href="/monitoring">{t('desk.supervisionLapsed', { count: String(d.supervisionAttention.filter((m) => m.supervision.state === 'LAPSED').length) })}</Link>
                {' · '}{t('desk.supervisionDueSoon', { count: String(d.supervisionAttention.filter((m) => m.supervision.state === 'DUE_SOON').length) })}
              </p>
            </Panel>
            <Panel title={t('desk.vetting')} actions={<Link href="/mentors" className="small">{t('desk.all')}</Link>}>
              <DeskList items={d.vettingQueue} empty={t('desk.noVetting')}>
                {(v) => (
                  <DeskRow key={v.mentor.id} href={`/mentors/${v.mentor.id}`} name={v.mentor.name}>
                    <p className="small muted">{tn('days.waiting', v.waitingDays)} · {format.list(v.missing.map((s) => stepName(t, s)))}</p>
                  </DeskRow>
                )}
              </DeskList>
            </Panel>
            <ApplicationDeadlinesPanel />
            <OpenRefusalsPanel />
            <ClosuresDuePanel />
            <ExpiringPanel expiring={d.mentorsExpiringSoon} />
          </div>
        )}
      </QueryView>
    </Page>
  );
}
