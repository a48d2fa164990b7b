import { useState } from 'react';
import { Link } from 'wouter';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';
import { hours, SupervisionBadge } from './Supervision';

// The server picks the mentors (the one supervision rule, refreshers within 60 days), soonest due first.
const Standing = graphql(`
  query SupervisionTraining {
    supervisionAttention { id name supervisor { name } supervision { state dueOn } learningMinutes refreshers { name expiresOn expired } }
  }
`);

/** Days before expiry from which a refresher is named here, as the server lists them (SupervisionGraph.RefresherSoonDays). */
const refresherSoonDays = 60;

/** The monitoring view's supervision and training panel: who is due or lapsed, whose refreshers run out, and learning hours. */
export function SupervisionTrainingPanel() {
  const { t } = useI18n();
  const format = useFormat();
  const query = useGql(Standing, undefined);
  const [soon] = useState(() => new Date(Date.now() + refresherSoonDays * 86_400_000).toISOString().slice(0, 10));
  return (
    <Panel title={t('supervision.panel')} actions={<Link href="/mentors/sessions" className="small">{t('sessionRecord.title')}</Link>}>
      <QueryView query={query}>
        {(d) => {
          const rows = d.supervisionAttention;
          return rows.length === 0 ? <Empty>{t('supervision.allInDate')}</Empty> : (
            <TableWrap label={t('supervision.panel')}>
              <table data-testid="supervision-training">
                <thead>
                  <tr>
                    <th scope="col">{t('engagement.mentor')}</th><th scope="col">{t('supervision.label')}</th>
                    <th scope="col">{t('supervision.supervisor')}</th><th scope="col">{t('supervision.refreshers')}</th><th scope="col">{t('supervision.learningHours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((m) => (
                    <tr key={m.id} data-state={m.supervision.state}>
                      <th scope="row"><Link href={`/mentors/${m.id}`}>{m.name}</Link></th>
                      <td><SupervisionBadge supervision={m.supervision} /></td>
                      <td>{m.supervisor?.name ?? '—'}</td>
                      <td>{m.refreshers.filter((r) => r.expired || r.expiresOn <= soon)
                        .map((r) => `${r.name}: ${t(r.expired ? 'supervision.expiredOn' : 'supervision.expiresOn', { date: format.date(r.expiresOn) })}`).join('; ') || '—'}</td>
                      <td>{hours(m.learningMinutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          );
        }}
      </QueryView>
    </Panel>
  );
}
