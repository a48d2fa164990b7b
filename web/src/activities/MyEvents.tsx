import { Link } from 'wouter';
import { graphql, type MyGroupActivitiesQuery, type QueryName } from '../graphql';
import { enqueue, flush, useOutbox } from '../contacts/outbox';
import { OutboxStatus } from '../contacts/OutboxStatus';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, newKey } from '../ui/form';
import { Page } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

// What a mentor is given of an activity: the event, its place and facilitator, their own answer — never who else comes.
export const MyGroupActivities = graphql(`
  query MyGroupActivities {
    myGroupActivities { id kind title startsAt endsAt durationMinutes place facilitatorName status myAnswer attended canMarkAttendance }
  }
`);
const Answer = graphql(`
  mutation AnswerGroupActivityInvitation($input: AnswerGroupActivityInvitationInput!) {
    answerGroupActivityInvitation(input: $input) { activity { id myAnswer } errors { ...UserErrorFields } }
  }
`);

type Mine = MyGroupActivitiesQuery['myGroupActivities'][number];
const answerViews: QueryName[] = ['MyGroupActivities', 'GroupActivities'];

/** The mentor's events on the phone: soonest first, answered here; once one has begun, their attendance is marked here, offline too. */
export function MyEvents() {
  const { t } = useI18n();
  const query = useGql(MyGroupActivities, undefined);
  return (
    <Page title={t('events.title')} intro={t('events.intro')}>
      <OutboxStatus />
      <QueryView query={query}>
        {({ myGroupActivities }) => myGroupActivities.length === 0 ? <Empty>{t('events.none')}</Empty> : (
          <ul className="cards" data-testid="my-events">{myGroupActivities.map((a) => <Event key={a.id} activity={a} />)}</ul>
        )}
      </QueryView>
    </Page>
  );
}

/** On the mentor's home: the next events, one line each, with a link to answer them. */
export function UpcomingEvents() {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(MyGroupActivities, undefined);
  const upcoming = query.data?.myGroupActivities.filter((a) => a.status === 'PLANNED' && !a.canMarkAttendance) ?? [];
  if (upcoming.length === 0) return null;
  return (
    <section className="card" data-testid="upcoming-events">
      <h2>{t('events.upcoming')}</h2>
      <ul className="rows small">
        {upcoming.slice(0, 3).map((a) => (
          <li key={a.id} className="row">{format.dateTime(a.startsAt)} · {a.title} · {te('InvitationAnswer', a.myAnswer)}</li>
        ))}
      </ul>
      <Link href="/events" className="button secondary">{t('events.open')}</Link>
    </section>
  );
}

function Event({ activity: a }: { activity: Mine }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const { user } = useSession();
  const queued = useOutbox(user.id).some((q) => q.kind === 'attendance' && q.input.activityId === a.id && q.status === 'waiting');
  const answer = useCommand(Answer, (r) => r.answerGroupActivityInvitation, { refreshes: answerViews });
  const mark = async (attended: boolean) => {
    await enqueue({ kind: 'attendance', userId: user.id, queuedAt: new Date().toISOString(), title: a.title, input: { activityId: a.id, attended, idempotencyKey: newKey() } });
    void flush(user.id);
  };
  const upcoming = a.status === 'PLANNED' && !a.canMarkAttendance;
  return (
    <li className="card" data-testid="my-event" data-status={a.status}>
      <h2>{a.title}</h2>
      <p className="small">
        <span className="badge">{te('ActivityKind', a.kind)}</span>{' '}
        {a.status === 'CANCELLED' ? <span className="badge danger">{te('ActivityStatus', a.status)}</span>
          : <span className="badge" data-testid="my-answer">{te('InvitationAnswer', a.myAnswer)}</span>}
      </p>
      <dl className="facts compact">
        <dt>{t('activities.when')}</dt><dd>{format.dateTime(a.startsAt)} – {format.time(a.endsAt)}</dd>
        <dt>{t('activities.place')}</dt><dd>{a.place}</dd>
        <dt>{t('activities.facilitator')}</dt><dd>{a.facilitatorName}</dd>
        {a.attended != null && <><dt>{t('activities.attendance')}</dt><dd data-testid="my-attendance">{a.attended ? t('activities.wasThere') : t('activities.wasNotThere')}</dd></>}
      </dl>
      {upcoming && (
        <CommandForm command={answer} submitLabel={t('events.going')}
          onSubmit={() => answer.run({ input: { activityId: a.id, going: true } })}
          extraActions={<button type="button" className="secondary" onClick={() => void answer.run({ input: { activityId: a.id, going: false } })}>{t('events.notGoing')}</button>}>
          <></>
        </CommandForm>
      )}
      {a.canMarkAttendance && a.attended == null && (
        queued ? <p className="notice" role="status">{t('events.markQueued')}</p> : (
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void mark(true)}>{t('events.iWasThere')}</button>
            <button type="button" className="secondary" onClick={() => void mark(false)}>{t('events.iWasNotThere')}</button>
          </div>
        )
      )}
    </li>
  );
}
