import { useState } from 'react';
import { graphql, type NotificationKind } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { SelectField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { PagedView, usePaged } from '../ui/paging';
import { Empty } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';

const List = graphql(`
  query Notifications($kind: NotificationKind, $first: Int, $after: String) {
    notifications(kind: $kind, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes { id kind to subject language status queuedAt notBefore sentAt failedAttempts }
    }
  }
`);

export const notificationKinds: NotificationKind[] = [
  'REMINDER_DIGEST', 'CHECK_IN_REMINDER', 'ESCALATION', 'RELEASE_REMINDER', 'GOAL_DEADLINE', 'PATH_REMINDER', 'VETTING_EXPIRY', 'PROPOSAL_UNANSWERED',
  'MATCH_PROPOSAL', 'SAFEGUARDING_ALERT', 'OUTCOME_SUMMARY', 'ACCOUNT',
];

/** What the NGO's outbox sent, or is waiting to send, to whom and when: coordinators can answer "did they get it?". */
export function Notifications() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const [kind, setKind] = useState<NotificationKind | ''>('');
  const pages = usePaged(List, { kind: kind || null, first: 50 }, (p) => p.notifications);
  return (
    <Page title={t('notifications.title')} intro={t('notifications.intro')}>
      <Panel title={t('notifications.sent')}>
        <div className="filters">
          <SelectField name="kind" label={t('notifications.kind')} value={kind} placeholder={t('filter.all')}
            options={notificationKinds.map((k) => ({ value: k, label: te('NotificationKind', k) }))} onChange={(v) => setKind(v as NotificationKind | '')} />
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
                        <td><span className={n.status === 'SENT' ? 'badge ok' : n.status === 'FAILING' ? 'badge danger' : 'badge warn'}>{te('NotificationStatus', n.status)}</span>
                          {n.failedAttempts > 0 && <span className="small muted"> ({tn('notifications.attempts', n.failedAttempts)})</span>}</td>
                        <td>{n.sentAt ? format.dateTime(n.sentAt) : t('notifications.notBefore', { date: format.dateTime(n.notBefore) })}</td>
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
