import { Link } from 'wouter';
import { graphql, type ErasureStatus } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n, type Key } from '../i18n';
import { Page, Panel } from '../ui/Page';
import { PagedView, usePaged } from '../ui/paging';
import { Empty } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';

const List = graphql(`
  query Erasures($first: Int, $after: String) {
    erasures(first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes { id kind personId status source requestedAt completedAt stepCount failedStep steps { step } }
    }
  }
`);

export const erasureBadge: Record<ErasureStatus, string> = { COMPLETED: 'badge ok', IN_PROGRESS: 'badge warn', REQUESTED: 'badge warn', FAILING: 'badge danger' };

/**
 * Every erasure of the organisation and how far it got — an administrator's, the retention rules', and any re-applied
 * after a restore. One that stopped shows the step; the system takes it up again by itself.
 */
export function Erasures() {
  const { t, te } = useI18n();
  const format = useFormat();
  const pages = usePaged(List, { first: 50 }, (p) => p.erasures);
  return (
    <Page title={t('erasures.title')} intro={t('erasures.intro')}>
      <Panel title={t('erasures.title')}>
        <PagedView pages={pages} connection={(p) => p.erasures}>
          {(rows) => rows.length === 0 ? <Empty>{t('erasures.empty')}</Empty> : (
            <TableWrap label={t('erasures.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('erasures.person')}</th><th scope="col">{t('erasures.source')}</th><th scope="col">{t('erasures.status')}</th>
                    <th scope="col">{t('erasures.steps')}</th><th scope="col">{t('erasures.requestedAt')}</th><th scope="col">{t('erasures.completedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((e) => (
                    <tr key={e.id} data-person={e.personId}>
                      <th scope="row"><Link href={e.kind === 'mentor' ? `/mentors/${e.personId}` : `/clients/${e.personId}`}>{t(`erasures.kind.${e.kind}` as Key)}</Link></th>
                      <td>{te('ErasureSource', e.source)}</td>
                      <td><span className={erasureBadge[e.status]}>{te('ErasureStatus', e.status)}</span>
                        {e.failedStep && <div className="small">{t('erasures.failedAt', { step: te('ErasureStep', e.failedStep) })}</div>}</td>
                      <td>{t('erasures.progress', { done: String(e.steps.length), total: String(e.stepCount) })}</td>
                      <td>{format.dateTime(e.requestedAt)}</td>
                      <td>{e.completedAt ? format.dateTime(e.completedAt) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </PagedView>
      </Panel>
    </Page>
  );
}
