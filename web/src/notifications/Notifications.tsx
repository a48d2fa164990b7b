import { useState } from 'react';
import { graphql, type NotificationKind, type NotificationStatus, type NotificationsQuery } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n, type Key } from '../i18n';
import { hasAnyRole } from '../session/roles';
import { useSession } from '../session/session';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand } from '../ui/data';
import { CommandForm, SelectField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { PagedView, usePaged } from '../ui/paging';
import { Empty } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';

const List = graphql(`
  query Notifications($kind: NotificationKind, $status: NotificationStatus, $first: Int, $after: String) {
    notifications(kind: $kind, status: $status, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes { id version kind to subject language status queuedAt notBefore sentAt failedAttempts lastFailure deadLetteredAt cancelledAt }
    }
  }
`);

const Retry = graphql(`
  mutation RetryNotification($id: ID!, $expectedVersion: Long!) {
    retryNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }
  }
`);

const Cancel = graphql(`
  mutation CancelNotification($id: ID!, $expectedVersion: Long!) {
    cancelNotification(id: $id, expectedVersion: $expectedVersion) { notification { id status version } errors { ...UserErrorFields } }
  }
`);

type Message = NotificationsQuery['notifications']['nodes'][number];

const statuses: NotificationStatus[] = ['DEAD_LETTERED', 'FAILING', 'WAITING', 'SENT', 'CANCELLED'];
const badge: Record<NotificationStatus, string> = {
  SENT: 'badge ok', FAILING: 'badge danger', DEAD_LETTERED: 'badge danger', WAITING: 'badge warn', CANCELLED: 'badge',
};

export const notificationKinds: NotificationKind[] = [
  'REMINDER_DIGEST', 'CHECK_IN_REMINDER', 'ESCALATION', 'RELEASE_REMINDER', 'GOAL_DEADLINE', 'PATH_REMINDER', 'VETTING_EXPIRY', 'SUPERVISION_REMINDER', 'PROPOSAL_UNANSWERED',
  'MATCH_PROPOSAL', 'SAFEGUARDING_ALERT', 'OUTCOME_SUMMARY', 'ACCOUNT',
];

/**
 * What the NGO's outbox sent, or is waiting to send, to whom and when: coordinators can answer "did they get it?". A
 * message the mail server kept refusing stops being tried (a dead letter) and shows why; the organisation's admin retries
 * it once the mailbox is fixed, or cancels it.
 */
export function Notifications() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const { user } = useSession();
  const admin = hasAnyRole(user.roles, ['OrgAdmin']);
  const [kind, setKind] = useState<NotificationKind | ''>('');
  const [status, setStatus] = useState<NotificationStatus | ''>('');
  const pages = usePaged(List, { kind: kind || null, status: status || null, first: 50 }, (p) => p.notifications);
  return (
    <Page title={t('notifications.title')} intro={t('notifications.intro')}>
      <Panel title={t('notifications.sent')}>
        <div className="filters">
          <SelectField name="kind" label={t('notifications.kind')} value={kind} placeholder={t('filter.all')}
            options={notificationKinds.map((k) => ({ value: k, label: te('NotificationKind', k) }))} onChange={(v) => setKind(v as NotificationKind | '')} />
          <SelectField name="status" label={t('notifications.status')} value={status} placeholder={t('filter.all')}
            options={statuses.map((s) => ({ value: s, label: te('NotificationStatus', s) }))} onChange={(v) => setStatus(v as NotificationStatus | '')} />
        </div>
        <PagedView pages={pages} connection={(p) => p.notifications}>
          {(rows, total) => rows.length === 0 ? <Empty>{t('notifications.empty')}</Empty> : (
            <>
              <p className="muted">{tn('notifications.count', total)}</p>
              <TableWrap label={t('notifications.sent')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('notifications.subject')}</th><th scope="col">{t('notifications.to')}</th><th scope="col">{t('notifications.kind')}</th>
                      <th scope="col">{t('notifications.status')}</th><th scope="col">{t('notifications.when')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((n) => (
                      <tr key={n.id}>
                        <th scope="row">{n.subject}</th>
                        <td>{n.to}</td>
                        <td>{te('NotificationKind', n.kind)}</td>
                        <td><span className={badge[n.status]}>{te('NotificationStatus', n.status)}</span>
                          {n.failedAttempts > 0 && <span className="small muted"> ({tn('notifications.attempts', n.failedAttempts)})</span>}
                          {n.lastFailure && n.status !== 'SENT' && <div className="small" data-failure={n.lastFailure}>{t(`delivery.${n.lastFailure}` as Key)}</div>}
                          {admin && (n.status === 'DEAD_LETTERED' || n.status === 'WAITING' || n.status === 'FAILING') && <MessageActions message={n} />}</td>
                        <td>{n.sentAt ? format.dateTime(n.sentAt) : n.cancelledAt ? format.dateTime(n.cancelledAt)
                          : n.deadLetteredAt ? t('notifications.stopped', { date: format.dateTime(n.deadLetteredAt) })
                          : t('notifications.notBefore', { date: format.dateTime(n.notBefore) })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </>
          )}
        </PagedView>
      </Panel>
    </Page>
  );
}

/** Retry (a dead letter only) or cancel one message; each asks once before it acts. */
function MessageActions({ message }: { message: Message }) {
  const { t } = useI18n();
  const cancel: Action = ['cancel', t('notifications.cancel'), (done) => <MessageCommand message={message} kind="cancel" onDone={done} />];
  const retry: Action = ['retry', t('notifications.retry'), (done) => <MessageCommand message={message} kind="retry" onDone={done} />];
  return <Actions actions={message.status === 'DEAD_LETTERED' ? [retry, cancel] : [cancel]} />;
}

function MessageCommand({ message, kind, onDone }: { message: Message; kind: 'retry' | 'cancel'; onDone: () => void }) {
  const { t } = useI18n();
  const retry = useCommand(Retry, (r) => r.retryNotification, { refreshes: ['Notifications'] });
  const cancel = useCommand(Cancel, (r) => r.cancelNotification, { refreshes: ['Notifications'] });
  const command = kind === 'retry' ? retry : cancel;
  const submit = async () => {
    if (await command.run({ id: message.id, expectedVersion: message.version })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t(kind === 'retry' ? 'notifications.retryConfirm' : 'notifications.cancelConfirm')}
      extraActions={<CancelButton onClick={onDone} />}>
      <p>{t(kind === 'retry' ? 'notifications.retryText' : 'notifications.cancelText', { to: message.to })}</p>
    </CommandForm>
  );
}
