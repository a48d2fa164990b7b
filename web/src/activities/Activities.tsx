import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, type Action } from '../ui/Actions';
import { useGql } from '../ui/data';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { AttendanceForm, CancelForm, DetailsForm, PlanForm } from './ActivityForms';
import type { Activity } from './activityViews';
import { InviteForm, WithdrawForm } from './Invitations';

const List = graphql(`
  query GroupActivities($from: DateOnly, $to: DateOnly) {
    groupActivities(from: $from, to: $to) {
      id version kind title startsAt endsAt durationMinutes place capacity status cancelReason begun placesTaken going attended
      facilitator { userId name }
      invitees { id kind name answer attended }
    }
  }
`);

/** The NGO's group activities, soonest first, with their places and attendance; planned, moved, cancelled and invited to from here. */
export function Activities() {
  const { t } = useI18n();
  const query = useGql(List, {});
  return (
    <Page title={t('activities.title')} intro={t('activities.intro')}>
      <Panel title={t('activities.plan')}>
        <Actions actions={[['plan', t('activities.plan'), (d) => <PlanForm onDone={d} />]]} />
      </Panel>
      <QueryView query={query}>
        {({ groupActivities }) => groupActivities.length === 0 ? <Empty>{t('activities.none')}</Empty> : (
          <ul className="cards" data-testid="activities">{groupActivities.map((a) => <ActivityCard key={a.id} activity={a} />)}</ul>
        )}
      </QueryView>
    </Page>
  );
}

function ActivityCard({ activity: a }: { activity: Activity }) {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const actions: Action[] = a.status !== 'PLANNED' ? [] : a.begun
    ? [['attendance', t('activities.recordAttendance'), (d) => <AttendanceForm activity={a} onDone={d} />]]
    : [
      ['invite', t('activities.invite'), (d) => <InviteForm activity={a} onDone={d} />],
      ...(a.placesTaken > 0 ? [['withdraw', t('activities.withdraw'), (d) => <WithdrawForm activity={a} onDone={d} />] as Action] : []),
      ['move', t('activities.move'), (d) => <PlanForm activity={a} onDone={d} />],
      ['details', t('activities.details'), (d) => <DetailsForm activity={a} onDone={d} />],
      ['cancel', t('activities.cancel'), (d) => <CancelForm activity={a} onDone={d} />],
    ];
  return (
    <li className="card" data-testid="activity" data-status={a.status}>
      <h2>{a.title}</h2>
      <p className="small">
        <span className="badge">{te('ActivityKind', a.kind)}</span> <span className={a.status === 'CANCELLED' ? 'badge danger' : 'badge ok'}>{te('ActivityStatus', a.status)}</span>
      </p>
      <dl className="facts compact">
        <dt>{t('activities.when')}</dt><dd>{format.dateTime(a.startsAt)} – {format.time(a.endsAt)}</dd>
        <dt>{t('activities.place')}</dt><dd>{a.place}</dd>
        <dt>{t('activities.facilitator')}</dt><dd>{a.facilitator.name}</dd>
        <dt>{t('activities.places')}</dt><dd data-testid="activity-places">{t('activities.placesTaken', { taken: String(a.placesTaken), capacity: String(a.capacity) })}</dd>
        <dt>{t('activities.attendance')}</dt><dd data-testid="activity-counts">{tn('activities.going', a.going)} · {tn('activities.attended', a.attended)}</dd>
      </dl>
      {a.status === 'CANCELLED' && a.cancelReason && <p className="small muted">{t('activities.cancelledBecause', { reason: a.cancelReason })}</p>}
      {a.invitees.length > 0 && (
        <ul className="rows small" data-testid="activity-invitees">
          {a.invitees.map((i) => (
            <li key={i.id} className="row">
              {i.name} · {te('InviteeKind', i.kind)} · {te('InvitationAnswer', i.answer)}
              {i.attended != null && <> · {i.attended ? t('activities.wasThere') : t('activities.wasNotThere')}</>}
            </li>
          ))}
        </ul>
      )}
      {actions.length > 0 && <Actions actions={actions} />}
    </li>
  );
}
