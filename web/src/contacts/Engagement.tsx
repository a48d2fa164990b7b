import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type CadenceStatus } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { SelectField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { useEnumOptions } from '../ui/reference';
import { Empty, QueryView } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';
import { ConcernAlerts } from './Concerns';
import { HealthLine } from '../monitoring/HealthTrend';

const EngagementQuery = graphql(`
  query Engagement($cadence: CadenceStatus) {
    engagement(cadence: $cadence) {
      clientName lastContactAt nextContactDue cadence contactsLast28Days minutesLast28Days openUrgentConcern
      match { id stage mentor { id name } monitoring { health { source milestone goingWell supported rating } } }
    }
  }
`);

/** The coordinator's overview of every open match's rhythm of contact: overdue first. */
export function Engagement() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const [cadence, setCadence] = useState<CadenceStatus | ''>('');
  const engagement = useGql(EngagementQuery, { cadence: cadence || null });
  const cadences = useEnumOptions('CadenceStatus', ['OVERDUE', 'DUE', 'ON_TRACK'] as const);

  return (
    <Page title={t('engagement.title')} intro={t('engagement.intro')}>
      <Panel title={t('concerns.title')}><ConcernAlerts /></Panel>
      <Panel title={t('engagement.matches')}>
        <div className="filters">
          <SelectField name="cadence" label={t('engagement.cadence')} value={cadence} placeholder={t('filter.all')} options={cadences}
            onChange={(v) => setCadence(v as CadenceStatus | '')} />
        </div>
        <QueryView query={engagement}>
          {({ engagement: rows }) => rows.length === 0 ? <Empty>{t('engagement.empty')}</Empty> : (
            <TableWrap label={t('engagement.matches')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('engagement.client')}</th><th scope="col">{t('engagement.mentor')}</th><th scope="col">{t('engagement.cadence')}</th>
                    <th scope="col">{t('engagement.last')}</th><th scope="col">{t('engagement.next')}</th><th scope="col">{t('engagement.last28')}</th>
                    <th scope="col">{t('monitoring.trend')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.match.id}>
                      <th scope="row">
                        <Link href={`/matches/${r.match.id}`}>{r.clientName}</Link>
                        {r.openUrgentConcern && <> <span className="badge danger">{te('Concern', 'URGENT')}</span></>}
                      </th>
                      <td>{r.match.mentor?.name ?? '—'}</td>
                      <td><span className={r.cadence === 'OVERDUE' ? 'badge danger' : r.cadence === 'DUE' ? 'badge warn' : 'badge ok'}>{te('CadenceStatus', r.cadence)}</span></td>
                      <td>{r.lastContactAt ? format.dateTime(r.lastContactAt) : t('me.noContact')}</td>
                      <td>{format.date(r.nextContactDue)}</td>
                      <td>{tn('engagement.contacts', r.contactsLast28Days)} · {tn('log.minutesCount', r.minutesLast28Days)}</td>
                      <td data-testid="engagement-health"><HealthLine health={r.match.monitoring.health} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </QueryView>
      </Panel>
    </Page>
  );
}
